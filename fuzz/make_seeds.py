#!/usr/bin/env python3
"""Writes the seed inputs of every fuzz target into corpus/<target>/ (run once; `run.sh`
then grows and minimises the corpus). Seeds come from the spec's examples, tests/data and
examples/registration-export.*, each prefixed with the selector byte(s) its target reads."""
import hashlib, io, os, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)

def put(target, data):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)

def h(s):
    return bytes.fromhex(s.replace(" ", "").replace("\n", ""))

def read(p):
    with open(os.path.join(root, p), "rb") as f:
        return f.read()

# --- wss_wire: 0x00 + text envelope, 0x01 + binary frame (spec 2.1-2.4, chapter 6)
texts = [
    '{"cmd":"get_timestamp","headers":{"req_id":"t-1"}}',
    '{"headers":{"req_id":"t-1"},"body":{"timestamp":1672381950},"errcode":0,"errmsg":"ok"}',
    '{"headers":{"req_id":"1001"},"errcode":600011,"errmsg":"invalid signature, hint: [1607495025_119_4fd3dea0ef8f92b54cae66c76ccd829b], reqid: [1001]"}',
    '{"cmd":"get_secret_no","headers":{"req_id":"s-1"},"body":{"device_signature":"012b968dbc5cdc456fa8d40de758aa4928b96c69","nonce":123456,"timestamp":1672381950,"sn":"E30000000001"}}',
    '{"headers":{"req_id":"s-1"},"body":{"secret_no":"708d0b6f4d4bd97e5d4eb1cb47d260ac"},"errcode":0,"errmsg":"ok"}',
    '{"cmd":"register","headers":{"req_id":"r-1"},"body":{"device_signature":"adb25448f0ef7ff694ca209eb9608e53742a30d0","nonce":123456,"timestamp":1672381950,"sn":"E30000000001","net_info":{"wifi_name":"wifi111","mac_address":"08:00:20:0A:8C:6D"}}}',
    '{"headers":{"req_id":"r-1"},"body":{"active_code":"AI3VIJt5S4R4NqcuBHVA6ff4YHCJCkU68WUDbCivOprropbhbeSe-v4DnWf_BvwY"},"errcode":0,"errmsg":"ok"}',
    '{"cmd":"active","headers":{"req_id":"a-1"},"body":{"active_code":"AI3VIJt5S4R4"}}',
    '{"headers":{"req_id":"a-1"},"body":{"secret":"dJoEGgt9NCzygTzwGwkzVvmlLy6Hc4P2DICISBTZ34o"},"errcode":0,"errmsg":"ok"}',
    '{"cmd":"subscribe_corp","headers":{"req_id":"c-1"},"body":{"secret":"dJoEGgt9NCzy","firmware_version":"1.0.0"}}',
    '{"headers":{"req_id":"f-1"},"body":{"version":"1.2.0","download_url":"https://example.com/fw.bin","md5":"0123456789abcdef0123456789abcdef","size":1024},"errcode":0,"errmsg":"ok"}',
    '{"cmd":"gen_login_qrcode","headers":{"req_id":"qr-1"},"body":{"state":"Matchine_01","format_version":1}}',
    '{"cmd":"push_user_scan","headers":{"req_id":"p-1"},"body":{"userid":"aa","op_type":"op_type1","oper_id":"xxx","state":"STATE","user_type":1}}',
    '{"cmd":"push_bind_corp","headers":{"req_id":"p-2"},"body":{"corpid":"ww1","corp_name":"Emulated Corp"}}',
    '{"cmd":"ping","headers":{"req_id":"p-3"}}',
    '{"headers":{"req_id":"g-1"},"body":{"corp_name":"Emulated Corp"},"errcode":0,"errmsg":"ok"}',
]
for t in texts:
    put("wss_wire", b"\x00" + t.encode())
for b in [
    "01000000 04000000 71722d31 08000000 89504e470d0a1a0a",
    "01000000 0a000000 75706c6f61645f6c6f67 03000000 752d31 08000000 6c6f67206c696e65",
    "02000000 0a000000 75706c6f61645f6c6f67 03000000 752d31 04000000 6c6f6721 02000000 7b7d",
]:
    put("wss_wire", b"\x01" + h(b))

