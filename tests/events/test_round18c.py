"""Round 18c: the learned statement gate (docs/events.md "Round 18c"): the features of a statement candidate, the
shipped model's loading, and the gate's decision on invented sentences with `LEARNED_STATEMENT_GATE` on and off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from tests.events.conftest import ACTORS

from marsad.article import Article
from marsad.events import gate, switches

Code = Callable[..., Article]

MORE = {**ACTORS,
        "وزير الخارجية الروسي": ("PER", "RUSGOV", "Russian foreign minister"),
        "شركة نوفا الصينية": ("ORG", "CHNBUS", "Nova company"),
        "منظمة العفو الدولية": ("ORG", "NGOHRI", "Amnesty International")}

# the first sentence of a body is its opening, where an official's statement is coded whatever it says
OPENING = "وصلت سفينة محملة بالقمح إلى الميناء أمس. "
KEEP_ALL: dict[str, Any] = {"bias": 5.0, "weights": {}, "threshold": 0.5}
KEEP_NONE: dict[str, Any] = {"bias": -5.0, "weights": {}, "threshold": 0.5}


@pytest.fixture
def candidates(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[gate.Candidate]]:
    """The statement candidates the coder meets, collected as the training script collects them."""
    found: list[gate.Candidate] = []
    monkeypatch.setattr(gate, "CANDIDATES", found)
    yield found


def _statements(art: Article) -> list[tuple[str | None, str | None]]:
    return [(e.source.actor if e.source else None, e.target.actor if e.target else None)
            for e in art.events if e.root == "01"]


# --- the features of a candidate ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "present", "absent"), [
    (OPENING + "وقال وزير الخارجية الروسي إن الولايات المتحدة شريك صعب في ملف أوكرانيا.",
     {"official", "about_another", "cue=قال", "opens=that", "role=GOV", "place=body<=1", "hand_keep"},
     {"opening", "continued", "civil"}),
    ("وقالت شركة نوفا الصينية إن مبيعاتها ارتفعت في الربع الأول من العام.",
     {"organised", "role=BUS", "kind=ORG", "opening", "place=body<=0", "words=<=12"},
     {"official", "about_another", "hand_keep"}),
    ("حذرت منظمة العفو الدولية من تدهور الأوضاع في غزة.",
     {"civil", "role=NGO", "cue=حذّر", "speaker_sentences=<=1"}, {"named_before", "official"}),
])
def test_features_describe_the_candidate(code: Code, candidates: list[gate.Candidate], text: str, present: set[str],
                                         absent: set[str]) -> None:
    code(text, actors=MORE)
    assert candidates, "no statement candidate met"
    names = set(candidates[0].features)
    assert present <= names, present - names
    assert not absent & names, absent & names
    assert all(v == 1.0 for v in candidates[0].features.values())


def test_a_candidate_carries_its_clause_source_and_roots(code: Code, candidates: list[gate.Candidate]) -> None:
    art = code(OPENING + "وقال وزير الخارجية الروسي إن الولايات المتحدة شريك صعب في ملف أوكرانيا.", actors=MORE)
    c = candidates[0]
    assert c.source == "RUSGOV" and c.roots == ("01",)
    assert art.text[c.trigger : c.trigger + 4] == "وقال"
    assert c.start <= c.trigger < c.end and "أوكرانيا" in art.text[c.start : c.end]


# --- the model -------------------------------------------------------------------------------------------------------
def test_the_shipped_model_loads() -> None:
    m = gate.model()
    assert isinstance(m["weights"], dict) and m["weights"]
    assert 0.0 < float(m["threshold"]) < 1.0
    assert m["trained_on"] and not any("gold" in s or "dev9" in s for s in m["trained_on"])
    p = gate.probability({"official": 1.0, "about_another": 1.0, "hand_keep": 1.0}, m)
    assert 0.0 < p < 1.0


@pytest.mark.parametrize(("bias", "weight", "expected"), [(0.0, 0.0, 0.5), (-2.0, 2.0, 0.5), (0.0, 100.0, 1.0)])
def test_probability_is_the_logistic_of_the_sum(bias: float, weight: float, expected: float) -> None:
    m = {"bias": bias, "weights": {"official": weight, "unused": 9.0}, "threshold": 0.5}
    assert gate.probability({"official": 1.0}, m) == pytest.approx(expected)


# --- the gate's decision ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقالت شركة نوفا الصينية إن مبيعاتها ارتفعت في الربع الأول من العام.",
    OPENING + "وأوضحت شركة نوفا الصينية أن أسعارها لن تتغير خلال الصيف.",
])
def test_the_gate_keeps_what_its_model_keeps(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # a company's words on its own affairs: the hand rules drop them; a model that keeps them decides
    monkeypatch.setattr(gate, "MODEL", KEEP_ALL)
    monkeypatch.setattr(switches, "LEARNED_STATEMENT_GATE", True)
    assert _statements(code(text, actors=MORE)) == [("CHNBUS", None)]
    monkeypatch.setattr(switches, "LEARNED_STATEMENT_GATE", False)
    assert _statements(code(text, actors=MORE)) == []


@pytest.mark.parametrize("text", [
    OPENING + "وقال وزير الخارجية الروسي إن الولايات المتحدة شريك صعب في ملف أوكرانيا.",
    "وقال وزير الخارجية الروسي إن الصين شريك مهم.",
])
def test_the_gate_drops_what_its_model_drops(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # an official speaking of another country: the hand rules keep it; a model that keeps nothing decides
    monkeypatch.setattr(gate, "MODEL", KEEP_NONE)
    monkeypatch.setattr(switches, "LEARNED_STATEMENT_GATE", True)
    assert _statements(code(text, actors=MORE)) == []
    monkeypatch.setattr(switches, "LEARNED_STATEMENT_GATE", False)
    assert [s for s, _ in _statements(code(text, actors=MORE))] == ["RUSGOV"]


def test_the_gate_weighs_the_features(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # one weight decides between two candidates of one article: the company's words, not the minister's
    m = {"bias": -1.0, "weights": {"role=BUS": 3.0}, "threshold": 0.5}
    text = ("وقال وزير الخارجية الروسي إن الصين شريك مهم. "
            "وقالت شركة نوفا الصينية إن مبيعاتها ارتفعت في الربع الأول من العام.")
    monkeypatch.setattr(gate, "MODEL", m)
    monkeypatch.setattr(switches, "LEARNED_STATEMENT_GATE", True)
    assert [s for s, _ in _statements(code(text, actors=MORE))] == ["CHNBUS"]
    monkeypatch.setattr(switches, "LEARNED_STATEMENT_GATE", False)
    assert [s for s, _ in _statements(code(text, actors=MORE))] == ["RUSGOV"]
