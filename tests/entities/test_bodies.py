"""English names of bodies read from their words, and people named with their father's name."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import run

from marsad.clean.normalize import normalize
from marsad.entities.bodies import english_name

PLACES = {"القاهره": "Cairo", "الرياض": "Riyadh"}
DEMONYMS = {"المصريه": "Egyptian", "السعوديه": "Saudi", "السعودي": "Saudi", "الصينيه": "Chinese", "الروسيه": "Russian"}


def name(text: str) -> str | None:
    return english_name(normalize(text).split(), lambda ws: PLACES.get(" ".join(ws)), DEMONYMS.get)


@pytest.mark.parametrize(("text", "english"), [
    ("وزارة العمل", "Ministry of Labour"),
    ("وزارة التجارة والصناعة", "Ministry of Commerce and Industry"),
    ("وزارة الشؤون البلدية والقروية", "Ministry of Municipal and Rural Affairs"),
    ("وزارة الداخلية المصرية", "Egyptian Ministry of Interior"),
    ("وزارة الخارجية الصينية", "Chinese Ministry of Foreign Affairs"),
    ("الهيئة العامة للإحصاء", "General Authority for Statistics"),
    ("الهيئة العامة للغذاء والدواء", "General Authority for Food and Drug"),
    ("هيئة السوق المالية", "Capital Market Authority"),
    ("الهيئة السعودية للمواصفات والمقاييس والجودة", "Saudi Authority for Standards, Metrology and Quality"),
    ("جامعة القاهرة", "Cairo University"),
    ("أمانة منطقة الرياض", "Riyadh Region Municipality"),
    ("إدارة المرور", "Traffic Department"),
    ("اللجنة الوطنية لمكافحة الإرهاب", "National Committee for Counter-Terrorism"),
    ("أجهزة الأمن الروسية", "Russian security services"),
    ("مجلس الوزراء", "Council of Ministers"),
    ("مجلس الوزراء السعودي", "Saudi Council of Ministers"),
])
def test_names_read_from_words(text: str, english: str) -> None:
    assert name(text) == english


@pytest.mark.parametrize("text", [
    "وزارة",                      # a head alone names nothing
    "وزارة التجارة والصيد",        # a word the glossary lacks: no half-translated name
    "جامعة الملك",                # a place head with no place after it
    "الهيئة العامة الغذاء",        # a head that takes ل without it
    "الحكومة المصرية",             # no body head
    "أجهزة الأمن",                 # a body named by its country alone needs the country
])
def test_names_not_understood_stay_empty(text: str) -> None:
    assert name(text) is None


def test_stage_gives_bodies_english_names() -> None:
    art = run("وقالت وزارة التجارة والصناعة إن الأسعار مستقرة. وأعلنت وزارة الداخلية المصرية ضبط خلية.")
    names = {e.span.text: e.canonical for e in art.entities}
    assert names["وزارة التجارة والصناعة"] == "Ministry of Commerce and Industry"
    assert names["وزارة الداخلية المصرية"] == "Egyptian Ministry of Interior"


def test_registry_bodies_keep_their_names() -> None:
    art = run("وقالت الأمم المتحدة إن الوضع خطير. وأعلنت وزارة الحج عن خطتها.")
    assert {e.canonical for e in art.entities} == {"United Nations", "Saudi Ministry of Hajj"}


def test_father_name_links_registry_person() -> None:
    art = run("وقال وزير الخارجية عادل بن أحمد الجبير إن المملكة ترفض التدخل.", published="2015-08-01")
    person = next(e for e in art.entities if e.type == "PER")
    assert (person.canonical, person.actor) == ("Adel al-Jubeir", "SAUGOV")


def test_father_name_needs_matching_given_name() -> None:
    art = run("وقال المواطن خالد بن أحمد الجبير إن الطريق مغلق.")
    person = next(e for e in art.entities if e.type == "PER")
    assert person.canonical != "Adel al-Jubeir"


def test_foreign_given_name_before_a_registry_surname_is_another_person() -> None:
    art = run("وجلس المدرب في المقصورة إلى جانب فلورنتيو بيريز رئيس النادي الملكي.")
    person = next(e for e in art.entities if e.type == "PER")
    assert person.span.text == "فلورنتيو بيريز"
    assert person.entity_id is None and not (person.actor or "").startswith("ISR")
