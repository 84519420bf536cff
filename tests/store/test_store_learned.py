"""The opt-in learned events in the observatory: `marsad ingest --learned-events` stores them marked "learned",
the store keeps each article's pipeline so `marsad reprocess` analyses it the same way, and the API filters by
method."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.api import analyze, default_pipeline, learned_pipeline
from marsad.cli import main
from marsad.events.learned import model
from marsad.store import open_store
from marsad.store.base import EventQuery
from marsad.store.schema import MIGRATIONS, version
from marsad.store.sqlite import LEARNED_STAGE, learned_in, pipeline_name

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "samples" / "pages"

needs_model = pytest.mark.skipif(model() is None, reason="the learned events' model file is not installed")


def methods(db: Path) -> dict[str, int]:
    rows = sqlite3.connect(db).execute("SELECT method, COUNT(*) FROM event GROUP BY method").fetchall()
    return {str(m): int(n) for m, n in rows}


def pipelines(db: Path) -> list[str]:
    return [str(r[0]) for r in sqlite3.connect(db).execute("SELECT pipeline FROM article")]


def test_the_pipeline_names_its_stages_on_the_article() -> None:
    page = next(PAGES.iterdir())
    art = analyze(page)
    assert art.stages == default_pipeline().names and LEARNED_STAGE not in art.stages
    assert analyze(page, learned_events=True).stages == learned_pipeline().names
    assert learned_in(pipeline_name(analyze(page, learned_events=True)))
    assert not learned_in(pipeline_name(art)) and not learned_in(None) and not learned_in("old")


def test_default_ingest_stores_rule_events_only(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert main(["ingest", "--db", str(db), "--quiet", str(PAGES)]) == 0
    assert set(methods(db)) == {"rules"}
    assert not any(learned_in(p) for p in pipelines(db))


@needs_model
def test_learned_ingest_marks_events_and_reprocess_keeps_the_choice(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    assert main(["ingest", "--db", str(db), "--quiet", "--learned-events", str(PAGES)]) == 0
    found = methods(db)
    assert found.get("learned", 0) > 0 and found.get("rules", 0) > 0
    assert all(learned_in(p) for p in pipelines(db))
    store = open_store(db)
    learned = store.events(EventQuery(method="learned", limit=200))
    rules = store.events(EventQuery(method="rules", limit=200))
    assert learned.total > 0 and rules.total > 0
    # a merged event holds every report of it, however coded; the filter picks events with a report so coded, and
    # a merged event is the rules' as soon as one of its reports is
    assert all(any(e["method"] == "learned" for e in item["evidence"]) for item in learned.items)
    assert all(item["method"] == "learned" for item in learned.items
               if all(e["method"] == "learned" for e in item["evidence"]))
    assert all(item["method"] == "rules" for item in rules.items)
    store.close()
    # reprocess without a flag: each article as it was ingested
    assert main(["reprocess", "--db", str(db), "--quiet"]) == 0
    assert methods(db) == found and all(learned_in(p) for p in pipelines(db))
    # --rules-only for all
    assert main(["reprocess", "--db", str(db), "--quiet", "--rules-only"]) == 0
    assert set(methods(db)) == {"rules"} and not any(learned_in(p) for p in pipelines(db))
    assert main(["reprocess", "--db", str(db), "--quiet", "--learned-events"]) == 0
    assert methods(db) == found


@needs_model
def test_learned_ingest_in_worker_processes(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    assert main(["ingest", "--db", str(db), "--quiet", "--workers", "2", "--learned-events", str(PAGES),
                 str(ROOT / "samples" / "saudinewsnet")]) == 0
    assert methods(db).get("learned", 0) > 0
    assert all(learned_in(p) for p in pipelines(db))


def test_api_filters_events_by_method(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from marsad.server.app import create_app

    db = tmp_path / "a.db"
    assert main(["ingest", "--db", str(db), "--quiet", str(PAGES)]) == 0
    client = TestClient(create_app(open_store(db, readonly=True)))
    everything = client.get("/api/events").json()
    assert everything["total"] > 0
    assert client.get("/api/events", params={"method": "rules"}).json()["total"] == everything["total"]
    assert client.get("/api/events", params={"method": "learned"}).json()["total"] == 0
    assert client.get("/api/events", params={"method": "guessed"}).status_code == 422


def test_a_version_4_store_reads_its_events_as_the_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.store import schema

    path = tmp_path / "v4.db"
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS[:4])
    conn = sqlite3.connect(path)
    schema.migrate(conn)
    conn.execute("INSERT INTO article (id, title, story_id, n_chars, n_entities, n_events, n_quotes, record,"
                 " pipeline, analysed) VALUES ('a', 't', 'a', 1, 0, 1, 0, '{}', 'old', 'then')")
    conn.execute("INSERT INTO event (article_id, idx, code, root, ev_start, ev_end, ev_text, merge_key)"
                 " VALUES ('a', 0, '040', '04', 0, 1, 'x', 'k')")
    conn.commit()
    conn.close()
    monkeypatch.undo()
    open_store(path).close()
    assert version(sqlite3.connect(path)) == len(MIGRATIONS)
    assert methods(path) == {"rules": 1}


@needs_model
def test_reprocess_reads_the_pipeline_of_a_store_without_the_fast_path(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.store.batch import reprocess
    from marsad.store.sqlite import SQLiteStore

    db = tmp_path / "f.db"
    assert main(["ingest", "--db", str(db), "--quiet", "--learned-events", str(PAGES)]) == 0
    found = methods(db)
    monkeypatch.delattr(SQLiteStore, "pipelines")  # a store that answers one article at a time (`Store.get`)
    store = open_store(db)
    assert reprocess(store, progress=False).added == 1
    store.close()
    assert methods(db) == found and all(learned_in(p) for p in pipelines(db))
