"""The CAMEO codebook shipped as data (`data/events/codebook.json`, see its PROVENANCE.md)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.resources import load_json


@dataclass(frozen=True)
class Code:
    """One CAMEO event code with what marsad reports about it."""

    code: str
    label: str
    root: str
    goldstein: float | None
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None


@cache
def codebook() -> dict[str, Code]:
    """Every CAMEO code (roots, 3- and 4-digit codes) by its string."""
    raw = load_json("events", "codebook.json")["codes"]
    out = {}
    for code, c in raw.items():
        pl = c["plover"]
        out[code] = Code(code, c["label"], c["root"], c["goldstein"], c["quad_class"], pl["event"], pl["mode"], pl["context"])
    return out


def lookup(code: str) -> Code:
    """The entry for a code; an unknown code falls back to its root, then raises KeyError."""
    book = codebook()
    return book.get(code) or book[code[:2]]
