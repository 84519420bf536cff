"""Round-17d rules: the doer of deeds told without a subject (docs/events.md "Round 17d"), each checked on
sentences written for it, with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article
from marsad.events import switches
from marsad.events.syntax import _bare

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الشرطة الأفغانية": ("ORG", "AFGCOP", "Afghan police"),
        "كابول": ("GPE", "AFG", "Kabul")}


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str, on: bool) -> set[tuple[str | None, str | None, str]]:
    return {(a, b, root[:2]) for a, b, root in switched(code, monkeypatch, name, on, text, actors=MORE)}


# --- an attack called terror, or a bomb, with no doer named: the rebels of the country it hit --------------------------
@pytest.mark.parametrize(("text", "want"), [
    # a deed noun of force with a word of terror after it, its target after على
    ("وأصيب عدد من المصلين في الاعتداء الإرهابي على الشرطة الأفغانية في كابول أمس.", ("AFGREB", "AFGCOP", "18")),
    # the target in a relative clause of happening ("الذي وقع في …"): a force struck where it was
    ("وغادر جرحى التفجير الإرهابي الذي وقع في الشرطة الأفغانية بكابول المستشفى مساء الأحد.", ("AFGREB", "AFGCOP", "18")),
    # soldiers killed in a bomb's blast, nobody named for it
    ("وقتل ثلاثة جنود أفغان أمس في انفجار عبوة ناسفة على طريق جنوب كابول.", ("AFGREB", "AFGMIL", "18")),
])
def test_terror_doer(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "TERROR_DOER", text, True)
    assert want not in _with(code, monkeypatch, "TERROR_DOER", text, False)


@pytest.mark.parametrize("text", [
    # the attack is what a condemnation is about: the condemnation is coded, not a guessed attacker
    "وقال بوتين إنه يدين بشدة التفجير الإرهابي الذي استهدف الشرطة الأفغانية في كابول.",
    # an air strike is no unclaimed bomb: whose aircraft, the clause does not say
    "وقتل ثلاثة جنود أفغان أمس في غارة جوية جنوب كابول.",
    # civilians hit, no force: nothing says whose rebels
    "وقتل ثلاثة مدنيين أمس في انفجار عبوة ناسفة جنوب كابول.",
])
def test_terror_doer_not_guessed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert not any(a is not None and a.endswith("REB") for a, _, _ in _with(code, monkeypatch, "TERROR_DOER", text, True))


# --- an alef with hamza is no article -------------------------------------------------------------------------------
@pytest.mark.parametrize(("norm", "written", "on", "off"), [
    ("الغام", "ألغام", "الغام", "غام"),
    ("والغاء", "وإلغاء", "الغاء", "غاء"),
    ("بالغام", "بألغام", "الغام", "غام"),
    ("الالغام", "الألغام", "الغام", "الغام"),
    ("بالعقوبات", "بالعقوبات", "عقوبات", "عقوبات"),
    ("والاعلام", "والإعلام", "اعلام", "اعلام"),
])
def test_bare_keeps_hamza(monkeypatch: pytest.MonkeyPatch, norm: str, written: str, on: str, off: str) -> None:
    monkeypatch.setattr(switches, "HAMZA_ARTICLE", True)
    assert _bare(norm, written) == on
    assert _bare(norm) == off  # without the written form, the normalised word is all there is
    monkeypatch.setattr(switches, "HAMZA_ARTICLE", False)
    assert _bare(norm, written) == off
