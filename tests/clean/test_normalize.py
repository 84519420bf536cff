"""The normalised view: folding rules and the offset map's properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.clean.normalize import (
    NormalizedText,
    normalize,
    normalize_alef,
    normalize_digits,
    strip_diacritics,
)

ARABIC = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة") + ["\u064b", "\u064e", "\u0651", "\u0640",
                                                                            "\u200f", "٣", "۴", " ", "،", "\n", "ﻻ", "a"]),
    max_size=200,
)


@pytest.mark.parametrize(
    ("raw", "norm"),
    [("أحمد", "احمد"), ("إلى", "الي"), ("مدرسة", "مدرسه"), ("عَرَبِيّ", "عربي"), ("جـــميل", "جميل"), ("٢٠٢٣", "2023"),
     ("۱۴۰۲", "1402"), ("آذار", "اذار"), ("«قال»", '"قال"')],
)
def test_folding(raw: str, norm: str) -> None:
    assert normalize(raw) == norm


def test_single_purpose_functions() -> None:
    assert normalize_alef("أإآ") == "ااا"
    assert strip_diacritics("كَتَبَ") == "كتب"
    assert normalize_digits("١٢") == "12"


@given(ARABIC)
def test_offset_map_is_monotone_and_in_range(text: str) -> None:
    view = NormalizedText.of(text)
    assert len(view.index) == len(view.text) + 1
    assert all(0 <= i <= len(text) for i in view.index)
    # non-decreasing: a presentation form ("ﻻ") folds to two letters that both map to it
    assert all(a <= b for a, b in zip(view.index, view.index[1:], strict=False))
    assert all(view.index.count(i) == len(normalize(ch)) for i, ch in enumerate(text))
    assert view.index[-1] == len(text)


@given(ARABIC, st.data())
def test_spans_map_back_to_the_same_letters(text: str, data: st.DataObject) -> None:
    view = NormalizedText.of(text)
    n = len(view.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = view.span(start, end)
    assert 0 <= s <= e <= len(text)
    # a span that cuts a presentation form in two takes the whole form
    assert view.text[start:end] in normalize(text[s:e])
    whole = (start == 0 or view.index[start - 1] < view.index[start]) and (end == n or view.index[end - 1] < view.index[end])
    if whole:
        assert normalize(text[s:e]) == view.text[start:end]


@pytest.mark.parametrize(("raw", "norm"), [("أمس اﻷول", "امس الاول"), ("ﻻ", "لا"), ("ﺍﻟﻴﻮﻡ", "اليوم"),
                                           ("محمد ﷺ", "محمد صلي الله عليه وسلم"), ("\ufe76", "")])
def test_presentation_forms_fold_to_their_letters(raw: str, norm: str) -> None:
    assert normalize(raw) == norm
    view = NormalizedText.of(raw)
    assert view.text == norm
    assert not norm or view.span(0, len(view.text)) == (0, len(raw))


def test_from_source_inverts_to_source() -> None:
    text = "قَالَ الرئيسُ"
    view = NormalizedText.of(text)
    for i in range(len(view.text) + 1):
        assert view.from_source(view.to_source(i)) == i
