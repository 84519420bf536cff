"""Select the SaudiNewsNet articles annotated as the time stage's development set (reproducible).

usage: python scripts/select_dev.py [--data ../shared/data/news_saudinewsnet_sample] [--out bench/dev/saudinewsnet] [-n 25]

Same pool as scripts/select_gold.py (news reports of 500-2200 characters with
political cues, a cap per outlet) with another seed, and every article of the
gold index (bench/gold/saudinewsnet/index.json) left out, so rules can be
tuned on these pages while the gold set stays unseen. Writes NNN.txt
(`TITLE\\n\\nCONTENT`) and index.json (zip, index, url, source, published).
Never run it again over annotated files with other parameters.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CUES = re.compile(r"(?:قال|أكد|أعلن|اتهم|نفى|هجوم|وزير|الرئيس|حكومة|مجلس|الأمم المتحدة|قوات|مسؤول)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/news_saudinewsnet_sample"))
    ap.add_argument("--gold-index", default=str(ROOT / "bench/gold/saudinewsnet/index.json"))
    ap.add_argument("--out", default=str(ROOT / "bench/dev/saudinewsnet"))
    ap.add_argument("-n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1436)
    args = ap.parse_args()
    # only the (zip, index) keys of the gold set are read: its texts stay unseen
    gold = {(e["zip"], e["index"]) for e in json.loads(Path(args.gold_index).read_text(encoding="utf-8"))}
    gold_urls = {e.get("url") for e in json.loads(Path(args.gold_index).read_text(encoding="utf-8"))}
    pool: list[dict] = []
    for zpath in sorted(Path(args.data).glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            items = json.loads(z.read(z.namelist()[0]))
        for i, it in enumerate(items):
            if (zpath.name, i) in gold or it.get("url") in gold_urls:
                continue
            content = (it.get("content") or "").strip()
            if 500 <= len(content) <= 2200 and len(CUES.findall(content)) >= 2 and (it.get("title") or "").strip():
                pool.append({"zip": zpath.name, "index": i, "url": it.get("url"), "source": it.get("source"),
                             "published": (it.get("date_extracted") or "")[:10], "title": it["title"].strip(),
                             "content": content})
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    by_source: dict[str, int] = {}
    chosen: list[dict] = []
    cap = max(1, args.n // 8)
    for it in pool:
        if by_source.get(it["source"], 0) >= cap:
            continue
        by_source[it["source"]] = by_source.get(it["source"], 0) + 1
        chosen.append(it)
        if len(chosen) == args.n:
            break
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    index = []
    for n, it in enumerate(chosen, 1):
        name = f"{n:03d}"
        (out / f"{name}.txt").write_text(f"{it['title']}\n\n{it['content']}\n", encoding="utf-8")
        index.append({"file": f"{name}.txt", **{k: it[k] for k in ("zip", "index", "url", "source", "published")}})
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(chosen)} articles from {len(by_source)} outlets -> {out}")


if __name__ == "__main__":
    main()
