"""Round-4 rules, for general news: people named by what they are ("الخطباء", "المعتصمون"), a part of an actor
acting for it ("عدد من المشرعين"), a civil body's statement on its own country, unvocalised passives of killing,
clashes between two sides, an agent after "من جانب", and the verbs and nouns of news added to the lexicon."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "السعودية": ("GPE", "SAU", "Saudi Arabia"),
        "الرياض": ("GPE", "SAU", "Riyadh"),
        "أبها": ("GPE", "SAU", "Abha"),
        "داعش": ("ORG", "IMGMUSISI", "ISIS"),
        "أوباما": ("PER", "USAGOV", "Barack Obama"),
        "الجيش الليبي": ("ORG", "LBYMIL", "Libyan army"),
        "ليبيا": ("GPE", "LBY", "Libya"),
        "بنغازي": ("GPE", "LBY", "Benghazi"),
        "المرصد السوري لحقوق الإنسان": ("ORG", "SYRHRI", "Syrian Observatory for Human Rights"),
        "الحكومة السورية": ("ORG", "SYRGOV", "Syrian government"),
        "سوريا": ("GPE", "SYR", "Syria"),
        "اليابان": ("GPE", "JPN", "Japan"),
        "الحوثيون": ("ORG", "YEMREB", "Houthis"),
        "الحوثيين": ("ORG", "YEMREB", "Houthis"),
        "اليمن": ("GPE", "YEM", "Yemen"),
        "شركة أرامكو": ("ORG", "SAUBUS", "Saudi Aramco"),
        "وزارة المالية": ("ORG", "SAUGOV", "Saudi Finance Ministry")}

SAUDI = "شهدت الرياض وأبها أمطارا غزيرة خلال الأيام الماضية في السعودية. "


# --- people named by what they are: the article's country's clerics, protesters, legislators --------------
@pytest.mark.parametrize(("text", "want"), [
    (SAUDI + "وندد الخطباء بتنظيم داعش في خطبة الجمعة.", ("SAUREL", "IMGMUSISI", "11")),
    (SAUDI + "واعتصم المتظاهرون أمام المحكمة.", ("SAUCVL", None, "14")),
])
def test_people_named_by_what_they_are(code: Code, text: str, want: tuple[str, str | None, str]) -> None:
    assert want in triples(code(text, actors=MORE))


def test_a_nisba_after_them_says_whose_they_are(code: Code) -> None:
    # "الشرطة الإيرانية" is the adjective's police, not the article's country's
    art = code(SAUDI + "واعتقلت الشرطة الإيرانية عشرات المحتجين في طهران.", actors=MORE)
    assert [s for s, _t, _r in triples(art)] == ["IRNCOP"]


def test_no_country_no_generic_actor(code: Code) -> None:
    # an article that names no coded actor has no country for its protesters
    assert triples(code("واعتصم المتظاهرون أمام المحكمة لساعات طويلة أمس.", actors=MORE)) == []


# --- a part of an actor acts for it ------------------------------------------------------------------------
def test_a_number_of_members_act_for_their_body(code: Code) -> None:
    art = code("في واشنطن، طلب عدد من المشرعين من أوباما تأجيل التصويت على الاتفاق.", actors=MORE)
    assert ("USALEG", "USAGOV", "02") in triples(art)


# --- a civil body speaking of its own country's actors --------------------------------------------------
def test_rights_group_statement_on_its_government(code: Code) -> None:
    art = code("وقال المرصد السوري لحقوق الإنسان إن الحكومة السورية أفرجت عن عشرات المعتقلين.", actors=MORE)
    assert ("SYRHRI", "SYRGOV", "01") in triples(art) or ("SYRGOV", None, "08") in triples(art)


def test_company_on_its_own_government_is_no_statement(code: Code) -> None:
    art = code(SAUDI + "وقال رئيس شركة أرامكو إن وزارة المالية صرفت المستحقات في موعدها.", actors=MORE)
    assert [t for t in triples(art) if t[2] == "01"] == []


# --- unvocalised passives of killing -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "قتل 15 من الحوثيين في مواجهات عنيفة جنوب اليمن.",
    "وأفادت المصادر بأن الضابط الذي قتل في اليمن كان برتبة عقيد.",
    "وتظاهر الأهالي احتجاجا على قتل الحوثيين لمدنيين في اليمن.",
])
def test_killing_without_a_stated_killer_is_not_coded(code: Code, text: str) -> None:
    assert [t for t in triples(code(text, actors=MORE)) if t[2] == "18"] == []


def test_killing_with_its_subject_is_coded(code: Code) -> None:
    assert ("YEMREB", "SAU", "18") in triples(code("قتل الحوثيون جنديين من السعودية على الحدود.", actors=MORE))


# --- clashes between two sides; an agent after "من جانب" ---------------------------------------------------
def test_clashes_between_two_sides(code: Code) -> None:
    art = code("وقتل ثلاثة مدنيين خلال الاشتباكات بين الجيش الليبي وداعش في بنغازي.", actors=MORE)
    assert ("LBYMIL", "IMGMUSISI", "19") in triples(art)


def test_clashes_need_two_sides(code: Code) -> None:
    assert triples(code("وتجددت الاشتباكات في بنغازي صباح اليوم بعد هدوء حذر.", actors=MORE)) == []


def test_agent_after_min_janib(code: Code) -> None:
    art = code("وتعرضت قرى اليمن لهجوم من جانب الحوثيين أمس.", actors=MORE)
    assert any(s == "YEMREB" and r in ("18", "19") for s, _t, r in triples(art))


# --- verbs of news added to the lexicon ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("كشفت وثائق أن الولايات المتحدة تجسست على اليابان لسنوات.", ("USA", "JPN", "17")),
    ("وسيطر الحوثيون على اليمن بعد معارك طويلة.", ("YEMREB", "YEM", "19")),
    ("وزرع الحوثيون ألغاما في اليمن قبل انسحابهم.", ("YEMREB", None, "18")),
    ("واعتبر بوتين أن ما تقوم به أوكرانيا جريمة بحق المدنيين.", ("RUSGOV", "UKR", "11")),
    ("وشكت روسيا من بريطانيا لدى الأمم المتحدة.", ("RUS", "GBR", "11")),
])
@pytest.mark.usefixtures("targetless_force")
def test_new_verbs(code: Code, text: str, want: tuple[str, str | None, str]) -> None:
    assert want in triples(code(text, actors=MORE))


def test_cancelled_contract(code: Code) -> None:
    art = code("وألغت روسيا عقدا مع الصين لتوريد الغاز.", actors=MORE)
    assert any(s == "RUS" and r == "16" for s, _t, r in triples(art))


# --- a statement that reproaches is a reproach ------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("وقال بوتين إن ما تقوم به أوكرانيا عمل جبان.", ("RUSGOV", "UKR", "11")),
    # a coded speaker on a deed with no named doer: since round 14 (HARSH_TARGET) a statement, no reproach
    (SAUDI + "وقالت وزارة المالية إن التفجير عمل إجرامي وخيانة للوطن.", ("SAUGOV", None, "01")),
])
def test_reproach_in_a_statement(code: Code, text: str, want: tuple[str, str | None, str]) -> None:
    assert want in triples(code(text, actors=MORE))


def test_plain_statement_stays_a_statement(code: Code) -> None:
    assert ("RUSGOV", "UKR", "01") in triples(code("وقال بوتين إن أوكرانيا تستعد للمفاوضات.", actors=MORE))


# --- قام/بدأ hand their subject to the event noun after them ---------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # round 10: the protest broken up stands for the forces' own people
    (SAUDI + "وقامت قوات الأمن في المدينة بتفريق التظاهرة بالقوة أمس.", ("SAUCOP", "SAUCVL", "17")),
    (SAUDI + "وبدأ المعتصمون أمام المحكمة اعتصاما مفتوحا منذ صباح أمس.", ("SAUCVL", None, "14")),
])
def test_aspect_verb_gives_the_noun_its_doer(code: Code, text: str, want: tuple[str, str | None, str]) -> None:
    assert want in triples(code(text, actors=MORE))


def test_generic_actor_of_three_words(code: Code) -> None:
    art = code(SAUDI + "وانتقد المدافعون عن البيئة وزارة المالية بسبب قطع الأشجار.", actors=MORE)
    assert ("SAUENV", "SAUGOV", "11") in triples(art)


def test_plural_relative_with_an_object_pronoun(code: Code) -> None:
    # "الذين يتهمونه": the plural verb agrees with the people before the relative pronoun
    art = code(SAUDI + "وتحدث بوتين أمس عن الأزمة، لكن المعتصمين الذين يتهمونه بالفساد رفضوا كلامه.", actors=MORE)
    assert ("SAUCVL", "RUSGOV", "11") in triples(art)


def test_the_leadership_is_the_government(code: Code) -> None:
    art = code(SAUDI + "وتشهد السعودية احتفالات واسعة بهذه المناسبة.", title="القيادة تهنئ بوتين بفوزه في الانتخابات",
               actors=MORE)
    assert ("SAUGOV", "RUSGOV", "05") in triples(art)


def test_cancelled_contract_other_party(code: Code) -> None:
    # no target after the verb: the other party the sentence names
    art = code("وقالت الصين إن روسيا ألغت عقدا وقعته معها لتوريد الغاز.", actors=MORE)
    assert ("RUS", "CHN", "16") in triples(art)
