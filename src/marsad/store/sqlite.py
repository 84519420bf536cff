"""The SQLite store: one file, WAL journal, one transaction per article.

Writes go through `add`, which stores the raw input, the record, its fact
rows, the near-duplicate signature and the search index in a single
transaction: a process killed half-way leaves the article either complete or
absent. Reads use one connection per thread, so the API serves requests in
parallel while an ingest writes. Every statement is parameterised; user
input reaches SQL only as bound values (and FTS5 text only through
`marsad.store.search.fts_query`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from marsad import __version__
from marsad.article import Article
from marsad.language.stem import words
from marsad.record import to_record
from marsad.store import dedup, search
from marsad.store.base import MAX_LIMIT, ArticleQuery, EventQuery, Page, RawInput
from marsad.store.schema import migrate

BUSY_TIMEOUT_S = 30.0


def _like_prefix(value: str) -> str:
    """A LIKE pattern matching values that start with `value` (wildcards escaped)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _prefix(column: str, value: str) -> tuple[str, list[str]]:
    """A condition for codes starting with `value` ("RUS" matches RUSGOV) that can use the column's index."""
    v = value.upper()
    return f"({column} >= ? AND {column} < ?)", [v, v + "\U0010ffff"]


def _clamp(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def published_of(art: Article) -> str | None:
    """The article's date for filters: the resolved publication date, else the given one, else the page's."""
    pub = art.dates.publication
    for value in (pub.value if pub else None, art.published, art.dates.page.value if art.dates.page else None):
        if value:
            return value[:10]
    return None


def index_columns(art: Article) -> tuple[Any, tuple[str, str, str, str]]:
    """The near-duplicate signature and the search columns of an article, from one pass over its words."""
    ws = words(art.text)
    names = dict.fromkeys(e.canonical for e in art.entities if e.canonical)
    return dedup.signature(art.text, ws), search.fts_columns(art.title, art.text, ws, names)


def pipeline_name(art: Article | None = None) -> str:
    """The version and the stages that analysed `art` (the default pipeline's for an article analysed otherwise, or
    for none), as the `article.pipeline` column keeps them; `LEARNED_STAGE` in it marks the opt-in learned events."""
    from marsad.api import default_pipeline

    return f"marsad {__version__}: " + ",".join((art.stages if art is not None else None) or default_pipeline().names)


LEARNED_STAGE = "learned_events"  # the stage name of `marsad.events.learned.add_learned_events`


def learned_in(pipeline: str | None) -> bool:
    """Whether a stored `pipeline` column names the learned events' stage."""
    return bool(pipeline) and LEARNED_STAGE in (pipeline or "").partition(": ")[2].split(",")


class SQLiteStore:
    """A `Store` in one SQLite file (see `marsad.store.schema` for the tables)."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._cache: dict[tuple[Any, ...], Page] = {}
        self._cache_lock = threading.Lock()
        if self.path != ":memory:" and not readonly:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if readonly and not Path(self.path).exists():
            raise FileNotFoundError(f"no store at {self.path}")
        conn = self._conn()
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn)

    # connections -------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self.readonly:
                # as_uri() escapes '?' and '#' in the path, which a hand-built file: URI would misread
                conn = sqlite3.connect(Path(self.path).resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                                       isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                       check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # writing -----------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        return self._conn().execute("SELECT 1 FROM article WHERE id = ?", (article_id,)).fetchone() is not None

    def add(self, art: Article, raw: RawInput | None = None, *, replace: bool = False) -> bool:
        """Store an analysed article in one transaction; False when it was already there (and not replaced)."""
        if self.readonly:
            raise PermissionError("the store is open read-only")
        record = to_record(art)
        published = published_of(art)
        # a worker process may have computed the index columns already (marsad.corpus.run.index_ahead)
        ahead = art.annotations.get("store.index")
        sig, columns = ahead if ahead else index_columns(art)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                exists = conn.execute("SELECT 1 FROM article WHERE id = ?", (art.id,)).fetchone() is not None
                if exists and not replace:
                    conn.execute("ROLLBACK")
                    return False
                if exists:
                    self._delete(conn, art.id)
                conn.execute(
                    "INSERT OR IGNORE INTO raw (id, name, data, published, url, crawled, added)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (art.id, raw.name if raw else (art.source.path or "<input>"), art.raw,
                     raw.published if raw else art.published, raw.url if raw else art.source.url,
                     raw.crawled if raw else art.meta.get("crawled"), now),
                )
                story_id, sim = self._story_for(conn, art.id, sig)
                cur = conn.execute(
                    "INSERT INTO article (id, title, url, site, path, published, story_id, similarity, n_chars,"
                    " n_entities, n_events, n_quotes, record, pipeline, analysed)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (art.id, art.title, art.source.url, art.source.site, art.source.path, published, story_id, sim,
                     len(art.text), len(art.entities), len(art.events), len(art.quotes),
                     json.dumps(record, ensure_ascii=False), pipeline_name(art), now),
                )
                self._insert_facts(conn, art, published)
                if sig is not None:
                    conn.execute("INSERT INTO minhash (article_id, signature) VALUES (?, ?)",
                                 (art.id, dedup.to_bytes(sig)))
                    conn.executemany("INSERT INTO lsh (band, hash, article_id) VALUES (?, ?, ?)",
                                     [(b, h, art.id) for b, h in enumerate(dedup.bands(sig))])
                conn.execute("INSERT INTO article_fts (rowid, title, body, stems, roots) VALUES (?, ?, ?, ?, ?)",
                             (cur.lastrowid, *columns))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return True

    def _delete(self, conn: sqlite3.Connection, article_id: str) -> None:
        row = conn.execute("SELECT num FROM article WHERE id = ?", (article_id,)).fetchone()
        if row is not None:
            conn.execute("DELETE FROM article_fts WHERE rowid = ?", (row["num"],))
        conn.execute("DELETE FROM article WHERE id = ?", (article_id,))  # facts, signature, bands cascade

    def _story_for(self, conn: sqlite3.Connection, article_id: str, sig: Any) -> tuple[str, float | None]:
        if sig is None:
            return article_id, None
        pairs = list(enumerate(dedup.bands(sig)))
        # an OR of (band, hash) pairs is one multi-index lookup; a row-value IN (VALUES ...) scans the table
        match = " OR ".join("(band = ? AND hash = ?)" for _ in pairs)
        candidates = {row[0] for row in conn.execute(
            f"SELECT DISTINCT article_id FROM lsh WHERE {match}", [x for pair in pairs for x in pair])}
        candidates.discard(article_id)
        if not candidates:
            return article_id, None
        marks = ",".join("?" * len(candidates))
        rows = conn.execute(
            f"SELECT m.article_id, m.signature, a.story_id FROM minhash m JOIN article a ON a.id = m.article_id"
            f" WHERE m.article_id IN ({marks})", sorted(candidates)).fetchall()
        stories = {r["article_id"]: r["story_id"] for r in rows}
        best = dedup.best_match(sig, [(r["article_id"], dedup.from_bytes(r["signature"])) for r in rows])
        if best is None:
            return article_id, None
        return stories[best[0]], round(best[1], 3)

    def _insert_facts(self, conn: sqlite3.Connection, art: Article, published: str | None) -> None:
        conn.executemany(
            'INSERT INTO entity (article_id, idx, start, "end", text, type, actor, canonical, entity_id)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(art.id, i, e.span.start, e.span.end, e.span.text, e.type, e.actor, e.canonical, e.entity_id)
             for i, e in enumerate(art.entities)],
        )
        conn.executemany(
            'INSERT INTO timex (article_id, idx, start, "end", text, value, granularity) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(art.id, i, t.span.start, t.span.end, t.span.text, t.value, t.granularity)
             for i, t in enumerate(art.timexes)],
        )
        conn.executemany(
            'INSERT INTO quote (article_id, idx, start, "end", text, kind, speaker, speaker_actor, status)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(art.id, i, q.span.start, q.span.end, q.span.text, q.kind,
              (q.speaker.canonical or q.speaker.text) if q.speaker else None,
              q.speaker.actor if q.speaker else None, q.status)
             for i, q in enumerate(art.quotes)],
        )
        keys = [dedup.event_key(e, published) for e in art.events]  # the date column and the merge key
        conn.executemany(
            "INSERT INTO event (article_id, idx, source_actor, source_name, target_actor, target_name, code, root,"
            " label, goldstein, quad_class, date, status, ev_start, ev_end, ev_text, merge_key, confidence, method)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(art.id, i,
              e.source.actor if e.source else None, e.source.canonical if e.source else None,
              e.target.actor if e.target else None, e.target.canonical if e.target else None,
              e.code, e.root, e.label, e.goldstein, e.quad_class,
              key.date, e.status,
              e.evidence.start, e.evidence.end, e.evidence.text, str(key), e.confidence, e.method)
             for i, (e, key) in enumerate(zip(art.events, keys, strict=True))],
        )

    # reading -----------------------------------------------------------------

    def count(self) -> int:
        return int(self._conn().execute("SELECT COUNT(*) FROM article").fetchone()[0])

    def get(self, article_id: str) -> dict[str, Any] | None:
        conn = self._conn()
        row = conn.execute("SELECT id, record, story_id, similarity, published, analysed, pipeline FROM article"
                           " WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        story = [dict(r) for r in conn.execute(
            "SELECT id, title, site, url, published, similarity FROM article WHERE story_id = ? AND id != ?"
            " ORDER BY published, num", (row["story_id"], article_id))]
        return {
            "record": json.loads(row["record"]),
            "story": {"id": row["story_id"], "similarity": row["similarity"], "others": story},
            "published": row["published"],
            "analysed": row["analysed"],
            "pipeline": row["pipeline"],
        }

    def _article_filters(self, query: ArticleQuery | EventQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        actor = getattr(query, "actor", None)
        if isinstance(query, ArticleQuery):
            if actor:
                (c1, a1), (c2, a2), (c3, a3) = (_prefix(c, actor) for c in ("actor", "source_actor", "target_actor"))
                where.append(f"a.id IN (SELECT article_id FROM entity WHERE {c1}"
                             f" UNION SELECT article_id FROM event WHERE {c2} UNION SELECT article_id FROM event WHERE {c3})")
                args += [*a1, *a2, *a3]
            if query.code:
                cond, vals = _prefix("code", query.code)
                where.append(f"a.id IN (SELECT article_id FROM event WHERE {cond})")
                args += vals
            if query.status:
                where.append("a.id IN (SELECT article_id FROM event WHERE status = ?)")
                args.append(query.status)
            if query.story:
                where.append("a.story_id = ?")
                args.append(query.story)
            if query.since:
                where.append("a.published >= ?")
                args.append(query.since)
            if query.until:
                where.append("a.published <= ?")
                args.append(query.until)
        if query.site:
            where.append("a.site = ?")
            args.append(query.site)
        return where, args

    def articles(self, query: ArticleQuery) -> Page:
        limit, offset = _clamp(query.limit, query.offset)
        conn = self._conn()
        where, args = self._article_filters(query)
        cols = ("a.id, a.title, a.url, a.site, a.published, a.story_id, a.n_entities, a.n_events, a.n_quotes,"
                " (SELECT COUNT(*) FROM article s WHERE s.story_id = a.story_id) AS story_size")
        parsed = search.parse(query.q) if query.q else None
        match = search.fts_query(parsed) if parsed else None
        if parsed is not None and match is None:
            return Page(0, [], limit, offset)  # a query with no words finds nothing
        if match is not None:
            where_sql = " AND ".join(["article_fts MATCH ?", *where])
            # CROSS JOIN keeps the full-text match as the outer loop: one FTS query, then filters per hit
            base = f"FROM article_fts CROSS JOIN article a ON a.num = article_fts.rowid WHERE {where_sql}"
            full_args = [match, *args]
            total = conn.execute(f"SELECT COUNT(*) {base}", full_args).fetchone()[0]
            weights = ", ".join(str(w) for w in search.WEIGHTS)
            rows = conn.execute(f"SELECT {cols}, bm25(article_fts, {weights}) AS rank {base}"
                                " ORDER BY rank LIMIT ? OFFSET ?", [*full_args, limit, offset]).fetchall()
        else:
            where_sql = (" WHERE " + " AND ".join(where)) if where else ""
            total = conn.execute(f"SELECT COUNT(*) FROM article a{where_sql}", args).fetchone()[0]
            rows = conn.execute(f"SELECT {cols} FROM article a{where_sql}"
                                " ORDER BY a.published DESC, a.num DESC LIMIT ? OFFSET ?",
                                [*args, limit, offset]).fetchall()
        items = []
        for r in rows:
            item = {k: r[k] for k in r.keys() if k != "rank"}
            if parsed is not None:
                text = conn.execute("SELECT json_extract(record, '$.text') FROM article WHERE id = ?",
                                    (r["id"],)).fetchone()[0]
                named = [(e["start"], e["end"], e["canonical"]) for e in conn.execute(
                    'SELECT start, "end", canonical FROM entity WHERE article_id = ? AND canonical IS NOT NULL',
                    (r["id"],))] if any(t.isascii() for t in parsed.terms) else []
                item["snippet"] = search.snippet(text, parsed, named=named)
            items.append(item)
        return Page(int(total), items, limit, offset)

    def _event_filters(self, query: EventQuery) -> tuple[str, list[Any]]:
        where, args = self._article_filters(query)
        if query.actor:
            (c1, a1), (c2, a2) = _prefix("e.source_actor", query.actor), _prefix("e.target_actor", query.actor)
            where.append(f"({c1} OR {c2})")
            args += [*a1, *a2]
        if query.source:
            cond, vals = _prefix("e.source_actor", query.source)
            where.append(cond)
            args += vals
        if query.target:
            cond, vals = _prefix("e.target_actor", query.target)
            where.append(cond)
            args += vals
        if query.dyad:
            a, b = query.dyad
            (sa, va), (tb, vb) = _prefix("e.source_actor", a), _prefix("e.target_actor", b)
            (sb, vb2), (ta, va2) = _prefix("e.source_actor", b), _prefix("e.target_actor", a)
            where.append(f"(({sa} AND {tb}) OR ({sb} AND {ta}))")
            args += [*va, *vb, *vb2, *va2]
        if query.code:
            cond, vals = _prefix("e.code", query.code)
            where.append(cond)
            args += vals
        if query.since:
            where.append("e.date >= ?")
            args.append(query.since)
        if query.until:
            where.append("e.date <= ?")
            args.append(query.until)
        if query.status:
            where.append("e.status = ?")
            args.append(query.status)
        if query.article:
            where.append("e.article_id = ?")
            args.append(query.article)
        if query.min_confidence is not None:
            where.append("e.confidence >= ?")  # a report stored before confidences existed (null) is left out
            args.append(query.min_confidence)
        if query.method:
            where.append("e.method = ?")
            args.append(query.method)
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def events(self, query: EventQuery) -> Page:
        limit, offset = _clamp(query.limit, query.offset)
        conn = self._conn()
        where_sql, args = self._event_filters(query)
        base = f"FROM event e JOIN article a ON a.id = e.article_id{where_sql}"
        total = conn.execute(f"SELECT COUNT(DISTINCT e.merge_key) {base}", args).fetchone()[0]
        rows = conn.execute(
            "SELECT e.merge_key, MAX(e.source_actor) AS source_actor, MAX(e.source_name) AS source_name,"
            " MAX(e.target_actor) AS target_actor, MAX(e.target_name) AS target_name, e.code,"
            " MAX(e.root) AS root, MAX(e.label) AS label, AVG(e.goldstein) AS goldstein,"
            " MAX(e.quad_class) AS quad_class, e.date, MAX(e.confidence) AS confidence,"
            " COUNT(DISTINCT e.article_id) AS n_articles, COUNT(DISTINCT COALESCE(a.site, a.id)) AS n_sources,"
            " COUNT(DISTINCT a.story_id) AS n_stories"
            f" {base} GROUP BY e.merge_key ORDER BY e.date DESC, n_articles DESC, e.merge_key"
            " LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
        items = [dict(r) for r in rows]
        if items:
            keys = [i["merge_key"] for i in items]
            marks = ",".join("?" * len(keys))
            evidence: dict[str, list[dict[str, Any]]] = {k: [] for k in keys}
            sources: dict[str, set[str]] = {k: set() for k in keys}
            statuses: dict[str, dict[str, int]] = {k: {} for k in keys}
            for r in conn.execute(
                    "SELECT e.merge_key, e.article_id, e.idx, e.status, e.method, e.ev_start, e.ev_end, e.ev_text,"
                    " a.title, a.site, a.url FROM event e JOIN article a ON a.id = e.article_id"
                    f" WHERE e.merge_key IN ({marks}) ORDER BY a.published, a.num, e.idx", keys):
                evidence[r["merge_key"]].append({
                    "article": r["article_id"], "event": r["idx"], "status": r["status"], "method": r["method"],
                    "start": r["ev_start"], "end": r["ev_end"], "text": r["ev_text"],
                    "title": r["title"], "site": r["site"], "url": r["url"],
                })
                if r["site"]:
                    sources[r["merge_key"]].add(r["site"])
                st = statuses[r["merge_key"]]
                st[r["status"]] = st.get(r["status"], 0) + 1
            for item in items:
                k = item["merge_key"]
                item["evidence"] = evidence[k]
                item["sources"] = sorted(sources[k])
                item["statuses"] = statuses[k]
                # how the merged event's reports were coded: "rules" when any report is the rule coder's
                methods = {e["method"] for e in evidence[k]}
                item["method"] = "rules" if "rules" in methods or not methods else "learned"
                item["status"] = max(statuses[k].items(), key=lambda kv: kv[1])[0] if statuses[k] else None
                if item["goldstein"] is not None:
                    item["goldstein"] = round(item["goldstein"], 2)
        return Page(int(total), items, limit, offset)

    def timeline(self, query: EventQuery) -> list[dict[str, Any]]:
        conn = self._conn()
        where_sql, args = self._event_filters(query)
        rows = conn.execute(
            "SELECT e.date, COUNT(DISTINCT e.merge_key) AS n_events, COUNT(*) AS n_reports,"
            " AVG(e.goldstein) AS goldstein, MIN(e.goldstein) AS min_goldstein, MAX(e.goldstein) AS max_goldstein"
            f" FROM event e JOIN article a ON a.id = e.article_id{where_sql}"
            f"{' AND' if where_sql else ' WHERE'} e.date IS NOT NULL GROUP BY e.date ORDER BY e.date", args)
        out = []
        for r in rows:
            d = dict(r)
            for k in ("goldstein", "min_goldstein", "max_goldstein"):
                if d[k] is not None:
                    d[k] = round(d[k], 2)
            out.append(d)
        return out

    _MENTIONS = (
        "SELECT actor, canonical, article_id FROM entity WHERE actor IS NOT NULL"
        " UNION ALL SELECT source_actor, source_name, article_id FROM event WHERE source_actor IS NOT NULL"
        " UNION ALL SELECT target_actor, target_name, article_id FROM event WHERE target_actor IS NOT NULL"
    )

    def _generation(self, conn: sqlite3.Connection) -> tuple[int, int]:
        """Changes whenever an article is added, replaced or deleted (replacing gives a new `num`)."""
        row = conn.execute("SELECT COALESCE(MAX(num), 0), COUNT(*) FROM article").fetchone()
        return int(row[0]), int(row[1])

    def _cached(self, key: tuple[Any, ...], conn: sqlite3.Connection, compute: Callable[[], Page]) -> Page:
        # whole-store aggregates (actors, stories) cost a scan of every fact; reuse them until the store changes
        full = (*key, self._generation(conn))
        with self._cache_lock:
            if full in self._cache:
                return self._cache[full]
        value = compute()
        with self._cache_lock:
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[full] = value
        return value

    def actors(self, q: str | None = None, limit: int = 50, offset: int = 0) -> Page:
        limit, offset = _clamp(limit, offset)
        conn = self._conn()
        return self._cached(("actors", q, limit, offset), conn, lambda: self._actors(conn, q, limit, offset))

    def _actors(self, conn: sqlite3.Connection, q: str | None, limit: int, offset: int) -> Page:
        where, args = "", []
        if q:
            where = " WHERE actor LIKE ? ESCAPE '\\' OR canonical LIKE ? ESCAPE '\\'"
            args = [_like_prefix(q.upper()), "%" + _like_prefix(q)]
        base = f"FROM ({self._MENTIONS}){where}"
        total = conn.execute(f"SELECT COUNT(DISTINCT actor) {base}", args).fetchone()[0]
        rows = conn.execute(
            f"SELECT actor, COUNT(DISTINCT article_id) AS n_articles {base}"
            " GROUP BY actor ORDER BY n_articles DESC, actor LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
        codes = [r["actor"] for r in rows]
        names: dict[str, str] = {}
        n_events: dict[str, int] = {}
        if codes:
            marks = ",".join("?" * len(codes))
            # the name most often linked to the code (an actor is named many ways: Washington, White House...)
            for r in conn.execute(
                    f"SELECT actor, canonical, COUNT(*) AS n FROM ({self._MENTIONS}) WHERE actor IN ({marks})"
                    " AND canonical IS NOT NULL GROUP BY actor, canonical ORDER BY n, canonical DESC", codes):
                names[r["actor"]] = r["canonical"]  # the last row written per actor is its most frequent name
            for r in conn.execute(
                    "SELECT actor, COUNT(DISTINCT merge_key) AS n FROM ("
                    f" SELECT source_actor AS actor, merge_key FROM event WHERE source_actor IN ({marks})"
                    f" UNION ALL SELECT target_actor, merge_key FROM event WHERE target_actor IN ({marks}))"
                    " GROUP BY actor", [*codes, *codes]):
                n_events[r["actor"]] = r["n"]
        items = [{"actor": r["actor"], "canonical": names.get(r["actor"]), "n_articles": r["n_articles"],
                  "n_events": n_events.get(r["actor"], 0)} for r in rows]
        return Page(int(total), items, limit, offset)

    def actor(self, code: str) -> dict[str, Any] | None:
        conn = self._conn()
        cond, vals = _prefix("actor", code)
        rows = conn.execute(
            f"SELECT actor, canonical, COUNT(DISTINCT article_id) AS n FROM ({self._MENTIONS})"
            f" WHERE {cond} GROUP BY actor, canonical ORDER BY n DESC", vals).fetchall()
        if not rows:
            return None
        names = [{"actor": r["actor"], "canonical": r["canonical"], "n_articles": r["n"]} for r in rows]
        n_articles = conn.execute(
            f"SELECT COUNT(DISTINCT article_id) FROM ({self._MENTIONS}) WHERE {cond}", vals).fetchone()[0]
        e_cond, e_vals = _prefix("e.actor", code)
        mentions = [dict(r) for r in conn.execute(
            'SELECT e.article_id, e.start, e."end", e.text, e.actor, e.canonical, a.title FROM entity e'
            f" JOIN article a ON a.id = e.article_id WHERE {e_cond}"
            " ORDER BY a.published DESC LIMIT 20", e_vals)]
        events = self.events(EventQuery(actor=code, limit=1))
        (s_cond, s_vals), (t_cond, t_vals) = _prefix("source_actor", code), _prefix("target_actor", code)
        partners = [dict(r) for r in conn.execute(
            "SELECT other, COUNT(DISTINCT merge_key) AS n_events FROM ("
            f" SELECT target_actor AS other, merge_key FROM event WHERE {s_cond}"
            f" UNION ALL SELECT source_actor, merge_key FROM event WHERE {t_cond})"
            " WHERE other IS NOT NULL GROUP BY other ORDER BY n_events DESC LIMIT 20", [*s_vals, *t_vals])]
        return {"code": code.upper(), "names": names, "n_articles": n_articles, "n_events": events.total,
                "mentions": mentions, "partners": partners}

    def stories(self, limit: int = 20, offset: int = 0, min_size: int = 2) -> Page:
        limit, offset = _clamp(limit, offset)
        conn = self._conn()
        return self._cached(("stories", limit, offset, min_size), conn,
                            lambda: self._stories(conn, limit, offset, min_size))

    def _stories(self, conn: sqlite3.Connection, limit: int, offset: int, min_size: int) -> Page:
        total = conn.execute("SELECT COUNT(*) FROM (SELECT story_id FROM article GROUP BY story_id"
                             " HAVING COUNT(*) >= ?)", (min_size,)).fetchone()[0]
        rows = conn.execute(
            "SELECT story_id, COUNT(*) AS n_articles, COUNT(DISTINCT COALESCE(site, id)) AS n_sources,"
            " MIN(published) AS first, MAX(published) AS last FROM article GROUP BY story_id HAVING COUNT(*) >= ?"
            " ORDER BY n_articles DESC, last DESC LIMIT ? OFFSET ?", (min_size, limit, offset)).fetchall()
        items = []
        for r in rows:
            members = [dict(m) for m in conn.execute(
                "SELECT id, title, site, url, published, similarity FROM article WHERE story_id = ?"
                " ORDER BY published, num", (r["story_id"],))]
            items.append({**dict(r), "title": members[0]["title"] if members else "", "articles": members,
                          "sources": sorted({m["site"] for m in members if m["site"]})})
        return Page(int(total), items, limit, offset)

    def stats(self) -> dict[str, Any]:
        conn = self._conn()
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM article"),
            "stories": one("SELECT COUNT(DISTINCT story_id) FROM article"),
            "sites": [dict(r) for r in conn.execute(
                "SELECT site, COUNT(*) AS n FROM article GROUP BY site ORDER BY n DESC LIMIT 50")],
            "entities": one("SELECT COUNT(*) FROM entity"),
            "timexes": one("SELECT COUNT(*) FROM timex"),
            "quotes": one("SELECT COUNT(*) FROM quote"),
            "events": one("SELECT COUNT(*) FROM event"),
            "merged_events": one("SELECT COUNT(DISTINCT merge_key) FROM event"),
            "first": one("SELECT MIN(published) FROM article"),
            "last": one("SELECT MAX(published) FROM article"),
        }

    def pipelines(self) -> dict[str, str]:
        """Each stored article's pipeline column (id -> "marsad VERSION: stage,stage,..."), in one query."""
        return {str(r[0]): str(r[1]) for r in self._conn().execute("SELECT id, pipeline FROM article")}

    def raw_inputs(self) -> Iterator[RawInput]:
        conn = self._conn()
        ids = [r[0] for r in conn.execute("SELECT id FROM raw ORDER BY rowid")]
        for rid in ids:
            r = conn.execute("SELECT name, data, published, url, crawled FROM raw WHERE id = ?", (rid,)).fetchone()
            if r is not None:
                yield RawInput(r["name"], bytes(r["data"]), r["published"], r["url"], r["crawled"])
