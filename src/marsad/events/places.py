"""Where an event happened: "في X", "على الحدود مع X" after the trigger, linked to a country and coordinates.

Coordinates come from `data/events/places.json` (country centroids from the mledoze country list,
built by scripts/build_places.py). The shared data hold no city coordinates, so a city keeps its name
and country without coordinates (`capitals` stays empty until a source with coordinates is added).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from marsad.article import Article, Place, Span
from marsad.events.actors import Group
from marsad.events.clauses import Sentence
from marsad.resources import load_json

PLACE_PREPS = ("في", "وفي", "داخل", "قرب", "بالقرب")
BORDER = ("الحدود", "حدود")


@cache
def gazetteer() -> dict[str, Any]:
    try:
        data: dict[str, Any] = load_json("events", "places.json")
    except (OSError, ValueError):
        return {"countries": {}, "capitals": {}}
    return data


def place_of(art: Article, s: Sentence, i: int, end: int, source: Group | None, target: Group | None) -> Place | None:
    """The place the clause names for the event at token i (None when it names none)."""
    norms = s.norms
    for j in range(i + 1, min(end + 1, len(norms))):
        w = norms[j]
        g = None
        if w in PLACE_PREPS:
            g = s.group_starting(j + 1)
        elif w in BORDER and j + 2 < len(norms) and norms[j + 1] == "مع":
            g = s.group_starting(j + 2)
        if g is None or g is source or g is target:
            continue
        head = g.head
        if head.kind not in ("GPE", "LOC"):
            continue
        return _place(head.start, head.end, head.text, head.code, head.canonical)
    return None


def _place(start: int, end: int, text: str, code: str, canonical: str | None) -> Place:
    gaz = gazetteer()
    country = code[:3] if code[:3].isalpha() and code[:3] not in ("IGO", "WST", "NGO") else None
    lat = lon = None
    name = canonical
    if canonical and canonical in gaz["capitals"]:
        lat, lon = gaz["capitals"][canonical]
    elif country and country in gaz["countries"] and (canonical is None or canonical == gaz["countries"][country][2]):
        lat, lon, name = gaz["countries"][country]
    return Place(Span(start, end, text), country, name, lat, lon)
