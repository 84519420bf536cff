"""Pool annotated sets into one folder, so that one run of an evaluation measures them together (bench only).

usage: .venv/bin/python bench/pool_sets.py OUT SET [SET ...]
       e.g. bench/pool_sets.py /tmp/pool dev28 dev29 dev30 dev31, then
       .venv/bin/python bench/eval_events.py --gold /tmp/pool/saudinewsnet (and eval_time.py --gold, eval_entities.py,
       eval_quotes.py, eval_gold.py --gold on the same folder)

Copies every annotated article of bench/SET/saudinewsnet (NNN.txt, NNN.tml, NNN.expected.json) to
OUT/saudinewsnet/SET_NNN.*, and writes one index.json with each entry's file renamed the same way, so each article
keeps its publication date. OUT/saudinewsnet is emptied first. The sets are copied as they are: pooling a set kept
unseen (`bench/switching.py`) is for the measure at a session's start or end only, never for tuning.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pool(out: Path, sets: list[str]) -> Path:
    """The pooled folder OUT/saudinewsnet."""
    dest = out / "saudinewsnet"
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    index = []
    for name in sets:
        src = ROOT / "bench" / name / "saudinewsnet"
        for entry in json.loads((src / "index.json").read_text(encoding="utf-8")):
            index.append({**entry, "file": f"{name}_{entry['file']}"})
        for path in sorted(src.iterdir()):
            if path.name[:3].isdigit():
                shutil.copy(path, dest / f"{name}_{path.name}")
    (dest / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    return dest


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: bench/pool_sets.py OUT SET [SET ...]", file=sys.stderr)
        return 2
    missing = [s for s in argv[1:] if not (ROOT / "bench" / s / "saudinewsnet" / "index.json").is_file()]
    if missing:
        print(f"no such set: {', '.join(missing)}", file=sys.stderr)
        return 2
    print(pool(Path(argv[0]), argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
