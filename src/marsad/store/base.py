"""The store interface: what the CLI, the API and the web page may ask of a store.

`SQLiteStore` is the one implementation today; a server database can follow
by implementing the same `Store` protocol. Queries are plain dataclasses so
the API validates them once and every implementation receives the same thing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from marsad.article import Article

MAX_LIMIT = 200


@dataclass(frozen=True)
class RawInput:
    """One input as it was given: the page bytes and what the caller knew about it."""

    name: str
    data: bytes
    published: str | None = None
    url: str | None = None
    crawled: str | None = None  # when a crawler saw the page (WARC-Date): a page-date candidate, not publication


@dataclass(frozen=True)
class ArticleQuery:
    """Articles matching a search text and filters; every field is optional."""

    q: str | None = None
    actor: str | None = None  # CAMEO code or prefix: "RUS" matches RUSGOV, RUSMIL...
    code: str | None = None  # CAMEO event code or prefix: "19" matches 190..196
    since: str | None = None  # ISO date, inclusive
    until: str | None = None
    status: str | None = None  # event status: asserted, reported, alleged, denied, ...
    site: str | None = None
    story: str | None = None
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True)
class EventQuery:
    """Merged events matching filters; `actor` matches either side, `dyad` both sides of a pair."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None
    status: str | None = None
    site: str | None = None
    article: str | None = None
    min_confidence: float | None = None  # only reports whose event confidence is at least this
    method: str | None = None  # only reports coded so: "rules" or "learned" (`marsad ingest --learned-events`)
    limit: int = 50
    offset: int = 0


@dataclass
class Page:
    """One page of results and the total count behind it."""

    total: int
    items: list[dict[str, Any]] = field(default_factory=list)
    limit: int = 20
    offset: int = 0

    def json(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


@runtime_checkable
class Store(Protocol):
    """A store of analysed articles: one writer, many readers."""

    def add(self, art: Article, raw: RawInput | None = None, *, replace: bool = False) -> bool:
        """Store an analysed article in one transaction; False when it was already there."""
        ...

    def has(self, article_id: str) -> bool: ...

    def count(self) -> int: ...

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The article's record with its story, or None."""
        ...

    def articles(self, query: ArticleQuery) -> Page: ...

    def events(self, query: EventQuery) -> Page:
        """Events merged across articles, each with its articles, sources and evidence."""
        ...

    def timeline(self, query: EventQuery) -> list[dict[str, Any]]:
        """Per-date event counts and mean Goldstein score for the events matching `query`."""
        ...

    def actors(self, q: str | None = None, limit: int = 50, offset: int = 0) -> Page: ...

    def actor(self, code: str) -> dict[str, Any] | None: ...

    def stories(self, limit: int = 20, offset: int = 0, min_size: int = 2) -> Page: ...

    def stats(self) -> dict[str, Any]: ...

    def raw_inputs(self) -> Iterator[RawInput]:
        """Every stored input, for re-analysis after an upgrade."""
        ...

    def close(self) -> None: ...
