"""Parquet `articles` tables load into the store as analysed; bad tables are one clean error each."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_data import repo_pages

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from marsad.api import analyze  # noqa: E402
from marsad.corpus.parquet import COLUMNS, rows_of  # noqa: E402
from marsad.corpus.run import ingest_corpus  # noqa: E402
from marsad.store import open_store  # noqa: E402
from marsad.store.base import RawInput  # noqa: E402


def articles_table(path: Path, rows: list[tuple[object, ...]]) -> Path:
    names = [n for n, _ in COLUMNS["articles"]]
    path.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)}), path / "part-0.parquet")
    return path


def test_articles_table_loads_without_analysis(tmp_path: Path) -> None:
    rows = []
    for name, data in repo_pages()[:3]:
        raw = RawInput(name, data, "2024-09-12", f"https://news.test/{name}", crawled="2024-09-13T00:00:00Z")
        art = analyze(data, name=name, url=raw.url, published=raw.published)
        rows += rows_of(art, raw)["articles"]
    table = articles_table(tmp_path / "out" / "articles", rows)
    store = open_store(tmp_path / "s.db")
    summary = ingest_corpus(store, [tmp_path / "out"], progress=False)
    assert (summary.added, summary.analysed, summary.n_failed) == (3, 0, 0)
    again = ingest_corpus(store, [table], progress=False)
    assert again.added == 0 and again.done_before == 1  # the same table again: its checkpoint says done
    store.close()


def test_bad_tables_are_reported(tmp_path: Path) -> None:
    name, data = repo_pages()[0]
    raw = RawInput(name, data)
    row = list(rows_of(analyze(data, name=name), raw)["articles"][0])
    row[[n for n, _ in COLUMNS["articles"]].index("raw")] = data + b" "  # raw bytes that no longer hash to the row's id
    articles_table(tmp_path / "t" / "articles", [tuple(row)])
    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1]}), other)
    store = open_store(tmp_path / "s.db")
    lines: list[str] = []
    summary = ingest_corpus(store, [tmp_path / "t", other], progress=False, report=lines.append)
    assert summary.added == 0 and summary.n_failed == 2
    assert any("does not hash to its id" in line for line in lines)
    assert any(line.startswith(f"{other}: not a marsad articles table") for line in lines)
    store.close()


def test_a_table_made_with_the_learned_events_keeps_them(tmp_path: Path) -> None:
    from marsad.events.learned import model
    from marsad.store.sqlite import learned_in

    if model() is None:
        pytest.skip("the learned events' model file is not installed")
    name, data = repo_pages()[0]
    raw = RawInput(name, data, "2024-09-12")
    art = analyze(data, name=name, published=raw.published, learned_events=True)
    rows = rows_of(art, raw)
    article = dict(zip([n for n, _ in COLUMNS["articles"]], rows["articles"][0], strict=True))
    assert "learned_events" in article["pipeline"].split(",")
    kept = [dict(zip([n for n, _ in COLUMNS["events"]], r, strict=True))["method"] for r in rows["events"]]
    assert kept == [e.method for e in art.events]
    articles_table(tmp_path / "out" / "articles", rows["articles"])
    store = open_store(tmp_path / "s.db")
    assert ingest_corpus(store, [tmp_path / "out"], progress=False).added == 1
    got = store.get(art.id)
    assert got is not None and learned_in(got["pipeline"])
    assert [e["method"] for e in got["record"]["events"]] == [e.method for e in art.events]
    store.close()
