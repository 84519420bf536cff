"""Round-17f rules: deeds the not-a-deed gates dropped because a word has a second sense (docs/events.md
"Round 17f"), each checked on sentences written for it, with its switch on and off, and on a sentence in the
word's other sense that the gate still stops."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.events import switches

Code = Callable[..., Article]

MORE = {**ACTORS,
        "تنظيم داعش": ("ORG", "IMGMUSISI", "Islamic State"),
        "الجيش السوري": ("ORG", "SYRMIL", "Syrian army"),
        "اللجنة الوطنية لمكافحة الإرهاب": ("ORG", "RUSGOV", "Russian national anti-terrorism committee")}


def _roots(art: Article) -> list[str]:
    return [e.root for e in art.events]


# --- STATE_NOUN: "حالة الطوارئ" names a state; only "في حال(ة)" states a condition ------------------------------------
@pytest.mark.parametrize("text", [
    "وأعلنت إيران حالة الطوارئ، واعتقلت الشرطة الإيرانية عناصر من تنظيم داعش في طهران.",
    "وأعلنت إيران حالة الطوارئ في البلاد، ثم اعتقلت الشرطة الإيرانية عناصر من تنظيم داعش.",
])
def test_a_state_of_emergency_is_no_condition(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert ("IRNCOP", "IMGMUSISI", "17") in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "STATE_NOUN", False)
    assert "17" not in _roots(code(text, actors=MORE))


@pytest.mark.parametrize("text", [
    "وفي حال هاجمت إيران إسرائيل فإن واشنطن سترد.",
    "وإذا هاجمت إيران إسرائيل، فإن الولايات المتحدة ستقف معها.",
])
def test_a_condition_still_stops_its_deed(code: Code, text: str) -> None:
    assert "19" not in _roots(code(text, actors=MORE))


# --- CONDITION_SCOPE: "فيما" ("while") opens a clause of its own, outside a condition told before it -----------------
def test_a_while_clause_after_a_condition_is_a_deed(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وناقش الوزراء الاستعداد في حالة الأزمات، فيما التقى بوتين أردوغان في موسكو."
    assert ("RUSGOV", "TURGOV", "04") in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "CONDITION_SCOPE", False)
    assert "04" not in _roots(code(text, actors=MORE))


def test_the_answer_of_a_condition_stays_inside_it(code: Code) -> None:
    assert _roots(code("وإذا زار بوتين الصين، فيما يبدو، التقى أردوغان.", actors=MORE)) == []


# --- ALAYHI_MODAL: "عليه" is "he must" only right before أن -------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("وألقت الشرطة الإيرانية القبض عليه بعد أن قصف الجيش السوري مواقع تنظيم داعش.", ("SYRMIL", "IMGMUSISI", "19")),
    ("وأطلقت الشرطة الإيرانية النار عليه واعتقلت عناصر من تنظيم داعش في طهران.", None),
])
def test_ala_with_a_pronoun_is_no_obligation(code: Code, monkeypatch: pytest.MonkeyPatch, text: str,
                                             want: tuple[str, str, str] | None) -> None:
    monkeypatch.setattr(switches, "COERCION_TARGET", False)  # round 20b would drop the arrest of an uncoded group
    art = code(text, actors=MORE)
    if want is None:
        assert "17" in _roots(art)  # the arrest joined by و after "عليه" is told, whoever the readers take for its doer
    else:
        assert want in triples(art)
    monkeypatch.setattr(switches, "ALAYHI_MODAL", False)
    assert len(code(text, actors=MORE).events) == len(art.events) - 1


def test_an_obligation_is_no_deed(code: Code) -> None:
    assert "04" not in _roots(code("وقال بوتين إن عليه أن يزور الصين.", actors=MORE))


# --- REST_NOUNS: "أثناء محاولة…" after a deed noun heads its own phrase -------------------------------------------------
def test_an_attempt_after_the_deed_noun_does_not_make_it_a_plan(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقتل خمسة في قصف الجيش السوري لمواقع تنظيم داعش أثناء محاولة التنظيم دخول حلب."
    assert ("SYRMIL", "IMGMUSISI", "19") in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "REST_NOUNS", False)
    assert "19" not in _roots(code(text, actors=MORE))


def test_a_modal_verb_after_the_deed_noun_still_makes_it_a_plan(code: Code) -> None:
    assert "19" not in _roots(code("وقال بوتين إن الغارات على غزة يمكن أن تستهدف المدنيين.", actors=MORE))


# --- NAME_WORDS: "لمكافحة" inside a body's name governs nothing --------------------------------------------------------
def test_a_word_of_a_name_is_no_governor(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقالت اللجنة الوطنية لمكافحة الإرهاب إن الجيش السوري قصف مواقع تنظيم داعش في حلب."
    assert ("SYRMIL", "IMGMUSISI", "19") in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "NAME_WORDS", False)
    assert "19" not in _roots(code(text, actors=MORE))


# --- RESULT_OF: "أسفر عن" tells what came of it; "تحدث عن" names a topic ----------------------------------------------
@pytest.mark.parametrize("text", [
    "وأسفرت حملة الشرطة الإيرانية عن اعتقال عناصر من تنظيم داعش.",
    "وأسفرت حملة أمنية واسعة نفذتها الشرطة الإيرانية في عدة مدن خلال الأسبوع الماضي عن اعتقال عناصر من تنظيم داعش.",
])
def test_what_a_campaign_resulted_in_is_a_deed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert ("IRNCOP", "IMGMUSISI", "17") in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "RESULT_OF", False)
    assert "17" not in _roots(code(text, actors=MORE))


def test_a_deed_talked_about_is_a_topic(code: Code) -> None:
    assert _roots(code("وتحدثت الشرطة الإيرانية عن اعتقال عناصر من تنظيم داعش.", actors=MORE)) == []


# --- EVEN_AFTER: "حتى بعد" is "even after"; "حتى" right before the deed noun is "until" or "so that" -------------------
def test_even_after_a_deed_is_no_purpose(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وبقيت المدينة مغلقة حتى بعد هجوم تنظيم داعش على الجيش السوري."
    assert ("IMGMUSISI", "SYRMIL", "19") in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "EVEN_AFTER", False)
    assert "19" not in _roots(code(text, actors=MORE))


def test_until_a_deed_stays_no_deed(code: Code) -> None:
    assert "19" not in _roots(code("وحشد الجيش السوري قواته حتى هجوم تنظيم داعش على حلب.", actors=MORE))
