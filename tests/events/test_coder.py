"""The event coder on constructed sentences: word orders, pronouns, factuality, status, date and place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import make_article, triples

from marsad.article import Article, Entity
from marsad.events.coder import code_article

Code = Callable[..., Article]


# --- word orders -----------------------------------------------------------------------------------
def test_verb_subject_object(code: Code) -> None:
    art = code("اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بصواريخ.")
    assert ("USA", "PRK", "11") in triples(art)


def test_subject_first(code: Code) -> None:
    art = code("كيم يتعهد بتعزيز التعاون الإستراتيجي مع بوتين.")
    assert triples(art) == [("PRKGOV", "RUSGOV", "03")]


def test_dropped_subject_after_a_named_actor(code: Code) -> None:
    art = code("ندد أردوغان بالهجوم على غزة، ودعا إسرائيل إلى وقف إطلاق النار.")
    assert ("TURGOV", "ISR", "02") in triples(art)


def test_participle_clause_inherits_the_subject(code: Code) -> None:
    art = code("ووصفت كوريا الشمالية الحرب بأنها عدوان أميركي، منددة بالمساعدات الغربية لكييف.")
    condemn = [e for e in art.events if e.trigger and e.trigger.text == "منددة"]
    assert len(condemn) == 1 and condemn[0].source and condemn[0].source.actor == "PRK"
    assert condemn[0].target and condemn[0].target.actor in ("WST", "UKR")


def test_nominal_event_with_a_possessive_pronoun(code: Code) -> None:
    art = code("ودعمت كوريا الشمالية موسكو بعد هجومها على أوكرانيا العام الماضي.",
               timexes=[("العام الماضي", "2022", "year")])
    attack = [e for e in art.events if e.root == "19"]
    assert len(attack) == 1
    ev = attack[0]
    assert ev.source and ev.source.actor == "RUS" and ev.target and ev.target.actor == "UKR"
    assert ev.date == "2022" and ev.status == "background"


def test_object_pronoun_and_desire_make_an_appeal(code: Code) -> None:
    art = code("قالت واشنطن إن موسكو تتطلع إلى أن تزودها بيونغيانغ أسلحة.")
    assert triples(art) == [("RUSGOV", "PRK", "02")]  # round 12: a capital that acts is its government


def test_coordinated_sources(code: Code) -> None:
    art = code("فرضت الولايات المتحدة وبريطانيا عقوبات جديدة على إيران.")
    assert sorted(triples(art)) == [("GBR", "IRN", "16"), ("USA", "IRN", "16")]


def test_passive_with_an_agent(code: Code) -> None:
    art = code("تم اعتقال مواطن أمريكي من قبل الشرطة الإيرانية في طهران.")
    assert triples(art) == [("IRNCOP", "USA", "17")]


# --- factuality ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "لم تقصف روسيا أوكرانيا.",
    "روسيا لم تهاجم أوكرانيا أمس.",
    "أكدت موسكو عدم اعتقال الصحفيين.",
])
def test_negated_deeds_are_not_events(code: Code, text: str) -> None:
    assert not [e for e in code(text).events if e.root in ("17", "18", "19")]


@pytest.mark.parametrize("text", [
    "هل قصفت روسيا أوكرانيا؟",
    "إذا هاجمت روسيا أوكرانيا فإن الغرب سيرد.",
    "قد تهاجم روسيا أوكرانيا.",
    "يعاقب القانون كل من يهاجم موظفا عاما.",
])
def test_questions_conditions_modality_and_laws_are_not_events(code: Code, text: str) -> None:
    assert code(text).events == []


def test_future_intent_versus_a_done_deed(code: Code) -> None:
    assert code("سيزور بوتين الصين الأسبوع المقبل.").events == []
    assert code("من المقرر أن يزور بوتين الصين.").events == []
    assert triples(code("زار بوتين الصين أمس.")) == [("RUSGOV", "CHN", "04")]


def test_a_threat_is_coded_as_a_threat_not_as_the_attack(code: Code) -> None:
    art = code("هدد بوتين بقصف كييف.")
    assert [e.root for e in art.events] == ["13"]


def test_accusation_denied_by_the_accused(code: Code) -> None:
    art = code("اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بصواريخ وهو ما نفته بيونغيانغ.")
    supply = [e for e in art.events if e.root == "07"]
    assert len(supply) == 1
    ev = supply[0]
    assert (ev.source and ev.source.actor, ev.target and ev.target.actor) == ("PRK", "RUS")
    assert ev.status == "alleged-and-denied"
    assert ev.alleged_by == "United States" and ev.denied_by == "Pyongyang"
    accuse = [e for e in art.events if e.root == "11"]
    assert accuse and accuse[0].status == "asserted"


def test_restatement_is_not_a_second_event(code: Code) -> None:
    art = code("تعهد كيم بتعزيز التعاون مع بوتين. وتعهد كيم بذلك في رسالة إلى بوتين.")
    assert len([e for e in art.events if e.root == "03"]) == 1


# --- status, relay, date, place ---------------------------------------------------------------------
def test_report_by_a_third_party_is_reported(code: Code) -> None:
    art = code("كشفت صحيفة الغارديان أن روسيا تشتري ذخيرة مدفعية من كوريا الشمالية.")
    assert triples(art) == [("PRK", "RUS", "06")]
    assert art.events[0].status == "reported" and art.events[0].reported_by == "The Guardian"


def test_report_by_the_actors_own_media_stays_asserted(code: Code) -> None:
    art = code("انتقد بوتين الولايات المتحدة بشدة، حسبما ذكرت وكالة الأنباء الروسية.")
    ev = [e for e in art.events if e.root == "11"]
    assert ev and ev[0].status == "asserted" and ev[0].reported_by == "Russian news agency"


def test_date_from_the_clause_else_publication(code: Code) -> None:
    art = code("في يناير اتهمت الولايات المتحدة كوريا الشمالية بدعم روسيا. ودعا بوتين الصين إلى الحوار.",
               timexes=[("في يناير", "2023-01", "month")])
    dates = {e.root: e.date for e in art.events}
    assert dates["11"] == "2023-01" and dates["02"] == "2023-06-12"


def test_background_has_no_date(code: Code) -> None:
    art = code("وكان بوتين قد اتهم أوكرانيا بقصف المدنيين.")
    ev = [e for e in art.events if e.root == "11"]
    assert ev and ev[0].status == "background" and ev[0].date is None


@pytest.mark.usefixtures("targetless_force")
def test_place_named_after_the_deed(code: Code) -> None:
    art = code("قصفت روسيا مواقع للمعارضة في حلب.")
    assert art.events and art.events[0].place is not None
    assert art.events[0].place.country == "SYR" and art.events[0].place.name == "Aleppo"


def test_title_repeating_the_body_is_one_event(code: Code) -> None:
    art = code("تعهد كيم بتعزيز التعاون مع بوتين.", title="كيم يتعهد بتعزيز التعاون مع بوتين")
    assert len(art.events) == 1 and art.section_of(art.events[0].evidence.start) == "body"


def test_every_event_carries_codebook_values(code: Code) -> None:
    art = code("فرضت الولايات المتحدة عقوبات على إيران.")
    ev = art.events[0]
    assert (ev.code, ev.goldstein, ev.quad_class, ev.plover_event) == ("163", -8.0, 4, "COERCE")


# --- more argument and status rules ---------------------------------------------------------------
@pytest.mark.usefixtures("targetless_force")
def test_denial_of_a_deed_codes_it_as_denied(code: Code) -> None:
    art = code("نفت روسيا أن تكون قواتها قد قصفت المدنيين في حلب.")
    assert [(e.root, e.status, e.denied_by) for e in art.events] == [("19", "denied", "Russia")]


def test_denial_pointing_back_to_an_accusation(code: Code) -> None:
    art = code("اتهمت أوكرانيا روسيا بقصف المدنيين. ونفت موسكو هذه الاتهامات.")
    shelling = [e for e in art.events if e.root == "19"]
    assert shelling and shelling[0].status == "alleged-and-denied" and shelling[0].denied_by == "Moscow"


def test_claim_of_responsibility_makes_the_claimers_deed(code: Code) -> None:
    art = code("أعلن تنظيم «داعش» مسؤوليته عن هجوم بسيارة مفخخة في بغداد.",
               actors={"داعش": ("ORG", "IMGMUSISI", "Islamic State"), "بغداد": ("GPE", "IRQ", "Baghdad")})
    assert sorted((e.source.actor if e.source else None, e.code) for e in art.events) == [
        ("IMGMUSISI", "015"), ("IMGMUSISI", "183")]


def test_nisba_subject_after_a_noun(code: Code) -> None:
    art = code("شنت مقاتلات تركية غارات جوية على مواقع لتنظيم داعش في سوريا.",
               actors={"داعش": ("ORG", "IMGMUSISI", "Islamic State"), "سوريا": ("GPE", "SYR", "Syria")})
    assert triples(art) == [("TURMIL", "IMGMUSISI", "19")]  # fighter jets: the Turkish military


def test_members_of_a_group_act_for_it(code: Code) -> None:
    art = code("خطف عناصر من الشرطة الإيرانية مواطنا أمريكيا.")
    assert triples(art) == [("IRNCOP", "USA", "18")]


def test_sports_words_are_not_fights(code: Code) -> None:
    assert code("خطف المنتخب الإيراني لقب البطولة بعد فوزه على الصين.").events == []


def test_an_uncoded_name_is_not_replaced_by_an_earlier_actor(code: Code) -> None:
    art = make_article("زار بوتين الصين أمس. ودعا الجبوري الكتل إلى الحوار.")
    art.entities.append(Entity(art.span(art.text.index("الجبوري"), art.text.index("الجبوري") + 7), "PER"))
    art.entities.sort(key=lambda e: e.span.start)
    assert [e.root for e in code_article(art)] == ["04"]


@pytest.mark.parametrize(("text", "expected"), [
    # the counterpart joins the coordination: one met the other
    ("قال البيت الأبيض إن بوتين ونظيره التركي أردوغان اتفقا على العمل معا.", [("RUSGOV", "TURGOV", "03")]),
    # "بحث X مع Y": Y is the partner; "بحث X" alone names a topic, not a partner
    ("بحث بوتين مع أردوغان الأزمة في أوكرانيا.", [("RUSGOV", "TURGOV", "04")]),
    ("بحث بوتين الأزمة في أوكرانيا.", []),
    # the passive "أُلقي القبض" names no doer
    ("أُلقي القبض على مواطن أمريكي في طهران.", []),
    # "خلال زيارة": the subject's own visit
    ("التقى بوتين الرئيس الصيني خلال زيارة إلى الصين.", [("RUSGOV", "CHN", "04")]),
])
def test_more_argument_rules(code: Code, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(code(text)) == expected
