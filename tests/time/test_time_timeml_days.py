"""TimeML conventions for days: named days, anaphoric days, paired dates, parts and clock times, daily adjectives."""

from __future__ import annotations

import pytest
from timex_cases import found, one

# -- parts of day and clock times ------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("وقع الحادث في الساعات الأولى من صباح اليوم في جدة.", "الساعات الأولى من صباح اليوم", "2015-07-23TMO"),
    ("في الساعات الأولى من فجر أمس.", "الساعات الأولى من فجر أمس", "2015-07-22TMO"),
    ("وقع الانفجار فجر اليوم قرب السوق.", "فجر اليوم", "2015-07-23TMO"),
    ("وصل الوفد ظهر أمس إلى الرياض.", "ظهر أمس", "2015-07-22TMI"),
])
def test_parts_of_day(text: str, span: str, value: str) -> None:
    # "الأولى" after "الساعات" is "the first hours", not one o'clock
    assert one(text) == (span, value, "TIME")


def test_no_clock_time_in_first_hours_of_an_event() -> None:
    assert found("خلال الساعات الأولى من الحادث") == []


@pytest.mark.parametrize("text, span", [
    ("وبحلول الساعة 0700 بتوقيت جرينتش ارتفع سعر الخام.", "الساعة 0700 بتوقيت جرينتش"),
    ("جدة واس 16:39 ت م", "16:39 ت م"),
    ("يبدأ الحفل الساعة العاشرة صباحا بتوقيت مكة المكرمة.", "الساعة العاشرة صباحا بتوقيت مكة المكرمة"),
])
def test_time_zone_is_part_of_the_clock_time(text: str, span: str) -> None:
    got = one(text)
    assert got[0] == span and got[2] == "TIME"


@pytest.mark.parametrize("text, span, value", [
    ("هاجمت عند الساعة 16:00 من الاثنين ثلاث قرى.", "الساعة 16:00 من الاثنين", "2015-07-20T16:00"),
    ("وقع الانفجار عند الساعة 12 بالتوقيت المحلي قرب الحدود.", "الساعة 12 بالتوقيت المحلي", "2015-07-23T12:00"),
    ("وقع الانفجار (9:00 ت.غ) قرب الحدود.", "9:00 ت.غ", "2015-07-23T09:00"),
])
def test_clock_time_with_its_day_or_zone(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "TIME")


def test_clitic_noon_is_a_verb_not_a_time() -> None:
    assert found("أما النوع الأول فظهر في تكرار بعض الكلمات.") == []


def test_bare_clock_time_takes_the_day_the_story_tells() -> None:
    text = ("ارتفعت أسعار النفط صباح يوم الخميس بعد تقرير عن المخزونات. وقال محلل إن الطلب قوي. "
            "وبحلول الساعة 0700 بتوقيت جرينتش ارتفع سعر الخام.")
    got = found(text, "2015-07-21")
    assert got[0][1] == "2015-07-16TMO"
    assert got[-1][1] == "2015-07-16T07:00"


def test_habitual_part_of_day_is_of_no_one_day() -> None:
    assert one("ويلعب الفريق عادة مساءً حيث توقد النار.") == ("مساءً", "XXXX-XX-XXTEV", "TIME")


# -- weekdays paired with dates ------------------------------------------------------------------------

@pytest.mark.parametrize("text, weekday_value", [
    ("يبدأ المهرجان اليوم الأحد الموافق 26 يوليو في الرياض.", "2015-07-26"),
    ("يقام الحفل مساء الأحد الموافق لـ 26 يوليو.", "2015-07-26TEV"),
])
def test_weekday_paired_with_an_agreeing_date_takes_it(text: str, weekday_value: str) -> None:
    # one expression since round 8 (`switches.WEEKDAY_DATE`), the weekday's part of day kept
    got = found(text)
    assert len(got) == 1 and got[0][1] == weekday_value and got[0][0].endswith("26 يوليو")


def test_weekday_paired_with_a_disagreeing_date_keeps_its_own_day() -> None:
    # 27 July 2015 is a Monday: the text contradicts itself, the weekday rule stands
    assert found("اليوم الأحد الموافق 27 يوليو")[0][1] == "2015-07-19"


def test_hamza_final_future_verb_points_ahead() -> None:
    assert one("قالت الوزارة إن الوزير سيبدأ يوم السبت جولة.", "2015-08-05")[1] == "2015-08-08"


# -- spans keep their marks ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("صدر القرار في 1436هـ وعمل به.", "1436هـ"),
    ("جدة 25 شوال 1436هـ الموافق 10 أغسطس.", "25 شوال 1436هـ"),
    ("يصل الوفد غداً إلى الرياض.", "غداً"),
])
def test_span_includes_tatweel_and_vowel_marks(text: str, span: str) -> None:
    assert found(text)[0][0] == span


