"""Prints the connection string the app would use from its appsettings files, or nothing."""
import json
import pathlib
import sys

web = pathlib.Path(sys.argv[1])
found = ""
for name in ("appsettings.json", "appsettings.Development.json"):
    path = web / name
    if path.exists():
        value = json.loads(path.read_text(encoding="utf-8-sig")).get("ConnectionStrings", {}).get("Default")
        if value:
            found = value
print(found)
