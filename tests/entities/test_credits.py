"""An outlet or agency the page credits takes no country from the story it carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.clean.normalize import normalize
from marsad.entities.context import _credited
from marsad.entities.mention import _Found
from marsad.language.tokens import tokenize

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "alaraby-kim-putin.txt"


@pytest.mark.parametrize(("words", "credits", "span", "want"), [
    ("تقرير لـ الشرقية حول الزيارة", ["الشرقية", "وكالات"], (2, 3), True),
    ("تقرير للشرقية حول الزيارة", ["الشرقية"], (1, 2), True),       # the clitic comes off
    ("الصورة: أسوشيتد برس", ["أسوشيتد برس"], (2, 4), True),          # a two-word agency
    ("قال مدير الشرقية للنفط", ["الشرقية"], (2, 4), False),          # another name that starts the same
    ("زار الوفد الشرقية أمس", [], (2, 3), False),                    # a page that credits no one
])
def test_credited(words: str, credits: list[str], span: tuple[int, int], want: bool) -> None:
    toks = tokenize(words)
    found = _Found(span[0], span[1], "ORG", None, None, None, "model")
    assert _credited(toks, found, {normalize(c) for c in credits}) is want


@pytest.mark.skipif(not SAMPLE.exists(), reason="shared sample not present")
def test_credited_outlets_keep_no_country_of_the_story() -> None:
    import marsad

    art = marsad.analyze(SAMPLE.read_bytes())
    named = {normalize(c) for c in [*art.credits, art.photo_credit or ""] if c}
    credited = [e for e in art.entities if normalize(e.span.text) in named]
    assert credited, "the page's credited outlets are found as mentions"
    assert all(e.actor is None for e in credited)
