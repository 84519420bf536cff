"""Mentions the registry knows (step 2 of `stage.tag_entities`).

Steps of `_registry_pass` over the registry's longest matches (`linking.registry_matches`):
1. Titles: an epithet that names one office holder ("خادم الحرمين الشريفين") is that person; a country or body
   named inside a title is a mention of its own; a registry person right after a title is PER alone ("الرئيس
   الروسي فلاديمير بوتين" -> "فلاديمير بوتين"); else the title waits, keyed by the token after it, to lend its
   role code to the name the recogniser finds (`recognition._model_found`).
2. A government named by its country ("حكومة المملكة العربية السعودية") is the phrase up to the country, and
   the country is a mention of its own; another state body so named is one name ("سفارة نيوزيلندا"), and a mission
   named by the epithet of the head of state is the state's ("سفارة خادم الحرمين الشريفين", SAUGOV).
3. Readings that depend on the story: "وجدة" is و + جدة in a story about Jeddah's country, "تنظيم داعش" is
   named by "داعش" alone, an unvocalised "عمان" is Amman in a story that names Jordan and not Oman.
4. Extents: a registry person runs over a following بن/بنت/آل chain (`_patronymic_end`), an agent phrase over
   its unit adjectives ("قوات الأمن الخاصة"); an international body's name with a nisba adjective is the national
   branch ("الهلال الأحمر السعودي"); a facility named after a place ("مستشفى بقيق", "تعليم جازان") is a body or
   place of its own, coded by its head word.
Then `_unknown_given_pass`: a registry person named by the surname alone right after a foreign given name no
list knows is someone else of that surname ("فلورنتيو بيريز" is not Shimon Peres).
"""

from __future__ import annotations

from marsad.clean.normalize import normalize
from marsad.entities.mention import _char_cut, _Found
from marsad.entities.namewords import EDGE_STOP, PATRONYMIC, _link_end, _near_spelling
from marsad.entities.registry import Match, Registry
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import ADJECTIVES, nisba_like, role_table
from marsad.entities.translit import foreign_word
from marsad.language.tokens import Token

# Letters a one-letter proclitic is written with, and the registry kinds that are places.
PROCLITIC_LETTERS = frozenset("وفبل")
PLACE_KINDS = frozenset({"country", "capital", "place"})
# Facilities named after a place ("مستشفى بقيق"), with the type of the whole name.
FACILITY_HEADS = {normalize(w): t for w, t in (
    ("مستشفى", "ORG"), ("جامعة", "ORG"), ("غرفة", "ORG"), ("بلدية", "ORG"), ("أمانة", "ORG"), ("مطار", "LOC"),
    ("ميناء", "LOC"), ("محافظة", "GPE"), ("مدينة", "GPE"))}
# Fields a ministry's regional directorate is named by, before the region ("تعليم جازان"), and their roles.
DIRECTORATES = {normalize(w): r for w, r in (("تعليم", "GOV"), ("صحة", "HLH"), ("مرور", "COP"))}
FACILITY_HEADS.update({w: "ORG" for w in DIRECTORATES})
# Roles of a state's own bodies and of the armed groups and parties fighting over it.
STATE_ROLES = frozenset({"GOV", "LEG", "MIL", "SPY", "COP", "JUD", "REB", "OPP"})
# Words that say what an organisation is, left out of its name when the rest is the name ("تنظيم داعش").
DESCRIPTORS = frozenset(normalize(w) for w in ("تنظيم",))
# Round 22: a body of a state named by a construct and its country's name ("سفارة نيوزيلندا", "سلطات تركمانستان",
# "وزارة خارجية مملكة البحرين") is one name, as an army's is ("جيش كوريا الشمالية"); the government itself is
# named by its country ("حكومة المملكة العربية السعودية": ORG "حكومة" and the country). Off, every such phrase
# stops before the country, which is then a mention of its own.
GOVERNMENTS_WHOLE = True
GOVERNMENT_HEADS = frozenset(normalize(w) for w in ("حكومة", "الحكومة"))
# Round 22: a state's embassy or consulate named by the epithet of its head of state ("سفارة خادم الحرمين الشريفين
# في نيروبي", "قنصلية خادم الحرمين الشريفين بهونغ كونغ", as the Saudi press names the kingdom's missions) is the
# state's (GOV), not a mention of the king. Off, the epithet is read as the king and the mission's word is left.
EPITHET_MISSIONS = True
MISSIONS = frozenset(normalize(w) for w in ("سفارة", "السفارة", "قنصلية", "القنصلية", "ملحقية", "الملحقية",
                                            "بعثة", "البعثة"))
