"""Round 14 rules and data of the entity stage (docs/entities.md, "Round 14"), on invented sentences.

Each rule has a module switch; every rule's test here fails with its switch off (the tests check it)."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, cut_person, run, span_text, switched

from marsad.entities import institutions, offices, people, registry


def _codes(body: str, published: str = "2015-08-01") -> dict[str, tuple[str, str | None]]:
    return codes(run(body, published))


# institutions.MANAGED_BODIES: "إدارة" before a body is its management, named by the body
@pytest.mark.parametrize(("body", "name"), [
    ("وأعلنت إدارة نادي الشروق تعاقدها مع حارس جديد لمدة موسمين.", "نادي الشروق"),
    ("وقررت إدارة النادي الفيصلي تأجيل الجمعية العمومية إلى الشهر المقبل.", "النادي الفيصلي"),
    ("واجتمعت إدارة مركز الأمير نايف الثقافي بالمتطوعين في أبها.", "مركز الأمير نايف الثقافي"),
])
def test_managed_body(body: str, name: str) -> None:
    got = _codes(body)
    assert name in got and not (got[name][1] or "").endswith("GOV"), got
    with switched(institutions, "MANAGED_BODIES", False):
        assert name not in _codes(body)


@pytest.mark.parametrize(("body", "name"), [
    # a department named by its field stays a department
    ("وأوضحت إدارة المرور في المنطقة أن الطريق سيغلق يومين.", "إدارة المرور"),
    ("وقال مدير إدارة الرقابة الميدانية إن الجولات مستمرة.", "إدارة الرقابة الميدانية"),
])
def test_department_stays(body: str, name: str) -> None:
    assert name in _codes(body)


# offices.OUT_OF_OFFICE_TITLES: a registry person out of his listed offices, named with a current title
@pytest.mark.parametrize(("body", "name", "code"), [
    # (Nouri al-Maliki's registry roles end with his premiership in 2014; he was a vice-president in 2015)
    ("وهاجم نائب الرئيس العراقي نوري المالكي خطة الحكومة أمس.", "نوري المالكي", "IRQGOV"),
    ("وندد نوري المالكي، نائب رئيس الجمهورية العراقي، بالتفجير.", "نوري المالكي", "IRQGOV"),
])
def test_out_of_office_title(body: str, name: str, code: str) -> None:
    assert _codes(body, "2015-05-10").get(name) == ("PER", code)
    with switched(offices, "OUT_OF_OFFICE_TITLES", False):
        assert _codes(body, "2015-05-10").get(name) == ("PER", "IRQELI")


@pytest.mark.parametrize("body", [
    # a former title keeps him an elite, before or after the name
    "وقال رئيس الوزراء العراقي السابق نوري المالكي إن الانتخابات ستجري في موعدها.",
    "وقال نوري المالكي، رئيس الوزراء العراقي السابق، إن الانتخابات ستجري في موعدها.",
    "وقال قائد الجيش العراقي السابق نوري المالكي إن الانتخابات ستجري في موعدها.",  # a former office of any sector
    # a title across a comma belongs to the person before it
    "وحضر الحفل فلان الفلاني وزير الدفاع الأسبق، ونوري المالكي.",
])
def test_out_of_office_former(body: str) -> None:
    assert _codes(body, "2015-05-10").get("نوري المالكي") == ("PER", "IRQELI")


# registry.STATE_AGENCIES: a state's judiciary and customs named with its adjective
@pytest.mark.parametrize(("body", "name", "code"), [
    ("وأحال القضاء الفرنسي الملف إلى محكمة الاستئناف.", "القضاء الفرنسي", "FRAJUD"),
    ("وطلبت السلطات القضائية الإيطالية تسليم المتهم.", "السلطات القضائية الإيطالية", "ITAJUD"),
    ("وفتح المدعي العام النمساوي تحقيقا في الصفقة.", "المدعي العام النمساوي", "AUTJUD"),
    ("وضبطت الجمارك الهندية شحنة من الذهب في المطار.", "الجمارك الهندية", "INDGOV"),
])
def test_state_agencies(body: str, name: str, code: str) -> None:
    assert _codes(body).get(name) == ("ORG", code)
    with switched(registry, "STATE_AGENCIES", False):
        assert _codes(body).get(name) != ("ORG", code)


@pytest.mark.parametrize(("body", "word"), [
    ("وتعمل الحكومة على القضاء على البطالة خلال عامين.", "القضاء"),
    ("وارتفعت رسوم الجمارك على السيارات المستوردة.", "الجمارك"),
])
def test_state_agencies_alone_are_no_body(body: str, word: str) -> None:
    assert not any(word in name for name in _codes(body))


# registry.COMPLETE_BODIES: a state body of two words named alone stays one before a definite word that is no adjective
@pytest.mark.parametrize(("body", "name"), [
    ("وزار رئيس الديوان الملكي المعيّن مقر الهيئة في الرياض.", "الديوان الملكي"),
    ("وأثنى المستشار بالديوان الملكي المسؤول عن الجمعية على المتطوعين في جدة.", "الديوان الملكي"),
    ("وأوقفت الأحوال المدنية المتنقلة خدماتها في الرياض.", "الأحوال المدنية"),
])
def test_complete_bodies(body: str, name: str) -> None:
    assert _codes(body).get(name) == ("ORG", "SAUGOV"), _codes(body)
    with switched(registry, "COMPLETE_BODIES", False):
        assert _codes(body).get(name) != ("ORG", "SAUGOV")


def test_complete_bodies_adjective() -> None:
    # an adjective after the body may lengthen its name: it is not read as the body alone
    assert "الأمن العام" not in _codes("وأعلن الأمن العام الوطني في الرياض خطة جديدة.")


# people.FAMILY_TAIL: a person cut after his given names takes in the family name after them. The recogniser finds
# most such names whole; the pass is tested on its own, with the person found as the recogniser leaves it in the
# articles it cuts ("وقال عدنان" + family name).
def _tail(text: str, first: int, last: int) -> str:
    toks, norms, found = cut_person(text, first, last)
    return span_text(toks, people._family_tail_pass(toks, norms, registry.registry(), found)[0])


@pytest.mark.parametrize(("text", "first", "last", "name"), [
    ("وقال عدنان المحيميد المتحدث باسم الجمعية", 1, 2, "عدنان المحيميد"),
    ("عمدة البلدة سالم بن حمد الزعاقي وعدد من الأهالي", 2, 5, "سالم بن حمد الزعاقي"),
    ("وقدم اللواء خالد عواد المطيري التعازي", 2, 4, "خالد عواد المطيري"),
])
def test_family_tail(text: str, first: int, last: int, name: str) -> None:
    assert _tail(text, first, last) == name
    with switched(people, "FAMILY_TAIL", False):
        assert _tail(text, first, last) != name


@pytest.mark.parametrize(("text", "first", "last", "name"), [
    # a feminine noun after the name is her job, a time word or an ordinal no family name, nor a country's adjective
    ("وقالت ماريا كولينز الباحثة في المعهد", 1, 3, "ماريا كولينز"),
    ("وقال عدنان الأسبوع الماضي إن العمل اكتمل", 1, 2, "عدنان"),
    ("وحضر فيصل الثاني الحفل", 1, 2, "فيصل"),
    ("وقال جون الأمريكي إن", 1, 2, "جون"),
    # a name that has its family name already
    ("وقال محمد العتيبي المطيري", 1, 3, "محمد العتيبي"),
])
def test_family_tail_not(text: str, first: int, last: int, name: str) -> None:
    assert _tail(text, first, last) == name
