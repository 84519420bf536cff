"""Roles of people from bylines, offices and ranks (step 5 of `stage.tag_entities`).

1. `_byline_pass`: a byline (the cleaning stage's dateline, or a paragraph head shaped "name – name:", the dash
   also a tatweel standing alone: "فلان ـ سبق ـ عرعر:") names the
   outlet by its bare name, a common word elsewhere; the reporter it names writes for that outlet (its MED code).
2. `_title_role_pass`: a person the registry does not know (or codes by country alone) takes the role of the
   nearest function title before the name (a comma may part them) or in apposition after it, else of the rank
   before it (a military rank in a police story is COP). The title's complement gives the institution's role and
   the country (not the country an envoy is sent to, "لدى"); an earlier title in a chain may give the country;
   a former office of state is ELI (`_former`); an office of an international body is coded as that body, and a
   secretariat's title in a story about one international body is its own. A title may end with a preposition
   ("المشرف العام على مستشفى ..."; with no body that has a role after it, it says nothing of a state office), and
   where the office is held may stand inside it ("في المحافظة", "في خفر السواحل الماليزية"); a body named by its
   head word alone ("أمين عام الغرفة", "مدير المستشفى") gives that head's role; a rank parted from the name only by
   honorifics and where the officer serves still gives its role ("العقيد المهندس في القوات الجوية فلان").
   A member of an armed group is coded as the group: a title naming a transnational group ("المتحدث باسم تنظيم
   داعش فلان"), "القيادي" alone (the group of the sentence, else the article's), "فلان، أحد قياديي جبهة النصرة".
   A registry person the date puts out of office (ELI) takes the role of a current title right before the name (not
   across a comma) or in apposition after it ("نائب رئيس الجمهورية العراقي فلان"): the text knows offices the
   registry's reviewed roles lack; a former title leaves him ELI.
3. `_held_title_pass`: a registry person out of office named with the title of an office he held, not called
   former ("الرئيس العراقي الراحل صدام حسين"), is spoken of in that office: its code, not ELI.
4. `_office_country_pass` (after the context rules): a person whose title named a body and no country takes the
   country that body got ("المتحدث الرسمي لوزارة العمل فلان").
A byline's words before its dash are its reporter, found or not (`_byline_name`); quotation marks around the body a
title names do not end the title ("الرئيس التنفيذي لشركة «س» فلان").
"""

from __future__ import annotations

import bisect
import re

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.entities.mention import _country_of, _covered, _Found
from marsad.entities.namewords import EDGE_STOP, PLACE_WORDS
from marsad.entities.people import _after_abbreviation
from marsad.entities.registry import TITLE_OFFICES, Registry
from marsad.entities.roles import RoleTable, role_table
from marsad.language.tokens import Token, sentences_of