# Adjectives that name a unit of the forces an agent phrase names ("قوات الأمن الخاصة"), or the government
# recognised in a civil war ("الحكومة اليمنية الشرعية").
UNIT_ADJECTIVES = frozenset(normalize(w) for w in ("الخاصة", "الخاص", "المركزي", "المركزية", "الشرعية"))


def _mission_before(norms: list[str], i: int) -> str | None:
    """The clitic of an embassy's or a consulate's word right before token i ("لسفارة" -> "ل"), if there is one."""
    if i == 0:
        return None
    return next((pre for pre, stem in clitic_splits(norms[i - 1]) if stem in MISSIONS), None)


def _patronymic_end(norms: list[str], end: int) -> int:
    """Extend a registry person over a following chain of بن/بنت/آل + name ("محمد بن نايف بن عبدالعزيز آل سعود")."""
    while end + 1 < len(norms) and norms[end] in PATRONYMIC and norms[end + 1][:1].isalpha() \
            and norms[end + 1] not in EDGE_STOP:
        end = _link_end(norms, end + 1)
    return end


def _facility_head(word: str) -> tuple[str, str] | None:
    """(clitic, head) when a word is a facility head, bare or after a one-letter clitic ("بمستشفى", "لتعليم")."""
    if word in FACILITY_HEADS:
        return "", word
    for pre, stem in clitic_splits(word):
        if pre and len(pre) == 1 and stem in FACILITY_HEADS:
            return pre, stem
    return None


def _pinned(reg: Registry, norms: list[str], m: Match) -> bool:
    """Whether a title phrase names its country by itself (an epithet) rather than by an adjective."""
    for key, (_office, pin) in reg.titles.get(norms[m.start], []) + [
            (k, v) for k, v in _title_entries(reg, norms[m.start])]:
        if pin and len(key) == m.end - m.start:
            return True
    return False


def _title_entries(reg: Registry, first: str) -> list[tuple[tuple[str, ...], tuple[str, str | None]]]:
    out: list[tuple[tuple[str, ...], tuple[str, str | None]]] = []
    for _, stem in clitic_splits(first):
        out.extend(reg.titles.get(stem, []))
    return out


