#!/usr/bin/env python3
"""How far two careful annotators agree: a second, independent annotation of a set scored against the first.

The figures marsad is measured by (events with both actors right, quotes with the right speaker) have a ceiling:
the agreement of two people who read the same articles under the same conventions. This bench scores the second
annotation (`FOLDER/../second/NNN.expected.json`, or the folder given) as if it were a system's output against the
first (`FOLDER/NNN.expected.json`), with the matching of the stage evaluations, and prints precision (of the second
against the first), recall and F1. Where both sides give accept lists, two values agree when the lists share one:
the figures are an upper bound for the same conventions, not the agreement of two single choices.

- events: evidence ranges that overlap, and root, source and target accepted by both (`bench/eval_events.py`'s
  pairing, one to one); "root only" leaves the actors out;
- quotes: the quoted words as `bench/eval_quotes.py` matches them; the speaker by English name or by the Arabic forms
  each side's entities give that name; relay and status as accept lists;
- entities: the same bare form (the scorecard's `stem`), then the type, then the actor code;
- time expressions: the scorecard's containment of bare forms, then the value.

usage: .venv/bin/python bench/agreement.py bench/dev12/saudinewsnet [SECOND_FOLDER]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_events import evidence_range  # noqa: E402
from eval_quotes import matches, options  # noqa: E402
from scorecard import latin, stem  # noqa: E402  (the shared scorer's folding, kept verbatim)
from switching import unseen  # noqa: E402
from tally import Tally  # noqa: E402

Item = dict[str, Any]


def agree(a: Any, b: Any) -> bool:
    """Two annotated values (or accept lists) agree when they share one value."""
    return bool({json.dumps(x) for x in options(a)} & {json.dumps(x) for x in options(b)})


def pair(first: list[Item], second: list[Item], same: Callable[[Item, Item], bool]) -> int:
    """One-to-one matches, greedily in the first annotation's order."""
    used: set[int] = set()
    n = 0
    for f in first:
        for i, s in enumerate(second):
            if i not in used and same(f, s):
                used.add(i)
                n += 1
                break
    return n


def forms(exp: Item) -> dict[str, set[str]]:
    """Bare Arabic forms of each entity, by its English name."""
    out: dict[str, set[str]] = {}
    for e in exp.get("entities") or []:
        if isinstance(e.get("canonical"), str):
            out.setdefault(latin(e["canonical"]), set()).update(
                stem(f) for f in [e.get("text"), *(e.get("also_as") or [])] if f)
    return out


def same_name(a: Any, b: Any, fa: dict[str, set[str]], fb: dict[str, set[str]]) -> bool:
    """The same person or body: one English name, or Arabic forms in common (spellings of a name differ); two
    unnamed speakers agree."""
    if None in options(a) and None in options(b):
        return True
    names_a = [latin(x) for x in options(a) if isinstance(x, str)]
    names_b = [latin(x) for x in options(b) if isinstance(x, str)]
    if set(names_a) & set(names_b):
        return True
    words_a = set().union(*(fa.get(n, set()) for n in names_a)) if names_a else set()
    words_b = set().union(*(fb.get(n, set()) for n in names_b)) if names_b else set()
    return bool(words_a & words_b)


def score(first_dir: Path, second_dir: Path) -> dict[str, Tally]:
    t = {k: Tally() for k in ("time found", "time value", "entities found", "entities type+code", "quotes spans",
                              "quotes speaker", "quotes via", "quotes status", "events", "events root only")}
    for path in sorted(second_dir.glob("*.expected.json")):
        one = first_dir / path.name
        if not one.exists():
            continue
        page = first_dir / path.name.replace(".expected.json", ".txt")
        try:
            a, b = json.loads(one.read_text(encoding="utf-8")), json.loads(path.read_text(encoding="utf-8"))
            text = page.read_text(encoding="utf-8")
        except (OSError, ValueError) as err:
            print(f"skip {path.name}: {err}", file=sys.stderr)
            continue
        add_article(t, a, b, text)
    return t


