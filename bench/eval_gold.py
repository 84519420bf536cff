"""The whole record against the hand-annotated evaluation set, group by group.

usage: python bench/eval_gold.py [--gold bench/gold/saudinewsnet] [--sample]

Runs the default pipeline on each gold page with its publication date
(index.json) and scores the record with the scorecard (bench/scorecard.py, the
shared scorer kept verbatim). Prints checks passed per group and in total, and
events on clauses the annotators did not code. `--sample` adds the bundled
sample article (whose page date is not given, so its publication date is
estimated).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scorecard  # noqa: E402
from marsad.api import analyze  # noqa: E402
from marsad.record import to_record  # noqa: E402


def score(expected: dict, record: dict) -> tuple[dict[str, tuple[int, int]], int]:
    card = scorecard.Card(quiet=True)
    for part in (scorecard.score_structure, scorecard.score_dates, scorecard.score_entities, scorecard.score_quotes):
        part(card, expected, record)
    extra = scorecard.score_events(card, expected, record)
    return card.groups, extra


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=HERE / "gold" / "saudinewsnet")
    ap.add_argument("--sample", action="store_true")
    args = ap.parse_args()
    index = json.loads((args.gold / "index.json").read_text(encoding="utf-8"))
    cases = [(args.gold / it["file"], args.gold / it["file"].replace(".txt", ".expected.json"), it["published"])
             for it in index]
    if args.sample:
        pages = HERE.parent / "samples" / "pages"
        cases.append((pages / "alaraby-kim-putin.txt", pages / "alaraby-kim-putin.expected.json", None))
    totals: dict[str, list[int]] = {}
    extra_total = 0
    for page, exp_path, published in cases:
        if not exp_path.exists():
            continue
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        record = to_record(analyze(page, published=published))
        with contextlib.redirect_stdout(io.StringIO()):
            groups, extra = score(expected, record)
        extra_total += extra
        for g, (got, total) in groups.items():
            t = totals.setdefault(g, [0, 0])
            t[0] += got
            t[1] += total
    print(f"articles: {len(cases)}")
    for g, (got, total) in totals.items():
        print(f"  {g:10} {got:4}/{total:<4} {got / total if total else 0:.3f}")
    got = sum(t[0] for t in totals.values())
    total = sum(t[1] for t in totals.values())
    print(f"  {'all':10} {got:4}/{total:<4} {got / total if total else 0:.3f}")
    print(f"  events on clauses not coded by the annotators: {extra_total}")


if __name__ == "__main__":
    main()
