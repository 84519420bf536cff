"""Stages and the pipeline that runs them.

A stage is a function of the article that declares what it needs (`requires`)
and what it adds (`assigns`). `Pipeline` checks the order once, when it is
built: a stage whose needs no earlier stage provides is an error then, not a
surprise on the thousandth article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from marsad.article import Article

# What ingest provides before any stage runs.
INGESTED = frozenset({"raw", "blocks", "meta", "source"})


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Article], None]
    requires: frozenset[str]
    assigns: frozenset[str]


def stage(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[
    [Callable[[Article], None]], Stage
]:
    """Declare a function of the article as a pipeline stage."""

    def wrap(fn: Callable[[Article], None]) -> Stage:
        return Stage(name, fn, frozenset(requires), frozenset(assigns))

    return wrap


class PipelineError(ValueError):
    pass


class Pipeline:
    def __init__(self, stages: Sequence[Stage]):
        have = set(INGESTED)
        for st in stages:
            missing = st.requires - have
            if missing:
                raise PipelineError(f"stage '{st.name}' needs {sorted(missing)}, which no earlier stage assigns")
            have |= st.assigns
        self.stages = tuple(stages)
        self.provides = frozenset(have)

    def __call__(self, article: Article) -> Article:
        for st in self.stages:
            st.run(article)
        article.stages = self.names
        return article

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]


def default_stages() -> list[Stage]:
    """The stages `marsad.analyze` runs, in order."""
    from marsad.clean.page import clean_page

    stages: list[Stage] = [clean_page]
    stages += _optional_stages()
    return stages


def _optional_stages() -> list[Stage]:
    """Later stages, each in its own package; listed here in pipeline order."""
    out: list[Stage] = []
    # Each entry: module path and stage attribute. Order matters (see requires/assigns).
    for module, attr in STAGE_ENTRIES:
        mod = __import__(module, fromlist=[attr])
        out.append(getattr(mod, attr))
    return out


# The language stages after cleaning, in order. Each package adds its own line:
# tokens, then time (the publication date the others resolve against), entities, quotes, events.
STAGE_ENTRIES: list[tuple[str, str]] = [
    ("marsad.language.tokens", "tag_tokens"),
    ("marsad.time.stage", "tag_dates"),
    ("marsad.entities.stage", "tag_entities"),
    ("marsad.quotes.stage", "extract_quotes"),
    ("marsad.events.stage", "code_events"),
]
