#!/usr/bin/env python3
"""Select the bundled SaudiNewsNet demonstration articles, reproducibly.

    python scripts/select_samples.py [--data ../shared/data/news_saudinewsnet_sample] [--out samples/saudinewsnet]

Steps (the same input always gives the same selection):
1. read every article of every daily zip, in file and array order;
2. keep news-sized articles (600-3500 characters of content, a title) that
   mention at least one of a few regional and world actors, so the demo has
   actors and events to show;
3. group near-duplicates across sites with MinHash LSH (the store's own
   signatures, `marsad.store.dedup`) and take the first `STORIES` groups
   reported by at least two different sites, so the demo shows merged stories;
4. fill up to `TOTAL` with a seeded shuffle taken round-robin across sites;
5. write `articles.jsonl` (the corpus fields plus `origin`: zip and index).

The articles stay under the corpus licence (CC BY-NC-SA 4.0); see the
README.md written beside them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.store import dedup  # noqa: E402

TOTAL = 30
STORIES = 4
SEED = 2015
# regional and world actors whose mention makes an article useful for the demo
MENTIONS = ("اليمن", "إيران", "روسيا", "الولايات المتحدة", "واشنطن", "سوريا", "العراق", "مصر",
            "الأمم المتحدة", "تركيا", "الحوثي", "داعش", "فلسطين", "إسرائيل", "لبنان", "البحرين")


def load(data: Path) -> list[dict[str, Any]]:
    out = []
    for zpath in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for i, art in enumerate(json.loads(zf.read(name))):
                    out.append({**art, "origin": {"zip": zpath.name, "member": name, "index": i}})
    return out


def eligible(art: dict[str, Any]) -> bool:
    content, title = art.get("content") or "", art.get("title") or ""
    return bool(title.strip()) and 600 <= len(content) <= 3500 and any(m in content for m in MENTIONS)


def stories(arts: list[dict[str, Any]]) -> list[list[int]]:
    """Groups of near-duplicate articles from at least two sites, in corpus order."""
    by_band: dict[tuple[int, int], list[int]] = defaultdict(list)
    sigs = {}
    for i, art in enumerate(arts):
        sig = dedup.signature(art["title"] + "\n\n" + art["content"])
        if sig is None:
            continue
        sigs[i] = sig
        for b, h in enumerate(dedup.bands(sig)):
            by_band[(b, h)].append(i)
    groups: list[list[int]] = []
    taken: set[int] = set()
    for i in sorted(sigs):
        if i in taken:
            continue
        cands = sorted({j for b, h in enumerate(dedup.bands(sigs[i])) for j in by_band[(b, h)]} - {i} - taken)
        members = [i] + [j for j in cands if dedup.similarity(sigs[i], sigs[j]) >= 0.6]
        sites = {arts[m]["source"] for m in members}
        if len(sites) >= 2:
            one_per_site: dict[str, int] = {}
            for m in members:
                one_per_site.setdefault(arts[m]["source"], m)
            group = sorted(one_per_site.values())[:3]
            groups.append(group)
            taken.update(members)
    return groups


def select(arts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    pool = [a for a in arts if eligible(a)]
    chosen: list[int] = []
    for group in stories(pool)[:STORIES]:
        chosen += group
    rest = [i for i in range(len(pool)) if i not in set(chosen)]
    random.Random(SEED).shuffle(rest)
    by_site: dict[str, list[int]] = defaultdict(list)
    for i in rest:
        by_site[pool[i]["source"]].append(i)
    sites = sorted(by_site)
    while len(chosen) < TOTAL and any(by_site.values()):
        for site in sites:
            if by_site[site] and len(chosen) < TOTAL:
                chosen.append(by_site[site].pop(0))
    return [pool[i] for i in chosen]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "news_saudinewsnet_sample")
    ap.add_argument("--out", type=Path, default=ROOT / "samples" / "saudinewsnet")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"select_samples: {args.data}: no such folder", file=sys.stderr)
        return 1
    picked = select(load(args.data))
    args.out.mkdir(parents=True, exist_ok=True)
    fields = ("source", "url", "date_extracted", "title", "author", "content", "origin")
    with (args.out / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for art in picked:
            fh.write(json.dumps({k: art.get(k) for k in fields}, ensure_ascii=False) + "\n")
    print(f"select_samples: {len(picked)} articles from {len({a['source'] for a in picked})} sites"
          f" -> {args.out / 'articles.jsonl'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
