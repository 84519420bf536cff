"""Round-15b rules of actor resolution (docs/events.md "Round 15b: actors"), each checked on sentences written for
it, with its switch on and off: how a mention gets its code and which mentions form one actor."""

from __future__ import annotations

import pytest
from tests.events.conftest import make_article, mention_codes

from marsad.events import actors
from marsad.events.actors import Group, mentions
from marsad.events.clauses import build_sentences
from marsad.events.cues import cues
from marsad.events.lexicon import lexicon
from marsad.language.tokens import sentences_of, tokens_of

Actors = dict[str, tuple[str, str, str]]


def groups(text: str, people: Actors) -> list[Group]:
    """The actor groups of every sentence of `text`, entities found by name."""
    art = make_article(text, actors=people)
    tokens = tokens_of(art)
    sents = build_sentences(art, tokens, sentences_of(art), mentions(art, tokens), lexicon(), cues())
    return [g for s in sents for g in s.groups]


def heads(text: str, people: Actors) -> list[str]:
    return [g.head.code for g in groups(text, people)]


# --- a generic organ of a named body belongs to that body ----------------------------------------------------------
COALITION: Actors = {"قوات التحالف الدولي": ("ORG", "USAMIL", "US-led coalition"),
                     "سوريا": ("GPE", "SYR", "Syria"), "حلب": ("GPE", "SYR", "Aleppo"),
                     "حركة حماس": ("ORG", "PSEHMS", "Hamas"), "غزة": ("GPE", "PSE", "Gaza"),
                     "رام الله": ("GPE", "PSE", "Ramallah")}


@pytest.mark.parametrize(("text", "word", "on", "off"), [
    ("وقالت القيادة المشتركة لقوات التحالف الدولي إن طائراتها قصفت مواقع في سوريا قرب حلب.",
     "القيادة", "USAMIL", "SYRGOV"),  # the command of the coalition, not the government of the country it is in
    ("وقالت الشرطة التابعة لحركة حماس إنها اعتقلت ثلاثة في غزة ورام الله.",
     "الشرطة", "PSECOP", "PSECOP"),  # a role of its own keeps it: the owner gives the country
])
def test_a_generic_organ_takes_its_owners_code(monkeypatch: pytest.MonkeyPatch, text: str, word: str, on: str,
                                               off: str) -> None:
    assert mention_codes(text, COALITION)[word] == on
    monkeypatch.setattr(actors, "GENERIC_OWNER", False)
    assert mention_codes(text, COALITION)[word] == off


def test_a_generic_organ_alone_is_the_home_governments() -> None:
    assert mention_codes("وقالت القيادة إن القصف طال مواقع في سوريا وحلب.", COALITION)["القيادة"] == "SYRGOV"


# --- names that stand for places -----------------------------------------------------------------------------------
PLACES: Actors = {"خالد بن الوليد": ("PER", "SAUGOV", "Khalid bin Al-Waleed"),
                  "الملك فهد": ("PER", "SAUGOV", "King Fahd"),
                  "جامع الإمام تركي": ("PER", "SAUGOV", "Imam Turki"),
                  "الأمانة العامة": ("ORG", "SAUGOV", "General Secretariat"),
                  "البيت الأبيض": ("GPE", "USA", "White House"),
                  "أوباما": ("PER", "USAGOV", "Barack Obama")}