# -- named and anaphoric days ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, value", [
    ("احتفلت المملكة باليوم الوطني السعودي.", "2015-10-01", "2015-09-23"),
    ("ستحتفل المملكة باليوم الوطني السعودي.", "2015-07-23", "2015-09-23"),
    ("احتفلت المملكة باليوم الوطني السعودي.", "2015-07-23", "2014-09-23"),
    ("احتفلت السفارة بيوم روسيا في الرياض.", "2015-06-14", "2015-06-12"),
    ("بعث الملك برقية تهنئة لرئيس سنغافورة بمناسبة ذكرى اليوم الوطني لبلاده.", "2015-08-08", "2015-08-09"),
])
def test_national_day_resolved_by_tense(text: str, published: str, value: str) -> None:
    got = found(text, published)
    assert [v for _s, v, _t in got] == [value]


def test_national_day_of_no_known_country_has_no_value() -> None:
    assert one("أقيم حفل بمناسبة اليوم الوطني في المدرسة.") == ("اليوم الوطني", None, "DATE")


@pytest.mark.parametrize("text, span", [
    ("تحتفي الرئاسة غداً باليوم العالمي للحركة الكشفية في الرياض.", "اليوم العالمي للحركة الكشفية"),
    ("تحتفي الرئاسة باليوم العالمي للحركة الكشفية غداً في الرياض.", "اليوم العالمي للحركة الكشفية"),
    ("تحتفي الرئاسة باليوم العالمي للحركة الكشفية الذي يصادف يوم 24 / 7 / 2015م.", "اليوم العالمي للحركة الكشفية"),
])
def test_international_day_takes_the_date_beside_it(text: str, span: str) -> None:
    assert (span, "2015-07-24", "DATE") in found(text)


def test_named_day_leaves_the_date_after_it_whole() -> None:
    got = found("بمناسبة اليوم العالمي للمهاجرين الموافق الثامن عشر من ديسمبر من كل عام.")
    assert got[:2] == [("اليوم العالمي للمهاجرين", "2014-12-18", "DATE"),
                       ("الثامن عشر من ديسمبر", "2014-12-18", "DATE")]


@pytest.mark.parametrize("text, span", [
    ("يحتفل العالم بيوم البيئة العالمي بحملات للتشجير.", "يوم البيئة العالمي"),
    ("حضر يوم الافتتاح عدد من المسؤولين.", "يوم الافتتاح"),
])
def test_named_day_without_a_date_has_no_value(text: str, span: str) -> None:
    assert one(text) == (span, None, "DATE")


def test_that_day_takes_the_day_named_before() -> None:
    got = found("وقع الهجوم يوم الخميس الماضي. وفي ذلك اليوم خرج الناس إلى الشوارع.")
    assert got[-1] == ("ذلك اليوم", got[0][1], "DATE")


def test_that_day_is_not_the_texts_today() -> None:
    assert found("قال الوزير اليوم إن الحادث وقع ليلا. وفي ذلك اليوم خرج الناس.")[-1] == ("ذلك اليوم", None, "DATE")


def test_until_lately_is_a_past_reference() -> None:
    assert one("كانت الفرق تتولى حتى وقت قريب حراسة الأنابيب.") == ("وقت قريب", "PAST_REF", "DATE")


def test_such_a_day_is_not_that_day() -> None:
    assert found("كنت أحتفظ بها لمثل ذلك اليوم.") == []


def test_later_in_a_year_stays_a_future_reference() -> None:
    assert found("ويعرض الفيلم في وقت لاحق من 2015 في إطار البرنامج.")[0][:2] == ("وقت لاحق", "FUTURE_REF")


def test_that_day_alone_is_tagged_without_a_value() -> None:
    assert one("وفي ذلك اليوم خرج الناس إلى الشوارع.") == ("ذلك اليوم", None, "DATE")


