"""The actor registry: who a name stands for, and which CAMEO code it carries on a given date.

The registry is built by `scripts/build_registry.py` into `marsad/data/entities/registry.json` (see that
script and docs/entities.md for sources and conventions). This module is its public API for every stage:

- `registry()` loads it once per process and indexes it for matching.
- `Registry.find(name)` lists the actors a name stands for, leading clitics tried ("لروسيا" -> Russia).
- `Registry.lookup(key)` (or the module's `lookup`) finds an actor by entity id ("per:vladimir-putin",
  "RUS") or by CAMEO code ("RUSGOV" gives the country's government as a generic actor, "IGOUNO" the UN).
- `Actor.code_on(date)` is the actor's code on a date: the role held then for people (RUSGOV during a
  term), ISO3+ELI after every role ended (CAMEO's "elites", a former official), the country before any role.
- `resolve_title(words, date)` reads a title phrase ("الرئيس الروسي", "وزير الخارجية الأميركي",
  "زعيم كوريا الشمالية", "الأمين العام للأمم المتحدة") and returns the office holder on that date when the
  registry knows one, else the role's code (RUSGOV).
- `Registry.match(norms, i)` is the matcher the entity stage uses: the longest registry name, agent phrase
  ("الجيش الروسي") or title phrase starting at token i, with leading clitics handled (لروسيا، وبيونغيانغ).
  `norms` are the tokens of the whole article: a one-word name that is also a common word passes its guard
  (the word before it, the word after it, a word of its kind of story anywhere in the article: "الهلال" is a club
  only in a football story; `Registry.topics_in` reads the article's stories once per token list), and an outlet whose name another entry holds is read in quotation marks
  ("«الشرق الأوسط»" the daily).

Dates are ISO strings ("2023-06-12", or a prefix such as "2023"); `None` means today.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from marsad.clean.normalize import normalize
from marsad.resources import load_json

# Offices in order of precedence when one person holds several roles on the same day.
OFFICE_RANK = {"leader": 0, "president": 1, "king": 1, "emir": 1, "sultan": 1, "pm": 2, "sg": 2, "crown_prince": 3,
               "deputy_crown_prince": 3, "vp": 3, "fm": 4, "dm": 4, "interior": 4, "commander": 4, "speaker": 5}
# Honorifics before a title phrase (one word, or "صاحب السمو" as two; "الملكي" after it is taken by the loop).
HONORIFICS = frozenset({*(normalize(w) for w in ("سمو", "معالي", "فخامة", "جلالة", "سعادة", "الملكي")),
                        (normalize("صاحب"), normalize("السمو")), (normalize("صاحب"), normalize("الجلالة"))})
# "نائب رئيس مجلس الوزراء": the cabinet after a deputy's title, inside a chain of titles.
CABINET = (normalize("مجلس"), normalize("الوزراء"))
# Which offices a title word may name, in order of preference.
TITLE_OFFICES = {
    "president": ("president",),
    "king": ("king", "emir", "sultan"),
    "emir": ("emir", "king"),
    "sultan": ("sultan",),
    "leader": ("leader", "president", "king", "emir", "sultan", "pm"),
    "pm": ("pm",),
    "fm": ("fm",),
    "dm": ("dm",),
    "vp": ("vp",),
    "crown_prince": ("crown_prince",),
    "deputy_crown_prince": ("deputy_crown_prince",),
    "interior": ("interior",),
    "sg": ("sg",),
    "spokesman": ("spokesman",),
}
# Title words kept out of a person's span: "الملك سلمان" is PER "سلمان" when the registry lists the pair.
NAME_TITLES = frozenset(normalize(w) for w in ("الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان",
                                               "الرئيس", "البابا", "الإمبراطور", "السيد", "السيدة", "آية"))


def today() -> str:
    return _dt.date.today().isoformat()


def _day(date: str | None) -> str:
    """A comparable day string: "2023" -> "2023-07-01" (mid-period), None -> today."""
    if not date:
        return today()
    if len(date) == 4:
        return date + "-07-01"
    if len(date) == 7:
        return date + "-15"
    return date[:10]


def key_of(text: str) -> tuple[str, ...]:
    """The normalised token tuple of a name, as the matcher compares it."""
    from marsad.language.tokens import tokenize

    return tuple(t.norm for t in tokenize(text))



# Quotation marks around a one-word outlet name ("«اليوم»", ""الوطن"").
QUOTE_MARKS = frozenset('"«»“”')

@dataclass(frozen=True)
class Role:
    code: str
    office: str
    org: str  # the country (ISO3) or body (IGOUNO, LBNREB) the office belongs to
    start: str | None
    end: str | None

    def active(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Actor:
    """One registry entry: a country, capital, seat of power, organisation or person."""

    id: str
    type: str  # PER ORG GPE LOC MISC
    kind: str  # country capital seat place org person agent
    canonical: str | None
    code: str | None
    country: str | None
    names: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    before: str | None = None
    sources: tuple[str, ...] = ()
    demonym: str | None = None
    elsewhere: tuple[str, ...] = ()  # a town's name: other countries with a town of that name (ISO3)

    def code_on(self, date: str | None = None) -> str | None:
        """The CAMEO code on `date`: the highest role held then; ISO3+ELI once out of office; else the country."""
        if not self.roles:
            return self.code or self.country
        day = _day(date)
        active = [r for r in self.roles if r.active(day)]
        if active:
            return min(active, key=lambda r: OFFICE_RANK.get(r.office, 9)).code
        if any(r.end and r.end <= day for r in self.roles):
            country = self.country or self.roles[-1].org[:3]
            return f"{country}ELI"
        return self.before or self.country

    def role_on(self, date: str | None = None) -> Role | None:
        day = _day(date)
        active = [r for r in self.roles if r.active(day)]
        return min(active, key=lambda r: OFFICE_RANK.get(r.office, 9)) if active else None


@dataclass(frozen=True)
class Match:
    """A registry match over tokens [start, end): `skip` leading tokens are a title, not part of the name."""

    start: int
    end: int
    kind: str  # "name", "agent", "title"
    actor: Actor | None
    code: str | None = None
    type: str = "ORG"
    canonical: str | None = None
    entity_id: str | None = None
    skip: int = 0
    office: str | None = None
    country: str | None = None
    named: tuple[int, int] | None = None  # tokens of a country/body named inside a title ("زعيم كوريا الشمالية")
    role: str | None = None  # an institution's role when no country was named ("وزارة الصحة": GOV)


# Agent phrases that name an institution even without a country ("وزارة الصحة"): the country comes from context.
ARAB_ADJECTIVE = frozenset(normalize(w) for w in ("العربي", "العربية"))
ARMED = frozenset(normalize(w) for w in ("المسلحة", "المسلح"))
LEGITIMATE = frozenset(normalize(w) for w in ("الشرعية", "الشرعي"))
INSTITUTION_HEADS = frozenset(normalize(w) for w in ("وزارة", "مجلس", "السفارة", "القنصلية", "قوات", "قوى"))
# An army and its forces: a country's adjective after them is never a common word's ("الجيش المالي", "قوات مالية").
ARMIES = frozenset(key for w in ("الجيش", "جيش", "القوات", "قوات", "القوات المسلحة", "القوات البرية", "الجيوش")
                   for key in [tuple(normalize(x) for x in w.split())])
# Agent phrases that name one body of a state on their own, definite: the country comes from context as for a ministry
# ("قال المتحدث باسم الشرطة", "الجوازات تعلن"; a war story's "القوات النظامية" and "المعارضة" are its country's)
STATE_BODIES = frozenset(key for w in ("الشرطة", "الجوازات", "إدارة الجوازات", "الأمن العام", "القوات المسلحة",
                                       "القوات النظامية", "الجيش النظامي", "القوات الجوية", "المعارضة",
                                       "الديوان الملكي", "الاستخبارات العامة", "المخابرات العامة", "الجيش",
                                       # (round 9b: a Gulf state's health and civil-status directorates, a coast
                                       # guard: "مدير الشؤون الصحية", "الأحوال المدنية", "خفر السواحل")
                                       "الشؤون الصحية", "الأحوال المدنية", "خفر السواحل")
                         for key in [tuple(normalize(x) for x in w.split())])
# Round 10b: "أوقفت الأجهزة الأمنية شابا بعد ساعات", "سلطات الأمن": the security services named alone are a
# state body as the police are, their country from the context (the agent table's role, COP).
SECURITY_BODIES = True
SECURITY_BODY_NAMES = frozenset(key for w in ("الأجهزة الأمنية", "سلطات الأمن", "السلطات الأمنية")
                                for key in [tuple(normalize(x) for x in w.split())])
# Round 11: the forces every state has, named by what they are: its guards ("الحرس الوطني", "الحرس الجمهوري", "الحرس
# الملكي", "الحرس الرئاسي", MIL; "حرس الحدود", COP) and its security forces ("القوات الأمنية", COP) are a state body
# named alone as the police are, their country from a nisba after them ("حرس الحدود البريطانيين") or from the
# context; "الأمن" is one only with a country's adjective after it ("الأمن الأردني"), alone it is security. Off, the
# agent table's rows for them are not read.
STATE_FORCES = True
STATE_FORCE_NAMES = frozenset(key for w in ("الحرس الوطني", "الحرس الجمهوري", "الحرس الملكي", "الحرس الرئاسي",
                                            "حرس الحدود", "قوات حرس الحدود", "القوات الأمنية")
                              for key in [tuple(normalize(x) for x in w.split())])
STATE_FORCE_PHRASES = STATE_FORCE_NAMES | {(normalize("الأمن"),)}
# Round 14: a state's judiciary and customs named with its adjective ("القضاء الأمريكي", "السلطات القضائية الروسية",
# "المدعي العام السويسري", "الجمارك الصينية") are its bodies, JUD and GOV (rows of `curated/agents.tsv`); named alone
# they are not read ("القضاء على" is doing away with, "رسوم الجمارك" a duty). Off, those rows are not read.
STATE_AGENCIES = True
STATE_AGENCY_PHRASES = frozenset(key for w in ("القضاء", "السلطات القضائية", "الجهات القضائية", "المدعي العام",
                                               "الادعاء العام", "النائب العام", "الجمارك", "سلطات الجمارك",
                                               "مصلحة الجمارك")
                                 for key in [tuple(normalize(x) for x in w.split())])
# Round 14: a state body named alone by two words ("الديوان الملكي", "الأمن العام", "الأحوال المدنية") is whole: a
# definite word after it that is no adjective ("رئيس الديوان الملكي المعيّن", "مستشار بالديوان الملكي المسؤول عن
# الجمعية": the title's participle, the next title) does not make a longer name of it, as one after a one-word body
# may ("الشرطة الدينية", "الجيش الحر"). Off, any definite word after such a body leaves it unread.
COMPLETE_BODIES = True


def _adjective_like(word: str) -> bool:
    """A definite word shaped like a nisba adjective ("الوطنية", "الملكي"), which may lengthen a body's name."""
    return word.startswith("ال") and word.endswith(("ي", "يه", "يين", "يون"))


