"""Articles written for the quotes tests, with the entities put in by hand.

The entity stage is another package; these tests check the quotes stage alone, so a small stage
tags the names each test lists (form -> type, actor, canonical) and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from marsad.api import analyze
from marsad.article import Article, Entity, Quote, Span
from marsad.clean.page import clean_page
from marsad.language.tokens import tag_tokens
from marsad.pipeline import Pipeline, stage
from marsad.quotes.stage import extract_quotes

Names = dict[str, tuple[str, ...]]  # form -> (type, actor, canonical[, entity_id[, origin]])


def _tagger(names: Names) -> Callable[[Article], None]:
    def tag(art: Article) -> None:
        found: list[Entity] = []
        for form in sorted(names, key=len, reverse=True):
            typ, actor, canonical, *rest = names[form]
            for m in re.finditer(re.escape(form), art.text):
                if any(e.span.start < m.end() and m.start() < e.span.end for e in found):
                    continue
                found.append(Entity(Span(m.start(), m.end(), form), typ, actor, canonical or None,
                                    rest[0] if rest else None, rest[1] if len(rest) > 1 else ""))
        art.entities = sorted(found, key=lambda e: e.span.start)

    return tag


@pytest.fixture
def run() -> Callable[..., Article]:
    """run(body, names=None, published=None, title_line=False): the article analysed with only these names
    as entities."""

    def go(body: str, names: Names | None = None, published: str | None = "2023-06-12",
           title_line: bool = False) -> Article:
        tagger = stage("test_entities", requires={"text"}, assigns={"entities"})(_tagger(names or {}))
        pipeline = Pipeline([clean_page, tag_tokens, tagger, extract_quotes])
        page = body if title_line else "عنوان خبر للاختبار\n\n" + body  # title_line: the body's first line is the title
        return analyze(page, published=published, pipeline=pipeline)

    return go


KIM = ("PER", "PRKGOV", "Kim Jong Un")
PUTIN = ("PER", "RUSGOV", "Vladimir Putin")
USA = ("GPE", "USA", "United States")
PRK = ("GPE", "PRK", "North Korea")
RUS = ("GPE", "RUS", "Russia")
KCNA = ("ORG", "PRKMED", "Korean Central News Agency")
NYT = ("ORG", "USAMED", "The New York Times")
REUTERS = ("ORG", "GBRMED", "Reuters")
CIA = ("ORG", "USASPY", "United States Intelligence Community")
AHMED = ("PER", "EGYGOV", "Ahmed Fathi")
MOFA = ("ORG", "SAUGOV", "Saudi Ministry of Foreign Affairs")


def quote_with(art: Article, words: str) -> Quote:
    """The shortest quote holding `words`."""
    hits = [q for q in art.quotes if words in q.span.text]
    assert hits, f"no quote with {words!r} in {[q.span.text for q in art.quotes]}"
    return min(hits, key=lambda q: len(q.span.text))


def who(q: Quote) -> str | None:
    return q.speaker.canonical if q.speaker else None
