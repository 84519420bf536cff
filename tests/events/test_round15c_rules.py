"""Round-15c rules: gates that dropped annotated events (docs/events.md "Round 15c"), each checked on sentences
written for it, with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events import switches
from marsad.events.references import _dual_title

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الجيش الليبي": ("ORG", "LBYMIL", "Libyan army"),
        "وزارة الخارجية الإيرانية": ("ORG", "IRNGOV", "Iranian foreign ministry"),
        "طهران": ("GPE", "IRN", "Tehran"),
        "الجيش الإيراني": ("ORG", "IRNMIL", "Iranian army"),
        "داعش": ("ORG", "IMGMUSISI", "Islamic State")}


# --- a pledge or a refusal needs no addressee ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("الجيش الليبي يتعهد بمواجهة التظاهرات المسلحة وفقا للقانون.", ("LBYMIL", None, "03")),
    ("ورفضت وزارة الخارجية الإيرانية الحديث عن أي تنازلات جديدة.", ("IRNGOV", None, "12")),
    ("وتعهدت إيران بالالتزام بالاتفاق.", ("IRN", None, "03")),
])
def test_a_pledge_or_refusal_of_a_state_or_organ_stands_alone(
        code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, None, str]) -> None:
    assert want in triples(code(text, actors=MORE))
    monkeypatch.setattr(switches, "OPEN_STANCE", False)
    assert want not in triples(code(text, actors=MORE))


@pytest.mark.parametrize("text", [
    "وضربت القوات أروع المثل في قوة عتادها وعدتها.",  # "وعدتها": her equipment, not "she promised her"
    "وفر المسلمون إلى مركز الشرطة لدى استعداد الأقلية لأداء الصلاة.",  # a noun of readiness, no actor's stance
])
def test_no_stance_without_a_verb_of_ones_own(code: Code, text: str) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] in ("03", "12") and t[1] is None]


# --- a dual of an office, or a pair before قد, names both sides ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "واتصل بوتين بأردوغان أمس. واتفق الرئيسان على العمل معا لوقف تدفق المقاتلين.",
    "واتصل بوتين بأردوغان أمس. وكان الجانبان قد اتفقا على العمل معا لوقف تدفق المقاتلين.",
])
def test_the_two_sides_named_again_agree(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def agreed() -> set[tuple[str | None, str | None]]:
        return {(s, t) for s, t, r in triples(code(text, actors=MORE)) if r == "03"}

    assert agreed() & {("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")}
    monkeypatch.setattr(switches, "DUAL_TITLES", False)
    assert not agreed() & {("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")}


@pytest.mark.parametrize("word", ["الرئيسان", "الوزيران", "والوزيران"])
def test_a_dual_of_an_office_is_a_pair_word(word: str) -> None:
    assert _dual_title(word)


@pytest.mark.parametrize("word", ["المسؤولين", "الرئيسين", "الإعلان", "البيان", "الميدان"])
def test_a_plural_or_a_plain_noun_is_no_pair_word(word: str) -> None:
    assert not _dual_title(normalize(word))


CALL = "وقالت وكالة الأنباء الروسية إن الاتفاق جاء بعد اتصال هاتفي جرى بين الرئيسين الروسي فلاديمير بوتين والتركي أردوغان."


def test_a_call_between_two_named_presidents(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    def called() -> set[tuple[str | None, str | None]]:
        return {(s, t) for s, t, r in triples(code(CALL, actors=MORE)) if r == "04"}

    assert called() & {("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")}
    monkeypatch.setattr(switches, "DUAL_TITLES", False)
    monkeypatch.setattr(switches, "BETWEEN_REACH", False)  # round 18b reads the side past the title words too
    assert not called() & {("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")}


# --- a deed noun after the comma that closes the subject is the object ---------------------------------------------
@pytest.mark.parametrize("text", [
    "وأبدى الرئيس الروسي فلاديمير بوتين، استعداد بلاده للتعاون مع أوكرانيا.",
    "فيما أبدى رئيس الوزراء التركي أردوغان، استعداد حكومته للتعاون مع الصين.",
])
def test_readiness_after_the_subjects_comma(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def ready() -> list[tuple[str | None, str | None, str]]:
        return [t for t in triples(code(text, actors=MORE)) if t[2] == "03"]

    assert ready()
    monkeypatch.setattr(switches, "COMMA_OBJECT", False)
    assert not ready()



# --- a list of objects goes on past a comma ------------------------------------------------------------------------
LISTED = "وجمدت الولايات المتحدة أموال رجل الأعمال، ونجله، وزعيم كوريا الشمالية كيم جونغ أون."


def test_the_target_may_close_a_list_of_objects(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("USA", "PRKGOV", "16") in triples(code(LISTED, actors=MORE))
    monkeypatch.setattr(switches, "LIST_OBJECT", False)
    assert ("USA", "PRKGOV", "16") not in triples(code(LISTED, actors=MORE))


def test_a_new_clause_after_the_comma_names_no_object(code: Code) -> None:
    text = "وجمدت الولايات المتحدة أموال رجل الأعمال، وقال وزير الخارجية إن كوريا الشمالية ستفعل ذلك."
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] == "16"]


# --- a subject before an unvocalised verb of killing and a count after it --------------------------------------------
@pytest.mark.parametrize("text", [
    "وذكرت وكالة الأنباء الروسية أن الجيش الإيراني قتل 20 من عناصر داعش.",
    "وأفادت صحيفة الغارديان بأن الجيش الإيراني قتل عشرات من مقاتلي داعش.",
])
def test_a_count_after_the_verb_makes_it_active(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def killed() -> list[tuple[str | None, str | None, str]]:
        return [t for t in triples(code(text, actors=MORE)) if t[0] == "IRNMIL" and t[2] in ("18", "19", "20")]

    assert killed()
    monkeypatch.setattr(switches, "SVO_COUNT", False)
    assert not killed()


@pytest.mark.parametrize("text", [
    "وقالت الأمم المتحدة إن 173 مدنيا قتلوا في غزة.",
    "وذكرت وكالة الأنباء الروسية أن جنديين من الجيش الإيراني قتلا في هجوم.",
])
def test_victims_before_the_verb_are_still_a_passive(code: Code, text: str) -> None:
    assert not [t for t in triples(code(text, actors=MORE)) if t[2] in ("18", "19", "20") and t[0] in ("IGOUNO", "IRNMIL")]