# Words of a secretariat's titles ("الأمين العام المساعد"، "المستشار السياسي للأمين العام").
SECRETARIAT = frozenset(normalize(w) for w in ("الأمين", "للأمين", "الامين", "للامين", "الأمانة", "للأمانة"))
FI = normalize("في")
LADA = normalize("لدى")
# Roles an institution's head word gives on its own with the article ("الغرفة", "المستشفى", "الجامعة"); the
# heads of state bodies (هيئة، لجنة) add nothing to a title's default.
BARE_HEAD_ROLES = frozenset(("BUS", "EDU", "HLH", "JUD", "CVL", "LAB", "PTY"))
# A place named by its kind alone, as a story names the one it is about ("في المحافظة", "في المنطقة").
PLACE_WORDS_DEFINITE = frozenset(normalize(w) for w in ("المحافظة", "المنطقة", "المدينة", "الإمارة", "الولاية"))
# Words between a military rank and the name that qualify the rank ("العقيد ركن", "اللواء متقاعد").
RANK_MODIFIERS = frozenset(normalize(w) for w in ("ركن", "الركن", "متقاعد", "المتقاعد", "طيار", "الطيار"))
# Round 10: a person whose title names a body without naming a country ("المتحدث الرسمي لوزارة العمل فلان") takes the
# country that body gets from the story's context (`_office_country_pass`), not one of his own.
OFFICE_BODY_COUNTRY = True
# Round 10: a byline's words before its dash name the reporter ("فلانة الفلانية – عين اليوم"), found or not.
BYLINE_NAME = True
BYLINE_DASHES = frozenset(("-", "–", "—"))
# Round 10: quotation marks around the body a title names ("مدير «الشركة» فلان") do not end the title.
QUOTED_BODY_TITLE = True
QUOTE = '"'  # (normalisation makes every quotation mark this one)
APPOSITION_MARKS = frozenset((",", "،", "(", "-", "–"))
# Round 11: a member of an armed group is coded as the group. A title whose complement names a transnational group
# the registry codes by itself (IMG..., "المتحدث باسم تنظيم داعش فلان") gives the person that code, as an office of an
# international body does; "القيادي" (a commander, the press's word for the leaders of armed groups and parties) with
# no body after it ("والقيادي أبو فلان") is of the armed group its sentence names, else of the one the article names
# most, else of no role the text gives.
ARMED_GROUP_MEMBERS = True
# Round 14: a registry person the date puts out of every office he is listed with (ELI) but whom the text names with
# the title of an office it does not call former ("نائب رئيس الجمهورية العراقي فلان", "فلان شيخ الأزهر", "المستشار
# في الديوان الملكي فلان") holds that office: the registry's roles are those reviewed, and the story knows his
# later ones (a vice-presidency, an adviser's post, a religious office). The title's role and country, as for a
# person the registry does not know; a former title ("الأسبق", "السابق") leaves him an elite.
OUT_OF_OFFICE_TITLES = True
MEMBER_TITLES = frozenset(normalize(w) for w in ("القيادي", "قيادي", "والقيادي"))
# ("فلان، أحد قياديي جبهة النصرة": one of a group's leaders, fighters or members, in apposition after the name; the
# group named after it, or by its head word alone, "أحد قادة التنظيم", the one the article names most)
ONE_OF = frozenset(normalize(w) for w in ("أحد", "وأحد", "إحدى"))
MEMBERS = frozenset(normalize(w) for w in ("قياديي", "قادة", "عناصر", "أعضاء", "مقاتلي", "أمراء", "قيادات"))
GROUP_HEADS = frozenset(normalize(w) for w in ("التنظيم", "الحركة", "الجماعة", "الجبهة", "الميليشيا", "المليشيا"))
# Words that make a function title a former one ("وزير الثقافة السابق", "الرئيس الأسبق"): CAMEO codes former
# office holders of a state as elites (ELI), as the registry does after a term ends; a former head of an
# opposition body, a court or a company keeps that body's role.
FORMER = frozenset(normalize(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "سابقا", "سابق", "سابقة"))
# A deposed ruler is out of the office he is named by ("الرئيس اليمني المخلوع علي عبدالله صالح").
DEPOSED = frozenset(normalize(w) for w in ("المخلوع", "المخلوعة", "المعزول", "المعزولة", "المطاح"))
# A byline at the head of a paragraph: a reporter or an outlet, a dash, another name, then a colon or a dash
# ("فلان الفلاني- صحيفة:", "صحيفة- مدينة:"); cleaning keeps it in the text when it runs into the first sentence.
# (a tatweel standing alone between spaces is such a dash too: "فلان ـ سبق ـ عرعر:")
BYLINE = re.compile(r"[ \t]*([^\n:\-–—]{2,40}?)\s*(?:[\-–—]|(?<=\s)ـ+(?=\s))\s*([^\n:\-–—]{2,30}?)"
                    r"\s*(?:[:\-–—]|(?<=\s)ـ+(?=\s))")


def _byline_spans(art: Article) -> list[tuple[int, int]]:
    """Character ranges of the article's byline: the cleaning stage's dateline and byline sections, or a
    paragraph's head that has the byline's shape."""
    spans = [(art.dateline.start, art.dateline.end)] if art.dateline is not None else []
    for para in art.paragraphs[:3]:
        m = BYLINE.match(art.text, para.start, para.end)
        if m is not None and len(m.group(0).split()) <= 7:
            spans.append((m.start(1), m.end(2)))
    spans += [(s.start, s.end) for s in art.sections if s.kind == "byline"]
    return spans


