"""Round-15e rules: an appeal's addressee between commas, the doer of a strike from craft, a strike in concert
(docs/events.md "Round 15e"), each checked on sentences written for it, with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.events import switches

Code = Callable[..., Article]

MORE = {**ACTORS,
        "مدينة الخليل": ("GPE", "PSE", "Hebron"),
        "حي الشجاعية": ("GPE", "PSE", "Shujaiya"),
        "وزير الداخلية الفلسطيني": ("ORG", "PSEGOV", "Palestinian interior minister"),
        "وزير الداخلية الإيراني": ("ORG", "IRNGOV", "Iranian interior minister"),
        "وزارة الخارجية الروسية": ("ORG", "RUSGOV", "Russian foreign ministry"),
        "قوات التحالف": ("ORG", "USAMIL", "coalition forces"),
        "الجيش الأوكراني": ("ORG", "UKRMIL", "Ukrainian army"),
        "المتمردين الانفصاليين": ("ORG", "UKRREB", "separatist rebels"),
        "داعش": ("ORG", "IMGMUSISI", "Islamic State")}


# --- an appeal's addressee set off by commas after its subject --------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("ناشد أهالي مدينة الخليل، وزير الداخلية الفلسطيني، التدخل لوقف الاستيطان.", ("PSECVL", "PSEGOV", "02")),
    ("وناشد سكان حي الشجاعية، وزير الداخلية الإيراني والمسؤولين، النظر في أوضاعهم.", ("PSECVL", "IRNGOV", "02")),
])
def test_an_appeal_names_its_addressee_between_commas(
        code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "COMMA_ADDRESSEE", False)
    assert want not in triples(code(text, actors=MORE))


@pytest.mark.parametrize("text", [
    # a new clause after the comma: the actor there is no addressee
    "ناشد أهالي مدينة الخليل، وقال وزير الداخلية الفلسطيني إنه سينظر في الأمر.",
    # a place after the comma
    "ناشد أهالي مدينة الخليل، في غزة، النظر في أوضاعهم.",
    # the segment after the comma holds a clause of its own before the next comma
    "ناشد أهالي مدينة الخليل، وزير الداخلية الفلسطيني الذي زار غزة، النظر في أوضاعهم.",
])
def test_no_addressee_outside_a_bare_name_between_commas(code: Code, text: str) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] == "02" and t[1] in ("PSEGOV", "PSE")]


# --- the owner of the craft a strike comes from is its doer -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وتواصل القصف على مواقع المتمردين الانفصاليين، وقصف عنيف من السفن الحربية التابعة لقوات التحالف على كييف.",
    "وشهدت المدينة قصفا من الطائرات الحربية التابعة لقوات التحالف على مواقع الجيش الأوكراني.",
])
def test_the_craft_owner_strikes(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def by_fleet() -> list[tuple[str | None, str | None, str]]:
        return [t for t in triples(code(text, actors=MORE)) if t[0] == "USAMIL" and t[2] in ("18", "19")]

    assert by_fleet()
    monkeypatch.setattr(switches, "STRIKE_DOER", False)
    assert not by_fleet()


@pytest.mark.parametrize("text", [
    "وقالت الأمم المتحدة إن الجيش الأوكراني قتل 20 من عناصر داعش.",  # people from a body: the patients
    "وقصف الجيش الأوكراني عددا من مواقع المتمردين الانفصاليين.",  # no craft after من
])
def test_people_after_min_are_no_doer(code: Code, text: str) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[0] in ("IMGMUSISI", "UKRREB")]


# --- a strike in concert with another hits its target -----------------------------------------------------------------
JOINT = ("وشن الجيش الأوكراني هجوما كبيرا على المتمردين الانفصاليين، بالتزامن مع غطاء جوي كثيف وقصف مركز من السفن "
         "الحربية التابعة لقوات التحالف.")


def test_a_strike_in_concert_hits_the_same_target(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("USAMIL", "UKRREB", "19") in triples(code(JOINT, actors=MORE))
    monkeypatch.setattr(switches, "JOINT_STRIKE", False)
    assert ("USAMIL", "UKRREB", "19") not in triples(code(JOINT, actors=MORE))


def test_no_concert_without_a_word_of_concert(code: Code) -> None:
    text = ("وشن الجيش الأوكراني هجوما كبيرا على المتمردين الانفصاليين، وفي مكان آخر قصف مركز من السفن الحربية "
            "التابعة لقوات التحالف.")
    assert ("USAMIL", "UKRREB", "19") not in triples(code(text, actors=MORE))
