"""Places by rule (steps 5 and 8 of `stage.tag_entities`).

1. `_province_pass`: places listed after "محافظة/محافظات" (and the places coordinated with them) are provinces,
   LOC with the country of the list; one governorate alone is its seat ("بمحافظة ماردين").
2. `_compass_pass`: a compass word before a region or a continent names a region of its own ("غرب أفريقيا"); before
   a country or a city it only says where ("شرق لبنان").
3. `_province_name_pass`: a province word before a place no list knows ("محافظة صامطة", "ولاية أوهاي") names a
   province or a state (GPE, the word kept in the span; the country comes from the context).
4. `_district_pass`: "مديرية" before one word that reads as a place's name is a district ("مديرية أرحب" -> GPE
   "أرحب", the country from the context), not a directorate; so is a district named in quotation marks, whatever its
   words ("مديرية «مشرعة وحدنان»", `_quoted_district`).
4b. `_quoted_place_pass`: the words in quotation marks after a word for a place of a kind ("مناطق «س وص»", "جبل
   «ع»") are places of that kind, one per item of a list.
4c. `_listed_place_pass`: the items of a list after a plural or dual word for places ("قرى س، وص", "محافظتي ع
   ول") are places, also those the name lists miss.
5. `_state_name_pass`: the word for a state's form before a country's name is part of it ("جمهورية تونس").
   `_place_word_pass`: a word that says what a known place is ("مدينة عدن", "محافظة لحج") is left out of its name,
   unless the article also names the place bare.
6. `_landmark_type_pass`: a name the recogniser read as a town but headed by a word for a landmark or a facility
   ("مطار بلاكبوش", "بحيرة السد", "معسكر الحمزة") is a place of another kind, LOC (`LANDMARK_TYPES`).
"""

from __future__ import annotations

from marsad.clean.normalize import normalize
from marsad.entities.mention import _bare_first, _char_cut, _covered, _Found
from marsad.entities.namewords import EDGE_STOP, PLACE_WORDS, QUANTIFIERS
from marsad.entities.registry import Registry
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import DEF_STOP, STOP, role_table
from marsad.language.tokens import Token

# Words before a list of places that makes them provinces, not cities ("بمحافظات القاهرة والجيزة ودمياط").
PROVINCE_WORDS = frozenset(normalize(w) for w in ("محافظة", "محافظات", "ولاية", "ولايات", "مقاطعة", "مقاطعات",
                                                  "إقليم", "أقاليم"))
PROVINCE_PLURALS = frozenset(normalize(w) for w in ("محافظات", "ولايات", "مقاطعات", "أقاليم"))
# Singular province words that start the name of a province or a state no list knows ("محافظة صامطة").
PROVINCE_HEADS = frozenset(normalize(w) for w in ("محافظة", "ولاية", "مقاطعة", "إقليم"))
# District words: before a place's name they say what it is ("مديرية أرحب"); "المديرية" with the article heads a
# directorate's name ("المديرية العامة للجوازات") and is left alone.
DISTRICT_HEADS = frozenset(normalize(w) for w in ("مديرية",))
# Round 10: "مديرية «مشرعة وحدنان»": a district named in quotation marks (as Yemeni news names them) is a place
# whatever its words, and its name is what the marks enclose (the institution pattern had read the head and the
# opening mark as a directorate's name).
DISTRICT_QUOTED = True
QUOTE = normalize("«")
# Round 10: "في مناطق «عابين وكرش»", "منطقة «معبر»", "جبل «صبر»": little-known places the news names in quotation
# marks after a word for a place of their kind; a list inside the marks is several places (`_quoted_place_pass`).
QUOTED_PLACES = True
QUOTED_PLACE_HEADS = {normalize(w): t for w, t in (
    ("منطقة", "GPE"), ("مناطق", "GPE"), ("منطقتي", "GPE"), ("قرية", "GPE"), ("قرى", "GPE"), ("بلدة", "GPE"),
    ("بلدات", "GPE"), ("مدينة", "GPE"), ("مدن", "GPE"), ("جبل", "LOC"), ("جبال", "LOC"), ("وادي", "LOC"))}
