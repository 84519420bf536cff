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


def analyze(page: str | bytes | Path, *, published: str | None = None, url: str | None = None,
            name: str | None = None, pipeline: Pipeline | None = None) -> Article:
    """Analyse one news page and return its `Article`.

    `page` is the page itself (HTML or a plain-text dump, as `str` or `bytes`)
    or a `Path` to a file. `published` (ISO date) is the publication date when
    the caller knows it. Raises `marsad.errors.InputError` for input that is
    not an Arabic news page, naming `name` (or the path) and the reason.
    """
    if isinstance(page, Path):
        art = read_path(page, published=published, url=url)
    else:
        data = encode_text(page) if isinstance(page, str) else page
        art = read_page(data, name or "<input>", url=url, published=published)
    return (pipeline or default_pipeline())(art)
