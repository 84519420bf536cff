"""Round-11 rules: an article is a match report (and codes no events) only when two of its sports words are words
only sport uses, read after real proclitics: "تهدف" (aims) and "أهداف التنمية" (development goals) are no goals."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, triples

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS, "بان كي مون": ("PER", "IGOUNO", "Ban Ki-moon")}


@pytest.mark.parametrize("text", [
    # development goals and a plan that aims: common words, not a match
    "تهدف الخطة التي يهدف إليها المجلس إلى تحقيق الأهداف التي حددتها الأمم المتحدة. واستقبل بوتين كيم جونغ أون.",
    # a club named three times is still no match without a word only sport uses
    "قال النادي إن النادي يرحب بالزوار، وأعلن النادي خطته. واستقبل بوتين كيم جونغ أون.",
])
def test_common_words_do_not_make_a_match_report(code: Code, text: str) -> None:
    assert ("RUSGOV", "PRKGOV", "04") in triples(code(text, actors=MORE))


@pytest.mark.parametrize("text", [
    # sports words behind proclitics: للفريق، بالمباراة، واللاعب
    "استقبل بوتين كيم جونغ أون بعد فوز للفريق بالمباراة واللاعب في الملعب.",
    "خسر الفريق المباراة وسجل اللاعب هدفا. وهاجم بوتين الحكم.",
])
def test_a_match_report_codes_nothing(code: Code, text: str) -> None:
    assert code(text, actors=MORE).events == []
