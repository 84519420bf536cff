"""Round-17a coverage (docs/events.md "Round 17a"): deed words of news the lexicon did not read, cues that give a
frames-only verb its code, frames that hold only for an armed doer, and a word two lemmas spell alike read as the
one whose frames hold; each checked on its forms and on sentences written for it, with and without the rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events import frames
from marsad.events.lexicon import lexicon

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الحكومة الروسية": ("ORG", "RUSGOV", "Russian government"),
        "الحكومة الإيرانية": ("ORG", "IRNGOV", "Iranian government"),
        "الجيش الأوكراني": ("ORG", "UKRMIL", "Ukrainian army"),
        "الجيش الروسي": ("ORG", "RUSMIL", "Russian army"),
        "المتمردين": ("ORG", "UKRREB", "rebels"),
        "شركة روسنفت": ("ORG", "RUSBUS", "Rosneft"),
        "شركة بريتش بتروليوم": ("ORG", "GBRBUS", "BP")}


def readings(word: str) -> list[tuple[str, str]]:
    return [(a.trigger.lemma, a.tense) for a in lexicon().analyse(normalize(word))]


def coded(code: Code, text: str) -> list[tuple[str | None, str | None, str]]:
    return triples(code(text, actors=MORE))


# --- forms -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("word", "lemma", "tense"), [
    ("كرّم", "كرّم", "past"),
    ("وكرمت", "كرّم", "past"),
    ("يكرم", "كرّم", "pres"),
    ("مكرما", "كرّم", "part"),
    ("ونوه", "نوّه", "past"),
    ("تنوه", "نوّه", "pres"),
    ("بالتنسيق", "تنسيق", "noun"),
    ("وتنسيقها", "تنسيق", "noun"),
    ("بتقدم", "تقدم", "noun"),
    ("تقدما", "تقدم", "noun"),
    ("وغرمت", "غرّم", "past"),
    ("تغريم", "تغريم", "noun"),
    ("ومفاوضات", "مفاوضات", "noun"),
    ("للتفاوض", "تفاوض", "noun"),
    ("بتحميل", "تحميل", "noun"),
    ("انتقاده", "انتقاد", "noun"),
    ("وانتقادها", "انتقاد", "noun"),
    ("بتسيير", "تسيير", "noun"),
])
def test_round17a_forms(word: str, lemma: str, tense: str) -> None:
    assert (lemma, tense) in readings(word)


def test_the_armed_frame_is_data() -> None:
    advance = next(t for t in lexicon().triggers if t.lemma == "تقدّم")
    assert any(f.armed and not f.cues and f.prep is None for f in advance.frames)
    assert not any(f.armed for t in lexicon().triggers if t.lemma == "قدم" for f in t.frames)


# --- new words and cues, on sentences written for them -------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("وكرم بوتين أردوغان في موسكو.", ("RUSGOV", "TURGOV", "05")),
    ("ونوه بوتين بجهود الصين في حل الأزمة.", ("RUSGOV", "CHN", "05")),
    ("وتعمل روسيا بالتنسيق مع الصين في الملف السوري.", ("RUS", "CHN", "06")),
    ("وجرت مفاوضات بين روسيا وأوكرانيا في جنيف.", ("RUS", "UKR", "04")),
    ("وغرمت الحكومة الروسية شركة بريتش بتروليوم مليون دولار.", ("RUSGOV", "GBRBUS", "17")),
    ("وفرضت الحكومة الروسية غرامات على شركة بريتش بتروليوم.", ("RUSGOV", "GBRBUS", "17")),
    ("ووجهت الحكومة الروسية إنذارا إلى شركة بريتش بتروليوم.", ("RUSGOV", "GBRBUS", "13")),
    ("واعتبر بوتين قرار واشنطن خطأ كبيرا.", ("RUSGOV", "USA", "11")),
    ("وعقدت الحكومة الروسية ورشة عمل مع الحكومة الإيرانية في موسكو.", ("RUSGOV", "IRNGOV", "04")),
    ("وأثار انتقاد بوتين لواشنطن جدلا واسعا.", ("RUSGOV", "USA", "11")),
    ("وحقق الجيش الأوكراني مكاسب ميدانية على حساب المتمردين.", ("UKRMIL", "UKRREB", "19")),
    ("وأفادت مصادر بتقدم الجيش الأوكراني على حساب المتمردين في الشرق.", ("UKRMIL", "UKRREB", "19")),
])
def test_round17a_entries(code: Code, text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(code, text)


@pytest.mark.parametrize(("text", "root"), [
    ("وضبطت الشرطة الإيرانية أربعين وافدا مخالفا لنظام الإقامة.", "17"),
    ("وبدأ الجيش الروسي تسيير دوريات في حلب.", "15"),
])
def test_round17a_one_sided(code: Code, text: str, root: str) -> None:
    assert root in [r for _s, _t, r in coded(code, text)]


@pytest.mark.parametrize(("text", "root"), [
    ("ونوه بوتين إلى أن الصين شريك تجاري مهم.", "05"),  # pointing out is no praise
    ("وحققت شركة روسنفت مكاسب كبيرة في البورصة.", "19"),  # a firm's gains are profit
    ("وأفادت مصادر بتقدم شركة روسنفت على حساب شركة بريتش بتروليوم.", "19"),  # a firm's advance is no fight
    ("وضبطت الشرطة الإيرانية النفس أمام المتظاهرين.", "17"),  # no people seized
    ("وحققت روسيا انتصارات دبلوماسية على أوكرانيا.", "19"),  # a diplomatic victory is no fight
    ("وتقدم الجيش الروسي بطلب إلى الحكومة الروسية.", "19"),  # an army submitting a request does not advance
])
def test_round17a_other_senses(code: Code, text: str, root: str) -> None:
    assert root not in [r for _s, _t, r in coded(code, text)]


# --- frames that hold only for an armed doer ("armed:") --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وتقدمت قوات الجيش الأوكراني في ضواحي المدينة على حساب المتمردين.",
    "وتقدم الجيش الأوكراني في ضواحي المدينة على حساب المتمردين.",
])
def test_an_armed_advance_is_force(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert ("UKRMIL", "UKRREB", "19") in coded(code, text)
    monkeypatch.setattr(frames, "ARMED_FRAMES", False)
    assert "19" not in [r for _s, _t, r in coded(code, text)]


def test_an_unarmed_advance_is_nothing(code: Code) -> None:
    assert coded(code, "وتقدمت شركة روسنفت في ضواحي المدينة على حساب شركة بريتش بتروليوم.") == []


# --- a word two lemmas spell alike: "وتقدم" is تقدّم (advanced) when قدّم (presents) finds no cue ---------------------
def test_the_other_reading(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وتقدم الجيش الأوكراني باتجاه مواقع المتمردين."
    assert {lemma for lemma, tense in readings("وتقدم") if tense in ("past", "pres")} >= {"تقدّم", "قدم"}
    assert ("UKRMIL", "UKRREB", "19") in coded(code, text)
    monkeypatch.setattr(frames, "OTHER_READING", False)
    assert "19" not in [r for _s, _t, r in coded(code, text)]


def test_the_first_reading_keeps_its_cue(code: Code) -> None:
    # "تقدم روسيا مساعدات": she presents aid (قدّم with its cue), never an advance
    assert [r for _s, _t, r in coded(code, "وتقدم روسيا مساعدات إنسانية لأوكرانيا.")] == ["07"]


# --- a cue of several words matches stems in a row ("ضرب جوي" reads "ضربة جوية") -----------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("وقاد الجيش الروسي حملة عسكرية ضد المتمردين.", "190"),
    ("ونفذ الجيش الروسي ضربة جوية على المتمردين.", "195"),
    ("ونفذ الجيش الروسي العملية العسكرية ضد المتمردين.", "190"),
])
def test_cue_words_in_a_row(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: str) -> None:
    assert want in [e.code for e in code(text, actors=MORE).events]
    monkeypatch.setattr(frames, "CUE_WORDS", False)
    assert want not in [e.code for e in code(text, actors=MORE).events]


def test_cue_words_need_every_word() -> None:
    assert frames._cue_words("ضرب جوي", ["ضربه", "جويه"])
    assert not frames._cue_words("ضرب جوي", ["ضربه", "قويه"])
    assert not frames._cue_words("ضرب", ["ضربه"])  # one word: the caller's substring test
