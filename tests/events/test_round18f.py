"""Round-18f rules: wrong codes and the not-a-deed gates (docs/events.md "Round 18f"), each checked on invented
sentences with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "وزير الداخلية القطري": ("PER", "QATGOV", "Qatari interior minister"),
        "وزارة الخارجية الصينية": ("ORG", "CHNGOV", "Chinese foreign ministry"),
        "المعارضة الفنزويلية": ("ORG", "VENOPP", "Venezuelan opposition"),
        "محافظ الإقليم": ("PER", "PERGOV", "the province's governor")}


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str,
          on: bool) -> list[tuple[str | None, str | None, str]]:
    return switched(code, monkeypatch, name, on, text, actors=MORE)


# --- a future deed at its own verb is its doer's intent -----------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # "سوف" and a verb of going on before the contacts: Beijing's plan to keep talking to the opposition
    ("وذكرت مصادر مطلعة أمس عن أن الصين سوف تواصل اتصالاتها مع المعارضة الفنزويلية خلال الأسابيع المقبلة.",
     ("CHN", "VENOPP", "03")),
])
def test_own_intent(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "OWN_INTENT", text, True)
    assert want not in _with(code, monkeypatch, "OWN_INTENT", text, False)


def test_own_intent_not_after_a_statement(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # a statement before it in the sentence keeps its own rule: the plan is the statement's content
    text = "وقالت وزارة الخارجية الصينية إن بوتين سوف يواصل اتصالاته مع المعارضة الفنزويلية."
    assert _with(code, monkeypatch, "OWN_INTENT", text, True) == _with(code, monkeypatch, "OWN_INTENT", text, False)


# --- a demand made of the public is an appeal ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the minister calls on everyone to stand with the police
    "وطالب وزير الداخلية القطري الجميع بالوقوف إلى جانب الأجهزة الأمنية في مواجهة الشائعات.",
    # the governor asks the citizens to report
    "وطالب محافظ الإقليم المواطنين بالإبلاغ عن أي تجاوزات تقع في الأسواق.",
])
def test_public_appeal(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    on = {r for _, _, r in _with(code, monkeypatch, "PUBLIC_APPEAL", text, True)}
    off = {r for _, _, r in _with(code, monkeypatch, "PUBLIC_APPEAL", text, False)}
    assert "02" in on and "10" not in on
    assert "10" in off


def test_demand_on_a_party(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # a demand made of a named party stays a demand
    text = "وطالب وزير الداخلية القطري إيران بالإفراج عن الصيادين المحتجزين."
    assert any(r.startswith("10") for _, _, r in _with(code, monkeypatch, "PUBLIC_APPEAL", text, True))
