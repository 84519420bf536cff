"""The library entry points: `analyze` a page, get an `Article`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from marsad.article import Article
from marsad.ingest.encoding import encode_text
from marsad.ingest.read import read_page, read_path
from marsad.pipeline import Pipeline, default_stages


@cache
def default_pipeline() -> Pipeline:
    """The pipeline of all stages, built (and checked) once per process."""
    return Pipeline(default_stages())


@cache
def learned_pipeline() -> Pipeline:
    """All stages, then the opt-in learned events (`marsad.events.learned`) where the rule coder coded nothing."""
    from marsad.events.learned import add_learned_events

    return Pipeline([*default_stages(), add_learned_events])


def pipeline_for(learned_events: bool) -> Pipeline:
    """The default pipeline, or with `learned_events` the one that adds the opt-in learned events."""
    return learned_pipeline() if learned_events else default_pipeline()


def analyze(page: str | bytes | Path, *, published: str | None = None, url: str | None = None,
            name: str | None = None, pipeline: Pipeline | None = None, learned_events: bool = False) -> Article:
    """Analyse one news page and return its `Article`.

    `page` is the page itself (HTML or a plain-text dump, as `str` or `bytes`)
    or a `Path` to a file. `published` (ISO date) is the publication date when
    the caller knows it. Raises `marsad.errors.InputError` for input that is
    not an Arabic news page, naming `name` (or the path) and the reason.
    `learned_events` adds, where the rule coder codes nothing, the events of
    the learned clause models (`marsad.events.learned`, `method` "learned"):
    more events found, fewer of them right (docs/events.md, "Round 21").
    """
    if pipeline is not None and learned_events:
        raise ValueError("analyze: give either a pipeline or learned_events=True (learned_pipeline() has both)")
    if isinstance(page, Path):
        art = read_path(page, published=published, url=url)
    else:
        data = encode_text(page) if isinstance(page, str) else page
        art = read_page(data, name or "<input>", url=url, published=published)
    return (pipeline or pipeline_for(learned_events))(art)
