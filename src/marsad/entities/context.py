"""Country codes from the article's context (step 6 of `stage.tag_entities`).

1. `_kingdom_pass`: a bare "المملكة" names the kingdom the article mentions most among those whose press calls
   them so (Saudi Arabia, Jordan, Morocco, Bahrain; else the outlet's, else Saudi Arabia), a bare "السلطنة" the
   sultanate. `_heir_title_pass`: "ولي العهد" and "ولي ولي العهد" named without a
   country are the home kingdom's heirs on the article's date.
2. `_context_country_pass`: a town's name other countries' towns share is the town of the sentence's country,
   else the article's; a body named with its country is the same body when named again without it; a place the
   registry does not know lies in the one country its sentence names, else in the known place named right after
   it with "في" or "بـ" ("كويتا في باكستان"), else (a town, in a sentence naming no country) in the article's
   dominant country; unknown people and organisations, and
   institutions named without a country, take the country their sentence names, else the article's dominant
   one, else (for an article that names none) the outlet's (`outlet_country`), else the one country whose
   adjective it uses (`_adjective_country`); a national team is no clue; a body attached to another ("التابعة
   لـ") is of that one's country.
   State bodies named without a
   country are the home country's (`_home_country`), a sentence naming several foreign countries gives the
   nearest, and an Arab given name or a foreign name is no clue to a country named elsewhere. An outlet or
   agency the page credits (its photo credit, its sources line: `_credited`) takes no country from the story.
   An institution named by the same words again is one body with one code (`_same_name_pass`); a body the
   recogniser found by one word that names a registry club or city is of its country (`_club_of`).
   `_world_body_pass`: a body called international or world after its head ("المجلس الدولي للحدائق"; also an
   agency or a conference, and an indefinite head and one genitive so called after them: "مجلس الطاقة العالمي")
   that names no country is an NGO; `_body_unit_pass`: a committee of a body outside the state ("لجنة الاستثمار بالغرفة") takes
   that body's code.
   `_stated_nationality_pass`: a nationality stated beside a name ("وهو أحد أقدم العمانيين", "وهي عراقية") is the
   person's country.
3. `_collective_pass`: "القيادة" sending congratulations or condolences is the home country's leadership (GOV);
   a coalition "بقيادة X" is X's armed forces (MIL), one named without its leader the leader of the war the
   story is about.
"""

from __future__ import annotations

import bisect
import re

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.entities.mention import _bare_first, _char_cut, _country_of, _covered, _Found
from marsad.entities.namewords import _given_name_test
from marsad.entities.registry import Actor, Registry
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import role_table
from marsad.entities.translit import foreign_name, foreign_word, given_names
from marsad.language.tokens import Token, sentences_of

# Round 10: a body the recogniser found whose one word is a registry city ("برشلونة" the club) is of that city's
# country, not of the country its sentence names.
CITY_CLUB_COUNTRY = True
CLUB_HEADS = ("نادي", "فريق")
# Round 10: a person's nationality said beside the name ("فلان، وهو أحد أقدم العمانيين", "فلان أحد المقيمين
# اليمنيين", "فلانة وهي عراقية", "وهو أردني الجنسية يدعى فلان") is his country, not the story's
# (`_stated_nationality_pass`).
STATED_NATIONALITY = True
HE_SHE = frozenset(normalize(w) for w in ("وهو", "وهي", "هو", "هي"))
ONE_OF = frozenset(normalize(w) for w in ("أحد", "إحدى", "احدى", "من"))
NATIONALITY_WORD = frozenset(normalize(w) for w in ("الجنسية", "الجنسيه"))
CALLED = frozenset(normalize(w) for w in ("يدعى", "ويدعى", "يدعي", "ويدعي", "اسمه", "واسمه", "اسمها", "واسمها"))
# Round 13: a body named "international" or "world" after its head ("المجلس الدولي للحدائق", "الاتحاد الدولي
# الزراعي", "المجلس الإسلامي العالمي للتنمية") that no list knows and no country's adjective or place names is no
# state's body: a non-governmental organisation (NGO), not the government of the country its sentence names
# (`_world_body_pass`).
WORLD_BODIES = True
WORLD_HEADS = frozenset(normalize(w) for w in (
    "المجلس", "الاتحاد", "المنظمة", "اللجنة", "الهيئة", "الرابطة", "الجمعية", "المركز", "المعهد", "المؤسسة",
    "الصندوق", "المنتدى", "الشبكة", "التحالف"))
