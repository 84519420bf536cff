#!/usr/bin/env python3
"""Time expressions against TimeML gold: marsad and dateparser on the same articles, same run.

usage: .venv/bin/python bench/eval_time.py [--gold bench/gold/saudinewsnet] [--show] [--misses] [--no-dateparser]

`--gold bench/dev/saudinewsnet` runs it on the development set (tune there);
the default folder is the test set (run it rarely, never with --show or --misses).
`--misses` prints every missed, extra and wrong-valued expression (and every
matched pair whose span differs) with its type and the words around it, for
error analysis on a development set.

For every NNN.tml in the gold folder (TIMEX3 inline over NNN.txt, DCT =
publication date) whose article is fully annotated (NNN.txt, NNN.tml and
NNN.expected.json all present: a set being annotated grows file by file),
runs `marsad.analyze(NNN.txt, published=<index.json date>)` and `dateparser.search.search_dates(text, languages=['ar'])` with the same
date as its relative base. dateparser gives no offsets: its returned
substrings are placed in the text in order, each after the previous one.

Prints, for each system:
- expressions found: recall, precision, F1 (a match = overlapping spans, one
  system span per gold span, the largest overlap first);
- values right: accuracy of the value over matched pairs, and the strict
  end-to-end value-F1 (a system expression counts only when it overlaps a gold
  one and has exactly its value).
dateparser returns datetimes, not TimeML values: its value is compared at the
gold value's own granularity (year, month or day), which favours it; gold
durations, sets, weeks and vague references it cannot express count as wrong.

The gold articles are test data: never tune rules on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import html
import json
import re
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TAG = re.compile(r"<(/?)TIMEX3\b([^>]*?)(/?)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Span:
    start: int
    end: int
    value: str | None
    type: str = "DATE"
    text: str = ""


def parse_tml(raw: str) -> tuple[str, list[Span], str | None]:
    """(plain text, TIMEX3 spans in it, DCT value) of a TimeML document."""
    dct = None
    m = re.search(r"<DCT>\s*<TIMEX3\b([^>]*)>", raw)
    if m:
        dct = dict(ATTR.findall(m.group(1))).get("value")
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body_s = body.group(1) if body else ""
    out_text: list[str] = []
    pos = 0
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    spans: list[Span] = []
    for t in TAG.finditer(body_s):
        chunk = html.unescape(body_s[pos:t.start()])
        out_text.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, attrs, selfclose = t.group(1), dict(ATTR.findall(t.group(2))), t.group(3)
        if selfclose:
            continue
        if not closing:
            stack.append((length, attrs))
        elif stack:
            start, a = stack.pop()
            spans.append(Span(start, length, a.get("value"), a.get("type", "DATE")))
    chunk = html.unescape(body_s[pos:])
    out_text.append(chunk)
    text = "".join(out_text)
    for s in spans:
        s.text = text[s.start:s.end]
    return text, sorted(spans, key=lambda s: s.start), dct


def offset_map(src: str, dst: str) -> list[int | None]:
    """For each offset of `src`, the offset of the same character in `dst` (None where cleaning changed it)."""
    out: list[int | None] = [None] * (len(src) + 1)
    sm = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            out[a + k] = b + k
    out[len(src)] = len(dst)
    return out


def marsad_spans(text: str, published: str | None) -> list[Span]:
    from marsad.api import analyze

    art = analyze(text, published=published)
    mp = offset_map(art.text, text)
    out = []
    for t in art.timexes:
        s = next((mp[k] for k in range(t.span.start, t.span.end) if mp[k] is not None), None)
        e = next((mp[k - 1] + 1 for k in range(t.span.end, t.span.start, -1) if mp[k - 1] is not None), None)
        if s is None or e is None or e <= s:
            continue
        out.append(Span(s, e, t.value, t.type, text[s:e]))
    return out


def dateparser_spans(text: str, published: str | None, gold: list[Span]) -> list[Span]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(published)} if published else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = search_dates(text, languages=["ar"], settings=settings) or []
        except Exception:  # noqa: BLE001 - a crash of the baseline is a miss, not a stop
            found = []
    out = []
    pos = 0
    for sub, when in found:
        k = text.find(sub, pos)
        if k < 0:
            k = text.find(sub)
        if k < 0:
            continue
        pos = k + len(sub)
        out.append(Span(k, k + len(sub), when.date().isoformat(), "DATE", sub))
    return out


def match(gold: list[Span], system: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping spans, the largest overlaps first."""
    cands = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                cands.append((ov, gi, si))
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _ov, gi, si in cands:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def same_value(gold: str | None, got: str | None, coarse: bool) -> bool:
    if gold is None or got is None:
        return False
    g, s = gold.strip().upper(), got.strip().upper()
    if not coarse:
        return g == s
    # dateparser: a datetime compared at the gold's granularity
    if re.fullmatch(r"\d{4}", g):
        return s[:4] == g
    if re.fullmatch(r"\d{4}-\d\d", g):
        return s[:7] == g
    if re.fullmatch(r"\d{4}-\d\d-\d\d", g):
        return s[:10] == g
    return False


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    matched_gold: int = 0
    matched_system: int = 0
    valued: int = 0  # matched pairs whose gold has a value
    right: int = 0

    def add(self, gold: list[Span], system: list[Span], pairs: list[tuple[Span, Span]], coarse: bool) -> None:
        self.gold += len(gold)
        self.system += len(system)
        self.matched_gold += len(pairs)
        self.matched_system += len(pairs)
        for g, s in pairs:
            if g.value:
                self.valued += 1
                self.right += same_value(g.value, s.value, coarse)

    def lines(self, name: str) -> list[str]:
        r = self.matched_gold / self.gold if self.gold else 0.0
        p = self.matched_system / self.system if self.system else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.right / self.valued if self.valued else 0.0
        vr = self.right / self.gold if self.gold else 0.0
        vp = self.right / self.system if self.system else 0.0
        vf = 2 * vp * vr / (vp + vr) if vp + vr else 0.0
        return [
            f"{name:10} expressions found: recall {r:.3f}  precision {p:.3f}  F1 {f:.3f}  "
            f"(gold {self.gold}, system {self.system}, matched {self.matched_gold})",
            f"{name:10} values right:      accuracy {acc:.3f} ({self.right}/{self.valued} matched)  "
            f"strict value-F1 {vf:.3f} (P {vp:.3f}, R {vr:.3f})",
        ]


