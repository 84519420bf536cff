"""Places by rule (steps 5 and 8 of `stage.tag_entities`).

1. `_province_pass`: places listed after "محافظة/محافظات" (and the places coordinated with them) are provinces,
   LOC with the country of the list; one governorate alone is its seat ("بمحافظة ماردين").
2. `_compass_pass`: a compass word before a region or a continent names a region of its own ("غرب أفريقيا"); before
   a country or a city it only says where ("شرق لبنان").
3. `_place_word_pass`: a word that says what a known place is ("مدينة عدن", "محافظة لحج") is left out of its name,
   unless the article also names the place bare.
"""

from __future__ import annotations

from marsad.clean.normalize import normalize
from marsad.entities.mention import _char_cut, _covered, _Found
from marsad.entities.namewords import PLACE_WORDS
from marsad.entities.registry import Registry
from marsad.entities.registry import splits as clitic_splits
from marsad.language.tokens import Token

# Words before a list of places that makes them provinces, not cities ("بمحافظات القاهرة والجيزة ودمياط").
PROVINCE_WORDS = frozenset(normalize(w) for w in ("محافظة", "محافظات", "ولاية", "ولايات", "مقاطعة", "مقاطعات",
                                                  "إقليم", "أقاليم"))
PROVINCE_PLURALS = frozenset(normalize(w) for w in ("محافظات", "ولايات", "مقاطعات", "أقاليم"))
COMPASS = frozenset(normalize(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))


def _province_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """Places named after "محافظة/محافظات" (and the places coordinated with them) are provinces: LOC, with the
    country of the list; an unknown word coordinated inside the list is one too ("والغربية")."""
    at = {f.start: f for f in found}
    taken = _covered(found)
    out = list(found)
    for i in range(1, len(norms)):
        f = at.get(i)
        if f is None or f.type != "GPE" or not any(stem in PROVINCE_WORDS for _, stem in clitic_splits(norms[i - 1])):
            continue
        iso = (f.actor or "")[:3] or None
        j = f.end
        listed = any(stem in PROVINCE_PLURALS for _, stem in clitic_splits(norms[i - 1])) or (
            j < len(norms) and norms[j].startswith("و") and at.get(j) is not None)
        if not listed:
            continue  # "بمحافظة ماردين": one governorate named after its seat is read as the place itself
        f.type = "LOC"
        while j < len(norms) and norms[j].startswith("و") and len(norms[j]) > 3:
            g = at.get(j)
            if g is not None and g.type in ("GPE", "LOC") and g.end - g.start == 1 and (g.actor or "")[:3] == iso:
                g.type = "LOC"
            elif g is None and j not in taken and norms[j][1:].startswith("ال") and j + 1 < len(norms) \
                    and norms[j + 1].startswith("و") and at.get(j + 1) is not None:
                out.append(_Found(j, j + 1, "LOC", iso, None, None, "context", None, _char_cut(toks[j], 1)))
            else:
                break
            j += 1
    return out


def _compass_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """A compass word before a region or a continent names a region of its own ("غرب أفريقيا", "جنوب شرق آسيا",
    "شمال سيناء"), with the code of the whole; before a country or a city it only says where ("شرق لبنان")."""
    taken = _covered(found)
    for f in found:
        if f.type != "LOC" or f.origin != "registry" or f.cut or f.end - f.start > 3:
            continue
        k, pre = f.start, 0
        while k > 0 and f.start - k < 2 and (k - 1) not in taken and pre == 0:
            reading = next(((p, st) for p, st in clitic_splits(norms[k - 1]) if st in COMPASS), None)
            if reading is None:
                break
            k, pre = k - 1, len(reading[0])
        if k < f.start:
            f.start, f.cut, f.canonical, f.entity_id = k, _char_cut(toks[k], pre) if pre else 0, None, None
    return found


def _place_word_pass(norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"مدينة عدن"، "دولة الكويت": a known place's name is its own, the word before says what it is; a place the
    article also names bare keeps that word where it has it, so both forms are listed."""
    bare = {f.entity_id for f in found if f.type in ("GPE", "LOC") and f.entity_id
            and not any(st in PLACE_WORDS for _, st in clitic_splits(norms[f.start]))}
    for f in found:
        if f.type in ("GPE", "LOC") and f.end - f.start >= 2 and f.start + 1 < len(norms) and f.entity_id not in bare \
                and any(st in PLACE_WORDS for _, st in clitic_splits(norms[f.start])) and any(
                    x.type in ("GPE", "LOC") for x in reg.find(" ".join(norms[f.start + 1:f.end]))):
            f.start, f.cut = f.start + 1, 0
    return found
