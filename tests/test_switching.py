"""The switch benches refuse the held-out set and every development set marked unseen."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import switching  # noqa: E402


def test_marked_sets_are_the_fresh_ones(tmp_path: Path) -> None:
    for name in ("dev", "dev2", "dev17", "dev18", "gold", "notes"):
        (tmp_path / name).mkdir()
    for name in ("dev17", "dev18", "notes"):
        (tmp_path / name / switching.MARKER).write_text("kept unseen\n")
    assert switching._fresh(tmp_path) == ("dev17", "dev18")


def test_the_benches_refuse_the_unseen_sets() -> None:
    sets = [p for p in (ROOT / "bench").iterdir() if p.name.startswith("dev") and p.is_dir()]
    marked = [p for p in sets if (p / switching.MARKER).is_file()]
    assert all(switching.unseen([p / "saudinewsnet"]) == p / "saudinewsnet" for p in marked)
    assert switching.unseen([ROOT / "bench" / "gold" / "saudinewsnet"]) is not None
    assert all(switching.unseen([d / "saudinewsnet"]) is None for d in sets if d not in marked)
