"""Round 9b rules of the entity stage (docs/entities.md, "Round 9b"), on invented sentences."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run

from marsad.entities.registry import lookup, registry


def _code(body: str, text: str, published: str = "2015-08-01") -> tuple[str, str | None] | None:
    return codes(run(body, published=published)).get(text)


@pytest.mark.parametrize(("body", "name", "code"), [
    # a title ending with a preposition still gives the role of the body it heads
    ("وتفقد الوزير المرضى في أبها برفقة المشرف العام على مستشفى أبها العام الدكتور سامي القرني.",
     "سامي القرني", "SAUHLH"),
    # "في المحافظة" inside a title is where the office is held
    ("وقال مدير الشؤون الصحية في المحافظة الدكتور سامر الحربي إن المصابين في الطائف يتلقون العلاج.",
     "سامر الحربي", "SAUGOV"),
    # the body named by its head word alone after a title
    ("وافتتح رئيس غرفة جازان المعرض في جازان بحضور أمين عام الغرفة فهد الحمدان.", "فهد الحمدان", "SAUBUS"),
    ("وقال مدير المستشفى الدكتور ماجد الرويلي إن الحالة مستقرة في الرياض.", "ماجد الرويلي", "SAUHLH"),
    # an apposition naming where the office is, with "في"
    ("وأوضح حسن عمر البكري، رئيس قسم البحث في خفر السواحل الماليزية أن القارب انقلب قرب جزيرة بينانغ.",
     "حسن عمر البكري", "MYSCOP"),
])
def test_titles_read_through_prepositions_and_short_bodies(body: str, name: str, code: str) -> None:
    assert _code(body, name) == ("PER", code)


def test_a_rank_parted_from_the_name_by_where_the_officer_serves() -> None:
    body = "وقتل مسلحون العقيد المهندس في القوات الجوية أحمد يوسف الخطيب قرب حمص في سوريا."
    assert _code(body, "أحمد يوسف الخطيب") == ("PER", "SYRMIL")


@pytest.mark.parametrize(("body", "name"), [
    ("وأنهى اللاعب تدريباته مع المشرف العام على الفريق سعود الحربي في الرياض.", "سعود الحربي"),
    ("وأوضح المشرف العام على البرنامج حمد الدوسري أن الزوار كثر في الرياض.", "حمد الدوسري"),
])
def test_a_title_over_a_team_or_a_programme_is_no_state_office(body: str, name: str) -> None:
    got = _code(body, name)
    assert got is not None and got[1] == "SAU"


@pytest.mark.parametrize(("body", "text", "code"), [
    ("وقال خفر السواحل الماليزية إن البحث مستمر.", "خفر السواحل الماليزية", "MYSCOP"),
    ("وأطلقت قوات حرس الحدود الباكستانية النار على القرى.", "قوات حرس الحدود الباكستانية", "PAKCOP"),
    ("وأقلعت الطائرات التابعة لقيادة القوات الجوية السعودية من الرياض.", "قيادة القوات الجوية السعودية",
     "SAUMIL"),
    ("وتفقد المحافظ في عدن المنطقة العسكرية الرابعة والميناء.", "المنطقة العسكرية الرابعة", "YEMMIL"),
    ("وفي المملكة أعلنت الشؤون الصحية في الرياض نقل المصابين.", "الشؤون الصحية", "SAUGOV"),
    ("وفي المملكة بدأت الأحوال المدنية في الرياض إصدار البطاقات.", "الأحوال المدنية", "SAUGOV"),
])
def test_state_bodies_and_military_commands(body: str, text: str, code: str) -> None:
    assert _code(body, text) == ("ORG", code)


def test_byline_with_a_standalone_tatweel() -> None:
    body = "ناصر المطرفي ـ سبق ـ الرياض: أعلنت الجهات المختصة في الرياض بدء الحملة."
    assert _code(body, "ناصر المطرفي") == ("PER", "SAUMED")


def test_given_and_family_name_after_a_title_and_its_place() -> None:
    body = "وقال مدير عام فرع وزارة التجارة بمنطقة تبوك علي الشهري إن الجولات مستمرة."
    assert _code(body, "علي الشهري") == ("PER", "SAUGOV")


@pytest.mark.parametrize(("body", "text", "code"), [
    ("ويقع مقر المجلس في بلدة كرتابا في باكستان منذ سنوات.", "كرتابا", "PAK"),
    ("وقصفت القوات الهندية قرى في منطقة ناروال بإقليم البنجاب شرقي الهند وباكستان.", "ناروال", "PAK"),
    ("وقالت الحكومة اليمنية إن قواتها دخلت عدن وصنعاء. وتقدمت القوات نحو مدينة شحير الساحلية في الهضبة.",
     "شحير", "YEM"),
])
def test_unknown_towns_take_the_place_they_lie_in(body: str, text: str, code: str) -> None:
    assert _code(body, text) == ("GPE", code)


def test_a_family_name_without_the_article_ends_a_chain() -> None:
    body = "وحضر الحفل سفير خادم الحرمين الشريفين لدى نواكشوط راشد بن حمد عتيق، وعدد من أعضاء السفارة."
    assert _code(body, "راشد بن حمد عتيق") == ("PER", "SAUGOV")


def test_an_institution_named_again_keeps_its_code() -> None:
    body = ("وتنظم غرفة الشرقية المعرض في الدمام. "
            "وقالت الحكومة الألمانية إن شركاتها ستشارك في معرض غرفة الشرقية العام المقبل.")
    got = [e.actor for e in run(body).entities if e.span.text == "غرفة الشرقية"]
    assert len(got) == 2 and got[0] == got[1]


@pytest.mark.parametrize(("body", "alias", "expected"), [
    ("وأعلن تنظيم داعش مسؤوليته عن الهجوم، وقال التنظيم في بيان إن مقاتليه نفذوه.", "التنظيم", "IMGMUSISI"),
    ("وزار الأمير محافظة ينبع أمس، وأوضح محافظ المحافظة أن المشاريع تسير.", "المحافظة", "SAU"),
])
def test_short_forms_of_descriptors_and_provinces(body: str, alias: str, expected: str) -> None:
    got = [e for e in run(body).entities if e.span.text == alias]
    assert got and got[0].actor == expected and got[0].origin == "alias"


def test_keeping_is_not_the_province() -> None:
    body = "وزار الأمير محافظة ينبع أمس، ودعا إلى المحافظة على النظافة."
    assert not [e for e in run(body).entities if e.span.text == "المحافظة"]


@pytest.mark.parametrize(("name", "date", "code"), [
    ("بنجامين كاردين", "2015-07-20", "USALEG"),
    ("ماركو روبيو", "2015-07-20", "USALEG"),
    ("ماركو روبيو", "2025-06-01", "USAGOV"),
    ("جون كيري", "2010-01-01", "USALEG"),
    ("جون كيري", "2015-01-01", "USAGOV"),
    ("جون بينر", "2014-05-01", "USALEG"),
    ("جون بينر", "2016-05-01", "USAELI"),
])
def test_members_of_congress_are_legislators_for_their_years(name: str, date: str, code: str) -> None:
    actors = [a for a in registry().find(name) if a.kind == "person"]
    assert actors and lookup(actors[0].id).code_on(date) == code


@pytest.mark.parametrize(("name", "code"), [
    ("سان بطرسبرج", "RUS"),
    ("سانت بطرسبورغ", "RUS"),
    ("السودة", "SAU"),
    ("وكالة الأنباء السورية الرسمية", "SYRMED"),
    ("هيئة الهلال الأحمر السعودي", "SAU"),
])
def test_registry_names_of_the_round(name: str, code: str) -> None:
    assert any(a.code == code for a in registry().find(name))
