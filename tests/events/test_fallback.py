"""The shallow fallback: a coded trigger the strict readings leave without a source or a target takes the
nearest coded actor of its clause as the source and the next one after it as the target; an organ of the
source's own country may be that target (`DOMESTIC`); places, prayer formulas and actors past a preposition
are never taken."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import triples
from tests.events.test_general_rules import MORE, OPENING

from marsad.article import Article
from marsad.events import switches

Code = Callable[..., Article]

ACTORS = {**MORE,
          "وزير التعليم": ("PER", "SAUGOV", "Saudi education minister"),
          "وزارة الصحة": ("ORG", "SAUGOV", "Saudi Health Ministry")}


@pytest.mark.parametrize(("text", "want"), [
    # a decision verb the strict rules read as the event's frame leaves the masdar without arguments
    ("وقررت الحكومة البريطانية أمس فرض عقوبات على إيران.", ("GBRGOV", "IRN", "16")),
    # an arrest needs someone arrested (round 20b, COERCION_TARGET): a coded body the members belong to
    ("وقررت وزارة الداخلية أمس اعتقال عناصر من الشرطة الإيرانية.", ("SAUCOP", "IRNCOP", "17")),
])
def test_fallback_finds_the_arguments(code: Code, monkeypatch: pytest.MonkeyPatch, text: str,
                                      want: tuple[str, str | None, str]) -> None:
    assert want in triples(code(OPENING + text, actors=ACTORS))
    monkeypatch.setattr(switches, "FALLBACK", False)
    assert want not in triples(code(OPENING + text, actors=ACTORS))


def test_an_organ_acts_on_another_organ_of_its_country(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = OPENING + "وأشاد وزير التعليم بجهود وزارة الصحة في مكافحة المرض."
    assert ("SAUGOV", "SAUGOV", "05") in triples(code(text, actors=ACTORS))
    monkeypatch.setattr(switches, "DOMESTIC", False)
    assert triples(code(text, actors=ACTORS)) == []


@pytest.mark.parametrize("text", [
    "وأشاد وزير التعليم في جازان بالجهود المبذولة.",  # a place is where, not whom
    "وأشاد وزير التعليم بجهود وزير التعليم السابق.",  # the same person is not another body
])
def test_no_place_and_no_self_as_target(code: Code, text: str) -> None:
    assert triples(code(OPENING + text, actors=ACTORS)) == []


def test_a_prayer_formula_is_no_deed(code: Code) -> None:
    art = code(OPENING + "وأكد لافروف - أيده الله - عمق العلاقات مع البحرين.", actors=ACTORS)
    assert all(e.trigger.text != "أيده" for e in art.events)  # the statement stands; "may God support him" is none


def test_the_subject_after_a_verb_is_right_after_it(code: Code) -> None:
    art = code(OPENING + "وشنت طائرات حربية غارات على مواقع الجيش الإسرائيلي.", actors=ACTORS)
    assert all(s != "ISRMIL" for s, _t, _r in triples(art))  # the target of the raids is not their source
