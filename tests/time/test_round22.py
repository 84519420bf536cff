"""Round 22 rules (`marsad.time.switches`): seasons of sport or trade without a value, Hijri months named whole
without a Gregorian month and a mod placing a Hijri month's value, the first or last months of a year as its quarter
or half, recurrence said in words, and the days ahead.

Every sentence is invented; each test in the first group of each rule fails with its switch off (checked by
`test_each_rule_needs_its_switch`); the guards after it hold either way: they keep a rule from reaching past its case."""

from __future__ import annotations

import pytest
from timex_cases import found, one

from marsad.time import switches


@pytest.mark.parametrize("text, span", [
    ("أنهى الفريق الموسم الماضي في المركز الرابع", "الموسم الماضي"),
    ("يستعد النادي للموسم الجديد بمعسكر في النمسا", "للموسم الجديد"),
    ("يأمل المدرب أن يحصد الفريق الألقاب هذا الموسم", "هذا الموسم"),
    ("وقع اللاعب عقدا يمتد حتى نهاية الموسم الرياضي المقبل", "الموسم الرياضي المقبل"),
])
def test_a_season_of_sport_has_no_value(text: str, span: str) -> None:  # SEASON_NO_VALUE
    assert (span, None, "DATE") in found(text)


@pytest.mark.parametrize("text, span, value", [
    ("تنشط السياحة في موسم الصيف", "موسم الصيف", "XXXX-SU"),  # a season of the year keeps its value
    ("كان البرد قارسا الشتاء الماضي", "الشتاء الماضي", "2014-WI"),
    ("ارتفعت المبيعات في الفترة الماضية", "الفترة الماضية", "PAST_REF"),
])
def test_other_periods_keep_their_values(text: str, span: str, value: str) -> None:  # guard of SEASON_NO_VALUE
    assert (span, value) in [t[:2] for t in found(text)]


@pytest.mark.parametrize("text, span", [
    ("وزعت الجمعية السلال الغذائية خلال شهر رمضان المبارك", "شهر رمضان المبارك"),
    ("ارتفعت أسعار الأضاحي في شهر ذي الحجة الماضي", "شهر ذي الحجة الماضي"),
    ("يكثر الصائمون في شهر محرم الحرام", "شهر محرم الحرام"),
])
def test_a_hijri_month_named_whole_has_no_gregorian_month(text: str, span: str) -> None:  # HIJRI_MONTH_ALONE
    assert one(text) == (span, None, "DATE")


@pytest.mark.parametrize("text, span, value", [
    ("يكثر المعتمرون في منتصف رمضان", "منتصف رمضان", "2015-07"),  # a part of the month keeps its month
    ("وقع ذلك في 5 رجب من العام الماضي", "5 رجب من العام الماضي", "2014-05-04"),
    ("افتتح المكتبة في شهر رجب من عام 1434هـ", "شهر رجب من عام 1434هـ", "2013-05"),  # with its year
])
def test_hijri_months_with_a_part_day_or_year_keep_values(text: str, span: str, value: str) -> None:
    assert one(text)[:2] == (span, value)  # guard of HIJRI_MONTH_ALONE


@pytest.mark.parametrize("text, span, value", [
    # Shawwal 1436: 17 July - 14 August 2015, its middle on 31 July, its last days in August
    ("تنتهي المهلة في نهاية شهر شوال الجاري", "نهاية شهر شوال الجاري", "2015-08"),
    ("يصل الوفد في أواخر شوال", "أواخر شوال", "2015-08"),
    # Muharram 1437: 14 October - 12 November 2015, its middle in October, its last days in November
    ("تبدأ الدراسة في نهاية شهر محرم المقبل", "نهاية شهر محرم المقبل", "2015-11"),
    ("انتعشت السوق في العشرة الأواخر من رمضان", "العشرة الأواخر من رمضان", "2015-07"),  # the feminine numeral
])
def test_a_mod_places_a_hijri_month(text: str, span: str, value: str) -> None:  # HIJRI_MONTH_MOD
    assert one(text)[:2] == (span, value)


