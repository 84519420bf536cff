"""The Parquet tables of a corpus run, and reading them back into the store.

`marsad spark IN... --out DIR` writes one folder per table under DIR:
- `articles`: one row per analysed article: `id` (the record id, sha256 of
  the input), the input as given (`name`, `raw`, `published`, `url`,
  `crawled`), the full JSON `record`, and columns for filtering (`title`,
  `site`, `date`, counts);
- `entities`, `quotes`, `events`: one row per fact, keyed by `article_id` and
  `idx` (its position in the record), with its evidence offsets; an event's
  `date` is its own, else the article's (as the store files it);
- `problems`: one row per input skipped or failed, with the reason.
`marsad ingest DIR` (or `DIR/articles`) stores the articles as analysed,
without running the pipeline again. Reading needs pyarrow (`marsad[spark]`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from marsad.article import Article
from marsad.errors import InputError
from marsad.record import to_record
from marsad.store.base import RawInput

TABLES = ("articles", "entities", "quotes", "events", "problems")

# column name -> Spark SQL type, in order; the Spark job builds its schemas from these
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (("id", "string"), ("name", "string"), ("url", "string"), ("site", "string"),
                 ("published", "string"), ("crawled", "string"), ("date", "string"), ("title", "string"),
                 ("n_entities", "int"), ("n_quotes", "int"), ("n_events", "int"), ("record", "string"),
                 ("raw", "binary"), ("pipeline", "string")),
    "entities": (("article_id", "string"), ("idx", "int"), ("start", "int"), ("end", "int"), ("text", "string"),
                 ("type", "string"), ("actor", "string"), ("canonical", "string"), ("entity_id", "string")),
    "quotes": (("article_id", "string"), ("idx", "int"), ("start", "int"), ("end", "int"), ("text", "string"),
               ("kind", "string"), ("speaker", "string"), ("speaker_actor", "string"), ("status", "string")),
    "events": (("article_id", "string"), ("idx", "int"), ("source_actor", "string"), ("source_name", "string"),
               ("target_actor", "string"), ("target_name", "string"), ("code", "string"), ("root", "string"),
               ("label", "string"), ("goldstein", "double"), ("quad_class", "int"), ("date", "string"),
               ("status", "string"), ("ev_start", "int"), ("ev_end", "int"), ("ev_text", "string"),
               ("method", "string")),
    "problems": (("name", "string"), ("kind", "string"), ("reason", "string"), ("message", "string")),
}


def rows_of(art: Article, raw: RawInput) -> dict[str, list[tuple[Any, ...]]]:
    """The rows an analysed article adds to each table (in `COLUMNS` order)."""
    from marsad.store.dedup import event_key
    from marsad.store.sqlite import published_of

    record = to_record(art)
    aid = art.id
    date = published_of(art)
    article = (aid, raw.name, art.source.url, art.source.site, raw.published, raw.crawled, date,
               art.title, len(art.entities), len(art.quotes), len(art.events),
               json.dumps(record, ensure_ascii=False), art.raw, ",".join(art.stages))
    entities = [(aid, i, e.span.start, e.span.end, e.span.text, e.type, e.actor, e.canonical, e.entity_id)
                for i, e in enumerate(art.entities)]
    quotes = [(aid, i, q.span.start, q.span.end, q.span.text, q.kind,
               (q.speaker.canonical or q.speaker.text) if q.speaker else None,
               q.speaker.actor if q.speaker else None, q.status) for i, q in enumerate(art.quotes)]
    events = [(aid, i, e.source.actor if e.source else None, e.source.canonical if e.source else None,
               e.target.actor if e.target else None, e.target.canonical if e.target else None,
               e.code, e.root, e.label, float(e.goldstein) if e.goldstein is not None else None, e.quad_class,
               event_key(e, date).date, e.status, e.evidence.start, e.evidence.end, e.evidence.text, e.method)
              for i, e in enumerate(art.events)]
    return {"articles": [article], "entities": entities, "quotes": quotes, "events": events}


def parquet_articles(path: str | Path, on_error: Callable[[InputError], None],
                     batch_rows: int = 256) -> Iterator[tuple[Article, RawInput]]:
    """The analysed articles of an `articles` table (a Parquet file or a folder of parts), in batches."""
    from marsad.corpus.records import article_from_record

    name = str(path)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        on_error(InputError(name, "reading Parquet needs pyarrow: pip install 'marsad[spark]'"))
        return
    p = Path(path)
    files = sorted(p.glob("*.parquet")) if p.is_dir() else [p]
    for f in files:
        try:
            reader = pq.ParquetFile(f)
            missing = {"id", "record", "raw"} - set(reader.schema_arrow.names)
            if missing:
                on_error(InputError(str(f), f"not a marsad articles table (no {', '.join(sorted(missing))} column)"))
                continue
            for batch in reader.iter_batches(batch_size=batch_rows):
                for row in batch.to_pylist():
                    try:
                        record = json.loads(row["record"])
                        raw = RawInput(row.get("name") or row["id"], row["raw"], row.get("published"),
                                       row.get("url"), crawled=row.get("crawled"))
                        art = article_from_record(record, raw.data, published=raw.published)
                    except (ValueError, KeyError, TypeError) as err:
                        on_error(InputError(f"{f}:{row.get('id')}", f"unreadable article row ({err})"))
                        continue
                    if art.id != row["id"]:
                        on_error(InputError(f"{f}:{row['id']}", "the row's raw input does not hash to its id"))
                        continue
                    if raw.crawled:
                        art.meta["crawled"] = raw.crawled
                    # the stages that analysed it (tables written before this column: the default pipeline's)
                    art.stages = [s for s in (row.get("pipeline") or "").split(",") if s]
                    yield art, raw
        except (OSError, ValueError) as err:
            on_error(InputError(str(f), f"not a readable Parquet file ({err})"))
