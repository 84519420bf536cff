#!/usr/bin/env python3
"""Store speed: ingest articles/s and query latency (p50/p95) on a store of 10,000+ articles.

    python bench/store_speed.py [--n 10000] [--db out/bench.db] [--repeat 30]

Steps:
1. take the first N distinct articles of the SaudiNewsNet sample zips in
   `../shared/data/news_saudinewsnet_sample` (or, without them, the bundled
   `samples/`, repeated with a numbered line so each copy is a new article);
2. ingest them into a fresh store, one transaction per article, timing the
   analysis (the default pipeline) and the store writes apart;
3. time search and filter queries through the `Store` interface, each run
   `--repeat` times, and print p50/p95 per query.
Not part of the test suite; with every language stage on it takes minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.errors import InputError  # noqa: E402
from marsad.store import ArticleQuery, EventQuery, RawInput, open_store  # noqa: E402
from marsad.store.batch import analyse_input  # noqa: E402
from marsad.store.inputs import from_object, iter_inputs  # noqa: E402

SAUDI = ROOT.parent / "shared" / "data" / "news_saudinewsnet_sample"


def corpus(n: int) -> Iterator[RawInput]:
    seen: set[str] = set()
    count = 0
    if SAUDI.is_dir():
        for zpath in sorted(SAUDI.glob("*.zip")):
            with zipfile.ZipFile(zpath) as zf:
                for name in sorted(zf.namelist()):
                    for i, obj in enumerate(json.loads(zf.read(name))):
                        try:
                            item = from_object(obj, f"{zpath.name}:{name}[{i}]")
                        except InputError:
                            continue
                        h = hashlib.sha256(item.data).hexdigest()
                        if h in seen:
                            continue
                        seen.add(h)
                        yield item
                        count += 1
                        if count >= n:
                            return
    base = list(iter_inputs([ROOT / "samples"], lambda err: None))
    copy = 0
    while count < n:
        copy += 1
        for item in base:
            yield RawInput(f"{item.name}#{copy}", item.data + f"\n\nنسخة {copy}\n".encode(), item.published, item.url)
            count += 1
            if count >= n:
                return


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    out: list[float] = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        out.append((time.perf_counter() - t) * 1000)
    return out, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to ingest (default %(default)s)")
    ap.add_argument("--db", type=Path, default=ROOT / "out" / "bench-store.db")
    ap.add_argument("--repeat", type=int, default=30, help="runs per query (default %(default)s)")
    ap.add_argument("--keep", action="store_true", help="reuse an existing store at --db instead of ingesting")
    args = ap.parse_args()

    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
    store = open_store(args.db)
    if not args.keep:
        t_analyse = t_store = 0.0
        added = failed = crashed = 0
        t0 = time.perf_counter()
        for k, item in enumerate(corpus(args.n), start=1):
            t = time.perf_counter()
            try:
                art = analyse_input(item)
            except InputError:
                failed += 1
                continue
            except Exception as err:  # noqa: BLE001 - a stage's bug is counted, as `marsad ingest` does
                crashed += 1
                if crashed <= 3:
                    print(f"  {item.name}: {type(err).__name__}: {err}", file=sys.stderr)
                continue
            t_analyse += time.perf_counter() - t
            t = time.perf_counter()
            added += store.add(art, item)
            t_store += time.perf_counter() - t
            if k % 1000 == 0:
                print(f"  {k} inputs, {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)
        wall = time.perf_counter() - t0
        print(f"ingest: {added} articles ({failed} refused, {crashed} internal errors) in {wall:.1f}s: {added / wall:.1f} articles/s overall;"
              f" analysis {added / t_analyse:.1f}/s, store writes {added / t_store:.1f}/s"
              f" ({1000 * t_store / max(added, 1):.2f} ms/article)")
    n = store.count()
    size = Path(args.db).stat().st_size / 1e6
    print(f"store: {n} articles, {size:.0f} MB on disk ({args.db})")

    queries: list[tuple[str, Callable[[], Any]]] = [
        ("search common word (السعودية)", lambda: store.articles(ArticleQuery(q="السعودية"))),
        ("search stem/plural (صاروخ)", lambda: store.articles(ArticleQuery(q="صاروخ"))),
        ("search two words (وزير الخارجية)", lambda: store.articles(ArticleQuery(q="وزير الخارجية"))),
        ("search phrase (\"مجلس الأمن\")", lambda: store.articles(ArticleQuery(q='"مجلس الأمن"'))),
        ("search rare word (الشيشان)", lambda: store.articles(ArticleQuery(q="الشيشان"))),
        ("search + site + dates", lambda: store.articles(ArticleQuery(q="اليمن", site="aawsat.com",
                                                                       since="2015-07-25", until="2015-08-05"))),
        ("search, page 5", lambda: store.articles(ArticleQuery(q="المملكة", offset=80))),
        ("list: site filter", lambda: store.articles(ArticleQuery(site="okaz.com.sa"))),
        ("list: date range", lambda: store.articles(ArticleQuery(since="2015-08-01", until="2015-08-02"))),
        ("list: actor filter (SAU)", lambda: store.articles(ArticleQuery(actor="SAU"))),
        ("list: event code filter (19)", lambda: store.articles(ArticleQuery(code="19"))),
        ("events: merged, actor SAU", lambda: store.events(EventQuery(actor="SAU"))),
        ("events: dyad SAU-YEM", lambda: store.events(EventQuery(dyad=("SAU", "YEM")))),
        ("timeline: actor SAU", lambda: store.timeline(EventQuery(actor="SAU"))),
        ("actors: top 50", lambda: store.actors()),
        ("stories: largest 20", lambda: store.stories()),
        ("article by id", lambda: store.get(first_id)),
    ]
    first_id = store.articles(ArticleQuery(limit=1)).items[0]["id"] if n else ""
    print(f"queries ({args.repeat} runs each; the first run is cold, actors and stories are then cached"
          " until the store changes): first / p50 / p95 ms, results")
    all_times: list[float] = []
    for label, fn in queries:
        times, result = timed(fn, args.repeat)
        all_times += times
        total = getattr(result, "total", len(result) if isinstance(result, list) else 1)
        print(f"  {label:38} {times[0]:8.2f} / {statistics.median(times):8.2f} / {percentile(times, 95):8.2f}"
              f"   {total}")
    print(f"all queries: p50 {statistics.median(all_times):.2f} ms, p95 {percentile(all_times, 95):.2f} ms")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