# Round 10b: "قرى سريحة، وذي سراج، ومقيبرة", "محافظتي أبين ولحج", "مناطق الصفراء وبرط": a plural or dual word for places of
# a kind before a list joined by "و" makes each item of the list a place, also one the name lists miss or guard as a
# common word (`_listed_place_pass`).
LISTED_PLACES = True
LIST_HEADS = frozenset(normalize(w) for w in (
    "قرى", "قريتي", "مناطق", "منطقتي", "بلدات", "بلدتي", "مدن", "مدينتي", "محافظات", "محافظتي", "مديريات",
    "مديريتي", "أحياء", "حيي"))
LIST_DUALS = frozenset(normalize(w) for w in ("قريتي", "منطقتي", "بلدتي", "مدينتي", "محافظتي", "مديريتي", "حيي"))
# "ذي سراج", "ذو ناعم": a place's name that starts with the genitive "ذو/ذي" ("the one of") is two words
DHU = frozenset(normalize(w) for w in ("ذي", "ذو"))
# Round 22: the word for a state's form before its name is part of the name, as the news writes a state formally
# ("جمهورية مصر العربية", "جمهورية تونس", "مملكة الأردن", "سلطنة عمان"), also after a title that holds the word
# ("رئيس جمهورية مصر"); "دولة" is left to `_place_word_pass`. Off, the country's name alone is read.
STATE_FORMS = True
STATE_FORM_WORDS = frozenset(normalize(w) for w in ("جمهورية", "مملكة", "سلطنة", "إمارة"))
# Round 23: a name headed by a word for a landmark or a facility is LOC (a place that is no polity), whatever type the
# recogniser gave it: "مطار بلاكبوش", "ممشى الضباب", "سجن الناصرية", "الجبل الأخضر" were GPE, as a town would be
# (`_landmark_type_pass`). The heads are the role table's "=LOC" heads and the words below; a registry place keeps
# its type. Off, the recogniser's type stays.
LANDMARK_TYPES = True
LANDMARK_HEADS = frozenset(normalize(w) for w in (
    "معسكر", "بحيرة", "ممشى", "حصن", "سجن", "قلعة", "جسر", "نهر", "ميناء", "كورنيش", "قاعدة", "ملعب", "فندق", "باب",
    "بوابة", "مسجد", "حرم", "ساحة", "برج", "منفذ", "معبر", "شاطئ", "خليج", "مضيق"))
# ... and, with the article only, "المنطقة": "المنطقة الغربية", "المنطقة القبلية" name regions ("منطقة X" without it
# names a Saudi province as often as a region).
DEFINITE_LANDMARK_HEADS = frozenset(normalize(w) for w in ("المنطقة",))
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


def _state_name_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"جمهورية مصر", "مملكة الأردن", "سلطنة عمان", "رئيس جمهورية تونس": the word for a state's form before a
    country's name is part of the name (`STATE_FORMS`)."""
    if not STATE_FORMS:
        return found
    taken = _covered(found)
    for f in found:
        if f.type != "GPE" or f.start == 0 or f.cut or (f.start - 1) in taken or not f.entity_id:
            continue
        country = reg.actors.get(f.entity_id)
        if country is None or country.kind != "country":
            continue
        reading = next(((p, st) for p, st in clitic_splits(norms[f.start - 1]) if st in STATE_FORM_WORDS), None)
        if reading is not None:
            f.start, f.cut = f.start - 1, _char_cut(toks[f.start - 1], len(reading[0])) if reading[0] else 0
            taken.add(f.start)
            whole, _ = reg.match(norms, f.start)
            if whole is not None and whole.entity_id == f.entity_id and whole.end > f.end \
                    and not any(k in taken for k in range(f.end, whole.end)):
                f.end = whole.end  # "رئيس جمهورية مصر العربية": the registry's formal name, read from its start
    return found


