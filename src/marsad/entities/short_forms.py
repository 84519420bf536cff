"""Short forms linked to a full name found elsewhere in the article (step 7 of `stage.tag_entities`).

1. `_alias_pass`: a single word equal to the surname of a multi-word person found anywhere in the article (for
   registry people of countries that put the family name first, the first word: the Korean كيم) takes that
   person's actor; a word two people could claim is left alone.
   A person named by the given and father's names ("فيصل بن خالد") is the one person of the article whose
   longer name starts with them ("فيصل بن خالد بن عبدالعزيز", `_lineage_short_pass`).
2. `_paper_name_pass`: a newspaper found with its descriptor is named without it ("بصحيفة الوئام" -> "الوئام").
3. `_org_short_form_pass`: an organisation's head word with the article after its full name ("منظمة أوبك" …
   "المنظمة") and the one word after a naming head ("نادي الهلال" … "الهلال") are that organisation.
4. `_igo_epithet_pass`: "المنظمة الدولية" after an international body is that body.
5. Ministries named by their field: a headline that opens with the field and a verb or a colon ("التجارة تعلن …",
   "«الصحة» تتجاوب …", "الداخلية المصرية: …", `_headline_ministry_pass`); a ministry named in full and later by its
   field as a verb's subject ("وأوضحت الصحة"), and "وزارتا التعليم والصحة" (`_ministry_field_pass`).
6. `_agency_nisba_pass`: a country's adjective alone as a source ("وفقا للألمانية"، "بحسب الفرنسية") is that
   country's news agency, when the registry knows one by "وكالة الأنباء/الصحافة" and the adjective.
7. `_province_short_pass`: "المحافظة" after "محافظة ينبع" is that province, when the article names one alone.
8. `_leader_surname_pass`: a one-word person the context coded with a country alone is that country's head of state
   or government on the date when the word is his family name ("مقرب من الأسد" in a story about Syria).
9. `_club_nickname_pass`: a big Saudi club's sports nickname ("العميد") is the club in an article that names it.
"""

from __future__ import annotations

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.entities.linking import COMMON_GIVEN, alias_keys
from marsad.entities.mention import _bare_first, _char_cut, _covered, _Found
from marsad.entities.namewords import EDGE_STOP
from marsad.entities.recognizer import recognizer
from marsad.entities.registry import Actor, Registry
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import nisba_like
from marsad.language.tokens import Token

# Round 10b: the sports pages' nicknames of the big Saudi clubs ("انضم إلى العميد", "الزعيم يستحق اللقب") name
# the club in an article that names it (`_club_nickname_pass`); the English canonical of the registry's club.
CLUB_NICKNAMES = True
NICKNAMES = {normalize(w): club for w, club in (("الزعيم", "Al-Hilal"), ("العميد", "Al-Ittihad"),
                                                ("الراقي", "Al-Ahli"))}
# Round 10: a lone family name coded with a country by the context ("مقرب من الأسد" in a story about Syria) is
# that country's head of state or government on the date when it is his family name (`_leader_surname_pass`).
LEADER_SURNAME = True
LEADER_OFFICES = ("president", "king", "pm")
# Name words that make a registry name no "given ... family" name (a lineage, a title).
NOT_FAMILY = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "آل", "الملك", "الأمير", "الشيخ", "أبو", "أبي",
                                              "أبا"))
# The link of a name chain between a given name and the father's ("فيصل بن خالد").
LINEAGE = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))
# Countries whose names put the family name first (كيم جونغ أون -> كيم); elsewhere a first word alone is a
# given name, too often someone else's.
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "KHM", "MNG", "HKG"})
# Adjectives of a statement that follow the body named in it ("بيان المنظمة الصحفي").
STATEMENT_WORDS = frozenset(normalize(w) for w in ("الصحفي", "الصحافي", "الرسمي", "الختامي", "الصادر"))
# Head words an organisation's full name starts with that a definite noun later refers back to ("منظمة
# البلدان المصدرة للبترول" ... "وقالت المنظمة"); forces and governments are left to the agent phrases.
NO_ANAPHORA = frozenset(normalize(w) for w in ("قوات", "قوة", "جيش", "شرطة", "حكومة", "سلطات", "دولة", "الأمم",
                                               "مجموعة", "إدارة", "مكتب", "مركز", "مدينة"))