@pytest.mark.parametrize("text, span, value", [
    ("ارتفعت أرباح الشركة في أول ستة أشهر من العام الجاري", "أول ستة أشهر من العام الجاري", "2015-H1"),
    ("بلغت الصادرات خلال الأشهر الستة الأولى من العام مليار دولار", "الأشهر الستة الأولى من العام", "2015-H1"),
    ("تراجعت المبيعات في الأشهر الثلاثة الأولى من عام 2014", "الأشهر الثلاثة الأولى من عام 2014", "2014-Q1"),
    ("نما الاقتصاد خلال الستة أشهر الأولى من العام الماضي", "الستة أشهر الأولى من العام الماضي", "2014-H1"),
    ("زاد الإنتاج في آخر ثلاثة أشهر من العام الماضي", "آخر ثلاثة أشهر من العام الماضي", "2014-Q4"),
])
def test_first_months_of_a_year_are_its_quarter_or_half(text: str, span: str, value: str) -> None:  # MONTHS_OF_YEAR
    assert one(text) == (span, value, "DATE")


@pytest.mark.parametrize("text, span, value", [
    ("سجن ستة أشهر من العام الماضي حتى الآن", "ستة أشهر", "P6M"),  # a count of months: a duration
    ("قضى الطفل الأشهر الستة الأولى من حياته في المستشفى", None, None),  # of a life, not of a year
])
def test_months_of_something_else_are_no_quarter(text: str, span: str | None, value: str | None) -> None:
    got = found(text)  # guard of MONTHS_OF_YEAR
    assert not [t for t in got if t[1] and ("-Q" in t[1] or "-H" in t[1])]
    if span:
        assert (span, value, "DURATION") in got


@pytest.mark.parametrize("text, span, value", [
    ("يسافر أفراد العائلة كل صيف إلى الريف", "كل صيف", "XXXX-SU"),
    ("تنشر الوزارة الأرقام بشكل يومي", "بشكل يومي", "P1D"),
    ("يزداد عدد الحجاج عاما بعد عام", "عاما بعد عام", "P1Y"),
    ("تتغير الأسعار من عام لآخر بحسب الطلب", "من عام لآخر", "P1Y"),
    ("يتحسن أداء اللاعب يوما بعد يوم", "يوما بعد يوم", "P1D"),
])
def test_recurrence_in_words_is_a_set(text: str, span: str, value: str) -> None:  # RECURRING
    assert one(text) == (span, value, "SET")


@pytest.mark.parametrize("text", [
    "قضى عاما في السجن ثم أطلق سراحه",  # one year: a duration
    "انتقل الفريق من عام 2010 إلى دوري الأضواء",  # a year after من
])
def test_a_unit_alone_is_no_set(text: str) -> None:  # guard of RECURRING
    assert [t for t in found(text) if t[2] == "SET"] == []


@pytest.mark.parametrize("text, span", [
    ("ستتضح الصورة في قادم الأيام", "قادم الأيام"),
    ("ننتظر ما يحمله القادم من الأيام", "القادم من الأيام"),
    ("سيعلن الاتحاد أسماء اللاعبين في القريب العاجل", "القريب العاجل"),
    ("نأمل أن تتحسن النتائج في قادم الأعوام", "قادم الأعوام"),
])
def test_the_days_ahead_are_the_future(text: str, span: str) -> None:  # COMING_DAYS
    assert one(text) == (span, "FUTURE_REF", "DATE")


def test_the_near_one_is_no_future() -> None:  # guard of COMING_DAYS
    assert found("زار الوفد القريب من الحدود القرية") == []


@pytest.mark.parametrize("text, span, value", [
    ("ستجرى الانتخابات الرئاسية بعد 90 يوما", "90 يوما", "P90D"),
    ("سيلتقي الفريقان بعد أسبوع في الدور الثاني", "أسبوع", "P1W"),
])
def test_a_count_after_after_is_a_duration(text: str, span: str, value: str) -> None:  # AFTER_COUNT
    assert one(text) == (span, value, "DURATION")


def test_a_count_before_now_stays_a_day() -> None:  # guard of AFTER_COUNT
    assert one("أعلنت الشرطة قبل يومين القبض على المتهم") == ("قبل يومين", "2015-07-21", "DATE")