def _byline_pass(art: Article, toks: list[Token], norms: list[str], reg: Registry,
                 found: list[_Found]) -> list[_Found]:
    """A byline names the outlet by its bare name, which is a common word elsewhere ("سبق" "precedence"), so
    the registry's context guard does not apply there; the reporter it names writes for that outlet (SAUMED)."""
    spans = _byline_spans(art)
    if not spans:
        return found
    out = list(found)
    taken = _covered(found)
    for a, b in spans:
        idx = [i for i, t in enumerate(toks) if t.start >= a and t.end <= b]
        outlet = None
        for i in idx:
            if i in taken or not norms[i][:1].isalpha():
                continue
            for j in range(min(idx[-1] + 1, i + 3), i, -1):
                actors = [x for x in reg.find(" ".join(norms[i:j])) if x.kind == "org" and (x.code or "")[3:] == "MED"]
                if actors and not any(k in taken for k in range(i, j)):
                    x = actors[0]
                    out.append(_Found(i, j, "ORG", x.code, x.canonical, x.id, "registry"))
                    taken.update(range(i, j))
                    outlet = x.code
                    break
        outlet = outlet or next((f.actor for f in out if f.start in idx and f.type == "ORG"
                                 and (f.actor or "")[3:] == "MED"), None)
        if outlet is None:
            continue
        if BYLINE_NAME:
            out = _byline_name(norms, idx, out)
        for f in out:
            if f.start in idx and f.type == "PER" and f.entity_id is None:
                f.actor, f.role = outlet, None
    return out


def _byline_name(norms: list[str], idx: list[int], found: list[_Found]) -> list[_Found]:
    """"فلانة الفلانية – عين اليوم": the words before the byline's dash, two to four of them, name its reporter (a
    PER the recogniser may have missed or read as a body); a byline whose head is an outlet names no one."""
    dash = next((i for i in idx if norms[i] in BYLINE_DASHES or (norms[i] and set(norms[i]) == {"ـ"})), None)
    if dash is None:
        return found
    name = [i for i in idx if i < dash]
    if not 2 <= len(name) <= 4 or name != list(range(name[0], dash)) \
            or not all(norms[i][:1].isalpha() for i in name):
        return found
    inside = [f for f in found if f.start < dash and f.end > name[0]]
    if any(f.origin not in ("model", "pattern", "alias") or f.start < name[0] or (
            f.type == "PER" and f.start == name[0] and f.end == dash) for f in inside):
        return found  # (a registry name, or the reporter found whole already)
    drop = {id(f) for f in inside}
    return [f for f in found if id(f) not in drop] + [_Found(name[0], dash, "PER", None, None, None, "model")]


