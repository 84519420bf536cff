"""Actor mentions for the event coder: entities with actor codes, nisba adjectives, blocs, and their groups.

Steps:
1. Every entity of the entities stage with an actor code is a mention.
2. Words no entity covers are looked up as nisba adjectives of the actor registry ("الغربية",
   "أميركية", "الروسي") and as blocs (`data/events/blocs.json`: "الغرب"); they are mentions of the
   country or bloc, marked `nisba` (an adjective is never the antecedent of a pronoun).
3. Mentions next to each other with nothing but title words between them form one group
   ("زعيم كوريا الشمالية كيم جونغ أون", "الرئيس الروسي فلاديمير بوتين"); the group's head is its most
   specific member (a person, then a code with a role, then the longest name).
4. Groups joined by "و" (or "كل من X وY") are coordinated: an event of the first is an event of each.
5. People named by what they are, with no name ("الخطباء", "المعتصمون", "قوات الأمن"; `generic_actors` in
   `data/events/cues.json`, and `data/events/generic_agents.json`: "الانقلابيون", "مجموعة مسلحة", "أصحاب العمل")
   are mentions of the article's own country (the one its coded mentions name most) with that role, unless a
   nisba or a place right after them names their country ("الأبواق المصرية" EGYMED).
6. A person coded by country alone with an office of state next to the name ("وزير التعليم د. X",
   "X ولي عهد أبوظبي"; `person_offices`) is that country's government in every mention; a minister or ministry
   named by portfolio alone ("لوزير الصحة") is the government of the article's own country.
7. A platform named as the medium words went out on ("على صفحته على موقع فيسبوك", "عبر تويتر";
   `platforms` in `cues.json`) is no actor.
8. A name that stands for a place is no actor: a person's name on a building or street ("جامع خالد بن الوليد",
   "مستشفى الملك فهد"), a body's building after a preposition of place ("بمبنى الأمانة العامة"), a seat of power
   with ب of place ("بالبيت الأبيض").
9. A generic organ followed by the body it belongs to ("القيادة المشتركة لقوات التحالف") is that body's, not the
   article's country's.
10. What only describes an actor joins its group without becoming its head: the body or region a place or body
   belongs to ("X التابعة لمنطقة Y"), the country or body an envoy is posted to ("سفير X لدى Y"). A bare comma
   coordinates groups of one kind only (places with places, actors with actors).
11. The definite head noun of an organisation's name used alone ("التنظيم", "الحركة", "الجماعة", "الجبهة") is the
   organisation named with that head (round 18b); a bare office with a nisba or name in brackets after it is not the
   home country's government.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.article import Article, Span
from marsad.clean.normalize import normalize
from marsad.entities.registry import registry as entity_registry
from marsad.events import switches
from marsad.events.cues import cues
from marsad.language.tokens import Token
from marsad.resources import load_json

# CAMEO role codes that follow a country code
ROLES = ("GOV", "MIL", "COP", "SPY", "REB", "OPP", "MED", "BUS", "CVL", "JUD", "LEG", "PTY", "IGO", "NGO", "INS", "REF")
# countries whose Arabic name is grammatically masculine (the rest, and cities, take feminine agreement)
BLOC_CODES = frozenset({"WST", "EUR", "AFR", "ASA", "MEA", "SAM", "NAM", "LAM", "CAU", "BLK"})
# "أوباما ونظيره التركي أردوغان": the counterpart joins the coordination
COUNTERPARTS = frozenset(normalize(w) for w in ("ونظيره", "ونظيرته", "ونظيريه", "ونظرائه"))
MASCULINE_PLACES = frozenset(normalize(w) for w in (
    "لبنان", "العراق", "الأردن", "السودان", "اليمن", "المغرب", "البحرين", "الصومال", "الكيان", "الكرملين",
    "البيت الأبيض", "الإليزيه", "البنتاغون", "الفاتيكان", "الكونغرس", "قصر الإليزيه",
))


@dataclass
class Mention:
    start: int
    end: int
    text: str
    code: str
    canonical: str | None
    kind: str  # PER ORG GPE LOC nisba bloc
    t0: int = 0  # first token index (sentence-local after `locate`)
    t1: int = 0  # token index after the last

    @property
    def gender(self) -> str:
        if self.kind == "PER" or (DEMONYM_PLURALS and self.kind == "nisba" and self.code.endswith("CVL")):
            return "m"  # a person; a nation's people ("المواطنين الروس", "الأتراك") take a masculine plural verb
        if self.kind == "people":  # "المتظاهرون", "الخطباء" take a masculine verb; "الشرطة" a feminine one
            first = self.text.split(" ")[0]
            return "f" if first.endswith(("ة", "ات")) or (
                switches.GENERIC_AGENTS and normalize(_bare(first)) in _feminine_heads()) else "m"
        n = normalize(self.text)
        if n in MASCULINE_PLACES or (self.kind == "ORG" and not n.split(" ")[0].endswith("ه") and not (
                FEMININE_PLURAL and n.split(" ")[0].endswith("ات"))):  # "السلطات", "القوات" take a feminine verb
            return "m"
        return "f"

    @property
    def country(self) -> str:
        return self.code[:3]

    @property
    def specificity(self) -> tuple[int, int, int]:
        rank = {"PER": 4, "ORG": 3, "GPE": 2, "LOC": 1}.get(self.kind, 0)
        return (rank, len(self.code), self.end - self.start)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass
class Group:
    """Mentions that name one actor ("الرئيس الروسي فلاديمير بوتين"); `head` is the one reported."""

    members: list[Mention]
    t0: int
    t1: int
    coordinated: list[Group] = field(default_factory=list)  # groups joined to this one by "و"
    lead: Group | None = None  # the first group of the coordination this one belongs to

    @property
    def head(self) -> Mention:
        return max(self.members, key=lambda m: m.specificity)

    @property
    def gender(self) -> str:
        return self.head.gender

    @property
    def is_adjective(self) -> bool:
        return all(m.kind in ("nisba",) for m in self.members)


@cache
def _adjectives() -> dict[str, tuple[str, str | None, str]]:
    """Normalised nisba adjective forms and bloc names -> (actor code, canonical name, "nisba" or "bloc")."""
    out: dict[str, tuple[str, str | None, str]] = {}
    try:
        registry: Any = load_json("entities", "registry.json")
        entries = registry.get("entries", [])
    except (OSError, ValueError):
        entries = []
    for e in entries:
        if e.get("kind") != "country" or not e.get("code"):
            continue
        for adj in e.get("adjectives") or []:
            _add_adjective(out, normalize(adj), e["code"], e.get("canonical"))
    for bloc in load_json("events", "blocs.json")["blocs"]:
        for name in bloc["names"]:
            out.setdefault(normalize(name), (bloc["code"], bloc["canonical"], "bloc"))
        forms: dict[str, tuple[str, str | None, str]] = {}
        for adj in bloc["adjectives"]:
            _add_adjective(forms, normalize(adj), bloc["code"], bloc["canonical"])
        # only the definite forms: a bare "غربي" is a direction ("شمال غربي البلاد")
        out.update({k: v for k, v in forms.items() if k.startswith("ال") and k not in out})
    if DEMONYM_PLURALS:
        for code, words in load_json("events", "cues.json").get("demonym_plurals", {}).items():
            canonical = next((e.get("canonical") for e in entries if e.get("kind") == "country" and e.get("code") == code),
                             None)
            for w in words:
                for form in (normalize(w), "ال" + normalize(w)):
                    out.setdefault(form, (code, canonical, "nisba"))
    for word in load_json("events", "cues.json").get("not_nisba", []):
        out.pop(normalize(word), None)
    return out


DEMONYM_PLURALS = True  # "الأتراك", "الروس": a nation's people named by a broken plural (round 11)


@cache
def _demonym_plurals() -> frozenset[str]:
    words = load_json("events", "cues.json").get("demonym_plurals", {}) if DEMONYM_PLURALS else {}
    return frozenset(f for ws in words.values() for w in ws for f in (normalize(w), "ال" + normalize(w)))


@cache
def _endings() -> frozenset[str]:
    return frozenset(k.split(" ")[0][-2:] for k in _adjectives())


@cache
def _canonicals(kinds: tuple[str, ...]) -> frozenset[str]:
    """Canonical names of the registry's actors of these kinds, from the registry the entities stage loaded."""
    return frozenset(a.canonical for a in entity_registry().actors.values() if a.kind in kinds and a.canonical)