# --- ble: 0x00 adverts, 0x01 reassembly, 0x02 session (ble.md sections 2 and 7)
ee = h("ee 02 00 00 00 00 00 00 30 39 00 00 00 00 00 00 00 00")
ed = h("ed 05 00 00 00 00 00 00 30 39 00 00 00 2a 01 02 03 04 05 06 07 08")
put("ble", b"\x00" + bytes([len(ee)]) + ee + bytes([len(ed)]) + ed)
put("ble", b"\x00" + bytes([len(ed) + 3]) + b"\x06\x01\x02" + ed)
frames = [
    "fe 01 00 09 75 34 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
    "fe 01 00 40 27 11 00 01 00 7b 22 73 6e 22 3a 22 53 4e 30 30",
    "30 31 22 2c 22 63 6c 69 65 6e 74 5f 6e 6f 6e 63 65 22 3a 22",
    "31 32 33 34 35 36 37 38 39 30 22 2c 22 73 63 65 6e 65 22 3a",
    "22 31 22 7d 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
]
stream = b"".join(bytes([20]) + h(f) for f in frames)
put("ble", b"\x01\x10\x00" + stream)
put("ble", b"\x01\x00\x40" + stream)
hello = b"".join(bytes([20]) + h(f) for f in frames[1:])
put("ble", b"\x02\x00" + hello)
put("ble", b"\x02\x01" + hello + bytes([0x88]) + h("08 00 20 0a 8c 6d 00 02"))

# --- bind_url (bindcode tests, spec examples, registration-and-labels.md section 5)
base = "https://open.work.weixin.qq.com/connect/hardware?"
for q in [
    "sn=E30000000001&timestamp=1700000000&nonce=123456&signature=3f1ec40282f30ded33ea79ce342e273fc3df8272&type=qrcode",
    "sn=E30000000001&timestamp=1672381950&nonce=123456&signature=0511ffb6f4e54822efe10c2878bb7cc26aa56964&type=dynamic_login&state=qrcode_login",
    "sn=3389153100001&timestamp=1500133456&nonce=99&signature=088c08a069ead022543e6ff48b0ea5307b020b47&type=qrcode",
    "hw_code=lS5abcDEF123",
    "hw_code=a%20b%2Bc+d#frag",
    "sn=E3%2D01&timestamp=1&nonce=2&signature=088c08a069ead022543e6ff48b0ea5307b020b47&type=dynamic_login&state=a%26b%3Dc",
]:
    put("bind_url", (base + q).encode())
put("bind_url", b"https://open.work.weixin.qq.com/hw/f?t=bt")

# --- import: selector (0 csv, 1 xlsx, 2 sheet XML in a workbook, 3 xls, 4 ods) + options
put("import", b"\x00\x00" + read("examples/registration-export.csv"))
put("import", b"\x00\x00" + read("tests/data/import/console-export-gbk.csv"))
put("import", b"\x00\x00" + "序列号;SecretNo;备注\nE30000000001;708d0b6f4d4bd97e5d4eb1cb47d260ac;x\n".encode())
put("import", b"\x00\x00" + "sn\tsecret_no\tdevice_id\n1;2\tx\t7\n".encode())
put("import", b"\x01\x00" + read("examples/registration-export.xlsx"))
put("import", b"\x03\x00" + read("tests/data/import/console-export.xls"))
put("import", b"\x04\x00" + read("tests/data/import/console-export.ods"))
with zipfile.ZipFile(os.path.join(root, "examples/registration-export.xlsx")) as z:
    sheet = z.read("xl/worksheets/sheet1.xml")
    strings = z.read("xl/sharedStrings.xml")
put("import", b"\x02\x00" + sheet + b"\x00" + strings)
put("import", b"\x02\x83" + sheet + b"\x00" + strings)
inline = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="2"><c r="B2" t="inlineStr"><is><t>sn</t></is></c><c r="C2" t="inlineStr"><is><t>secret_no</t></is></c></row>'
          '<row r="3"><c r="B3"><v>3389153100001</v></c><c r="C3" t="inlineStr"><is><t>708d0b6f4d4bd97e5d4eb1cb47d260ac</t></is></c></row>'
          '</sheetData></worksheet>')
put("import", b"\x02\x00" + inline.encode())

# --- wss_machines: byte 0 = seeded device?, then a script of ops (see the target).
# 19 = connect and settle, 14 = bind, 8 n = advance n*n*16 ms, 17 = a user call.
for seeded in (0, 1):
    put("wss_machines", bytes([seeded, 19, 19, 8, 30, 19, 14, 19, 8, 60, 19, 19, 17, 3, 1, 2, 3, 19, 8, 200, 19]))
    put("wss_machines", bytes([seeded, 19, 11, 8, 20, 19, 14, 0, 1, 0, 1, 2, 5, 7, 19, 15, 2, 123, 125, 19, 16, 2, 19, 18]))
print("seeds written", file=sys.stderr)