# Round 10c: a GeoNames town whose name starts with a particle ("إن صالح" In Salah, "أن قزام", "في ثان", "لا باز")
# is, in running text, the particle and the word after it ("وقال إن صالح رفض..."): read only after a place cue.
PARTICLE_TOWNS = True
TOWN_PARTICLES = frozenset(normalize(w) for w in ("إن", "أن", "أو", "في", "كان", "لا", "ما", "من", "قد", "لم", "لن"))


@dataclass(frozen=True)
class TitleResolution:
    """What a title phrase names on a date: the office holder when known, else the office's actor code."""

    office: str
    country: str  # ISO3 or body code
    code: str
    holder: Actor | None = None
    words: int = 0  # how many tokens the title phrase used
    named: tuple[int, int] | None = None  # token range (within the phrase) of a country or body named by name

    @property
    def canonical(self) -> str | None:
        return self.holder.canonical if self.holder else None


@dataclass
class Registry:
    actors: dict[str, Actor]
    # first token -> [(token tuple, payload)]
    names: dict[str, list[tuple[tuple[str, ...], Actor]]] = field(default_factory=dict)
    adjectives: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    countries: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    agents: dict[str, list[tuple[tuple[str, ...], tuple[str, str, bool]]]] = field(default_factory=dict)
    titles: dict[str, list[tuple[tuple[str, ...], tuple[str, str | None]]]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Role, Actor]]] = field(default_factory=dict)
    by_code: dict[str, Actor] = field(default_factory=dict)
    surnames: frozenset[str] = frozenset()
    # one-word names that are also common words: word -> (only after these words, never after these words)
    guards: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # guarded names that need more than the word before (round 8): word -> (words one of which the article must
    # have, words that must not come next); "*nisba" in the second set stands for any country's nisba adjective
    topics: dict[str, frozenset[str]] = field(default_factory=dict)
    # the same, inverted: a cue word of a story -> the guarded names whose story it tells
    topic_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # the last article's tokens and the guarded names its words allow: every guarded occurrence of an article
    # asks, and the article's words are read once (the stage passes one token list through all its passes)
    _topic_memo: tuple[Sequence[str], int, frozenset[str]] | None = field(default=None, repr=False, compare=False)
    never_before: dict[str, frozenset[str]] = field(default_factory=dict)
    # short GeoNames town names read only as whole words: "فرقة" is ف + "رقة" to a clitic splitter
    whole_only: set[str] = field(default_factory=set)
    # outlets whose name another entry holds ("الشرق الأوسط" the region and the daily): read in quotation marks
    outlets: dict[tuple[str, ...], Actor] = field(default_factory=dict)
    # GeoNames towns whose first word is a particle (PARTICLE_TOWNS), read only after a place cue
    particle_towns: frozenset[tuple[str, ...]] = frozenset()
    place_cues: frozenset[str] = frozenset()

    # ------------------------------------------------------------ lookups

    def lookup(self, key: str) -> Actor | None:
        """An actor by entity id ("per:vladimir-putin", "RUS", "org:united-nations") or CAMEO code.

        A country code with a role ("RUSGOV", "PRKMED") gives a generic actor for that role ("Russia
        government"); other codes ("IGOUNO") give the first registry organisation that carries them."""
        if key in self.actors:
            return self.actors[key]
        country = self.actors.get(key[:3])
        if key in self.by_code and (country is None or country.kind != "country"):
            return self.by_code[key]
        if country is not None and country.kind == "country" and len(key) > 3:
            role = key[3:6]
            label = {"GOV": "government", "MIL": "armed forces", "SPY": "intelligence", "COP": "police",
                     "MED": "media", "OPP": "opposition", "REB": "rebels", "ELI": "elites", "BUS": "business",
                     "CVL": "civilians"}.get(role, role)
            return Actor(key, "ORG", "agent", f"{country.canonical} {label}", key, country.id)
        return None

    def find(self, name: str) -> list[Actor]:
        """Actors whose registry name is exactly `name` (after normalisation, leading clitics tried)."""
        key = key_of(name)
        if not key:
            return []
        out: list[Actor] = []
        for _, stem in splits(key[0]):
            want = (stem, *key[1:])
            out.extend(a for k, a in self.names.get(stem, []) if k == want and a not in out)
        return out

    def holder(self, office: str, country: str, date: str | None = None) -> Actor | None:
        """Who held `office` in `country` (ISO3 or body code) on `date`, if the registry knows."""
        day = _day(date)
        for off in TITLE_OFFICES.get(office, (office,)):
            for role, actor in self.holders.get((country, off), []):
                if role.active(day):
                    return actor
        return None

    def office_exists(self, office: str, country: str) -> str | None:
        for off in TITLE_OFFICES.get(office, (office,)):
            if (country, off) in self.holders:
                return off
        return None

    # ------------------------------------------------------------ matching

    def _longest(self, index: dict[str, list[Any]], norms: Sequence[str], i: int,
                 clitics: bool = True) -> tuple[int, Any, int]:
        """Longest index entry at token i: (end, payload, prefix_length); end == i when none."""
        best: tuple[int, Any, int] = (i, None, 0)
        if i >= len(norms):
            return best
        readings = _readings(norms[i]) if clitics else (("", norms[i]),)
        for pre, stem in readings:
            for key, payload in index.get(stem, []):
                n = len(key)
                if i + n > len(norms) or i + n <= best[0]:
                    continue
                if all(norms[i + k] == key[k] for k in range(1, n)):
                    # "للأمم" reads ل + الأمم: no clean cut exists inside the word, so report none
                    cut = len(pre) if norms[i][len(pre):] == stem else 0
                    best = (i + n, payload, cut)
        return best

    def is_adjective(self, word: str) -> bool:
        """Whether a word is a form of a nisba adjective, also one never read as its country ("مالي")."""
        return self._longest(self.adjectives, [word], 0, clitics=False)[1] is not None

    def adjective_at(self, norms: Sequence[str], i: int, common_ok: bool = False) -> tuple[int, str | None]:
        end, iso, _ = self._longest(self.adjectives, norms, i, clitics=False)
        if iso is not None and end == i + 1 and not common_ok:
            # the nisba of a country whose name is a common word is that word's adjective too ("وزير المالية"
            # is the finance minister, not a Malian one): no context can tell, so it is never read as a country
            base = norms[i][2:] if norms[i].startswith("ال") else norms[i]
            # (only the adjective's own endings come off: "الماليزي" is Malaysian, not a Malian word)
            if base in self.guards or (base.endswith(("ة", "ه")) and base[:-1] in self.guards) or (
                    base.endswith(("ين", "ون", "ان")) and base[:-2] in self.guards):
                return i, None
        return end, iso

    def _agent_adjective_at(self, norms: Sequence[str], i: int, forces: bool = False) -> tuple[int, str | None]:
        """A nisba adjective after an agent noun, also after "العربي" ("الجيش العربي السوري").

        After an army or its forces (`forces`) the adjective of a country whose name is a common word is the
        country's: "الجيش المالي" is Mali's army, where "السلطات المالية" are the financial authorities."""
        end, iso = self.adjective_at(norms, i, common_ok=forces)
        if iso is None and i + 1 < len(norms) and (norms[i] in ARAB_ADJECTIVE or norms[i] in LEGITIMATE):
            # ("الحكومة الشرعية اليمنية": the recognised government, as "الحكومة اليمنية الشرعية")
            end, iso = self.adjective_at(norms, i + 1, common_ok=forces)
            if iso is None:
                end = i
        return end, iso

    def country_at(self, norms: Sequence[str], i: int, clitics: bool = True) -> tuple[int, str | None, int]:
        end, iso, pre = self._longest(self.countries, norms, i, clitics=clitics)
        return end, iso, pre

    def match(self, norms: Sequence[str], i: int, date: str | None = None) -> tuple[Match | None, int]:
        """The longest registry match starting at token i, and the clitic prefix length of token i."""
        cands: list[tuple[Match, int]] = []
        # 1. names
        end, actor, pre = self._longest(self.names, norms, i)
        if actor is not None and end == i + 1 and not self._guard_ok(norms, i, pre):
            actor = None
        if actor is not None and PARTICLE_TOWNS and tuple(norms[i:end]) in self.particle_towns and (
                i == 0 or norms[i - 1] not in self.place_cues):
            actor = None
        if actor is not None and end - i >= 2 and 0 < i and end < len(norms) and norms[i - 1] in QUOTE_MARKS \
                and norms[end] in QUOTE_MARKS:
            # «الشرق الأوسط» in quotation marks is the daily, as a one-word paper's name is only there ("«اليوم»")
            actor = self.outlets.get(tuple(norms[i:end]), actor)
        if actor is not None:
            skip = 1 if end - i >= 2 and norms[i][pre:] in NAME_TITLES and actor.type == "PER" else 0
            code = actor.code_on(date) if actor.kind == "person" else actor.code
            cands.append((Match(i, end, "name", actor, code, actor.type, actor.canonical, actor.id, skip), pre))
        # 2. agent phrases: "الجيش الروسي", "جيش كوريا الشمالية"
        aend, agent, apre = self._longest(self.agents, norms, i)
        force = agent is not None and _read_as(norms, i, aend, STATE_FORCE_PHRASES)
        if force and not STATE_FORCES:
            agent = None
        if agent is not None and not STATE_AGENCIES and _read_as(norms, i, aend, STATE_AGENCY_PHRASES):
            agent = None
        if agent is not None:
            role, label, construct = agent
            iso: str | None = None
            stop = aend
            named: tuple[int, int] | None = None
            if construct:
                # "جيش كوريا الشمالية", or indefinite with an adjective: "قوات روسية"
                stop, iso, cpre = self.country_at(norms, aend, clitics=False)
                if iso is not None:
                    named = (aend, stop)
                else:
                    stop, iso = self._agent_adjective_at(norms, aend, forces=(norms[i][apre:], *norms[i + 1:aend])
                                                         in ARMIES)
            else:
                stop, iso = self._agent_adjective_at(norms, aend,
                                                     forces=(norms[i][apre:], *norms[i + 1:aend]) in ARMIES)
            if iso is not None and stop > aend and role == "OPP" and stop < len(norms) and norms[stop] in ARMED:
                # "المعارضة السورية المسلحة": the armed opposition, rebels
                stop, role, label = stop + 1, "REB", label.replace("{}", "{} armed")
            if iso is not None and stop > aend:
                country = self.actors.get(iso)
                who = (country.demonym or country.canonical) if country else iso
                canon = label.replace("{}", who or iso)
                cands.append((Match(i, stop, "agent", None, iso + role, "ORG", canon, f"{iso}:{role}",
                                    named=named), apre))
            elif not construct and ((aend - i >= 2 and norms[i][apre:] in INSTITUTION_HEADS)
                                    or (((key := (norms[i][apre:], *norms[i + 1:aend])) in STATE_BODIES
                                         or (SECURITY_BODIES and key in SECURITY_BODY_NAMES))
                                        and not (aend < len(norms) and norms[aend].startswith("ال")
                                                 and not (COMPLETE_BODIES and len(key) >= 2
                                                          and not _adjective_like(norms[aend]))))
                                    # (a guard's name holds its adjective: a definite word after it is the
                                    # sentence's, "رجال الحرس الوطني المرابطين")
                                    or (STATE_FORCES and force and _read_as(norms, i, aend, STATE_FORCE_NAMES))):
                # (a body named alone; one with a definite word after it, "الشرطة الوطنية", is a longer name the
                # institution rule reads)
                cands.append((Match(i, aend, "agent", None, None, "ORG", None, None, role=role), apre))
        # 3. title phrases: "الرئيس الروسي", "وزير الخارجية الأميركي", "زعيم كوريا الشمالية"
        res, tpre = self._title_at(norms, i, date)
        if res is not None:
            named = (i + res.named[0], i + res.named[1]) if res.named else None
            cands.append((Match(i, i + res.words, "title", res.holder, res.code, "PER",
                                res.canonical, res.holder.id if res.holder else None,
                                office=res.office, country=res.country, named=named), tpre))
        if not cands:
            return None, 0
        # longest wins; on a tie a name beats an agent phrase beats a title
        order = {"name": 0, "agent": 1, "title": 2}
        best = max(cands, key=lambda c: (c[0].end, -order[c[0].kind]))
        return best

    def whole_word(self, word: str) -> bool:
        """Whether a normalised word is a one-word registry name as it stands, no clitic taken off ("بويوكادا")."""
        return any(k == (word,) for k, _ in self.names.get(word, []))

    def allows(self, norms: Sequence[str], i: int) -> bool:
        """Whether a one-word name at token i passes its guard under the clitic reading that names it."""
        for pre, stem in splits(norms[i]):
            if stem in self.guards or stem in self.whole_only:
                return self._guard_ok(norms, i, len(pre))
        return True

    def _guard_ok(self, norms: Sequence[str], i: int, pre: int) -> bool:
        """A one-word name that is also a common word stands for its entry only in the contexts it allows."""
        if pre and norms[i][pre:] in self.whole_only:
            return False
        guard = self.guards.get(norms[i][pre:])
        if guard is None:
            return True
        only, never = guard
        prev = norms[i - 1] if i > 0 else "."
        if prev in never:
            return False
        if not self._topic_ok(norms, i, norms[i][pre:]):
            return False
        if not only or (pre > 0 and not norms[i][pre:].startswith("ال")):
            return True  # "بزنجبار" is the town; "باليوم"، "بالمدينة"، "للوطن" are the common words
        if prev in QUOTE_MARKS:
            # «اليوم» is the paper only inside its own marks: after a quotation that closes ("… صديقة" اليوم)
            # the word is the common one
            return i + 1 < len(norms) and norms[i + 1] in QUOTE_MARKS
        # a place noun with a preposition or "و" is as good a cue as the bare noun ("بمحافظة حجة", "ومدينة ...");
        # short cues ("في", "من") say too little with a clitic
        return prev in only or any(len(stem) > 3 and stem in only for _, stem in splits(prev))

    def _topic_ok(self, norms: Sequence[str], i: int, word: str) -> bool:
        """A name that is a common word outside one kind of story ("الهلال" the crescent, "النصر" victory) stands
        for its entry only in an article with a word of that kind of story (a match, a league, a coach), and not
        before a word that makes it another body ("الاتحاد الآسيوي" is a federation, not the club)."""
        after = self.never_before.get(word)
        if after and i + 1 < len(norms):
            nxt = norms[i + 1]
            if nxt in after or ("*nisba" in after and self.adjective_at(norms, i + 1)[1] is not None):
                return False
        if word not in self.topics:
            return True
        return word in self.topics_in(norms)

    def topics_in(self, norms: Sequence[str]) -> frozenset[str]:
        """The guarded names whose kind of story the article tells: one of its words (a clitic taken off) is a cue.

        Computed once per token list: `norms` are the article's tokens, which the passes never change."""
        memo = self._topic_memo
        if memo is not None and memo[0] is norms and memo[1] == len(norms):
            return memo[2]
        found: set[str] = set()
        for w in set(norms):
            for _, st in splits(w):
                found.update(self.topic_cues.get(st, ()))
            found.update(self.topic_cues.get(w, ()))
        topics = frozenset(found)
        self._topic_memo = (norms, len(norms), topics)
        return topics

    def _title_at(self, norms: Sequence[str], i: int, date: str | None) -> tuple[TitleResolution | None, int]:
        tend, title, tpre = self._longest(self.titles, norms, i)
        if title is None:
            return None, 0
        office, pinned = title
        if pinned:
            return self._resolve(office, pinned, date, tend - i), tpre
        # the office's country: a nisba adjective ("الرئيس الروسي") or a country/body name after the title,
        # possibly with ل ("الأمين العام للأمم المتحدة")
        j = tend
        named: tuple[int, int] | None = None
        aend, iso = self.adjective_at(norms, j)
        if iso is None:
            aend, iso, _ = self.country_at(norms, j)
            named = (j - i, aend - i) if iso is not None else None
        if iso is None:
            nend, actor, _ = self._longest(self.names, norms, j)
            if actor is not None and actor.kind == "org" and actor.code and actor.code.startswith("IGO"):
                aend, iso, named = nend, actor.code, (j - i, nend - i)
        if iso is None:
            return self._compound(office, norms, i, tend, date), tpre
        res = self._resolve(office, iso, date, aend - i)
        return TitleResolution(res.office, res.country, res.code, res.holder, res.words, named), tpre

    def _compound(self, office: str, norms: Sequence[str], i: int, tend: int,
                  date: str | None) -> TitleResolution | None:
        """A chain of titles without a country ("ولي العهد وزير الداخلية"): the one person who holds the first
        office and every other office of the chain his country has, on the date; none when nobody or several do.
        "نائب رئيس مجلس الوزراء" inside the chain is a deputy prime minister, an office the registry may not
        list."""
        offices: list[str] = []
        j = tend
        while True:
            if tuple(norms[j:j + 2]) == CABINET:
                j += 2  # "نائب رئيس مجلس الوزراء": the cabinet a deputy's title names
            k, more, _ = self._longest(self.titles, norms, j, clitics=False)
            if more is None or more[1] is not None:
                break
            offices.append(more[0])
            j = k
        if not offices:
            return None
        day = _day(date)
        holders = {actor.id: (country, actor) for (country, off), rows in self.holders.items()
                   if off in TITLE_OFFICES.get(office, (office,)) for role, actor in rows if role.active(day)}
        fits = []
        for country, actor in holders.values():
            held = [o for o in offices if self.office_exists(o, country)]
            if held and all(self.holder(o, country, date) is actor for o in held):
                fits.append((country, actor))
        if len(fits) != 1:
            return None
        country, actor = fits[0]
        role = actor.role_on(date)
        return TitleResolution(office, country, role.code if role else country + "GOV", actor, j - i)

    def _resolve(self, office: str, country: str, date: str | None, words: int) -> TitleResolution:
        holder = self.holder(office, country, date)
        if holder is not None:
            role = holder.role_on(date)
            return TitleResolution(office, country, role.code if role else holder.code_on(date) or country, holder, words)
        code = country if country.startswith(("IGO", "NGO")) or len(country) > 3 else country + "GOV"
        return TitleResolution(office, country, code, None, words)