def _polities() -> frozenset[str]:
    """Canonical names of countries, capitals and seats of power (a city is a place, not an actor)."""
    return _canonicals(("country", "capital", "seat"))


def _seats() -> frozenset[str]:
    """Canonical names of seats of power ("Kremlin", "White House") in the actor registry."""
    return _canonicals(("seat",))


def capitals() -> frozenset[str]:
    """Canonical names of capitals in the actor registry ("Riyadh", "Tehran")."""
    return _canonicals(("capital",))


def is_polity(m: Mention) -> bool:
    """A country, its capital or seat of power, an organisation or a person: an actor, not a mere place."""
    if m.kind not in ("GPE", "LOC"):
        return m.kind != "bloc"
    return m.canonical in _polities() or len(m.code) > 3


def _add_adjective(out: dict[str, tuple[str, str | None, str]], adj: str, code: str, canonical: str | None) -> None:
    words = adj.split(" ")
    if adj.startswith("ال"):
        adj = adj[2:]
        words = adj.split(" ")
    # روسي، روسية، روسيا، and plurals for people: الفلسطينيين، الأمريكيون
    variants = {adj, " ".join(w + "ه" for w in words), " ".join(w + "ا" for w in words),
                " ".join(w + "ين" for w in words), " ".join(w + "ون" for w in words)}
    for v in list(variants):
        variants.add(" ".join("ال" + w for w in v.split(" ")))
    for v in variants:
        out.setdefault(v, (code, canonical, "nisba"))


