"""Round-17g rules: the actors of found events (docs/events.md "Round 17g"), each checked on sentences written for
it, with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "التحالف العربي": ("ORG", "SAUMIL", "Arab coalition"),
        "الجيش الأوكراني": ("ORG", "UKRMIL", "Ukrainian army"),
        "الانفصاليين": ("ORG", "UKRREB", "separatists"),
        "الانفصاليون": ("ORG", "UKRREB", "separatists"),
        "سيرغي لافروف": ("PER", "RUSGOV", "Sergei Lavrov"),
        "لافروف": ("PER", "RUSGOV", "Sergei Lavrov"),
        "وانغ يي": ("PER", "CHNGOV", "Wang Yi"),
        "السفارة الأمريكية": ("ORG", "USAGOV", "US embassy"),
        "كينيا": ("GPE", "KEN", "Kenya"),
        "نيروبي": ("GPE", "KEN", "Nairobi")}


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str, on: bool) -> list[tuple[str | None, str | None, str]]:
    return sorted(((a, b, root[:2]) for a, b, root in switched(code, monkeypatch, name, on, text, actors=MORE)), key=str)


# --- strikes told again as the subject of a force verb: their doer told before -------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # the definite noun names the raids of the sentence before
    ("وشن الجيش الأوكراني أمس غارات على مواقع الانفصاليين قرب كييف. كما استهدفت الغارات الجوية مواقع أخرى "
     "للانفصاليين شرق البلاد.", ("UKRMIL", "UKRREB", "19")),
    # "غارات أخرى": more of the same raids
    ("وشن الجيش الأوكراني أمس غارات على مواقع الانفصاليين قرب كييف. فيما استهدفت غارات أخرى مواقع يتحصن فيها "
     "الانفصاليون في الشرق.", ("UKRMIL", "UKRREB", "19")),
])
def test_strike_told(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "STRIKE_TOLD", text, True)
    assert sum(1 for t in _with(code, monkeypatch, "STRIKE_TOLD", text, False) if t[2] == "19") == 1


@pytest.mark.parametrize("text", [
    # an indefinite attack is a new deed: its doer is not the one of the raids before
    "وشن الجيش الأوكراني أمس غارات على مواقع الانفصاليين قرب كييف. واستهدف هجوم بسيارة مفخخة مقرا للشرطة في كييف.",
    # the noun is the deed the verb's frame names ("نفذ ضربة"): its object, or a passive, never its subject
    "وشن الجيش الأوكراني أمس غارات على مواقع الانفصاليين قرب كييف. ونفذت الضربة الجوية صباح اليوم شرق البلاد.",
    # no force told before: nobody to lend the raids a doer
    "وقال بوتين إن الوضع خطير. كما استهدفت الغارات الجوية مواقع الانفصاليين شرق البلاد.",
])
def test_strike_told_not_guessed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    got = _with(code, monkeypatch, "STRIKE_TOLD", text, True)
    assert got == _with(code, monkeypatch, "STRIKE_TOLD", text, False)


# --- the meeting itself, the people in it, or a dual verb: the two sides of the meeting told before ----------------
@pytest.mark.parametrize(("text", "want"), [
    ("والتقى بوتين وزير الخارجية الصيني وانغ يي في موسكو أمس. وتطرق الحديث إلى مجالات التعاون الاقتصادي.",
     ("RUSGOV", "CHNGOV", "04")),
    ("واجتمع لافروف مع وزير الخارجية الصيني وانغ يي في موسكو أمس. واتفق المجتمعون على أهمية تطوير التعاون.",
     ("RUSGOV", "CHNGOV", "03")),
    # a dual verb joined with no subject of its own, in the sentence after the meeting
    ("والتقى لافروف في موسكو أمس وزير الخارجية الصيني وانغ يي. وبحثا العلاقات الثنائية والأوضاع في أوكرانيا.",
     ("RUSGOV", "CHNGOV", "04")),
])
def test_meeting_parties(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    on = _with(code, monkeypatch, "MEETING_PARTIES", text, True)
    off = _with(code, monkeypatch, "MEETING_PARTIES", text, False)
    assert on.count(want) == off.count(want) + 1


@pytest.mark.parametrize("text", [
    # no meeting told before: the conversation has no sides
    "وقال بوتين إن الوضع خطير. وتطرق الحديث إلى مجالات التعاون الاقتصادي.",
    # a dual verb after a one-sided deed is not a meeting's
    "وانتقد بوتين العقوبات الأمريكية على روسيا. وبحثا العلاقات الثنائية.",
])
def test_meeting_parties_not_guessed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    got = _with(code, monkeypatch, "MEETING_PARTIES", text, True)
    assert not any(t[2] in ("03", "04") for t in got)


# --- a statement's target is named, never people its words tell of ------------------------------------------------
@pytest.mark.parametrize(("text", "people"), [
    ("وحذرت السفارة الأمريكية في كينيا من أن القمة قد تكون هدفا محتملا للإرهابيين في نيروبي.", "KENREB"),
    ("وأصدرت الأمم المتحدة بيانا أكدت فيه أنها رصدت شهادات عن اعتداء المستوطنين على مزرعة في الخليل.", "ISRCVL"),
])
def test_named_about(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, people: str) -> None:
    on = _with(code, monkeypatch, "NAMED_ABOUT", text, True)
    off = _with(code, monkeypatch, "NAMED_ABOUT", text, False)
    assert not any(t == people for _, t, _ in on)
    assert any(t == people for _, t, _ in off)


def test_named_about_keeps_a_named_actor(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقال لافروف إن العقوبات التي فرضتها بريطانيا على روسيا غير مقبولة."
    assert any(t == "GBR" or (t or "").startswith("GBR") for _, t, _ in _with(code, monkeypatch, "NAMED_ABOUT", text, True))