def resolve_title(words: str | Sequence[str], date: str | None = None) -> TitleResolution | None:
    """The holder (or the actor code) named by a title phrase on a date.

    `words` is the phrase as text ("الرئيس الروسي") or as tokens. Returns None when the phrase is not a
    title with a country. Examples on 2023-06-12: "الرئيس الروسي" -> Vladimir Putin, RUSGOV;
    "زعيم كوريا الشمالية" -> Kim Jong Un, PRKGOV; "رئيس وزراء مالي" with no known holder -> MLIGOV.
    """
    from marsad.language.tokens import tokenize

    norms = [t.norm for t in tokenize(words)] if isinstance(words, str) else [normalize(w) for w in words]
    # "سمو ولي العهد", "صاحب السمو الملكي ولي العهد", "فخامة الرئيس": the honorific is no part of the title
    start = 0
    while start < len(norms) and (norms[start] in HONORIFICS or tuple(norms[start:start + 2]) in HONORIFICS):
        start += 1 if norms[start] in HONORIFICS else 2
    res, _ = registry()._title_at(norms, start, date)
    if res is not None and start:
        res = TitleResolution(res.office, res.country, res.code, res.holder, res.words + start,
                              (res.named[0] + start, res.named[1] + start) if res.named else None)
    return res


def lookup(key: str) -> Actor | None:
    """Module-level shortcut for `registry().lookup(key)`."""
    return registry().lookup(key)


