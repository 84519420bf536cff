#!/usr/bin/env python3
"""Build src/marsad/data/events/codebook.json from the shared CAMEO and PLOVER tables.

Steps:
1. Read every CAMEO event code and its label (cameo_gdelt_lookups/CAMEO.eventcodes.txt,
   the cleaned GDELT lookup) and its Goldstein score (CAMEO.goldsteinscale.txt).
2. Give each code its quad class by root, as GDELT does: 01-05 verbal cooperation (1),
   06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
3. Give each code its PLOVER event, mode and context from plover/CAMEO2PLOVER-2021.txt; a code
   that table lacks takes its nearest listed ancestor, then the root-level table of the PLOVER
   manual (section "CAMEO to PLOVER translation"), where 01 and 02 are dropped (null).

usage: python3 scripts/build_codebook.py [--shared ../shared/data] [--out src/marsad/data/events]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# PLOVER manual, table "PLOVER equivalents to CAMEO cue categories"; 08 splits at 084.
ROOT_PLOVER = {
    "01": None, "02": None, "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
QUAD_LABELS = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict", 4: "Material Conflict"}


def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def read_tsv(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            key, value = line.split("\t", 1)
            out[key.strip()] = value.strip()
    return out


def read_plover(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    """code -> (event, mode, context) from the 2021 conversion table (first row of a code wins)."""
    out: dict[str, tuple[str, str | None, str | None]] = {}
    row = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)")
    for line in path.read_text(encoding="utf-8").splitlines():
        m = row.match(line)
        if not m or m.group(1) in out:
            continue
        mode = m.group(3).strip() or None
        context = m.group(4).strip() or None
        out[m.group(1)] = (m.group(2), mode, context)
    return out


def plover_for(code: str, table: dict[str, tuple[str, str | None, str | None]]) -> dict[str, str | None]:
    root = code[:2]
    if ROOT_PLOVER[root] is None:
        return {"event": None, "mode": None, "context": None, "from": "manual: root dropped"}
    for k in (code, code[:3]):
        if k in table:
            ev, mode, ctx = table[k]
            return {"event": ev, "mode": mode, "context": ctx, "from": k}
    event = ROOT_PLOVER[root]
    if root == "08" and len(code) >= 3 and code[:3] >= "084":
        event = "RETREAT"
    return {"event": event, "mode": None, "context": None, "from": "manual: root"}


def build(shared: Path) -> dict[str, object]:
    labels = read_tsv(shared / "cameo_gdelt_lookups" / "CAMEO.eventcodes.txt")
    goldstein = read_tsv(shared / "cameo_gdelt_lookups" / "CAMEO.goldsteinscale.txt")
    plover = read_plover(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    codes: dict[str, dict[str, object]] = {}
    for code, label in labels.items():
        if len(code) < 2:  # the quad-class rows 1-4
            continue
        root = code[:2]
        pl = plover_for(code, plover)
        codes[code] = {
            "label": label if len(code) > 2 else label.capitalize(),
            "root": root,
            "goldstein": float(goldstein[code]) if code in goldstein else None,
            "quad_class": quad_class(root),
            "plover": {"event": pl["event"], "mode": pl["mode"], "context": pl["context"]},
        }
    return {
        "about": "CAMEO event codes with GDELT labels, Goldstein scores, quad classes and PLOVER equivalents; "
        "built by scripts/build_codebook.py (see PROVENANCE.md)",
        "quad_classes": {str(k): v for k, v in QUAD_LABELS.items()},
        "codes": dict(sorted(codes.items())),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "marsad" / "data" / "events")
    args = ap.parse_args()
    book = build(args.shared)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "codebook.json"
    path.write_text(json.dumps(book, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    codes = book["codes"]
    assert isinstance(codes, dict)
    print(f"{path}: {len(codes)} codes, {sum(1 for c in codes if len(c) == 2)} roots")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
