"""Datelines and bylines standing alone at the top of a page."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.clean.page import dated_dateline, standalone_dateline


@pytest.mark.parametrize(("line", "dateline"), [
    ("الرياض - واس", True),            # place, agency
    ("أنقرة/ الأناضول", True),
    ("عين اليوم – الرياض", True),      # outlet, place (Saudi papers)
    ("عين اليوم – متابعات", True),
    ("طارق قمقوم – عين اليوم", False),  # author and outlet: a byline
    ("سبق – أبها", True),
    ("وزارة الصحة – الرياض", False),   # no outlet on either side
    ("عين اليوم – مدينة الرياض الكبرى", False),  # more than a place after the outlet
])
def test_standalone_dateline(line: str, dateline: bool) -> None:
    assert standalone_dateline(line) is dateline


def test_outlet_place_line_stays_in_the_text() -> None:
    art = analyze("مدرب جديد للفريق\n\nعين اليوم – مدريد\n\nعاش المدرب لحظات عاطفية خلال المؤتمر الصحفي أمس.\n",
                  published="2015-07-21")
    assert art.dateline is not None and art.dateline.text == "عين اليوم – مدريد"
    assert {e.span.text for e in art.entities} >= {"عين اليوم", "مدريد"}


@pytest.mark.parametrize("line", [
    "تبوك 12 ذو القعدة 1436 هـ الموافق 27 أغسطس 2015 م واس",
    "تبوك12 ذو القعدة 1436 هـ الموافق 27 أغسطس 2015 م واس",   # the day glued to the place
])
def test_dated_dateline(line: str) -> None:
    assert dated_dateline(line) is not None


def test_dated_dateline_needs_the_agency_last() -> None:
    assert dated_dateline("تبوك12 ذو القعدة 1436 هـ الموافق 27 أغسطس 2015 م") is None