# The descriptor the registry leaves out of a group's name ("تنظيم داعش" -> "داعش", matching.DESCRIPTORS).
DESCRIPTOR_HEAD = normalize("تنظيم")
# Heads after which one word names the body, which that word alone names later ("نادي الهلال" ... "الهلال").
NAME_HEADS = frozenset(normalize(w) for w in ("نادي", "شركة", "فريق", "مجموعة", "صحيفة", "جريدة", "قناة", "موقع",
                                              "حركة", "جماعة", "تنظيم", "حزب"))
# Epithets of an international body named earlier ("الأمم المتحدة" … "المنظمة الدولية").
IGO_EPITHETS = tuple(tuple(normalize(w) for w in p.split()) for p in (
    "المنظمة الدولية", "المنظمة الأممية", "الهيئة الأممية"))
# Words that say what a medium is and stay out of its name ("صحيفة الوئام" -> "الوئام", as roles.tsv's "~MED").
PAPER_HEADS = frozenset(normalize(w) for w in ("صحيفة", "جريدة", "مجلة", "صحيفتي"))
# Ministries a headline names by their field alone ("التجارة تعلن …", "الصحة: …").
MINISTRY_FIELDS = frozenset(normalize(w) for w in (
    "التجارة", "الصحة", "العمل", "الداخلية", "الخارجية", "التعليم", "الإسكان", "المالية", "العدل", "الزراعة",
    "البيئة", "النقل", "الاتصالات", "الإعلام", "الثقافة", "الدفاع", "الطاقة", "السياحة", "البلديات"))
MINISTRY = normalize("وزارة")
# Round 11: a headline's ministry named by its field in quotation marks ("«الصحة» تتجاوب …", "“العمل”: …") or with its
# country's adjective ("الداخلية المصرية: …") is the ministry too (`_headline_ministry_pass`).
HEADLINE_MINISTRY_FORMS = True
QUOTE = '"'  # (normalisation makes every quotation mark this one)
MINISTRIES_TWO = frozenset(normalize(w) for w in ("وزارتا", "وزارتي", "ووزارتا", "ووزارتي"))
# Verbs a body speaks or acts with, in the feminine ("وأوضحت الصحة"، "تعلن العمل").
BODY_VERBS = frozenset(normalize(w) for w in (
    "أعلنت", "أكدت", "أوضحت", "قالت", "دعت", "حذرت", "كشفت", "نفت", "أشارت", "بينت", "ذكرت", "أفادت", "طالبت",
    "أصدرت", "وجهت", "قررت", "أطلقت", "نشرت", "سجلت", "رصدت", "تعلن", "تؤكد", "تدعو", "تحذر", "توضح", "تكشف",
    "تنفي", "تطالب", "تطلق", "تسجل", "ترصد", "أهابت", "تهيب", "شددت", "تشدد", "لفتت", "تلفت"))

# Words that give a report's source right after them ("بحسب الفرنسية"), and those that take it with ل ("وفقا
# للألمانية"); "عن" only after "نقلا" ("نقلا عن الفرنسية").
SOURCE_CUES = frozenset(normalize(w) for w in ("حسب", "بحسب", "وبحسب", "وحسب", "فحسب"))
SOURCE_CUES_LI = frozenset(normalize(w) for w in ("وفقا", "ووفقا", "طبقا", "وطبقا"))
RELAY_CUES = frozenset(normalize(w) for w in ("نقلا", "ونقلا"))
AGENCY_HEADS = ("وكالة الأنباء", "وكالة الصحافة")


