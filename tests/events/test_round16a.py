"""Round-16a rules: events lost for want of a source or of a nominal's actors (docs/events.md "Round 16a"),
each checked on sentences written for it, with its switch on and off. The switches are off by default (flat on
the six development sets); each test turns its switch on, then off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الأمير محمد بن سلمان": ("PER", "SAUGOV", "Mohammed bin Salman"),
        "الرئيس الروسي فلاديمير بوتين": ("PER", "RUSGOV", "Vladimir Putin"),
        "السعودية": ("GPE", "SAU", "Saudi Arabia"),
        "مصر": ("GPE", "EGY", "Egypt"),
        "وزارة الشؤون الاجتماعية": ("ORG", "MMRGOV", "social affairs ministry"),
        "وزارة الخارجية الروسية": ("ORG", "RUSGOV", "Russian foreign ministry"),
        "عبدالله الحربي": ("PER", "SAUGOV", "Abdullah al-Harbi"),
        "منظمة التعاون الإسلامي": ("ORG", "IGOOIC", "Organisation of Islamic Cooperation"),
        "المتمردين الأكراد": ("ORG", "TURREB", "Kurdish rebels"),
        "قوات الأمن التركية": ("ORG", "TURCOP", "Turkish security forces"),
        "مجلس الشورى": ("ORG", "SAULEG", "Shura council"),
        "سعود الفيصل": ("PER", "SAUGOV", "Saud al-Faisal"),
        "داعش": ("ORG", "IMGMUSISI", "Islamic State"),
        "أفغان": ("GPE", "AFG", "Afghanistan"),
        "أميركية": ("GPE", "USA", "United States"),
        "روسية": ("GPE", "RUS", "Russia"),
        "قطر": ("GPE", "QAT", "Qatar")}


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str, on: bool) -> list[tuple[str | None, str | None, str]]:
    return switched(code, monkeypatch, name, on, text, actors=MORE)


# --- بين past a relative pronoun and a verb of taking place ------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("وتناول الاتصال الهاتفي الذي جرى بين الأمير محمد بن سلمان والرئيس الروسي فلاديمير بوتين العلاقات الثنائية.",
     ("SAUGOV", "RUSGOV")),
    ("وبحثت المباحثات الرسمية التي عقدت بين السعودية ومصر أمس سبل التعاون.", ("SAU", "EGY")),
])
def test_between_past_a_relative(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str]) -> None:
    def pairs(on: bool) -> set[tuple[str | None, str | None]]:
        return {(a, b) for a, b, root in _with(code, monkeypatch, "BETWEEN_RELATIVE", text, on) if root == "04"}
    assert want in pairs(True)
    assert want not in pairs(False)


def test_between_not_past_an_actor(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # an actor between the noun and بين: the relative clause has a subject of its own
    text = "وتناول الاتصال الذي أجرته روسيا بين السعودية ومصر العلاقات."
    got = _with(code, monkeypatch, "BETWEEN_RELATIVE", text, True)
    assert ("SAU", "EGY", "04") not in got


# --- the opening verb's subject past a long office title, carried to the next sentence --------------------------------
@pytest.mark.parametrize("text", [
    "وجه وزير الشؤون البلدية والقروية المهندس عبدالله الحربي بتضافر الجهود. وهدد -خلال جولته أمس- بمعاقبة مصر.",
    "وجه وزير الشؤون البلدية والقروية المهندس عبدالله الحربي بتضافر الجهود. ودعا -في كلمته أمس- مصر إلى التعاون.",
])
def test_long_title_subject_is_carried(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def by_minister(on: bool) -> list[tuple[str | None, str | None, str]]:
        return [t for t in _with(code, monkeypatch, "LONG_TITLE_SUBJECT", text, on) if t[0] == "SAUGOV" and t[1] == "EGY"]
    assert by_minister(True)
    assert not by_minister(False)


# --- one of a body's staff speaks for it -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقال موظف في وزارة الخارجية الروسية إن بريطانيا تهدد أمن المنطقة.",
    "وانتقد موظف في وزارة الخارجية الروسية بريطانيا بشدة.",
])
def test_staff_speaks_for_the_body(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def by_ministry(on: bool) -> list[tuple[str | None, str | None, str]]:
        return [t for t in _with(code, monkeypatch, "STAFF_SPEAKER", text, on) if t[0] == "RUSGOV"]
    assert by_ministry(True)
    assert not by_ministry(False)


@pytest.mark.parametrize("text", [
    "وانتقد موظف في موسكو بريطانيا بشدة.",  # a place, not a body
    "وانتقد موظف، في وزارة الخارجية الروسية، بريطانيا بشدة.",  # the body past a comma
])
def test_staff_of_no_body(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert _with(code, monkeypatch, "STAFF_SPEAKER", text, True) == _with(code, monkeypatch, "STAFF_SPEAKER", text, False)


# --- the genitive of a statement noun before its adjective and a relative clause ---------------------------------------
@pytest.mark.parametrize("text", [
    "وبحسب بيان منظمة التعاون الإسلامي الصحفي الذي تسلمت الصحيفة نسخة منه، أدانت الهجوم على مصر.",
    "ووفق بيان منظمة التعاون الإسلامي الختامي الذي وزع أمس، انتقدت إسرائيل.",
])
def test_construct_before_a_relative(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def by_body(on: bool) -> list[tuple[str | None, str | None, str]]:
        return [t for t in _with(code, monkeypatch, "CONSTRUCT_RELATIVE", text, on) if t[0] == "IGOOIC"]
    assert by_body(True)
    assert not by_body(False)


# --- a verb after a fronted adjunct keeps the running subject ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وكان سعود الفيصل يكثر من اللقاءات. وفي جلسة لمجلس الشورى انتقد إيران بشدة.",
    "وكان سعود الفيصل يكثر من اللقاءات. وفي كلمة أمام مجلس الشورى انتقد إيران بشدة.",
])
def test_fronted_adjunct_keeps_the_subject(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def by_him(on: bool) -> list[tuple[str | None, str | None, str]]:
        return [t for t in _with(code, monkeypatch, "FRONTED_ADJUNCT", text, on) if t[:2] == ("SAUGOV", "IRN")]
    assert by_him(True)
    assert not by_him(False)


# --- a deed laid at a side's door by a form of نسب ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقتل 17 عنصرا من قوات الأمن التركية في هجمات نسبت للمتمردين الأكراد منذ أسبوع.",
    "وأصيب عشرة من قوات الأمن التركية في هجوم نسب إلى المتمردين الأكراد أمس.",
])
def test_ascribed_deed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def by_rebels(on: bool) -> list[tuple[str | None, str | None, str]]:
        return [t for t in _with(code, monkeypatch, "ASCRIBED", text, on) if t[:2] == ("TURREB", "TURCOP")]
    assert by_rebels(True)
    assert not by_rebels(False)


# --- the subject before an uncoded conjunct -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ولا تزال قاذفات أميركية وطائرات بلا طيار تنفذ غارات على مواقع داعش شرق الرقة.",
    "ولا تزال مقاتلات روسية ومروحيات قتالية تشن غارات على مواقع داعش في حلب.",
])
def test_subject_before_an_uncoded_conjunct(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def by_air(on: bool) -> list[tuple[str | None, str | None, str]]:
        return [t for t in _with(code, monkeypatch, "CONJUNCT_SUBJECT", text, on)
                if t[0] in ("USA", "USAMIL", "RUS", "RUSMIL") and t[2] in ("18", "19")]
    assert by_air(True)
    assert not by_air(False)


@pytest.mark.parametrize("text", [
    "وقال الوزير إن قطر وكل دول الخليج أيدت الاتفاق مع إيران.",
    "وأضاف أن قطر ومعظم الدول العربية أيدت موقف إيران.",
])
def test_subject_before_a_definite_conjunct(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # the word right before the verb is definite and uncoded: no anaphor of its own, the coded conjunct acts
    def by_qatar(on: bool) -> list[tuple[str | None, str | None, str]]:
        return [t for t in _with(code, monkeypatch, "CONJUNCT_SUBJECT", text, on) if t[0] == "QAT" and t[2][:2] == "05"]
    assert by_qatar(True)
    assert not by_qatar(False)


def test_no_subject_across_an_adjunct(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # "وأصيب ثمانية آخرون بصاروخ": a verb and an adjunct after the actor, no conjunct of it
    text = "وقتل خمسة جنود أفغان وأصيب ثمانية آخرون بصاروخ أطلقته قوات روسية."
    got = _with(code, monkeypatch, "CONJUNCT_SUBJECT", text, True)
    assert not [t for t in got if t[0] in ("AFG", "AFGMIL") and t[2] in ("18", "19")]
