"""The JSON record of an article: schema `marsad.article/1` (see docs/OUTPUT.md)."""

from __future__ import annotations

import json
from typing import Any

from marsad.article import Article

SCHEMA = "marsad.article/1"


def to_record(art: Article) -> dict[str, Any]:
    """The article as the public record; field names are a contract, add but never rename."""
    page = art.dates.page
    pub = art.dates.publication
    return {
        "schema": SCHEMA,
        "id": art.id,
        "source": {"path": art.source.path, "url": art.source.url, "site": art.source.site},
        "language": art.language,
        "encoding": art.encoding,
        "media_type": art.media_type,
        "text": art.text,
        "sections": [{"kind": s.kind, "start": s.start, "end": s.end} for s in art.sections],
        "paragraphs": [{"start": p.start, "end": p.end} for p in art.paragraphs],
        "title": art.title,
        "lead": art.lead,
        "caption": art.caption,
        "photo_credit": art.photo_credit,
        "credits": list(art.credits),
        "dateline": art.dateline.json() if art.dateline else None,
        "byline": art.meta.get("byline") or art.meta.get("author"),
        "removed": list(art.removed),
        "dates": {
            "page": {"value": page.value, "text": page.text, "origin": page.origin} if page else None,
            "candidates": [{"value": c.value, "text": c.text, "origin": c.origin} for c in art.dates.candidates],
            "publication": pub.json() if pub else None,
        },
        "timexes": [t.json() for t in art.timexes],
        "entities": [e.json() for e in art.entities],
        "quotes": [q.json() for q in art.quotes],
        "claims": [c.json() for c in art.claims],
        "events": [e.json() for e in art.events],
    }


def dumps(art: Article, *, indent: int | None = None) -> str:
    return json.dumps(to_record(art), ensure_ascii=False, indent=indent)