@lru_cache(maxsize=1 << 16)
def splits(word: str) -> tuple[tuple[str, str], ...]:
    """`clitic_splits` of a normalised word, cached: news vocabulary repeats, and every pass asks."""
    from marsad.language.tokens import clitic_splits

    return tuple(clitic_splits(word))


@lru_cache(maxsize=1 << 16)
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    """The clitic readings of a word, the bare word first: a name that starts with a clitic letter stays whole.

    A word in Latin letters is also read in lower case: outlets write a brand as "STC", "Stc" or "stc"."""
    out = tuple(sorted(splits(word), key=lambda r: len(r[0]) > 0))
    if word.isascii() and word.casefold() != word:
        out += (("", word.casefold()),)
    return out


def _read_as(norms: Sequence[str], i: int, end: int, keys: frozenset[tuple[str, ...]]) -> bool:
    """Whether tokens i..end read, under some clitic reading of the first ("للأمن" is ل + الأمن), as one of `keys`."""
    return any((stem, *norms[i + 1:end]) in keys for _, stem in _readings(norms[i]))


def _definite(form: str) -> list[str]:
    words = form.split()
    return [" ".join(w if w.startswith("ال") else "ال" + w for w in words)]


def _add(index: dict[str, list[Any]], key: tuple[str, ...], payload: Any) -> None:
    if key:
        bucket = index.setdefault(key[0], [])
        if all(k != key for k, _ in bucket):
            bucket.append((key, payload))


