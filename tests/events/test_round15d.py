"""Round-15d rules: words the normalised view misreads and the channel of a statement (docs/events.md "Round
15d"), each checked on sentences written for it, with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.events import frames, statements, targets
from marsad.events.lexicon import lexicon

Code = Callable[..., Article]

MORE = {**ACTORS,
        "رويترز": ("ORG", "GBRMED", "Reuters"),
        "الرئيس المصري": ("PER", "EGYGOV", "Egyptian president"),
        "الملك سلمان": ("PER", "SAUGOV", "King Salman"),
        "أمير المنطقة": ("PER", "SAUGOV", "regional governor"),
        "أمانة المنطقة": ("ORG", "SAUGOV", "regional municipality"),
        "المقاومة الشعبية": ("ORG", "YEMREB", "popular resistance"),
        "هادي": ("PER", "YEMGOV", "Hadi")}


# --- "هنأ" written with its hamza is a verb, "هنا" is "here" -------------------------------------------------------
@pytest.mark.parametrize(("word", "written", "verb"), [
    ("وهنا", "وهنأ", True),
    ("هنا", "هنّأ", True),
    ("هنا", "هنا", False),
    ("وهنا", "وهنا", False),
    ("وهنا", "", False),  # a caller that gives no written form keeps the stop list
])
def test_a_hamza_kept_lets_a_stop_word_through(word: str, written: str, verb: bool) -> None:
    assert any(a.trigger.lemma == "هنأ" for a in lexicon().analyse(word, written)) is verb


@pytest.mark.parametrize("text", [
    "وهنأ الملك سلمان الرئيس المصري بمناسبة ذكرى يوم الاستقلال.",
    "هنّأ الملك سلمان الرئيس المصري بنجاح الانتخابات.",
])
def test_a_congratulation_is_read(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert ("SAUGOV", "EGYGOV", "05") in triples(code(text, actors=MORE))
    monkeypatch.setattr(frames, "HAMZA_VERB", False)
    assert ("SAUGOV", "EGYGOV", "05") not in triples(code(text, actors=MORE))


@pytest.mark.parametrize("text", [
    "وقال بوتين هنا في موسكو إن الرئيس المصري سيزور روسيا.",
    "ومن هنا بدأ الملك سلمان حديثه عن الرئيس المصري.",
])
def test_here_is_no_congratulation(code: Code, text: str) -> None:
    art = code(text, actors=MORE)
    assert not [e for e in art.events if e.trigger is not None and "هنا" in e.trigger.text]


# --- a word written with ة ends in no pronoun ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ورفض بوتين إشادة الولايات المتحدة بأوكرانيا.",  # not "أشاده": "praised him"
])
def test_a_noun_in_ta_marbuta_is_no_verb_with_a_pronoun(
        code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(frames, "TA_MARBUTA", True)
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] == "05"]
    monkeypatch.setattr(frames, "TA_MARBUTA", False)
    assert [t for t in triples(code(text, actors=MORE)) if t[2] == "05"]


@pytest.mark.parametrize("text", [
    "وفور استعادة المقاومة الشعبية والقوات الموالية للرئيس اليمني هادي السيطرة على المطار، بدأ العمل فيه.",
])
def test_whom_a_force_is_loyal_to_is_no_target(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(frames, "TA_MARBUTA", True)
    monkeypatch.setattr(targets, "LOYAL_TO", True)
    assert ("YEMREB", "YEMGOV", "19") not in triples(code(text, actors=MORE))
    monkeypatch.setattr(targets, "LOYAL_TO", False)
    assert ("YEMREB", "YEMGOV", "19") in triples(code(text, actors=MORE))


# --- a news medium after ل is the channel, not the addressee -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقال بوتين لرويترز إن روسيا مستعدة للحوار.",
    "وقال بوتين لرويترز إن إيران تهدد المنطقة.",
    "وقال بوتين لصحيفة الغارديان إن إيران تهدد المنطقة.",
])
def test_a_medium_is_no_addressee(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def said() -> set[str | None]:
        return {t for s, t, r in triples(code(text, actors=MORE)) if r == "01" and s == "RUSGOV"}

    assert said() and not said() & {"GBRMED"}
    monkeypatch.setattr(statements, "MEDIUM_CHANNEL", False)
    assert said() & {"GBRMED"}


# --- "all" as the object leaves no target to guess ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وحضر أمير المنطقة الحفل، وهنأ الجميع بنجاح فعاليات أمانة المنطقة بالعيد.",
    "وهنأ أمير المنطقة الجميع بنجاح فعاليات أمانة المنطقة بالعيد.",
])
def test_no_guessed_target_after_all(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert ("SAUGOV", "SAUGOV", "05") not in triples(code(text, actors=MORE))
    monkeypatch.setattr(targets, "GENERIC_OBJECT", False)
    assert ("SAUGOV", "SAUGOV", "05") in triples(code(text, actors=MORE))
