"""The entity stage alone on a constructed page, for the tests of its rules."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from marsad.api import analyze
from marsad.article import Article
from marsad.clean.page import clean_page
from marsad.entities import registry
from marsad.entities.mention import _Found
from marsad.entities.stage import tag_entities
from marsad.language.tokens import Token, tag_tokens, tokenize
from marsad.pipeline import Pipeline

PIPELINE = Pipeline([clean_page, tag_tokens, tag_entities])


def run(body: str, published: str = "2015-08-01") -> Article:
    """The entities of a page whose body is `body`, on `published`."""
    return analyze(f"عنوان الخبر\n\n{body}\n", published=published, pipeline=PIPELINE)


def codes(art: Article) -> dict[str, tuple[str, str | None]]:
    """Each entity's text -> (type, actor code)."""
    return {e.span.text: (e.type, e.actor) for e in art.entities}


@contextmanager
def switched(module: ModuleType, name: str, value: bool) -> Iterator[None]:
    """A round rule's switch `module.name` set to `value` inside the block; the registry, built once per process,
    is built again around a switch of its own."""
    old = getattr(module, name)
    setattr(module, name, value)
    if module is registry:
        registry.registry.cache_clear()
    try:
        yield
    finally:
        setattr(module, name, old)
        if module is registry:
            registry.registry.cache_clear()


def cut_person(text: str, first: int, last: int) -> tuple[list[Token], list[str], list[_Found]]:
    """The tokens, their normal forms and one person the recogniser found on tokens first..last-1: a pass of the
    stage tested on its own, on a name as the recogniser leaves it."""
    toks = tokenize(text)
    return toks, [t.norm for t in toks], [_Found(first, last, "PER", None, None, None, "model")]


def span_text(toks: list[Token], found: _Found) -> str:
    return " ".join(t.text for t in toks[found.start:found.end])