# -- days of months, ages, years, sets ---------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("يتواجد الفنان حتى الخامسة عشرة من الشهر الحالي على المسرح.", "الخامسة عشرة من الشهر الحالي", "2015-07-15"),
    ("وفي العاشر من الشهر الماضي قال الوزير.", "العاشر من الشهر الماضي", "2015-06-10"),
    ("صدر القرار في الأول من هذا الشهر.", "الأول من هذا الشهر", "2015-07-01"),
])
def test_day_of_a_relative_month(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DATE")


@pytest.mark.parametrize("text, span, value", [
    ("يتحدثون عن التجنيد في سن الخامسة عشرة.", "سن الخامسة عشرة", "P15Y"),
    ("يحال الموظف إلى التقاعد عند بلوغه سن الستين.", "سن الستين", "P60Y"),
])
def test_age_named_by_سن(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DURATION")


def test_سن_as_enacting_is_no_age() -> None:
    assert found("طالب النواب بسن قانون جديد للعمل.") == []


def test_this_year_named_with_its_number_is_one_expression() -> None:
    assert one("خلال موسم حج هذا العام 1436هـ، قدمت الوزارة خدماتها.")[0] == "هذا العام 1436هـ"


def test_this_year_before_a_count_is_not_a_year() -> None:
    assert one("زار المدينة هذا العام 1200 حاج.") == ("هذا العام", "2015", "DATE")


def test_month_then_comma_then_next_year() -> None:
    got = one("ستجري الحكومة الاستفتاء في يونيو (حزيران)، من العام المقبل.")
    assert got == ("يونيو (حزيران)، من العام المقبل", "2016-06", "DATE")


def test_gregorian_year_marked_hijri_by_slip() -> None:
    assert one("الذي يصادف 12 / 8 / 2015هـ بحضور الوكيل.")[1] == "2015-08-12"


@pytest.mark.parametrize("text, span, value", [
    ("يعقد المؤتمر السنوي للحزب في أكتوبر.", "السنوي", "P1Y"),
    ("يقدم الموقع التغطية الإخبارية اليومية، بالإضافة إلى التقارير.", "اليومية", "P1D"),
    ("يتم اعتمادها بشكل ثابت وسنوي مستمر.", "سنوي", "P1Y"),
])
def test_daily_and_annual_adjectives_are_sets(text: str, span: str, value: str) -> None:
    assert (span, value, "SET") in found(text)


def test_anniversary_is_not_a_set() -> None:
    assert found("أقيم الحفل في الذكرى السنوية لتأسيس الجمعية.") == []


@pytest.mark.parametrize("text, span, value", [
    ("لم يحدث ذلك خلال اليومين السابقين.", "اليومين السابقين", "P2D"),
])
def test_dual_with_السابقين_is_a_duration(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text, span, value", [
    ("قال المسؤول في وقت سابق إن العمل مستمر.", "وقت سابق", "PAST_REF"),
    ("تبث الأغنية في وقت قريب على الفضائيات.", "وقت قريب", "FUTURE_REF"),
    ("انتشرت اللعبة في العهود الماضية في الحجاز.", "العهود الماضية", "PAST_REF"),
])
def test_vague_references_leave_the_preposition_out(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DATE")


def test_later_followed_by_by_means_of_is_not_a_future_reference() -> None:
    assert found("تبين لاحقاً من خلال التنقيب أن القطع أثرية.") == []


@pytest.mark.parametrize("text, span, value", [
    ("يحذف التطبيق الرسالة بعد 60 ثانية من وصولها.", "60 ثانية", "PT60S"),  # بعد outside (round 7)
    ("ابتعدنا عن المكان خلال ثوان من التحذير.", "ثوان", "PTXS"),
    ("استغرق الإطلاق ثانيتين فقط.", "ثانيتين", "PT2S"),
])
def test_seconds(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text", ["حاول مرة ثانية.", "عاد ثانية إلى بيته.", "سجل زمنا قدره 9.87 ثانية في السباق."])
def test_no_seconds_in_again_or_in_decimals(text: str) -> None:
    # "ثانية" alone is "again"; the decimals of a time are no count of their own
    assert found(text) == []


@pytest.mark.parametrize("text, span, value, ty", [
    ("وصل الوفد يوم الاثنين الماضي وغادر في اليوم التالي إلى جدة.", "اليوم التالي", "2015-07-21", "DATE"),
    ("وقع الهجوم في 5 مارس وكان قد زار المكان في اليوم السابق.", "اليوم السابق", "2015-03-04", "DATE"),
    ("تأسست الشركة عام 2003 وفي العام التالي انضمت إلى السوق.", "العام التالي", "2004", "DATE"),
    ("قصفت الطائرات يوم الجمعة الماضي مواقع، وفي الليلة التالية شنت غارات.", "الليلة التالية", "2015-07-18TNI", "TIME"),
])
def test_the_next_or_previous_unit(text: str, span: str, value: str, ty: str) -> None:
    assert found(text)[-1] == (span, value, ty)


@pytest.mark.parametrize("text, span", [
    ("خرجت الطالبات في اليوم التالي إلى الشوارع.", "اليوم التالي"),  # nothing named before
    ("يشبه الأمر اليوم التالي لهيروشيما.", "اليوم التالي"),  # the day after an event the text does not date
])
def test_the_next_day_without_a_value(text: str, span: str) -> None:
    assert found(text)[-1] == (span, None, "DATE")


def test_thousands_separator_in_a_count_of_years() -> None:
    assert one("يستخرجون الملح منذ أكثر من 2.500 عام.")[1:] == ("P2500Y", "DURATION")


def test_later_in_a_part_of_a_period_stays_a_future_reference() -> None:
    assert found("وفي وقت لاحق من الثلث الثاني للحمل تجرى الفحوصات.")[0][:2] == ("وقت لاحق", "FUTURE_REF")
