"""Select the SaudiNewsNet articles of the development set (reproducible).

usage: python scripts/select_dev.py [--data ../shared/data/news_saudinewsnet_sample] [--out bench/dev/saudinewsnet] [-n 25]
       python scripts/select_dev.py --out bench/dev2/saudinewsnet -n 30 --seed 1437 --exclude bench/dev/saudinewsnet/index.json

Same pool as scripts/select_gold.py (news reports of 500-2200 characters with
political cues, a cap per outlet) with another seed, and every article of the
gold index (bench/gold/saudinewsnet/index.json) left out, so rules can be
tuned on these pages while the gold set stays unseen. `--exclude` leaves out
the articles of other indexes too (the second development set leaves out the first). Writes NNN.txt
(`TITLE\\n\\nCONTENT`) and index.json (zip, index, url, source, published).
Never run it again over annotated files with other parameters.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from select_gold import DATA, ROOT, choose, load_pool, write


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--gold-index", type=Path, default=ROOT / "bench/gold/saudinewsnet/index.json")
    ap.add_argument("--out", type=Path, default=ROOT / "bench/dev/saudinewsnet")
    ap.add_argument("-n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1436)
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="another index.json to leave out")
    args = ap.parse_args()
    # only the (zip, index, url) keys of the gold set are read: its texts stay unseen
    taken = []
    for index in [args.gold_index, *args.exclude]:
        taken += json.loads(index.read_text(encoding="utf-8"))
    pool = load_pool(args.data, {(e["zip"], e["index"]) for e in taken}, {e.get("url") for e in taken})
    write(choose(pool, args.n, args.seed), args.out)


if __name__ == "__main__":
    main()
