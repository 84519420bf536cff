"""The publication date: the page's claim checked against the text's own anchors."""

from __future__ import annotations

import re
import xml.dom.minidom

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.time.stage import tag_text
from marsad.time.timeml import to_timeml

NATIONAL_DAY = ("تعهد الزعيم بتعزيز التعاون، حسبما ذكرت الوكالة الرسمية اليوم الإثنين. "
                "وجاء ذلك في رسالة بمناسبة العيد الوطني لروسيا.")


def test_page_date_contradicted_by_the_text() -> None:
    art = tag_text(NATIONAL_DAY, page="2024-09-12")  # a Thursday
    pub = art.dates.publication
    assert pub is not None
    # 12 June is a Monday in 2017 and 2023; 2023 is the nearer to the page's date
    assert pub.value == "2023-06-12"
    assert pub.conflict is True
    assert {e.span.text for e in pub.evidence} == {"اليوم الإثنين", "بمناسبة العيد الوطني لروسيا"}
    for e in pub.evidence:
        assert art.text[e.span.start:e.span.end] == e.span.text
        assert e.why
    assert any("Thursday" in e.why for e in pub.evidence)
    # relative expressions follow the estimated date, not the page's
    # and the national day, named without a year, is that year's (TimeML tags named days)
    assert [(t.span.text, t.value) for t in art.timexes] == [("اليوم الإثنين", "2023-06-12"),
                                                             ("العيد الوطني لروسيا", "2023-06-12")]


def test_known_event_with_relative_year_fixes_the_year() -> None:
    text = NATIONAL_DAY + " ودعمت موسكو بعد هجومها على أوكرانيا العام الماضي."
    art = tag_text(text, page="2019-03-01")
    pub = art.dates.publication
    assert pub is not None and pub.value == "2023-06-12" and pub.conflict
    assert any("2022" in e.why and "2023" in e.why for e in pub.evidence)


def test_given_date_is_kept_but_contradiction_reported() -> None:
    art = tag_text(NATIONAL_DAY, published="2024-09-12", page="2024-09-12")
    pub = art.dates.publication
    assert pub is not None
    assert pub.value == "2024-09-12"
    assert pub.origin == "given"
    assert pub.conflict is True
    assert pub.evidence and any("Thursday" in e.why for e in pub.evidence)
    # the named weekday still wins for "اليوم الإثنين": the Monday before the given date
    assert art.timexes[0].value == "2024-09-09"


def test_agreeing_page_date_is_no_conflict() -> None:
    art = tag_text("قال الوزير اليوم الإثنين إن المحادثات مستمرة.", page="2023-06-12")
    pub = art.dates.publication
    assert pub is not None and pub.value == "2023-06-12" and not pub.conflict
    assert pub.confidence >= 0.8


@pytest.mark.parametrize("published, page, value, origin", [
    (None, "2015-07-21", "2015-07-21", "page"),
    ("2015-07-22", "2015-07-21", "2015-07-22", "given"),
    (None, None, None, ""),
])
def test_no_anchor_the_reference_stands(published: str | None, page: str | None, value: str | None,
                                       origin: str) -> None:
    art = tag_text("قال الوزير إن المحادثات مستمرة أمس.", published=published, page=page)
    pub = art.dates.publication
    assert pub is not None
    assert pub.value == value and pub.origin == origin and not pub.conflict
    if value:
        assert 0.5 <= pub.confidence <= 0.8
        assert art.timexes[0].value is not None
    else:
        assert art.timexes[0].value is None


def test_hijri_gregorian_dateline_anchors_the_date() -> None:
    text = "جدة 8 شوال 1436 هـ الموافق 24 يوليو 2015 م واس\nنشرت الهيئة أمس الأرقام."
    art = tag_text(text, page="2015-09-30")
    pub = art.dates.publication
    assert pub is not None and pub.value == "2015-07-24" and pub.conflict
    assert [t.value for t in art.timexes] == ["2015-07-24", "2015-07-24", "2015-07-23"]


def test_eid_greeting_anchors_the_day() -> None:
    text = "هنأ الملك المواطنين بمناسبة عيد الفطر المبارك اليوم."
    art = tag_text(text, page="2016-07-06")  # Eid al-Fitr 1437
    pub = art.dates.publication
    assert pub is not None and pub.value == "2016-07-06" and not pub.conflict


