"""Prints every non-empty cell of an .xlsx workbook as openpyxl reads it, as JSON:
{"sheets":[{"name":"…","cells":[{"ref":"A1","type":"string|number|date|boolean","value":…}]}]}
Dates are written "yyyy-mm-ddThh:mm:ss". Used by the tests of the product's workbooks (Debian: python3-openpyxl)."""
import datetime
import json
import sys

import openpyxl


def read(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return {"type": "boolean", "value": value}
    if isinstance(value, datetime.datetime):
        return {"type": "date", "value": value.strftime("%Y-%m-%dT%H:%M:%S")}
    if isinstance(value, datetime.date):
        return {"type": "date", "value": value.strftime("%Y-%m-%dT00:00:00")}
    if isinstance(value, (int, float)):
        return {"type": "number", "value": value}
    if isinstance(value, str):
        return None if value == "" else {"type": "string", "value": value}
    return {"type": "unknown", "value": repr(value)}


def main():
    if len(sys.argv) != 2:
        print("usage: python3 dump_cells.py <workbook.xlsx>", file=sys.stderr)
        sys.exit(2)
    workbook = openpyxl.load_workbook(sys.argv[1], data_only=True)
    sheets = []
    for worksheet in workbook.worksheets:
        cells = []
        for row in worksheet.iter_rows():
            for cell in row:
                read_ = read(cell.value)
                if read_ is not None:
                    cells.append({"ref": cell.coordinate, **read_})
        sheets.append({"name": worksheet.title, "cells": cells})
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


main()
