"""Round 10 rules (`marsad.time.switches`): "earlier" within a unit named after من, "until this moment", a
company's quarterly results, the range of ages of a group, "سابقا" closing a noun phrase, and the clock time
closing a wire story.

Every sentence is invented; each test in the first group of each rule fails with its switch off (checked by
`test_each_rule_needs_its_switch`); the guards after it hold either way: they keep a rule from reaching past its case."""

from __future__ import annotations

import pytest
from timex_cases import found, one

from marsad.time import switches


@pytest.mark.parametrize("text, span, value", [
    ("أعلن النادي في وقت سابق من السنة الحالية عن ملعب جديد", "السنة الحالية", "2015"),
    ("وزار الوفد مدينة الدمام في وقت سابق من الشهر المنصرم", "الشهر المنصرم", "2015-06"),
    ("تزوج الشابان في وقت سابق من هذه السنة في مدينة أوسلو", "هذه السنة", "2015"),
])
def test_earlier_within_a_named_unit(text: str, span: str, value: str) -> None:  # EARLIER_OF
    assert one(text) == (span, value, "DATE")


@pytest.mark.parametrize("text", [
    "قالت الوزارة في وقت سابق إن الطريق سيفتح قريبا للسيارات",  # no unit after it: a past reference
    "وكانت الشرطة أعلنت في وقت سابق من جهتها أن التحقيق مستمر",  # من before no time
])
def test_earlier_alone_stays_a_past_reference(text: str) -> None:  # guard of EARLIER_OF
    assert ("وقت سابق", "PAST_REF", "DATE") in found(text)


@pytest.mark.parametrize("text, span", [
    ("لم تعلن الشركة أسماء الفائزين حتى اللحظة", "حتى اللحظة"),
    ("وحتى هذه اللحظة لم يصل أي رد من البلدية", "حتى هذه اللحظة"),
    ("لم تحسم اللجنة موقفها حتى اللحظة الراهنة", "حتى اللحظة الراهنة"),
    ("ولا يزال البحث عن الصياد جاريا حتى لحظة كتابة هذا الخبر", "حتى لحظة كتابة هذا الخبر"),
])
def test_until_this_moment_is_now(text: str, span: str) -> None:  # UNTIL_MOMENT
    assert one(text) == (span, "PRESENT_REF", "DATE")


@pytest.mark.parametrize("text", [
    "انتظر المشجعون حتى اللحظة التي أطلق فيها الحكم صافرته",  # the moment when: no "now"
    "ظل الحارس يقظا حتى لحظة دخول الكرة",
    "سيدافع الفريق عن لقبه حتى اللحظة الأخيرة من الموسم",  # the last moment of something
])
def test_other_moments_are_no_time(text: str) -> None:  # guard of UNTIL_MOMENT
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "تترقب السوق إعلان الشركات المدرجة نتائجها الفصلية",
    "ارتفعت أرباح شركة الأسمدة الوطنية الفصلية بنسبة عشرة في المائة",
    "ستعلن الشركة نتائجها الربع سنوية في مؤتمر صحفي",
])
def test_quarterly_results_are_no_recurrence(text: str) -> None:  # QUARTERLY_RESULTS
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("نشر البنك المركزي تقريرا فصليا عن التضخم", "فصليا", "P3M"),
    ("يعقد المساهمون اجتماعهم السنوي في الرياض", "السنوي", "P1Y"),
])
def test_other_periodic_adjectives_stay(text: str, span: str, value: str) -> None:  # guard of QUARTERLY_RESULTS
    assert one(text) == (span, value, "SET")


@pytest.mark.parametrize("text", [
    "استقبل المخيم أطفالا تتراوح أعمارهم بين 9 و14 عاما",
    "تراوحت أعمار المصابين بين 6 أشهر حتى 70 عاما",
])
def test_a_range_of_ages_is_no_span(text: str) -> None:  # AGE_RANGE
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("قضى المتطوعون بين المدينتين 3 أعوام", "3 أعوام", "P3Y"),  # بين with no ages before it
    ("توفي الشاعر عن عمر يناهز 80 عاما", "80 عاما", "P80Y"),  # one person's age stays a duration
])
def test_other_counts_of_years_stay(text: str, span: str, value: str) -> None:  # guard of AGE_RANGE
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text", [
    "زار الوفد عاصمة يوغوسلافيا الاتحادية سابقا",
    "التقى الوزير نائب رئيس \"الاتحاد\" سابقا في جدة",
    "اعتقلت الشرطة مهندسا مغربيا سابقا في الميناء",
])
def test_formerly_after_a_noun_phrase_is_former(text: str) -> None:  # FORMER_NOUN
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "كما أعلنت الوزارة سابقا فإن التسجيل يبدأ غدا",
    "كما ذكرت الهيئة الكندية سابقا فإن التسجيل يبدأ غدا",  # a verb's subject ending in an adjective of origin
    "ناقش المجلس الخطط المعتمدة سابقا للمشروع",  # a participle: "approved earlier" is a time
])
def test_formerly_after_a_verb_or_participle_stays(text: str) -> None:  # guard of FORMER_NOUN
    assert ("سابقا", "PAST_REF", "DATE") in [t for t in found(text) if t[0] == "سابقا"]


WIRE = "تبوك 18 شوال 1436 هـ الموافق 3 أغسطس 2015 م واس\nزار المحافظ أمس مستشفى المدينة العام.\n"


def test_the_closing_clock_of_a_wire_story_is_its_filing_time() -> None:  # FILING_TIME
    got = found(WIRE + "// انتهى // 14:05 ت م", "2015-08-03")
    assert ("14:05 ت م", "2015-08-03T14:05", "TIME") in got


def test_a_clock_in_the_story_keeps_the_day_it_tells_of() -> None:  # guard of FILING_TIME
    got = found(WIRE + "وغادر المستشفى في الساعة 14:05 بعد جولة طويلة.", "2015-08-03")
    assert ("الساعة 14:05", "2015-08-02T14:05", "TIME") in got


def test_an_end_that_is_no_wire_mark_keeps_the_story_day() -> None:  # guard of FILING_TIME
    got = found(WIRE + "وانتهى الاجتماع 14:05 بعد جولة طويلة.", "2015-08-03")
    assert not any(t[1] == "2015-08-03T14:05" for t in got), got


RULE_CASES = {
    "EARLIER_OF": "أعلن النادي في وقت سابق من السنة الحالية عن ملعب جديد",
    "UNTIL_MOMENT": "لم تعلن الشركة أسماء الفائزين حتى اللحظة",
    "QUARTERLY_RESULTS": "تترقب السوق إعلان الشركات المدرجة نتائجها الفصلية",
    "AGE_RANGE": "استقبل المخيم أطفالا تتراوح أعمارهم بين 9 و14 عاما",
    "FORMER_NOUN": "زار الوفد عاصمة يوغوسلافيا الاتحادية سابقا",
}


def test_the_filing_time_needs_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(switches, "FILING_TIME", False)
    got = found(WIRE + "// انتهى // 14:05 ت م", "2015-08-03")
    assert ("14:05 ت م", "2015-08-03T14:05", "TIME") not in got


@pytest.mark.parametrize("name", sorted(RULE_CASES))
def test_each_rule_needs_its_switch(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    on = found(RULE_CASES[name])
    monkeypatch.setattr(switches, name, False)
    assert found(RULE_CASES[name]) != on