def add_article(t: dict[str, Tally], a: Item, b: Item, text: str) -> None:
    """Count one article's two annotations."""
    fa, fb = forms(a), forms(b)

    ta, tb = (x.get("dates", {}).get("time_expressions", []) for x in (a, b))

    def near(x: Item, y: Item) -> bool:
        p, q = stem(x.get("text")), stem(y.get("text"))
        return len(p) >= 3 and len(q) >= 3 and (p in q or q in p)

    t["time found"].add(pair(ta, tb, near), len(tb), len(ta))
    t["time value"].add(pair(ta, tb, lambda x, y: near(x, y) and x.get("value") == y.get("value")), len(tb), len(ta))

    ea, eb = a.get("entities", []), b.get("entities", [])

    def bare(e: Item) -> set[str]:
        return {stem(f) for f in [e.get("text"), *(e.get("also_as") or [])] if f}

    found = pair(ea, eb, lambda x, y: stem(x.get("text")) in bare(y) or stem(y.get("text")) in bare(x))
    coded = pair(ea, eb, lambda x, y: (stem(x.get("text")) in bare(y) or stem(y.get("text")) in bare(x))
                 and x.get("type") == y.get("type") and agree(x.get("actor"), y.get("actor")))
    t["entities found"].add(found, len(eb), len(ea))
    t["entities type+code"].add(coded, len(eb), len(ea))

    qa = [q for q in a.get("quotes", []) if isinstance(q, dict)]
    qb = [q for q in b.get("quotes", []) if isinstance(q, dict)]

    def span(x: Item, y: Item) -> bool:
        return matches(x.get("text") or "", y.get("text") or "")

    t["quotes spans"].add(pair(qa, qb, span), len(qb), len(qa))
    t["quotes speaker"].add(pair(qa, qb, lambda x, y: span(x, y) and same_name(x.get("speaker"), y.get("speaker"),
                                                                              fa, fb)), len(qb), len(qa))
    relayed_a, relayed_b = [q for q in qa if q.get("via")], [q for q in qb if q.get("via")]
    t["quotes via"].add(pair(relayed_a, relayed_b, lambda x, y: span(x, y) and same_name(x["via"], y["via"], fa, fb)),
                        len(relayed_b), len(relayed_a))
    t["quotes status"].add(pair(qa, qb, lambda x, y: span(x, y) and agree(x.get("status"), y.get("status"))),
                           len(qb), len(qa))

    va, vb = a.get("events", []), b.get("events", [])

    def overlap(x: Item, y: Item) -> bool:
        p, q = evidence_range(text, x.get("evidence", "")), evidence_range(text, y.get("evidence", ""))
        return p is not None and q is not None and p[0] < q[1] and q[0] < p[1]

    def root(x: Item, y: Item) -> bool:
        return overlap(x, y) and agree(x.get("cameo_root"), y.get("cameo_root"))

    t["events"].add(pair(va, vb, lambda x, y: root(x, y) and agree(x.get("source"), y.get("source"))
                         and agree(x.get("target"), y.get("target"))), len(vb), len(va))
    t["events root only"].add(pair(va, vb, root), len(vb), len(va))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("first", type=Path, help="the set (its first annotation)")
    ap.add_argument("second", type=Path, nargs="?", help="the second annotation (default: FIRST/../second)")
    args = ap.parse_args(argv)
    second = args.second or args.first.parent / "second"
    if (kept := unseen([args.first, second])) is not None:
        print(f"{kept}: a set kept unseen is not read", file=sys.stderr)
        return 1
    if not second.is_dir():
        print(f"{second}: no second annotation", file=sys.stderr)
        return 1
    n = sum(1 for p in second.glob("*.expected.json") if (args.first / p.name).exists())
    print(f"{n} articles annotated twice ({args.first} against {second})")
    for name, tally in score(args.first, second).items():
        print(tally.line(name, 20))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
