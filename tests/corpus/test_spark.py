"""Spark local mode and `marsad ingest` give the same articles, entities and events on the same input.

Skipped when pyspark (the `marsad[spark]` extra) or Java is not installed.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from corpus_data import (
    ENGLISH_PAGE,
    Record,
    mixed_records,
    repo_pages,
    synthetic_objects,
    write_jsonl,
    write_warc,
)

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")
if shutil.which("java") is None and not __import__("os").environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (17 or later)", allow_module_level=True)

from marsad.corpus import spark  # noqa: E402
from marsad.corpus.run import ingest_corpus  # noqa: E402
from marsad.store import open_store  # noqa: E402


def facts(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(conn.execute("SELECT id, url, site, published, title FROM article")),
            "entities": sorted(conn.execute(
                'SELECT article_id, idx, start, "end", text, type, actor, canonical FROM entity')),
            "quotes": sorted(conn.execute('SELECT article_id, idx, start, "end", kind, speaker FROM quote')),
            "events": sorted(conn.execute(
                "SELECT article_id, idx, source_actor, target_actor, code, date, status, ev_start, ev_end"
                " FROM event")),
            "records": sorted(conn.execute("SELECT id, record FROM article")),
        }
    finally:
        conn.close()


def test_spark_local_matches_ingest(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_warc(inputs / "crawl.warc.gz", mixed_records(), gzip=True)
    extra = [Record(f"https://news.test/b/{i}", d) for i, (_, d) in enumerate(repo_pages()[5:])]  # pages not in crawl.warc.gz
    write_warc(inputs / "more.warc", extra + [Record("https://news.test/en2", ENGLISH_PAGE.encode())], gzip=False)
    write_jsonl(inputs / "feed.jsonl", synthetic_objects(6, seed=21))

    direct = tmp_path / "direct.db"
    store = open_store(direct)
    summary = ingest_corpus(store, [inputs], progress=False)
    store.close()
    assert summary.added > 10 and summary.n_failed == 0

    out = tmp_path / "parquet"
    session = spark.session("local[1]", app="marsad-test")  # one Python worker to warm up: the test stays short
    try:
        counts = spark.run([inputs], out, spark=session, partitions=2)
    finally:
        session.stop()
    ids = pq.read_table(out / "articles", columns=["id"]).column("id").to_pylist()
    assert counts["articles"] == len(ids) == summary.added + summary.already  # the same page twice: two rows
    assert len(set(ids)) == summary.added
    problems = pq.read_table(out / "problems").to_pylist()
    assert sorted(p["reason"] for p in problems if p["kind"] == "skip") == sorted(
        r for r, n in summary.skipped.items() for _ in range(n))

    via_spark = tmp_path / "spark.db"
    store = open_store(via_spark)
    loaded = ingest_corpus(store, [out], progress=False)
    store.close()
    assert loaded.added == summary.added and loaded.analysed == 0  # loaded, not analysed again

    a, b = facts(direct), facts(via_spark)
    assert a["articles"] == b["articles"]
    assert a["entities"] == b["entities"] and a["entities"], "no entities to compare"
    assert a["quotes"] == b["quotes"]
    assert a["events"] == b["events"]
    assert a["records"] == b["records"]
    # the Parquet fact tables hold the same facts as the store
    ents = sorted({(r["article_id"], r["idx"], r["start"], r["end"], r["text"], r["type"], r["actor"], r["canonical"])
                   for r in pq.read_table(out / "entities").to_pylist()})
    assert ents == a["entities"]
    evs = sorted({(r["article_id"], r["idx"], r["source_actor"], r["target_actor"], r["code"], r["date"], r["status"],
                  r["ev_start"], r["ev_end"]) for r in pq.read_table(out / "events").to_pylist()})
    assert evs == a["events"]
