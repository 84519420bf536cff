"""The store of analysed articles: SQLite today, behind the `Store` protocol.

    >>> from marsad.store import open_store
    >>> store = open_store("out/marsad.db")
    >>> store.articles(ArticleQuery(q="صاروخ")).total
"""

from __future__ import annotations

from pathlib import Path

from marsad.store.base import ArticleQuery, EventQuery, Page, RawInput, Store

DEFAULT_DB = "out/marsad.db"


def open_store(path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> Store:
    """The store at `path` (a SQLite file, created and migrated unless `readonly`)."""
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(path, readonly=readonly)


__all__ = ["ArticleQuery", "EventQuery", "Page", "RawInput", "Store", "open_store", "DEFAULT_DB"]
