"""The SQLite schema as a list of migrations; `PRAGMA user_version` counts those applied.

Never edit a migration that has shipped: append a new one. Each runs in its
own transaction, so a store is always at one version or the next.

Tables:
- `raw`: every input as given (bytes, published date, url, crawl date), for `reprocess`;
- `article`: one row per analysed article with its full JSON record, its
  story and the columns filters need (site, published date);
- `entity`, `timex`, `quote`, `event`: the facts of the record, one row each,
  for filtering and aggregation (the record stays the source of truth);
- `minhash`, `lsh`: near-duplicate signatures and their band hashes;
- `article_fts`: FTS5 over the normalised title and text, plus light stems
  and skeleton keys (`marsad.language.stem`);
- `meta`: key/value facts about the store;
- `ingest_progress`: the checkpoints of `marsad ingest`, one row per source.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE raw (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        data BLOB NOT NULL,
        published TEXT,
        url TEXT,
        added TEXT NOT NULL
    );
    CREATE TABLE article (
        num INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        url TEXT,
        site TEXT,
        path TEXT,
        published TEXT,
        story_id TEXT NOT NULL,
        similarity REAL,
        n_chars INTEGER NOT NULL,
        n_entities INTEGER NOT NULL,
        n_events INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL,
        record TEXT NOT NULL,
        pipeline TEXT NOT NULL,
        analysed TEXT NOT NULL
    );
    CREATE INDEX article_published ON article(published);
    CREATE INDEX article_site ON article(site);
    CREATE INDEX article_story ON article(story_id);
    CREATE TABLE entity (
        article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        type TEXT, actor TEXT, canonical TEXT, entity_id TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX entity_actor ON entity(actor);
    CREATE TABLE timex (
        article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        value TEXT, granularity TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE quote (
        article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        kind TEXT, speaker TEXT, speaker_actor TEXT, status TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX quote_speaker_actor ON quote(speaker_actor);
    CREATE TABLE event (
        article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        source_actor TEXT, source_name TEXT,
        target_actor TEXT, target_name TEXT,
        code TEXT NOT NULL, root TEXT, label TEXT,
        goldstein REAL, quad_class INTEGER,
        date TEXT, status TEXT,
        ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL,
        merge_key TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX event_source ON event(source_actor);
    CREATE INDEX event_target ON event(target_actor);
    CREATE INDEX event_code ON event(code);
    CREATE INDEX event_date ON event(date);
    CREATE INDEX event_key ON event(merge_key);
    CREATE TABLE minhash (
        article_id TEXT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );
    CREATE TABLE lsh (
        band INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE
    );
    CREATE INDEX lsh_band ON lsh(band, hash);
    CREATE INDEX lsh_article ON lsh(article_id);
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, body, stems, roots, tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 2: covering indexes for the actor filter and the actor list (articles per actor without table reads)
    """
    CREATE INDEX entity_actor_article ON entity(actor, article_id);
    CREATE INDEX event_source_article ON event(source_actor, article_id);
    CREATE INDEX event_target_article ON event(target_actor, article_id);
    """,
    # 3: when a crawler saw each input (its WARC-Date, a page-date candidate `reprocess` must keep), and the
    # checkpoints of `marsad ingest` (stores made before this migration may have the table already)
    """
    ALTER TABLE raw ADD COLUMN crawled TEXT;
    CREATE TABLE IF NOT EXISTS ingest_progress (
        source TEXT PRIMARY KEY,
        stamp TEXT NOT NULL,
        position INTEGER NOT NULL,
        done INTEGER NOT NULL,
        updated TEXT NOT NULL
    );
    """,
    # 4: each event's confidence (`marsad.events.confidence`); rows stored before stay null until `reprocess`
    """
    ALTER TABLE event ADD COLUMN confidence REAL;
    """,
    # 5: how each event was coded: "rules" or "learned" (`marsad.events.learned`, `marsad ingest --learned-events`);
    # rows stored before are the rule coder's
    """
    ALTER TABLE event ADD COLUMN method TEXT NOT NULL DEFAULT 'rules';
    """,
)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the store lacks; returns the version reached."""
    current = version(conn)
    if current > len(MIGRATIONS):
        raise RuntimeError(f"the store has schema version {current}, newer than this marsad ({len(MIGRATIONS)})")
    for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
        # executescript commits first; wrap the migration and its version bump in one transaction
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return version(conn)
