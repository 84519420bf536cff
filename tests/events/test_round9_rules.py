"""Round-9 rules (recall on news in general): renewed stances (جدد), pledges of allegiance (مبايعة), work done
"بالتعاون مع" a partner, a deed noun after a demonstrative or a word of strengthening, declining to comment,
waging a war with someone (خاض), militants and separatists named by what they are, and the speaker the pronoun
after a report verb stands for as the doer of the deed in his words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "داعش": ("ORG", "IMGMUSISI", "Islamic State"),
        "جماعة أنصار بيت المقدس": ("ORG", "EGYREB", "Ansar Bayt al-Maqdis"),
        "وزارة الخارجية الإيرانية": ("ORG", "IRNGOV", "Iranian foreign ministry"),
        "الجيش المصري": ("ORG", "EGYMIL", "Egyptian army"),
        "سيناء": ("LOC", "EGY", "Sinai")}


# --- "جدد": a stance renewed is the stance -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "root"), [
    ("وجددت وزارة الخارجية الإيرانية موقف إيران الثابت والداعم لغزة.", "05"),
    ("وجددت وزارة الخارجية الإيرانية الدعوة إلى وقف الغارات على غزة.", "02"),
])
def test_a_renewed_stance_is_coded_as_the_stance(code: Code, text: str, root: str) -> None:
    assert ("IRNGOV", "PSE", root) in triples(code(text, actors=MORE))


def test_renewing_a_licence_is_no_event(code: Code) -> None:
    assert triples(code("وجددت وزارة الخارجية الإيرانية جوازات سفر الدبلوماسيين في غزة.", actors=MORE)) == []


# --- "مبايعة": a pledge of allegiance -------------------------------------------------------------------------------
def test_a_pledge_of_allegiance_is_an_agreement_with_the_group(code: Code) -> None:
    art = code("وكانت جماعة أنصار بيت المقدس قد أعلنت في وقت سابق مبايعتها تنظيم داعش.", actors=MORE)
    assert ("EGYREB", "IMGMUSISI", "05") in triples(art)


# --- "بالتعاون مع": joint work, not talk of cooperation ---------------------------------------------------------------
def test_work_done_with_a_partner_is_cooperation(code: Code) -> None:
    art = code("ونظمت وزارة الخارجية الإيرانية المعرض بالتعاون مع الأمم المتحدة.", actors=MORE)
    assert ("IRNGOV", "IGOUNO", "06") in triples(art)


@pytest.mark.parametrize("text", [
    "وقالت وزارة الخارجية الإيرانية إن النتائج جاءت ثمرة لهذا التعاون مع الصين.",
    "وأكدت وزارة الخارجية الإيرانية أن المعرض سيكون ثمرة لهذا التعاون مع الأمم المتحدة.",
])
def test_cooperation_after_a_demonstrative_was_told_before(code: Code, text: str) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] == "06"]


# --- declining to comment ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ورفضت وزارة الخارجية الإيرانية التعليق على التقرير.",
    "وامتنعت وزارة الخارجية الإيرانية عن التعليق على التقرير.",
])
def test_declining_to_comment_needs_no_addressee(code: Code, text: str) -> None:
    art = code(text, actors=MORE)
    assert [(e.source.actor if e.source else None, e.code) for e in art.events] == [("IRNGOV", "011")]


def test_rejecting_a_proposal_is_still_a_rejection(code: Code) -> None:
    art = code("ورفضت وزارة الخارجية الإيرانية المقترح الأمريكي.", actors=MORE)
    assert [e.code for e in art.events if e.code == "011"] == []


# --- "خاض حربا مع": fighting, only against someone ----------------------------------------------------------------------
def test_waging_a_war_with_separatists_is_fighting(code: Code) -> None:
    art = code("وتشهد المنطقة تمردا منذ أن خاضت موسكو حربين مع الانفصاليين.", actors=MORE)
    assert ("RUS", "RUSREB", "19") in triples(art)


@pytest.mark.parametrize("text", [
    "وخاضت روسيا حربا طويلة في الماضي.",  # no one on the other side
    "وخاض المنتخب الروسي مباراة ودية مع الصين.",  # a match, not a war
])
def test_waging_with_no_foe_or_no_war_is_no_event(code: Code, text: str) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] == "19"]


# --- "يقول X: إنه قتل…": the speaker the pronoun stands for is the doer ---------------------------------------------------
def test_the_speaker_of_the_pronoun_is_the_doer_before_a_count(code: Code) -> None:
    art = code("وفي الوقت نفسه يقول الجيش المصري: إنه قتل أكثر من ألف متشدد في سيناء.", actors=MORE)
    assert ("EGYMIL", "EGYREB", "18") in triples(art)
    assert not [t for t in triples(art) if t[0] == "EGYREB"]


# --- "أعلن عن لقاء ضم X مع Y": the meeting announced, its two sides after ضم/جمع ---------------------------------------
@pytest.mark.parametrize("text", [
    "وأعلن في الدوحة أمس عن لقاء ضم فلاديمير بوتين مع كيم جونغ أون.",
    "وانتهى اللقاء الذي جمع بوتين وكيم في موسكو.",
])
def test_a_meeting_that_gathered_two_sides(code: Code, text: str) -> None:
    assert ("RUSGOV", "PRKGOV", "04") in triples(code(text, actors=MORE))


def test_a_meeting_spoken_about_is_still_a_topic(code: Code) -> None:
    art = code("وتحدث بوتين عن لقاء ضم كيم مع أردوغان.", actors=MORE)
    assert not [t for t in triples(art) if t[2] == "04"]
