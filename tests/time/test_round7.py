"""Round 7 rules (`marsad.time.switches`): quoted days, weekdays of last week, "ذلك الوقت", long spans, more past
references, approximate definite counts, former titles, bare ages, counted pairs, daily papers, dates after منذ,
stages, seasons counted, "فقط من", and the spans of "حتى الآن", "لأكثر من" and durations after قبل/بعد.

Every sentence is invented; each test fails with its rule's switch off."""

from __future__ import annotations

import pytest
from timex_cases import found, one


@pytest.mark.parametrize("text, span, value", [
    ("الوزارة: «12» ذو القعدة آخر موعد للتسجيل", "«12» ذو القعدة", "2015-08-27"),
    ("تبدأ الدراسة في (6) سبتمبر المقبل", "(6) سبتمبر المقبل", "2015-09-06"),
])
def test_quoted_day_before_its_month(text: str, span: str, value: str) -> None:  # QUOTED_DAY
    assert one(text) == (span, value, "DATE")


def test_weekday_after_last_week_is_of_that_week() -> None:  # WEEK_WEEKDAY
    # published on Thursday 23 July: last week ran from Sunday 12 to Saturday 18 July
    got = found("هبطت أسعار القمح الأسبوع الماضي إثر موجة بيع يوم الثلاثاء")
    assert got[1] == ("يوم الثلاثاء", "2015-07-14", "DATE")


def test_that_time_takes_the_date_told_before() -> None:  # THAT_TIME
    got = found("افتتح المصنع عام 2009، وكان في ذلك الوقت الأكبر في المنطقة.")
    assert got == [("عام 2009", "2009", "DATE"), ("ذلك الوقت", "2009", "DATE")]


@pytest.mark.parametrize("text, span", [
    ("ظل المبنى مهجورا لفترة طويلة", "لفترة طويلة"),
    ("استغرق بناء الجسر وقتا طويلا", "وقتا طويلا"),
    ("تمكنت الشرطة من ضبطه في فترة زمنية وجيزة", "فترة زمنية وجيزة"),
])
def test_long_spans_are_durations_without_a_value(text: str, span: str) -> None:  # LONG_SPANS
    assert one(text) == (span, None, "DURATION")


@pytest.mark.parametrize("text, span", [
    ("كانت القرية قديما مركزا للتجارة", "قديما"),
    ("أشاد بالإنجازات التي تحققت خلال الفترة المنصرمة.", "الفترة المنصرمة"),
])
def test_more_past_references(text: str, span: str) -> None:  # MORE_PAST_REFS
    assert one(text) == (span, "PAST_REF", "DATE")


@pytest.mark.parametrize("text, span, value", [
    ("تأخر المشروع قرابة السنة", "قرابة السنة", "P1Y"),
    ("يطالب الأهالي منذ قرابة الثلاث السنوات بطريق جديد", "قرابة الثلاث السنوات", "P3Y"),
])
def test_approximate_count_of_a_definite_unit(text: str, span: str, value: str) -> None:  # APPROX_DEFINITE
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text", [
    "وقال مدير المرور سابقا اللواء خالد إن الطريق آمن",  # FORMER_TITLE: a former office holder
    "ينصح الأطباء بالفحص في سن 40",  # BARE_AGE: an age as a bare figure
    "تضم المكتبة ما بين 1700 و1950 كتابا نادرا",  # COUNT_PAIR: two counts, no years
    "ونشرت صحيفة الرياض اليومية تقريرا",  # DAILY_PAPER: the paper's name
    "بدأت الاستعدادات للمرحلة المقبلة من المشروع",  # NO_NEXT_STAGE: a stage of a plan
])
def test_no_time_here(text: str) -> None:
    assert found(text) == []


def test_a_date_after_since_is_past() -> None:  # SINCE_PAST
    got = one("سجل المؤشر أعلى مستوى له منذ 12 مارس بينما سيعلن البنك قراره")
    assert got == ("12 مارس", "2015-03-12", "DATE")


@pytest.mark.parametrize("text, span, value, kind", [
    ("انتقل المهاجم إلى النادي معارا لمدة موسم واحد", "موسم واحد", None, "DURATION"),
    ("فاز الفريق باللقب في المواسم الثلاثة الأخيرة", "المواسم الثلاثة الأخيرة", None, "DURATION"),
    ("يتقاضى مليوني دولار في الموسم الواحد.", "الموسم الواحد", "P1Y", "SET"),
])
def test_seasons_counted(text: str, span: str, value: str | None, kind: str) -> None:  # SEASON_COUNTS
    assert one(text) == (span, value, kind)


def test_only_before_an_event_is_a_span() -> None:  # TIED_ADVERB
    assert one("وصل الفريق قبل يومين فقط من انطلاق البطولة") == ("يومين", "P2D", "DURATION")


def test_until_now_is_now() -> None:  # UNTIL_NOW_SPAN
    assert one("لم تعلن الشركة حتى الآن نتائجها") == ("الآن", "PRESENT_REF", "DATE")


def test_the_lam_before_an_approximation_stays_out() -> None:  # APPROX_CLITIC
    assert one("استمرت المفاوضات لأكثر من ثلاث سنوات") == ("أكثر من ثلاث سنوات", "P3Y", "DURATION")


@pytest.mark.parametrize("text, span, value", [
    ("عاد النمو بعد خمس سنوات من الركود", "خمس سنوات", "P5Y"),
    ("استعد التجار قبل ثلاثة أشهر من افتتاح السوق", "ثلاثة أشهر", "P3M"),
])
def test_before_and_after_stay_out_of_a_duration(text: str, span: str, value: str) -> None:  # DURATION_PREP_OUT
    assert one(text) == (span, value, "DURATION")


def test_a_season_across_two_years() -> None:  # SEASON_YEARS
    assert one("توج النادي بالدوري في موسم 2012/2011 بفارق كبير") == ("موسم 2012/2011", None, "DATE")
