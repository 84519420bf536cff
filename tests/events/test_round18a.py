"""Round-18a coverage (docs/events.md "Round 18a"): hearing a briefing, a formula of official news, is consultation
with the one who briefs; the same verb without a briefing noun names no event. Checked on the verb's forms and on
sentences written for it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events.lexicon import lexicon

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الحكومة الروسية": ("ORG", "RUSGOV", "Russian government"),
        "شركة روسنفت": ("ORG", "RUSBUS", "Rosneft"),
        "الجيش الروسي": ("ORG", "RUSMIL", "Russian army")}


def readings(word: str) -> list[tuple[str, str]]:
    return [(a.trigger.lemma, a.tense) for a in lexicon().analyse(normalize(word))]


def coded(code: Code, text: str) -> list[tuple[str | None, str | None, str]]:
    return triples(code(text, actors=MORE))


@pytest.mark.parametrize(("word", "tense"), [
    ("استمع", "past"),
    ("واستمعت", "past"),
    ("يستمع", "pres"),
    ("وتستمع", "pres"),
    ("مستمعا", "part"),
])
def test_round18a_forms(word: str, tense: str) -> None:
    assert ("استمع", tense) in readings(word)


@pytest.mark.parametrize(("text", "want"), [
    ("واستمع بوتين إلى شرح مفصل من شركة روسنفت عن خطط التصدير.", ("RUSGOV", "RUSBUS", "04")),
    ("كما استمع بوتين لإيجاز من الجيش الروسي حول سير التدريبات.", ("RUSGOV", "RUSMIL", "04")),
])
def test_a_briefing_heard_is_consultation(code: Code, text: str, want: tuple[str, str, str]) -> None:
    assert coded(code, text) == [want]  # the one who briefs, after من, is the other side


@pytest.mark.parametrize("text", [
    "واستمع بوتين إلى آراء الطلاب في الجامعة.",  # opinions heard: no briefing
    "واستمعت الحكومة الروسية إلى الموسيقى في الحفل.",
])
def test_listening_without_a_briefing_is_no_event(code: Code, text: str) -> None:
    verb = next(w for w in text.split() if "ستمع" in w)
    assert any(lemma == "استمع" for lemma, _tense in readings(verb))  # the verb is read, its frame finds no cue
    assert coded(code, text) == []
