"""Round-10 rules (precision and recall on news in general): a former official's words are no statement, a protest
broken up stands for the people protesting, the second side of a clash named after "و" on a member noun ("بين
الجيش الليبي وقوات…"), and a person or body known only by its country acting on that same country."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الجيش الليبي": ("ORG", "LBYMIL", "Libyan army"),
        "مجلس شورى ثوار بنغازي": ("ORG", "LBYREB", "Benghazi Revolutionaries Shura Council"),
        "داعش": ("ORG", "IMGMUSISI", "Islamic State"),
        "قوات الأمن الليبية": ("ORG", "LBYCOP", "Libyan security forces"),
        "الشرطة المصرية": ("ORG", "EGYCOP", "Egyptian police"),
        "ريتشارد ليبارون": ("PER", "USAELI", "Richard LeBaron"),
        "جون كيري": ("PER", "USAGOV", "John Kerry"),
        "بلدية موسكو": ("ORG", "RUSGOV", "Moscow municipality"),
        "الكويت": ("GPE", "KWT", "Kuwait"),
        "أبو مالك": ("PER", "LBN", "Abu Malik"),
        "لبنان": ("GPE", "LBN", "Lebanon"),
        "طرابلس": ("GPE", "LBY", "Tripoli"),
        "القذافي": ("PER", "LBY", "Gaddafi"),
        "الرئيس الصيني": ("PER", "CHNGOV", "President of China"),
        "حزب العمال الكردستاني": ("ORG", "TURREB", "PKK"),
        "قوات الأمن التركية": ("ORG", "TURCOP", "Turkish security forces"),
        "وزارة الخارجية الإيرانية": ("ORG", "IRNGOV", "Iranian foreign ministry")}


def statements(art: Article) -> list[tuple[str | None, str]]:
    return [(e.source.actor if e.source else None, e.code) for e in art.events if e.root == "01"]


# --- a former official speaks for no one --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقال ريتشارد ليبارون السفير السابق لواشنطن في الكويت إن العقوبات أعطت إيران مهلة.",
    "وقال الرئيس السابق لبلدية موسكو لوكالة الأنباء الروسية إن الصين لم ترد.",
])
def test_a_former_officials_words_are_no_statement(code: Code, text: str) -> None:
    assert statements(code(text, actors=MORE)) == []


def test_a_serving_official_on_another_country_still_makes_a_statement(code: Code) -> None:
    art = code("وقال جون كيري لدى وصوله إلى الكويت إن إيران لم ترد على المقترح.", actors=MORE)
    assert [src for src, _ in statements(art)] == ["USAGOV"]


def test_a_former_regime_in_the_words_is_not_the_speaker(code: Code) -> None:
    art = code("وقال جون كيري إن أنصار النظام السابق في إيران يرفضون الاتفاق.", actors=MORE)
    assert [src for src, _ in statements(art)] == ["USAGOV"]


# --- breaking up a protest is done to the protesters ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقامت قوات الأمن الليبية بتفريق التظاهرة في طرابلس.",
    "وفضت قوات الأمن الليبية اعتصاما أمام مقر البرلمان أمس.",
])
def test_a_protest_broken_up_stands_for_the_forces_own_people(code: Code, text: str) -> None:
    assert ("LBYCOP", "LBYCVL", "17") in triples(code(text, actors=MORE))


def test_a_named_side_comes_before_the_protest(code: Code) -> None:
    art = code("وقامت الشرطة المصرية بتفريق أنصار داعش المعتصمين.", actors=MORE)
    assert not [t for t in triples(art) if t[1] == "EGYCVL"]


# --- "بين X وقوات Y": the second side of a clash after و on a member noun ------------------------------------------------
def test_the_second_side_after_a_member_noun(code: Code) -> None:
    art = code("وأصيب خمسة أطفال في المواجهات بين قوات الأمن الليبية وقوات مجلس شورى ثوار بنغازي قرب الميناء.",
               actors=MORE)
    assert ("LBYCOP", "LBYREB", "19") in triples(art)


def test_a_member_noun_without_و_is_no_second_side(code: Code) -> None:
    art = code("وأصيب خمسة أطفال في المواجهات بين قوات الأمن الليبية قوات مجلس شورى ثوار بنغازي قرب الميناء.",
               actors=MORE)
    assert ("LBYCOP", "LBYREB", "19") not in triples(art)


# --- a person known only by his country acting on that country -------------------------------------------------------
def test_a_person_coded_by_country_on_his_own_country_is_no_event(code: Code) -> None:
    art = code("وزار أبو مالك لبنان الأسبوع الماضي.", actors=MORE)
    assert not [t for t in triples(art) if t[0] == "LBN" and t[1] == "LBN"]


def test_a_town_standing_for_its_people_still_acts(code: Code) -> None:
    art = code("طرابلس تطالب بمعاقبة مقرب من القذافي", actors=MORE)
    assert [t for t in triples(art) if t[:2] == ("LBY", "LBY")]  # a demand (02) or a wish (10)


# --- "بدأ X وزير…، زيارة": the aspect verb before a long subject phrase -------------------------------------------------
def test_an_aspect_verb_before_a_long_subject_phrase_gives_the_doer(code: Code) -> None:
    art = code("وتأتي الخطوة بينما بدأ جون كيري وزير الخارجية الأمريكي، زيارة لموسكو لبحث الأزمة.", actors=MORE)
    assert ("USAGOV", "RUS", "04") in triples(art)


def test_a_far_aspect_verb_with_other_words_between_gives_no_doer(code: Code) -> None:
    art = code("وبدأ جون كيري يوم الأحد الماضي في العاصمة جولة ثم زيارة لموسكو.", actors=MORE)
    assert not [t for t in triples(art) if t[2] == "04" and t[0] == "USAGOV"]


def test_a_generic_actor_read_as_the_one_it_acts_on_is_no_event(code: Code) -> None:
    # "القيادة" is the government of the country the article names most: here the one congratulated
    art = code("القيادة تهنئ الرئيس الصيني بذكرى اليوم الوطني لبلاده.", actors=MORE)
    assert not [t for t in triples(art) if t[0] == t[1]]


def test_a_generic_actor_on_another_countrys_leader_still_acts(code: Code) -> None:
    # here the article names Russia most: the leadership is Russia's
    art = code("قالت موسكو إن روسيا تحتفل. القيادة تهنئ الرئيس الصيني بذكرى اليوم الوطني لبلاده.", actors=MORE)
    assert ("RUSGOV", "CHNGOV", "05") in triples(art)


# --- of a deed noun and its repeat, the one that names the other side stays ----------------------------------------
def test_the_repeat_that_names_the_target_replaces_the_bare_noun(code: Code) -> None:
    art = code("ونسب الهجوم لمتمردي حزب العمال الكردستاني الذي كثف هجماته ضد قوات الأمن التركية في الشرق.", actors=MORE)
    force = [t[:2] for t in triples(art) if t[0] == "TURREB" and t[2] in ("18", "19")]
    assert force == [("TURREB", "TURCOP")]


@pytest.mark.usefixtures("targetless_force")
def test_a_bare_deed_noun_with_no_better_repeat_stays(code: Code) -> None:
    art = code("ونسب الهجوم لمسلحي داعش الذي ينشط في المنطقة.", actors=MORE)
    force = [t[:2] for t in triples(art) if t[0] == "IMGMUSISI" and t[2] in ("18", "19")]
    assert force == [("IMGMUSISI", None)]


# --- thanks to all who took part need no named addressee --------------------------------------------------------------
def test_an_officials_thanks_to_all_parties_is_coded_without_a_target(code: Code) -> None:
    art = code("وقدمت وزارة الخارجية الإيرانية شكرها وتقديرها لجميع الجهات المشاركة في تنظيم المؤتمر.", actors=MORE)
    assert ("IRNGOV", None, "05") in triples(art)


def test_thanks_to_no_one_named_is_still_no_event(code: Code) -> None:
    art = code("وقدمت وزارة الخارجية الإيرانية شكرها وتقديرها على تنظيم المؤتمر.", actors=MORE)
    assert not [t for t in triples(art) if t[2] == "05"]
