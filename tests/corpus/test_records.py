"""Articles rebuilt from their records give the same record back, so Parquet loads lose nothing."""

from __future__ import annotations

import json

import pytest
from corpus_data import repo_pages, synthetic_article

from marsad.api import analyze
from marsad.corpus.records import article_from_record
from marsad.record import to_record

PAGES = repo_pages()


@pytest.mark.parametrize("name, data", PAGES, ids=[n for n, _ in PAGES])
def test_record_round_trip_on_real_pages(name: str, data: bytes) -> None:
    art = analyze(data, name=name, url=f"https://news.test/{name}")
    record = json.loads(json.dumps(to_record(art), ensure_ascii=False))
    back = article_from_record(record, art.raw, published=art.published)
    assert back.id == art.id
    assert to_record(back) == record
    for ent in back.entities:
        assert back.text[ent.span.start:ent.span.end] == ent.span.text


def test_round_trip_keeps_given_date_and_empty_facts() -> None:
    title, body = synthetic_article(1)
    art = analyze(f"{title}\n\n{body}", published="2015-07-21")
    back = article_from_record(to_record(art), art.raw, published="2015-07-21")
    assert to_record(back) == to_record(art) and back.published == "2015-07-21"
