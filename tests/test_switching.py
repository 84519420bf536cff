"""The switch benches refuse the held-out set and the newest development set, whichever that is."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import switching  # noqa: E402


def test_the_newest_development_set_is_kept_unseen() -> None:
    sets = sorted((p for p in (ROOT / "bench").iterdir() if p.name.startswith("dev") and p.is_dir()),
                  key=lambda p: int(p.name[3:] or 1))
    newest, older = sets[-1], sets[:-1]
    assert switching.unseen([newest / "saudinewsnet"]) == newest / "saudinewsnet"
    assert switching.unseen([ROOT / "bench" / "gold" / "saudinewsnet"]) is not None
    assert all(switching.unseen([d / "saudinewsnet"]) is None for d in older)
