"""Round-12 rules: the arguments of clauses the coder already reads (docs/events.md "Round 12"), each checked on a
sentence written for it, with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched, triples

from marsad.article import Article
from marsad.events import switches

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الحكومة الإيرانية": ("ORG", "IRNGOV", "Iranian government"),
        "حسن علي": ("PER", "IRN", "Hassan Ali"),
        "سلاح الجو الروسي": ("ORG", "RUSMIL", "Russian Air Force"),
        "داعش": ("ORG", "IMGMUSISI", "Islamic State"),
        "لافروف": ("PER", "RUSGOV", "Sergei Lavrov"),
        "وزير الخارجية الصيني": ("PER", "CHNGOV", "Chinese foreign minister"),
        "وزير الخارجية الإيراني": ("PER", "IRNGOV", "Iranian foreign minister"),
        "حمص": ("GPE", "SYR", "Homs"),
        "قوات المعارضة": ("ORG", "SYRREB", "Syrian opposition forces"),
        "المرصد السوري": ("ORG", "SYRHRI", "Syrian Observatory for Human Rights"),
        "الحكومة السورية": ("ORG", "SYRGOV", "Syrian government"),
        "وزارة الصحة": ("ORG", "SAUGOV", "Ministry of Health"),
        "طهران": ("GPE", "IRN", "Tehran"),
        "بشار الأسد": ("PER", "SYRGOV", "Bashar al-Assad")}


def both(code: Code, monkeypatch: pytest.MonkeyPatch, switch: str, text: str,
         **kwargs: object) -> tuple[list[tuple[str | None, str | None, str]], list[tuple[str | None, str | None, str]]]:
    """The triples with the switch on, then off (left off)."""
    return (switched(code, monkeypatch, switch, True, text, actors=MORE, **kwargs),
            switched(code, monkeypatch, switch, False, text, actors=MORE, **kwargs))


# --- a relative clause with a resumptive object pronoun: the subject after the verb, the antecedent its target ------------
DESCRIBED = "وندد لافروف بالمعارض حسن علي الذي وصفته وسائل إعلام الحكومة الإيرانية بالخائن."


@pytest.mark.parametrize("switch", ["SUBJECT_CHAIN", "RELATIVE_OBJECT", "CITIZEN_TARGET"])
def test_the_relative_clause_names_its_doer_after_the_verb_and_its_patient_before(
        code: Code, monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    on, off = both(code, monkeypatch, switch, DESCRIBED)
    assert ("IRNGOV", "IRN", "11") in on and ("IRNGOV", "IRN", "11") not in off


def test_a_construct_chain_after_the_verb_ends_in_its_subject(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "SUBJECT_CHAIN",
                   "وأشار البيان إلى الغارات التي شنتها قاذفات قنابل سلاح الجو الروسي على أوكرانيا.")
    assert ("RUSMIL", "UKR", "19") in on and ("RUSMIL", "UKR", "19") not in off


# --- a relative clause on an indefinite noun keeps the sentence's subject ------------------------------------------------
def test_a_clause_on_an_indefinite_noun_keeps_the_subject(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the fronted-adjunct rule (round 16a) also carries the subject over this clause: off here, to see this rule alone
    monkeypatch.setattr(switches, "FRONTED_ADJUNCT", False)
    on, off = both(code, monkeypatch, "ASYNDETIC_RELATIVE",
                   "وقال لافروف، في مؤتمر صحفي عقده مع وزير الخارجية الصيني في موسكو، إن العلاقات قوية.")
    assert ("RUSGOV", "CHNGOV", "04") in on and ("RUSGOV", "CHNGOV", "04") not in off


# --- a meeting with another partner is another meeting ---------------------------------------------------------------------
def test_a_meeting_noun_with_another_partner_is_a_new_meeting(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "OTHER_PARTNER",
                   "وعقد لافروف مؤتمرا صحفيا مع وزير الخارجية الصيني في موسكو. "
                   "وتأتي تصريحات لافروف عشية مباحثات يعقدها مع وزير الخارجية الإيراني.")
    assert ("RUSGOV", "IRNGOV", "04") in on and ("RUSGOV", "IRNGOV", "04") not in off
    assert ("RUSGOV", "CHNGOV", "04") in on


# --- where a town lies is no party ---------------------------------------------------------------------------------------
def test_a_region_in_brackets_says_where(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "BRACKET_PLACE", "وشن سلاح الجو الروسي غارة على مدينة خاركيف (شرق أوكرانيا).")
    assert not [t for t in on if t[1] == "UKR"] and [t for t in off if t[1] == "UKR"]


# --- an attack names whom it hit -----------------------------------------------------------------------------------------
def test_an_attack_with_no_coded_target_is_not_coded(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "FORCE_TARGET", "وشن مسلحو داعش هجوما على نقطة تفتيش.")
    assert not on and ("IMGMUSISI", None, "19") in off


def test_an_attack_with_its_target_stays(code: Code) -> None:
    assert ("RUSMIL", "UKR", "19") in triples(code("وشن سلاح الجو الروسي غارات على أوكرانيا.", actors=MORE))


def test_ground_taken_is_no_party(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "TERRITORY", "وسيطرت قوات المعارضة على مدينة حمص.")
    assert not on and ("SYRREB", "SYR", "19") in off


# --- a masdar and its genitive doer at the head of a quote ---------------------------------------------------------------
def test_a_verb_form_whose_next_actor_disagrees_is_a_masdar(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "MASDAR_DISAGREE",
                   "وشدد لافروف على أن استمرار الأزمة، مردها «دعم طهران لنظام بشار الأسد».")
    assert ("IRNGOV", "SYRGOV", "05") in on and ("RUSGOV", "IRN", "05") in off


# --- a capital that acts is its government ---------------------------------------------------------------------------------
def test_a_capital_that_acts_is_its_government(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "CAPITAL_DOER", "وأكد لافروف حرص موسكو على تطوير علاقاتها مع الصين.")
    assert ("RUSGOV", "CHN", "03") in on and ("RUS", "CHN", "03") in off


def test_a_capitals_war_is_the_states(code: Code) -> None:
    assert ("RUS", "UKR", "19") in triples(code("وشنت موسكو حربا على أوكرانيا.", actors=MORE))


# --- a nisba after a noun of a state's conduct names the state ---------------------------------------------------------------
def test_a_headline_statement_on_a_states_policy(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "STATE_NISBA", "وقال لافروف إن بلاده تتابع الوضع.",
                   title="لافروف: نتابع عن كثب تطورات السياسة التركية في المنطقة")
    assert ("RUSGOV", "TUR", "01") in on and ("RUSGOV", "TUR", "01") not in off


# --- a count of people after the verb is its subject ---------------------------------------------------------------------
def test_people_counted_after_the_verb_do_it(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "COUNTED_PEOPLE",
                   "وأفاد المرصد السوري في بيان «نفذ نحو ألف شخص اعتصاما قرب مبنى الحكومة السورية في دمشق».")
    assert ("SYRCVL", "SYRGOV", "14") in on and ("SYRHRI", "SYRGOV", "14") in off


def test_people_counted_after_the_verb_are_not_the_antecedent_before_a_relative(
        code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "COUNTED_PEOPLE",
                   "وتظاهر الأهالي في حمص ضد حسن علي الذي قصف منازلهم، وطالب بعض الأهالي بمحاكمته.")
    assert not [t for t in on if t[0] == "IRN"] and ("IRN", "SYRCVL", "10") in off


# --- a pronoun object taking up a plain noun: the frame is that noun -----------------------------------------------------------
def test_what_was_given_is_the_noun_the_pronoun_takes_up(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "PRONOUN_FRAME",
                   "وتابع الحضور عرضا مرئيا قدمه وكيل وزارة الصحة المساعد لوفد الأمم المتحدة.")
    assert not [t for t in on if t[2] == "07"] and ("SAUGOV", "IGOUNO", "07") in off


def test_aid_named_before_the_relative_stays(code: Code) -> None:
    assert ("CHN", "RUS", "07") in triples(code("وأشاد الوزير بالمساعدات التي قدمتها الصين لروسيا.", actors=MORE))


# --- an office's rank and link words, and a body named by its field and nisba --------------------------------------------------
def test_an_official_of_a_body_named_by_its_field_speaks_for_the_state(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "OFFICE_REACH", "أعلن مسؤول بارز في خفر السواحل الروسية أن بلاده تدعم أوكرانيا.")
    assert ("RUSGOV", "UKR", "01") in on and not off


# --- the frame's cue heads the relative's antecedent ------------------------------------------------------------------------
def test_the_agreement_a_relative_clause_signs(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = both(code, monkeypatch, "RELATIVE_FRAME",
                   "وأشاد لافروف باتفاقية التعاون الاقتصادي المشترك التي وقعها وزير الخارجية الصيني مع إيران.")
    assert ("CHNGOV", "IRN", "05") in on and ("CHNGOV", "IRN", "05") not in off
