"""Round-6 rules: definite duals ("الجانبان", "البلدين", "الطرفان") naming the two parties again, and the
verbs of Gulf news added to the lexicon (شدد، وجه، استعرض، تطرق) with their frames."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "خادم الحرمين الشريفين": ("PER", "SAUGOV", "King Salman"),
        "المملكة": ("GPE", "SAU", "Saudi Arabia"),
        "الرئيس المصري": ("PER", "EGYGOV", "Egyptian president"),
        "مصر": ("GPE", "EGY", "Egypt"),
        "وزير الخارجية الياباني": ("PER", "JPNGOV", "Japanese foreign minister"),
        "وكالة المخابرات الأمريكية": ("ORG", "USASPY", "CIA"),
        "اليمن": ("GPE", "YEM", "Yemen"),
        "الحكومة اليمنية": ("ORG", "YEMGOV", "Yemeni government")}

VISIT = "استقبل خادم الحرمين الشريفين في قصره بجدة أمس الرئيس المصري. "


def later(art: Article) -> list[tuple[str | None, str | None, str]]:
    """The events after the opening visit (whose reception is itself SAUGOV -> EGYGOV)."""
    return [(e.source.actor if e.source else None, e.target.actor if e.target else None, e.root)
            for e in art.events if e.evidence.start >= len(VISIT)]


# --- a definite dual names the two parties named before ---------------------------------------------------
# a sentence with another subject in between, so the king is not simply carried on as the subject
BETWEEN = "وحضر اللقاء عدد من الأمراء. "


@pytest.mark.parametrize(("text", "root"), [
    (VISIT + BETWEEN + "واستعرض الجانبان آفاق التعاون بين البلدين.", "04"),
    (VISIT + "وتطرق الطرفان إلى الأوضاع في المنطقة.", "04"),
    (VISIT + BETWEEN + "كما تم في أثناء المقابلة استعراض آفاق التعاون بين البلدين.", "04"),
    (VISIT + BETWEEN + "والتقى الجانبان مرة ثانية مساء أمس.", "04"),
    (VISIT + BETWEEN + "واتفق الجانبان على تعزيز التعاون.", "03"),
])
def test_a_dual_names_the_two_parties(code: Code, text: str, root: str) -> None:
    assert ("SAUGOV", "EGYGOV", root) in later(code(text, actors=MORE))


def test_a_dual_subject_of_a_one_sided_act_leaves_the_other_party_out_of_the_target(code: Code) -> None:
    art = code(VISIT + "وأكد الجانبان دعمهما للحكومة اليمنية.", actors=MORE)
    got = [t for t in triples(art) if t[2] == "05"]
    assert got and all(t[1] in ("YEM", "YEMGOV") for t in got)


def test_the_government_stands_for_its_country_among_the_parties(code: Code) -> None:
    # "المملكة" after the king is still the king's side: the government, not the bare country
    art = code(VISIT + "وأشاد الرئيس المصري بمواقف المملكة. " + BETWEEN + "واستعرض الجانبان آفاق التعاون.", actors=MORE)
    assert ("SAUGOV", "EGYGOV", "04") in later(art)


def test_two_countries_are_states_not_their_agencies(code: Code) -> None:
    # "البلدان" are the two states: a spy agency named before is no party, so no pair is found here
    art = code("انتقد وزير الخارجية الياباني وكالة المخابرات الأمريكية أمس. "
               "واستعرض البلدان العلاقات الثنائية.", actors=MORE)
    assert [t for t in triples(art) if t[2] == "04"] == []
    art = code("انتقد وزير الخارجية الياباني وكالة المخابرات الأمريكية أمس. "
               "واستعرض الجانبان العلاقات الثنائية.", actors=MORE)
    assert ("JPNGOV", "USASPY", "04") in triples(art)  # any two sides may be "الجانبان"


def test_no_dual_without_two_countries_before(code: Code) -> None:
    # only one country named before: "الجانبان" has no antecedent pair, nothing is made up
    art = code("أعلن خادم الحرمين الشريفين بدء البرنامج. " + BETWEEN + "واستعرض الجانبان آفاق التعاون.", actors=MORE)
    assert [t for t in triples(art) if t[2] == "04"] == []


# --- verbs added in round 6 -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("ووجه خادم الحرمين الشريفين الشكر إلى الرئيس المصري على مواقفه.", ("SAUGOV", "EGYGOV", "05")),
    ("ووجه الرئيس المصري انتقادات حادة إلى إيران بسبب تدخلها.", ("EGYGOV", "IRN", "11")),
    ("واستعرض خادم الحرمين الشريفين مع الرئيس المصري العلاقات الثنائية.", ("SAUGOV", "EGYGOV", "04")),
])
def test_new_verbs_with_their_frames(code: Code, text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, actors=MORE))


@pytest.mark.parametrize("text", [
    "ووجه خادم الحرمين الشريفين بسرعة إنجاز المشاريع في مصر.",  # an order to one's organs
    "واستعرض الجيش قوته في عرض عسكري أمام الرئيس المصري.",  # a show of force, not a consultation
    "واستعرض خادم الحرمين الشريفين تقرير مصر السنوي.",  # a report read, no partner
])
def test_new_verbs_without_their_frames_code_nothing(code: Code, text: str) -> None:
    assert [t for t in triples(code(text, actors=MORE)) if t[2] in ("04", "05")] == []


def test_rejected_seed_lemmas_never_trigger() -> None:
    import json
    from pathlib import Path

    import marsad
    data = json.loads((Path(marsad.__file__).parent / "data/events/triggers.json").read_text(encoding="utf-8"))
    lemmas = {e["lemma"] for e in data["entries"]}
    for rejected in ("اضاف", "اظهر", "احبط", "اعتمد", "قرر"):
        assert rejected in data["rejected_seed_lemmas"]
        assert rejected not in lemmas