def _title_role_pass(toks: list[Token], norms: list[str], art: Article, reg: Registry,
                     found: list[_Found]) -> list[_Found]:
    """People the registry does not know take the role of their title (`roles.RoleTable`): the nearest
    function title before the name or right after it, else their rank; the title's country (a nisba adjective
    or a place in it) when it names one, else the context rule later gives it."""
    table = role_table()
    owner = {i: f for f in found for i in range(f.start, f.end)}
    bounds = [s.start for s in sentences_of(art)]
    sent_start: dict[int, int] = {}
    starts_tok: list[int] = []
    for i, t in enumerate(toks):
        k = bisect.bisect_right(bounds, t.start)
        if k not in sent_start:
            sent_start[k] = i
            starts_tok.append(i)
    police_memo: dict[int, bool] = {}

    def police(i: int) -> bool:
        s = bisect.bisect_right(starts_tok, i) - 1
        if s not in police_memo:
            a = starts_tok[s]
            b = starts_tok[s + 1] if s + 1 < len(starts_tok) else len(norms)
            police_memo[s] = table.police_sentence(norms[a:b])
        return police_memo[s]

    igo: dict[int, str] = {}  # person start -> the international body its title names
    federation: dict[int, str] = {}  # person start -> the country of the role-less body its title names

    def complement(a: int, b: int) -> tuple[str | None, str | None]:
        """(role of an institution, country) named between tokens a and b."""
        role = iso = bare = None
        for j in range(a, b):
            if norms[j] == LADA:
                break  # "سفير خادم الحرمين لدى مصر": the country an envoy is sent to is not his
            g = owner.get(j)
            if ARMED_GROUP_MEMBERS and g is not None and g.type == "ORG" and (g.actor or "").startswith("IMG") \
                    and iso is None:
                igo.setdefault(current[0], g.actor or "")  # "زعيم تنظيم داعش فلان": the group's own code
            if g is not None and g.type == "ORG" and (g.actor or "").startswith(("IGO", "NGO")) and iso is None:
                # "الأمين العام لأوبك": an office of an international body is coded as the body (also a
                # non-governmental one: "رئيس اللجنة الأولمبية الدولية فلان" is the IOC's, NGO)
                igo.setdefault(current[0], g.actor or "")
            if g is not None and g.type != "PER":
                if g.type == "ORG" and j == g.start:
                    # the last institution named is the one the office belongs to ("رئيس اللجنة الزراعية
                    # بغرفة المدينة" is a chamber's man); one without a role gives none ("مدير المركز")
                    role = g.role
                    body[0] = g
                    if role is None:
                        head = table.find(table.heads, norms, g.start)
                        own = (g.actor or "")[3:] if _country_of(g.actor, reg) else ""
                        role = own or (head.role if head is not None and head.role != "^" else None)
                        if role is None and g.origin == "pattern" and len(g.actor or "") == 3 \
                                and _country_of(g.actor, reg):
                            # a body coded by its country alone, with no role ("الاتحاد الروسي لألعاب القوى", a
                            # federation): its president holds no office of state, and is of the body's country
                            role, bare = "", _country_of(g.actor, reg)
                            federation[current[0]] = bare or ""
                iso = iso or _country_of(g.actor, reg)
            elif iso is None:
                aend, adj = reg.adjective_at(norms, j)
                if adj is not None and aend <= b:
                    iso = adj
        if role is None and a < b and a not in owner:
            head = table.find(table.heads, norms, a)
            if head is not None and head.length == 1 and head.role in BARE_HEAD_ROLES and head.definite:
                # "أمين عام الغرفة فلان", "مدير المستشفى فلان": the body named by its head word alone (a short
                # form of one the story names in full) gives its role
                role = head.role
        return role, (bare if role == "" and bare else iso)

    current = [0]
    body: list[_Found | None] = [None]  # the last institution `complement` read
    igo_counts: dict[str, int] = {}
    for g in found:
        if g.type == "ORG" and (g.actor or "").startswith("IGO"):
            igo_counts[g.actor or ""] = igo_counts.get(g.actor or "", 0) + 1
    top_igo = max(igo_counts, key=lambda c: igo_counts[c]) if igo_counts else None
    if top_igo is not None and sum(igo_counts.values()) < 2:
        top_igo = None
    groups = [g for g in found if g.type == "ORG" and _armed(g.actor)]
    top_group = max(((sum(1 for h in groups if h.actor == g.actor), g.actor or "") for g in groups),
                    default=(0, None))[1]
    for f in found:
        # (a registry person coded by country alone, "الأمير فيصل بن سلمان", takes his title's role too)
        retired = OUT_OF_OFFICE_TITLES and f.person is not None and (f.actor or "").endswith("ELI") \
            and len(f.actor or "") == 6 and f.origin in ("registry", "alias")
        if not retired and (f.type != "PER" or (f.person is not None and not (f.actor and len(f.actor) == 3))
                            or f.origin not in ("model", "alias", "registry")
                            or (f.actor is not None and len(f.actor) != 3)):
            continue
        current[0] = f.start
        body[0] = None
        low = starts_tok[bisect.bisect_right(starts_tok, f.start) - 1]
        q = f.start
        rank = None
        moved = True
        while moved:  # honorifics and ranks just before the name
            moved = False
            for p in range(max(low, q - 3), q):
                hit = table.rank_at(norms, p)
                if hit is not None and (_after_abbreviation(norms, p + hit.length) == q or (
                        p + hit.length + 1 == q and norms[p + hit.length] in RANK_MODIFIERS)):
                    # ("العقيد ركن فلان", "العقيد متقاعد فلان": a staff officer's or a retired officer's rank)
                    rank = rank or hit.role or None
                    q, moved = p, True
                    break
        role = iso = None
        title_found = appos = comma = former = False
        if q - 1 > low and norms[q - 1] in (",", "،") and (q - 1) not in owner:
            # "مدير الشؤون الصحية بجدة، الدكتور فلان": a comma may part the title from the name
            q -= 1
            comma = True
        for p in range(q - 1, max(low, q - 10) - 1, -1):
            w = norms[p]
            if p + 1 < q and ((w == FI and (_place_after(norms, owner, p + 1) or (
                    p + 1 in owner and owner[p + 1].type == "ORG"))) or w == LADA):
                # "رئيس بعثة مجلس التعاون في العراق السفير فلان": where the office is, inside the title (also "في
                # مدينة مشهد"); "سفير مصر لدى المملكة فلان": where an envoy serves
                continue
            if p in owner and owner[p].type == "PER" and p + 1 < q:
                envoy = _title_of_person(table, norms, owner[p], reg)
                if envoy is not None:
                    # "سفير خادم الحرمين الشريفين لدى نيروبي فلان": an envoy or an aide of a head of state
                    # holds an office of that state
                    role, iso = envoy
                    title_found = True
                break
            if w in EDGE_STOP and w[:1].isalpha():
                # a title may end with a preposition ("المشرف العام على مستشفى الوادي الدكتور فلان"): the search
                # goes on from the title's start, and stops at any other
                inner = next((k for k in range(max(low, p - 3), p)
                              if (h := table.title_at(norms, k)) is not None and k + h.length == p + 1), None)
                if inner is None:
                    break
                continue
            if QUOTED_BODY_TITLE and w == QUOTE and p - 1 > low and any(
                    k in owner and owner[k].type == "ORG" for k in (p - 1, p + 1)):
                continue  # "الرئيس التنفيذي لشركة «التصنيع» المهندس فلان": a body named in quotation marks
            if not w[:1].isalpha() or w in EDGE_STOP:
                break
            hit = table.title_at(norms, p)
            if hit is None and rank is None and (far := table.rank_at(norms, p)) is not None and far.role \
                    and all(k in owner or norms[k] == FI or table.rank_at(norms, k) is not None
                            for k in range(p + far.length, q)):
                # "العقيد المهندس في القوات الجوية فلان": a rank parted from the name by where the officer serves
                rank = far.role
            if hit is not None and not ARMED_GROUP_MEMBERS and norms[p] in MEMBER_TITLES:
                hit = None
            if hit is not None and p + hit.length <= q:
                inst, iso = complement(p + hit.length, q)
                role = (hit.role[1:] if inst is None else inst) if hit.role.startswith("@") else hit.role
                if norms[p] in MEMBER_TITLES and inst is None:
                    # "والقيادي أبو فلان": the armed group of the sentence, else the article's; with none, a
                    # party's or a movement's man the text does not name, no role
                    role = None
                    s0 = starts_tok[bisect.bisect_right(starts_tok, f.start) - 1]
                    nxt = bisect.bisect_right(starts_tok, f.start)
                    s1 = starts_tok[nxt] if nxt < len(starts_tok) else len(norms)
                    near = [g.actor or "" for g in groups if s0 <= g.start < s1]
                    if (near or top_group) and f.start not in igo:
                        igo[f.start] = near[0] if near else (top_group or "")
                if inst is None and hit.role.startswith("@") and norms[p + hit.length - 1] in EDGE_STOP:
                    # "المشرف العام على الفريق/البرنامج فلان": a title that names what it heads says nothing of
                    # a state office unless that is a body with a role
                    role = None
                former = _former(norms, p + hit.length, q)
                if role == "GOV" and former:
                    role = "ELI"
                if iso is None:
                    # a chain of titles ("الناطق باسم الرئاسة المصرية السفير فلان"): the nearest has the role,
                    # an earlier one may have the country
                    r = p
                    while r > max(low, p - 8) and norms[r - 1][:1].isalpha() and (
                            norms[r - 1] not in EDGE_STOP or (norms[r - 1] == FI and r in owner
                                                              and owner[r].type in ("GPE", "LOC"))) \
                            and not (r - 1 in owner and owner[r - 1].type == "PER"):
                        r -= 1
                    for k in range(p - 1, r - 1, -1):
                        earlier = table.title_at(norms, k)
                        if earlier is not None and k + earlier.length <= p:
                            iso = complement(k + earlier.length, p)[1]
                            break
                title_found = True
                break
        if ARMED_GROUP_MEMBERS and f.start not in igo:
            p = f.end + (1 if f.end < len(norms) and norms[f.end] in APPOSITION_MARKS else 0)
            if p + 2 < len(norms) and norms[p] in ONE_OF and norms[p + 1] in MEMBERS:
                grp = owner.get(p + 2) or owner.get(p + 3)  # ("أحد عناصر تنظيم داعش": the head word may stay out)
                if grp is not None and grp.type == "ORG" and _armed(grp.actor):
                    igo[f.start] = grp.actor or ""
                elif norms[p + 2] in GROUP_HEADS and top_group:
                    igo[f.start] = top_group
        if not title_found or iso is None:
            # a title in apposition after the name ("رودريش إجلر، رئيس المكتب ..."); after a title before the
            # name it can still give the country ("الرئيس كارلوس منديث رئيس جمهورية بيرو")
            # ("فلان (رئيس الهيئة ...)", "فلان - مدير ...": brackets and dashes set an apposition off too)
            p = f.end + (1 if f.end < len(norms) and norms[f.end] in APPOSITION_MARKS else 0)
            hit = table.title_at(norms, p) if p < len(norms) else None
            if hit is not None and hit.prefix and norms[p].startswith("و"):
                hit = None  # "فلان، وسفير مصر فلان": a title with "و" is the next person's, not this one's
            if hit is not None:
                stop = p + hit.length
                while stop < min(len(norms), p + hit.length + 6) and (norms[stop][:1].isalpha() or (
                        QUOTED_BODY_TITLE and norms[stop] == QUOTE and stop + 1 in owner
                        and owner[stop + 1].type == "ORG")) \
                        and (norms[stop] not in EDGE_STOP or (norms[stop] == FI and stop + 1 in owner
                                                              and owner[stop + 1].type in ("ORG", "GPE", "LOC"))):
                    # ("فلان، نائب قائد الدوريات في خفر السواحل اليونانية": where the office is held; "فلان، الرئيس
                    # التنفيذي لشركة «س»": a body in quotation marks)
                    stop = owner[stop + 1].end if norms[stop] in (FI, QUOTE) else stop + 1
                inst, after_iso = complement(p + hit.length, stop)
                iso = iso or after_iso
                if not title_found:
                    appos = not _former(norms, p + hit.length, stop)
                    role = (hit.role[1:] if inst is None else inst) if hit.role.startswith("@") else hit.role
                    if role == "GOV" and _former(norms, p + hit.length, stop):
                        role = "ELI"
        if role is None and rank:
            role = "COP" if rank == "MIL" and police(f.start) else rank
        if f.start not in igo and title_found and iso is None and top_igo is not None and any(
                norms[k] in SECRETARIAT for k in range(max(low, q - 10), q)):
            igo[f.start] = top_igo  # "الأمين العام المساعد …" in a story about one international body: its own
        if retired:
            # (only a title of a current office moves him; his rank alone, or a former title, says nothing new)
            # (a title across a comma may be the previous person's: "فلان وزير الدفاع الأسبق، والمستشار فلان")
            if ((title_found and not comma and not former) or appos) and role and role != "ELI" and f.start not in igo:
                f.actor = (iso or (f.actor or "")[:3]) + role
            continue
        if f.start in igo and (role or "") != "ELI":
            f.actor = igo[f.start]
            continue
        if role == "" and federation.get(f.start) and f.actor is None:
            f.actor = federation[f.start]  # the president of a federation is of its country, in no office of state
        if not role:
            continue
        if OFFICE_BODY_COUNTRY and iso is None and body[0] is not None and body[0].type == "ORG":
            f.office = body[0]
        if iso is not None:
            f.actor = iso + role
        elif f.actor is not None:
            f.actor = f.actor + role
        else:
            f.role = role
    return found


