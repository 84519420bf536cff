"""Round 23 rules of the entity stage (docs/entities.md, "Round 23"), on invented sentences.

Each rule has a module switch; each rule's positive test here fails with its switch off (the tests check it). The
passes are also tested alone, on a mention as the recogniser or the context leaves it, so the tests do not hang on
what the models read."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run, switched

from marsad.entities import context, institutions, places
from marsad.entities.context import _world_body_pass
from marsad.entities.institutions import _head_role_pass
from marsad.entities.mention import _Found
from marsad.entities.places import _landmark_type_pass
from marsad.entities.registry import registry
from marsad.language.tokens import tokenize


def _norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def _one(text: str, first: int, last: int, typ: str, actor: str | None, origin: str = "model",
         entity_id: str | None = None) -> tuple[list[str], list[_Found]]:
    return _norms(text), [_Found(first, last, typ, actor, None, entity_id, origin)]


# places.LANDMARK_TYPES: a name headed by a landmark's or a facility's word, read as a town, is LOC
@pytest.mark.parametrize(("text", "first", "last"), [
    ("وهبطت الطائرة في مطار بلاكبوش مساء أمس", 3, 5),  # a role table "=LOC" head
    ("وتجمع الزوار حول بحيرة السد في الصباح", 3, 5),  # a head of LANDMARK_HEADS
    ("ونقل المعتقلون إلى سجن الناصرية المركزي", 3, 6),
    ("واحتفل الأهالي في الجبل الأخضر بالعيد", 3, 5),  # the head with the article
    ("وتهطل الأمطار على المنطقة الغربية اليوم", 3, 5),  # "المنطقة", with the article only
])
def test_landmark_type(text: str, first: int, last: int) -> None:
    norms, found = _one(text, first, last, "GPE", "SAU")
    assert _landmark_type_pass(norms, found)[0].type == "LOC"
    norms, found = _one(text, first, last, "GPE", "SAU")
    with switched(places, "LANDMARK_TYPES", False):
        assert _landmark_type_pass(norms, found)[0].type == "GPE"


@pytest.mark.parametrize(("text", "first", "last", "entity_id"), [
    ("وزار الوفد مدينة الرياض أمس", 2, 4, None),  # "مدينة" is no landmark's head
    ("ووصل الوفد إلى منطقة عسير أمس", 3, 5, None),  # "منطقة" without the article names provinces as often
    ("ووصل الوفد إلى مطار عدن أمس", 3, 5, "place:aden"),  # a registry place keeps its type
    ("ووصل الوفد إلى بحيرة أمس", 3, 4, None),  # a head alone names nothing
])
def test_landmark_type_left(text: str, first: int, last: int, entity_id: str | None) -> None:
    norms, found = _one(text, first, last, "GPE", "SAU", entity_id=entity_id)
    assert _landmark_type_pass(norms, found)[0].type == "GPE"


def test_landmark_type_in_the_stage() -> None:
    body = "وهبطت الطائرة الخاصة في مطار بلاكبوش جنوب لندن بعد رحلة قصيرة."
    assert codes(run(body)).get("مطار بلاكبوش", ("", ""))[0] == "LOC"


# institutions.HEAD_ROLES: a body coded with a country alone takes the role of its head word
@pytest.mark.parametrize(("text", "first", "last", "actor", "want"), [
    ("ورحبت الحكومة الشرعية بالقرار", 1, 3, "YEM", "YEMGOV"),
    ("وقالت الحكومة البورمية إنها", 1, 3, "MMR", "MMRGOV"),
    ("وقصفت القوات الجوية مواقع المسلحين", 1, 3, "SAU", "SAUMIL"),
    ("وتقدم اللواء الحادي عشر نحو المدينة", 1, 4, "SAU", "SAUMIL"),
    ("وشاركت كتيبة المدفعية الثالثة في العملية", 1, 4, "LBY", "LBYMIL"),
    ("وأزالت بلدية وسط المدينة المخالفات", 1, 4, "SAU", "SAUGOV"),  # a head of the role table
    ("وانتشرت قوات الأمن الخاصة في الشوارع", 1, 4, "EGY", "EGYCOP"),  # the table's longer head first
])
def test_head_role(text: str, first: int, last: int, actor: str, want: str) -> None:
    norms, found = _one(text, first, last, "ORG", actor)
    assert _head_role_pass(norms, registry(), found)[0].actor == want
    norms, found = _one(text, first, last, "ORG", actor)
    with switched(institutions, "HEAD_ROLES", False):
        assert _head_role_pass(norms, registry(), found)[0].actor == actor


@pytest.mark.parametrize(("text", "first", "last", "actor", "entity_id"), [
    ("ورحبت الحكومة الشرعية بالقرار", 1, 3, "YEMGOV", None),  # a role already
    ("وقالت الحكومة البورمية إنها", 1, 3, "MMR", "org:x"),  # a registry body keeps its code
    ("وقال مركز الدراسات إن", 1, 3, "SAU", None),  # "مركز" says no role
    ("وقالت شركة الأمل إن", 1, 3, None, None),  # no country, nothing to add a role to
])
def test_head_role_left(text: str, first: int, last: int, actor: str | None, entity_id: str | None) -> None:
    norms, found = _one(text, first, last, "ORG", actor, entity_id=entity_id)
    assert _head_role_pass(norms, registry(), found)[0].actor == actor


def test_head_role_in_the_stage() -> None:
    # (a force's "القوات" gets MIL from the context already: a government's head is what the rule alone codes)
    body = "وقالت حكومة الوفاق الليبية في بيان إنها ترفض القرار الأخير."
    assert codes(run(body)).get("حكومة الوفاق الليبية") == ("ORG", "LBYGOV")
    with switched(institutions, "HEAD_ROLES", False):
        assert codes(run(body)).get("حكومة الوفاق الليبية") == ("ORG", "LBY")


# context.WORLD_BODIES_WIDE: an agency or a conference called international or world, and an indefinite head
# called so at the end of the name, is an NGO, not the government of its sentence's country
@pytest.mark.parametrize(("text", "first", "last", "actor"), [
    ("وحذرت الوكالة الدولية لمكافحة المنشطات الرياضيين", 1, 5, "KENGOV"),
    ("وافتتح المؤتمر العالمي للبطاطس أعماله", 1, 4, "CHN"),
    ("وانضمت المملكة إلى مجلس الطاقة العالمي العام الماضي", 3, 6, "EGYGOV"),
])
def test_world_body_wide(text: str, first: int, last: int, actor: str) -> None:
    norms, found = _one(text, first, last, "ORG", actor, origin="pattern")
    assert _world_body_pass(norms, registry(), found)[0].actor == "NGO"
    norms, found = _one(text, first, last, "ORG", actor, origin="pattern")
    with switched(context, "WORLD_BODIES_WIDE", False):
        assert _world_body_pass(norms, registry(), found)[0].actor == actor


@pytest.mark.parametrize(("text", "first", "last", "actor"), [
    ("وقدم صندوق أوبك للتنمية الدولية قرضا", 1, 5, "IGOOPC"),  # named after an international body: its code
    ("وقالت اللجنة الوطنية للقانون الدولي إن", 1, 5, "EGYGOV"),  # a definite head: the adjective must follow it
    ("وقال مجلس الدولي إن", 1, 3, "EGYGOV"),  # an indefinite head wants a genitive before the adjective
    ("وقال مجلس أوبك العالمي إن", 1, 4, "IGOOPC"),  # three words, but coded with an international body's code
    # a longer chain: the closing adjective is the nested name's (the fair's, the exhibitions'), not the head's
    ("وأعلنت هيئة تنظيم معرض الكتاب الدولي موعده", 1, 6, "SAUGOV"),
    ("وافتتح مركز معارض المدينة الدولي أبوابه", 1, 5, "SAU"),
])
def test_world_body_wide_left(text: str, first: int, last: int, actor: str) -> None:
    norms, found = _one(text, first, last, "ORG", actor, origin="pattern")
    assert _world_body_pass(norms, registry(), found)[0].actor == actor


def test_world_body_wide_in_the_stage() -> None:
    body = "وحذرت الوكالة الدولية لمكافحة المنشطات رياضيي كينيا من العقوبات."
    assert codes(run(body)).get("الوكالة الدولية لمكافحة المنشطات") == ("ORG", "NGO")
