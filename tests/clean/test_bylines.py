"""Bylines and the paper's source-link line: dropped from the story, kept at the end of the record's text."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.clean.page import source_link_paper

STORY = ("وأعلنت الهيئة العامة للسياحة أمس افتتاح المعرض الجديد في مدينة تبوك بحضور عدد من المسؤولين.\n\n"
         "وأوضح المتحدث باسم الهيئة أن المعرض يستمر أسبوعين ويستقبل الزوار يوميا من الساعة الرابعة عصرا.\n\n"
         "وأشار إلى أن الهيئة تعمل على تنظيم معارض مماثلة في مناطق أخرى خلال العام المقبل.\n")


@pytest.mark.parametrize(("line", "paper"), [
    ("رابط الخبر بصحيفة النهار: افتتاح معرض جديد في تبوك", "صحيفة النهار"),
    ("رابط المقال في جريدة المساء : عنوان المقال", "جريدة المساء"),
    ("رابط الخبر بالمرصد", "المرصد"),
    ("رابط الخبر: https://example.com/news/1", None),   # a bare link names no paper
    ("رابط الخبر https://example.com/news/1", None),
    ("رابط الخبر", None),
    ("افتتاح معرض جديد في تبوك", None),
])
def test_source_link_paper(line: str, paper: str | None) -> None:
    assert source_link_paper(line) == paper


def test_byline_kept_after_the_story() -> None:
    art = analyze(f"افتتاح معرض جديد في تبوك\n\nسامي الحربي – عين اليوم\n\n{STORY}", published="2015-08-02")
    kinds = [s.kind for s in art.sections]
    assert kinds[-1] == "byline" and kinds.count("byline") == 1
    last = art.sections[-1]
    assert art.text[last.start:last.end] == "سامي الحربي – عين اليوم"
    # the story is unchanged: the body starts with its first paragraph, the byline is in no paragraph
    assert art.text[art.paragraphs[0].start:].startswith("وأعلنت الهيئة")
    assert all(p.end <= last.start for p in art.paragraphs)
    assert "عين اليوم" in {e.span.text for e in art.entities}
    # a byline is no one's words and states no event
    assert not any(q.span.start >= last.start for q in art.quotes)
    assert not any(ev.evidence.start >= last.start for ev in art.events)


def test_source_link_keeps_the_paper_not_the_repeated_title() -> None:
    page = f"افتتاح معرض جديد في تبوك\n\n{STORY}\nرابط الخبر بصحيفة النهار: افتتاح معرض جديد في تبوك\n"
    art = analyze(page, published="2015-08-02")
    assert art.text.endswith("\n\nصحيفة النهار")
    assert art.text.count("افتتاح معرض جديد في تبوك") == 1
    assert "صحيفة النهار" in art.credits
    assert "رابط الخبر بصحيفة النهار: افتتاح معرض جديد في تبوك" in art.removed
    assert [s.kind for s in art.sections][-1] == "byline"


def test_repeated_byline_kept_once() -> None:
    art = analyze(f"افتتاح معرض جديد في تبوك\n\nكتب سامي الحربي\n\n{STORY}\nكتب سامي الحربي\n", published="2015-08-02")
    assert [s.kind for s in art.sections].count("byline") == 1
    assert art.text.count("سامي الحربي") == 1


def test_page_without_byline_has_no_byline_section() -> None:
    art = analyze(f"افتتاح معرض جديد في تبوك\n\n{STORY}", published="2015-08-02")
    assert "byline" not in [s.kind for s in art.sections]
