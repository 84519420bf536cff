"""Pairing quotation marks in the styles Arabic pages use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.quotes.marks import find_quoted


def inner(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('قال: "نحن مستعدون للحوار".', ["نحن مستعدون للحوار"]),
        ("قال: «نحن مستعدون للحوار».", ["نحن مستعدون للحوار"]),
        ("قال: “نحن مستعدون للحوار”.", ["نحن مستعدون للحوار"]),
        ("قال: ”نحن مستعدون للحوار“.", ["نحن مستعدون للحوار"]),  # mirrored in right-to-left text
        ("قال: 'نحن مستعدون للحوار'.", ["نحن مستعدون للحوار"]),
        ("قال: ‘نحن مستعدون للحوار’.", ["نحن مستعدون للحوار"]),
        ('قال: «نحن مستعدون للحوار".', ["نحن مستعدون للحوار"]),  # mixed pair
        ("قال: „نحن مستعدون للحوار″.", ["نحن مستعدون للحوار"]),
        ('دعا إلى "تعاون أوثق" مع و"الدعم الكامل" لها', ["تعاون أوثق", "الدعم الكامل"]),
        ('تقرير لـ"العربي" حول', ["العربي"]),
        ('جمعية " كفى " وذلك', ["كفى"]),  # spaces inside the marks
        ('«قال "فلان" كذا» ثم', ['قال "فلان" كذا']),  # only the outer quotation
        ("وأضافت:» منطقة اليورو ستبدأ في التعافي.»", ["منطقة اليورو ستبدأ في التعافي"]),  # one guillemet for both
        ('وهي " المقالة الأدبية، والمقالة الوصفية "، أما الثاني', ["المقالة الأدبية، والمقالة الوصفية"]),
    ],
)
def test_styles(text: str, want: list[str]) -> None:
    assert inner(text) == want


def test_unclosed_quotation_runs_to_the_paragraph_end() -> None:
    text = 'وقال: "سنواصل العمل حتى النهاية\nفقرة أخرى "مغلقة" هنا'
    assert inner(text) == ["سنواصل العمل حتى النهاية", "مغلقة"]


def test_apostrophe_inside_a_word_is_not_a_mark() -> None:
    assert inner("O'Brien قال كلاما") == []


@given(st.text(alphabet='ابت ثجح"«»“”\'.،\n', max_size=80))
def test_spans_are_inside_the_text(text: str) -> None:
    reach = -1
    for q in find_quoted(text):
        assert 0 <= q.start < q.end <= len(text)
        # a quotation continued from the paragraph before opens at its first word, with no mark of its own
        assert q.open_at < q.start or (q.open_at == q.start and q.close_at is not None and text[q.open_at] != "«")
        assert q.open_at >= reach
        reach = q.end


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('وأضاف: "نحن مستعدون للحوار.\nونريد حلا عادلا".', ["نحن مستعدون للحوار", "ونريد حلا عادلا"]),
        ("وأضاف: «نحن مستعدون للحوار.\n ونريد حلا عادلا».", ["نحن مستعدون للحوار", "ونريد حلا عادلا"]),
        ('قال: "نحن مستعدون للحوار".\nونريد حلا" عادلا.', ["نحن مستعدون للحوار"]),  # nothing left open before
    ],
)
def test_a_quotation_continued_in_the_next_paragraph(text: str, want: list[str]) -> None:
    assert inner(text) == want