def _bare(word: str) -> str:
    """A word without و/ف and one of ب ل ك (keeping the article)."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    if len(word) > 3 and word[0] in "بلك":
        word = word[1:]
    return word


def unknown_names(art: Article) -> list[tuple[int, int]]:
    """Spans of people and organisations the entities stage found without an actor code."""
    return [(e.span.start, e.span.end) for e in art.entities if not e.actor and e.type in ("PER", "ORG")]


def mentions(art: Article, tokens: list[Token]) -> list[Mention]:
    """Actor mentions in the article, in text order (entity mentions first, then adjectives and blocs)."""
    out: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for e in art.entities:
        covered.append((e.span.start, e.span.end))
        if e.actor:
            out.append(Mention(e.span.start, e.span.end, e.span.text, e.actor, e.canonical, e.type))
    covered.sort()
    starts = [c[0] for c in covered]
    tok_starts = [t.start for t in tokens]
    out = [m for m in out if not _medium(m, tokens, tok_starts) and not _named_place(m, tokens, tok_starts)]
    seats = _seats()
    for m in out:
        if len(m.code) == 3 and m.canonical in seats:
            m.code += "GOV"  # "الكرملين", "البيت الأبيض": a seat of power that speaks or acts is the government
            continue
        if m.kind in ("GPE", "LOC") and len(m.code) == 3 and m.code not in BLOC_CODES:
            # "سفير الصين", "أمير منطقة الرياض": the head of the construct names the country's organ
            k = bisect_left(tok_starts, m.start)
            if k < len(tokens) and tokens[k].start == m.start:
                m.code += _construct_role(tokens, k, lambda j: _inside(covered, starts, tokens[j].start))
                if len(m.code) == 3 and GPE_AS_NISBA and k > 0 and tokens[k - 1].norm.startswith("ال") \
                        and m.text.startswith("ال") and _adjectives().get(normalize(m.text), ("",))[0] == m.code:
                    # "المقاتلات السعودية", "القوات الأمريكية": a country's name that is also its feminine
                    # adjective, after a definite noun, is the adjective: the noun gives the role
                    head = tokens[k - 1].norm  # right before it only: "الرئيس الأمريكي السعودية" is an object
                    m.code += _role_words().get(head) or _person_roles().get(head) or ""
    _person_offices(out, tokens, tok_starts, lambda j: _inside(covered, starts, tokens[j].start))
    adjectives = _adjectives()
    endings = _endings()  # the last two letters of every key: most words cannot be an adjective or bloc
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.is_word or tok.norm[-2:] not in endings or _inside(covered, starts, tok.start):
            i += 1
            continue
        hit = None
        if i + 1 < len(tokens) and tokens[i + 1].is_word:
            two = _bare(tok.norm) + " " + tokens[i + 1].norm
            if two in adjectives and not _inside(covered, starts, tokens[i + 1].start):
                hit = (two, i + 2)
        if hit is None and _bare(tok.norm) in adjectives:
            hit = (_bare(tok.norm), i + 1)
        if hit is None and tok.norm in adjectives:
            hit = (tok.norm, i + 1)
        if hit is None:
            i += 1
            continue
        key, j = hit
        code, canonical, kind = adjectives[key]
        if kind == "nisba" and len(code) == 3 and code not in BLOC_CODES:
            # the head noun gives the role: "وزير الخارجية الألماني" -> DEUGOV, "المقاتلات التركية" -> TURMIL
            code += _role_before(tokens, i, lambda k: _inside(covered, starts, tokens[k].start))
            if len(code) == 3 and SHARED_HEAD and tok.norm[:1] == "و" and i > 0:
                # "القوات الأمريكية والكورية الجنوبية": the second adjective shares the first one's head noun
                prev = next((m for m in reversed(out) if m.end <= tok.start and not art.text[m.end:tok.start].strip()),
                            None)
                if prev is not None and len(prev.code) == 6 and prev.code[3:] in ROLES:
                    code += prev.code[3:]
            if len(code) == 3 and (key.split(" ")[0].endswith(("يين", "يون")) or key in _demonym_plurals() or (
                    PERSON_ROLES and i > 0 and (tokens[i - 1].norm.isdigit() or tokens[i - 1].norm in NUMERALS))):
                code += "CVL"  # "الكينيين", "فلسطينيون", "15 فلسطينيا": a nation's people, not its state
        start = _skip_prefix(tok, len(tok.norm) - len(key.split(" ")[0]))
        out.append(Mention(start, tokens[j - 1].end, art.text[start:tokens[j - 1].end], code, canonical, kind))
        i = j
    out += _generic(art, tokens, out, covered, starts)
    out += _unnamed_offices(art, tokens, out, covered, starts)
    out += _bare_titles(art, tokens, out, covered, starts)
    if switches.HEAD_ANAPHOR:
        out += _head_anaphors(art, tokens, out, covered, starts)
    if DATELINE and art.dateline is not None:
        line = art.dateline  # "الرياض - واس": where and by which wire the story was filed, no actor of it
        out = [m for m in out if not (line.start <= m.start and m.end <= line.end)]
    out.sort(key=lambda m: (m.start, -m.end))
    return out


FEMININE_PLURAL = True  # a body named by a plural in ات is feminine (round 11)
DATELINE = True  # the dateline's place and agency are no actors of the story (round 11)


def _medium(m: Mention, tokens: list[Token], tok_starts: list[int]) -> bool:
    """A platform named as the medium words went out on ("في بيان على صفحته على موقع فيسبوك"), not an actor."""
    names, frames = _platform_words()
    if normalize(m.text) not in names:
        return False
    k = bisect_left(tok_starts, m.start) - 1
    return k >= 0 and tokens[k].norm in frames


NAMED_PLACES = True  # "جامع خالد بن الوليد", "بمبنى الأمانة العامة", "بالبيت الأبيض": places, no actors (round 15b)
# a building or street named after a person is no deed of that person ("مستشفى الملك فهد", "شارع الملك عبدالله")
FACILITIES = frozenset(normalize(w) for w in (
    "جامع", "مسجد", "مستشفى", "جامعة", "مدرسة", "كلية", "شارع", "طريق", "مطار", "ميناء", "جسر", "برج", "قاعة",
    "ملعب", "استاد", "حي", "مجمع", "قاعدة"))
# "بمبنى الأمانة العامة", "في مقر الأمم المتحدة": the building of a body is where something happened
BUILDINGS = frozenset(normalize(w) for w in ("مبنى", "مقر", "مباني", "مقار"))
# "أمام مقر الحكومة" stays: a sit-in in front of a body's building is aimed at the body
PLACE_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "داخل"))


def _named_place(m: Mention, tokens: list[Token], tok_starts: list[int]) -> bool:
    """A name that stands for a place, not an actor: a person's name on a building or street ("لجامع خالد بن
    الوليد", "مستشفى الملك فهد" when the name alone is coded as the person), a body's building after a
    preposition of place ("بمبنى الأمانة العامة", "في مقر الأمم المتحدة"), a seat of power with ب of place
    ("في القاعة الشرقية بالبيت الأبيض"; after a separate "في" the coder already reads it as a place)."""
    if not NAMED_PLACES:
        return False
    k = bisect_right(tok_starts, m.start) - 1
    if k < 0:
        return False
    tok = tokens[k]
    first = normalize(m.text.split(" ")[0])
    if m.kind == "PER" and (_bare(first) in FACILITIES or first in FACILITIES):
        return True  # the entities stage took the building with the name: "جامع خالد بن الوليد" (PER)
    prev = tokens[k - 1] if k > 0 and tok.start == m.start else None
    if m.kind == "PER" and prev is not None and prev.is_word and _bare(prev.norm) in FACILITIES:
        return True
    if prev is not None and prev.is_word and _bare(prev.norm) in BUILDINGS and (
            prev.norm[:1] == "ب" or (k > 1 and tokens[k - 2].norm in PLACE_PREPOSITIONS)):
        return True
    return m.canonical in _seats() and tok.start < m.start and tok.norm.startswith(("بال", "وبال"))


@cache
def _platform_words() -> tuple[frozenset[str], frozenset[str]]:
    raw: Any = load_json("events", "cues.json")
    return (frozenset(normalize(w) for w in raw.get("platforms", [])),
            frozenset(normalize(w) for w in raw.get("platform_frames", [])))


def _person_offices(found: list[Mention], tokens: list[Token], tok_starts: list[int],
                    in_entity: Callable[[int], bool]) -> None:
    """A person coded by country alone whose office of state stands next to the name ("وزير التعليم د. عزام
    الدخيل", "محمد بن زايد ولي عهد أبوظبي") is that country's government, and so is every other mention of him."""
    offices, fillers = _office_words()
    upgraded: dict[str, str] = {}
    for m in found:
        if m.kind != "PER" or len(m.code) != 3 or not m.code.isalpha() or m.code in BLOC_CODES:
            continue
        k = bisect_left(tok_starts, m.start)
        if k >= len(tokens) or tokens[k].start != m.start:
            continue
        role = _office_before(tokens, k, offices, fillers, in_entity)
        after = bisect_left(tok_starts, m.end)
        if not role and after < len(tokens) and tokens[after].is_word and not in_entity(after):
            role = offices.get(_bare(tokens[after].norm), "")  # "… آل نهيان ولي عهد أبوظبي"
        if role:
            upgraded[m.canonical or normalize(m.text)] = m.code + role
    for m in found:
        if m.kind == "PER" and len(m.code) == 3:
            m.code = upgraded.get(m.canonical or normalize(m.text), m.code)


def _office_before(tokens: list[Token], k: int, offices: dict[str, str], fillers: frozenset[str],
                   in_entity: Callable[[int], bool]) -> str:
    """The role of an office title before token k, with only honorifics and the office's own words between."""
    for j in range(k - 1, max(-1, k - 8), -1):
        t = tokens[j]
        if t.norm == "." and j > 0 and len(tokens[j - 1].norm) == 1:
            continue  # "د. عزام"
        if not t.is_word or in_entity(j):
            return ""
        role = offices.get(_bare(t.norm))
        if role:
            return role
        if t.norm not in fillers and not t.norm.startswith(("ال", "وال", "لل")):
            return ""
    return ""


@cache
def _office_words() -> tuple[dict[str, str], frozenset[str]]:
    raw: Any = load_json("events", "cues.json")
    offices = {_bare(normalize(w)): role for role, ws in raw.get("person_offices", {}).items() for w in ws}
    return offices, frozenset(normalize(w) for w in raw.get("person_office_fillers", []))


def home_country(found: list[Mention]) -> str | None:
    """The country an article is about: the one its coded mentions name most (first named on a tie)."""
    counts: dict[str, int] = {}
    for m in found:
        c = m.country
        if len(c) == 3 and c.isalpha() and c not in BLOC_CODES and c not in ("IGO", "NGO", "IMG", "MUS", "CHR"):
            counts[c] = counts.get(c, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _generic(art: Article, tokens: list[Token], found: list[Mention], covered: list[tuple[int, int]],
             starts: list[int]) -> list[Mention]:
    """People named by what they are ("الخطباء", "المعتصمون", "المشرعين", "الشرطة"): the article's country's
    clerics, civilians, legislators, police (`generic_actors` in `cues.json`), when no actor name or nisba
    next to them says whose they are ("الشرطة الإندونيسية" is the adjective's)."""
    words = _generic_words()
    home = home_country(found) if words else None
    if home is None:
        words = {w: code for w, code in words.items() if len(code) == 6}  # settlers still are who they are
        if not words:
            return []
    taken = sorted((m.start, m.end) for m in found)
    taken_starts = [t[0] for t in taken]
    out: list[Mention] = []
    for i, tok in enumerate(tokens):
        if not tok.is_word:
            continue
        w = tok.norm
        last = i
        for n in (2, 1):  # "المدافعون عن البيئة", "قوات الأمن": three or two words
            if i + n < len(tokens) and all(t.is_word for t in tokens[i + 1 : i + n + 1]):
                phrase = " ".join([w, *(t.norm for t in tokens[i + 1 : i + n + 1])])
                if words.get(phrase) or (len(w) > 4 and w[0] in "وف" and words.get(phrase[1:])):
                    w, last = phrase, i + n
                    break
        role = words.get(w) or (words.get(w[1:]) if len(w) > 4 and w[0] in "وف" else None)
        skip = 0 if words.get(w) else 1
        if role is None and GENERIC_AFTER_PREPOSITION and len(w) >= 5 and w.startswith(("لل", "ولل")):
            # "على معسكر للجيش", "وللشرطة": ل before the article drops its alif
            role = words.get("ال" + w[w.index("لل") + 2 :])
            skip = w.index("لل")  # the mention keeps the ل that stands for the article
        elif role is None and GENERIC_AFTER_PREPOSITION and len(w) > 5 and w.startswith(("بال", "وبال")):
            role = words.get(w[w.index("بال") + 1 :])  # "بالجيش", "وبالشرطة"
            skip = w.index("بال") + 1
        if role is None or _inside(covered, starts, tok.start) or _inside(taken, taken_starts, tok.start):
            continue
        nxt = next((m for m in found if last + 1 < len(tokens) and m.start <= tokens[last + 1].start < m.end), None)
        definite = w.lstrip("وف").startswith(("ال", "لل", "بال"))
        if nxt is not None and (nxt.kind not in ("PER", "ORG") or not definite):
            continue  # "الشرطة الإندونيسية", "المواطنين الروس", "خطباء الحرم": the adjective or genitive says whose
        if switches.GENERIC_AGENTS and not definite and last + 2 < len(tokens) and tokens[last + 1].norm == "من" and any(
                m.start <= tokens[last + 2].start < m.end and m.kind in ("PER", "ORG") for m in found):
            continue  # "مسلحون من داعش": members of a named body, which the coder reads as the actor
        if out and out[-1].end > tok.start:
            continue
        start = _skip_prefix(tok, skip)
        end = tokens[last].end
        fixed = len(role) == 6
        owner = _owner(tokens, last, found, covered, starts) if GENERIC_OWNER and not fixed else None
        if owner is not None:  # "القيادة المشتركة لقوات التحالف": the organ of the body named after it
            code = owner.code if role == "GOV" or not owner.country.isalpha() or owner.country in NON_STATES \
                else owner.country + role
            out.append(Mention(start, end, art.text[start:end], code, owner.canonical, "people"))
            continue
        out.append(Mention(start, end, art.text[start:end], role if fixed else (home or "") + role,
                           _fixed_names().get(role) if fixed else None, "people"))
    return out


GENERIC_OWNER = True  # "القيادة المشتركة لقوات التحالف": a generic organ of a named body is that body's (round 15b)
NON_STATES = frozenset({"IGO", "NGO", "IMG", "MUS", "CHR"})


def _owner(tokens: list[Token], last: int, found: list[Mention], covered: list[tuple[int, int]],
           starts: list[int]) -> Mention | None:
    """The coded body a generic organ belongs to: after its definite adjectives (at most two), a mention whose
    first word carries the ل of possession ("القيادة المشتركة لقوات التحالف", "القيادة العامة للجيش اللبناني")."""
    k = last + 1
    while k < len(tokens) and k <= last + 2 and tokens[k].is_word and tokens[k].norm.startswith("ال") \
            and not _inside(covered, starts, tokens[k].start):
        k += 1
    if k >= len(tokens) or not tokens[k].is_word or not tokens[k].norm.startswith("ل") \
            or tokens[k].norm.startswith("ال"):
        return None
    m = next((m for m in found if m.start <= tokens[k].start < m.end or
              (tokens[k].start <= m.start < tokens[k].end)), None)
    if m is None or m.kind not in ("ORG", "GPE", "PER", "nisba") or m.country in BLOC_CODES or not is_polity(m):
        return None
    return m


GENERIC_AFTER_PREPOSITION = True  # "للجيش", "بالشرطة": a generic actor after ل or ب (round 8)
UNNAMED_OFFICES = frozenset({"وزير", "وزيره", "وزاره"})  # normalised: minister, ministry


def _unnamed_offices(art: Article, tokens: list[Token], found: list[Mention], covered: list[tuple[int, int]],
                     starts: list[int]) -> list[Mention]:
    """A minister or ministry named by its portfolio alone ("لوزير التعليم", "ووزارة الصحة") with no name, nisba
    or country after it: the government of the article's own country, as the paper's readers take it."""
    home = home_country(found)
    if home is None:
        return []
    # "بدعم وزير التعليم للمعلمين": people after ل or ب are whom the office acts for, not whose it is (round 23)
    taken = sorted((m.start, m.end) for m in found if not (
        switches.PEOPLE_AGENTS and m.kind == "people" and normalize(m.text)[:1] in ("ل", "ب")))
    taken_starts = [t[0] for t in taken]
    _, fillers = _office_words()
    out: list[Mention] = []
    for i, tok in enumerate(tokens[:-1]):
        w = tok.norm
        head = w if w in UNNAMED_OFFICES else w[1:] if w[1:] in UNNAMED_OFFICES and w[0] in "وفبل" else (
            w[2:] if w[2:] in UNNAMED_OFFICES and w[:2] in ("ول", "وب", "فل") else None)
        nxt = tokens[i + 1]
        if head is None or not nxt.is_word or not nxt.norm.startswith("ال") or nxt.norm in fillers:
            continue
        if _inside(covered, starts, tok.start) or _inside(covered, starts, nxt.start) or \
                _inside(taken, taken_starts, tok.start) or _inside(taken, taken_starts, nxt.start):
            continue
        last = i + 1
        while last + 1 < len(tokens) and tokens[last + 1].norm.startswith(("وال", "ال")) and \
                tokens[last + 1].norm not in fillers and last - i < 3 and not _inside(covered, starts, tokens[last + 1].start) \
                and not _inside(taken, taken_starts, tokens[last + 1].start):
            last += 1  # "وزير الشؤون البلدية والقروية", not "وزير الخارجية المصري" (the nisba says whose)
        if last + 1 < len(tokens) and _inside(taken, taken_starts, tokens[last + 1].start):
            continue
        # a name, a nisba or a country right after (honorifics between) says who: the minister is coded there
        k = last + 1
        while k < len(tokens) and k - last <= 4 and (tokens[k].norm in fillers or tokens[k].norm == "."):
            k += 1
        if k < len(tokens) and (_inside(covered, starts, tokens[k].start) or tokens[k].norm in _adjectives()
                                or _bare(tokens[k].norm) in _adjectives()):
            continue
        start = _skip_prefix(tok, len(w) - len(head))
        end = tokens[last].end
        out.append(Mention(start, end, art.text[start:end], home + "GOV", None, "ORG"))
    return out


BARE_TITLES = True  # "ولي العهد", "مجلس الوزراء", "رئيس الوزراء" with no name after: the home government (round 11)
TITLES = tuple(tuple(normalize(w) for w in t.split()) for t in (
    "ولي ولي العهد", "ولي العهد", "مجلس الوزراء", "رئيس مجلس الوزراء", "رئيس الوزراء", "رئيس الحكومة",
    "رئيس الجمهورية", "العاهل", "خادم الحرمين الشريفين"))
TITLE_HEADS = frozenset(t[0] for t in TITLES)


def _bare_titles(art: Article, tokens: list[Token], found: list[Mention], covered: list[tuple[int, int]],
                 starts: list[int]) -> list[Mention]:
    """An office of state named alone ("وأكد ولي العهد", "ووافق مجلس الوزراء"), with no name, nisba or country
    after it: the government of the article's own country, as its readers take it."""
    if not BARE_TITLES:
        return []
    home = home_country(found)
    if home is None:
        return []
    taken = sorted((m.start, m.end) for m in found)
    taken_starts = [t[0] for t in taken]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        hit = None
        for title in TITLES:
            n = len(title)
            words = [t.norm for t in tokens[i : i + n]]
            if len(words) == n and (words[0] == title[0] or (
                    len(words[0]) > len(title[0]) and words[0][0] in "وفل" and words[0][1:] == title[0])) \
                    and words[1:] == list(title[1:]):
                hit = n
                break
        if hit is None:
            i += 1
            continue
        span = tokens[i : i + hit]
        k = i + hit
        while k < len(tokens) and k < i + hit + 3 and (tokens[k].norm in cues().skippers or (
                switches.BRACKETED_HOLDER and tokens[k].norm in ("(", "«"))):
            k += 1  # "ولي العهد الأمير محمد بن نايف": the name after the honorific; "رئيس الوزراء (الإسرائيلي…)"
        after = tokens[k] if k < len(tokens) else None
        if any(_inside(covered, starts, t.start) or _inside(taken, taken_starts, t.start) for t in span) or (
                after is not None and after.is_word and (
                    _inside(covered, starts, after.start) or _inside(taken, taken_starts, after.start)
                    or after.norm in _adjectives() or _bare(after.norm) in _adjectives())):
            i += hit
            continue  # "ولي العهد الأمير محمد بن نايف", "رئيس الوزراء البريطاني": the name or nisba says who
        clitic = span[0].norm[:1] in "وفل" and span[0].norm[1:] in TITLE_HEADS
        start = _skip_prefix(span[0], 1 if clitic else 0)  # "وأكد ولي العهد": the mention starts after و
        end = span[-1].end
        out.append(Mention(start, end, art.text[start:end], home + "GOV", None, "ORG"))
        i += hit
    return out


# the head nouns of an organisation's name that news uses alone for it once named ("تنظيم داعش" … "التنظيم",
# "حركة الشباب" … "الحركة", "جماعة الحوثي" … "الجماعة"); normalised
NAME_HEADS = frozenset({"تنظيم", "حركه", "جماعه", "جبهه"})


def _head_anaphors(art: Article, tokens: list[Token], found: list[Mention], covered: list[tuple[int, int]],
                   starts: list[int]) -> list[Mention]:
    """A definite head noun of an organisation's name used alone ("وقبل التنظيم المتطرف…", "عناصر التنظيم",
    "مواقع للتنظيم", "أن الحركة قبلت"): the organisation named last before it with that head, inside its coded
    name ("حركة الشباب الصومالية") or right before it ("تنظيم داعش"), as a reader resolves it (round 18b)."""
    tok_starts = [t.start for t in tokens]
    orgs = sorted((m for m in found if m.kind == "ORG" and (len(m.code) > 3 or not m.code.isalpha())),
                  key=lambda m: m.start)
    taken = sorted((m.start, m.end) for m in found)
    taken_starts = [s for s, _e in taken]
    out: list[Mention] = []
    for i, tok in enumerate(tokens):
        if not tok.is_word or _inside(covered, starts, tok.start) or _inside(taken, taken_starts, tok.start):
            continue
        w = tok.norm
        lead = 1 if len(w) > 5 and w[0] in "وف" else 0
        if w.startswith("لل", lead):
            skip, head = lead + 1, w[lead + 2 :]  # "للتنظيم": ل keeps the article's place, as generic actors do
        elif w.startswith(("بال", "كال"), lead):
            skip, head = lead + 1, w[lead + 3 :]
        elif w.startswith("ال", lead):
            skip, head = lead, w[lead + 2 :]
        else:
            continue
        if head not in NAME_HEADS:
            continue
        if i + 1 < len(tokens) and _inside(taken, taken_starts, tokens[i + 1].start):
            continue  # "الحركة الإسلامية الليبية", "التنظيم داعش": a name or nisba follows and says which
        named = [m for m in orgs if _headed(m, head, tokens, tok_starts)]
        # the one named last before it; a story may name it in full only further on ("عناصر التنظيم" … "تنظيم داعش")
        antecedent = next((m for m in reversed(named) if m.end <= tok.start), None) or next(
            (m for m in named if m.start > tok.end), None)
        if antecedent is None:
            continue
        start = _skip_prefix(tok, skip)
        out.append(Mention(start, tok.end, art.text[start:tok.end], antecedent.code, antecedent.canonical, "ORG"))
    return out


def _headed(m: Mention, head: str, tokens: list[Token], tok_starts: list[int]) -> bool:
    """The name has `head` as its first word ("حركة الشباب") or right before it ("تنظيم «داعش»")."""
    first = _bare(normalize(m.text).split(" ")[0])
    if head in (first, first[2:] if first.startswith("ال") else ""):
        return True
    k = bisect_left(tok_starts, m.start) - 1
    while k > 0 and not tokens[k].is_word and len(tokens[k].norm) == 1:
        k -= 1  # a quotation mark between the head and the name
    return k >= 0 and tokens[k].is_word and _bare(tokens[k].norm) == head


@cache
def _feminine_heads() -> frozenset[str]:
    """Broken plurals of things and bodies ("الطواقم", "فرق"): like words in ة or ات, they take a feminine verb."""
    return frozenset(normalize(w) for w in load_json("events", "generic_agents.json").get("feminine", []))


def _generic_words() -> dict[str, str]:
    return _generic_table(switches.GENERIC_AGENTS, switches.PEOPLE_AGENTS)


@cache
def _generic_table(agents: bool, people: bool = False) -> dict[str, str]:
    data = load_json("events", "cues.json")
    raw: dict[str, list[str]] = data.get("generic_actors", {})
    out = {normalize(w): role for role, ws in raw.items() for w in ws}
    # "agents": "الانقلابيون", "مجموعة مسلحة", "فرق التفتيش", "أصحاب العمل" (round 17b); "people": "اشتكى عمال
    # النظافة", "طلاب يطالبون", "قال مستثمرون" (round 23)
    extra: dict[str, dict[str, list[str]]] = load_json("events", "generic_agents.json")
    for section in [name for name, on in (("agents", agents), ("people", people)) if on]:
        for role, ws in extra.get(section, {}).items():
            for w in ws:
                out.setdefault(normalize(w), role)
    if FIXED_GENERIC:  # "المستوطنون": a full code, whatever country the article is about
        out.update({normalize(w): e["code"] for e in data.get("fixed_generic", []) for w in e["words"]})
    return out


@cache
def _fixed_names() -> dict[str, str]:
    """Full actor code of a people named by what they are -> its canonical name ("Israeli settlers")."""
    return {e["code"]: e["canonical"] for e in load_json("events", "cues.json").get("fixed_generic", [])}


FIXED_GENERIC = True  # settlers are Israeli civilians in any article (round 11)


def role_words() -> dict[str, str]:
    """Head nouns that give a nisba its role ("وزير", "الجيش", "الشرطة"), normalised, with that role."""
    return _role_words()


def _role_words() -> dict[str, str]:
    return _role_table(switches.GENERIC_AGENTS)


@cache
def _role_table(agents: bool) -> dict[str, str]:
    raw: dict[str, list[str]] = load_json("events", "cues.json").get("role_titles", {})
    out: dict[str, str] = {}
    for role, words in raw.items():
        for w in words:
            out.setdefault(normalize(w), role)
    if agents:  # "الأبواق المصرية" EGYMED (round 17b)
        for role, words in load_json("events", "generic_agents.json").get("role_heads", {}).items():
            for w in words:
                out.setdefault(normalize(w), role)
    return out


@cache
def _construct_words() -> dict[str, str]:
    raw: dict[str, list[str]] = load_json("events", "cues.json").get("construct_roles", {})
    out: dict[str, str] = {}
    for role, words in raw.items():
        for w in words:
            out.setdefault(normalize(w), role)
    return out


def _construct_role(tokens: list[Token], i: int, in_entity: Callable[[int], bool]) -> str:
    """The role a construct head gives the country or region named at token i ("سفير الصين" GOV), or ""."""
    heads = _construct_words()
    k = i - 1
    if k < 0 or not tokens[k].is_word or in_entity(k):
        return ""
    role = heads.get(_head_form(tokens[k].norm))
    if role:
        return role
    # "وزير خارجية إيران", "رئيس وزراء باكستان": one indefinite noun between the head and the name
    w = tokens[k].norm
    if k == 0 or w.startswith("ال") or w[:1] in "بل" or len(w) < 3 or not tokens[k - 1].is_word or in_entity(k - 1):
        return ""
    return heads.get(_head_form(tokens[k - 1].norm), "") if heads.get(w) is None else heads[w]


def construct_head(word: str) -> bool:
    """The word heads a construct that names a country's organ or people ("سفير", "حكومة", "أهالي")."""
    return _head_form(word) in _construct_words()


def _head_form(word: str) -> str:
    """A construct head without و/ف and ب/ل ("ولحكومة" -> "حكومة"); a definite word is no construct head."""
    if HEAD_WAW and word in _construct_words():
        return word  # "وزير", "وزراء", "وفد": the و is the word's own
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if len(word) > 3 and word[0] in "بل" and not word.startswith("ال"):
        word = word[1:]
    return "" if word.startswith("ال") else word


@cache
def _person_roles() -> dict[str, str]:
    raw: dict[str, list[str]] = load_json("events", "cues.json").get("person_roles", {}) if PERSON_ROLES else {}
    return {normalize(w): role for role, ws in raw.items() for w in ws}


NUMERALS = frozenset(normalize(w) for w in (
    "اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "آلاف",
    "ألف", "مئة", "مائة"))
GPE_AS_NISBA = True  # "المقاتلات السعودية": a country name read as its adjective takes the noun's role (round 11)
SHARED_HEAD = True  # "القوات الأمريكية والكورية الجنوبية": a coordinated nisba shares the head's role (round 11)
HEAD_WAW = True  # a construct head that starts with و keeps it ("وزير خارجية إيران") (round 11)
PERSON_ROLES = True  # "جنود عراقيين" IRQMIL, "صحفي أمريكي" USAMED: a person's trade gives the nisba its role (round 11)


def _role_before(tokens: list[Token], i: int, in_entity: Callable[[int], bool]) -> str:
    """The CAMEO role a nisba adjective's head noun gives (a minister, the army, the police, a soldier, a
    journalist), or "". Soldiers and journalists (`person_roles`) are people a deed is done to as often as by,
    so unlike the forces of `role_titles` they do not make a verb before them active."""
    roles = _role_words()
    people = _person_roles()
    for k in range(i - 1, max(-1, i - 3), -1):
        w = tokens[k].norm
        if not tokens[k].is_word or in_entity(k):
            return ""
        if PERSON_ROLES and (w.isdigit() or w in NUMERALS):
            return ""  # "اعتقلت الشرطة ثلاثة أتراك": a count starts a new noun phrase
        bare = _bare(w)
        role = roles.get(w) or roles.get(bare) or people.get(w) or people.get(bare)
        if not role and PERSON_ROLES and w.startswith("لل") and len(w) > 4:
            role = roles.get("ال" + w[1:]) or people.get("ال" + w[1:])  # "للاجئين": ل + اللاجئين, one lam dropped
        if role:
            return role
    return ""


def _skip_prefix(tok: Token, n: int) -> int:
    """The text offset after the first n normalised letters of a token (its proclitics)."""
    if n <= 0:
        return tok.start
    seen = 0
    for k, ch in enumerate(tok.text):
        if normalize(ch):
            if seen == n:
                # the marks after the clitic's last letter (its diacritics, a tatweel) stay with the clitic
                return tok.start + k
            seen += 1
    return tok.end if seen == n else tok.start


def _inside(covered: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and covered[k][0] <= pos < covered[k][1]


def locate(items: list[Mention], tokens: list[Token], base: int) -> list[Mention]:
    """Set each mention's sentence-local token range; `base` is the sentence's first token index."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    out = []
    for m in items:
        t0 = bisect_right(starts, m.start) - 1
        t1 = bisect_left(ends, m.end) + 1
        if t0 < 0 or t0 >= len(tokens):
            continue
        m.t0, m.t1 = t0, max(t0 + 1, min(t1, len(tokens)))
        out.append(m)
    return out


LEADER_PHRASE = True  # "التحالف بقيادة السعودية": the leader named after an actor is neither source nor target
LEADER_GAPS = frozenset({("بقياده",), ("بزعامه",), ("التي", "تقودها"), ("الذي", "تقوده"), ("الذي", "يقوده"),
                         ("التي", "يقودها")})


def group(items: list[Mention], norms: list[str], joiners: frozenset[str]) -> list[Group]:
    """Mentions merged into groups (adjacent or joined by title words) and groups joined by "و"."""
    groups: list[Group] = []
    for m in sorted(items, key=lambda m: (m.t0, m.t1)):
        if groups:
            last = groups[-1]
            gap = norms[last.t1 : m.t0]
            if LEADER_PHRASE and tuple(gap) in LEADER_GAPS:
                last.t1 = max(last.t1, m.t1)
                continue  # "قوات التحالف بقيادة الولايات المتحدة": who leads an actor only describes it
            if BELONGING and gap and gap[0] in BELONGING_WORDS and last.head.kind in ("GPE", "LOC", "ORG") \
                    and m.kind in ("GPE", "LOC", "ORG") and (len(gap) == 1 or (
                        len(gap) == 2 and gap[1][:1] == "ل" and gap[1][1:] in cues().place_heads)):
                last.t1 = max(last.t1, m.t1)
                continue  # "محافظة وادي الحصى التابعة لمنطقة تبوك": what a place or body belongs to describes it
            if POSTING and gap == ["لدي"] and m.kind in ("GPE", "ORG") and \
                    any(n.kind in ("PER", "ORG") or len(n.code) > 3 for n in last.members):
                last.t1 = max(last.t1, m.t1)
                continue  # "سفير خادم الحرمين لدى دولة الكويت": where an envoy is posted only describes him
            # one actor named twice ("زعيم كوريا الشمالية كيم", "الرئيس الروسي بوتين"): same country, a
            # person or an adjective, only title words between; two different actors side by side (VSO) stay apart
            same = m.country == last.head.country and (m.kind in ("PER", "nisba") or last.is_adjective)
            joined = all(w in joiners or w in ('"', "'") for w in gap) and not _starts_with_and(norms[m.t0], m)
            if m.t0 < last.t1 or (same and joined):
                last.members.append(m)
                last.t1 = max(last.t1, m.t1)
                continue
        groups.append(Group([m], m.t0, m.t1))
    head: Group | None = None
    for a, b in zip(groups, groups[1:], strict=False):
        gap = norms[a.t1 : b.t0]
        if (not gap and _starts_with_and(norms[b.t0], b.members[0])) or gap in (["و"], [",", "و"]) or (
                gap == [","] and (not COMMA_LIST or _alike(a, b))) or (len(gap) == 1 and gap[0] in COUNTERPARTS):
            head = head or a
            head.coordinated.append(b)  # "فرنسا والنرويج وسويسرا": one list on the first
            b.lead = head
        else:
            head = None
    return groups


BELONGING = True  # "X التابعة لـY": Y only says where X belongs (round 15b)
BELONGING_WORDS = frozenset(normalize(w) for w in ("التابعة", "التابع", "التابعين", "التابعتين", "التابعان"))
POSTING = True  # "سفير X لدى Y": Y is where the envoy serves, not an actor of the clause (round 15b)
COMMA_LIST = True  # a comma alone lists actors of one kind only ("عسير، وزير الشؤون…" is no list) (round 15b)


def _alike(a: Group, b: Group) -> bool:
    """Two groups a bare comma may list: places with places, people and bodies with people and bodies
    ("فرنسا، ألمانيا وإيطاليا", "وزير الخارجية، وزير الدفاع"), not a place and the next clause's object."""
    def kind(g: Group) -> str:
        if switches.GENERIC_AGENTS and g.head.kind == "people":
            return "people"  # "ودعت الوزارة، أصحاب العمل إلى": people named by what they are, after a body, are addressed
        return "place" if g.head.kind in ("GPE", "LOC") else "adjective" if g.is_adjective else "actor"
    return kind(a) == kind(b)


def _starts_with_and(word: str, m: Mention) -> bool:
    return word.startswith("و") and not normalize(m.text).startswith("و")
