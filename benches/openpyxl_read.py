#!/usr/bin/env python3
"""Reads every cell of an .xlsx with openpyxl in read-only mode (the baseline of
benches/import.sh) and prints the row count and the seconds it took."""
import sys
import time

import openpyxl

t = time.perf_counter()
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
rows = 0
cells = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        rows += 1
        cells += sum(1 for c in row if c is not None)
wb.close()
print(f"{rows} {cells} {time.perf_counter() - t:.3f}")
