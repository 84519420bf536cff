"""Speed of the event coder alone, after the shared language stages, on one core.

usage: .venv/bin/python bench/events_speed.py [N_ARTICLES] [ROUNDS]

Takes N articles (default 200) from the SaudiNewsNet sample in ../shared/data (leaving out the
evaluation set of bench/gold/saudinewsnet/index.json), runs every stage before `code_events` once,
then times `code_events` alone over them ROUNDS times (default 3; the lexicon is loaded before the
clock starts, its word cache warms in the first round) and prints sentences and articles per second
for the best round.
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "news_saudinewsnet_sample"


def pages(n: int) -> list[tuple[str, bytes, str]]:
    index_path = ROOT / "bench" / "gold" / "saudinewsnet" / "index.json"
    held = {(e["zip"], e["index"]) for e in json.loads(index_path.read_text(encoding="utf-8"))} if index_path.exists() else set()
    out: list[tuple[str, bytes, str]] = []
    for zpath in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            rows = json.loads(zf.read(zf.namelist()[0]))
        for i, row in enumerate(rows):
            if (zpath.name, i) in held or not row.get("content"):
                continue
            out.append((f"{zpath.name}:{i}", f"{row['title']}\n\n{row['content']}".encode(), row["date_extracted"][:10]))
            if len(out) >= n:
                return out
    return out


def main(argv: list[str]) -> int:
    from marsad.api import default_pipeline
    from marsad.errors import InputError
    from marsad.events.cues import cues
    from marsad.events.lexicon import lexicon
    from marsad.events.stage import code_events
    from marsad.ingest.read import read_page
    from marsad.language.tokens import sentences_of

    n = int(argv[0]) if argv else 200
    rounds = int(argv[1]) if len(argv) > 1 else 3
    before = [st for st in default_pipeline().stages if st.name != code_events.name]
    arts = []
    for name, raw, published in pages(n):
        try:
            art = read_page(raw, name, published=published)
        except InputError:
            continue
        for st in before:
            st.run(art)
        arts.append(art)
    lexicon(), cues()
    # the sentences the coder reads: title, lead and body (captions describe a photo)
    n_sent = sum(1 for a in arts for s in sentences_of(a) if a.section_of(s.start) != "caption")
    best = float("inf")
    events = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        events = 0
        for art in arts:
            code_events.run(art)
            events += len(art.events)
        best = min(best, time.perf_counter() - t0)
    print(f"articles {len(arts)}, sentences {n_sent}, events {events}")
    print(f"code_events alone: {n_sent / best:,.0f} sentences/s, {len(arts) / best:,.0f} articles/s "
          f"(best of {rounds} rounds, {best:.3f} s, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
