"""Round-23b rule (docs/events.md "Round 23b"): another organ of the source's very code, after the trigger, is its
object (SAME_CODE_OBJECT), checked on sentences written for it, with its switch on and off."""

from __future__ import annotations

import pytest
from tests.events.conftest import make_article
from tests.events.test_round23 import MORE as ROUND23_ACTORS

from marsad.events import switches
from marsad.events.coder import read_sentences
from marsad.events.cues import cues
from marsad.events.targets import _first_after, _on_behalf

MORE = {**ROUND23_ACTORS, "وزير العمل": ("ORG", "SAUGOV", "Minister of Labour"),
        "وزير العدل": ("ORG", "SAUGOV", "Minister of Justice"), "مصر": ("GPE", "EGY", "Egypt"),
        "حكومة": ("ORG", "SAUGOV", "Saudi government")}


def _object(text: str) -> str | None:
    """The object `_first_after` reads after the sentence's first word, the subject its first group."""
    _tokens, sents = read_sentences(make_article(text, actors=MORE))
    s = sents[0]
    subject = s.groups[0]
    g = _first_after(s, 0, len(s.norms), subject, {subject.head.code}, cues())
    return None if g is None else g.head.text


@pytest.mark.parametrize("on", [True, False])
def test_same_code_object(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    # one minister meets another of the same government: SAUGOV on SAUGOV
    monkeypatch.setattr(switches, "SAME_CODE_OBJECT", on)
    assert _object("التقى وزير العمل أمس في مكتبه وزير العدل لبحث التعاون.") == ("وزير العدل" if on else None)


def test_another_code_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # an actor of another code after the same-code organ is the object still
    monkeypatch.setattr(switches, "SAME_CODE_OBJECT", True)
    assert _object("التقى وزير العمل أمس وزير العدل وسفير مصر لبحث التعاون.") == "مصر"


def test_on_behalf() -> None:
    # "باسمه وباسم حكومة المملكة": the government the minister speaks for is his side
    _tokens, sents = read_sentences(make_article("وأعرب وزير العمل باسمه وباسم حكومة المملكة عن شكره.", actors=MORE))
    s = sents[0]
    assert any(g.head.text == "حكومة" and _on_behalf(s, g) for g in s.groups)
    assert not _on_behalf(s, s.groups[0])