def context(text: str, start: int, end: int, width: int = 40) -> str:
    """The span in brackets with `width` characters either side, on one line."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def print_misses(name: str, text: str, gold: list[Span], system: list[Span], pairs: list[tuple[Span, Span]]) -> None:
    """One line per disagreement: MISS, EXTRA, VALUE (wrong value) or SPAN (same expression, other bounds)."""
    got = {id(g): s for g, s in pairs}
    rows: list[tuple[int, str]] = []
    for g in gold:
        s = got.get(id(g))
        if s is None:
            rows.append((g.start, f"MISS  {g.type:8} gold {g.value!s:18} {context(text, g.start, g.end)}"))
            continue
        if not same_value(g.value, s.value, False):
            rows.append((g.start, f"VALUE {g.type:8} gold {g.value!s:18} got {s.type} {s.value!s:18} "
                                  f"{context(text, g.start, g.end)}"))
        if (g.start, g.end) != (s.start, s.end):
            rows.append((g.start, f"SPAN  {g.type:8} gold '{g.text}' got '{s.text}'"))
    hit = {id(s) for _, s in pairs}
    for s in system:
        if id(s) not in hit:
            rows.append((s.start, f"EXTRA {s.type:8} got  {s.value!s:18} {context(text, s.start, s.end)}"))
    for _pos, row in sorted(rows, key=lambda r: r[0]):
        print(f"{name} {row}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "bench/gold/saudinewsnet"))
    ap.add_argument("--show", action="store_true", help="print every miss and wrong value")
    ap.add_argument("--misses", action="store_true",
                    help="print missed, extra, wrong-valued and differently bounded expressions in context")
    ap.add_argument("--no-dateparser", action="store_true")
    args = ap.parse_args(argv)
    gold_dir = Path(args.gold)
    index = {e["file"]: e for e in json.loads((gold_dir / "index.json").read_text(encoding="utf-8"))}
    files = sorted(gold_dir.glob("*.tml"))
    if not files:
        print(f"no .tml files in {gold_dir}")
        return 1
    pending = [t.name for t in files if not t.with_suffix("").with_suffix(".expected.json").exists()]
    files = [t for t in files if t.name not in pending]
    if pending:
        print(f"skip {len(pending)} article(s) not fully annotated yet: {' '.join(pending)}")
    if not files:
        print(f"no fully annotated article in {gold_dir}")
        return 1
    ours, theirs = Tally(), Tally()
    by_type: dict[str, list[int]] = {}
    t_ours = t_theirs = 0.0
    used = 0
    for tml in files:
        txt_path = tml.with_suffix(".txt")
        if not txt_path.exists():
            continue
        text = txt_path.read_text(encoding="utf-8")
        tml_text, gold, dct = parse_tml(tml.read_text(encoding="utf-8"))
        if tml_text != text:
            print(f"skip {tml.name}: TimeML text differs from {txt_path.name}")
            continue
        published = (index.get(txt_path.name) or {}).get("published") or (dct or "")[:10] or None
        used += 1
        t0 = time.perf_counter()
        sys_spans = marsad_spans(text, published)
        t_ours += time.perf_counter() - t0
        pairs = match(gold, sys_spans)
        ours.add(gold, sys_spans, pairs, coarse=False)
        matched_g = {id(g) for g, _ in pairs}
        for g in gold:
            row = by_type.setdefault(g.type, [0, 0, 0])
            row[0] += 1
            row[1] += id(g) in matched_g
        for g, s in pairs:
            by_type[g.type][2] += same_value(g.value, s.value, False)
        if args.show:
            got = {id(g): s for g, s in pairs}
            for g in gold:
                s = got.get(id(g))
                if s is None:
                    print(f"{tml.name} MISS   {g.value!s:14} '{g.text}'")
                elif not same_value(g.value, s.value, False):
                    print(f"{tml.name} VALUE  gold {g.value!s:14} got {s.value!s:14} '{g.text}' / '{s.text}'")
            hit_s = {id(s) for _, s in pairs}
            for s in sys_spans:
                if id(s) not in hit_s:
                    print(f"{tml.name} EXTRA  {s.value!s:14} '{s.text}'")
        if args.misses:
            print_misses(tml.name, text, gold, sys_spans, pairs)
        if not args.no_dateparser:
            t0 = time.perf_counter()
            dp = dateparser_spans(text, published, gold)
            t_theirs += time.perf_counter() - t0
            theirs.add(gold, dp, match(gold, dp), coarse=True)
    print(f"articles: {used} TimeML files in {gold_dir}")
    for line in ours.lines("marsad"):
        print(line)
    if not args.no_dateparser:
        for line in theirs.lines("dateparser"):
            print(line)
    print("marsad by gold type: " + ", ".join(
        f"{k} recall {v[1] / v[0]:.2f} value {v[2] / v[1] if v[1] else 0:.2f} (n={v[0]})" for k, v in sorted(by_type.items())))
    print(f"time: marsad {t_ours:.1f}s, dateparser {t_theirs:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
