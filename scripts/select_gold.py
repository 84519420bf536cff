"""Select the SaudiNewsNet articles annotated as marsad's evaluation set (reproducible).

usage: python scripts/select_gold.py [--data ../shared/data/news_saudinewsnet_sample] [--out bench/gold/saudinewsnet] [-n 40]

Picks news reports (not columns) of 500-2200 characters with reported speech or
political actors in them, spread over outlets and days, with a fixed seed. Writes
NNN.txt (the page `TITLE\\n\\nCONTENT`, as the annotation notes say) and index.json
(zip, index, url, source, published). Never run it again over annotated files
with other parameters: the selection is part of the evaluation.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared/data/news_saudinewsnet_sample"
CUES = re.compile(r"(?:قال|أكد|أعلن|اتهم|نفى|هجوم|وزير|الرئيس|حكومة|مجلس|الأمم المتحدة|قوات|مسؤول)")


def selectable(title: str, content: str) -> bool:
    """A news report to annotate: a title, 500-2200 characters, two political cues or more."""
    return bool(title) and 500 <= len(content) <= 2200 and len(CUES.findall(content)) >= 2


def any_article(title: str, content: str) -> bool:
    """Every article with a title and a body (the robustness audit's pool)."""
    return bool(title and content)


def load_pool(data: Path, exclude: set[tuple[str, int]] | None = None, exclude_urls: set[str] | None = None,
              keep: Callable[[str, str], bool] = selectable) -> list[dict]:
    """Articles of the corpus sample that `keep(title, content)` accepts (both stripped), in corpus order, minus
    the excluded ones (by zip and index, or by URL)."""
    exclude, exclude_urls = exclude or set(), exclude_urls or set()
    pool: list[dict] = []
    for zpath in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            items = json.loads(z.read(z.namelist()[0]))
        for i, it in enumerate(items):
            if (zpath.name, i) in exclude or it.get("url") in exclude_urls:
                continue
            title, content = (it.get("title") or "").strip(), (it.get("content") or "").strip()
            if keep(title, content):
                pool.append({"zip": zpath.name, "index": i, "url": it.get("url"), "source": it.get("source"),
                             "published": (it.get("date_extracted") or "")[:10], "title": title,
                             "content": content})
    return pool


def choose(pool: list[dict], n: int, seed: int) -> list[dict]:
    """n articles in seeded random order, at most n/8 from one outlet."""
    pool = list(pool)
    random.Random(seed).shuffle(pool)
    by_source: dict[str, int] = {}
    chosen: list[dict] = []
    cap = max(1, n // 8)
    for it in pool:
        if by_source.get(it["source"], 0) >= cap:
            continue
        by_source[it["source"]] = by_source.get(it["source"], 0) + 1
        chosen.append(it)
        if len(chosen) == n:
            break
    return chosen


def write(chosen: list[dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    index = []
    for n, it in enumerate(chosen, 1):
        name = f"{n:03d}"
        (out / f"{name}.txt").write_text(f"{it['title']}\n\n{it['content']}\n", encoding="utf-8")
        index.append({"file": f"{name}.txt", **{k: it[k] for k in ("zip", "index", "url", "source", "published")}})
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(chosen)} articles from {len({c['source'] for c in chosen})} outlets -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=Path("bench/gold/saudinewsnet"))
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2015)
    args = ap.parse_args()
    write(choose(load_pool(args.data), args.n, args.seed), args.out)


if __name__ == "__main__":
    main()
