"""An `Article` rebuilt from its JSON record, so analyses made elsewhere (Spark) enter the store as they are.

`article_from_record(to_record(art), art.raw)` gives an article whose record
is `to_record(art)` again: `tests/corpus/test_records.py` checks that on real
pages, so a field added to the record without being read back here shows up
as a failing test rather than as a silent loss.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from typing import Any

from marsad.article import (
    Article,
    Block,
    Claim,
    DateEvidence,
    Dates,
    Entity,
    Event,
    EventActor,
    PageDate,
    Place,
    Publication,
    Quote,
    Section,
    Source,
    Span,
    Speaker,
    Timex,
)


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(int(d["start"]), int(d["end"]), d["text"]) if d else None


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = {k: str(v) for k, v in typing.get_type_hints(cls).items()}
    return hints


_HINTS: dict[type, dict[str, Any]] = {}
_NESTED: dict[str, type] = {"Speaker": Speaker, "EventActor": EventActor, "Place": Place}


def build(cls: type, d: dict[str, Any]) -> Any:
    """A fact dataclass from its JSON: a `span` field from the flat start/end/text, every other field by name.

    Reading fields by name (rather than a list kept here) keeps up with fields
    other stages add to the facts, as long as `json()` writes them under their
    own names.
    """
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if f.name == "span" and "Span" in hint:
            if "start" in d and "end" in d and ("text" in d):
                kwargs["span"] = Span(int(d["start"]), int(d["end"]), d["text"])
            elif "None" in hint:
                kwargs["span"] = None
            continue
        if f.name not in d:
            continue
        value = d[f.name]
        if isinstance(value, dict):
            nested = next((t for name, t in _NESTED.items() if name in hint), None)
            if nested is not None:
                value = build(nested, value)
            elif "Span" in hint:
                value = _span(value)
        elif isinstance(value, list):
            value = list(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _page_date(d: dict[str, Any] | None) -> PageDate | None:
    return PageDate(d.get("value"), d.get("text") or "", d.get("origin") or "") if d else None


def _publication(d: dict[str, Any] | None) -> Publication | None:
    if not d:
        return None
    return Publication(d.get("value"), float(d.get("confidence") or 0.0), bool(d.get("conflict")),
                       [DateEvidence(build(Span, e), e.get("why") or "") for e in d.get("evidence") or []],
                       origin=d.get("origin") or "", why=d.get("why") or "")


def _event(d: dict[str, Any]) -> Event:
    plover = d.get("plover") or {}
    ev: Event = build(Event, {**d, "plover_event": plover.get("event"), "plover_mode": plover.get("mode")})
    return ev


def article_from_record(record: dict[str, Any], raw: bytes, *, published: str | None = None,
                        decoded: str | None = None) -> Article:
    """The article a record describes; `raw` is the input it was made from (its hash is the record id)."""
    src = record.get("source") or {}
    art = Article(raw=raw, source=Source(src.get("path"), src.get("url"), src.get("site")),
                  encoding=record.get("encoding") or "utf-8", decoded=decoded or "",
                  media_type=record.get("media_type") or "text/plain", published=published)
    art.text = record.get("text") or ""
    art.language = record.get("language") or "ar"
    art.sections = [Section(s["kind"], int(s["start"]), int(s["end"])) for s in record.get("sections") or []]
    art.paragraphs = [Span.of(art.text, int(p["start"]), int(p["end"])) for p in record.get("paragraphs") or []]
    art.photo_credit = record.get("photo_credit")
    art.credits = list(record.get("credits") or [])
    art.removed = list(record.get("removed") or [])
    art.dateline = _span(record.get("dateline"))
    if record.get("byline"):
        art.meta["byline"] = record["byline"]
    dates = record.get("dates") or {}
    art.dates = Dates(page=_page_date(dates.get("page")),
                      candidates=[c for c in (_page_date(c) for c in dates.get("candidates") or []) if c],
                      publication=_publication(dates.get("publication")))
    art.timexes = [build(Timex, t) for t in record.get("timexes") or []]
    art.entities = [build(Entity, e) for e in record.get("entities") or []]
    art.quotes = [build(Quote, q) for q in record.get("quotes") or []]
    art.claims = [build(Claim, c) for c in record.get("claims") or []]
    art.events = [_event(e) for e in record.get("events") or []]
    art.blocks = [Block(art.text)] if art.text else []
    _read_added_fields(art, record)
    return art


# record keys read above, or derived from other fields (title, lead, caption from sections)
KNOWN = frozenset({"schema", "id", "source", "language", "encoding", "media_type", "text", "sections", "paragraphs",
                   "title", "lead", "caption", "photo_credit", "credits", "dateline", "byline", "removed", "dates",
                   "timexes", "entities", "quotes", "claims", "events"})


def _read_added_fields(art: Article, record: dict[str, Any]) -> None:
    """Record fields a later stage added under its Article attribute's name: plain values, or facts by name."""
    import marsad.article as model

    hints = _hints(Article)
    for key, value in record.items():
        if key in KNOWN or key not in hints:
            continue
        fact = next((getattr(model, n) for n in re.findall(r"\b([A-Z]\w+)\b", hints[key])
                     if dataclasses.is_dataclass(getattr(model, n, None))), None)
        if fact is not None and isinstance(value, list):
            value = [build(fact, v) if isinstance(v, dict) else v for v in value]
        elif fact is not None and isinstance(value, dict):
            value = build(fact, value)
        setattr(art, key, value)
