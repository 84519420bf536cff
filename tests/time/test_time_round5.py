"""Round 5 rules: moments as a duration, the era before Christ, a year that closes the name of a law or treaty."""

from __future__ import annotations

import pytest
from timex_cases import found


@pytest.mark.parametrize("text, span", [
    ("وهو ما تم بعد لحظات.", "لحظات"),
    ("عاد الهدوء بعد لحظات قليلة من الانفجار", "لحظات قليلة"),
    ("توقف اللاعب للحظات، ثم أكمل المباراة.", "لحظات"),
])
def test_moments_after_a_preposition_are_a_duration(text: str, span: str) -> None:
    assert found(text) == [(span, "PTXS", "DURATION")]


@pytest.mark.parametrize("text", [
    "وبعد لحظات الانتظار الطويلة خرج الوزير.",  # in construct: moments described, not a span
    "عاش الجمهور لحظات تاريخية.",  # no preposition
])
def test_moments_described_are_not_a_duration(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span", [
    ("وعثر على نقوش يعود تاريخها إلى ما قبل الميلاد، كما قال.", "ما قبل الميلاد"),
    ("أقدم الحضارات نشأت في ما قبل الميلاد.", "ما قبل الميلاد"),
])
def test_era_before_christ_is_a_past_date(text: str, span: str) -> None:
    assert found(text) == [(span, "PAST_REF", "DATE")]


@pytest.mark.parametrize("text, year", [
    ("وتطبيق قانون أملاك الغائبين 1950 بما يسمح بمصادرة الأملاك", "1950"),
    ("وأشاد الوزير باتفاقية باريس 2015 التي وقعتها الدول", "2015"),
])
def test_year_closing_a_law_name_is_a_date(text: str, year: str) -> None:
    assert found(text) == [(year, year, "DATE")]


@pytest.mark.parametrize("text", [
    "ويعمل في الشركة 1950 موظفا.",  # a count, no law named
    "وينص القانون على تعيين 2000 موظف جديد.",  # the law is named, but the number counts what follows
    "وقال إن قانون العمل 2015 موظفا يستفيدون منه",  # an accusative noun after it: a count
    "وقال إن القانون عدل. 2015 شهد تحولات",  # the clause ends between the law and the number
])
def test_number_near_a_law_that_is_no_year_of_its_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "ولقي 3 أشخاص مصرعهم جراء هجوم مباغت الليلة شنه عناصر التنظيم على الكتيبة.",  # the past verb after it
    "قتل الليلة رجلان في هجوم على نقطة تفتيش.",  # the past verb before it
    "وأعلنت الشرطة الليلة أن الهجوم أسفر عن قتيلين.",
])
def test_bare_night_in_a_past_clause_is_last_night(text: str) -> None:
    assert found(text) == [("الليلة", "2015-07-22TNI", "TIME")]


@pytest.mark.parametrize("text", [
    "أعلن الليلة نتائج الانتخابات",  # a headline: the news's present
    "تشهد المدينة الليلة حفلا كبيرا.",  # a present verb
    "ويقام الليلة حفل الختام الذي أعلن عنه.",  # a future cue in the clause
    "وسيعلن الوزير الليلة النتائج النهائية، كما قال.",  # a future verb
])
def test_bare_night_outside_a_past_clause_stays_tonight(text: str) -> None:
    assert found(text) == [("الليلة", "2015-07-23TNI", "TIME")]


def test_bare_night_set_against_yesterday_stays_tonight() -> None:
    text = "افتتح المهرجان البارحة بمسرحية أولى، والليلة مسرحية ثانية."
    assert ("الليلة", "2015-07-23TNI", "TIME") in found(text)