@pytest.mark.parametrize("text, span, value", [
    ("يترقب المستثمرون الاجتماع الدوري المقرر في ديسمبر", "ديسمبر", "2015-12"),
    ("تتزايد توقعات السوق برفع أسعار الفائدة في سبتمبر", "سبتمبر", "2015-09"),
    ("يترقب المستثمرون الاجتماع المقرر في الرابع من ديسمبر", "الرابع من ديسمبر", "2015-12-04"),
])
def test_a_bare_month_with_no_tense_is_the_coming_one(text: str, span: str, value: str) -> None:  # NEAREST_MONTH
    assert one(text, "2015-08-10") == (span, value, "DATE")


@pytest.mark.parametrize("text, span, value", [
    ("وفي سبتمبر، كشفت الصحيفة أن الشركة تبيع", "سبتمبر", "2014-09"),  # opening the sentence: the scene of a story
    ("بلغ السعر أعلى مستوياته منذ سبتمبر", "سبتمبر", "2014-09"),  # since: it has come
    ("ارتفعت الأسعار في سبتمبر", "سبتمبر", "2014-09"),  # a past verb
    ("يترقب المستثمرون اجتماع اللجنة في فبراير", "فبراير", "2015-02"),  # more than four months ahead
])
def test_other_bare_months_are_the_last_one(text: str, span: str, value: str) -> None:  # guard of NEAREST_MONTH
    assert one(text, "2015-08-10") == (span, value, "DATE")


@pytest.mark.parametrize("text, span", [
    ("في هذا الوقت يرأس الأمير المجلس", "هذا الوقت"),
    ("تعمل الوزارة خلال الفترة الراهنة على المشاريع", "الفترة الراهنة"),
    ("نعتمد عليها في وقتنا الحاضر", "وقتنا الحاضر"),
])
def test_the_present_time(text: str, span: str) -> None:  # PRESENT_TIME
    assert one(text) == (span, "PRESENT_REF", "DATE")


@pytest.mark.parametrize("text", ["يكثر المطر في هذا الوقت من العام", "لمواجهة تحديات المرحلة الراهنة"])
def test_not_the_present_time(text: str) -> None:  # guard of PRESENT_TIME
    assert ("PRESENT_REF" not in [t[1] for t in found(text)])


@pytest.mark.parametrize("text, value", [
    ("تتسلم القاهرة المقاتلات الخريف المقبل", "2015-FA"),  # written in July: this year's autumn is ahead
    ("يعود الفريق إلى الملعب الربيع المقبل", "2016-SP"),  # this year's spring is over: next year's
])
def test_the_coming_season(text: str, value: str) -> None:  # SEASON_NEXT (the second a guard)
    assert one(text)[1] == value


RULE_CASES = {
    "SEASON_NEXT": "تتسلم القاهرة المقاتلات الخريف المقبل",
    "PRESENT_TIME": "تعمل الوزارة خلال الفترة الراهنة على المشاريع",
    "NEAREST_MONTH": "تتزايد توقعات السوق برفع أسعار الفائدة في سبتمبر",
    "AFTER_COUNT": "ستجرى الانتخابات الرئاسية بعد 90 يوما",
    "SEASON_NO_VALUE": "أنهى الفريق الموسم الماضي في المركز الرابع ويأمل أن يفوز هذا الموسم",
    "HIJRI_MONTH_ALONE": "وزعت الجمعية السلال الغذائية خلال شهر رمضان المبارك",
    "HIJRI_MONTH_MOD": "تنتهي المهلة في نهاية شهر شوال الجاري",
    "MONTHS_OF_YEAR": "ارتفعت أرباح الشركة في أول ستة أشهر من العام الجاري",
    "RECURRING": "يسافر أفراد العائلة كل صيف إلى الريف ويزداد عددهم عاما بعد عام",
    "COMING_DAYS": "ستتضح الصورة في قادم الأيام",
}


@pytest.mark.parametrize("name", sorted(RULE_CASES))
def test_each_rule_needs_its_switch(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    on = found(RULE_CASES[name])
    monkeypatch.setattr(switches, name, False)
    assert found(RULE_CASES[name]) != on
