"""Round-17c rules: events that should not be coded (docs/events.md "Round 17c"), each checked on sentences
written for it, with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.events import switches

Code = Callable[..., Article]

MORE = {**ACTORS,
        "وزارة الداخلية الإيرانية": ("ORG", "IRNGOV", "Iranian interior ministry"),
        "تنظيم داعش": ("ORG", "IMGMUSISI", "Islamic State"),
        "الوزير الروسي": ("PER", "RUSGOV", "Russian minister"),
        "وزير الخارجية الروسي": ("PER", "RUSGOV", "Russian foreign minister"),
        "برنامج الأغذية العالمي": ("ORG", "IGOUNOWFP", "World Food Programme"),
        "الحوثيين": ("ORG", "YEMREB", "Houthis"),
        "الجيش السوري": ("ORG", "SYRMIL", "Syrian army"),
        "الحكومة الصينية": ("ORG", "CHNGOV", "Chinese government"),
        "الرئيس الصيني": ("PER", "CHNGOV", "Chinese president"),
        "الشرطة الإيرانية": ("ORG", "IRNCOP", "Iranian police")}

# the first sentence of a body is its opening, where an official's statement is coded whatever it says
OPENING = "وصلت سفينة محملة بالقمح إلى الميناء أمس. "


def _codes(art: Article) -> list[str]:
    return [e.code for e in art.events]


def _roots(art: Article) -> list[str]:
    return [e.root for e in art.events]


# --- OWN_CONTENT_DEED: "أعلنت الوزارة عن اعتقال…" is the arrest, not a statement beside it ---------------------------
@pytest.mark.parametrize(("text", "deed"), [
    ("أعلنت وزارة الداخلية الإيرانية عن اعتقال عناصر من تنظيم داعش في طهران.", "17"),
    ("وأعلن الوزير الروسي عن زيارة إلى الصين الأسبوع الماضي.", "04"),
])
def test_a_statement_of_the_speakers_own_deed_is_that_deed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str,
                                                            deed: str) -> None:
    assert _roots(code(text, actors=MORE)) == [deed]
    monkeypatch.setattr(switches, "OWN_CONTENT_DEED", False)
    assert sorted(_roots(code(text, actors=MORE))) == sorted(["01", deed])


def test_a_statement_of_anothers_deed_stays_that_deed(code: Code) -> None:
    text = "وقال الوزير الروسي إن الصين أرسلت مساعدات إلى أوكرانيا."
    assert ("CHN", "UKR", "07") in triples(code(text, actors=MORE))


# --- NEEDED: a deed noun under "ضرورة"/"أهمية" is asked for, not done ------------------------------------------------
@pytest.mark.parametrize(("text", "root"), [
    ("وأكد بوتين ضرورة انسحاب الجيش السوري من حلب.", "08"),
    ("وأكد بوتين على أهمية التفتيش والقدرة على إعادة فرض العقوبات على إيران.", "16"),
])
def test_a_needed_deed_is_not_coded(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, root: str) -> None:
    assert root not in _roots(code(text, actors=MORE))
    monkeypatch.setattr(switches, "NEEDED", False)
    assert root in _roots(code(text, actors=MORE))


def test_a_deed_after_the_phrase_of_need_is_coded(code: Code) -> None:
    text = "وأكد بوتين أهمية التعاون، وقال إن الجيش السوري انسحب من حلب."
    assert "08" in _roots(code(text, actors=MORE))


# --- INCIDENT: "المصابين في حادث تفجير…" names the incident, its doer is not told there ------------------------------
@pytest.mark.parametrize("text", [
    "واطمأن بوتين على المصابين في حادث تفجير مقر الشرطة الإيرانية.",
    "واطمأن بوتين على صحة المصابين من رجال الأمن في حادثة تفجير مقر الشرطة الإيرانية.",
])
def test_a_deed_named_as_an_incident_has_no_doer_here(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert "18" not in _roots(code(text, actors=MORE))
    monkeypatch.setattr(switches, "INCIDENT", False)
    assert "18" in _roots(code(text, actors=MORE))


# --- CONTINUED_WORDS: "وقال: …" with no speaker of its own sentence goes on with a statement told --------------------
FIRST = "قال وزير الخارجية الروسي إن الولايات المتحدة تتحمل مسؤولية الأزمة في أوكرانيا. "


@pytest.mark.parametrize("text", [
    FIRST + "وقال: إن الأزمة بدأت بسبب سياسات الحكومة الصينية.",
    FIRST + "وأوضح أن الأزمة بدأت بسبب سياسات الحكومة الصينية.",
])
def test_words_going_on_are_one_statement(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert triples(code(text, actors=MORE)) == [("RUSGOV", "USA", "01")]
    monkeypatch.setattr(switches, "CONTINUED_WORDS", False)
    assert ("RUSGOV", "CHNGOV", "01") in triples(code(text, actors=MORE))


def test_a_speaker_named_again_makes_a_statement(code: Code) -> None:
    text = FIRST + "وأوضح وزير الخارجية الروسي أن الأزمة بدأت بسبب سياسات الحكومة الصينية."
    assert ("RUSGOV", "CHNGOV", "01") in triples(code(text, actors=MORE))


# --- HEADLINE_STATEMENT: a headline statement whose speaker's side the body tells of is the body's story ----------
ARREST = "اعتقلت الشرطة الإيرانية عناصر من تنظيم داعش في طهران أمس."


def test_a_headline_statement_gives_way_to_the_body(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    title = "وزارة الداخلية الإيرانية تؤكد أن الوضع في طهران مستقر"
    assert _codes(code(ARREST, actors=MORE, title=title)) == ["173"]
    monkeypatch.setattr(switches, "HEADLINE_STATEMENT", False)
    assert _codes(code(ARREST, actors=MORE, title=title)) == ["010", "173"]


@pytest.mark.parametrize("title", [
    # a quoted headline is its own statement (a person before the colon: round 20d's HEADLINE_PERSON)
    "وزير الداخلية الإيراني: الوضع في طهران مستقر",
    "وزارة الخارجية الروسية تؤكد أن الوضع في طهران مستقر",  # the body tells of another side
])
def test_other_headline_statements_stay(code: Code, title: str) -> None:
    actors = {**MORE, "وزارة الخارجية الروسية": ("ORG", "RUSGOV", "Russian foreign ministry"),
              "وزير الداخلية الإيراني": ("PER", "IRNGOV", "Iranian interior minister")}
    assert "010" in _codes(code(ARREST, actors=actors, title=title))
