"""Round-13 rules and lexicon entries: deed words read with no trigger before and deed nouns whose doer is named
apart from them (docs/events.md "Round 13"), each checked on a sentence written for it; the rules with their switch
on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, mention_codes, triples

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events import switches
from marsad.events.lexicon import lexicon

Code = Callable[..., Article]

MORE = {**ACTORS,
        "داعش": ("ORG", "IMGMUSISI", "Islamic State"),
        "الجيش الإيراني": ("ORG", "IRNMIL", "Iranian army"),
        "طهران": ("GPE", "IRN", "Tehran")}


def readings(word: str) -> list[tuple[str, str]]:
    return [(a.trigger.lemma, a.tense) for a in lexicon().analyse(normalize(word))]


# --- lexicon entries ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("word", "lemma", "tense"), [
    ("وأثنى", "أثنى", "past"),
    ("يثني", "أثنى", "pres"),
    ("مثنيا", "أثنى", "part"),
    ("ضبطت", "ضبط", "past"),
    ("بضبط", "ضبط", "noun"),
    ("مقتل", "مقتل", "noun"),
    ("بمقتل", "مقتل", "noun"),
])
def test_round13_forms(word: str, lemma: str, tense: str) -> None:
    assert (lemma, tense) in readings(word)


@pytest.mark.parametrize(("text", "triple"), [
    ("وأثنى بوتين على كيم جونغ أون خلال اللقاء.", ("RUSGOV", "PRKGOV", "05")),
    ("وضبطت الشرطة الإيرانية عناصر من داعش في طهران.", ("IRNCOP", "IMGMUSISI", "17")),
    ("وقعت روسيا عقدا مع إيران لبناء محطة.", ("RUS", "IRN", "05")),
])
def test_round13_triggers_code_their_deed(code: Code, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, actors=MORE))


@pytest.mark.parametrize("text", [
    "ودعا بوتين إلى ضبط النفس في أوكرانيا.",  # restraint: no people after ضبط
    "وضبطت الشرطة الإيرانية كميات من المخدرات في طهران.",  # goods seized
    "وأعلن الجيش الإيراني مقتل جندي في هجوم بحلب.",  # a death with no agent phrase
])
def test_round13_triggers_without_their_frame_code_nothing(code: Code, text: str) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] in ("17", "18")]


# --- a killing with its doer named by an agent phrase, its victim a member of a body ------------------------------------
KILLED = "وشهدت طهران مظاهرات إثر مقتل عقيد في الجيش الإيراني على يد مسلحي داعش."


def test_a_killing_is_coded_with_its_named_doer_and_the_victims_body(code: Code) -> None:
    assert ("IMGMUSISI", "IRNMIL", "18") in triples(code(KILLED, actors=MORE))


@pytest.mark.parametrize("switch", ["NAMED_AGENT", "MEMBER_PATIENT"])
def test_each_switch_is_needed_for_the_killing(code: Code, monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setattr(switches, switch, False)
    assert ("IMGMUSISI", "IRNMIL", "18") not in triples(code(KILLED, actors=MORE))


def test_the_agent_phrase_may_name_members_of_the_body(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وشهدت طهران مظاهرات بعد اغتيال قيادي في الجيش الإيراني على يد مسلحي داعش."
    assert ("IMGMUSISI", "IRNMIL", "18") in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "NAMED_AGENT", False)
    assert ("IMGMUSISI", "IRNMIL", "18") not in triples(code(text, actors=MORE))


def test_a_member_in_a_town_names_no_target(code: Code) -> None:
    text = "وأعلن الجيش الإيراني مقتل جندي في حلب على يد مسلحي داعش."
    assert not [t for t in triples(code(text, actors=MORE)) if t[1] == "SYR"]


# --- security services and militants named by what they are ---------------------------------------------------------------
@pytest.mark.parametrize(("words", "role"), [
    ("الأجهزة الأمنية", "COP"),
    ("السلطات الأمنية", "COP"),
    ("العناصر الإرهابية", "REB"),
    ("المتطرفين", "REB"),
    ("الجماعات المسلحة", "REB"),
])
def test_generic_security_actors(words: str, role: str) -> None:
    text = f"وقالت إيران إن {words} في طهران تحركت. وأكدت إيران ذلك."
    codes = mention_codes(text, MORE)
    assert codes.get(words) == "IRN" + role


# --- a side of a clash named by a plain noun and its nisba -----------------------------------------------------------------
def test_a_side_between_is_a_noun_and_its_nisba(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وأصيب خمسة في الاشتباكات التي وقعت بين الجنود الأتراك ومسلحي داعش في حلب."
    on = triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "BETWEEN_NOUN", False)
    off = triples(code(text, actors=MORE))
    assert ("TURMIL", "IMGMUSISI", "19") in on and ("TURMIL", "IMGMUSISI", "19") not in off


# --- entering a country is force only for forces ---------------------------------------------------------------------------
def test_forces_entering_a_country_invade_it(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("IRNMIL", "UKR", "19") in triples(code("ودخل الجيش الإيراني أوكرانيا فجر اليوم.", actors=MORE))
    putin = "ودخل بوتين أوكرانيا فجر اليوم."
    assert not [t for t in triples(code(putin, actors=MORE)) if t[2] == "19"]
    monkeypatch.setattr(switches, "ARMED_SUBJECT", False)
    assert [t for t in triples(code(putin, actors=MORE)) if t[2] == "19"]
