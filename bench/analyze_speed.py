"""Speed and memory of `marsad analyze` over the SaudiNewsNet sample.

usage: python bench/analyze_speed.py [--limit N] [--data DIR] [--learned-events]

Each corpus entry becomes the text page `TITLE\\n\\nCONTENT` (as a saved page
would be), then goes through the whole default pipeline on one core (with `--learned-events`, the pipeline with
the opt-in learned events, `marsad.events.learned`). Prints articles/s, characters/s, and the process's peak
resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import zipfile
from pathlib import Path

from marsad.api import default_pipeline, learned_pipeline
from marsad.errors import InputError
from marsad.ingest.read import read_page

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news_saudinewsnet_sample"


def pages(data: Path, limit: int) -> list[tuple[bytes, str]]:
    out: list[tuple[bytes, str]] = []
    for zpath in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for item in json.loads(z.read(z.namelist()[0])):
                page = f"{item.get('title') or ''}\n\n{item.get('content') or ''}"
                out.append((page.encode("utf-8"), (item.get("date_extracted") or "")[:10] or ""))
                if len(out) >= limit:
                    return out
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--learned-events", action="store_true", help="with the opt-in learned events")
    args = ap.parse_args()
    t0 = time.perf_counter()
    pipe = learned_pipeline() if args.learned_events else default_pipeline()
    build = time.perf_counter() - t0
    items = pages(args.data, args.limit)
    chars = sum(len(p) for p, _ in items)
    # warm-up: lexicons and models load on first use
    pipe(read_page(items[0][0], "warmup", published=items[0][1] or None))
    failed = 0
    start = time.perf_counter()
    for i, (data, published) in enumerate(items):
        try:
            pipe(read_page(data, f"item {i}", published=published or None))
        except InputError:
            failed += 1
    took = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stages: {', '.join(pipe.names)}")
    print(f"pipeline build: {build:.2f} s")
    print(f"articles: {len(items)} ({failed} refused), {chars / 1e6:.1f} M bytes of UTF-8")
    print(f"analyze: {len(items) / took:.1f} articles/s, {chars / took / 1e3:.0f} k bytes/s, {took:.1f} s total (1 core)")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