def test_timeml_export_is_wellformed_and_keeps_the_text() -> None:
    art = tag_text(NATIONAL_DAY + " وفي مارس/ آذار، قالت واشنطن <كذا> & غيرها.", published="2023-06-12")
    doc = to_timeml(art)
    xml.dom.minidom.parseString(doc.encode("utf-8"))
    body = re.search(r"<TEXT>(.*)</TEXT>", doc, re.S)
    assert body is not None
    import html

    assert html.unescape(re.sub(r"</?TIMEX3[^>]*>", "", body.group(1))) == art.text
    assert 'functionInDocument="CREATION_TIME"' in doc and 'value="2023-06-12"' in doc
    assert '<TIMEX3 tid="t3" type="DATE" value="2023-03"' in doc


WORDS = ["اليوم", "أمس", "الإثنين", "(الاثنين)", "العام", "الماضي", "المقبل", "في", "يناير", "/", "كانون", "الثاني",
         "قبل", "ثلاثة", "أيام", "منذ", "عامين", "2015", "١٤٣٦", "هـ", "رمضان", "شوال", "26", "سبتمبر", "قال", "سيزور",
         "،", ".", "\n", "الستينيات", "القرن", "العشرين", "كل", "عام", "مساء", "الساعة", "10", "العيد", "الوطني", "لروسيا",
         "بمناسبة", "عيد", "الفطر", "الربع", "الأول", "من", "ال", "24", "ساعة", "ًا", "ـ"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([None, "2015-07-21", "2024-02-29"]))
def test_any_text_gives_valid_spans(words: list[str], published: str | None) -> None:
    text = " ".join(words)
    art = tag_text(text, published=published, page="2020-01-01")
    for t in art.timexes:
        assert 0 <= t.span.start < t.span.end <= len(text)
        assert text[t.span.start:t.span.end] == t.span.text
    pub = art.dates.publication
    assert pub is not None
    for e in pub.evidence:
        assert text[e.span.start:e.span.end] == e.span.text


@pytest.mark.parametrize("text, page, value, conflict, evidence", [
    # a national day a few days from the page's Friday: celebrations run around the day, no conflict
    ("بمناسبة العيد الوطني لدولة الإمارات قال الوزير اليوم الجمعة", "2019-11-29", "2019-11-29", False, None),
    # the adjective names the country
    ("بعث الرئيس برقية تهنئة بمناسبة العيد الوطني الروسي اليوم الإثنين.", "2024-09-12", "2023-06-12", True,
     "بمناسبة العيد الوطني الروسي"),
    # Saudi National Day (23 September) with the day of the week
    ("أقيمت اليوم الأربعاء احتفالات اليوم الوطني الـ 85 للمملكة.", "2015-09-20", "2015-09-23", True,
     "اليوم الوطني الـ 85 للمملكة"),
    # "the first day of Eid al-Adha" today: 10 Dhu al-Hijja 1436
    ("يحتفل المسلمون اليوم بأول أيام عيد الأضحى المبارك.", "2015-09-20", "2015-09-23", True, "أول أيام عيد الأضحى"),
    # "this Ramadan": the page's date is after Ramadan 1436 ended (16 July 2015)
    ("تشهد الأسواق في شهر رمضان الجاري إقبالا.", "2015-08-20", "2015-07-16", True, "رمضان الجاري"),
])
def test_holiday_anchors(text: str, page: str, value: str, conflict: bool, evidence: str | None) -> None:
    art = tag_text(text, page=page)
    pub = art.dates.publication
    assert pub is not None
    assert (pub.value, pub.conflict) == (value, conflict)
    if evidence:
        assert evidence in {e.span.text for e in pub.evidence}


def test_weekday_alone_prefers_the_days_before_the_page_date() -> None:
    # Tuesday, named on a page dated Friday 31 July 2015: the Tuesday before (28th), not the one after (4 August)
    art = tag_text("تراجعت الأسهم اليوم الثلاثاء.", page="2015-07-31")
    pub = art.dates.publication
    assert pub is not None and pub.value == "2015-07-28" and pub.conflict and pub.confidence < 0.6


def test_timeml_mod() -> None:
    art = tag_text("ارتفعت الأسعار منذ مطلع العام الحالي.", published="2015-08-08")
    assert [(t.value, t.mod) for t in art.timexes] == [("2015", "START")]
    assert 'mod="START"' in to_timeml(art)
    assert art.timexes[0].json()["mod"] == "START"