WORLD_ADJECTIVES = frozenset(normalize(w) for w in ("الدولي", "الدولية", "العالمي", "العالمية"))
# Round 23: the same with an agency's or a conference's head ("الوكالة الدولية لمكافحة المنشطات", "المؤتمر العالمي
# للبطاطس"), and with the adjective closing a name of an indefinite head and one genitive ("مجلس الطاقة العالمي"):
# these were the government of the country their sentence names. Off, only round 13's heads and the adjective after
# the head.
WORLD_BODIES_WIDE = True
WIDE_WORLD_HEADS = frozenset(normalize(w) for w in ("الوكالة", "المؤتمر"))
ALL_WORLD_HEADS = WORLD_HEADS | WIDE_WORLD_HEADS
# Round 13: a committee named as part of another body ("لجنة الاستثمار بالغرفة", "اللجنة الوطنية للناقلين في مجلس
# الغرف", "لجنة الرعاية في المجلس الإسلامي العالمي") is of that body: its code, not the government's that the head
# word "لجنة" gives (`_body_unit_pass`). Only bodies outside the state lend their code: a committee of a ministry
# or a council of state is the state's already.
BODY_UNITS = True
UNIT_HEADS = frozenset(normalize(w) for w in ("لجنة", "اللجنة"))
IN_WORDS = frozenset(normalize(w) for w in ("في", "لدى"))
# Roles of bodies that are no part of the state: a committee of one is of that body's sector.
UNIT_BODY_ROLES = frozenset({"BUS", "EDU", "HLH", "CVL", "LAB", "MED", "JUD"})
# Round 13: in a sports story a foreign name is no clue to the country of the club, the league or the city its
# sentence names: clubs field players and coaches of every nationality ("وانضم المحترف فلان إلى النادي"). A foreign
# name the text gives no nationality, title or role takes no country from the context there (`_sports_story`).
SPORTS_FOREIGNERS = True
SPORTS_WORDS = frozenset(normalize(w) for w in (
    "اللاعب", "لاعب", "لاعبي", "اللاعبين", "المدرب", "مدرب", "المحترف", "محترف", "المهاجم", "الحارس", "المدافع",
    "النادي", "نادي", "الفريق", "المباراة", "مباراة", "الدوري", "دوري", "المنتخب", "هدف", "الهدف", "الموسم",
    "التعاقد", "الانتقالات", "صفوف"))
