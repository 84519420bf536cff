"""The observatory's subcommands: `ingest`, `reprocess`, `search`, `serve`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from marsad.config import default


def db_default() -> str:
    return os.environ.get("MARSAD_DB") or str(default("db"))


def _ingest(args: argparse.Namespace) -> int:
    from marsad.corpus.run import ingest_corpus  # workers, checkpoints, WARC/feeds/tar/Parquet, skip reasons
    from marsad.store import open_store

    store = open_store(args.db)
    try:
        summary = ingest_corpus(store, args.paths, workers=args.workers, max_bytes=args.max_bytes,
                                progress=False if args.quiet else (True if args.progress else None), tune_gc=True,
                                learned_events=args.learned_events)
    finally:
        store.close()
    lines = summary.lines()
    print(f"marsad: {lines[0]}; the store {args.db} holds {_count(args.db)} articles", file=sys.stderr)
    for line in lines[1:]:
        print(f"marsad: {line}", file=sys.stderr)
    nothing = not (summary.added or summary.already or summary.n_skipped)
    return 1 if (summary.n_failed and nothing) or summary.interrupted else 0


def _count(db: str) -> int:
    from marsad.store import open_store

    store = open_store(db, readonly=True)
    try:
        return store.count()
    finally:
        store.close()


def _reprocess(args: argparse.Namespace) -> int:
    from marsad.store import open_store
    from marsad.store.batch import reprocess

    if not os.path.exists(args.db):
        print(f"marsad: {args.db}: no such store", file=sys.stderr)
        return 1
    store = open_store(args.db)
    try:
        tally = reprocess(store, progress=None if not args.quiet else False, max_bytes=args.max_bytes,
                          learned_events=args.learned_events)
    finally:
        store.close()
    print(f"marsad: {tally.line('re-analysed')}", file=sys.stderr)
    return 1 if tally.failed else 0


def _search(args: argparse.Namespace) -> int:
    from marsad.store import ArticleQuery, open_store

    if not os.path.exists(args.db):
        print(f"marsad: {args.db}: no such store (run `marsad ingest` first)", file=sys.stderr)
        return 1
    store = open_store(args.db, readonly=True)
    try:
        page = store.articles(ArticleQuery(q=args.query, actor=args.actor, code=args.code, since=args.since,
                                           until=args.until, status=args.status, site=args.site,
                                           limit=args.limit))
    finally:
        store.close()
    if args.format == "jsonl":
        for item in page.items:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        return 0
    print(f"{page.total} articles")
    for item in page.items:
        print(f"{item['published'] or '?':10}  {item['site'] or '-':20}  {item['title']}  [{item['id'][:12]}]")
        snip: Any = item.get("snippet")
        if snip:
            print("    " + " ".join(snip["text"].split()))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from marsad.server.app import serve

    return serve(db=args.db, host=args.host, port=args.port, token=args.token)


def add_commands(sub: Any) -> None:
    """Add the observatory's subcommands to the `marsad` parser's subparsers."""
    from marsad.cli import _iso_date

    ing = sub.add_parser("ingest", help="analyse pages, folders, zip/tar archives, JSON lines, WARC files, feeds,"
                                            " URLs or `marsad spark` Parquet tables into the store")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument("--db", default=db_default(), help="the store (SQLite file; default %(default)s)")
    ing.add_argument("--max-bytes", type=int, default=default("max_bytes"), help="largest page accepted (bytes)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")
    ing.add_argument("--progress", action="store_true", help="a progress bar even when stderr is not a terminal")
    ing.add_argument("--workers", type=int, default=1, metavar="N",
                     help="analyse in N processes (default %(default)s; the machine has %(cores)s cores)"
                     .replace("%(cores)s", str(os.cpu_count() or 1)))
    ing.add_argument("--learned-events", action="store_true",
                     help="also code, where the rules code nothing, the events of the learned clause models (more "
                     "events, fewer right; stored with method \"learned\"; `reprocess` keeps the choice). Only for "
                     "the pages this run analyses: pages stored already, Parquet tables of `marsad spark` (use its "
                     "own --learned-events) and pages added through the API are not; `reprocess --learned-events` "
                     "adds them to every stored article")
    ing.set_defaults(func=_ingest)

    rep = sub.add_parser("reprocess", help="re-analyse every stored input with this version of marsad")
    rep.add_argument("--db", default=db_default(), help="the store (default %(default)s)")
    rep.add_argument("--max-bytes", type=int, default=default("max_bytes"), help="largest page accepted (bytes)")
    rep.add_argument("--quiet", action="store_true", help="no progress bar")
    learned = rep.add_mutually_exclusive_group()
    learned.add_argument("--learned-events", dest="learned_events", action="store_const", const=True, default=None,
                         help="add the learned events to every article (default: as each was ingested)")
    learned.add_argument("--rules-only", dest="learned_events", action="store_const", const=False,
                         help="the rule coder's events only, for every article")
    rep.set_defaults(func=_reprocess)

    se = sub.add_parser("search", help="search the store (Arabic full text and filters)")
    se.add_argument("query", nargs="?", default=None, help="words to find; \"quoted words\" form a phrase")
    se.add_argument("--db", default=db_default(), help="the store (default %(default)s)")
    se.add_argument("--actor", help="CAMEO actor code or prefix (RUS, PRKGOV)")
    se.add_argument("--code", help="CAMEO event code or prefix (19, 042)")
    se.add_argument("--since", type=_iso_date, metavar="DATE")
    se.add_argument("--until", type=_iso_date, metavar="DATE")
    se.add_argument("--status", help="event status (asserted, reported, alleged, denied, ...)")
    se.add_argument("--site", help="site, e.g. alaraby.co.uk")
    se.add_argument("--limit", type=int, default=10)
    se.add_argument("--format", choices=["text", "jsonl"], default="text")
    se.set_defaults(func=_search)

    sv = sub.add_parser("serve", help="serve the API and the web page over the store")
    sv.add_argument("--db", default=db_default(), help="the store (default %(default)s)")
    sv.add_argument("--host", default=str(default("host")), help="address to listen on (default %(default)s)")
    sv.add_argument("--port", type=int, default=int(default("port")), help="port (default %(default)s)")  # type: ignore[call-overload]
    sv.add_argument("--token", default=None,
                    help="token that allows POST /api/articles (default: the MARSAD_TOKEN variable, which"
                         " unlike this option does not show in process lists; none: read-only)")
    sv.set_defaults(func=_serve)