def _agency_nisba_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"وفقا للألمانية."، "بحسب \"الفرنسية\"": a country's adjective alone after a source cue, with no noun after it,
    is the news agency the registry names by that adjective (dpa, AFP); any other adjective is left alone."""
    taken = _covered(found)
    out = list(found)

    def word(k: int) -> bool:
        return 0 <= k < len(norms) and norms[k][:1].isalpha()

    for i, w in enumerate(norms):
        if i in taken or i == 0 or word(i + 1):
            continue  # (a word right after it is the noun the test below skips on: most words are passed over here)
        k = i - 1
        while k >= 0 and not word(k) and norms[k] in ('"', "«", "“", "'", "("):
            k -= 1  # quotes around the adjective
        j = i + 1
        while j < len(norms) and norms[j] in ('"', "»", "”", "'", ")"):
            j += 1
        if k < 0 or word(j):
            continue  # a noun after it: "بحسب الصحف الألمانية", "وفقا للقوانين"
        for pre, stem in clitic_splits(w):
            if not stem.startswith("ال") or not reg.is_adjective(stem):
                continue
            cue = norms[k] in SOURCE_CUES and not pre or norms[k] in SOURCE_CUES_LI and pre == "ل" or (
                not pre and norms[k] == "عن" and k > 0 and norms[k - 1] in RELAY_CUES)
            if not cue:
                continue
            agencies = {a.id: a for head in AGENCY_HEADS for a in reg.find(f"{normalize(head)} {stem}")
                        if a.type == "ORG" and (a.code or "").endswith("MED")}
            if len(agencies) == 1:
                a = next(iter(agencies.values()))
                out.append(_Found(i, i + 1, "ORG", a.code, a.canonical, a.id, "alias", None,
                                  _char_cut(toks[i], len(pre)) if pre else 0))
            break
    return out


def _alias_pass(toks: list[Token], norms: list[str], date: str, found: list[_Found]) -> list[_Found]:
    """One-word mentions of a person named in full elsewhere in the article."""
    rec = recognizer()
    gazetteer = rec.lexicons.gazetteer if rec is not None else {}
    keys: dict[str, _Found] = {}
    ambiguous: set[str] = set()
    for f in found:
        if f.type != "PER" or f.end - f.start < 2:
            continue
        family_first = f.person is not None and f.person.country in FAMILY_NAME_FIRST
        for word, _ in alias_keys(norms[f.start:f.end], first_too=family_first):
            other = keys.get(word)
            if other is not None and (other.entity_id or other.canonical) != (f.entity_id or f.canonical):
                ambiguous.add(word)
            keys.setdefault(word, f)
    for w in ambiguous:
        keys.pop(w, None)
    # a surname that is also a common given name ("علاء يوسف") is too often someone else's to find alone,
    # but a one-word person the model found with it is the one person of the article who bears it
    given: dict[str, _Found | None] = {}
    for f in found:
        if f.type == "PER" and f.end - f.start >= 2 and f.origin != "alias":
            last = norms[f.end - 1]
            if last in COMMON_GIVEN and len(last) >= 3:
                other = given.get(last)
                same = other is not None and (other.entity_id or other.canonical) == (f.entity_id or f.canonical)
                given[last] = f if last not in given or same else None
    if not keys and not any(given.values()):
        return found
    # the model may have found the short form itself: give it the full name's actor
    for f in found:
        if f.origin == "model" and f.type == "PER" and f.end - f.start == 1 and f.entity_id is None:
            for _, stem in clitic_splits(norms[f.start]):
                full = keys.get(stem) or given.get(stem)
                if full is not None:
                    f.actor = full.person.code_on(date) if full.person is not None else full.actor
                    f.canonical, f.entity_id, f.person, f.origin = full.canonical, full.entity_id, full.person, "alias"
                    break
    if not keys:
        return found
    taken = _covered(found)
    out = list(found)
    for i, norm in enumerate(norms):
        if i in taken or not norm[:1].isalpha():
            continue
        for pre, stem in clitic_splits(norm):
            full = keys.get(stem)
            if full is None:
                continue
            # a word followed by another name word starts a longer name, not a short form ("راضي مطر")
            nxt = norms[i + 1] if i + 1 < len(norms) else ""
            if i + 1 in taken or (nxt not in EDGE_STOP and "P" in gazetteer.get(nxt, "")
                                  and "F" not in gazetteer.get(stem, "")):
                break
            actor = full.person.code_on(date) if full.person is not None else full.actor
            out.append(_Found(i, i + 1, "PER", actor, full.canonical,
                              full.entity_id, "alias", full.person, _char_cut(toks[i], len(pre)) if pre else 0))
            taken.add(i)
            break
    return out


def _lineage_short_pass(norms: list[str], date: str, found: list[_Found]) -> list[_Found]:
    """"الأمير منصور بن ماجد" after "الأمير منصور بن ماجد بن سعود": a person named by the given and father's
    names is the one person of the article whose longer name starts with them (a paper names someone in full
    first, then by the first links of the chain); two such people, or a name with its own family name, leave it."""
    longer: dict[tuple[str, ...], _Found | None] = {}
    for f in found:
        if f.type != "PER" or f.end - f.start < 4 or f.origin == "alias" or norms[f.start + 1] not in LINEAGE:
            continue
        key = tuple(norms[f.start:f.start + 3])
        other = longer.get(key)
        same = other is not None and (other.entity_id or other.canonical) == (f.entity_id or f.canonical)
        longer[key] = f if key not in longer or same else None
    if not longer:
        return found
    for f in found:
        if f.type != "PER" or f.origin != "model" or f.entity_id is not None or f.end - f.start != 3:
            continue
        full = longer.get(tuple(norms[f.start:f.end]))
        if full is None or full.start == f.start:
            continue
        f.actor = full.person.code_on(date) if full.person is not None else full.actor
        f.canonical, f.entity_id, f.person, f.origin = full.canonical, full.entity_id, full.person, "alias"
    return found


def _paper_name_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """A newspaper found with its descriptor ("بصحيفة الوئام") is named by the words after it."""
    for f in found:
        if f.type == "ORG" and (f.actor or "").endswith("MED") and f.end - f.start >= 2 \
                and any(stem in PAPER_HEADS for _, stem in clitic_splits(norms[f.start])):
            f.start, f.cut = f.start + 1, 0
    return found


def _org_short_form_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """Later mentions of a coded organisation: its head word with the article after the full name ("منظمة
    أوبك" ... "المنظمة", "حركة حماس" ... "الحركة"), and the one word that followed a naming head ("نادي
    الهلال" ... "الهلال"); a word two bodies could claim, or followed by a modifier, is left alone."""
    heads: dict[str, tuple[int, _Found]] = {}
    names: dict[str, _Found] = {}
    clash: set[str] = set()
    for f in found:
        if f.type == "ORG" and f.actor and f.start > 0 and any(
                st == DESCRIPTOR_HEAD for _, st in clitic_splits(norms[f.start - 1])):
            # "تنظيم داعش" ... "التنظيم": the descriptor left out of the name is its head word all the same
            key = "ال" + DESCRIPTOR_HEAD
            other = heads.get(key)
            if other is not None and other[1].actor != f.actor:
                clash.add(key)
            heads.setdefault(key, (f.end, f))
        if f.type != "ORG" or not f.actor or f.end - f.start < 2:
            continue
        stems = [stem for _, stem in clitic_splits(norms[f.start])]
        # every reading of the head word: "وزارة" is the word itself, and also و + "زارة" to a clitic splitter
        # (round 9: only the second was read, so "الوزارة" never named the ministry named in full before)
        bare = list(dict.fromkeys(st[2:] if st.startswith("ال") else st for st in stems))
        head = bare[0]
        for reading in bare:
            if reading not in NO_ANAPHORA and len(reading) >= 3 and not any(b in NO_ANAPHORA for b in bare):
                other = heads.get("ال" + reading)
                if other is not None and other[1].actor != f.actor:
                    clash.add("ال" + reading)
                heads.setdefault("ال" + reading, (f.end, f))
        if head in NAME_HEADS and norms[f.start + 1][:1].isalpha() and not nisba_like(norms[f.start + 1]) \
                and all(nisba_like(norms[k]) for k in range(f.start + 2, f.end)):
            word = norms[f.start + 1]  # "نادي الهلال السعودي" -> "الهلال"
            other_f = names.get(word)
            if other_f is not None and other_f.actor != f.actor:
                clash.add(word)
            names.setdefault(word, f)
    for w in clash:
        heads.pop(w, None)
        names.pop(w, None)
    if not heads and not names:
        return found
    taken = _covered(found)
    out = list(found)
    for i, norm in enumerate(norms):
        if i in taken:
            continue
        nxt = norms[i + 1] if i + 1 < len(norms) else ""
        if (nxt.startswith("ال") or nisba_like(nxt)) and nxt not in STATEMENT_WORDS:
            continue  # "المنظمة الدولية" is another name
        for pre, stem in clitic_splits(norm):
            target = None
            h = heads.get(stem)
            if h is not None and i >= h[0]:
                target = h[1]
            elif stem in names:
                target = names[stem]
            if target is not None:
                out.append(_Found(i, i + 1, "ORG", target.actor, target.canonical, target.entity_id, "alias", None,
                                  _char_cut(toks[i], len(pre)) if pre else 0))
                taken.add(i)
                break
    return out


def _igo_epithet_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """"المنظمة الدولية" after an international body is that body (the UN, the WHO …), not a new
    organisation: it takes the code and name of the last one named before it."""
    igos = sorted((f for f in found if f.type == "ORG" and (f.actor or "").startswith("IGO") and f.origin != "model"),
                  key=lambda f: f.start)
    if not igos:
        return found
    out = []
    replaced: list[_Found] = []
    for words in IGO_EPITHETS:
        n = len(words)
        for i in range(len(norms) - n + 1):
            if any(clitic_splits(norms[i + k])[-1][1] != words[k] and norms[i + k] != words[k]
                   for k in range(1, n)):
                continue
            if not any(stem == words[0] for _, stem in clitic_splits(norms[i])):
                continue
            before = [f for f in igos if f.end <= i]
            if not before:
                continue
            target = before[-1]
            pre = next((p for p, stem in clitic_splits(norms[i]) if stem == words[0]), "")
            replaced.append(_Found(i, i + n, "ORG", target.actor, target.canonical, target.entity_id, "alias", None,
                                   _char_cut(toks[i], len(pre)) if pre else 0))
    if not replaced:
        return found
    spans = [(r.start, r.end) for r in replaced]
    for f in found:
        if any(f.start < e and s < f.end for s, e in spans):
            continue  # the model's reading of the epithet gives way
        out.append(f)
    return out + replaced


def _headline_ministry_pass(art: Article, toks: list[Token], norms: list[str], found: list[_Found],
                            reg: Registry | None = None) -> list[_Found]:
    """A headline that opens with a ministry's field and its verb or a colon ("التجارة تعلن …"، "الصحة: …")
    names the ministry; its country comes from the story (the context pass). The field may stand in quotation marks
    ("«الصحة» تتجاوب …", "“العمل”: …") or take its country's adjective ("الداخلية المصرية: …",
    `HEADLINE_MINISTRY_FORMS`)."""
    title = next((sec for sec in art.sections if sec.kind == "title"), None)
    if title is None or not toks or toks[0].start != title.start or len(toks) < 2:
        return found
    i = 1 if HEADLINE_MINISTRY_FORMS and norms[0] == QUOTE and len(norms) > 3 and norms[2] == QUOTE else 0
    if norms[i] not in MINISTRY_FIELDS or any(f.start <= i < f.end for f in found):
        return found
    end, iso = i + 1, None
    if HEADLINE_MINISTRY_FORMS and not i and reg is not None and len(norms) > 2:
        end, iso = reg.adjective_at(norms, 1)  # "الداخلية المصرية: …"
        end = end if iso is not None else i + 1
    k = end + (1 if i else 0)  # (after the closing quotation mark)
    if k >= len(norms):
        return found
    nxt, raw = norms[k], toks[k].text
    if nxt in (":", "،") or (raw[:1] in ("ت", "ي") and len(nxt) >= 4 and not nxt.startswith("ال")):
        return found + [_Found(i, end, "ORG", iso + "GOV" if iso else None, None, None, "pattern", None, 0,
                               None if iso else "GOV")]
    return found


def _ministry_field_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """A ministry named in full ("وزارة الصحة") and later by its field as the subject of a verb ("وأوضحت
    الصحة أن …"): the field word is that ministry."""
    named: dict[str, _Found] = {}
    for f in found:
        if f.type == "ORG" and f.actor and f.end - f.start >= 2 \
                and any(st == MINISTRY for _, st in clitic_splits(norms[f.start])) and norms[f.start + 1] in MINISTRY_FIELDS:
            named.setdefault(norms[f.start + 1], f)
    taken = _covered(found)
    out = list(found)
    # "وزارتا التعليم والصحة": two ministries named by their fields, of the story's government
    gov = next((f.actor for f in found if f.type == "ORG" and (f.actor or "").endswith("GOV") and len(f.actor or "") == 6),
               None)
    for i in range(len(norms) - 3):
        if norms[i] in MINISTRIES_TWO and norms[i + 1] in MINISTRY_FIELDS and norms[i + 2][:1] == "و" \
                and norms[i + 2][1:] in MINISTRY_FIELDS and not ({i + 1, i + 2} & taken):
            for k in (i + 1, i + 2):
                out.append(_Found(k, k + 1, "ORG", gov, None, None, "pattern", None,
                                  _char_cut(toks[k], 1) if k == i + 2 else 0, "GOV"))
                taken.add(k)
    if not named:
        return out
    for i in range(1, len(norms)):
        full = named.get(norms[i])
        if full is None or i in taken or full.start + 1 == i:
            continue
        prev = norms[i - 1]
        prev = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 3 else prev
        if prev in BODY_VERBS:
            out.append(_Found(i, i + 1, "ORG", full.actor, full.canonical, full.entity_id, "alias", None, 0, full.role))
            taken.add(i)
    return out


# A province's word, with the article a reference back to the one province named with it ("محافظة ينبع" …
# "المحافظة").
PROVINCE_WORD = normalize("محافظة")
ALA = normalize("على")


def _province_short_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """"محافظة ينبع" … "وأوضح محافظ المحافظة": "المحافظة" (no definite word after it) after the article named
    one province with the word is that province; two provinces named so leave it alone."""
    places = {f.start: f for f in found if f.type in ("GPE", "LOC") and f.actor}
    named: list[tuple[int, _Found]] = []
    for i in range(len(norms) - 1):
        if not any(st == PROVINCE_WORD for _, st in clitic_splits(norms[i])):
            continue
        if i + 1 in places:
            named.append((i, places[i + 1]))
        elif i in places and places[i].end - i >= 2:
            named.append((i, places[i]))  # the word kept in the place's span ("محافظة ينبع")
    if not named or len({(g.entity_id or g.canonical, g.actor) for _, g in named}) != 1:
        return found
    first, place = named[0]
    taken = _covered(found)
    out = list(found)
    for i in range(first + 2, len(norms)):
        if i in taken:
            continue
        nxt = norms[i + 1] if i + 1 < len(norms) else ""
        if nxt.startswith("ال") or nisba_like(nxt) or nxt == ALA:
            continue  # "المحافظة على" is keeping; "المحافظة الشرقية" another name
        pre = next((p for p, st in clitic_splits(norms[i]) if st == "ال" + PROVINCE_WORD), None)
        if pre is None:
            continue
        out.append(_Found(i, i + 1, place.type, place.actor, place.canonical, place.entity_id, "alias", None,
                          _char_cut(toks[i], len(pre)) if pre else 0))
        taken.add(i)
    return out


def _leader_surname_pass(toks: list[Token], norms: list[str], date: str, reg: Registry,
                         found: list[_Found]) -> list[_Found]:
    """"مقرب من الأسد", "خلافة عباس": a person named by one word that the context coded with a country alone is
    the head of state or government of that country on the date when the word is his family name (the last word of
    a registry name of his of two or more words, not a lineage: "بشار الأسد" -> "الأسد"), as a coder reads a
    leader named by his surname in a story about his country. Registry people and the article's own full names
    were linked before (`_alias_pass`)."""
    if not LEADER_SURNAME:
        return found
    memo: dict[str, dict[str, Actor]] = {}
    for f in found:
        if f.type != "PER" or f.end - f.start != 1 or f.person is not None or not f.actor or len(f.actor) != 3:
            continue
        iso = f.actor
        if iso not in memo:
            memo[iso] = {}
            for office in LEADER_OFFICES:
                holder = reg.holder(office, iso, date)
                if holder is None:
                    continue
                for name in holder.names:
                    words = tuple(normalize(w) for w in name.split())
                    if len(words) >= 2 and not NOT_FAMILY.intersection(words):
                        memo[iso].setdefault(words[-1], holder)
        word = _bare_first(toks, norms, f)
        holder = memo[iso].get(word)
        if holder is None:
            continue
        code = holder.code_on(date)
        if not code:
            continue
        f.person, f.actor, f.canonical, f.entity_id = holder, code, holder.canonical, holder.id
    return found


def _club_nickname_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """"انتقل المهاجم إلى العميد": a sports nickname of a club ("الزعيم" Al-Hilal, "العميد" Al-Ittihad, "الراقي"
    Al-Ahli) is that club in an article that names it (the registry's club found there), with its code. Not right
    after a definite word, whose adjective it is ("الأداء الراقي"), nor before a person ("العميد فلان" is a rank)."""
    if not CLUB_NICKNAMES:
        return found
    clubs = {f.canonical: f for f in found if f.type == "ORG" and f.canonical in NICKNAMES.values()}
    if not clubs:
        return found
    taken = _covered(found)
    starts = {f.start: f for f in found}
    out = list(found)
    for i, w in enumerate(norms):
        if i in taken:
            continue
        reading = next(((p, st) for p, st in clitic_splits(w) if st in NICKNAMES and p in ("", "و", "ب", "ل", "ف")),
                       None)
        if reading is None or (club := clubs.get(NICKNAMES[reading[1]])) is None:
            continue
        if i > 0 and norms[i - 1].startswith("ال") and norms[i - 1] not in EDGE_STOP and not reading[0]:
            continue  # "الأداء الراقي": the adjective of the noun before it
        if (nxt := starts.get(i + 1)) is not None and nxt.type == "PER":
            continue  # "العميد فلان": a rank before a name
        out.append(_Found(i, i + 1, "ORG", club.actor, club.canonical, club.entity_id, "alias", None,
                          _char_cut(toks[i], len(reading[0])) if reading[0] else 0))
    return out
