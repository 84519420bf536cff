"""Round 6 rules: scaled durations, presentation forms, "قريبا من", early and late hours, a bare part of day,
coordinated and dotted years, financial periods, rates and quarterly sets, a past verb before a bare month,
seasons in construct and of every year."""

from __future__ import annotations

import pytest
from timex_cases import found, one


@pytest.mark.parametrize("text, span, value", [
    ("تعود هذه الصخور إلى عصر عمره 250 مليون سنة.", "250 مليون سنة", "P250000000Y"),
    ("وقدر العلماء عمر النجم بـ«13» مليار عام تقريبا", "«13» مليار عام", "P13000000000Y"),
    ("وهي أقدم من الـ60 مليون عام التي قدرها الباحثون", "60 مليون عام", "P60000000Y"),
    ("انقرضت الديناصورات قبل 65 مليون سنة.", "65 مليون سنة", "P65000000Y"),  # an age, not a calendar date
    ("وتكونت الطبقة خلال عشرات الملايين من السنين.", "عشرات الملايين من السنين", "PXY"),
])
def test_durations_with_a_scale_word(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text", [
    "وبلغت أرباح الشركة 400 مليون ريال.",  # money, no unit of time
    "وقدرت الخسائر بـ«20» مليون دولار.",
])
def test_scaled_counts_of_other_things_are_not_durations(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("وصل الوفد أمس اﻷول إلى الرياض", "أمس اﻷول", "2015-07-21"),  # U+FEF7, lam-alef with hamza
    ("ﺍﻟﻴﻮﻡ يفتتح المعرض", "ﺍﻟﻴﻮﻡ", "2015-07-23"),  # every letter in its presentation form
])
def test_presentation_forms_read_as_their_letters(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DATE")


@pytest.mark.parametrize("text", [
    "وكان المهاجم قريبا للغاية من التوقيع مع النادي.",
    "وكان الفريق قريبا من الفوز باللقب.",
    "جلس الرئيس قريبا منه خلال الحفل.",
    "سيكون الحل قريبا جدا من الاتفاق السابق.",
])
def test_near_to_is_not_soon(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "وتطلق الشركة خدمتها قريبا من دبي.",  # soon, from a place
    "ويصدر القرار قريبا من قبل الوزارة.",  # the agent of a passive
    "سيصل الوزير قريبا جدا.",
])
def test_soon_stays_soon(text: str) -> None:
    assert found(text) == [("قريبا", "FUTURE_REF", "DATE")]


@pytest.mark.parametrize("text, span, value", [
    ("اعتقلت الشرطة المشتبه به في ساعة مبكرة من صباح اليوم.", "ساعة مبكرة من صباح اليوم", "2015-07-23TMO"),
    ("قتل جندي في ساعة مبكرة الثلاثاء عندما انفجرت عبوة", "ساعة مبكرة الثلاثاء", "2015-07-21TMO"),
    ("انتهت المفاوضات في ساعة متأخرة من مساء أمس.", "ساعة متأخرة من مساء أمس", "2015-07-22TEV"),
    ("وقع الزلزال في ساعة متأخرة من ليل الاثنين.", "ساعة متأخرة من ليل الاثنين", "2015-07-20TNI"),
    ("وصلت الطائرة في ساعة متأخرة الأربعاء.", "ساعة متأخرة الأربعاء", "2015-07-22TNI"),
    ("غادر الموكب في وقت مبكر من صباح أمس.", "وقت مبكر من صباح أمس", "2015-07-22TMO"),
])
def test_early_and_late_hours_of_a_day(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "TIME")


def test_early_hour_without_a_day_is_no_time() -> None:
    assert found("يستيقظ في ساعة مبكرة كل صباح ويعمل") == [("كل صباح", "XXXX-XX-XXTMO", "SET")]


@pytest.mark.parametrize("text, value", [
    ("وصل المدرب يوم (الاثنين)، وقاد أول حصة تدريبية مساءً.", "2015-07-20TEV"),
    ("زار الوزير المصنع الثلاثاء الماضي. والتقى العمال صباحاً.", "2015-07-21TMO"),
])
def test_bare_part_of_day_takes_the_last_day_named(text: str, value: str) -> None:
    assert found(text)[-1][1:] == (value, "TIME")


@pytest.mark.parametrize("text", [
    "وصل الوفد الأحد الماضي. ثم جال في المدينة. والتقى المسؤولين مساءً.",  # two sentences back: too far
    "والتقى الوزير المسؤولين مساءً.",  # no day named
])
def test_bare_part_of_day_far_from_a_day_is_of_the_publication_day(text: str) -> None:
    assert found(text)[-1][1:] == ("2015-07-23TEV", "TIME")


@pytest.mark.parametrize("text, years", [
    ("أقيمت البطولة في عامي 2010 بالدوحة و2012 بدبي.", ["2010", "2012"]),
    ("نظم المؤتمر في عامي 2013 في الرباط و2014 في تونس", ["2013", "2014"]),
])
def test_year_coordinated_after_a_dual_year(text: str, years: list[str]) -> None:
    assert [v for _s, v, _t in found(text)] == years


def test_number_far_from_a_dual_year_is_no_year() -> None:
    got = found("زار المدينة في عامي 2013 بجدة حيث قال إن هناك و2014 زائرا")
    assert [v for _s, v, _t in got] == ["2013"]


