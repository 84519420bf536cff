"""The SQLite store: records round-trip, idempotence, stories, merged events, filters, migrations."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from observatory_data import PAGE_SIGNING_COPY, other_article, script_article, signing_article

from marsad.article import Event, EventActor, Span
from marsad.record import to_record
from marsad.store import ArticleQuery, EventQuery, Store, open_store
from marsad.store.dedup import event_key
from marsad.store.schema import MIGRATIONS, migrate, version
from marsad.store.sqlite import SQLiteStore


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    s = open_store(tmp_path / "t.db")
    assert isinstance(s, SQLiteStore)
    return s


@pytest.fixture
def filled(store: SQLiteStore) -> SQLiteStore:
    store.add(signing_article())
    store.add(signing_article(PAGE_SIGNING_COPY, "https://other-news.test/b/2"))
    store.add(other_article())
    store.add(script_article())
    return store


def test_store_implements_the_protocol(store: SQLiteStore) -> None:
    assert isinstance(store, Store)


def test_record_round_trips(store: SQLiteStore) -> None:
    art = signing_article()
    assert store.add(art)
    got = store.get(art.id)
    assert got is not None
    assert got["record"] == json.loads(json.dumps(to_record(art), ensure_ascii=False))
    assert got["published"] == "2024-06-19"


def test_adding_twice_adds_nothing(store: SQLiteStore) -> None:
    art = signing_article()
    assert store.add(art) is True
    assert store.add(signing_article()) is False
    assert store.count() == 1
    assert store.stats()["entities"] == 3


def test_replace_keeps_one_copy(store: SQLiteStore) -> None:
    art = signing_article()
    store.add(art)
    art.events = art.events[:1]
    assert store.add(art, replace=True) is True
    assert store.count() == 1
    assert store.stats()["events"] == 1
    assert store.articles(ArticleQuery(q="بوتين")).total == 1  # the search row was replaced, not doubled


def test_near_duplicates_share_a_story(filled: SQLiteStore) -> None:
    a = signing_article()
    b = signing_article(PAGE_SIGNING_COPY, "https://other-news.test/b/2")
    ga, gb = filled.get(a.id), filled.get(b.id)
    assert ga is not None and gb is not None
    assert ga["story"]["id"] == gb["story"]["id"]
    assert [o["id"] for o in ga["story"]["others"]] == [b.id]
    other = filled.get(other_article().id)
    assert other is not None and other["story"]["others"] == []
    stories = filled.stories()
    assert stories.total == 1 and stories.items[0]["n_articles"] == 2 and stories.items[0]["n_sources"] == 2


def test_same_event_in_two_articles_is_merged(filled: SQLiteStore) -> None:
    page = filled.events(EventQuery(code="057"))
    assert page.total == 1
    ev = page.items[0]
    assert (ev["source_actor"], ev["target_actor"], ev["date"]) == ("RUSGOV", "PRKGOV", "2024-06-19")
    assert ev["n_articles"] == 2 and ev["n_sources"] == 2
    assert ev["sources"] == ["example-news.test", "other-news.test"]
    assert len(ev["evidence"]) == 2
    for e in ev["evidence"]:
        got = filled.get(e["article"])
        assert got is not None
        assert got["record"]["text"][e["start"] : e["end"]] == e["text"]


def _event(src: str | None, tgt: str | None, code: str, date: str | None) -> Event:
    span = Span(0, 3, "abc")
    return Event(EventActor(src, None, span) if src else None, EventActor(tgt, None, span) if tgt else None,
                 code, code[:2], "", None, None, span, date=date)


@pytest.mark.parametrize(("a", "b", "same"), [
    (("RUSGOV", "PRKGOV", "057", "2024-06-19"), ("RUSGOV", "PRKGOV", "057", "2024-06-19"), True),
    (("RUSGOV", "PRKGOV", "057", "2024-06-19"), ("PRKGOV", "RUSGOV", "057", "2024-06-19"), False),
    (("RUSGOV", "PRKGOV", "057", "2024-06-19"), ("RUSGOV", "PRKGOV", "036", "2024-06-19"), False),
    (("RUSGOV", "PRKGOV", "057", "2024-06-19"), ("RUSGOV", "PRKGOV", "057", "2024-06-20"), False),
    (("USA", None, "112", None), ("USA", None, "112", None), True),
])
def test_event_key(a: tuple, b: tuple, same: bool) -> None:
    assert (str(event_key(_event(*a), "2024-01-01")) == str(event_key(_event(*b), "2024-01-01"))) is same


def test_event_key_falls_back_to_the_publication_date() -> None:
    assert event_key(_event("USA", "RUS", "112", None), "2024-06-19T10:00").date == "2024-06-19"
    assert event_key(_event("USA", "RUS", "112", "2023-01"), "2024-06-19").date == "2023-01"


def test_dyad_finds_both_directions_by_country_prefix(filled: SQLiteStore) -> None:
    page = filled.events(EventQuery(dyad=("RUS", "PRK")))
    assert [e["code"] for e in page.items] == ["057"]
    page = filled.events(EventQuery(dyad=("PRK", "RUS")))
    assert page.total == 1
    assert filled.events(EventQuery(dyad=("RUS", "USA"))).items[0]["code"] == "112"
    assert filled.events(EventQuery(dyad=("PRK", "USA"))).total == 0


def test_timeline_counts_merged_events(filled: SQLiteStore) -> None:
    points = filled.timeline(EventQuery(actor="RUS"))
    assert points == [{"date": "2024-06-19", "n_events": 2, "n_reports": 4, "goldstein": 3.0,
                       "min_goldstein": -2.0, "max_goldstein": 8.0}]


def test_actor_pages(filled: SQLiteStore) -> None:
    actors = {a["actor"]: a for a in filled.actors().items}
    assert actors["RUSGOV"]["n_articles"] == 2 and actors["RUSGOV"]["canonical"] == "Vladimir Putin"
    assert actors["RUSGOV"]["n_events"] == 1
    rus = filled.actor("RUS")
    assert rus is not None and rus["n_events"] == 2
    assert {p["other"] for p in rus["partners"]} == {"PRKGOV", "USA"}
    assert filled.actor("ZZZ") is None


@pytest.mark.parametrize(("query", "expected"), [
    (ArticleQuery(actor="PRK"), 2),
    (ArticleQuery(actor="PRKGOV"), 2),
    (ArticleQuery(actor="CHN"), 0),
    (ArticleQuery(code="05"), 2),
    (ArticleQuery(code="19"), 0),
    (ArticleQuery(status="reported"), 2),
    (ArticleQuery(status="denied"), 0),
    (ArticleQuery(since="2024-06-01"), 2),
    (ArticleQuery(until="2024-05-02"), 1),
    (ArticleQuery(since="2024-05-02", until="2024-05-03"), 2),
    (ArticleQuery(site="weather.test"), 1),
    (ArticleQuery(q="بوتين", site="weather.test"), 0),
    (ArticleQuery(q="أمطار", until="2024-12-31"), 1),
    (ArticleQuery(actor="a%"), 0),  # LIKE wildcards are literal
])
def test_article_filters(filled: SQLiteStore, query: ArticleQuery, expected: int) -> None:
    assert filled.articles(query).total == expected


def test_pagination(filled: SQLiteStore) -> None:
    first = filled.articles(ArticleQuery(limit=2, offset=0))
    second = filled.articles(ArticleQuery(limit=2, offset=2))
    assert first.total == second.total == 4
    assert {i["id"] for i in first.items}.isdisjoint(i["id"] for i in second.items)
    assert filled.articles(ArticleQuery(limit=10_000)).limit == 200


def test_raw_inputs_are_kept_for_reprocessing(filled: SQLiteStore) -> None:
    raws = list(filled.raw_inputs())
    assert len(raws) == 4
    assert {r.published for r in raws} == {"2024-06-19", "2024-05-02", "2024-05-03"}


def test_migrations_bring_a_new_file_to_the_last_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    assert migrate(conn) == len(MIGRATIONS)
    assert migrate(conn) == len(MIGRATIONS)  # idempotent
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        migrate(conn)
    assert version(conn) == len(MIGRATIONS) + 1


def test_readonly_store_refuses_writes(tmp_path: Path) -> None:
    open_store(tmp_path / "r.db").add(other_article())
    ro = open_store(tmp_path / "r.db", readonly=True)
    assert ro.count() == 1
    with pytest.raises(PermissionError):
        ro.add(signing_article())


def test_readonly_store_at_an_awkward_path(tmp_path: Path) -> None:
    path = tmp_path / "a dir?#x" / "s.db"
    open_store(path).add(other_article())
    assert open_store(path, readonly=True).count() == 1


def test_a_store_of_an_older_version_is_upgraded_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.store import schema

    path = tmp_path / "old.db"
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS[:1])  # the code of version 1
    old = open_store(path)
    old.close()
    monkeypatch.undo()
    # an article stored by that code: its columns only, and the checkpoint table ingest made itself then
    conn = sqlite3.connect(path, isolation_level=None)
    art = signing_article()
    conn.execute("INSERT INTO raw (id, name, data, added) VALUES (?, 'old', ?, 'then')", (art.id, art.raw))
    conn.execute("CREATE TABLE ingest_progress (source TEXT PRIMARY KEY, stamp TEXT NOT NULL, position INTEGER"
                 " NOT NULL, done INTEGER NOT NULL, updated TEXT NOT NULL)")
    conn.execute("INSERT INTO ingest_progress VALUES ('a.warc', 's', 10, 0, 'then')")
    conn.close()
    assert version(sqlite3.connect(path)) == 1
    new = open_store(path)
    assert version(sqlite3.connect(path)) == len(MIGRATIONS)
    assert [(r.name, r.crawled) for r in new.raw_inputs()] == [("old", None)]
    new.add(art, replace=True)
    assert new.count() == 1
    assert new.articles(ArticleQuery(actor="RUS")).total == 1
    names = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "entity_actor_article" in names
    assert sqlite3.connect(path).execute("SELECT position FROM ingest_progress").fetchall() == [(10,)]


def test_a_new_store_has_the_checkpoint_table(tmp_path: Path) -> None:
    open_store(tmp_path / "n.db").close()
    tables = {r[0] for r in sqlite3.connect(tmp_path / "n.db").execute("SELECT name FROM sqlite_master")}
    assert "ingest_progress" in tables
