#!/usr/bin/env python3
"""Entity linking on hand-annotated articles: how many annotated entities (and their other forms) marsad finds
with the right type and actor code, scored by the shared scorecard's rules.

Reads a folder with `index.json` (file, published) and `NNN.txt` + `NNN.expected.json`, analyses every page
with its publication date, and prints per-article and total counts of the scorecard's `entities` and
`aliases` checks. The default folder is the development set (`bench/dev/saudinewsnet`); the held-out set
(`bench/gold/saudinewsnet`) measures the same thing independently and is not for tuning.

With `--names`, also counts annotated people whose English canonical name marsad gives exactly (case and
accents folded, as the scorecard compares quote speakers), marked "registry" or "spelled" (a transliteration).
Articles of a folder still being annotated count once both `NNN.expected.json` and `NNN.tml` exist.

With `--speed N`, times the entity stage alone (CPU time, one core) on the first N entries of the
SaudiNewsNet sample, each page analysed up to the stage first, and prints milliseconds per article.

usage: .venv/bin/python bench/eval_entities.py [FOLDER] [--misses] [--names] [--url] [--speed N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCORECARD = ROOT.parent / "shared/tools/scorecard.py"


def load_scorecard() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scorecard", SCORECARD)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SCORECARD}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "bench/dev/saudinewsnet")
    ap.add_argument("--misses", action="store_true", help="print every missed check")
    ap.add_argument("--names", action="store_true",
                    help="also score English names: annotated people whose canonical name marsad gives exactly "
                         "(case and accents folded, as the scorecard compares quote speakers)")
    ap.add_argument("--url", action="store_true",
                    help="also give each page its address from index.json, as a crawl would (the outlet's "
                         "country-code domain then names the home country); off by default, as the held-out "
                         "evaluation passes no address")
    ap.add_argument("--speed", type=int, metavar="N", help="time the entity stage on N corpus articles instead")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    if args.speed:
        return stage_speed(args.speed)
    from marsad.api import analyze
    from marsad.record import to_record

    sc = load_scorecard()
    index = json.loads((args.folder / "index.json").read_text(encoding="utf-8"))
    totals = {"entities": [0, 0], "aliases": [0, 0]}
    if args.names:
        totals["names"] = [0, 0]
    for entry in index:
        page = args.folder / entry["file"]
        if not (page.with_suffix(".expected.json").exists() and page.with_suffix(".tml").exists()):
            continue  # a set still being annotated: an article counts once both files exist
        expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
        record = to_record(analyze(page, published=entry.get("published"),
                                   url=entry.get("url") if args.url else None))
        card = sc.Card(quiet=not args.misses)
        if args.misses:
            print(f"== {entry['file']}")
        sc.score_entities(card, expected, record)
        if args.names:
            score_names(sc, card, expected, record)
        parts = []
        for group in totals:
            got, total = card.groups.get(group, (0, 0))
            totals[group][0] += got
            totals[group][1] += total
            parts.append(f"{group} {got}/{total}")
        print(f"{entry['file']}: {', '.join(parts)}")
    print("total: " + ", ".join(f"{g} {a}/{b} ({a / max(b, 1):.2f})" for g, (a, b) in totals.items()))
    return 0


def score_names(sc: ModuleType, card: object, expected: dict, record: dict) -> None:
    """One check per annotated person with a canonical name: some mention of it carries that name."""
    for ent in expected.get("entities", []):
        if ent.get("type") != "PER" or not ent.get("canonical"):
            continue
        hits = [e for form in [ent["text"], *ent.get("also_as", [])] for e in sc.find_entity(record, form)]
        got = sorted({e.get("canonical") or "" for e in hits})
        ok = any(sc.latin(g) == sc.latin(ent["canonical"]) for g in got)
        kind = "registry" if any(e.get("entity_id") for e in hits) else "spelled"
        card.check("names", f"{ent['text']} -> {ent['canonical']} ({kind})", ok,  # type: ignore[attr-defined]
                   ", ".join(got) or "not found")


def entity_ready(limit: int) -> list[Any]:
    """The first `limit` pages of the SaudiNewsNet sample, analysed up to the entity stage (its input)."""
    import zipfile

    from marsad.api import analyze
    from marsad.clean.page import clean_page
    from marsad.language.tokens import tag_tokens
    from marsad.pipeline import Pipeline
    from marsad.time.stage import tag_dates

    data = ROOT.parent / "shared/data/news_saudinewsnet_sample"
    pages: list[tuple[str, str]] = []
    for zpath in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for item in json.loads(z.read(z.namelist()[0])):
                pages.append((f"{item.get('title') or ''}\n\n{item.get('content') or ''}",
                              (item.get("date_extracted") or "")[:10]))
                if len(pages) >= limit:
                    break
        if len(pages) >= limit:
            break
    before = Pipeline([clean_page, tag_tokens, tag_dates])
    return [analyze(text, published=date or None, pipeline=before) for text, date in pages]


def stage_speed(limit: int) -> int:
    """CPU milliseconds per article of the entity stage alone, the stages before it run first."""
    import time

    from marsad.entities.stage import tag_entities

    arts = entity_ready(limit)
    from marsad.entities import translit

    tag_entities.run(arts[0])  # load the registry and the models outside the timing
    translit.model(), translit.table()  # the spelling model, which only a foreign name loads
    t0 = time.process_time()
    for art in arts:
        tag_entities.run(art)
    cpu = time.process_time() - t0
    n = max(len(arts), 1)
    print(f"entity stage: {1000 * cpu / n:.1f} CPU ms per article over {len(arts)} articles "
          f"({n / max(cpu, 1e-9):.0f} articles per CPU second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