@pytest.mark.parametrize("text, span, year", [
    ("وانخفض عدد الفقراء مقارنة بما كان عليه في عام .1995", "عام .1995", "1995"),
    ("وهي أهداف التنمية لما بعد عام .2030", "عام .2030", "2030"),
])
def test_year_after_a_moved_full_stop(text: str, span: str, year: str) -> None:
    assert one(text) == (span, year, "DATE")


def test_a_full_stop_before_a_new_sentence_year_keeps_the_duration() -> None:
    assert found("عاد بعد عام. 2015 كان عاما صعبا")[0] == ("عام", "P1Y", "DURATION")  # بعد outside (round 7)


RESULTS = ("ربحت الشركة 120 مليون ريال في الربع الثالث، مقارنة بـ80 مليونا في الربع المماثل من العام السابق. "
           "وعزت الشركة ارتفاع أرباح الربع الحالي إلى المبيعات، وبلغت أرباحها في الفترة الحالية ضعف أرباح "
           "نفس الفترة من عام 2013.")


def test_financial_periods_follow_the_quarter_named() -> None:
    assert found(RESULTS, published="2015-10-20") == [
        ("الربع الثالث", "2015-Q3", "DATE"),
        ("الربع المماثل من العام السابق", "2014-Q3", "DATE"),
        ("الربع الحالي", "2015-Q3", "DATE"),
        ("الفترة الحالية", "2015-Q3", "DATE"),
        ("نفس الفترة من عام 2013", "2013-Q3", "DATE"),
    ]


def test_the_period_of_results_prefers_a_half_named() -> None:
    text = ("حققت الشركة أرباحا بلغت 50 مليون ريال بنهاية النصف الأول، وخسرت في الربع الثاني 10 ملايين ريال. "
            "وارتفعت أرباح الفترة الحالية عن نتائج الفترة المماثلة من العام الماضي بفضل المبيعات.")
    got = found(text, published="2015-08-10")
    assert got == [("نهاية النصف الأول", "2015-H1", "DATE"), ("الربع الثاني", "2015-Q2", "DATE"),
                   ("الفترة الحالية", "2015-H1", "DATE"), ("الفترة المماثلة من العام الماضي", "2014-H1", "DATE")]


@pytest.mark.parametrize("text, expected", [
    ("ارتفعت المبيعات خلال الربع الحالي", [("الربع الحالي", "2015-Q3", "DATE")]),
    ("ارتفعت الأرباح مقارنة بالربع المماثل من العام الماضي", [("الربع المماثل من العام الماضي", "2014", "DATE")]),
    ("يعاني السوق في الفترة الحالية من الركود", [("الفترة الحالية", "PRESENT_REF", "DATE")]),
])
def test_financial_periods_with_no_quarter_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة زوجته في الفترة نفسها.",  # the time just told of
    "تقدم الفريق بهدف في النصف الأول من المباراة.",  # a match's half
    "وسجل المهاجم هدفين في النصف الأول.",
])
def test_periods_that_are_not_a_companys(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("وتنشر الهيئة تقريرا فصليا عن السوق.", "فصليا", "P3M"),
    ("وقال البنك في تقرير فصلي إن النمو تباطأ", "فصلي", "P3M"),
    ("وتنقل القطارات أكثر من ألف راكب في الساعة.", "في الساعة", "PT1H"),
    ("وتبلغ سرعته 300 كيلومتر في الساعة", "في الساعة", "PT1H"),
    ("ويتناول الدواء ثلاث مرات في اليوم.", "في اليوم", "P1D"),
    ("وينتج الحقل مليون برميل في اليوم.", "في اليوم", "P1D"),
])
def test_quarterly_sets_and_rates(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "SET")


@pytest.mark.parametrize("text, expected", [
    ("بدأت الاختبارات الفصلية في المدارس", []),  # a school term's exams
    ("وصل خمسة جرحى في الساعة الواحدة ظهرا", [("الساعة الواحدة ظهرا", "2015-07-23T13:00", "TIME")]),
    ("وقع ثلاثة انفجارات في الساعة 10 صباحا", [("الساعة 10 صباحا", "2015-07-23T10:00", "TIME")]),
    ("وعاد اثنان في اليوم التالي", [("اليوم التالي", None, "DATE")]),
])
def test_clock_times_and_next_days_are_not_rates(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, value", [
    ("والضرائب التي فرضتها الحكومة على الواردات في نهاية مايو ستضعف التجارة.", "2015-05"),
    ("والقرار الذي أصدرته الوزارة في يونيو سيطبق على الجميع.", "2015-06"),
    ("وقال إن الحكومة ستفرض الضرائب في نهاية مايو.", "2016-05"),  # the verb before is future
])
def test_past_verb_before_a_bare_month_decides(text: str, value: str) -> None:
    assert found(text)[0][1] == value


@pytest.mark.parametrize("text, span, value", [
    ("أعلنت الهيئة عن خطة لبرامج الصيف في المدن الساحلية.", "الصيف", "2015-SU"),
    ("وتستعد الأسر لإجازة الشتاء", "الشتاء", "2015-WI"),
])
def test_season_in_construct_is_this_years(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DATE")


def test_season_of_every_year_has_no_value() -> None:
    text = "وتقيم القبائل مهرجانها السنوي الكبير في الربيع والخريف."
    assert [(s, v) for s, v, t in found(text) if t != "SET"] == [("الربيع", None), ("الخريف", None)]


@pytest.mark.parametrize("text", ["ونجحت ثورات الربيع في تونس.", "وشاركت دول الربيع في المؤتمر."])
def test_arab_spring_in_construct_is_no_season(text: str) -> None:
    assert found(text) == []
