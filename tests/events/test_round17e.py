"""Round-17e codes (docs/events.md "Round 17e"): a trigger whose common sense in news is no deed between actors
keeps its code only with the complement of the deed. منح grants a prize, a degree or powers far more often than
aid, so it is aid only with an aid noun; "تحرير … من الضغوط" is relief from pressure, not ground taken from a foe;
"يهدد الاستقرار/محادثات السلام" endangers a state of things, no actor's threat; "أكد التزامه/استعداده" is a
commitment (030), not a plain statement. Each is checked on sentences
written for it, in both senses, and on the lexicon data that carries it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events.lexicon import lexicon

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الحكومة الروسية": ("ORG", "RUSGOV", "Russian government"),
        "الجيش الأوكراني": ("ORG", "UKRMIL", "Ukrainian army"),
        "المتمردين": ("ORG", "UKRREB", "rebels"),
        "جامعة موسكو": ("ORG", "RUSEDU", "Moscow University")}


def coded(code: Code, text: str) -> list[tuple[str | None, str | None, str]]:
    return triples(code(text, actors=MORE))


def roots(code: Code, text: str) -> list[str]:
    return [r for _s, _t, r in coded(code, text)]


def frames_of(lemma: str) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    trig = next(t for t in lexicon().triggers if t.lemma == lemma and t.kind == ("N" if lemma == "تحرير" else "V"))
    return [(f.prep, tuple(f.cues), f.code) for f in trig.frames]


# --- the data: منح has no default code; the other senses are frames with no code --------------------------------------
def test_grant_has_no_default() -> None:
    grant = next(t for t in lexicon().triggers if t.lemma == "منح" and t.kind == "V")
    assert grant.code is None
    assert ("070" in {c for _p, _c, c in frames_of("منح")})


@pytest.mark.parametrize(("lemma", "cue"), [("تحرير", "ضغوط"), ("هدد", "استقرار"), ("هدد", "محادث")])
def test_other_sense_frames(lemma: str, cue: str) -> None:
    assert any(code is None and normalize(cue) in cues for _p, cues, code in frames_of(lemma))


def test_fines_come_before_the_pressure_frame() -> None:
    # "تحرير مخالفات وعقوبات" stays tickets (172): the frame with no code follows the fines and precedes the ground
    order = [code for _p, _c, code in frames_of("تحرير")]
    assert order.index("172") < order.index(None) < order.index("190")


# --- منح: aid with an aid noun, a loan, asylum; nothing when it grants a prize, a degree, powers -------------------
@pytest.mark.parametrize(("text", "root"), [
    ("ومنحت روسيا أوكرانيا مساعدات بقيمة مليون دولار.", "07"),
    ("ومنحت روسيا أوكرانيا قرضا بقيمة مليار دولار.", "07"),
    ("ومنحت الحكومة الروسية أوكرانيا هبة مالية.", "07"),
])
def test_grant_of_aid(code: Code, text: str, root: str) -> None:
    assert root in roots(code, text)


@pytest.mark.parametrize("text", [
    "ومنحت جامعة موسكو بوتين الدكتوراه الفخرية.",
    "ومنحت الحكومة الروسية أوكرانيا صلاحيات أوسع في الإقليم.",
    "ومنح بوتين أردوغان وسام الصداقة.",
])
def test_grant_of_honours_or_powers(code: Code, text: str) -> None:
    assert "07" not in roots(code, text)


# --- تحرير من: ground taken from a foe, not relief from pressure or debts --------------------------------------------
def test_freed_from_a_foe(code: Code) -> None:
    assert "19" in roots(code, "وأعلن الجيش الأوكراني تحرير المدينة من المتمردين.")


@pytest.mark.parametrize("text", [
    "ويخشى بوتين أن تستفيد أوكرانيا بعد تحريرها من الضغوط الدولية.",
    "وتسعى أوكرانيا بعد تحريرها من القيود إلى التقارب مع روسيا.",
])
def test_freed_from_pressure(code: Code, text: str) -> None:
    assert "19" not in roots(code, text)


# --- هدد: a threat by an actor, not a deed that endangers a state of things ----------------------------------------
@pytest.mark.parametrize(("text", "root"), [
    ("وهدد بوتين أوكرانيا بعواقب وخيمة.", "13"),
    ("وهددت روسيا أوكرانيا بإغلاق الحدود معها ما يهدد استقرار المنطقة.", "13"),
    ("وهدد بوتين بشن حرب على أوكرانيا.", "13"),
])
def test_a_threat(code: Code, text: str, root: str) -> None:
    assert root in roots(code, text)


@pytest.mark.parametrize("text", [
    "وقال بوتين إن تصعيد أوكرانيا يهدد محادثات السلام مع روسيا.",
    "ورأت روسيا أن الأزمة في أوكرانيا تهدد استقرار المنطقة.",
    "وقال بوتين إن الحرب تهدد حياة ملايين المدنيين في أوكرانيا.",
])
def test_endangers_is_no_threat(code: Code, text: str) -> None:
    assert "13" not in roots(code, text)


# --- أكد + التزام/استعداد: a commitment (03), not a plain statement ----------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("وأكد بوتين التزام روسيا بالتعاون مع الصين في مكافحة الإرهاب.", ("RUSGOV", "CHN", "03")),
    ("وأكدت الحكومة الروسية استعدادها لمساعدة أوكرانيا.", ("RUSGOV", "UKR", "03")),
])
def test_a_commitment(code: Code, text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(code, text)


def test_a_plain_assurance_is_no_commitment(code: Code) -> None:
    assert "03" not in roots(code, "وأكد بوتين أن روسيا لن تتدخل في أوكرانيا.")