def _registry_pass(toks: list[Token], norms: list[str], date: str, reg: Registry,
                   matches: list[tuple[Match, int]]) -> tuple[list[_Found], dict[int, Match]]:
    found: list[_Found] = []
    titles: dict[int, Match] = {}  # token index after a title -> the title
    used: set[int] = set()
    # an unvocalised "عمان" in a story that names Jordan and no other form of Oman ("سلطنة عمان", "مسقط") is
    # Jordan's capital
    named = {(m.code or "")[:3] for m, _ in matches
             if (m.kind == "name" and m.end - m.start > 1) or (m.actor is not None and m.actor.id != "OMN")}
    amman_story = "JOR" in named and "OMN" not in named
    tally: dict[str, int] = {}
    for m, _ in matches:
        if m.kind == "name" and m.code:
            tally[m.code[:3]] = tally.get(m.code[:3], 0) + 1
    for m, pre in matches:
        if m.kind == "title":
            if m.actor is not None and m.country is not None and m.named is None and m.end - m.start >= 2 \
                    and _pinned(reg, norms, m):
                # an epithet that names one office holder ("خادم الحرمين الشريفين") is a mention of that person,
                # also before the name ("خادم الحرمين الشريفين الملك سلمان": two mentions of the king)
                mission = _mission_before(norms, m.start) if EPITHET_MISSIONS else None
                if mission is not None and (m.start - 1) not in used and m.code:
                    # "سفارة خادم الحرمين الشريفين في نيروبي": the state's embassy, not the king
                    found.append(_Found(m.start - 1, m.end, "ORG", m.code[:3] + "GOV", None, None, "pattern", None,
                                        _char_cut(toks[m.start - 1], len(mission)) if mission else 0))
                    used.update(range(m.start - 1, m.end))
                    continue
                found.append(_Found(m.start, m.end, "PER", m.code, m.canonical, m.entity_id, "registry", m.actor,
                                    _char_cut(toks[m.start], pre) if pre else 0))
                continue
            if m.named is not None:
                # the country or body named inside the title is an entity of its own
                a, b = m.named
                sub, spre = reg.match(norms, a, date)
                if sub is not None and sub.kind == "name" and sub.end == b:
                    found.append(_Found(a, b, sub.type, sub.code, sub.canonical, sub.entity_id, "registry", None,
                                        _char_cut(toks[a], spre) if spre else 0))
            nxt, npre = reg.match(norms, m.end, date)
            if nxt is not None and nxt.kind == "name" and nxt.actor is not None and nxt.actor.kind == "person":
                first = nxt.start + nxt.skip
                found.append(_Found(first, nxt.end, "PER", nxt.code, nxt.canonical, nxt.entity_id, "registry",
                                    nxt.actor))
            else:
                titles[m.end] = m
            continue
        if m.kind == "agent" and m.named is not None and (m.code or "").endswith("GOV") and not (
                GOVERNMENTS_WHOLE and not any(stem in GOVERNMENT_HEADS for _, stem in clitic_splits(norms[m.start]))):
            # "حكومة المملكة العربية السعودية": a government is named by its country, which stays a mention of
            # its own; an army, a police or a service ("جيش كوريا الشمالية") is named by the whole phrase
            a, b = m.named
            found.append(_Found(m.start, a, "ORG", m.code, m.canonical, m.entity_id, "agent", None,
                                _char_cut(toks[m.start], pre) if pre else 0))
            sub, _ = reg.match(norms, a, date)
            if sub is not None and sub.kind == "name" and sub.end == b:
                found.append(_Found(a, b, sub.type, sub.code, sub.canonical, sub.entity_id, "registry"))
            used.update(range(m.start, b))
            continue
        first = m.start + m.skip
        if m.kind == "name" and m.end - m.start == 1 and pre == 0 and norms[m.start][:1] in PROCLITIC_LETTERS \
                and m.actor is not None and m.actor.kind in PLACE_KINDS and tally.get((m.code or "")[:3], 0) == 1:
            # "وجدة" is Oujda, and also و + جدة: in a story that names Jeddah's country and not Oujda's, the
            # conjunction reading is the one meant
            alt = next((a for a in reg.find(norms[m.start][1:]) if a.kind in PLACE_KINDS and a.country
                        and a.country != m.actor.country and tally.get(a.country, 0) > 0), None)
            if alt is not None:
                found.append(_Found(m.start, m.end, alt.type, alt.code_on(date),
                                    alt.canonical, alt.id, "registry", None, _char_cut(toks[m.start], 1)))
                used.update(range(m.start, m.end))
                continue
        if m.kind == "name" and m.type == "ORG" and m.end - m.start >= 2 and m.skip == 0 \
                and norms[m.start][pre:] in DESCRIPTORS and m.actor is not None \
                and m.actor in reg.find(" ".join(norms[m.start + 1:m.end])):
            # "تنظيم داعش": the name is "داعش", تنظيم only says what it is
            first, pre = m.start + 1, 0
        person = m.actor if m.actor is not None and m.actor.kind == "person" else None
        end = _patronymic_end(norms, m.end) if person is not None else m.end
        if m.kind == "agent":
            while end < len(norms) and norms[end] in UNIT_ADJECTIVES:
                end += 1  # "قوات الأمن الخاصة", "الحكومة اليمنية الشرعية": the body's name keeps its adjective
        code, canonical, eid = m.code, m.canonical, m.entity_id
        typ = m.type
        if m.kind == "name" and m.actor is not None and m.actor.kind == "org" and (code or "")[:3] in ("NGO", "IGO"):
            # "الهلال الأحمر السعودي": an international body's name with a nisba adjective is a national branch
            aend, iso = reg.adjective_at(norms, m.end)
            if iso is not None and not (m.start > 0 and role_table().title_at(norms, m.start - 1) is not None):
                # (after an office, "رئيس الاتحاد الدولي للسباحة الكيني جوزيف موانغي", the adjective is the
                # office holder's nationality)
                end, code, canonical, eid = aend, iso, None, None
        if m.kind == "name" and m.actor is not None and m.actor.kind in ("seat", "org") and m.actor.country \
                and (code or "")[:3] == m.actor.country and (code or "")[3:6] in STATE_ROLES and end == m.end \
                and reg.adjective_at(norms, m.end) == (m.end + 1, m.actor.country):
            # "الكونجرس الأميركي", "الكنيست الإسرائيلي": a state body's own country's adjective is part of its name
            # (a company's or a paper's is not: "شركة نوكيا الفنلندية" is Nokia, described)
            end = m.end + 1
        facility = _facility_head(norms[m.start - 1]) if m.start > 0 else None
        fcut = -1  # the clitic cut of a facility's head word, when the facility rule below names one
        if m.kind == "name" and m.actor is not None and m.actor.kind in ("capital", "place") and m.skip == 0 \
                and m.start > 0 and pre == 0 and (m.start - 1) not in used and facility is not None:
            # "مستشفى بقيق", "مطار عدن", "جامعة القاهرة": a facility named after a place, in that place's country
            # (also with a clitic: "لتعليم تبوك", "بمستشفى بقيق")
            first, typ = m.start - 1, FACILITY_HEADS[facility[1]]
            fcut = _char_cut(toks[first], len(facility[0])) if facility[0] else 0
            if facility[1] in DIRECTORATES and code:
                # "تعليم جازان", "صحة الرياض": a Saudi region's directorate of a ministry is named by its field
                typ, code = "ORG", code[:3] + DIRECTORATES[facility[1]]
            if typ != "GPE":  # "مدينة الرقة" is still Raqqa; "مستشفى بقيق" is something else
                canonical, eid = None, None
                head = role_table().find(role_table().heads, norms, first)  # (the table reads past a clitic)
                if typ == "ORG" and head is not None and head.role and head.role != "^" and code:
                    code = code[:3] + head.role  # "مستشفى بقيق" -> SAUHLH, "جامعة القاهرة" -> EGYEDU
                # "مستشفى بقيق العام", "مطار عدن الدولي": the facility's adjectives are part of its name
                while end < len(norms) and (norms[end] in ADJECTIVES or nisba_like(norms[end])) \
                        and reg.adjective_at(norms, end)[1] is None:
                    end += 1
        if m.actor is not None and m.actor.id == "OMN" and m.end - m.start == 1 \
                and ("\u0651" in toks[m.start].text or amman_story):
            # the shadda tells عمّان (Amman) from عمان (Oman), which normalisation folds together
            amman = reg.actors.get("city:amman")
            if amman is not None:
                code, canonical, eid = amman.code, amman.canonical, amman.id
        cut = _char_cut(toks[m.start], pre) if pre and m.skip == 0 and first == m.start else 0
        if fcut >= 0:
            cut = fcut
        found.append(_Found(first, end, typ, code, canonical, eid,
                            "registry" if m.kind == "name" else "agent", person, cut, m.role))
        used.update(range(first, end))
    return found, titles


