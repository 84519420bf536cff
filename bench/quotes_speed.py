"""Speed of the quotes stage alone, on SaudiNewsNet articles outside the evaluation set.

usage: .venv/bin/python bench/quotes_speed.py [N]

Analyses N articles (default 200) up to the entities stage once, then times `extract_quotes`
on each and prints articles, quotes and claims found, and milliseconds per article.
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "news_saudinewsnet_sample"


def pages(n: int) -> list[tuple[str, str]]:
    index = json.loads((ROOT / "bench" / "gold" / "saudinewsnet" / "index.json").read_text(encoding="utf-8"))
    held = {(e["zip"], e["index"]) for e in index}
    out: list[tuple[str, str]] = []
    for zpath in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in zf.namelist():
                for i, a in enumerate(json.loads(zf.read(name))):
                    if (zpath.name, i) in held or not a.get("content"):
                        continue
                    out.append(((a.get("title") or "") + "\n\n" + a["content"], (a.get("date_extracted") or "")[:10]))
                    if len(out) >= n:
                        return out
    return out


def main(argv: list[str]) -> int:
    from marsad.api import analyze, default_pipeline
    from marsad.errors import InputError
    from marsad.pipeline import Pipeline
    from marsad.quotes.stage import extract_quotes

    n = int(argv[0]) if argv else 200
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    upto = list(default_pipeline().stages)
    cut = [s.name for s in upto].index(extract_quotes.name)
    before = Pipeline(upto[:cut])
    arts = []
    for page, date in pages(n):
        try:
            arts.append(analyze(page, published=date or None, pipeline=before))
        except InputError:
            continue
    t0 = time.perf_counter()
    for art in arts:
        extract_quotes.run(art)
    dt = time.perf_counter() - t0
    quotes = sum(len(a.quotes) for a in arts)
    claims = sum(len(a.claims) for a in arts)
    print(f"articles {len(arts)}  quotes {quotes}  claims {claims}  "
          f"quotes stage {dt:.2f} s  ({1000 * dt / max(len(arts), 1):.1f} ms/article)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
