#!/usr/bin/env python3
"""Build src/marsad/data/events/places.json: country centroids for event places.

Steps:
1. Read names_countries_mledoze/countries.json (ODbL): ISO 3166 alpha-3 code, English common name,
   `latlng` (the country's centroid).
2. Read names_countryinfo/CountryInfo.120116.txt (Parus Analytics / OEDA): each country's ISO3 and
   FIPS 10-4 code, the country code GDELT's geography columns use.
3. Write {"countries": {ISO3: [lat, lon, name]}, "fips": {ISO3: FIPS}, "capitals": {}}. The shared data
   list capital names but no capital coordinates, so `capitals` stays empty: an event in a city keeps
   its name and country only.

usage: python3 scripts/build_places.py [--shared ../shared/data] [--out src/marsad/data/events]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "marsad" / "data" / "events")
    args = ap.parse_args()
    rows = json.loads((args.shared / "names_countries_mledoze" / "countries.json").read_text(encoding="utf-8"))
    countries = {}
    for c in rows:
        if c.get("cca3") and len(c.get("latlng") or []) == 2:
            countries[c["cca3"]] = [round(c["latlng"][0], 4), round(c["latlng"][1], 4), c["name"]["common"]]
    info = (args.shared / "names_countryinfo" / "CountryInfo.120116.txt").read_text(encoding="utf-8", errors="replace")
    fips = {}
    for block in info.split("<Country>")[1:]:
        iso = re.search(r"<ISO3166-alpha3>([A-Z]{3})</ISO3166-alpha3>", block)
        fp = re.search(r"<FIPS-10>([A-Z]{2})</FIPS-10>", block)
        if iso and fp:
            fips[iso.group(1)] = fp.group(1)
    out = {"about": "Country centroids (mledoze/countries, ODbL) and FIPS 10-4 codes (CountryInfo, OEDA); "
           "built by scripts/build_places.py",
           "countries": dict(sorted(countries.items())), "fips": dict(sorted(fips.items())), "capitals": {}}
    path = args.out / "places.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{path}: {len(countries)} countries, {len(fips)} FIPS codes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
