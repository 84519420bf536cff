"""Filters that drop false mentions (steps 2 and 8 of `stage.tag_entities`).

1. `_compound_pass`: a country's name inside a common noun is no mention of it ("جوز الهند", coconut).
2. `_statement_pass`: "بيان المنظمة الصحفي": an institution found as a body and a statement's adjective is the
   body named before, which the short-form pass finds.
3. `_currency`: a currency after an amount ("945 مليون ريال") is no club or country, whatever the recogniser read.
"""

from __future__ import annotations

from marsad.clean.normalize import normalize
from marsad.entities.mention import _Found
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.short_forms import STATEMENT_WORDS

# Nouns that make a country's name after them part of a common noun ("جوز الهند", coconut).
COMMON_COMPOUND_HEADS = frozenset(normalize(w) for w in ("جوز", "الجوز"))
# Currencies after an amount ("945 مليون ريال") are no club or country, whatever the recogniser read.
CURRENCIES = frozenset(normalize(w) for w in ("ريال", "ريالا", "ريالات", "دولار", "دولارا", "دولارات", "يورو",
                                              "جنيه", "جنيها", "درهم", "درهما", "دينار", "دينارا", "ليرة", "روبية",
                                              "ين", "يوان", "فرنك", "روبل", "استرليني"))
AMOUNT_WORDS = frozenset(normalize(w) for w in ("مليون", "مليار", "ألف", "آلاف", "ملايين", "مليارات", "تريليون"))


def _compound_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """A country's name inside a common noun is no mention of it: "جوز الهند" (coconut, "the Indian nut")."""
    return [f for f in found if not (f.type == "GPE" and f.start > 0 and f.cut == 0 and any(
        st in COMMON_COMPOUND_HEADS for _, st in clitic_splits(norms[f.start - 1])))]


def _currency(norms: list[str], f: _Found) -> bool:
    if f.origin != "model" or f.end - f.start != 1 or norms[f.start] not in CURRENCIES or f.start == 0:
        return False
    prev = norms[f.start - 1]
    return prev.isdigit() or prev in AMOUNT_WORDS or prev[:1].isdigit()


def _statement_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """"بيان المنظمة الصحفي": the adjective is the statement's; "المنظمة" alone is the body named before, which
    the short-form pass finds."""
    return [f for f in found if not (f.type == "ORG" and f.origin == "pattern" and f.end - f.start == 2
                                     and norms[f.end - 1] in STATEMENT_WORDS)]
