"""Foreign names that begin as a future verb would (س + ت/ي/ن: "وول ستريت", "ستيفن", "سيدني") are no future cue: a
past clause that names one keeps its dates in the past."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.time.stage import is_future_word


@pytest.mark.parametrize("word", ["ستريت", "ستيفن", "ستيفاني", "ستالين", "ستانلي", "ستوكهولم", "سيدني", "سيراليون",
                                  "سيمنز"])
def test_a_foreign_name_is_no_future_verb(word: str) -> None:
    assert not is_future_word(word)


@pytest.mark.parametrize("word", ["ستعقد", "سيزور", "سنعمل", "ستتوقف", "سيستمر"])
def test_future_verbs_stay_future(word: str) -> None:
    assert is_future_word(word)


@pytest.mark.parametrize(("body", "text", "value"), [
    ("وارتفعت الأسهم في بورصة وول ستريت يوم الجمعة بعد بيانات الوظائف.", "يوم الجمعة", "2015-08-07"),
    ("وقال ستيفن هادلي في ديسمبر إن الخطة جاهزة.", "ديسمبر", "2014-12"),
])
def test_a_past_clause_naming_one_keeps_its_dates_past(body: str, text: str, value: str) -> None:
    art = analyze("الأسهم الأمريكية\n\n" + body, published="2015-08-11")
    assert [(t.span.text, t.value) for t in art.timexes] == [(text, value)]
