"""English canonical names of mentions the registry does not name (step 7 of `stage.tag_entities`).

1. `_romanize_pass`: people the registry does not know get a name spelled from their Arabic words
   (`translit.romanize`); their entity id stays None, which marks the name as a transliteration.
2. `_body_name_pass`: bodies the registry does not name ("وزارة التجارة والصناعة", "وزارة الداخلية المصرية")
   get the English name their words give (`bodies.english_name`); a registry body keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.entities.bodies import english_name
from marsad.entities.mention import _bare_first, _Found
from marsad.entities.registry import Registry
from marsad.entities.translit import romanize
from marsad.language.tokens import Token

# The id of a body named by what it is and its country ("EGY:GOV" for "وزارة الداخلية المصرية").
AGENT_ID = re.compile(r"[A-Z]{3}:[A-Z]{3}")
# Demonyms the press writes shorter than the country table ("Saudi Arabian" -> "Saudi").
SHORT_DEMONYMS = {"Saudi Arabian": "Saudi"}


def _romanize_pass(toks: list[Token], found: list[_Found]) -> list[_Found]:
    """People the registry does not know get an English name spelled from their Arabic words (`translit`);
    their entity id stays None, which tells a reader the name is a transliteration, not a registry name."""
    for f in found:
        if f.type == "PER" and f.canonical is None and f.entity_id is None:
            words = [toks[f.start].text[f.cut:]] + [t.text for t in toks[f.start + 1:f.end]]
            f.canonical = romanize(words, (f.actor or "")[:3] or None)
    return found


def _body_name_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """Bodies the registry does not name ("وزارة التجارة والصناعة", "وزارة الداخلية المصرية", found by their head
    or as an agent phrase labelled "Egyptian government") get the English name their words give (`bodies`)."""

    def place(words: Sequence[str]) -> str | None:
        return next((a.canonical for a in reg.find(" ".join(words)) if a.type in ("GPE", "LOC")), None)

    def demonym(word: str) -> str | None:
        end, iso = reg.adjective_at([word], 0)
        country = reg.actors.get(iso) if iso is not None and end == 1 else None
        who = country.demonym if country is not None else None
        return SHORT_DEMONYMS.get(who, who) if who else None

    for f in found:
        if f.type != "ORG" or (f.entity_id is not None and not AGENT_ID.fullmatch(f.entity_id)):
            continue  # a registry body keeps its own name
        words = [_bare_first(toks, norms, f)] + norms[f.start + 1:f.end]
        name = english_name(words, place, demonym)
        if name is not None:
            f.canonical = name
    return found
