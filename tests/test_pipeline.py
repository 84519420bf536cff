"""The pipeline checks stage order once, when it is built."""

from __future__ import annotations

import pytest

from marsad.api import default_pipeline
from marsad.article import Article
from marsad.pipeline import Pipeline, PipelineError, stage


@stage("needs_entities", requires={"entities"}, assigns={"events"})
def _needs_entities(art: Article) -> None:
    art.events = []


@stage("gives_entities", requires={"text"}, assigns={"entities"})
def _gives_entities(art: Article) -> None:
    art.entities = []


def test_out_of_order_is_refused_at_build_time() -> None:
    from marsad.clean.page import clean_page

    with pytest.raises(PipelineError, match="needs_entities"):
        Pipeline([clean_page, _needs_entities, _gives_entities])
    assert Pipeline([clean_page, _gives_entities, _needs_entities]).names[-1] == "needs_entities"


def test_default_pipeline_builds() -> None:
    pipe = default_pipeline()
    assert pipe.names[0] == "clean"
    assert {"text", "sections"} <= pipe.provides
