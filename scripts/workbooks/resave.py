"""Opens an .xlsx workbook with openpyxl and saves it again as openpyxl writes it: python3 resave.py <in.xlsx> <out.xlsx>"""
import sys

import openpyxl

if len(sys.argv) != 3:
    print("usage: python3 resave.py <in.xlsx> <out.xlsx>", file=sys.stderr)
    sys.exit(2)
openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])
