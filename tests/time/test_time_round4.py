"""Round 4 rules: definite duals with a half, seasons named by an adjective, nights that are not tonight."""

from __future__ import annotations

import pytest
from timex_cases import found


@pytest.mark.parametrize("text, span, value", [
    ("هبطت الصادرات خلال فترة العامين ونصف العام الماضي .", "العامين ونصف العام الماضي", "P30M"),  # months since round 9 (SHORT_HALF_YEARS)
    ("توقف العمل خلال الساعتين ونصف الماضية.", "الساعتين ونصف الماضية", "PT2H30M"),
    ("استمرت المفاوضات نحو العامين.", "نحو العامين", "P2Y"),
])
def test_definite_dual_with_half_is_one_duration(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, value, "DURATION")]


@pytest.mark.parametrize("text, span, value", [
    ("والتحق بالبرنامج خلال الفصل الصيفي الحالي نحو 350 متدربا.", "الفصل الصيفي الحالي", "2015-SU"),
    ("وسجل الموسم الشتوي الماضي أمطارا غزيرة.", "الموسم الشتوي الماضي", "2014-WI"),
    ("يبدأ التسجيل في الفصل الصيفي المقبل.", "الفصل الصيفي المقبل", "2016-SU"),
])
def test_season_named_by_adjective_and_relative_word(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, value, "DATE")]


@pytest.mark.parametrize("text", [
    "وفي الفصل الصيفي يدرس الطلاب مقررات إضافية.",  # no relative word: a term in general
    "وأمضيت الليلة كلها مؤرقة.",  # the whole of a night, not tonight
    "الليلة الأولى من فعاليات المهرجان شهدت حضورا كبيرا.",  # an ordinal night of an event
    "يصلون خمس مرات في اليوم والليلة.",  # day and night: every day
    "وانخفض سعر الغرفة في الليلة خلال الربع الثاني.",  # a rate
    "أكثر من نجوم السماء في الليلة الظلماء.",  # a night described, not tonight
    "إذ كان في مثل هذه الليلة في منزلي.",  # an anniversary
])
def test_no_dated_night_or_term(text: str) -> None:
    assert not [x for x in found(text) if x[1] and ("TNI" in x[1] or "SU" in x[1])]


def test_tonight_still_found() -> None:
    assert found("يلتقي الفريقان الليلة في الرياض.") == [("الليلة", "2015-07-23TNI", "TIME")]


@pytest.mark.parametrize("text, span, value", [
    ("يملك ترامب، في سن التاسعة والستين، فنادق.", "سن التاسعة والستين", "P69Y"),
    ("توفي في سن الخامسة والعشرين.", "سن الخامسة والعشرين", "P25Y"),
])
def test_age_with_tens(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, value, "DURATION")]


@pytest.mark.parametrize("text", [
    "يمس القرار حياة المواطن اليومية.",
    "تماما كما يتعرض الناس لضغوط الحياة اليومية.",
    "من عناصر حياتنا اليومية المعاشة.",
])
def test_everyday_life_is_no_set(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("وذكر البنك في تقريره نصف السنوي أن النمو تباطأ.", "نصف السنوي", "P6M"),
    ("عقدت الشركة مؤتمرها السنوي في الرياض.", "السنوي", "P1Y"),
    ("تشن القوات هجمات يومية على المواقع.", "يومية", "P1D"),
])
def test_set_adjectives(text: str, span: str, value: str) -> None:
    assert found(text) == [(span, value, "SET")]


@pytest.mark.parametrize("text, year", [
    ("2017 بداية التطبيق الإلزامي لمتطلبات السلامة", "2017"),
    ("أحداث هذا اليوم في التاريخ:\n1952 - وفاة ايفيتا بيرون.", "1952"),
])
def test_year_opening_a_line(text: str, year: str) -> None:
    assert (year, year, "DATE") in found(text)


@pytest.mark.parametrize("text", [
    "2000 زائر في انطلاقة المهرجان",  # a count of what follows
    "2000 برميل متفجر قتلت 368 سوريا",
    "نص.\n2008 أعلنت الشركة استخدام التذاكر",  # a verb after it: too close to a count to tell
])
def test_count_opening_a_line_is_no_year(text: str) -> None:
    assert not [x for x in found(text) if x[2] == "DATE" and x[0].isdigit()]