# A national team ("المنتخب القطري", `institutions._national_team_pass`) says whom a player plays for, no clue to where
# the story happens or to the country of the people its sentence names ("فلان أحد لاعبي المنتخب القطري").
TEAM = normalize("المنتخب")
# "المملكة" alone is the kingdom the article is about; these are the kingdoms it can be.
KINGDOMS = ("SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "SWZ", "LSO", "BTN")
# The kingdoms whose own press calls them "المملكة" alone; the others are named by name ("بريطانيا", "المملكة
# المتحدة", "إسبانيا"), so a bare "المملكة" in a story about one of them is still the paper's own kingdom.
BARE_KINGDOMS = ("SAU", "JOR", "MAR", "BHR")
KINGDOM_WORD = normalize("المملكة")
# "التابعة لـ": what a body is attached to, named right after it.
ATTACHED = frozenset(normalize(w) for w in ("التابع", "التابعة", "التابعين", "التابعون", "التابعتين"))
# "المملكة المتحدة", "المملكة العربية السعودية", "المملكة الأردنية": the registry names those already
KINGDOM_NEXT = frozenset(normalize(w) for w in ("المتحدة", "العربية", "الأردنية", "المغربية", "الهاشمية"))
SULTANATE_WORD = normalize("السلطنة")
SULTANATES = ("OMN", "BRN")
# Country-code domains of Arabic-language outlets: a page from one is, failing any other clue, about its country
# ("وزارة التعليم" in a story on a .sa site is the Saudi ministry).
OUTLET_DOMAINS = {"sa": "SAU", "ae": "ARE", "kw": "KWT", "qa": "QAT", "bh": "BHR", "om": "OMN", "ye": "YEM",
                  "iq": "IRQ", "sy": "SYR", "lb": "LBN", "jo": "JOR", "ps": "PSE", "eg": "EGY", "sd": "SDN",
                  "ly": "LBY", "tn": "TUN", "dz": "DZA", "ma": "MAR", "mr": "MRT"}
# Roles of state bodies: named without a country, they are the outlet's country's ("وزارة العمل").
STATE_ROLES = frozenset({"GOV", "COP", "MIL", "LEG", "JUD", "SPY"})
# Roles of forces, which act where the story happens rather than where the page is published.
FORCE_ROLES = frozenset({"COP", "MIL", "SPY"})
# Member states of the Arab League: their people bear Arab given names.
ARAB_STATES = frozenset({"SAU", "ARE", "KWT", "QAT", "BHR", "OMN", "YEM", "IRQ", "SYR", "JOR", "LBN", "PSE", "EGY",
                         "SDN", "LBY", "TUN", "DZA", "MAR", "MRT", "SOM", "DJI", "COM"})
# Titles of a kingdom's heirs, named alone in its press ("ولي العهد", "ولي ولي العهد"), ending with the word
# for the succession: "ولي عهد" is a construct whose country follows.
HEIR_OFFICES = frozenset({"crown_prince", "deputy_crown_prince"})
TENURE = normalize("العهد")
DEPUTY = normalize("نائب")
# "القيادة تهنئ/تعزي ...": verbs of the congratulation and condolence news a state's leadership sends.
LEADERSHIP_VERBS = frozenset(normalize(w) for w in (
    "تهنئ", "تهني", "هنأت", "هنات", "تعزي", "عزت", "تواسي", "واست", "تبعث", "بعثت", "تعزى"))
LEADERSHIP = normalize("القيادة")
# "قوات التحالف بقيادة الولايات المتحدة", "التحالف الذي تقوده السعودية": a coalition named by its leader.
COALITION = frozenset(normalize(w) for w in ("التحالف", "قوات التحالف", "طيران التحالف", "دول التحالف",
                                             "طائرات التحالف", "مقاتلات التحالف"))
COALITION_ASSETS = frozenset(normalize(w) for w in ("طيران", "طائرات", "مقاتلات"))
# A coalition named without its leader, by the war the story is about: the Saudi-led one in Yemen (from March
# 2015) and the US-led one against the Islamic State in Syria and Iraq (from August 2014).
COALITION_WARS = ((frozenset({"YEM"}), "SAUMIL", "2015-03-26"), (frozenset({"SYR", "IRQ"}), "USAMIL", "2014-08-08"))
LED_BY = (("بقيادة",), ("الذي", "تقوده"), ("التي", "تقودها"), ("بزعامة",))
# The words `_collective_pass` starts from: any other word is passed over at the cost of one set lookup.
COLLECTIVE_STARTS = frozenset({LEADERSHIP, *(phrase.split()[0] for phrase in COALITION)})
# Roles of bodies whose country tells nothing of where a story happens: a company ("تويتر" USABUS) trades
# everywhere.
OUTSIDE_ROLES = frozenset({"BUS"})
# World news agencies: their country tells nothing of where the story they carry happens ("بحسب حصيلة لوكالة
# فرانس برس، قتل 17 عنصرا من قوات الامن" in a story from Turkey).
WORLD_AGENCIES = frozenset({"org:agence-france-presse", "org:reuters", "org:associated-press",
                            "org:deutsche-presse-agentur"})


def outlet_country(url: str | None) -> str | None:
    """The country of a page's country-code domain ("https://www.spa.gov.sa/..." -> SAU), else None."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    return OUTLET_DOMAINS.get(host.rsplit(".", 1)[-1]) if "." in host else None


def _home_country(art: Article, found: list[_Found], reg: Registry) -> str | None:
    """The outlet's own country: its country-code domain when the story names that country or none, else
    the kingdom a bare "المملكة" names (a paper calls its own kingdom "the Kingdom", as Saudi, Jordanian,
    Moroccan and Bahraini papers do)."""
    home = outlet_country(art.source.url)
    if home is not None:
        # a story that names only foreign countries is about them, wherever it is published ("وزارة الصحة"
        # in a Saudi paper's report from Cairo is Egypt's)
        # (an agency's credit, "واس", or a company names no country of the story)
        named = {c for f in found if f.origin != "model" and (f.actor or "")[3:6] not in ("MED", "BUS")
                 and (c := _country_of(f.actor, reg)) is not None}
        if home in named or not named:
            return home
    for f in found:
        if f.origin == "context" and f.type == "GPE" and f.actor in KINGDOMS:
            return f.actor
    return None


def _adjective_country(norms: list[str], reg: Registry) -> str | None:
    """The country of an article that names none but calls things by its adjective ("الميركاتو السعودي", "السوق
    السعودية"): the one country whose adjective it uses most, when no other's is used as often."""
    counts: dict[str, int] = {}
    for i, w in enumerate(norms):
        if w.startswith("ال") and i > 0 and norms[i - 1][:1].isalpha():
            end, iso = reg.adjective_at(norms, i)
            if iso is not None:
                counts[iso] = counts.get(iso, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=lambda k: counts[k])


def _kingdom_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found],
                  url: str | None = None) -> list[_Found]:
    """A bare "المملكة" names the kingdom the article mentions most (Saudi Arabia in a Saudi story), a bare
    "السلطنة" the sultanate (Oman in an Omani one)."""
    out = list(found)
    taken = _covered(found)
    for word, polities in ((KINGDOM_WORD, BARE_KINGDOMS), (SULTANATE_WORD, SULTANATES)):
        counts = {iso: 0 for iso in polities}
        for f in found:
            iso = (f.actor or "")[:3]
            if iso in counts:
                counts[iso] += 1
        best = max(counts, key=lambda k: counts[k])
        if counts[best] == 0:
            if word != KINGDOM_WORD:
                continue
            # a paper calls its own kingdom "المملكة" without naming it: the outlet's kingdom, else Saudi
            # Arabia, whose press writes most of the Arabic news that does so
            home = outlet_country(url)
            best = home if home in KINGDOMS else "SAU"
        kingdom = reg.actors.get(best)
        for i, norm in enumerate(norms):
            if i in taken:
                continue
            for pre, stem in clitic_splits(norm):
                if stem == word and (i + 1 >= len(norms) or norms[i + 1] not in KINGDOM_NEXT):
                    cut = _char_cut(toks[i], len(pre)) if pre and norm[len(pre):] == stem else 0
                    out.append(_Found(i, i + 1, "GPE", best, kingdom.canonical if kingdom else None, best,
                                      "context", None, cut))
                    taken.add(i)
                    break
    return out


