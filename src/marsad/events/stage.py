"""The `code_events` stage: CAMEO events with their evidence (see `marsad.events.coder` for the steps)."""

from __future__ import annotations

from marsad.article import Article
from marsad.events.coder import code_article
from marsad.pipeline import stage


@stage("events", requires={"tokens", "entities", "timexes", "quotes", "claims"}, assigns={"events"})
def code_events(art: Article) -> None:
    """Fill `art.events`: one event per reported deed, each pointing to the clause that states it."""
    art.events = code_article(art)
