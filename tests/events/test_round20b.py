"""Round-20b rules: events coded wrongly on articles nobody tuned on (docs/events.md "Round 20b"), each checked on
invented sentences with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "شرطة محافظة الخرج": ("ORG", "SAUCOP", "Al-Kharj police"),
        "الأجهزة الأمنية الأردنية": ("ORG", "JORCOP", "Jordanian security services"),
        "المحكمة الجزائية": ("ORG", "SAUJUD", "criminal court"),
        "النيابة العامة": ("ORG", "JORJUD", "public prosecution"),
        "السعودية": ("GPE", "SAU", "Saudi Arabia"),
        "الأردن": ("GPE", "JOR", "Jordan"),
        "مصرف الخليج": ("ORG", "KWTBUS", "Gulf Bank"),
        "معهد الدراسات الاقتصادية": ("ORG", "AUTEDU", "Institute of Economic Studies"),
        "ألمانيا": ("GPE", "DEU", "Germany"),
        "فرنسا": ("GPE", "FRA", "France"),
        "حركة الشباب": ("ORG", "SOMREB", "al-Shabaab"),
        "الحكومة الإيطالية": ("ORG", "ITAGOV", "Italian government"),
        "الحكومة الإسبانية": ("ORG", "ESPGOV", "Spanish government"),
        "مسلحون": ("PER", "NGAREB", "gunmen"),
        }


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str,
          on: bool) -> list[tuple[str | None, str | None, str]]:
    return switched(code, monkeypatch, name, on, text, actors=MORE)


# --- the person an arrest names by a common noun is the one arrested ---------------------------------------------
@pytest.mark.parametrize(("text", "want", "wrong"), [
    # the culprit, then the court that later tried him: the culprit was arrested, not the court
    ("وتمكنت شرطة محافظة الخرج من القبض على المتهم وأحيل بعد التحقيق معه إلى المحكمة الجزائية.",
     ("SAUCOP", "SAUCVL", "17"), ("SAUCOP", "SAUJUD", "17")),
    # a count of suspects, then the prosecution that charged them
    ("وألقت الأجهزة الأمنية الأردنية القبض على شخصين وأحالتهما إلى النيابة العامة.",
     ("JORCOP", "JORCVL", "17"), ("JORCOP", "JORJUD", "17")),
])
def test_arrest_person(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str],
                       wrong: tuple[str, str, str]) -> None:
    on = _with(code, monkeypatch, "ARREST_PERSON", text, True)
    off = _with(code, monkeypatch, "ARREST_PERSON", text, False)
    assert want in on and wrong not in on
    assert want not in off


def test_arrest_person_keeps_another_side(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the suspects belong to the armed group named after them: the group stays the one arrested
    text = "وألقت الأجهزة الأمنية الأردنية القبض على عشرة متهمين من حركة الشباب."
    assert ("JORCOP", "SOMREB", "17") in _with(code, monkeypatch, "ARREST_PERSON", text, True)



def _roots_on_off(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> tuple[set[str], set[str]]:
    """The roots coded with the switch on, then off."""
    return ({r for _, _, r in _with(code, monkeypatch, name, text, True)},
            {r for _, _, r in _with(code, monkeypatch, name, text, False)})

# --- a body's words are an act only when the body is armed ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a bank's report on another country's market
    "وقال مصرف الخليج في تقريره إن ألمانيا سوق واعدة للاستثمار في قطاع الطاقة.",
    # an institute on who gained from a crisis
    "وقال معهد الدراسات الاقتصادية إن فرنسا خرجت رابحة من أزمة الديون الأوروبية.",
])
def test_armed_body_words(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    on, off = _roots_on_off(code, monkeypatch, "ARMED_BODY_WORDS", text)
    assert "01" not in on
    assert "01" in off


def test_armed_group_words_stay(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # an armed group's statement on another country is its own act
    text = "وقالت حركة الشباب في بيانها إن الحكومة الإيطالية تتحمل مسؤولية ما جرى."
    assert "01" in _roots_on_off(code, monkeypatch, "ARMED_BODY_WORDS", text)[0]


# --- coercion needs someone coerced ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # gunmen hold an unnamed number of hostages
    "ويحتجز مسلحون عددا من الرهائن داخل المبنى منذ مساء أمس.",
    # a government imposes limits on withdrawals: no one named at the other end
    "وفرضت الحكومة الإسبانية قيودا صارمة على سحب الأموال من المصارف.",
])
def test_coercion_target(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    from marsad.events import switches

    # round 20c reads the banks named in the complement as the firms restricted (SANCTIONED_FIRMS): off here, where the
    # coercion of no one is what is checked
    monkeypatch.setattr(switches, "SANCTIONED_FIRMS", False)
    on, off = _roots_on_off(code, monkeypatch, "COERCION_TARGET", text)
    assert "17" not in on
    assert "17" in off


def test_coercion_with_a_target_stays(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # a sanction on a named country keeps its target and its event
    text = "وفرضت الحكومة الإسبانية عقوبات على إيران بسبب برنامجها النووي."
    assert ("ESPGOV", "IRN", "16") in _with(code, monkeypatch, "COERCION_TARGET", text, True)


# --- a fix: the words of a prayer are compared normalised -----------------------------------------------------------
def test_prayer_to_the_lord(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # "المولى" is "المولي" once normalised: the prayer after the praise is no appeal to the body praised
    from marsad.events import coder

    text = "وأشاد الوزير أردوغان بجهود الأمم المتحدة، داعيا المولى أن يحفظ البلاد من كل سوء."
    roots = {e.root for e in code(text, actors=MORE).events}
    assert "05" in roots and "02" not in roots
    monkeypatch.setattr(coder, "PRAYER", frozenset({"الله", "المولى", "ربه"}))  # as written before the fix
    assert "02" in {e.root for e in code(text, actors=MORE).events}
