"""Round 22 rules and data of the entity stage (docs/entities.md, "Round 22"), on invented sentences.

Each rule has a module switch; every rule's positive test here fails with its switch off (the tests check it)."""

from __future__ import annotations

from types import ModuleType

import pytest
from tests.entities.pipeline import codes, run, switched

from marsad.entities import institutions, matching, places, recognition, roles


def _codes(body: str, published: str = "2015-08-01") -> dict[str, tuple[str, str | None]]:
    return codes(run(body, published))


# roles.PLACED_NAMES_ONLY: a place after بـ locates a body and is a mention of its own; a chamber keeps its city
@pytest.mark.parametrize(("body", "body_name", "place"), [
    ("وقال مدير مستشفى الملك فهد بالدمام إن المريض غادر.", "مستشفى الملك فهد", "الدمام"),
    ("وأعلن المجلس البلدي بحائل جدول أعماله للأسبوع المقبل.", "المجلس البلدي", "حائل"),
])
def test_place_after_body(body: str, body_name: str, place: str) -> None:
    got = _codes(body)
    assert body_name in got and got[body_name][0] == "ORG" and got.get(place, ("", ""))[0] == "GPE", got
    with switched(roles, "PLACED_NAMES_ONLY", False):
        got = _codes(body)
        assert body_name not in got and place not in got, got


def test_chamber_keeps_its_city() -> None:
    body = "وأعلنت الغرفة التجارية الصناعية بأبها عن دورة جديدة للشباب."
    for on in (True, False):
        with switched(roles, "PLACED_NAMES_ONLY", on):
            assert "الغرفة التجارية الصناعية بأبها" in _codes(body)


# rules that make a name of their own, each with the type and code it gets: with the switch off the name is not read
@pytest.mark.parametrize(("module", "switch", "body", "name", "read"), [
    # institutions.NATIONAL_TEAMS: "المنتخب" and a country's adjective is its national team
    (institutions, "NATIONAL_TEAMS", "وانتقد مارادونا أداء المنتخب الأرجنتيني في البطولة الأخيرة.",
     "المنتخب الأرجنتيني", ("ORG", "ARG")),
    (institutions, "NATIONAL_TEAMS", "وتوج لاعبو المنتخب السعودي بالميداليات في الحفل الختامي.", "المنتخب السعودي",
     ("ORG", "SAU")),
    # institutions.SPOR_CLUBS: a town and "سبور" is a Turkish club
    (institutions, "SPOR_CLUBS", "وخسر الفريق مباراته الودية الأولى أمام كونيا سبور التركي بأربعة أهداف.",
     "كونيا سبور", ("ORG", "TUR")),
    (institutions, "SPOR_CLUBS", "وخاض الهلال مباراة أمام غازي عنتاب سبور وخسرها بهدف.", "غازي عنتاب سبور",
     ("ORG", "TUR")),
    # matching.GOVERNMENTS_WHOLE: a state body named by a construct and its country is one name
    (matching, "GOVERNMENTS_WHOLE", "وأعلنت سفارة نيوزيلندا في الرياض عن إغلاق أبوابها يوم الأحد.",
     "سفارة نيوزيلندا", ("ORG", "NZLGOV")),
    (matching, "GOVERNMENTS_WHOLE", "واعتقلت سلطات تركمانستان عددا من الصحفيين الأسبوع الماضي.", "سلطات تركمانستان",
     ("ORG", "TKMGOV")),
    # places.STATE_FORMS: the word for a state's form before its name is part of the name
    (places, "STATE_FORMS", "ووصل الوفد إلى جمهورية تونس مساء أمس.", "جمهورية تونس", ("GPE", "TUN")),
    (places, "STATE_FORMS", "وأشاد الوزير بمواقف مملكة الأردن الثابتة.", "مملكة الأردن", ("GPE", "JOR")),
    (places, "STATE_FORMS", "واستقبل رئيس جمهورية مصر العربية السفير في القاهرة.", "جمهورية مصر العربية",
     ("GPE", "EGY")),
])
def test_rule_names(module: ModuleType, switch: str, body: str, name: str, read: tuple[str, str]) -> None:
    assert _codes(body).get(name) == read
    # the rule alone: the second reader, trained on annotated news, may find some of these names by itself
    with switched(module, switch, False), switched(recognition, "SECOND_READER", False):
        assert name not in _codes(body)


def test_team_by_country_name_is_the_country() -> None:
    # "منتخب قطر" names the country, a place of its own
    assert _codes("وكان المدرب قد عمل مع منتخب قطر لموسمين.").get("قطر") == ("GPE", "QAT")


def test_government_named_by_its_country() -> None:
    got = _codes("وقالت حكومة اليابان إنها سترسل مساعدات عاجلة.")
    assert got.get("حكومة") == ("ORG", "JPNGOV") and got.get("اليابان") == ("GPE", "JPN"), got


# matching.EPITHET_MISSIONS: a mission named by the epithet of the head of state is the state's
def test_epithet_mission() -> None:
    body = "وأعلنت سفارة خادم الحرمين الشريفين في نيروبي عن مواعيد العمل الجديدة."
    got = _codes(body)
    assert got.get("سفارة خادم الحرمين الشريفين") == ("ORG", "SAUGOV") and "خادم الحرمين الشريفين" not in got, got
    with switched(matching, "EPITHET_MISSIONS", False):
        assert _codes(body).get("خادم الحرمين الشريفين", ("",))[0] == "PER"


def test_epithet_alone_is_the_king() -> None:
    assert _codes("ووجه خادم الحرمين الشريفين بصرف المكافآت.").get("خادم الحرمين الشريفين", ("",))[0] == "PER"


# curated/countries.tsv: Al Bahah and Al-Ahsa are towns (GPE), as Tabuk and Hail are; a state's first-level divisions
# named alone are polities (GPE), as round 8's are
@pytest.mark.parametrize(("name", "country"), [("الباحة", "SAU"), ("الأحساء", "SAU"), ("حضرموت", "YEM"),
                                               ("شبوة", "YEM"), ("الأنبار", "IRQ")])
def test_towns_and_divisions_are_polities(name: str, country: str) -> None:
    assert _codes(f"وهطلت أمطار غزيرة على {name} مساء أمس.").get(name) == ("GPE", country)
