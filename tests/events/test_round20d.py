"""Round-20d rules: statements coded as events (docs/events.md "Round 20d"), each checked on invented sentences with
its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article
from marsad.events.statements import TOLL_WORDS

Code = Callable[..., Article]

MORE = {**ACTORS,
        "وزارة الصحة التونسية": ("ORG", "TUNGOV", "Tunisian health ministry"),
        "تونس": ("GPE", "TUN", "Tunisia"),
        "الجزائر": ("GPE", "DZA", "Algeria"),
        "وزير الصحة التونسي": ("PER", "TUNGOV", "Tunisian health minister"),
        }


def _roots(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, on: bool) -> set[str]:
    return {r for _, _, r in switched(code, monkeypatch, "STATEMENT_TOLL", on, text, actors=MORE)}


# --- words that count the dead or the hurt report a toll, not a statement ------------------------------------------
@pytest.mark.parametrize("text", [
    # the police tell how many died in a fire
    "أعلنت الشرطة الإيرانية أن أربعة عمال لقوا حتفهم في حريق اندلع في مستودع بطهران.",
    # a ministry counts the hurt of a road accident, with the prefixed verb
    "قالت وزارة الصحة التونسية إن سبعة ركاب أصيبوا بجروح في انقلاب حافلة قرب الحدود مع الجزائر.",
    # a ministry counts the cases of a disease
    "أعلنت وزارة الصحة التونسية تسجيل خمس إصابات جديدة بالحمى في جنوب البلاد.",
])
def test_statement_toll(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert "01" not in _roots(code, monkeypatch, text, True)
    assert "01" in _roots(code, monkeypatch, text, False)


@pytest.mark.parametrize("text", [
    # "لقوات" and "توفير" begin like toll words and are not ones
    "قالت الأمم المتحدة إن على روسيا السماح لقوات الإغاثة بتوفير الغذاء في أوكرانيا.",
    # the dead come a long way after the words that make the statement
    "وقالت الأمم المتحدة إن أوكرانيا وروسيا يجب أن تعودا إلى طاولة المفاوضات دون شروط مسبقة وأن تفتحا ممرات آمنة"
    " لإجلاء المدنيين من المدن المحاصرة بعد أن لقي العشرات حتفهم.",
])
def test_statement_without_toll_stays(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert "01" in _roots(code, monkeypatch, text, True)


def test_toll_words_are_normalised() -> None:
    # the list is compared with the normalised view: hamza and alef maqsura folded as the tokens are
    assert "اصيبوا" in TOLL_WORDS and "قتلي" in TOLL_WORDS and "وفاه" in TOLL_WORDS


# --- a headline "BODY: news" credits its news to a source; a person named before the colon makes a statement --------
BODY = "وكانت الأمطار قد هطلت بغزارة على المدينة طوال الليل."


def _headline(code: Code, monkeypatch: pytest.MonkeyPatch, title: str, on: bool) -> list[str]:
    monkeypatch.setattr("marsad.events.switches.HEADLINE_PERSON", on)
    art = code(BODY, title=title, actors=MORE)
    return [e.root for e in art.events if e.evidence.start == 0]


@pytest.mark.parametrize("title", [
    "الشرطة الإيرانية: انهيار جسر قديم شمال طهران",  # the police credited with the news
    "وزارة الصحة التونسية: افتتاح مستشفى جديد في الجنوب",  # a ministry credited with the news
    "«الأمم المتحدة»: ارتفاع أسعار الغذاء في أوكرانيا",  # a quoted body
])
def test_headline_body(code: Code, monkeypatch: pytest.MonkeyPatch, title: str) -> None:
    assert _headline(code, monkeypatch, title, True) == []
    assert _headline(code, monkeypatch, title, False) == ["01"]


@pytest.mark.parametrize("title", [
    "بوتين: روسيا لن تتراجع عن مواقفها",  # a person by name
    "وزير الصحة التونسي: الجزائر شريك أساسي",  # a person by office, coded as a person
    "مدير الشرطة الإيرانية: الوضع في طهران مستقر",  # a person by office, the body his title names coded
])
def test_headline_person_stays(code: Code, monkeypatch: pytest.MonkeyPatch, title: str) -> None:
    assert _headline(code, monkeypatch, title, True) == ["01"]
