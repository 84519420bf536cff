"""Round-17h rules (docs/events.md "Round 17h"), each checked on sentences written for it, with its switch on and
off, and on a sentence where the rule must not apply."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.events import draft, switches

Code = Callable[..., Article]

MORE = {**ACTORS, "الجيش السوري": ("ORG", "SYRMIL", "Syrian army")}


# --- PEOPLE_OBJECT: "التقى بعدد من المواطنين": people after ب/ل are the object, the running subject met them ---------
@pytest.mark.parametrize("text", [
    "وافتتح بوتين المعرض في موسكو، فيما التقى بعدد من المواطنين.",
    "وافتتح بوتين المعرض في موسكو، والتقى بعدد من المواطنين.",
])
def test_people_after_a_preposition_are_met(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert ("RUSGOV", "RUSCVL", "04") in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "PEOPLE_OBJECT", False)
    assert ("RUSGOV", "RUSCVL", "04") not in triples(code(text, actors=MORE))


def test_people_with_no_preposition_are_the_subject(code: Code) -> None:
    text = "وافتتح بوتين المعرض في موسكو، فيما التقى عدد من المواطنين بأردوغان."
    assert ("RUSGOV", "RUSCVL", "04") not in triples(code(text, actors=MORE))


# --- CAUSE_LAM: "أحيل المتهمون … لاتهامهم بـ": ل + masdar + pronoun after a verb of punishment gives a cause ---------
def _notes(code: Code, text: str) -> list[str]:
    draft.TRACE = []
    try:
        code(text, actors=MORE)
        return [r for _, _, r in draft.TRACE]
    finally:
        draft.TRACE = None


@pytest.mark.parametrize("text", [
    "وأحيل المتهمون إلى القضاء في إيران لاتهامهم بالتجسس.",
    "وأحيل الصحفيون إلى المحكمة في طهران لاتهامهم بالتجسس.",
])
def test_a_cause_after_a_punishment_is_no_purpose(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert "not a deed: purpose" not in _notes(code, text)
    monkeypatch.setattr(switches, "CAUSE_LAM", False)
    assert "not a deed: purpose" in _notes(code, text)


@pytest.mark.parametrize("text", [
    "وسافر المتهمون إلى إيران لاتهامهم الصين بالتجسس.",  # no verb of punishment: a purpose
    "وأحيل المتهمون إلى القضاء في إيران لاتهام الصين بالتجسس.",  # no pronoun: a purpose
])
def test_a_purpose_stays_a_purpose(code: Code, text: str) -> None:
    assert "not a deed: purpose" in _notes(code, text)
