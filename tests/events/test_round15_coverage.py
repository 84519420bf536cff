"""Round-15 lexicon entries: verbs and verbal nouns of news the lexicon did not read (docs/events.md "Round 15"),
each checked for its inflected forms and on a sentence written for it, and without its frame where it has one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events.lexicon import lexicon

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الحكومة الإيرانية": ("ORG", "IRNGOV", "Iranian government"),
        "الحكومة الروسية": ("ORG", "RUSGOV", "Russian government"),
        "الجيش الأوكراني": ("ORG", "UKRMIL", "Ukrainian army"),
        "المتمردين": ("ORG", "UKRREB", "rebels"),
        "شركة روسنفت": ("ORG", "RUSBUS", "Rosneft"),
        "شركة بريتش بتروليوم": ("ORG", "GBRBUS", "BP"),
        "صحيفة برافدا": ("ORG", "RUSMED", "Pravda")}


def readings(word: str) -> list[tuple[str, str]]:
    return [(a.trigger.lemma, a.tense) for a in lexicon().analyse(normalize(word))]


# --- forms: perfect, imperfect, feminine, plural, participle, masdar with its clitics -------------------------------
@pytest.mark.parametrize(("word", "lemma", "tense"), [
    ("وافق", "وافق", "past"),
    ("ووافقت", "وافق", "past"),
    ("وافقوا", "وافق", "past"),
    ("يوافق", "وافق", "pres"),
    ("توافق", "وافق", "pres"),
    ("موافقا", "وافق", "part"),
    ("أساء", "أساء", "past"),
    ("تسيء", "أساء", "pres"),
    ("المسيئة", "أساء", "part"),
    ("مسيئين", "أساء", "part"),
    ("اتصالا", "اتصال", "noun"),
    ("واتصالاتها", "اتصال", "noun"),
    ("ومساندتها", "مساندة", "noun"),
    ("بمساندة", "مساندة", "noun"),
    ("بيع", "بيع", "noun"),
    ("ببيع", "بيع", "noun"),
    ("شراء", "شراء", "noun"),
    ("لشراء", "شراء", "noun"),
    ("استعادة", "استعادة", "noun"),
    ("واستعادتها", "استعادة", "noun"),
])
def test_round15_forms(word: str, lemma: str, tense: str) -> None:
    assert (lemma, tense) in readings(word)


@pytest.mark.parametrize("word", ["اتصل", "مبيعات", "المشتريات", "مساند"])
def test_round15_other_words_are_no_new_trigger(word: str) -> None:
    # the verb "اتصل" and the plural nouns were not added: no reading of a round-15 lemma
    assert not [r for r in readings(word) if r[0] in ("اتصال", "بيع", "شراء", "مساندة")]


# --- frames: the code the complement decides ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "triple"), [
    # agreeing to what follows على (030)
    ("ووافقت روسيا على مقترح إيران لوقف القتال.", ("RUS", "IRN", "03")),
    # a phone call (041) and contacts with a partner after مع (040), as nouns
    ("وتناول اتصال هاتفي بين بوتين وأردوغان الأزمة في أوكرانيا.", ("RUSGOV", "TURGOV", "04")),
    ("وأكد بوتين أن اتصالاته مع أردوغان لم تنقطع.", ("RUSGOV", "TURGOV", "04")),
    # the noun does not take a received call from تلقى: the caller after من is still the source
    ("وتلقى بوتين اتصالا هاتفيا من أردوغان.", ("TURGOV", "RUSGOV", "04")),
    # support by its masdar, the supported after ل
    ("وأكد بوتين مساندة روسيا لإيران في مواجهة العقوبات.", ("RUS", "IRN", "05")),
    ("وأكد بوتين أن الحكومة الروسية تواصل مساندتها لإيران.", ("RUSGOV", "IRN", "05")),
    # words that insult, the insulted after ل or إلى; a speaker who calls another's words insulting reproaches them
    ("وقال بوتين إن بريطانيا أساءت إلى روسيا.", ("GBR", "RUS", "11")),
    ("وقال بوتين إن الحكومة الإيرانية تسيء إلى روسيا.", ("IRNGOV", "RUS", "11")),
    ("وقال بوتين إن تصريحات بريطانيا المسيئة لروسيا لن تمر.", ("RUSGOV", "GBR", "11")),
    # a sale names its buyer after ل, a purchase its seller after من
    ("أعلنت شركة روسنفت عن بيع حصتها لشركة بريتش بتروليوم.", ("RUSBUS", "GBRBUS", "06")),
    ("وأعلنت شركة روسنفت شراء حصة من شركة بريتش بتروليوم.", ("RUSBUS", "GBRBUS", "06")),
    # attacking an agreement in words is a reproach, not force
    ("هاجمت صحيفة برافدا الاتفاق النووي مع إيران.", ("RUSMED", "IRN", "11")),
])
def test_round15_triggers_code_their_deed(code: Code, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, actors=MORE))


@pytest.mark.parametrize(("text", "root"), [
    ("وتمكن الجيش الأوكراني من استعادة مدينة دونيتسك من المتمردين.", "19"),  # ground taken back
])
def test_round15_masdar_with_ground_is_force(code: Code, text: str, root: str) -> None:
    assert any(t[2] == root for t in triples(code(text, actors=MORE)))


@pytest.mark.parametrize(("text", "roots"), [
    ("وأعلنت إيران استعادة الأموال المجمدة من الولايات المتحدة.", ("19",)),  # money taken back is no ground
    ("ووافقت روسيا مع إيران في الرأي.", ("03",)),  # agreement in opinion: no على
    ("وأعلنت روسيا بيع كميات من القمح.", ("06",)),  # a sale with no buyer named
])
def test_round15_triggers_without_their_frame_code_nothing(code: Code, text: str, roots: tuple[str, ...]) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] in roots]
