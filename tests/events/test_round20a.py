"""Round 20a: lexicon additions carry their round's tag and are left out while that round's switch is off.

The round measured trigger classes for the clauses annotators code and the lexicon does not read (docs/events.md,
"Round 20a") and kept none; what stays is the way a round's words are put on trial: a tag in
`triggers.curated.txt` that the build script writes into `triggers.json` and the loader drops when the switch
named for it in `lexicon.ROUND_SWITCHES` is off. The entries here are invented ("عاتب", "صافح").
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from marsad.clean.normalize import normalize
from marsad.events import lexicon as lexicon_module
from marsad.events import switches
from marsad.resources import load_json

ROOT = Path(__file__).resolve().parents[2]
TAG = "99z"

FAKE: dict[str, Any] = {
    "entries": [
        # an old entry with a frame the round on trial added
        {"id": 0, "kind": "V", "lemma": "صافح", "code": "040", "frames": [
            {"prep": None, "cues": [normalize("يد")], "code": "041", "round": TAG},
            {"prep": "ب", "cues": [], "code": "051"}], "roles": {}},
        # an entry the round on trial added
        {"id": 1, "kind": "V", "lemma": "عاتب", "code": "111", "frames": [], "roles": {"round": TAG}},
    ],
    "forms": {normalize("صافح"): [[0, {"tense": "past", "subj": "3ms"}]],
              normalize("عاتب"): [[1, {"tense": "past", "subj": "3ms"}]],
              normalize("عاتبت"): [[1, {"tense": "past", "subj": "3fs"}]]},
    "stop_forms": [], "hamza_forms": [],
}


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_triggers", ROOT / "scripts" / "build_triggers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def trial(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The fake data file, with the round TAG on trial behind the switch TRIAL_99Z (on)."""
    monkeypatch.setattr(lexicon_module, "load_json", lambda area, name: FAKE)
    monkeypatch.setattr(lexicon_module, "ROUND_SWITCHES", {TAG: "TRIAL_99Z"})
    monkeypatch.setattr(switches, "TRIAL_99Z", True, raising=False)
    lexicon_module._lexicon.cache_clear()
    yield
    lexicon_module._lexicon.cache_clear()  # the next test reads the packaged file again


@pytest.mark.parametrize(("word", "lemma"), [("وعاتب", "عاتب"), ("فعاتبت", "عاتب"), ("صافح", "صافح")])
def test_entry_read_with_its_round_on(trial: None, word: str, lemma: str) -> None:
    readings = lexicon_module.lexicon().analyse(normalize(word), word)
    assert [a.trigger.lemma for a in readings] == [lemma]


@pytest.mark.parametrize("word", ["وعاتب", "فعاتبت", "عاتب"])
def test_entry_left_out_with_its_round_off(trial: None, monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    monkeypatch.setattr(switches, "TRIAL_99Z", False, raising=False)
    assert lexicon_module.lexicon().analyse(normalize(word), word) == ()


@pytest.mark.parametrize(("on", "codes"), [(True, ["041", "051"]), (False, ["051"])])
def test_frame_follows_its_round(trial: None, monkeypatch: pytest.MonkeyPatch, on: bool, codes: list[str]) -> None:
    monkeypatch.setattr(switches, "TRIAL_99Z", on, raising=False)
    (reading,) = lexicon_module.lexicon().analyse(normalize("صافح"), "صافح")  # the old entry stays either way
    assert [f.code for f in reading.trigger.frames] == codes


def test_a_round_without_its_switch_fails_loudly(trial: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module, "ROUND_SWITCHES", {TAG: "NO_SUCH_SWITCH"})
    with pytest.raises(AttributeError):
        lexicon_module.lexicon()


@pytest.mark.parametrize(("text", "rounds"), [
    (f"{TAG}:صفق,عقد=057; @ب=030", [TAG, None]),
    (f"{TAG}:armed:=190", [TAG]),
    ("armed:مكاسب=190; قبول=-", [None, None]),
])
def test_build_writes_the_tag_of_a_frame(text: str, rounds: list[str | None]) -> None:
    frames = _build_script().parse_frames(text)
    assert [f.get("round") for f in frames] == rounds
    assert all(not c.startswith(TAG) for f in frames for c in f["cues"])


def test_build_writes_the_tag_of_an_entry() -> None:
    assert _build_script().parse_roles(f"sym/round={TAG}") == {"sym": True, "round": TAG}


def test_packaged_tags_all_have_a_switch() -> None:
    """A tagged word the loader cannot switch off would be on trial with no way to measure it."""
    raw = load_json("events", "triggers.json")
    tags = {e["roles"].get("round") for e in raw["entries"]} | {f.get("round") for e in raw["entries"] for f in e["frames"]}
    assert tags - {None} <= set(lexicon_module.ROUND_SWITCHES)
    for name in lexicon_module.ROUND_SWITCHES.values():
        assert isinstance(getattr(switches, name), bool)
