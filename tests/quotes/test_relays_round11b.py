"""Round 11b relays: an outlet that carried a statement named in a relative clause with no relative pronoun
("في تصريحات نقلتها وكالة …"), an interview given to an outlet ("في مقابلة مع قناة …"), "على ما نقلت …",
the source an outlet took the words from ("بحسب ما نقلت وكالة X عن صحيفة Y"), and a paper named after its
city. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article
from marsad.entities.registry import registry

from .conftest import AHMED, REUTERS, quote_with, who

Run = Callable[..., Article]
HAYAT = ("ORG", "SAUMED", "Al-Hayat")
ARABIYA = ("ORG", "SAUMED", "Al Arabiya")
PRESIDENT = ("PER", "EGYGOV", "Egyptian president")
UN = ("ORG", "IGOUNO", "United Nations")
MECCA = ("GPE", "SAU", "Mecca")
NAMES = {"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS, "صحيفة الحياة": HAYAT, "قناة العربية": ARABIYA}


@pytest.mark.parametrize("phrase", [
    "في تصريحات نقلتها وكالة رويترز",
    "في تصريحات صحفية نقلتها وكالة رويترز",
    "في بيان أوردته وكالة رويترز",
    "في كلمة بثتها أمس وكالة رويترز",
    "في حوار أجرته معه وكالة رويترز",
    "في تصريحاته التي نشرتها وكالة رويترز",
    "في تصريحات نقلتها عنه وكالة رويترز",
])
def test_an_outlet_carrying_the_statement_relays_it(run: Run, phrase: str) -> None:
    art = run(f"وقال أحمد فتحي {phrase} إن المحادثات مستمرة مع الجميع.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", "Reuters")


def test_an_unnamed_outlet_carrying_the_statement_is_named_by_its_words(run: Run) -> None:
    art = run("وقال أحمد فتحي في كلمة بثها التلفزيون الرسمي إن المحادثات مستمرة مع الجميع.", NAMES)
    assert quote_with(art, "المحادثات مستمرة").via == "التلفزيون الرسمي"


@pytest.mark.parametrize("sentence", [
    "وتقول دراسة أجرتها الأمم المتحدة إن استهلاك المياه ارتفع كثيرا هذا العام.",  # a body's study, no outlet
    "وقال أحمد فتحي في نقاش نشرته وكالة رويترز إن استهلاك المياه ارتفع كثيرا هذا العام.",  # no statement noun
])
def test_a_relative_clause_that_names_no_carrying_outlet_is_no_relay(run: Run, sentence: str) -> None:
    art = run(sentence, {**NAMES, "الأمم المتحدة": UN})
    assert quote_with(art, "استهلاك المياه").via is None


def test_what_a_channel_aired_is_no_statement_it_carried(run: Run) -> None:
    art = run("وقال أحمد فتحي إن برنامجه أرجئ بسبب ازدحام الحلقات التي بثتها قناة العربية هذا الموسم، مؤكدا أن "
              "العمل جاهز منذ أشهر.", NAMES)
    assert quote_with(art, "العمل جاهز").via is None


@pytest.mark.parametrize(("phrase", "via"), [
    ("في مقابلة مع قناة العربية", "Al Arabiya"),
    ("في مقابلة تلفزيونية مع قناة العربية", "Al Arabiya"),
    ("في حديث إلى صحيفة الحياة", "Al-Hayat"),
    ("في حوار مع صحيفة الحياة", "Al-Hayat"),
])
def test_an_interview_given_to_an_outlet_is_relayed_by_it(run: Run, phrase: str, via: str) -> None:
    art = run(f"وقال أحمد فتحي، {phrase}، إن المحادثات مستمرة مع الجميع.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", via)


@pytest.mark.parametrize("phrase", [
    "في حوار مع الرئيس المصري",  # a person interviewed, no outlet
    "في تصريح إلى وسائل الإعلام",  # the press at large
    "في حديث مع الصحفيين",
])
def test_an_interview_with_no_outlet_names_no_relay(run: Run, phrase: str) -> None:
    art = run(f"وقال أحمد فتحي {phrase} إن المحادثات مستمرة مع الجميع.", {**NAMES, "الرئيس المصري": PRESIDENT})
    assert quote_with(art, "المحادثات مستمرة").via is None


@pytest.mark.parametrize("verb", ["نقلت", "ذكرت", "أفادت"])
def test_ala_ma_after_a_stop_relays(run: Run, verb: str) -> None:
    art = run(f"وقال أحمد فتحي إن المحادثات مستمرة مع الجميع، على ما {verb} وكالة رويترز.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert (q.via, q.span.text) == ("Reuters", "المحادثات مستمرة مع الجميع")


def test_ala_ma_as_an_object_is_no_relay(run: Run) -> None:
    art = run("وعلق أحمد فتحي على ما نشرته صحيفة الحياة، مؤكدا أن الأرقام غير صحيحة على الإطلاق.", NAMES)
    assert quote_with(art, "الأرقام غير صحيحة").via != "Al-Hayat"


@pytest.mark.parametrize("sentence", [
    "وقال أحمد فتحي إن المحادثات مستمرة مع الجميع، بحسب ما نقلت وكالة رويترز عن صحيفة الحياة.",
    "وقال أحمد فتحي في تصريحات نقلتها وكالة رويترز عن صحيفة الحياة إن المحادثات مستمرة مع الجميع.",
    "وقال أحمد فتحي لصحيفة الحياة، حسبما نقلت وكالة رويترز، إن المحادثات مستمرة مع الجميع.",
])
def test_the_chain_keeps_the_source_of_the_relay_first(run: Run, sentence: str) -> None:
    q = quote_with(run(sentence, NAMES), "المحادثات مستمرة")
    assert (who(q), q.relays, q.via) == ("Ahmed Fathi", ["Al-Hayat", "Reuters"], "Reuters")
    assert q.span.text == "المحادثات مستمرة مع الجميع"


def test_a_source_that_is_no_outlet_ends_the_relay_phrase(run: Run) -> None:
    art = run("وقالت الوزارة إن المحادثات مستمرة مع الجميع، بحسب ما نقلت وكالة رويترز عن مسؤول فيها.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert (q.relays, q.span.text) == (["Reuters"], "المحادثات مستمرة مع الجميع")


def _paper(name: str) -> str:
    found = [a.canonical for a in registry().find(f"صحيفة {name}") if a.canonical]
    return found[0] if found else name


@pytest.mark.parametrize("phrase", ["، وفقا لصحيفة «مكة».", "، بحسب «مكة».", "، وفقاً لجريدة “مكة”."])
def test_a_paper_read_as_its_city_is_named_as_the_paper(run: Run, phrase: str) -> None:
    art = run(f"وقال أحمد فتحي إن المحادثات مستمرة مع الجميع{phrase}", {**NAMES, "مكة": MECCA})
    via = quote_with(art, "المحادثات مستمرة").via
    assert via != "Mecca"
    assert via == _paper("مكة")


def test_a_name_in_marks_no_one_read_keeps_its_words(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المحادثات مستمرة مع الجميع، وفقا لصحيفة «الأنباء المسائية».", NAMES)
    assert quote_with(art, "المحادثات مستمرة").via == "الأنباء المسائية"


@pytest.mark.parametrize("told", ['لـ"الرياض"', "لـ«الرياض»", "لـ الرياض"])
def test_a_paper_told_and_read_as_its_city_is_the_paper(run: Run, told: str) -> None:
    art = run(f"وقال أحمد فتحي {told} إن المحادثات مستمرة مع الجميع.", {**NAMES, "الرياض": ("GPE", "SAU", "Riyadh")})
    q = quote_with(art, "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", _paper("الرياض"))
