"""`marsad spark --learned-events`: the partition functions build the pipeline with the learned events, and the rows
they give keep each event's method and the article's stages (no Spark needed: the functions are plain Python)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.corpus.parquet import COLUMNS
from marsad.corpus.spark import analyse_files, build_parser
from marsad.events.learned import model

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "pages"


@pytest.mark.skipif(model() is None, reason="the learned events' model file is not installed")
def test_partition_rows_keep_the_method_and_the_stages() -> None:
    files = [str(p) for p in sorted(SAMPLE.iterdir())]
    names = {t: [n for n, _ in COLUMNS[t]] for t in ("articles", "events")}
    for learned in (False, True):
        outcomes = [o for o in analyse_files(files, learned) if o[0] is not None]
        assert outcomes
        for article, _ents, _quotes, events, _problems in outcomes:
            stages = dict(zip(names["articles"], article, strict=True))["pipeline"].split(",")
            assert ("learned_events" in stages) is learned
            methods = {dict(zip(names["events"], e, strict=True))["method"] for e in events}
            assert methods <= ({"rules", "learned"} if learned else {"rules"})
        if learned:
            assert any(dict(zip(names["events"], e, strict=True))["method"] == "learned"
                       for o in outcomes for e in o[3])


def test_the_option_reaches_the_run() -> None:
    assert build_parser().parse_args(["x", "--out", "o", "--learned-events"]).learned_events is True
    assert build_parser().parse_args(["x", "--out", "o"]).learned_events is False
