"""The annotated articles of an evaluation folder, for the stage evaluations.

An article counts once both its annotation files are written (`NNN.expected.json` and `NNN.tml`), so a
set still being annotated can be measured; a file that does not parse yet is reported and skipped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def annotated(gold_dir: Path, part: str) -> Iterator[tuple[str, dict[str, Any], str | None]]:
    """(page file name, annotation, publication date) of each article annotated for `part`."""
    index_path = gold_dir / "index.json"
    index = {e["file"]: e for e in json.loads(index_path.read_text(encoding="utf-8"))} if index_path.exists() else {}
    for path in sorted(gold_dir.glob("*.expected.json")):
        if not path.with_name(path.name.replace(".expected.json", ".tml")).exists():
            print(f"skip {path.name}: no .tml yet (annotation in progress?)", file=sys.stderr)
            continue
        try:
            exp = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            print(f"skip {path.name}: not valid JSON (annotation in progress?)", file=sys.stderr)
            continue
        if part not in exp:
            continue
        name = path.name.replace(".expected.json", ".txt")
        yield name, exp, index.get(name, {}).get("published") or exp.get("published")
