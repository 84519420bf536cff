"""Round 9 rules (`marsad.time.switches`): a daily or weekly routine owned by someone, one or two years and a half
in months, and "وقت لاحق" whatever the tense of its clause.

Every sentence is invented; each test in the first group of each rule fails with its switch off (the guards after
it hold either way: they keep a rule from reaching past its case)."""

from __future__ import annotations

import pytest
from timex_cases import found, one


@pytest.mark.parametrize("text", [
    "أنهى مؤشر البورصة تعاملاته الأسبوعية على ارتفاع طفيف",
    "سجلت عملة البلاد أكبر خسائرها اليومية في تاريخها",
    "واصل لاعبو النادي تدريباتهم اليومية في الملعب الفرعي",
    "يستغل الموظفون إجازاتهم الأسبوعية في زيارة الأقارب",
])
def test_an_owned_routine_is_no_recurrence(text: str) -> None:  # OWNED_ROUTINE
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("تصدر النشرة الأسبوعية للجمعية في عشرين صفحة", "الأسبوعية", "P1W"),
    ("يبدأ المؤتمر السنوي للأطباء في المدينة", "السنوي", "P1Y"),
    ("يحضر الأعضاء عرضهم السنوي في القاعة الكبرى", "السنوي", "P1Y"),  # a yearly event stays, owned or not
    ("ألغيت الرحلة اليومية بين المدينتين", "اليومية", "P1D"),  # الرحلة: a noun in ة, no pronoun
])
def test_other_recurrences_stay(text: str, span: str, value: str) -> None:  # guard of OWNED_ROUTINE
    assert one(text) == (span, value, "SET")


@pytest.mark.parametrize("text, span, value", [
    ("نقل إلى المستشفى طفل يبلغ من العمر عاما ونصف", "عاما ونصف", "P18M"),
    ("قضى الأسير سنة ونصف في السجن", "سنة ونصف", "P18M"),
    ("ارتفع الإنتاج خلال العامين ونصف العام الماضيين", "العامين ونصف العام الماضيين", "P30M"),
])
def test_one_or_two_years_and_a_half_in_months(text: str, span: str, value: str) -> None:  # SHORT_HALF_YEARS
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text, span, value", [
    ("أمضى الرحالة سبعة أعوام ونصف العام في الترحال", "سبعة أعوام ونصف العام", "P7Y6M"),
    ("استغرقت الرحلة ثلاث ساعات ونصف", "ثلاث ساعات ونصف", "PT3H30M"),
])
def test_longer_halves_keep_their_unit(text: str, span: str, value: str) -> None:  # guard of SHORT_HALF_YEARS
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text", [
    "وفي وقت لاحق، استقبل المحافظ رئيس البلدية",
    "قد ينضم إلى القافلة عشرون متطوعا في وقت لاحق.",
    "قد ينضم إلى القافلة عشرون متطوعا فى وقت لاحق.",
])
def test_a_later_time_in_any_clause_is_an_expression(text: str) -> None:  # LATER_TIME
    assert one(text) == ("وقت لاحق", None, "DATE")


def test_a_later_time_ahead_is_a_future_reference() -> None:  # guard of LATER_TIME
    assert one("ستعلن اللجنة أسماء الفائزين في وقت لاحق") == ("وقت لاحق", "FUTURE_REF", "DATE")


def test_later_in_a_past_clause_stays_untagged() -> None:  # guard of LATER_TIME: "لاحقا" is not "وقت لاحق"
    assert found("وتبين لاحقا أن المبنى كان مهجورا") == []