@cache
def registry() -> Registry:
    """The packaged registry, loaded and indexed once per process."""
    return build_registry(load_json("entities", "registry.json"))


# kinds in order of preference when two entries share a name
KIND_ORDER = {"country": 0, "capital": 1, "seat": 2, "place": 3, "org": 4, "person": 5}


def build_registry(data: dict[str, Any]) -> Registry:
    """Index a registry document (the JSON the build script writes)."""
    actors: dict[str, Actor] = {}
    reg = Registry(actors)
    entries = sorted(data.get("entries", []),
                     key=lambda e: ("curated" not in e.get("sources", []), KIND_ORDER.get(e.get("kind", ""), 9)))
    holders: dict[tuple[str, str], list[tuple[Role, Actor]]] = defaultdict(list)
    surnames: set[str] = set()
    towns: dict[str, dict[str, Any]] = {}
    for name, iso, en, _guarded, *rest in data.get("towns", []):
        # one actor per town, with every Arabic name GeoNames gives it
        town = towns.setdefault(f"town:{iso}:{en}", {
            "id": f"town:{iso}:{en}", "type": "GPE", "kind": "place", "code": iso, "country": iso,
            "canonical": en, "names": [], "sources": ["geonames"], "elsewhere": []})
        town["names"].append(name)
        town["elsewhere"] += [c for c in (rest[0] if rest else []) if c not in town["elsewhere"]]
    entries += list(towns.values())
    for e in entries:
        roles = tuple(Role(r["code"], r["office"], r["org"], r.get("start"), r.get("end")) for r in e.get("roles", []))
        actor = Actor(e["id"], e["type"], e["kind"], e.get("canonical"), e.get("code"), e.get("country"),
                      tuple(e.get("names", [])), roles, e.get("before"), tuple(e.get("sources", [])), e.get("demonym"),
                      tuple(e.get("elsewhere", [])))
        actors[actor.id] = actor
        for name in actor.names:
            key = key_of(name)
            _add(reg.names, key, actor)
            if len(key) == 1 and key[0].isascii() and key[0].casefold() != key[0]:
                _add(reg.names, (key[0].casefold(),), actor)  # (read in lower case too: `_readings`)
            if actor.kind == "org" and (actor.code or "").endswith("MED") and len(key) >= 2 \
                    and any(k == key and a is not actor for k, a in reg.names[key[0]]):
                reg.outlets.setdefault(key, actor)
            if actor.kind == "person" and len(key) >= 2:
                surnames.add(key[-1])
        if actor.kind == "country":
            reg.by_code.setdefault(actor.id, actor)
            for name in actor.names:
                _add(reg.countries, key_of(name), actor.id)
            for adj in e.get("adjectives", []):
                for form in _adjective_forms(adj):
                    # definite after a definite agent ("الجيش الروسي"), indefinite after an indefinite one
                    # ("وسائل إعلام عبرية")
                    for d in (*_definite(form), form):
                        _add(reg.adjectives, key_of(d), actor.id)
        elif actor.kind == "org" and actor.code:
            reg.by_code.setdefault(actor.code, actor)
        for role in roles:
            holders[(role.org, role.office)].append((role, actor))
    for g in data.get("agents", []):
        for phrase in g.get("phrases", []):
            _add(reg.agents, key_of(phrase), (g["role"], g["label"], False))
        for phrase in g.get("construct", []):
            _add(reg.agents, key_of(phrase), (g["role"], g["label"], True))
    for t in data.get("titles", []):
        for phrase in t.get("phrases", []):
            _add(reg.titles, key_of(phrase), (t["office"], t.get("country")))
    # the latest holder first, so an open-ended role wins over an older one when dates overlap
    reg.holders = {k: sorted(v, key=lambda rv: rv[0].start or "", reverse=True) for k, v in holders.items()}
    reg.surnames = frozenset(surnames)
    reg.guards = {normalize(k): (frozenset(normalize(w) for w in v.get("only_after", [])),
                                 frozenset(normalize(w) for w in v.get("never_after", [])))
                  for k, v in data.get("guards", {}).items()}
    reg.topics = {normalize(k): frozenset(normalize(w) for w in v["topic"])
                  for k, v in data.get("guards", {}).items() if v.get("topic")}
    story_cues: dict[str, set[str]] = defaultdict(set)
    for name, words in reg.topics.items():
        for w in words:
            story_cues[w].add(name)
    reg.topic_cues = {w: frozenset(names) for w, names in story_cues.items()}
    reg.never_before = {normalize(k): frozenset(w if w.startswith("*") else normalize(w) for w in v["never_before"])
                        for k, v in data.get("guards", {}).items() if v.get("never_before")}
    # a short name that is also a word ("إب", and "آب" August) never takes a clitic: "باب" is a door; nor does a
    # guarded one-word name of a person ("وصالح" is anyone called Saleh)
    reg.whole_only.update(k for k in reg.guards if len(k) <= 3 or any(
        a.kind == "person" for a in reg.find(k)))
    # a town whose name is also a word counts only after a place cue ("في", "مدينة"...)
    cues = frozenset(normalize(w) for w in data.get("place_cues", []))
    for name, _iso, _en, guarded, *_ in data.get("towns", []):
        if guarded:
            reg.guards.setdefault(normalize(name), (cues, frozenset()))
        if len(name) <= 3:
            reg.whole_only.add(normalize(name))
    reg.place_cues = cues
    reg.particle_towns = frozenset(key for name, *_ in data.get("towns", []) for key in [key_of(name)]
                                   if len(key) >= 2 and key[0] in TOWN_PARTICLES)
    return reg


def _adjective_forms(adj: str) -> Iterable[str]:
    words = adj.split()
    if not all(w.endswith("ي") for w in words):
        yield adj
        return
    for suffix in ("", "ة", "ون", "ين"):
        yield " ".join(w + suffix for w in words)
