"""Round 21: the opt-in learned events (marsad.events.learned), with hand-made models on invented sentences."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from marsad.article import Article
from marsad.events import learned
from marsad.events.learned import model_from

Code = Callable[..., Article]

# the rule coder codes the meeting; the lexicon has no reading of the second sentence's verb ("عاتب", to reproach)
TEXT = "والتقى بوتين كيم جونغ أون في بيونغيانغ أمس. وعاتبت الصين إيران على تأخر شحنة القمح."


def hand_model(*, detect_bias: float = 5.0, threshold: float = 0.5, root_bias: dict[str, float] | None = None,
               calibration: list[list[float]] | None = None) -> dict[str, Any]:
    """A model that finds an event in every clause, prefers the first candidate in the clause as source and
    the one after it as target."""
    return {
        "detect": {"bias": detect_bias, "weights": {}},
        "roots": {r: {"bias": b, "weights": {}} for r, b in (root_bias or {"07": 2.0, "01": -2.0}).items()},
        "source": {"bias": 0.0, "weights": {"rank=<=0": 3.0, "where=clause": 1.0}},
        "target": {"bias": 0.0, "weights": {"rank=<=1": 3.0, "none": -1.0}},
        "threshold": threshold,
        "calibration": calibration or [[0.5, 0.2], [0.9, 0.4]],
        "about": {"built by": "a test"},
    }


def _learned(art: Article, spec: dict[str, Any]) -> list[Any]:
    return learned.learned_events(art, art.events, model_from(spec))


def test_adds_events_only_where_the_rules_code_nothing(code: Code) -> None:
    art = code(TEXT)
    rules = list(art.events)
    assert rules, "the rule coder codes the meeting"
    added = _learned(art, hand_model())
    assert added
    for ev in added:
        assert ev.method == "learned"
        assert art.text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
        assert not any(ev.evidence.start < r.evidence.end and r.evidence.start < ev.evidence.end for r in rules)
        assert ev.code == ev.root + "0" and ev.root == "07"
        assert ev.goldstein is not None and ev.label
        for actor in (ev.source, ev.target):
            if actor is not None:
                assert art.text[actor.span.start:actor.span.end] == actor.span.text
    (rebuke,) = added
    assert rebuke.evidence.text.startswith("وعاتبت الصين")
    assert rebuke.source is not None and rebuke.source.actor == "CHN" and rebuke.source.span.text == "الصين"
    assert rebuke.target is not None and rebuke.target.actor == "IRN"
    assert rebuke.confidence == 0.4  # probability above 0.9: the top bin of the table
    assert rebuke.date == "2023-06-12"  # no time expression in the clause: the publication date


def test_threshold_and_roots_decide(code: Code) -> None:
    art = code(TEXT)
    assert _learned(art, hand_model(detect_bias=-5.0)) == []  # below the threshold: nothing
    added = _learned(art, hand_model(root_bias={"07": -2.0, "01": 2.0}))
    assert added and all(ev.root == "01" and ev.code == "010" for ev in added)


def test_rule_events_are_not_duplicated(code: Code) -> None:
    art = code(TEXT)
    art.events = list(art.events) + _learned(art, hand_model())
    again = _learned(art, hand_model())
    assert again == []  # every clause now has an event over it


def test_missing_or_broken_model_adds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: Code) -> None:
    def fake_path(*parts: str) -> Path:
        return tmp_path / parts[-1]

    monkeypatch.setattr(learned, "data_path", fake_path)
    learned.model.cache_clear()
    try:
        assert learned.model() is None  # no file
        (tmp_path / "learned.json.gz").write_bytes(b"not gzip at all")
        learned.model.cache_clear()
        assert learned.model() is None
        with gzip.open(tmp_path / "learned.json.gz", "wt", encoding="utf-8") as fh:
            fh.write('{"detect": {}}')
        learned.model.cache_clear()
        assert learned.model() is None  # parts missing
        art = code(TEXT)
        assert learned.learned_events(art, art.events) == []
    finally:
        learned.model.cache_clear()


def test_the_default_pipeline_does_not_run_it() -> None:
    from marsad.api import default_pipeline, learned_pipeline

    assert "learned_events" not in default_pipeline().names
    assert learned_pipeline().names[-1] == "learned_events"
    assert learned_pipeline().names[:-1] == default_pipeline().names


def test_shipped_model_loads_and_is_calibrated() -> None:
    m = learned.model()
    assert m is not None
    assert 0.0 < m.threshold < 1.0
    assert m.roots and all(len(r) == 2 and r.isdigit() for r in m.roots)
    assert m.calibration and all(0.0 <= share <= 1.0 for _low, share in m.calibration)
    assert m.calibration[0][0] >= m.threshold - 1e-9
    assert m.about.get("trained on") and "gold" not in m.about["trained on"]