def _heir_title_pass(art: Article, toks: list[Token], norms: list[str], date: str, reg: Registry,
                     found: list[_Found]) -> list[_Found]:
    """"ولي العهد", "ولي ولي العهد" named without a country are the home kingdom's heir on the article's date, a
    mention of that person as "خادم الحرمين الشريفين" is of the king: a Gulf paper names its crown prince by the
    title alone, before or after his name ("الأمير محمد بن نايف ولي العهد"). The home kingdom is the outlet's or
    the one a bare "المملكة" names (`_home_country`), else the kingdom the story names most; a title with a
    country ("ولي العهد السعودي") is the registry pass's, "كأس ولي العهد" the competition's. The king's deputy
    ("نائب خادم الحرمين الشريفين", who stands in while the king is away) is the crown prince (`_king_deputy`)."""
    found = _king_deputy(toks, norms, date, reg, found)
    home = _home_country(art, found, reg)
    if home is None:
        counts: dict[str, int] = {}
        for f in found:
            if (iso := (f.actor or "")[:3]) in KINGDOMS:
                counts[iso] = counts.get(iso, 0) + 1
        home = max(counts, key=lambda k: counts[k]) if counts else None
    if home is None:
        return found
    taken = _covered(found)
    out = list(found)
    i = 0
    while i < len(norms):
        if i in taken:
            i += 1
            continue
        end, title, pre = reg._longest(reg.titles, norms, i)
        if title is None or title[0] not in HEIR_OFFICES or title[1] is not None or norms[end - 1] != TENURE \
                or any(k in taken for k in range(i, end)) or reg.adjective_at(norms, end)[1] is not None \
                or reg.country_at(norms, end)[1] is not None:
            i += 1
            continue
        holder = reg.holder(title[0], home, date)
        if holder is not None:
            role = holder.role_on(date)
            out.append(_Found(i, end, "PER", role.code if role else home + "GOV", holder.canonical, holder.id,
                              "registry", holder, _char_cut(toks[i], pre) if pre else 0))
            taken.update(range(i, end))
        i = end
    return out


def _king_deputy(toks: list[Token], norms: list[str], date: str, reg: Registry, found: list[_Found]) -> list[_Found]:
    """"نائب خادم الحرمين الشريفين يدشن مشروعا للإسكان في تبوك": a king's epithet after "نائب" names his deputy, the
    crown prince on the date, not the king; the mention takes "نائب" in."""
    for f in found:
        if f.type != "PER" or f.start == 0 or f.person is None:
            continue
        end, title, _ = reg._longest(reg.titles, norms, f.start)
        if title is None or end != f.end or title[0] not in ("king", "emir", "sultan") or title[1] is None:
            continue
        pre = next((p for p, stem in clitic_splits(norms[f.start - 1]) if stem == DEPUTY), None)
        holder = reg.holder("crown_prince", title[1], date) if pre is not None else None
        if holder is None:
            continue
        role = holder.role_on(date)
        f.start, f.cut = f.start - 1, _char_cut(toks[f.start - 1], len(pre or "")) if pre else 0
        f.actor, f.canonical, f.entity_id, f.person = role.code if role else f.actor, holder.canonical, holder.id, holder
    return found


def _credited(toks: list[Token], f: _Found, credited: set[str]) -> bool:
    """The mention names an outlet or agency the page credits (its photo credit or its sources line)."""
    rest = " ".join(t.norm for t in toks[f.start + 1:f.end])
    firsts = [toks[f.start].norm, *(stem for _, stem in clitic_splits(toks[f.start].norm))]
    return any(" ".join(filter(None, (w, rest))) in credited for w in firsts)


# Words that say what kind of place follows ("بإقليم البنجاب"): the place after them is the container.
CONTAINER_WORDS = frozenset(normalize(w) for w in ("منطقة", "محافظة", "مدينة", "إقليم", "ولاية", "مقاطعة", "دولة"))
# Words that place a town by a known place near it ("قرية دوما جنوب نابلس", "بلدة شمال حلب"): the same country.
NEAR_WORDS = frozenset(normalize(w) for w in ("جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
                                              "قرب", "بالقرب"))


def _container_country(norms: list[str], f: _Found, found: list[_Found], reg: Registry) -> str | None:
    """The country of a known place right after a place with "في" or "بـ" ("كويتا في باكستان", "سيالكوت بإقليم
    البنجاب"), which contains it, or with a compass word or "قرب" ("قرية دوما جنوب نابلس"), which lies near it;
    None when no such place follows."""
    k = f.end
    if k >= len(norms):
        return None
    starts = {g.start: g for g in found if g.type in ("GPE", "LOC")}
    if norms[k] == normalize("في") or norms[k] in NEAR_WORDS:
        k += 1
        if norms[k - 1] == normalize("بالقرب") and k < len(norms) and norms[k] == normalize("من"):
            k += 1
    elif not norms[k].startswith("ب") or k not in starts and not any(
            norms[k][1:] == w for w in CONTAINER_WORDS):
        return None
    if k < len(norms) and (norms[k] in CONTAINER_WORDS or norms[k][1:] in CONTAINER_WORDS) and k not in starts:
        k += 1
    g = starts.get(k)
    return _country_of(g.actor, reg) if g is not None else None