def _armed(code: str | None) -> bool:
    """Whether an actor code is an armed group's: a transnational group (IMG...) or a country's rebels (...REB)."""
    return code is not None and (code.startswith("IMG") or (len(code) == 6 and code[3:] in ("REB", "INS")))


def _place_after(norms: list[str], owner: dict[int, _Found], k: int) -> bool:
    """Whether a place starts at token k, or after a word that says what it is ("مدينة مشهد")."""
    if k in owner:
        return owner[k].type in ("GPE", "LOC")
    if norms[k] in PLACE_WORDS_DEFINITE:
        return True  # "مدير الشؤون الصحية في المحافظة الدكتور فلان": the place the story is about, by its kind
    return norms[k] in PLACE_WORDS and k + 1 in owner and owner[k + 1].type in ("GPE", "LOC")


def _title_of_person(table: RoleTable, norms: list[str], person: _Found, reg: Registry) -> tuple[str, str] | None:
    """(role, country) of a function title whose complement is a person of state ("سفير خادم الحرمين الشريفين",
    "مستشار الرئيس المصري"): the office is one of that person's state; None when no title stands right before the
    person or the person has no country."""
    iso = _country_of(person.actor, reg)
    if iso is None:
        return None
    for k in range(max(0, person.start - 3), person.start):
        hit = table.title_at(norms, k)
        if hit is not None and k + hit.length == person.start:
            role = hit.role[1:] if hit.role.startswith("@") else hit.role
            return (role, iso) if role else None
    return None


