"""The command line: `marsad analyze PATH... [--format text|json|jsonl]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from marsad.config import default
from marsad.errors import InputError


def _analyze(args: argparse.Namespace) -> int:
    from marsad.api import pipeline_for
    from marsad.ingest.read import read_path
    from marsad.record import dumps
    from marsad.report import render

    fmt = args.format or ("json" if len(args.paths) == 1 and args.json else None)
    if fmt is None:
        fmt = "text" if len(args.paths) == 1 else "jsonl"
    if fmt == "json" and len(args.paths) > 1:
        fmt = "jsonl"
    pipeline = pipeline_for(args.learned_events)
    failed = 0
    for path in args.paths:
        try:
            art = pipeline(read_path(path, published=args.published, max_bytes=args.max_bytes))
        except InputError as err:
            print(f"marsad: {err}", file=sys.stderr)
            failed += 1
            continue
        except Exception as err:  # noqa: BLE001 - one bad page must not stop the others
            print(f"marsad: {path}: internal error while analysing ({type(err).__name__}: {err})", file=sys.stderr)
            failed += 1
            continue
        if fmt == "json":
            out = dumps(art, indent=2)
        elif fmt == "jsonl":
            out = dumps(art)
        elif fmt == "timeml":
            from marsad.time.timeml import to_timeml

            out = to_timeml(art)
        elif fmt == "gdelt":
            from marsad.events.export import gdelt_tsv

            sys.stdout.write(gdelt_tsv(art))  # GDELT 2.0 event rows: no header, one line per event
            continue
        elif fmt == "plover":
            import json

            from marsad.events.export import plover_records

            out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(art))
            sys.stdout.write(out)
            continue
        else:
            out = render(art)
        sys.stdout.write(out + ("\n" if not out.endswith("\n") else ""))
        sys.stdout.flush()
    return 1 if failed else 0


def _iso_date(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marsad", description="Arabic news pages into evidence-linked records.")
    sub = parser.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse news pages (text dumps or HTML; '-' reads standard input)")
    an.add_argument("paths", nargs="+", metavar="PATH")
    an.add_argument("--format", choices=["text", "json", "jsonl", "timeml", "gdelt", "plover"],
                    help="text for one page, jsonl for many (default); timeml: TIMEX3 tags over the text; "
                    "gdelt: GDELT 2.0 event-table rows (TSV); plover: PLOVER event records (JSON lines)")
    an.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    an.add_argument("--published", type=_iso_date, metavar="DATE", help="the publication date, when known (YYYY-MM-DD)")
    an.add_argument("--max-bytes", type=int, default=default("max_bytes"), help="largest page accepted (bytes)")
    an.add_argument("--learned-events", action="store_true",
                    help="also code, where the rules code nothing, the events of the learned clause models "
                    "(more events, fewer right; method \"learned\")")
    an.set_defaults(func=_analyze)
    from marsad.store.commands import add_commands

    add_commands(sub)  # ingest, reprocess, search, serve
    from marsad.corpus import spark

    sp = sub.add_parser("spark", help="analyse WARC files or JSON lines on Apache Spark into Parquet tables")
    spark.build_parser(sp).set_defaults(func=spark.command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
