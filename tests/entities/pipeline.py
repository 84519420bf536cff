"""The entity stage alone on a constructed page, for the tests of its rules."""

from __future__ import annotations

from marsad.api import analyze
from marsad.article import Article
from marsad.clean.page import clean_page
from marsad.entities.stage import tag_entities
from marsad.language.tokens import tag_tokens
from marsad.pipeline import Pipeline

PIPELINE = Pipeline([clean_page, tag_tokens, tag_entities])


def run(body: str, published: str = "2015-08-01") -> Article:
    """The entities of a page whose body is `body`, on `published`."""
    return analyze(f"عنوان الخبر\n\n{body}\n", published=published, pipeline=PIPELINE)


def codes(art: Article) -> dict[str, tuple[str, str | None]]:
    """Each entity's text -> (type, actor code)."""
    return {e.span.text: (e.type, e.actor) for e in art.entities}