def _former(norms: list[str], a: int, b: int) -> bool:
    """Whether a word between tokens a and b (a title's complement) says the office is a past one."""
    return any(norms[j] in FORMER for j in range(max(a - 1, 0), min(b + 1, len(norms))))


# Words between a title and the name that do not end the office ("الرئيس العراقي الراحل"): the late holder of an
# office is still spoken of in it.
LATE = frozenset(normalize(w) for w in ("الراحل", "الراحلة", "الشهيد", "الشهيدة"))


def _held_title_pass(norms: list[str], date: str, reg: Registry, found: list[_Found]) -> list[_Found]:
    """A registry person the date puts out of office (ELI) named right after the title of an office he held
    ("الرئيس العراقي الراحل صدام حسين", "الرئيس المحافظ محمود أحمدي نجاد") takes that office's code: the story
    speaks of him in it. Between the title and the name only the title's country adjective, "الراحل", or one
    other definite adjective may stand; "السابق" or "المخلوع" anywhere there, or right after the name, keeps ELI."""
    owner = {i: f for f in found for i in range(f.start, f.end)}
    for f in found:
        p = f.person
        if f.type != "PER" or p is None or not p.roles or not (f.actor or "").endswith("ELI"):
            continue
        if f.end < len(norms) and (norms[f.end] in FORMER or norms[f.end] in DEPOSED):
            continue
        for k in range(f.start - 1, max(f.start - 5, -1), -1):
            if k in owner or norms[k] in FORMER or norms[k] in DEPOSED:
                break
            tend, title, _ = reg._longest(reg.titles, norms, k)
            if title is None or tend > f.start:
                continue
            offices = TITLE_OFFICES.get(title[0], (title[0],))
            role = next((r for r in p.roles if r.office in offices and (not title[1] or r.org == title[1])), None)
            gap = norms[tend:f.start]
            free = [w for w in gap if w not in LATE and reg.adjective_at([w], 0)[1] != (role.org[:3] if role else "")]
            if role is not None and len(gap) <= 3 and len(free) <= 1 and all(w.startswith("ال") for w in free) \
                    and role.code[:3] == (f.actor or "")[:3]:
                f.actor = role.code
            break
    return found


def _office_country_pass(reg: Registry, found: list[_Found]) -> list[_Found]:
    """A person whose title names a body and no country ("المتحدث الرسمي لوزارة العمل فلان", "رئيس غرفة X فلان")
    holds an office of that body: once the context rules have given the body its country, the person's code is that
    country and his title's role, whatever country his own sentence named or whether it named one at all."""
    if not OFFICE_BODY_COUNTRY:
        return found
    for f in found:
        g = f.office
        if g is None or f.type != "PER" or (c := _country_of(g.actor, reg)) is None:
            continue
        own = _country_of(f.actor, reg)
        role = f.role if own is None else (f.actor or "")[3:]
        if role and role != "ELI" and own != c:
            f.actor = c + role
    return found
