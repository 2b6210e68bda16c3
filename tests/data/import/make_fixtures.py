#!/usr/bin/env python3
"""Writes the committed import fixtures that no Rust writer can make:
an old-style .xls (BIFF8, via xlwt), an OpenDocument .ods (via odfpy) and a GBK-encoded .csv
(what Chinese Windows Excel saves).

    pip install xlwt odfpy && python3 tests/data/import/make_fixtures.py

Fake SNs and SecretNos. tests/it/import_formats.rs checks what these files must give.
"""
import os
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
URL = "https://open.work.weixin.qq.com/connect/hardware?hw_code="

def secret(i):
    return ("%02x" % i) * 16

def xls():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("设备列表")
    ws.write(0, 0, "设备登记导出")
    for c, h in enumerate(["设备序列号", "设备密钥", "设备ID", "绑定二维码"]):
        ws.write(1, c, h)
    # Row 3: SN as text; row 4: an SN typed as a number (an .xls integer/RK record);
    # row 5: device id typed as a number.
    ws.write(2, 0, "X10000000001")
    ws.write(2, 1, secret(1))
    ws.write(2, 2, "42")
    ws.write(2, 3, URL + "xlsone")
    ws.write(3, 0, 20000000002)
    ws.write(3, 1, secret(2))
    ws.write(3, 2, "43")
    ws.write(3, 3, URL + "xlstwo")
    ws.write(4, 0, "X10000000003")
    ws.write(4, 1, secret(3))
    ws.write(4, 2, 44)
    ws.write(4, 3, URL + "xlsthree")
    wb.save(os.path.join(HERE, "console-export.xls"))

def gbk_csv():
    rows = [["序列号", "密钥", "设备ID", "二维码链接", "备注"]]
    for i in range(1, 4):
        rows.append(["G%011d" % i, secret(10 + i), str(500 + i), URL + "gbk%d" % i, "一号线样机"])
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    with open(os.path.join(HERE, "console-export-gbk.csv"), "wb") as f:
        f.write(text.encode("gbk"))

def ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    t = Table(name="Devices")

    def row(*cells):
        tr = TableRow()
        for v in cells:
            if isinstance(v, (int, float)):
                c = TableCell(valuetype="float", value=v)
                c.addElement(P(text=str(v)))
            else:
                c = TableCell(valuetype="string")
                c.addElement(P(text=v))
            tr.addElement(c)
        t.addElement(tr)

    row("SN", "SecretNo", "DeviceId", "QRCode")
    row("D0000001", secret(31), "7001", URL + "odsone")
    # An SN typed as a number, exact: read with a warning.
    row(3389153100001, secret(32), "7002", URL + "odstwo")
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, "console-export.ods"))

xls()
ods()
gbk_csv()
