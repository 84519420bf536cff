"""Round-16b rules: a trigger whose frame says it names no event, and a deed noun a future verb governs
(docs/events.md "Round 16b"), each checked on sentences written for it, with its switch (or data line) on and off."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events import switches
from marsad.events.filters import _future_governed
from marsad.events.lexicon import Analysis, Lexicon, lexicon

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الوزير الروسي": ("PER", "RUSGOV", "Russian minister"),
        "الجيش الروسي": ("ORG", "RUSMIL", "Russian army"),
        "المقاومة الشعبية": ("ORG", "YEMREB", "popular resistance"),
        "الحوثيين": ("ORG", "YEMREB", "Houthis")}


def _roots(art: Article) -> list[str]:
    return [e.root for e in art.events]


# --- "اعتذر عن قبول المنصب": a frame "cue=-" says the word names no event ------------------------------------------
def test_a_frame_may_name_no_event() -> None:
    apologise = next(t for t in lexicon().triggers if t.lemma == "اعتذر")
    assert any(f.code is None for f in apologise.frames)
    assert apologise.code == "055"


def _without_empty_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    analyse = Lexicon.analyse

    def plain(self: Lexicon, word: str, surface: str = "") -> tuple[Analysis, ...]:
        return tuple(dataclasses.replace(a, trigger=dataclasses.replace(
            a.trigger, frames=tuple(f for f in a.trigger.frames if f.code is not None))) for a in analyse(self, word, surface))

    monkeypatch.setattr(Lexicon, "analyse", plain)


@pytest.mark.parametrize("text", [
    "واعتذر أردوغان لبوتين عن المشاركة في الاجتماع.",
    "واعتذر أردوغان لبوتين عن حضور القمة في موسكو.",
    "واعتذر أردوغان لبوتين عن قبول الدعوة.",
])
def test_declining_is_no_apology(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert "05" not in _roots(code(text, actors=MORE))
    _without_empty_frames(monkeypatch)
    assert "05" in _roots(code(text, actors=MORE))


@pytest.mark.parametrize("text", [
    "واعتذر أردوغان لبوتين عن إسقاط الطائرة.",
    "واعتذر بوتين لأوكرانيا عن تصريحاته.",
])
def test_an_apology_stays(code: Code, text: str) -> None:
    assert "05" in _roots(code(text, actors=MORE))


# --- a deed noun a future verb governs is a plan ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقال بوتين إن الجيش الروسي سيستمر في قصف أوكرانيا.",
    "وقال بوتين إن روسيا ستتجه إلى قصف مواقع المسلحين في أوكرانيا.",
])
def test_a_future_deed_of_ones_own_side_is_intent(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert ("RUSGOV", "13") in [(src, root) for src, _tgt, root in triples(code(text, actors=MORE))]
    monkeypatch.setattr(switches, "FUTURE_VERB_PP", False)
    assert ("RUSGOV", "13") not in [(src, root) for src, _tgt, root in triples(code(text, actors=MORE))]


def test_a_planned_deed_is_not_coded(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقالت المقاومة الشعبية إن المقاومة الشعبية ستتجه إلى تطهير المدينة من الحوثيين."
    assert "19" not in _roots(code(text, actors=MORE))
    monkeypatch.setattr(switches, "FUTURE_VERB_PP", False)
    assert "19" in _roots(code(text, actors=MORE))


@pytest.mark.parametrize(("words", "governed"), [
    ("ستواصل دعم", True),
    ("ستتجه إلى تطهير", True),
    ("ستعمل على دعم", True),
    ("سيسمح ببساطة لإيران بدعم", True),
    ("سياسة دعم", False),  # no future prefix: a noun that starts like one
    ("قصفت إلى جانب دعم", False),
    ("سيسمح للمنظمة ومن ثم دعم", False),  # no ب/ل on a noun past the verb's own complement
])
def test_a_future_verb_governs_the_noun(words: str, governed: bool) -> None:
    norms = [normalize(w) for w in words.split()]
    an = next(a for a in lexicon().analyse(norms[-1]) if a.tense == "noun")
    assert _future_governed(norms, len(norms) - 1, 0, an) is governed


@pytest.mark.parametrize("text", [
    "وقال بوتين إن الجيش الروسي قصف مواقع المسلحين في أوكرانيا.",
    "ورد الجيش الروسي على قصف أوكرانيا لمواقعه.",
])
def test_a_past_deed_stays(code: Code, text: str) -> None:
    art = code(text, actors=MORE)
    assert not [e for e in art.events if e.root == "13"]
