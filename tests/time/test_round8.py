"""Round 8 rules (`marsad.time.switches`): a weekday with the full date after it, "earlier/later" before a named
day, ranges of days in one month, "أخيرا" as recently, and a year told beside a month, quarter or period.

Every sentence is invented; each test in the first group of each rule fails with its switch off (the guards after
it hold either way: they keep a rule from reaching past its case)."""

from __future__ import annotations

import pytest
from timex_cases import found, one


@pytest.mark.parametrize("text, span, value", [
    ("تبدأ الشركات اليوم الخميس 23 يوليو 2015م توزيع الأرباح", "اليوم الخميس 23 يوليو 2015م", "2015-07-23"),
    ("يصل الوفد الخميس 14/10/1436هـ الموافق 30/7/2015م إلى المدينة", "الخميس 14/10/1436هـ الموافق 30/7/2015م",
     "2015-07-30"),
    ("تعقد الجمعية اجتماعها يوم (الثلاثاء) الموافق للعاشر من شهر ذي القعدة المقبل",
     "يوم (الثلاثاء) الموافق للعاشر من شهر ذي القعدة المقبل", "2015-08-25"),
])
def test_weekday_takes_the_full_date_after_it(text: str, span: str, value: str) -> None:  # WEEKDAY_DATE
    assert one(text) == (span, value, "DATE")


def test_dateline_pair_without_a_weekday_stays_two_dates() -> None:  # guard of WEEKDAY_DATE
    assert found("جدة 7 شوال 1436 هـ الموافق 23 يوليو 2015 م") == [
        ("7 شوال 1436 هـ", "2015-07-23", "DATE"), ("23 يوليو 2015 م", "2015-07-23", "DATE")]


def test_weekday_and_a_date_on_another_day_stay_two() -> None:  # guard of WEEKDAY_DATE
    # 3 March 2016 is a Thursday: the date set yesterday, not yesterday's date
    assert found("حددت اللجنة أمس الأربعاء يوم 3 مارس 2016 موعدا للتصويت") == [
        ("أمس الأربعاء", "2015-07-22", "DATE"), ("يوم 3 مارس 2016", "2016-03-03", "DATE")]


@pytest.mark.parametrize("text, span, value", [
    ("كان الوزير قد التقى في وقت سابق أمس نظيره الأردني", "أمس", "2015-07-22"),
    ("تنوي الشركة طرح أسهمها في وقت لاحق هذا العام", "هذا العام", "2015"),
])
def test_earlier_before_a_named_day_is_that_day(text: str, span: str, value: str) -> None:  # EARLIER_THAT_DAY
    assert one(text) == (span, value, "DATE")


def test_earlier_alone_stays_a_past_reference() -> None:  # guard of EARLIER_THAT_DAY
    assert one("وكان قد أعلن في وقت سابق أن المشروع تأخر") == ("وقت سابق", "PAST_REF", "DATE")


@pytest.mark.parametrize("text, span, value", [
    ("يقام المعرض من 10 إلى 14 سبتمبر المقبل في الرياض", "10 إلى 14 سبتمبر المقبل", "2015-09"),
    ("اجتمعت اللجنتان في الثالث والرابع من يوليو", "الثالث والرابع من يوليو", "2015-07"),
    ("عقدت ورش العمل مساء يومي 12-13/09/1436هـ في الفندق", "مساء يومي 12-13/09/1436هـ", "2015-06"),
])
def test_range_of_days_is_its_month(text: str, span: str, value: str) -> None:  # DAY_RANGE_MONTH
    assert one(text) == (span, value, "DATE")


@pytest.mark.parametrize("text, expected", [
    ("أصيب 14 و3 أشخاص في 5 يوليو", [("5 يوليو", "2015-07-05", "DATE")]),  # the days must rise
    ("أجري المسح من 3 / 2 إلى 17 / 5 / 1436هـ", [("17 / 5 / 1436هـ", "2015-03-08", "DATE")]),  # a date in figures ends
])
def test_no_range_of_one_month(text: str, expected: list[tuple[str, str, str]]) -> None:  # guard of DAY_RANGE_MONTH
    assert found(text) == expected


@pytest.mark.parametrize("text, span", [
    ("وكانت البلدية قد افتتحت أخيرا حديقة جديدة", "أخيرا"),
    ("المعرض الذي نظمته الجمعية أخيرًا لاقى إقبالا", "أخيرًا"),
])
def test_lately_after_what_was_done_is_a_past_reference(text: str, span: str) -> None:  # LATELY
    assert one(text) == (span, "PAST_REF", "DATE")


@pytest.mark.parametrize("text", [
    "وأخيرا، شكر المتحدث الحضور",  # finally, closing a list
    "قد يثبت الفحص أخيرا براءته",  # at last, after a present verb
    "سيبقى الحوار خيارا أخيرا للطرفين",  # the last option
    "وتمكن الفريق أخيرا من الفوز على ضيفه",  # at last, after a verb of reaching an end
])
def test_lately_as_finally_or_last_is_no_time(text: str) -> None:  # guard of LATELY
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("بلغت أرباح الشركة في الربع الثالث 2014 نحو مليار ريال", "الربع الثالث 2014", "2014-Q3"),
    ("تراجع عدد الزوار في الفترة نفسها من العام الماضي 2014.", "الفترة نفسها من العام الماضي 2014", "2014"),
    ("سافر الوفد في مارس هذا العام", "مارس هذا العام", "2015-03"),
    ("يستمر المعرض من 2015 نوفمبر حتى يناير", "2015 نوفمبر", "2015-11"),
])
def test_year_beside_a_month_or_period_is_its_year(text: str, span: str, value: str) -> None:  # YEAR_BESIDE
    assert found(text)[0] == (span, value, "DATE")
