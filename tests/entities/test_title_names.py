"""A name after a function title: a word after ل and the article ("للمملكة") is a phrase, never a name's second
word, so "دعم بلاده الكامل للمملكة" names no person "Al-Kamel"."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import PIPELINE

from marsad.api import analyze


@pytest.mark.parametrize("sentence", [
    "وأكد رئيس الوزراء الباكستاني دعم بلاده الكامل للمملكة في مواجهة أي تهديد.",
    "وجدد وزير الخارجية التركي تأييد بلاده الكامل للحكومة الشرعية في اليمن.",
])
def test_no_person_runs_into_a_phrase_after_lil(sentence: str) -> None:
    art = analyze(f"عنوان الخبر\n\n{sentence}\n", published="2015-08-01", pipeline=PIPELINE)
    assert not [e for e in art.entities if e.type == "PER" and "الكامل" in e.span.text]


@pytest.mark.parametrize("sentence", [
    "وقال وزير البترول السعودي علي النعيمي إن المملكة لن تخفض إنتاجها.",
    "وأعلنت وزارة الإسكان المصرية عن مشروع جديد.",
])
def test_a_ministers_portfolio_is_no_place(sentence: str) -> None:
    art = analyze(f"عنوان الخبر\n\n{sentence}\n", published="2015-08-01", pipeline=PIPELINE)
    assert not [e for e in art.entities if e.type in ("GPE", "LOC") and e.span.text in ("البترول", "الإسكان")]


def test_a_parliament_is_the_legislature() -> None:
    art = analyze("عنوان الخبر\n\nصوت البرلمان العراقي بالإجماع على حزمة الإصلاحات.\n", published="2015-08-11",
                  pipeline=PIPELINE)
    assert {e.span.text: e.actor for e in art.entities}.get("البرلمان العراقي") == "IRQLEG"