def _place_word_pass(norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"مدينة عدن"، "دولة الكويت": a known place's name is its own, the word before says what it is; a place the
    article also names bare keeps that word where it has it, so both forms are listed."""
    bare = {f.entity_id for f in found if f.type in ("GPE", "LOC") and f.entity_id and f.origin != "alias"
            and not any(st in PLACE_WORDS for _, st in clitic_splits(norms[f.start]))}
    for f in found:
        if f.type in ("GPE", "LOC") and f.end - f.start >= 2 and f.start + 1 < len(norms) and f.entity_id not in bare \
                and any(st in PLACE_WORDS for _, st in clitic_splits(norms[f.start])) and any(
                    x.type in ("GPE", "LOC") for x in reg.find(" ".join(norms[f.start + 1:f.end]))):
            f.start, f.cut = f.start + 1, 0
    return found


def _landmark_type_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """"مطار بلاكبوش", "بحيرة السد": a name of two words or more the registry does not know, read as a town (GPE)
    but headed by a word for a landmark or a facility, is LOC; its code stays (`LANDMARK_TYPES`)."""
    if not LANDMARK_TYPES:
        return found
    table = role_table()
    for f in found:
        if f.type != "GPE" or f.entity_id or f.end - f.start < 2:
            continue
        hit = table.find(table.heads, norms, f.start)
        if (hit is not None and hit.role == "=LOC") or any(
                st in LANDMARK_HEADS or st in DEFINITE_LANDMARK_HEADS
                or (st.startswith("ال") and st[2:] in LANDMARK_HEADS)
                for _, st in clitic_splits(norms[f.start])):
            f.type = "LOC"
    return found


def _placelike(w: str, reg: Registry, stats: dict[str, str], gazetteer: dict[str, str]) -> bool:
    """Whether a word after a province or district word reads as a place's name: a place in the name lists, or a
    word the news hardly uses, or one that follows place cues; a common word makes the head a noun."""
    if len(w) < 3 or not w[:1].isalpha() or w in STOP or w in DEF_STOP or w in EDGE_STOP \
            or w in QUANTIFIERS or reg.is_adjective(w) or w.startswith(("لل", "و")):
        return False
    bare = w[2:] if w.startswith("ال") else w
    flags = gazetteer.get(w, "") + gazetteer.get(bare, "")
    if "L" in flags:
        return True
    if flags:
        return False  # a given name, a title or an organisation word
    digits = stats.get(bare)
    return digits is None or (len(digits) == 5 and (int(digits[4]) <= 1 or int(digits[2]) >= 2))


def _district_pass(norms: list[str], reg: Registry, found: list[_Found], stats: dict[str, str],
                   gazetteer: dict[str, str]) -> list[_Found]:
    """"وفي مديرية أرحب شمال العاصمة": "مديرية" before one word that reads as a place's name is a district (as
    Yemen's are), a place, not a directorate; the word names it, the district word says what it is (as "محافظة
    لحج" -> "لحج"). A directorate's field is a common word ("مديرية الأمن", "مديرية التربية"), or several."""
    for f in found:
        if DISTRICT_QUOTED and _quoted_district(norms, f, reg):
            continue
        if f.type != "ORG" or f.origin != "pattern" or f.end - f.start != 2 or f.start + 1 >= len(norms):
            continue
        if not any(st in DISTRICT_HEADS for _, st in clitic_splits(norms[f.start])):
            continue
        if not _placelike(norms[f.start + 1], reg, stats, gazetteer):
            continue
        f.start, f.cut, f.type, f.actor, f.canonical, f.entity_id, f.role = f.start + 1, 0, "GPE", None, None, None, None
        known = next((x for x in reg.find(norms[f.start]) if x.type in ("GPE", "LOC")), None)
        if known is not None:  # "مديرية أرحب": a district the registry knows
            f.type, f.actor, f.canonical, f.entity_id = known.type, known.code, known.canonical, known.id
    return found


def _quoted_district(norms: list[str], f: _Found, reg: Registry) -> bool:
    """"مديرية «كتف»", "ومديرية «صبر الموادم»": a district word, an opening mark, one to three words and the closing
    mark make the words a place (GPE; its country comes from the context later, or from the registry when it
    knows the place). Changes `f` and says whether it did."""
    if f.type != "ORG" or f.origin != "pattern" or f.start + 3 >= len(norms) or norms[f.start + 1] != QUOTE:
        return False
    if not any(st in DISTRICT_HEADS for _, st in clitic_splits(norms[f.start])):
        return False
    close = next((k for k in range(f.start + 3, min(len(norms), f.start + 6)) if norms[k] == QUOTE), None)
    if close is None or not all(norms[k][:1].isalpha() for k in range(f.start + 2, close)):
        return False
    f.start, f.end, f.cut, f.type, f.actor, f.canonical, f.entity_id, f.role = \
        f.start + 2, close, 0, "GPE", None, None, None, None
    known = next((x for x in reg.find(" ".join(norms[f.start:f.end])) if x.type in ("GPE", "LOC")), None)
    if known is not None:
        f.type, f.actor, f.canonical, f.entity_id = known.type, known.code, known.canonical, known.id
    return True


def _quoted_place_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"في مناطق «عابين وكرش والحمراء»", "ومنطقة «معبر»", "في جبل «صبر»": a word for a place of a kind (with its
    clitics), an opening mark, one to six words and the closing mark: the words are places of that kind (GPE for
    areas, villages and towns, LOC for mountains and valleys), one per item of a list joined by "و"; the registry's
    place where it knows the item, else the context gives the country. Names the stage found already stay."""
    if not QUOTED_PLACES:
        return found
    owner = {i: f for f in found for i in range(f.start, f.end)}
    out = list(found)
    drop: set[int] = set()
    for i in range(len(norms) - 3):
        typ = next((t for p, st in clitic_splits(norms[i]) if (t := QUOTED_PLACE_HEADS.get(st))), None)
        if typ is None or norms[i + 1] != QUOTE:
            continue
        close = next((k for k in range(i + 3, min(len(norms), i + 9)) if norms[k] == QUOTE), None)
        if close is None or not all(norms[k][:1].isalpha() for k in range(i + 2, close)):
            continue
        head = owner.get(i)
        if head is not None and not (head.origin == "pattern" and head.type == "ORG" and head.end <= close):
            continue  # the head word is part of a name of its own
        if head is not None:
            drop.add(id(head))  # "منطقة «X" read as a body's name by the institution pattern
        items: list[list[int]] = [[i + 2]]
        for k in range(i + 3, close):
            if norms[k].startswith("و") and len(norms[k]) > 3:
                items.append([k])
            else:
                items[-1].append(k)
        for item in items:
            a, b = item[0], item[-1] + 1
            inside = [owner[k] for k in range(a, b) if k in owner and id(owner[k]) not in drop]
            if any(g.start < a or g.end > b or g.type in ("GPE", "LOC") and g.origin != "model" for g in inside):
                continue  # a registry place or a longer name is there already
            drop.update(id(g) for g in inside)
            cut = 1 if a != i + 2 else 0
            name = " ".join([norms[a][cut:], *norms[a + 1:b]])
            known = next((x for x in reg.find(name) if x.type in ("GPE", "LOC")), None)
            f = _Found(a, b, typ, None, None, None, "pattern", cut=_char_cut(toks[a], cut) if cut else 0)
            if known is not None:
                f.type, f.actor, f.canonical, f.entity_id = known.type, known.code, known.canonical, known.id
            out.append(f)
    return [f for f in out if id(f) not in drop]


def _listed_place_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found],
                       stats: dict[str, str], gazetteer: dict[str, str]) -> list[_Found]:
    """"واستعادت القوات قرى سريحة، وذي سراج، ومقيبرة", "في محافظتي أبين ولحج": a plural or dual word for places of a
    kind, then a list whose items are joined by "و" (a comma may stand before it): each item is a place. An item
    the stage found as a place stays; an item it missed is the registry's place where the list reads it (the word
    after "و": "ولحج" is "و" + "لحج", not "ول" + "حج") or, when it reads as a place's name (`_placelike`), a GPE whose
    country the context gives. The list ends at the first item that is neither; a dual names two items at most; a
    list of one item the registry does not know is left (the head is as often a common noun: "مناطق المملكة")."""
    if not LISTED_PLACES:
        return found
    heads = {w: st for w in set(norms) for _, st in clitic_splits(w) if st in LIST_HEADS}
    if not heads:
        return found
    owner = {i: f for f in found for i in range(f.start, f.end)}
    out = list(found)
    n = len(norms)
    for i in range(n - 1):
        head = heads.get(norms[i])
        if head is None or (i in owner and owner[i].end > i + 1):
            continue
        limit = 2 if head in LIST_DUALS else 8
        j, items, added = i + 1, 0, []
        while j < n and items < limit:
            k = j
            if items:
                if norms[k] in ("،", ",") and k + 1 < n:
                    k += 1
                if not (norms[k].startswith("و") and (len(norms[k]) > 3 or norms[k][1:] in DHU)):
                    break
            cut = 1 if items else 0
            g = owner.get(k)
            if g is not None:
                if g.start != k or g.type not in ("GPE", "LOC"):
                    break
                j, items = g.end, items + 1
                continue
            word = norms[k][cut:]
            end = k + 1
            if word in DHU and k + 1 < n and k + 1 not in owner and norms[k + 1][:1].isalpha() \
                    and norms[k + 1] not in STOP:
                end = k + 2  # the word after "ذي" may be a common noun: the two make the name
            name = " ".join([word, *norms[k + 1:end]])
            known = next((x for x in reg.find(name) if x.type in ("GPE", "LOC")), None)
            bare = word[2:] if word.startswith("ال") else word
            if known is None and end == k + 1 and (not _placelike(word, reg, stats, gazetteer) or bare in COMPASS
                                                   or bare in LIST_HEADS or bare in QUOTED_PLACE_HEADS
                                                   or bare in PROVINCE_WORDS):
                break  # ("مدن الشمال", "ومناطق أخرى": a compass word or another kind word names no place)
            f = _Found(k, end, "GPE", None, None, None, "pattern", cut=_char_cut(toks[k], cut) if cut else 0)
            if known is not None:
                f.type, f.actor, f.canonical, f.entity_id = known.type, known.code, known.canonical, known.id
            added.append(f)
            j, items = end, items + 1
        if items == 1 and added and added[0].entity_id is None:
            continue  # one word no list knows after "مناطق" is as often a common noun ("مناطق المملكة")
        for f in added:
            out.append(f)
            for k in range(f.start, f.end):
                owner[k] = f
    return out


def _province_name_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found],
                        stats: dict[str, str], gazetteer: dict[str, str]) -> list[_Found]:
    """"وكيل محافظة الحرث", "بولاية أوهاي": a province word before a place no list knows names a province or a
    state, GPE with the word (the country comes from the context later). The word after it must read as a name:
    a place in the name lists, or a word the news hardly uses, or one that follows place cues; a common word
    makes the province word a noun ("ولاية ثانية" a second term, "محافظة على" keeping)."""
    owner = {i: f for f in found for i in range(f.start, f.end)}
    # a place the article also names bare keeps its bare name ("في اقليم لوغار … في لوغار"), as known places do
    bare_places = {_bare_first(toks, norms, f) for f in found if f.type in ("GPE", "LOC") and f.end - f.start == 1}
    drop: set[int] = set()
    out = list(found)

    def placelike(w: str) -> bool:
        return _placelike(w, reg, stats, gazetteer)

    for i in range(len(norms) - 1):
        reading = next(((p, st) for p, st in clitic_splits(norms[i]) if st in PROVINCE_HEADS), None)
        if reading is None:
            continue
        a, b = owner.get(i), owner.get(i + 1)
        if a is not None and not (a.origin == "model" and a.start == i and a.end == i + 1):
            continue
        if b is not None and not (b.origin == "model" and b.start == i + 1 and b.end == i + 2
                                  and b.type in ("GPE", "LOC")):
            continue
        if i + 2 < len(norms) and (i + 2) in owner and owner[i + 2].start < i + 2:
            continue
        if not placelike(norms[i + 1]) or (b is not None and norms[i + 1] in bare_places and sum(
                1 for f in found if f.type in ("GPE", "LOC") and _bare_first(toks, norms, f) == norms[i + 1]) > 1):
            continue
        drop |= {id(x) for x in (a, b) if x is not None}
        # ("ولاية أوهاي الأمريكية": a nisba adjective after it gives the country)
        iso = reg.adjective_at(norms, i + 2)[1] if i + 2 < len(norms) and (i + 2) not in owner else None
        f = _Found(i, i + 2, "GPE", iso, None, None, "pattern",
                   cut=_char_cut(toks[i], len(reading[0])) if reading[0] else 0)
        out.append(f)
        owner[i] = owner[i + 1] = f
    return [f for f in out if id(f) not in drop]