def _context_country_pass(art: Article, toks: list[Token], norms: list[str], reg: Registry,
                          found: list[_Found]) -> list[_Found]:
    """Unknown people and organisations, and institutions named without a country ("وزارة الصحة"), take the
    country their sentence names when it names one, else the article's dominant country (half or more of its
    country-coded mentions, at least two; or the only country it names), as an event coder would; when the
    sentence names several and the dominant one is not among them, the one named nearest; otherwise they stay
    without a code. Places the registry does not know take their sentence's country when it names one alone.
    An article that names no country at all is about its outlet's country when the page's address has a
    country-code domain (`outlet_country`)."""
    sentence_of: dict[int, int] = {}
    starts = [s.start for s in sentences_of(art)]

    def sent(i: int) -> int:
        k = sentence_of.get(i)
        if k is None:
            k = sentence_of[i] = bisect.bisect_right(starts, toks[i].start)
        return k

    per_sentence: dict[int, set[str]] = {}
    # the countries a sentence names by a place or a body, not by a person's nationality
    placed: dict[int, set[str]] = {}
    totals: dict[str, int] = {}
    cities_only: dict[str, bool] = {}
    for f in found:
        iso = _country_of(f.actor, reg)
        role = (f.actor or "")[3:6]
        # a GeoNames town is a weak clue: its name may be another country's town ("زنجبار")
        if iso is not None and f.origin != "model" and role not in OUTSIDE_ROLES and f.type != "LOC" \
                and not (f.entity_id or "").startswith("town:") and f.entity_id not in WORLD_AGENCIES \
                and not (f.type == "ORG" and any(st == TEAM for _, st in clitic_splits(norms[f.start]))):
            per_sentence.setdefault(sent(f.start), set()).add(iso)
            if f.type != "PER":
                placed.setdefault(sent(f.start), set()).add(iso)
            totals[iso] = totals.get(iso, 0) + 1
            city = (f.entity_id or "").startswith(("city:", "place:"))
            cities_only[iso] = cities_only.get(iso, True) and city
    dominant = None
    if totals:
        best = max(totals, key=lambda k: totals[k])
        # an article naming one country alone is about it even when it names it once
        if (totals[best] >= 2 and totals[best] * 2 >= sum(totals.values())) or len(totals) == 1:
            dominant = best
    # one city named once is where something took place ("معسكر الفريق في مدينة لوزان"): enough for the state
    # bodies of the story, not for its people, clubs and companies
    weak_dominant = dominant is not None and totals.get(dominant) == 1 and bool(cities_only.get(dominant))
    home = _home_country(art, found, reg)
    # a kingdom the story names in passing ("التحالف الذي تقوده المملكة") in a story about another country:
    # its ministries may still be the page's own, but the security forces at work are the other country's
    weak_home = home is not None and outlet_country(art.source.url) is None and dominant not in (None, home) \
        and totals.get(home, 0) * 3 <= totals.get(dominant or "", 0)
    if dominant is None and not totals:
        dominant = outlet_country(art.source.url) or _adjective_country(norms, reg)
    given = _given_name_test()
    credited = {normalize(c) for c in [*art.credits, art.photo_credit or ""] if c}
    sports = SPORTS_FOREIGNERS and _sports_story(norms)

    def arab_name(first: str) -> bool:
        return given is not None and any(given(stem) for _, stem in clitic_splits(first))
    for f in found:
        # a town followed by the known place it lies in, of another country ("قرية دوما بالضفة الغربية"), is that
        # country's town of the name, not the registry's
        if (f.entity_id or "").startswith("town:") and f.type == "GPE" \
                and (inside := _container_country(norms, f, found, reg)) is not None \
                and inside != _country_of(f.actor, reg):
            f.actor, f.canonical, f.entity_id = inside, None, None
            continue
        # a town's name that other countries' towns share ("زنجبار": Zanzibar, and Zinjibar in Yemen) is the
        # town of the country the sentence names, else of the article's country
        town = reg.actors.get(f.entity_id or "") if (f.entity_id or "").startswith("town:") else None
        if town is not None and town.elsewhere:
            here = per_sentence.get(sent(f.start), set())
            pick = next(iter(here)) if len(here) == 1 else dominant
            if pick in town.elsewhere and town.country not in here:
                f.actor, f.canonical, f.entity_id = pick, None, None
    by_start = {g.start: g for g in found if g.type == "ORG" and g.actor}
    # a body named with its country ("مجلس النواب الليبي") is the same body when named again without it
    bodies: dict[tuple[str, ...], str] = {}
    for f in found:
        if f.type == "ORG" and f.actor and f.end - f.start >= 2 and reg.adjective_at(norms, f.end - 1)[1]:
            bodies.setdefault(tuple(norms[f.start:f.end - 1]), f.actor)
    for f in found:
        here = per_sentence.get(sent(f.start), set())
        if f.type == "ORG" and f.actor is None and f.role:
            same = next((bodies[k] for _, stem in clitic_splits(norms[f.start])
                         if (k := (stem, *norms[f.start + 1:f.end])) in bodies), None)
            if same is not None:
                f.actor = same
                continue
        if f.actor is None and f.origin == "model" and f.type in ("GPE", "LOC"):
            # a place the registry does not know lies in the one country its sentence names ("مدينة نورنبرج
            # الألمانية"), not in the article's main one: a foreign town is often the story's only foreign word
            if len(here) == 1:
                f.actor = next(iter(here))
            elif (inside := _container_country(norms, f, found, reg)) is not None:
                # "كويتا في باكستان", "منطقة سيالكوت بإقليم البنجاب": the place it lies in says its country
                f.actor = inside
            elif not here and f.type == "GPE" and dominant is not None and not weak_dominant:
                # a town in a sentence naming no country ("واتجهت نحو مدينة لودر"): the story's own (a region or a
                # sea may lie across borders)
                f.actor = dominant
            continue
        unknown = (f.origin == "model" and f.type in ("PER", "ORG")) or (f.origin == "agent" and f.role) \
            or (f.origin == "pattern" and f.type != "MISC")
        if f.actor is not None or not unknown:
            continue
        if CITY_CLUB_COUNTRY and f.type == "ORG" and f.origin == "model" and f.end - f.start == 1 \
                and (club := _club_of(_bare_first(toks, norms, f), reg)) is not None:
            # "برشلونة" read as a body: the club the registry knows as "نادي برشلونة", or a club named after a
            # registry city ("روما"), of its country whatever country its sentence names (the rival's: "برشلونة
            # وميلان")
            f.actor = club.code if club.type == "ORG" else club.country
            if club.type == "ORG":
                f.canonical, f.entity_id = club.canonical, club.id
            continue
        owner = by_start.get(f.end + 1) if f.type == "ORG" and f.role and f.end < len(norms) \
            and norms[f.end] in ATTACHED else None
        if owner is not None and (c := _country_of(owner.actor, reg)) is not None:
            # "اللجنة العليا للإغاثة التابعة للحكومة اليمنية": a body attached to another is of that one's country,
            # whatever other country the sentence names
            f.actor = c + (f.role or "")
            continue
        if f.type == "ORG" and f.origin == "model" and _credited(toks, f, credited):
            # the outlet or agency the page credits ("تقرير لـ'العربي'", "(الصورة: غيتي)") works for the page,
            # not for the country the story is about
            continue
        if f.origin == "agent" and f.role in STATE_ROLES and here and dominant is not None and not weak_dominant \
                and not placed.get(sent(f.start)):
            # "في إشارة إلى نظيره الأميركي جون كيري، وفي مناسبة لمجلس الشورى": a state body named alone is the
            # story's country's; a foreign person's nationality in its sentence says where he is from, not where
            # the body sits (in a story with no dominant country the people of the sentence are the best clue:
            # "وخالد الحميدان رئيس الاستخبارات العامة")
            here = set()
        iso = next(iter(here)) if len(here) == 1 else dominant
        if home is not None and f.role in STATE_ROLES and not (weak_home and f.role in FORCE_ROLES) and (
                f.origin != "model" or (
                len(here) > 1 and home in here and f.end - f.start >= 2)):
            # a ministry or a police named without a country is the outlet's own, whatever foreign country the
            # sentence deals with ("وزارة العمل توقف الاستقدام من بلد ما"); so is an official with a bare title
            # ("وزير الخارجية فلان") in a sentence that names the home country among others (one word is more
            # likely a short form of someone named in full elsewhere)
            iso = home
        elif len(here) > 1 and (dominant is None or dominant not in here):
            # a sentence naming several countries, none the article's own: the nearest mention
            near = [(abs(g.start - f.start), c) for g in found if g.origin != "model"
                    and (c := _country_of(g.actor, reg)) in here and sent(g.start) == sent(f.start)]
            iso = min(near)[1] if near else iso
        if iso is not None and len(here) != 1 and weak_dominant and iso == dominant and f.role not in STATE_ROLES:
            iso = None
        if iso is not None and f.type == "PER" and len(here) != 1 and iso not in ARAB_STATES \
                and f.role not in FORCE_ROLES and arab_name(toks[f.start].norm):
            # an Arab given name is no clue to a foreign country the article names elsewhere (a Saudi club's
            # players at a camp in Switzerland stay without a code rather than become Swiss); a police or army
            # officer's title is ("رئيس الشرطة الوطنية الجنرال أريف سنتوسو" in a story about Indonesia)
            iso = None
        if iso is not None and f.type == "PER" and f.origin == "model" and len(here) != 1 and iso in ARAB_STATES \
                and f.role is None and foreign_name(norms[f.start:f.end]):
            # nor is a foreign name a clue to the Arab country the article is about ("ستيفن بيركوف" quoted in a
            # story about Iraq is no Iraqi)
            iso = None
        if iso is not None and sports and f.type == "PER" and f.origin == "model" and f.role is None \
                and _foreign_person(norms[f.start:f.end]):
            # a player or a coach of a foreign name in a sports story: not of the club's or the league's country
            iso = None
        if iso is not None:
            f.actor = iso + (f.role or "")
    found = _world_body_pass(norms, reg, found)
    found = _body_unit_pass(norms, reg, found)
    return _same_name_pass(norms, found)


