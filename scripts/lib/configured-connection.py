"""Prints the connection string the app would use from its appsettings files in the environment named (Development
unless another is given), or nothing."""
import json
import pathlib
import sys

web = pathlib.Path(sys.argv[1])
environment = sys.argv[2] if len(sys.argv) > 2 else "Development"
found = ""
for name in ("appsettings.json", f"appsettings.{environment}.json"):
    path = web / name
    if path.exists():
        value = json.loads(path.read_text(encoding="utf-8-sig")).get("ConnectionStrings", {}).get("Default")
        if value:
            found = value
print(found)
