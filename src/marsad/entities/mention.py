"""The working record of a mention while the entity passes run, and the helpers every pass uses.

Each pass of `stage.tag_entities` takes the mentions found so far (`_Found`: a token range, type, actor code,
registry link and how the mention was found) and returns them changed, fewer or more:
1. Token indices are positions in `tokens_of(art)`; `_covered` gives those some mention holds already.
2. `cut` counts the source characters of a leading proclitic left out of a span ("ل" of "لروسيا"), measured on
   the surface by `_char_cut`; `_bare_first` is a mention's first word without it.
3. `_country_of` reads the country from an actor code ("EGYGOV" -> EGY) when the registry has that country.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.clean.normalize import normalize
from marsad.entities.registry import Actor, Registry
from marsad.language.tokens import Token


@dataclass
class _Found:
    start: int  # token index
    end: int
    type: str
    actor: str | None
    canonical: str | None
    entity_id: str | None
    origin: str
    person: Actor | None = None
    cut: int = 0  # source characters of a leading proclitic left out of the span ("ل" of "لروسيا")
    role: str | None = None  # for an institution named without its country: the role to add to it
    office: _Found | None = None  # for a person: the body whose office his title names, when it named no country


def _covered(found: list[_Found]) -> set[int]:
    """Token indices some found mention already covers."""
    return {i for f in found for i in range(f.start, f.end)}


def _char_cut(tok: Token, norm_prefix_len: int) -> int:
    """Source characters covering the first `norm_prefix_len` normalised characters of a token."""
    from marsad.clean.normalize import fold_char

    seen = 0
    for k, ch in enumerate(tok.text):
        folded = fold_char(ch)
        # the marks after the clitic's last letter (its diacritics, a tatweel) stay with the clitic: the span
        # starts on the stem's first letter, never on a mark cut from its letter
        if seen == norm_prefix_len and folded:
            return k
        seen += len(folded)
    return 0


def _bare_first(toks: list[Token], norms: list[str], f: _Found) -> str:
    """The normalised first word of a mention without the clitic its span leaves out (the cut counts characters of
    the surface, so the word is normalised again)."""
    return normalize(toks[f.start].text[f.cut:]) if f.cut else norms[f.start]


def _country_of(code: str | None, reg: Registry) -> str | None:
    """The country an actor code starts with ("EGYGOV" -> EGY), when the registry knows it as a country."""
    if not code or len(code) < 3:
        return None
    actor = reg.actors.get(code[:3])
    return actor.id if actor is not None and actor.kind == "country" else None
