"""A relay glued to its preposition: the name starts after ل and the marks it carries, on a letter (a vocalised
"لِوكالة", "لِلْوكالة", a tatweel "لـوكالة"). Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article

from .conftest import AHMED, REUTERS, quote_with

Run = Callable[..., Article]
NAMES = {"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS}


@pytest.mark.parametrize(("relay", "via"), [
    ("وفقًا لِوكالةِ الأنباء المسائية", "وكالةِ الأنباء المسائية"),
    ("وفقًا لـوكالة الأنباء المسائية", "وكالة الأنباء المسائية"),
    ("وفقًا لِلْوكالة", "وكالة"),
    ("وفقًا لِلوكالة", "وكالة"),
])
def test_a_glued_preposition_and_its_marks_are_left_out_of_the_relay(run: Run, relay: str, via: str) -> None:
    art = run(f"وقال أحمد فتحي إن المفاوضات تسير ببطء شديد، {relay}.", NAMES)
    assert quote_with(art, "المفاوضات تسير ببطء").via == via