# Round 10b: "وأشار بحاح": a word that is a clitic ("و", "ف") on a word the news uses or the name lists know is no
# foreign given name, whatever the whole word looks like (`_unknown_given_pass` had made "وأشار بحاح" one person).
CLITIC_NOT_GIVEN = True


def _unknown_given_pass(norms: list[str], reg: Registry, found: list[_Found], stats: dict[str, str],
                        gazetteer: dict[str, str]) -> list[_Found]:
    """A registry person named by the surname alone, right after a foreign given name no list knows, is someone
    else of that surname: "فلورنتيو بيريز" is not Shimon Peres. The two words are one unknown person. A word
    the person's guard names as its cue is no given name ("وفلول صالح" are Saleh's remnants), nor is a clitic on a
    word the news uses ("وأشار بحاح")."""
    out: list[_Found] = []
    for f in found:
        if f.person is not None and f.origin == "registry" and f.end - f.start == 1 and f.cut == 0 and f.start > 0:
            w = norms[f.start - 1]
            guard = reg.guards.get(norms[f.start])
            if len(w) >= 4 and w.isalpha() and not w.startswith("ال") and w not in stats and w not in gazetteer \
                    and not reg.find(w) and foreign_word(w) \
                    and not (CLITIC_NOT_GIVEN and any(p and (st in stats or st in gazetteer)
                                                      for p, st in clitic_splits(w))) \
                    and not (guard is not None and any(st in guard[0] for _, st in clitic_splits(w))) \
                    and not any(f2.start <= f.start - 1 < f2.end for f2 in found) \
                    and not any(_near_spelling(w, normalize(n).split()[0]) for n in f.person.names if " " in n):
                # (another spelling of the person's own given name is still the person: "نارندر مودي")
                out.append(_Found(f.start - 1, f.end, "PER", None, None, None, "model"))
                continue
        out.append(f)
    return out
