#!/usr/bin/env python3
"""Writes far-cell.xls: a 3 KB .xls whose one sheet has a header in A1:B1 and a NUMBER cell
moved (by patching its record) to row 65536, column 65536, the largest position a BIFF cell
record can name (a real BIFF8 sheet ends at IV65536). calamine would allocate the dense grid
between A1 and that cell, 65536 × 65536 cells of 32 bytes (137 GB).

    pip install xlwt && python3 tests/data/import/make_hostile_xls.py

xlwt writes the BIFF8 records; the compound-file container is written here, so that the
1.4 KB stream sits in the mini stream (64-byte sectors) as a small file from other writers
does (xlwt pads its stream to 4 KB, which keeps it out of the mini stream).
tests/it/import_bounds.rs checks that the import refuses it.
"""
import os
import struct
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def biff():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("设备列表")
    ws.write(0, 0, "设备序列号")
    ws.write(0, 1, "设备密钥")
    ws.write(1, 0, 1234.5678)  # a NUMBER record at A2, moved below
    b = bytearray(wb.get_biff_data())
    rec = struct.pack("<HHHH", 0x0203, 14, 1, 0)  # NUMBER, length 14, row 1, column 0
    assert b.count(rec) == 1
    struct.pack_into("<HH", b, b.index(rec) + 4, 0xFFFF, 0xFFFF)
    return bytes(b)


def entry(name, typ, child, start, size):
    n = (name + "\0").encode("utf-16-le")
    e = n.ljust(64, b"\0") + struct.pack("<HBB", len(n), typ, 1)
    e += struct.pack("<III", NOSTREAM, NOSTREAM, child) + b"\0" * 36
    return e + struct.pack("<IQ", start, size)


def cfb(stream):
    """Version 3, 512-byte sectors: 0 FAT, 1 directory, 2 mini FAT, 3.. mini stream."""
    minis = (len(stream) + 63) // 64
    ministream = stream.ljust(minis * 64, b"\0")
    sectors = (len(ministream) + 511) // 512
    fat = [FATSECT, END, END] + [4 + i for i in range(sectors - 1)] + [END]
    minifat = [i + 1 for i in range(minis - 1)] + [END]
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 0x1000, 2, 1, END, 0)
    header += struct.pack("<109I", 0, *([FREE] * 108))
    words = lambda w: struct.pack("<128I", *(w + [FREE] * (128 - len(w))))
    dirs = entry("Root Entry", 5, 1, 3, len(ministream))
    dirs += entry("Workbook", 2, NOSTREAM, 0, len(stream))
    dirs = dirs.ljust(512, b"\0")
    return header + words(fat) + dirs + words(minifat) + ministream.ljust(sectors * 512, b"\0")


with open(os.path.join(HERE, "far-cell.xls"), "wb") as f:
    f.write(cfb(biff()))
