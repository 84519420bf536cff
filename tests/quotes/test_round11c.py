"""Round 11c: an unnamed source that spoke to an outlet ("قال مصدر أمني لوكالة «…»"), a sentence that is only
a relay phrase, a paper read as its city as the subject that relays, and unnamed outlets in the plural as the
subject ("نقلت مواقع يمنية أن"). Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article
from marsad.entities.registry import registry

from .conftest import AHMED, REUTERS, quote_with, who

Run = Callable[..., Article]
HAYAT = ("ORG", "SAUMED", "Al-Hayat")
MECCA = ("GPE", "SAU", "Mecca")
NAMES = {"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS}


@pytest.mark.parametrize(("source", "outlet"), [
    ("مصدر أمني", "لوكالة «الأنباء المسائية»"),
    ("مسؤول حكومي", "لصحيفة “الأنباء المسائية”"),
    ("مصادر مطلعة", "لقناة «الأنباء المسائية»"),
])
def test_an_unnamed_source_ends_before_the_outlet_it_spoke_to(run: Run, source: str, outlet: str) -> None:
    art = run(f"وقال {source} {outlet} إن المحادثات مستمرة مع الجميع.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert q.speaker is not None and q.speaker.text == source
    assert q.speaker.canonical is None
    assert q.via == "الأنباء المسائية"


def test_a_named_speaker_told_an_outlet_named_in_marks(run: Run) -> None:
    art = run("وقال أحمد فتحي لوكالة «الأنباء المسائية» إن المحادثات مستمرة مع الجميع.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", "الأنباء المسائية")


def test_a_relay_after_a_glued_article_is_named_without_the_preposition(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المحادثات مستمرة مع الجميع، وفقا للوكالة.", NAMES)
    assert quote_with(art, "المحادثات مستمرة").via == "وكالة"  # not "لوكالة": ل and the article's ل are dropped


def test_an_unnamed_source_with_its_body_keeps_its_words(run: Run) -> None:
    art = run("وقال مصدر في وزارة الداخلية إن المحادثات مستمرة مع الجميع.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert q.speaker is not None and q.speaker.text == "مصدر"
    assert q.via is None


@pytest.mark.parametrize("relay", ["وفقاً لصحيفة «الحياة».", "وفقا لصحيفة الحياة.", "بحسب صحيفة الحياة."])
def test_a_sentence_that_is_only_a_relay_credits_the_words_before_it(run: Run, relay: str) -> None:
    art = run("وقال أحمد فتحي إن المحادثات مستمرة مع الجميع. وأوضح أن الوفد يصل غدا إلى العاصمة. "
              f"{relay}\n\nوأضاف أن الاتفاق قريب جدا من التوقيع.",
              {**NAMES, "صحيفة الحياة": HAYAT, "الحياة": HAYAT})
    assert quote_with(art, "الوفد يصل").via == "Al-Hayat"
    assert quote_with(art, "الاتفاق قريب").via == "Al-Hayat"  # the same speaker's later words


def test_a_relay_sentence_credits_only_the_last_words_before_it(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المحادثات مستمرة مع الجميع.\n\nوقالت وكالة رويترز إن الوفد يصل غدا إلى العاصمة. "
              "وفقا لصحيفة الحياة.", {**NAMES, "صحيفة الحياة": HAYAT})
    assert quote_with(art, "الوفد يصل").via == "Al-Hayat"
    assert quote_with(art, "المحادثات مستمرة").via is None


def test_a_relay_phrase_that_is_no_source_credits_nothing(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المحادثات مستمرة مع الجميع. وفق الخطة.", NAMES)
    assert quote_with(art, "المحادثات مستمرة").via is None


def _paper(name: str) -> str:
    found = [a.canonical for a in registry().find(f"صحيفة {name}") if a.canonical]
    return found[0] if found else name


@pytest.mark.parametrize("paper", ["صحيفة “مكة”", "صحيفة «مكة»"])
def test_a_paper_read_as_its_city_relays_as_the_paper(run: Run, paper: str) -> None:
    art = run(f"ونقلت {paper} عن أحمد فتحي قوله إن المحادثات مستمرة مع الجميع.", {**NAMES, "مكة": MECCA})
    q = quote_with(art, "المحادثات مستمرة")
    assert who(q) == "Ahmed Fathi"
    assert q.via != "مكة"
    assert q.via == _paper("مكة")


@pytest.mark.parametrize("outlets", ["مواقع يمنية", "تقارير إخبارية تركية", "صحف بريطانية", "وسائل إعلام محلية"])
def test_unnamed_outlets_relay_the_words_of_no_one_named(run: Run, outlets: str) -> None:
    art = run(f"ونقلت {outlets} أن المحادثات مستمرة مع الجميع.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert q.speaker is None
    assert q.via == outlets
    assert q.status == "reported"


@pytest.mark.parametrize("subject", ["وسائل الإعلام", "صحيفة الحياة"])
def test_the_press_at_large_or_a_named_outlet_speaks_itself(run: Run, subject: str) -> None:
    art = run(f"وذكرت {subject} أن المحادثات مستمرة مع الجميع.", {**NAMES, "صحيفة الحياة": HAYAT})
    q = quote_with(art, "المحادثات مستمرة")
    assert q.speaker is not None
    assert q.via is None
