"""Round-2 rules: statements by officials, addressees, statements that give way to their content,
condolences and expressions (عبّر، نقل التعازي), condemnation after a long subject, prayers, the trace."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.events import draft

Code = Callable[..., Article]

MORE = {**ACTORS,
        "وزارة الخارجية السودانية": ("ORG", "SDNGOV", "Sudan Foreign Ministry"),
        "البحرين": ("GPE", "BHR", "Bahrain"),
        "المواطن محمد": ("PER", "SAU", "a citizen"),
        "شركة أرامكو": ("ORG", "SAUBUS", "Aramco")}


@pytest.mark.parametrize(("text", "want"), [
    # the other actor the statement is about is its target
    ("قال بوتين إن اقتصاد أوكرانيا ينهار بسرعة كبيرة هذا العام.", [("RUSGOV", "UKR", "01")]),
    ("وأكدت الأمم المتحدة أن الوضع الإنساني صعب للغاية في غزة.", [("IGOUNO", None, "01")]),
    ("حذر كيم من أن الأوضاع في الولايات المتحدة تتجه نحو الأسوأ.", [("PRKGOV", None, "01")]),
    # the agency after ل is the channel of the words, not their addressee (round 15d, statements.MEDIUM_CHANNEL)
    ("وصرح أردوغان لوكالة الأنباء الروسية بأن الاقتصاد الروسي قوي.", [("TURGOV", None, "01")]),
])
def test_an_official_statement_is_coded(code: Code, text: str, want: list[tuple[str, str | None, str]]) -> None:
    assert triples(code(text)) == want


@pytest.mark.parametrize("text", [
    "قال بوتين إن الاقتصاد ينمو بسرعة كبيرة هذا العام.",  # an official on home affairs only
    "وقال بوتين لوكالة الأنباء الروسية إن الاقتصاد ينمو بسرعة.",  # the paper is the channel, not the subject
    "قال المواطن محمد إن الأسعار ارتفعت كثيرا في السوق هذا الأسبوع.",
    "وأوضحت شركة أرامكو أن الإنتاج ارتفع بنسبة كبيرة خلال العام.",
    "لم يقل بوتين إن اقتصاد أوكرانيا ينهار بسرعة كبيرة هذا العام.",
    "وقال إن اقتصاد أوكرانيا ينهار بسرعة كبيرة هذا العام.",
])
def test_no_statement_without_an_official_speaker_or_a_fact(code: Code, text: str) -> None:
    # after an opening sentence: a statement there is the news itself (see test_general_rules.py)
    opening = "ارتفعت درجات الحرارة في أنحاء البلاد خلال الأيام الماضية بشكل كبير."
    assert triples(code(opening + " " + text, actors=MORE)) == []


@pytest.mark.parametrize(("text", "want"), [
    # the content's deed, not a second event for the statement
    ("قال بوتين إن روسيا ستواصل دعمها، وأكد أن موسكو تدين الهجوم على حلب.", "11"),
    ("أكد كيم دعمه الكامل لروسيا في حربها.", "05"),
])
def test_a_statement_gives_way_to_the_event_it_holds(code: Code, text: str, want: str) -> None:
    roots = [e.root for e in code(text).events]
    assert want in roots and "01" not in roots


@pytest.mark.parametrize(("text", "code_"), [
    ("وعبّرت وزارة الخارجية السودانية عن خالص التعازي لمملكة البحرين.", "018"),
    ("ونقلت وزارة الخارجية السودانية التعازي لحكومة وشعب البحرين.", "018"),
])
def test_condolences_with_other_verbs(code: Code, text: str, code_: str) -> None:
    art = code(text, actors=MORE)
    assert [(e.source.actor if e.source else None, e.target.actor if e.target else None, e.code)
            for e in art.events] in ([("SDNGOV", "BHR", code_)], [("SDNGOV", "BHRGOV", code_)])


def test_condemning_an_attack_after_a_long_subject(code: Code) -> None:
    art = code("أدانت وزارة الخارجية السودانية حادث التفجير الإرهابي في البحرين.", actors=MORE)
    assert ("SDNGOV", None, "11") in triples(art)


def test_a_prayer_is_no_appeal(code: Code) -> None:
    art = code("وعبّرت وزارة الخارجية السودانية عن التعازي للبحرين، داعين الله للجرحى بالشفاء.", actors=MORE)
    assert [e.root for e in art.events] == ["01"]


MORE_SA = {**MORE, "المحافظ": ("PER", "SAUGOV", "the governor")}


@pytest.mark.parametrize(("text", "want"), [
    ("زار المحافظ المرضى في المستشفى بمناسبة العيد.", [("SAUGOV", "SAUCVL", "04")]),
    ("وأكد المحافظ دعمه للمواطنين في كل المجالات.", [("SAUGOV", "SAUCVL", "05")]),
    ("زار المحافظ روسيا والتقى المرضى هناك.", [("SAUGOV", "RUS", "04")]),  # a coded actor comes first
])
def test_civilians_as_the_target_of_a_domestic_act(code: Code, text: str, want: list[tuple[str, str, str]]) -> None:
    assert triples(code(text, actors=MORE_SA))[: len(want)] == want


@pytest.mark.parametrize(("text", "want"), [
    ("وأصدرت محكمة جنايات القاهرة حكمها. وقال شاهد إن المحكمة فرضت عقوبات على إيران.", "EGYJUD"),
    ("قررت محكمة جنايات القاهرة تأجيل القضية. وفرضت المحكمة عقوبات على إيران.", "EGYJUD"),
])
def test_a_definite_noun_names_a_body_again(code: Code, text: str, want: str) -> None:
    art = code(text, actors={**MORE, "محكمة جنايات القاهرة": ("ORG", "EGYJUD", "Cairo Criminal Court")})
    assert [e.source.actor for e in art.events if e.root == "16" and e.source] == [want]


def test_trace_notes_why_a_trigger_gave_nothing(code: Code) -> None:
    draft.TRACE = []
    try:
        code("لم تتهم روسيا الصين بتزويد أوكرانيا بصواريخ.")
        notes = [r for _, _, r in draft.TRACE]
    finally:
        draft.TRACE = None
    assert any(r.startswith("not a deed: negated") for r in notes)


# --- arguments -----------------------------------------------------------------------------------
def test_a_passive_relative_clause_names_the_patient(code: Code) -> None:
    art = code("وأعلنت الشرطة الإيرانية أن كيم الذي ألقي القبض عليه أمس كان في طهران.")
    assert not any(e.root == "17" and e.source and e.source.actor == "PRKGOV" for e in art.events)


@pytest.mark.parametrize("text", [
    "واحتلت زيارة بوتين الصفحات الأولى للصحف في الصين.",
    "واحتل الهجوم على حلب عناوين الصحف في روسيا.",
])
def test_force_done_by_a_deed_is_a_figure_of_speech(code: Code, text: str) -> None:
    assert [e for e in code(text).events if e.root in ("18", "19", "20")] == []


@pytest.mark.parametrize(("text", "source"), [
    ("هدد جنرال بالجيش الكوري الشمالي الولايات المتحدة بحرب مدمرة.", "PRKMIL"),
    ("وفي خطاب ألقاه أمس، تباهى الزعيم الكوري الشمالي كيم جونغ أون بالصواريخ الجديدة لبلاده.", "PRKGOV"),
])
def test_subject_after_a_title_word(code: Code, text: str, source: str) -> None:
    actors = {**ACTORS, "الجيش الكوري الشمالي": ("ORG", "PRKMIL", "Korean People's Army")}
    art = code(text, actors=actors)
    assert art.events and art.events[0].source is not None and art.events[0].source.actor == source


def test_a_force_in_a_prepositional_phrase_is_no_subject(code: Code) -> None:
    art = code("قال أردوغان إن روسيا تتعرض لهجوم. وأشاد بمقاتلي الجيش الروسي في حربهم.")
    praise = [e for e in art.events if e.root == "05"]
    assert praise and praise[0].source is not None and praise[0].source.actor == "TURGOV"


@pytest.mark.parametrize(("text", "target"), [
    ("وقال بوتين إن الاقتصاد الأفريقي ينمو بسرعة.", None),  # a bloc adjective makes it a statement on others
])
def test_bloc_adjectives(code: Code, text: str, target: str | None) -> None:
    assert triples(code(text)) == [("RUSGOV", target, "01")]


# --- dates ---------------------------------------------------------------------------------------
def test_the_day_at_the_end_of_the_main_clause(code: Code) -> None:
    art = code("أكد بوتين في اليوم الأول من زيارة غير مسبوقة إلى الصين السبت أن العلاقات مع الصين قوية.",
               published="2023-06-12", timexes=[("السبت", "2023-06-10", "day")])
    # the visit the adjunct names is Putin's deed too (the shallow fallback codes it): both on Saturday
    assert [(e.root, e.date) for e in art.events] == [("01", "2023-06-10"), ("04", "2023-06-10")]


@pytest.mark.parametrize(("day", "want"), [
    ("2023-06-10", "2023-06-10"),  # two days before publication: the story's day
    ("2023-05-01", "2023-06-12"),  # long before: a background date, the rest stays on publication
])
def test_undated_deeds_of_a_story_take_its_day(code: Code, day: str, want: str) -> None:
    art = code("زار بوتين الصين أمس الأول والتقى المسؤولين. وقال بوتين إن الولايات المتحدة تهدد المنطقة.",
               published="2023-06-12", timexes=[("أمس الأول", day, "day")])
    statement = [e for e in art.events if e.root == "01"]
    assert statement and statement[0].date == want
