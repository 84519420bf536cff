"""Round 13 rules and data of the entity stage (docs/entities.md, "Round 13"), on invented sentences.

Each rule has a module switch; every rule's test here fails with its switch off (the tests check it); the council
of chambers' row of `roles.tsv` is needed by its test."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run, switched

from marsad.entities import context


def _codes(body: str) -> dict[str, tuple[str, str | None]]:
    return codes(run(body))


# context.WORLD_BODIES: a body called international or world after its head is an NGO, no state's body
@pytest.mark.parametrize(("body", "name"), [
    ("وراسلت الوزارة المجلس الدولي للحدائق لوقف البيع في لندن.", "المجلس الدولي للحدائق"),
    ("وانضم مجلس الجمعيات الزراعية إلى الاتحاد الدولي الزراعي في الرياض.", "الاتحاد الدولي الزراعي"),
    ("ودعا المجلس الإسلامي العالمي للتنمية ومقره في عمّان إلى جمع التبرعات.", "المجلس الإسلامي العالمي للتنمية"),
    ("وقالت اللجنة الدولية للمراقبة إن الاقتراع جرى بهدوء في الكويت.", "اللجنة الدولية للمراقبة"),
])
def test_world_body(body: str, name: str) -> None:
    assert _codes(body)[name] == ("ORG", "NGO")
    with switched(context, "WORLD_BODIES", False):
        assert _codes(body).get(name, ("ORG", None))[1] != "NGO"


@pytest.mark.parametrize(("body", "name"), [
    # a country's adjective inside: a national body, not an NGO
    ("وأعلن الاتحاد الدولي السعودي للرماية جدول البطولة في جدة.", "الاتحاد الدولي السعودي للرماية"),
    # the adjective of something else after the head's complement
    ("وافتتح مجلس التعاون الصناعي مكتبه في الرياض.", "مجلس التعاون الصناعي"),
])
def test_world_body_not(body: str, name: str) -> None:
    got = _codes(body)
    assert got.get(name, ("ORG", None))[1] != "NGO"


# context.BODY_UNITS: a committee of a body outside the state takes that body's code
@pytest.mark.parametrize(("body", "name", "code"), [
    ("وزار وفد من جدة الغرفة التجارية الصناعية بتبوك واطلع على خطط لجنة الاستثمار بالغرفة للعام المقبل.",
     "لجنة الاستثمار", "SAUBUS"),
    ("وناقشت لجنة الاستثمار بالغرفة التجارية مع وفد من جدة خطط العام المقبل.", "لجنة الاستثمار", "SAUBUS"),
    ("وقال رئيس اللجنة الوطنية للناقلين في مجلس الغرف سامر الفلاحي إن السوق نشط في الرياض.",
     "اللجنة الوطنية للناقلين", "SAUBUS"),
    ("ودعت لجنة الرعاية في المجلس الإسلامي العالمي للتنمية ومقره في عمّان إلى جمع التبرعات.", "لجنة الرعاية", "NGO"),
])
def test_body_unit(body: str, name: str, code: str) -> None:
    assert _codes(body)[name] == ("ORG", code)
    with switched(context, "BODY_UNITS", False):
        assert _codes(body)[name][1] != code


def test_body_unit_of_state() -> None:
    # a committee of a state body stays the state's
    body = "وقالت لجنة المتابعة في وزارة الزراعة إن المخزون كاف في الرياض."
    assert _codes(body)["لجنة المتابعة"] == ("ORG", "SAUGOV")


# roles.tsv: the council of chambers is a business body, as its chambers are, and so is its officer
def test_council_of_chambers() -> None:
    got = _codes("وقال رئيس اللجنة الوطنية للناقلين في مجلس الغرف خالد العتيبي إن السوق نشط في الرياض.")
    assert got["مجلس الغرف"] == ("ORG", "SAUBUS")
    assert got["خالد العتيبي"] == ("PER", "SAUBUS")


# context.SPORTS_FOREIGNERS: in a sports story a foreign name takes no country from the club's or the city's
@pytest.mark.parametrize(("body", "name"), [
    ("وانضم المحترف الجديد ماركوس فيلاندر إلى تدريبات النادي الأهلي في جدة استعدادا للموسم الجديد ومباراة الدوري.",
     "ماركوس فيلاندر"),
    ("وقال المدرب ستيفانو بيرتولي إن الفريق جاهز لمباراة الدوري في الرياض.", "ستيفانو بيرتولي"),
])
def test_sports_foreigner(body: str, name: str) -> None:
    assert _codes(body)[name] == ("PER", None)
    with switched(context, "SPORTS_FOREIGNERS", False):
        assert _codes(body)[name] == ("PER", "SAU")


@pytest.mark.parametrize(("body", "name", "code"), [
    # an Arab name in a sports story keeps the context's country
    ("وقال اللاعب سالم الدوسري إن الفريق جاهز لمباراة الدوري في الرياض.", "سالم الدوسري", "SAU"),
    # a foreign name outside sport keeps it too
    ("وقالت الباحثة آنا كوفالسكي في جامعة وارسو إن التجربة نجحت في بولندا.", "آنا كوفالسكي", "POL"),
    # a nationality the text gives stays
    ("وقال المدرب البرازيلي ماركوس فيلاندر إن الفريق جاهز لمباراة الدوري في الرياض.", "ماركوس فيلاندر", "BRA"),
])
def test_sports_foreigner_not(body: str, name: str, code: str) -> None:
    assert _codes(body)[name] == ("PER", code)
