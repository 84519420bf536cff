"""Round-17b rules: who did it and to whom (docs/events.md "Round 17b"), each checked on sentences written for it,
with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article
from marsad.events import actors, switches

Code = Callable[..., Article]

MORE = {**ACTORS,
        "السعودية": ("GPE", "SAU", "Saudi Arabia"),
        "الرياض": ("GPE", "SAU", "Riyadh"),
        "جدة": ("GPE", "SAU", "Jeddah"),
        "الوزارة": ("ORG", "SAUGOV", "the ministry"),
        "اليمن": ("GPE", "YEM", "Yemen"),
        "عدن": ("GPE", "YEM", "Aden"),
        "صنعاء": ("GPE", "YEM", "Sanaa"),
        "الحوثيون": ("ORG", "YEMREB", "Houthis"),
        "قوة ايساف": ("ORG", "IGOWSTNAT", "ISAF")}


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str, on: bool) -> list[tuple[str | None, str | None, str]]:
    return switched(code, monkeypatch, name, on, text, actors=MORE)


# --- people and bodies named by what they are (data/events/generic_agents.json) ----------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # a sector noun with no name: the story's country with that sector
    ("واتهم أردوغان وسائل الإعلام بتشويه أقواله.", ("TURGOV", "TURMED", "11")),
    # a head noun of the lexicon gives the nisba after it its sector: "الأبواق المصرية" are Egypt's media
    ("وانتقدت الأبواق المصرية السعودية.", ("EGYMED", "SAU", "11")),
    ("وأثنى أمين الرياض على دور القطاع الخاص في دعم المهرجان.", ("SAUGOV", "SAUBUS", "05")),
    ("وأعلنت مجموعة مسلحة في اليمن مسؤوليتها عن الهجوم على عدن.", ("YEMREB", "YEM", "19")),
    # a broken plural of a body takes a feminine verb: "رفضت الطواقم" is its subject, not its object
    ("ورفضت الطواقم الطبية في مستشفى جدة استقبال المصابين، بحسب وزارة الصحة السعودية.", ("SAUHLH", "SAU", "12")),
    # people after a body and a bare comma are the ones addressed, not a second caller
    ("ودعت الوزارة، أصحاب العمل إلى تسجيل عقود العاملين قبل نهاية الشهر.", ("SAUGOV", "SAUBUS", "02")),
])
def test_generic_agents(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    def got(on: bool) -> set[tuple[str | None, str | None, str]]:
        return {(a, b, root[:2]) for a, b, root in _with(code, monkeypatch, "GENERIC_AGENTS", text, on)}
    assert want in got(True)
    assert want not in got(False)


def test_generic_agent_comma_is_no_second_caller(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    got = _with(code, monkeypatch, "GENERIC_AGENTS", "ودعت الوزارة، أصحاب العمل إلى تسجيل عقود العاملين قبل نهاية الشهر.", True)
    assert not any(a == "SAUBUS" for a, _, _ in got)


def test_generic_agents_read_with_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(switches, "GENERIC_AGENTS", False)
    assert "المواطنين" not in actors._generic_words()
    assert actors.role_words().get("الابواق") is None
    monkeypatch.setattr(switches, "GENERIC_AGENTS", True)
    assert actors._generic_words().get("المواطنين") == "CVL"
    assert actors.role_words().get("الابواق") == "MED"


# --- the people a weapon's deed killed or hurt, named before it ----------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("وقتل خمسة جنود أفغان بصاروخ أطلقته قوة ايساف.", ("IGOWSTNAT", "AFGMIL", "19")),
    ("وقتل خمسة جنود أفغان وأصيب آخرون بقذيفة أطلقتها قوة ايساف.", ("IGOWSTNAT", "AFGMIL", "19")),
    ("وسقط عشرات المواطنين بين قتيل وجريح في اليمن جراء ألغام زرعها الحوثيون في عدن.", ("YEMREB", "YEMCVL", "18")),
])
def test_victims_before(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    def got(on: bool) -> set[tuple[str | None, str | None, str]]:
        return {(a, b, root[:2]) for a, b, root in _with(code, monkeypatch, "VICTIMS_BEFORE", text, on)}
    assert want in got(True)
    assert want not in got(False)


@pytest.mark.parametrize("text", [
    # the weapon is not told as the cause of the deaths: another deed, a day later
    "وقتل جنود أفغان في هجوم أمس، بعد يوم من صاروخ أطلقته قوة ايساف على مبنى في كابول.",
    # no one killed or hurt
    "وتحدث جنود أفغان عن الصاروخ الذي أطلقته قوة ايساف.",
])
def test_victims_before_needs_a_harm_it_caused(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    got = _with(code, monkeypatch, "VICTIMS_BEFORE", text, True)
    assert not any(b == "AFGMIL" for _, b, _ in got)
