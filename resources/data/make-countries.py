#!/usr/bin/env python3
"""Regenerates countries.csv from Debian's iso-codes package (apt-get install iso-codes)."""
import csv
import json
import pathlib

source = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
target = pathlib.Path(__file__).with_name("countries.csv")
rows = sorted(json.loads(source.read_text(encoding="utf-8"))["3166-1"], key=lambda r: r["alpha_3"])
with target.open("w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["alpha3", "alpha2", "numeric", "name"])
    for r in rows:
        w.writerow([r["alpha_3"], r["alpha_2"], r["numeric"], r.get("common_name", r["name"])])