@pytest.mark.parametrize(("text", "name"), [
    ("وطالب الأهالي بترميم جامع خالد بن الوليد في المحافظة.", "خالد بن الوليد"),  # a mosque named after a person
    ("ونقل المصابون إلى مستشفى الملك فهد بالمدينة.", "الملك فهد"),  # a hospital
    ("وأدى المصلون الصلاة في جامع الإمام تركي بالرياض.", "جامع الإمام تركي"),  # the building taken with the name
    ("واستقبل الأمين العام أمس في مكتبه بمبنى الأمانة العامة وفدا من الخبراء.", "الأمانة العامة"),  # a body's building
    ("واستقبل أوباما في القاعة الشرقية بالبيت الأبيض وفدا من الناشطين.", "البيت الأبيض"),  # a seat with ب of place
])
def test_a_name_standing_for_a_place_is_no_actor(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    assert name not in mention_codes(text, PLACES)
    monkeypatch.setattr(actors, "NAMED_PLACES", False)
    assert name in mention_codes(text, PLACES)


@pytest.mark.parametrize(("text", "name", "code"), [
    ("وقال البيت الأبيض إن أوباما سيلتقي الوفد.", "البيت الأبيض", "USAGOV"),  # the seat that speaks
    ("وأشاد خالد بن الوليد بالمبادرة.", "خالد بن الوليد", "SAUGOV"),  # the person himself
    ("وأعلنت الأمانة العامة عن مبادرة جديدة.", "الأمانة العامة", "SAUGOV"),  # the body itself
])
def test_the_actor_itself_stays(text: str, name: str, code: str) -> None:
    assert mention_codes(text, PLACES)[name] == code


# --- what describes an actor is not a second actor -----------------------------------------------------------------
DESCRIBED: Actors = {"محافظة سراة عبيدة": ("GPE", "SAU", "Sarat Abidah"), "عسير": ("LOC", "SAU", "Asir"),
                     "قوة إيساف": ("ORG", "IGOWSTNAT", "ISAF"), "حلف شمال الأطلسي": ("ORG", "IGOWSTNAT", "NATO"),
                     "السعودية": ("GPE", "SAUGOV", "Saudi Arabia"), "الكويت": ("GPE", "KWT", "Kuwait"),
                     "عبدالعزيز الفايز": ("PER", "SAUGOV", "Abdulaziz Al-Fayez"),
                     "الأمم المتحدة": ("ORG", "IGOUNO", "United Nations"),
                     "فرنسا": ("GPE", "FRA", "France"), "ألمانيا": ("GPE", "DEU", "Germany"),
                     "وزير الشؤون الإسلامية": ("ORG", "SAUGOV", "Minister of Islamic Affairs")}


@pytest.mark.parametrize(("switch", "text", "on", "off"), [
    ("BELONGING", "وناشد أهالي محافظة سراة عبيدة التابعة لمنطقة عسير الوزارة.", ["SAUCVL"],
     ["SAUCVL", "SAU"]),
    ("BELONGING", "وقتل جنديان بصاروخ أطلقته قوة إيساف التابعة لحلف شمال الأطلسي.", ["IGOWSTNAT"],
     ["IGOWSTNAT", "IGOWSTNAT"]),
    ("POSTING", "واستنكر سفير السعودية لدى الكويت عبدالعزيز الفايز الهجوم.", ["SAUGOV"],
     ["SAUGOV", "KWT", "SAUGOV"]),
    ("POSTING", "وقال مندوب السعودية لدى الأمم المتحدة إن الهجوم مدان.", ["SAUGOV"], ["SAUGOV", "IGOUNO"]),
])
def test_a_describing_phrase_joins_the_actor(monkeypatch: pytest.MonkeyPatch, switch: str, text: str, on: list[str],
                                             off: list[str]) -> None:
    assert heads(text, DESCRIBED) == on
    monkeypatch.setattr(actors, switch, False)
    assert heads(text, DESCRIBED) == off


def test_an_envoy_posted_to_a_body_keeps_his_country() -> None:
    g = groups("وقال مندوب السعودية لدى الأمم المتحدة إن الهجوم مدان.", DESCRIBED)[0]
    assert g.head.code == "SAUGOV"  # the body he is posted to is not the group's head


TEXT_LIST = "وناشد أهالي عسير، وزير الشؤون الإسلامية النظر في الترميم."


def test_a_comma_between_a_place_and_a_body_lists_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    place, minister = groups(TEXT_LIST, DESCRIBED)
    assert minister.lead is None and not place.coordinated
    monkeypatch.setattr(actors, "COMMA_LIST", False)
    place, minister = groups(TEXT_LIST, DESCRIBED)
    assert minister.lead is place


def test_a_comma_still_lists_places() -> None:
    france, germany = groups("وزار الوفد فرنسا، ألمانيا الشهر الماضي.", DESCRIBED)
    assert germany.lead is france
