"""Round-14 rules and lexicon entries: frames without a cue, deeds read as not done and extra events
(docs/events.md "Round 14"), each checked on a sentence written for it; the rules with their switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events import switches
from marsad.events.lexicon import lexicon

Code = Callable[..., Article]

MORE = {**ACTORS,
        "داعش": ("ORG", "IMGMUSISI", "Islamic State"),
        "الجيش الإيراني": ("ORG", "IRNMIL", "Iranian army"),
        "طالبان": ("ORG", "AFGREB", "Taliban"),
        "الجيش الأفغاني": ("ORG", "AFGMIL", "Afghan army")}


# --- liberating ground from an armed group -------------------------------------------------------------------------
@pytest.mark.parametrize("word", ["تحريره", "بتحريرها", "تطهيرها"])
def test_liberating_nouns_have_a_frame_with_min(word: str) -> None:
    assert any(f.prep == "من" and f.code == "190" for a in lexicon().analyse(normalize(word)) for f in a.trigger.frames)


def test_liberating_a_place_from_a_group_fights_that_group(code: Code) -> None:
    text = "واحتفل الجيش الإيراني بالنصر في حلب بعد تحريرها من داعش."
    assert [t for t in triples(code(text, actors=MORE)) if t[1] == "IMGMUSISI" and t[2] == "19"]


@pytest.mark.parametrize("text", [
    "وقال رئيس التحرير إن الصحيفة ستصدر غدا.",  # the editor
    "وأعلنت الشرطة الإيرانية تحرير مخالفات من السائقين في طهران.",  # tickets written, no armed group after من
])
def test_other_senses_of_tahrir_code_no_fight(code: Code, text: str) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] in ("18", "19")]


# --- a time after أن belongs to the content ------------------------------------------------------------------------
AHEAD = "وعقد بوتين اجتماعا مع كيم جونغ أون وأكدا أن العلاقات ستتحسن العام القادم."


def test_a_later_time_after_an_is_not_the_meetings(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("RUSGOV", "PRKGOV", "04") in triples(code(AHEAD))
    monkeypatch.setattr(switches, "FUTURE_AHEAD", False)
    assert ("RUSGOV", "PRKGOV", "04") not in triples(code(AHEAD))


def test_a_meeting_of_next_year_is_still_a_plan(code: Code) -> None:
    assert ("RUSGOV", "PRKGOV", "04") not in triples(code("وعقد بوتين اجتماعا مع كيم جونغ أون العام القادم."))


# --- facing an enemy is a stance -----------------------------------------------------------------------------------
FACING = "وبات الجيش الأفغاني وحده في الخطوط الأمامية في مواجهة متطرفي طالبان."


def test_facing_an_enemy_is_no_clash(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("AFGMIL", "AFGREB", "19") not in triples(code(FACING, actors=MORE))
    monkeypatch.setattr(switches, "FACING", False)
    assert ("AFGMIL", "AFGREB", "19") in triples(code(FACING, actors=MORE))


def test_a_clash_with_an_enemy_is_still_one(code: Code) -> None:
    assert ("AFGMIL", "AFGREB", "19") in triples(code("وقاتل الجيش الأفغاني في مواجهة مع طالبان.", actors=MORE))


# --- force of ideas and words --------------------------------------------------------------------------------------
FIGURATIVE = "واندلعت مواجهات فكرية بين الجيش الإيراني وداعش."


def test_a_clash_of_ideas_is_no_force(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("IRNMIL", "IMGMUSISI", "19") not in triples(code(FIGURATIVE, actors=MORE))
    monkeypatch.setattr(switches, "FIGURATIVE", False)
    assert ("IRNMIL", "IMGMUSISI", "19") in triples(code(FIGURATIVE, actors=MORE))


def test_a_clash_of_arms_is_force(code: Code) -> None:
    assert ("IRNMIL", "IMGMUSISI", "19") in triples(code("واندلعت مواجهات بين الجيش الإيراني وداعش.", actors=MORE))


# --- "وعدة" is "and several" ---------------------------------------------------------------------------------------
def test_several_is_no_promise(code: Code) -> None:
    assert not [a for a in lexicon().analyse(normalize("وعدة")) if a.trigger.lemma == "وعد"]
    text = "وقصفت الطائرات الإيرانية مواقع داعش وعدة مواقع أخرى في حلب."
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] == "03"]
    assert ("RUSGOV", "PRKGOV", "03") in triples(code("ووعد بوتين كيم جونغ أون بتقديم الدعم."))


# --- who must act is the one a reproach is aimed at ----------------------------------------------------------------
OBLIGED = "وقال أردوغان: «يجب على إيران تغيير سياستها العدوانية تلك»."


def test_who_must_act_is_the_reproachs_target(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("TURGOV", "IRN", "11") in triples(code(OBLIGED))
    monkeypatch.setattr(switches, "OBLIGED", False)
    assert ("TURGOV", "IRN", "11") not in triples(code(OBLIGED))


def test_an_attack_on_a_country_still_names_its_victim(code: Code) -> None:
    text = "وأدان أردوغان الهجوم الإرهابي على إيران."
    assert ("TURGOV", "IRN", "11") not in triples(code(text))


# --- a name in quotation marks -------------------------------------------------------------------------------------
def test_a_battle_in_quotation_marks_is_a_name(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقال بوتين إن خصوم أردوغان يريدون نقل «معركة الدستور» إلى إيران."
    assert ("TURGOV", "IRN", "19") not in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "FIGURATIVE", False)
    assert ("TURGOV", "IRN", "19") in triples(code(text, actors=MORE))


# --- a show of force needs force -----------------------------------------------------------------------------------
POSTURE = {**MORE, "شركة النفط الإيرانية": ("ORG", "IRNBUS", "National Iranian Oil Company"),
           "الشرطة الإيرانية": ("ORG", "IRNCOP", "Iranian police")}


def test_a_company_raises_no_alert(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "واستنفرت شركة النفط الإيرانية فرقها في حلب."
    assert ("IRNBUS", None, "15") not in triples(code(text, actors=POSTURE))
    monkeypatch.setattr(switches, "CIVIL_POSTURE", False)
    assert ("IRNBUS", None, "15") in triples(code(text, actors=POSTURE))


def test_the_police_raise_their_alert(code: Code) -> None:
    assert ("IRNCOP", None, "15") in triples(code("واستنفرت الشرطة الإيرانية قواتها في حلب.", actors=POSTURE))


# --- a reproach needs someone reproached ---------------------------------------------------------------------------
HARSH = "وقال أردوغان إن حادث التفجير ليس إلا عملا جبانا."


def test_harsh_words_about_no_one_are_a_statement(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("TURGOV", None, "01") in triples(code(HARSH))
    monkeypatch.setattr(switches, "HARSH_TARGET", False)
    assert ("TURGOV", None, "11") in triples(code(HARSH))


def test_harsh_words_about_an_actor_reproach_it(code: Code) -> None:
    assert ("TURGOV", "IRN", "11") in triples(code("وقال أردوغان إن هجوم إيران ليس إلا عملا جبانا."))


# --- what a hospital receives after a time phrase ------------------------------------------------------------------
HOSPITAL = {**MORE, "مستشفى طهران": ("ORG", "IRNHLH", "Tehran hospital")}
RECEIVED = "واستقبل مستشفى طهران خلال شهر يوليو الماضي جثامين 9 مواطنين."


def test_bodies_received_after_a_time_phrase_are_no_guests(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not [t for t in triples(code(RECEIVED, actors=HOSPITAL)) if t[2] == "04"]
    monkeypatch.setattr(switches, "GUEST_REACH", False)
    assert [t for t in triples(code(RECEIVED, actors=HOSPITAL)) if t[2] == "04"]


def test_a_minister_received_after_a_time_phrase_is_a_guest(code: Code) -> None:
    text = "واستقبل بوتين خلال شهر يوليو الماضي كيم جونغ أون في موسكو."
    assert [t for t in triples(code(text)) if t[2] == "04"]