def _sports_story(norms: list[str]) -> bool:
    """An article about sport: three different words of players, clubs, matches and leagues."""
    return len({stem for w in norms for _, stem in clitic_splits(w) if stem in SPORTS_WORDS}) >= 3


def _foreign_person(words: list[str]) -> bool:
    """A foreign name (`translit.foreign_name`), or one word with none of the letters of Arabic names that no
    list gives as an Arabic given name ("فلانيتش")."""
    if len(words) >= 2:
        return foreign_name(words)
    w = words[0]
    return foreign_word(w) and not w.startswith("ال") and w not in given_names() and len(w) >= 4


def _world_body_pass(norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """A body found by its head word whose head is called international or world (right after it, or after one
    adjective of its field: "المجلس الإسلامي العالمي") is an NGO, when no country's adjective or place is in it;
    under `WORLD_BODIES_WIDE` also an agency or a conference so called, and a body of three words whose indefinite
    head is so called at the end of its name ("مجلس الطاقة العالمي")."""
    if not WORLD_BODIES:
        return found
    heads = ALL_WORLD_HEADS if WORLD_BODIES_WIDE else WORLD_HEADS
    for f in found:
        if f.type != "ORG" or f.origin not in ("pattern", "model") or f.end - f.start < 2:
            continue
        head = norms[f.start][f.cut:]
        if WORLD_BODIES_WIDE and f"ال{head}" in heads:
            # "مجلس الطاقة العالمي": an indefinite head before one genitive, the adjective closing the name; in a
            # longer chain the adjective is the nested name's ("هيئة تنظيم معرض الكتاب الدولي": the fair's)
            if f.end - f.start != 3 or norms[f.end - 1] not in WORLD_ADJECTIVES or (
                    f.actor and _country_of(f.actor, reg) is None):
                continue  # (a body named after an international one keeps its code: "صندوق أوبك للتنمية الدولية")
        elif head not in heads:
            continue
        else:
            k = f.start + 1
            if k + 1 < f.end and norms[k] not in WORLD_ADJECTIVES and norms[k].startswith("ال") \
                    and norms[k].endswith(("ي", "ية", "يه")):
                k += 1  # "المجلس الإسلامي العالمي": the field's adjective first
            if norms[k] not in WORLD_ADJECTIVES:
                continue
        if any(reg.adjective_at(norms, j)[1] is not None for j in range(f.start + 1, f.end)) or any(
                g is not f and f.start <= g.start < f.end and g.type in ("GPE", "LOC") for g in found):
            continue  # "الاتحاد الدولي السعودي": a national branch
        f.actor, f.role = "NGO", None
    return found


def _body_unit_pass(norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """A committee followed by "في"/"لدى" or "بـ" and a body outside the state (a chamber, a company, a university,
    a hospital, an NGO or an international body: "لجنة الاستثمار بالغرفة", "اللجنة الوطنية للناقلين في مجلس الغرف")
    takes that body's code; a body named by its head word alone after "بـ" ("بالغرفة") gives its head's role."""
    if not BODY_UNITS:
        return found
    table = role_table()
    starts = {g.start: g for g in found if g.type == "ORG"}
    for f in found:
        if f.type != "ORG" or f.origin != "pattern" or norms[f.start][f.cut:] not in UNIT_HEADS:
            continue
        j = f.end
        if j < len(norms) and norms[j] in IN_WORDS:
            j += 1
        body = starts.get(j)
        if j >= len(norms) or body is f:
            continue
        if body is None or not body.actor:
            head = table.find(table.heads, norms, j) if j == f.end else None
            iso = _country_of(f.actor, reg)
            if head is not None and head.length == 1 and head.definite and head.role in UNIT_BODY_ROLES \
                    and norms[j][:head.prefix].endswith("ب") and iso is not None:
                # "لجنة الاستثمار بالغرفة": the body named by its head word alone, the one the story names in full
                f.actor, f.role = iso + head.role, None
            continue
        if j == f.end and not (body.cut and norms[j].startswith(("ب", "وب"))):
            continue  # a body right after the committee is attached only by "بـ" ("بالغرفة")
        role = body.actor[3:] if len(body.actor) > 3 and not body.actor.startswith(("IGO", "NGO")) else ""
        if body.actor.startswith(("IGO", "NGO")) or role in UNIT_BODY_ROLES:
            f.actor, f.role = body.actor, None
    return found


def _stated_nationality(norms: list[str], f: _Found, reg: Registry, owner: dict[int, _Found]) -> str | None:
    """The country a person's nationality is said in right after the name ("، وهو أحد أقدم العمانيين", "أحد
    المقيمين اليمنيين", "وهي عراقية") or right before it ("أردني الجنسية يدعى فلان")."""
    j = f.end
    while j < len(norms) and norms[j] in (",", "،", '"'):
        j += 1
    pronoun = j < len(norms) and norms[j] in HE_SHE
    j += pronoun
    if j < len(norms) and norms[j] not in ONE_OF:
        # "وهي عراقية", "وهو أردني الجنسية": the adjective right after the pronoun
        end, iso = reg.adjective_at(norms, j, common_ok=True) if pronoun else (0, None)
        if iso is not None and j not in owner:
            return iso
    elif j < len(norms):
        # "أحد المقيمين اليمنيين", "من أقدم العمانيين": a plural adjective of people, at most two words on
        for k in range(j + 1, min(len(norms), j + 4)):
            if k in owner or not norms[k][:1].isalpha():
                break
            end, iso = reg.adjective_at(norms, k, common_ok=True)
            if iso is not None and norms[k].endswith(("ين", "ون")):
                return iso
    # "وهو أردني الجنسية يدعى فلان"
    k = f.start - 1
    if k >= 2 and norms[k] in CALLED and norms[k - 1] in NATIONALITY_WORD and (k - 2) not in owner:
        return reg.adjective_at(norms, k - 2, common_ok=True)[1]
    return None


def _stated_nationality_pass(norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """People the registry does not know whose nationality the text states beside the name take its country, with
    the role their title gave; a code of an office with its own country stays (`_stated_nationality`)."""
    if not STATED_NATIONALITY:
        return found
    owner = {i: f for f in found for i in range(f.start, f.end)}
    for f in found:
        if f.type != "PER" or f.person is not None or (f.actor is not None and len(f.actor) != 3):
            continue
        iso = _stated_nationality(norms, f, reg, owner)
        if iso is not None:
            f.actor = iso + (f.role or "")
    return found


def _club_of(word: str, reg: Registry) -> Actor | None:
    """The registry club named by `word` after a word for a club ("نادي برشلونة"), else the registry city of that
    name (a club named after its city). A definite word is a common noun too often ("الجزيرة" an island, a
    paper, a club): the registry names such clubs whole."""
    if word.startswith("ال"):
        return None
    for head in CLUB_HEADS:
        club = next((x for x in reg.find(f"{head} {word}") if x.type == "ORG" and x.code), None)
        if club is not None:
            return club
    return next((x for x in reg.find(word) if x.type == "GPE" and x.kind in ("capital", "place") and x.country),
                None)


def _same_name_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """An institution named by the same words again in one article is the same body ("غرفة الشرقية" in a
    sentence about a German delegation is still the chamber the story named before): every mention takes the code
    most of them have, the first one's on a tie."""
    groups: dict[tuple[str, ...], list[_Found]] = {}
    for f in sorted(found, key=lambda g: g.start):
        if f.type == "ORG" and f.origin == "pattern" and f.actor and f.end - f.start >= 2:
            stem = norms[f.start][f.cut:]
            groups.setdefault((stem, *norms[f.start + 1:f.end]), []).append(f)
    for group in groups.values():
        codes = [g.actor for g in group]
        if len(set(codes)) < 2:
            continue
        best = max(dict.fromkeys(codes), key=codes.count)
        for g in group:
            g.actor = best
    return found


def _collective_pass(art: Article, toks: list[Token], norms: list[str], date: str, reg: Registry,
                     found: list[_Found]) -> list[_Found]:
    """Bodies named by what they are, whose code the text gives elsewhere: "القيادة" sending congratulations
    or condolences is the home country's leadership (GOV; the outlet's country, or the kingdom a bare "المملكة"
    names); a coalition "بقيادة X" is X's armed forces (MIL)."""
    taken = _covered(found)
    out = list(found)
    home = _home_country(art, found, reg)
    countries = {c for f in found if f.origin != "model" and (c := _country_of(f.actor, reg)) is not None}
    for i, norm in enumerate(norms):
        if i in taken or not any(stem in COLLECTIVE_STARTS for _, stem in clitic_splits(norm)):
            continue
        readings = dict((stem, pre) for pre, stem in clitic_splits(norm))
        if LEADERSHIP in readings and home is not None and i + 1 < len(norms) \
                and any(stem in LEADERSHIP_VERBS for _, stem in clitic_splits(norms[i + 1])):
            lpre = readings[LEADERSHIP]
            out.append(_Found(i, i + 1, "ORG", home + "GOV", None, None, "context", None,
                              _char_cut(toks[i], len(lpre)) if lpre else 0))
            taken.add(i)
            continue
        for n in (2, 1):
            words = norms[i:i + n]
            if len(words) < n or any(k in taken for k in range(i, i + n)):
                continue
            cpre = next((p for p, stem in clitic_splits(words[0]) if " ".join([stem, *words[1:]]) in COALITION),
                        None)
            if cpre is None:
                continue
            j = i + n
            led = next((len(w) for w in LED_BY if tuple(norms[j:j + len(w)]) == tuple(normalize(x) for x in w)), 0)
            if led:
                m, _ = reg.match(norms, j + led, date)
                iso = _country_of(m.code, reg) if m is not None and m.kind == "name" else None
                code = iso + "MIL" if iso is not None else None
            else:
                code = next((c for war, c, since in COALITION_WARS if date >= since and war & countries
                             and not any(other & countries for other, _, _ in COALITION_WARS if other != war)),
                            None)
            if code is not None:
                # "طائرات التحالف": the aircraft are the coalition's, which "التحالف" names alone
                a = i + 1 if n == 2 and words[0] in COALITION_ASSETS else i
                out.append(_Found(a, i + n, "ORG", code, None, None, "context", None,
                                  _char_cut(toks[i], len(cpre)) if cpre and a == i else 0))
                taken.update(range(i, i + n))
            break
    return out
