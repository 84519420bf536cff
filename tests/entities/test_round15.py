"""Round 15 rules of the entity stage (docs/entities.md, "Round 15"), on invented sentences.

Each rule has a module switch; every rule's test here fails with its switch off (the tests check it)."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import cut_person, span_text, switched

from marsad.entities import people, registry
from marsad.entities.recognizer import recognizer


# people.NAME_TAIL: a person cut before the last word of the name takes it in. The recogniser finds most such
# names whole in invented text; the pass is tested on its own, with the person found as the recogniser leaves it.
def _tail(text: str, first: int, last: int) -> str:
    toks, norms, found = cut_person(text, first, last)
    rec = recognizer()
    assert rec is not None
    out = people._name_tail_pass(toks, norms, registry.registry(), found, rec.lexicons.gazetteer, rec.lexicons.stats)
    return span_text(toks, out[0])


@pytest.mark.parametrize(("text", "first", "last", "name"), [
    # a foreign surname, a Gulf family name without the article, after given and father's names
    ("وانتقل الحارس ياروسلاف كوفالتشيك إلى النادي", 2, 3, "ياروسلاف كوفالتشيك"),
    ("وقال المهندس ماجد بن سالم زقزوق إن المشروع اكتمل", 2, 5, "ماجد بن سالم زقزوق"),
    ("وقال توماس فان دراغوميرسكي محلل السوق", 1, 3, "توماس فان دراغوميرسكي"),
])
def test_name_tail(text: str, first: int, last: int, name: str) -> None:
    assert _tail(text, first, last) == name
    with switched(people, "NAME_TAIL", False):
        assert _tail(text, first, last) != name


@pytest.mark.parametrize(("text", "first", "last", "name"), [
    # a verb: a future, a derived verb's past; a preposition before a noun or a participle; a possessive
    ("وقال إن ياروسلاف سيعقد اجتماعا", 2, 3, "ياروسلاف"),
    ("وكان ماجد زقزوق احتفلت به الجمعية", 1, 3, "ماجد زقزوق"),
    ("وهدد ياروسلاف بمقاضاة الصحيفة", 1, 2, "ياروسلاف"),
    ("وواصل ماجد زقزوق برامجهم التدريبية", 1, 3, "ماجد زقزوق"),
    # a word the news uses, a definite word, a name that has its family name, a title, punctuation between
    ("وقال ياروسلاف مدير الشركة", 1, 2, "ياروسلاف"),
    ("وأجرى اللاعب نواف الزهراني مرانا خاصا", 2, 4, "نواف الزهراني"),
    ("وقال ياروسلاف، كوفالتشيك", 1, 2, "ياروسلاف"),
])
def test_name_tail_not(text: str, first: int, last: int, name: str) -> None:
    assert _tail(text, first, last) == name
