"""The entity stage: every person, organisation and place, linked to a canonical actor valid on the article's date.

Steps of `tag_entities`:
1. The article's date: `dates.publication.value` (set by the time stage), else the caller's `published`,
   else the page date, else today. Roles are resolved on it.
2. Registry pass over the tokens (`linking.registry_matches`): names of countries, capitals and seats of
   power (metonyms: موسكو، الكرملين -> RUS), organisations, people (with leading clitics: لروسيا،
   وبيونغيانغ), agent phrases ("الجيش الروسي" -> RUSMIL) and titles ("الرئيس الروسي"). A title followed
   by a name marks the name alone as PER ("الرئيس الروسي فلاديمير بوتين" -> PER "فلاديمير بوتين", RUSGOV);
   a title followed by a name the registry does not know lends its role code to the name the model finds.
3. Institution names the registry does not know (`_institution_pass`, `roles.RoleTable.institution`): a head
   word ("وزارة", "جامعة", "محكمة", "غرفة"...) and its modifiers up to a boundary, ORG coded country + the
   head's role; the country from a nisba adjective or a place inside, else step 6. Heads marked "=TYPE" in the
   table start names of other kinds: events and competitions ("مهرجان صيف أبها", "كأس ولي العهد") are MISC with no
   code, landmarks ("قصر السلام", "طريق الخرج", "جبل الوعش") are LOC (`_named_thing_end` says where they end).
4. Recogniser pass over the article's sentences (`recognizer.Recognizer`: a CRF with the registry's tags as
   a feature; a document-level second CRF when one is packaged) for names no registry knows; its spans are
   cleaned by rules (`_model_spans`). A model PER or ORG span of two or more words overrides a one-word
   registry place inside it: a first name followed by a surname is a person (فلاديمير is not the city
   Vladimir), a club named after a city an organisation (ريال مدريد).
5. People and places by rule: a rank, honorific or function title followed by a given name starts a person
   the model missed; model people run over بن/بنت chains and the family name after them; people take the
   role of their title or rank (`_title_role_pass`); places listed after "محافظة/محافظات" are provinces
   (LOC), one governorate alone is its seat ("بمحافظة ماردين").
6. Context: a bare "المملكة" is the kingdom the article mentions most; institutions named without a country
   ("وزارة الصحة"), unknown people and organisations take the country their sentence names, else the
   article's dominant one (or its only one), else the outlet's (a country-code domain); a nisba adjective
   beside an unknown name or place gives its country; unknown places take the one country their sentence names
   (docs/entities.md).
7. Short forms (after people the registry does not know get an English name spelled from their words,
   `translit.romanize`, with entity_id None): a single word equal to the surname of a multi-word PER name found anywhere in the article
   (for registry people of countries that put the family name first, the first word: the Korean كيم) takes
   that person's actor.
   A registry person found by the surname takes in another spelling of the given name before it ("نارندر
   مودي"); a newspaper found with its descriptor is named without it ("بصحيفة الوئام" -> "الوئام").
8. A region word before a known place is left out of it ("منطقة عسير" -> "عسير", "محافظة لحج" -> "لحج") unless
   the article also names the place bare; a compass word before a region or a continent is part of it ("غرب
   أفريقيا"). Entities are kept in text order, without overlaps; every span satisfies
   `text[start:end] == span.text`.
   A leading proclitic stays out of the span ("لروسيا" -> "روسيا"), as docs/annotation.md asks, except
   where the word cannot be cut cleanly ("للأمم" = ل + الأمم keeps the whole word).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from marsad.article import Article, Entity, Span
from marsad.clean.normalize import normalize
from marsad.entities.bodies import english_name
from marsad.entities.linking import COMMON_GIVEN, alias_keys, registry_matches, tags_of
from marsad.entities.recognizer import recognizer, spans
from marsad.entities.registry import Actor, Match, Registry, registry, today
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import ADJECTIVES, DEF_STOP, STOP, Hit, nisba_like, role_table
from marsad.entities.translit import edit_distance, foreign_name, foreign_word, romanize
from marsad.language.tokens import Token, sentences_of, tokens_of
from marsad.pipeline import stage

# Words that begin a region or natural feature rather than a polity: a model LOC span starting with one is LOC.
LOC_HEADS = frozenset(normalize(w) for w in (
    "بحر", "نهر", "جبل", "جبال", "منطقة", "إقليم", "شمال", "جنوب", "شرق", "غرب", "خليج", "صحراء", "وادي", "جزيرة",
    "جزر", "قطاع", "الضفة", "المحيط", "محيط", "البحر", "النهر", "الخليج", "شبه", "هضبة", "سهل", "مضيق", "قناة", "حي",
    "ضاحية", "ريف", "الجزيرة"))
MODEL_TYPE = {"PER": "PER", "ORG": "ORG", "MISC": "MISC", "LOC": "GPE"}
# Function words a model span never starts or ends with (the CRF sometimes runs a name into "إن").
EDGE_STOP = frozenset(normalize(w) for w in (
    "إن", "أن", "ان", "في", "من", "على", "إلى", "عن", "مع", "قد", "لا", "ما", "هو", "هي", "كان", "قال", "أمس",
    "اليوم", "الذي", "التي", "بعد", "قبل", "و", "أو", "ثم", "حيث", "كما", "لكن", "الى", "انه", "إنه", "أنه",
    # prepositions the name lists also hold as names ("خلال" Khilal): "وبين البدري خلال لقائه" ends the name
    "خلال", "أمام", "عبر", "ضمن", "لدى", "عند", "منذ", "نحو", "أثناء", "عقب", "إثر", "رغم", "وسط", "دون", "حول",
    "بين", "عن", "لقد", "فقد"))
# Title words a person's span never ends with ("سلمان بن عبدالعزيز ولي العهد").
TITLE_TAIL = frozenset(normalize(w) for w in ("ولي", "العهد", "الرئيس", "رئيس", "وزير", "الأمير", "الملك",
                                               "أمير", "ملك", "نائب", "الدكتور", "المستشار", "الأمين", "حاكم",
                                               "محافظ", "مدير", "سفير", "المتحدث", "الناطق", "عضو", "مستشار"))
# Relation nouns with a possessive pronoun: a person's name ends before them ("الكسندر تكاتشوف نظيره المصري").
RELATION_BREAK = frozenset(normalize(base + suffix) for base in ("نظير", "نظيرت", "شقيق", "شقيقت", "نجل", "زوج",
                                                                 "زوجت", "والد", "والدت", "ابن", "ابنت", "مرافق")
                           for suffix in ("ه", "ها", "هم", "يه", "ي"))
# Words of a secretariat's titles ("الأمين العام المساعد"، "المستشار السياسي للأمين العام").
SECRETARIAT = frozenset(normalize(w) for w in ("الأمين", "للأمين", "الامين", "للامين", "الأمانة", "للأمانة"))
FI = normalize("في")
LADA = normalize("لدى")
# Words that say what a place is ("مدينة عدن", "دولة الكويت", "منطقة عسير", "محافظة لحج"), left out of a known
# place's name.
PLACE_WORDS = frozenset(normalize(w) for w in ("مدينة", "دولة", "منطقة", "محافظة", "قرية"))
# Number words and quantifiers before a noun ("واحد الناجين", "أحد المسؤولين"), never the start of a name.
QUANTIFIERS = frozenset(normalize(w) for w in ("واحد", "أحد", "إحدى", "احد", "احدى", "بعض", "كل", "جميع", "معظم",
                                               "أغلب", "غالبية"))
# Adjectives of a statement that follow the body named in it ("بيان المنظمة الصحفي").
STATEMENT_WORDS = frozenset(normalize(w) for w in ("الصحفي", "الصحافي", "الرسمي", "الختامي", "الصادر"))
# Set phrases the recogniser may read as a name.
STOCK_PHRASES = frozenset(tuple(normalize(w) for w in p.split()) for p in ("أسمى آيات", "اسمى آيات"))
# Ministries a headline names by their field alone ("التجارة تعلن …", "الصحة: …").
MINISTRY_FIELDS = frozenset(normalize(w) for w in (
    "التجارة", "الصحة", "العمل", "الداخلية", "الخارجية", "التعليم", "الإسكان", "المالية", "العدل", "الزراعة",
    "البيئة", "النقل", "الاتصالات", "الإعلام", "الثقافة", "الدفاع", "الطاقة", "السياحة", "البلديات"))
MINISTRY = normalize("وزارة")
MINISTRIES_TWO = frozenset(normalize(w) for w in ("وزارتا", "وزارتي", "ووزارتا", "ووزارتي"))
# Verbs a body speaks or acts with, in the feminine ("وأوضحت الصحة"، "تعلن العمل").
BODY_VERBS = frozenset(normalize(w) for w in (
    "أعلنت", "أكدت", "أوضحت", "قالت", "دعت", "حذرت", "كشفت", "نفت", "أشارت", "بينت", "ذكرت", "أفادت", "طالبت",
    "أصدرت", "وجهت", "قررت", "أطلقت", "نشرت", "سجلت", "رصدت", "تعلن", "تؤكد", "تدعو", "تحذر", "توضح", "تكشف",
    "تنفي", "تطالب", "تطلق", "تسجل", "ترصد", "أهابت", "تهيب", "شددت", "تشدد", "لفتت", "تلفت"))
# Competitions and prizes named after people.
COMPETITIONS = frozenset(normalize(w) for w in ("دوري", "كأس", "كاس", "بطولة", "جائزة", "مهرجان", "ماراثون"))
# Adverbs after an adjective that a given name can be spelt like ("سعيد جداً", "كريم للغاية").
INTENSIFIERS = frozenset(normalize(w) for w in ("جدا", "جداً", "للغاية", "جدًا"))
# Title words a person's span never starts with (the title is not part of the name, docs/annotation.md).
TITLE_HEAD = frozenset(normalize(w) for w in ("الأمير", "الأميرة", "الشيخ", "الشيخة", "الملك", "الملكة", "الرئيس",
                                              "السيد", "السيدة", "الدكتور", "الدكتورة", "د", "المهندس", "الأستاذ",
                                              "اللواء", "العقيد", "الفريق", "العميد", "سمو", "معالي", "فضيلة"))
# Facilities named after a place ("مستشفى بقيق"), with the type of the whole name.
FACILITY_HEADS = {normalize(w): t for w, t in (
    ("مستشفى", "ORG"), ("جامعة", "ORG"), ("غرفة", "ORG"), ("بلدية", "ORG"), ("أمانة", "ORG"), ("مطار", "LOC"),
    ("ميناء", "LOC"), ("محافظة", "GPE"), ("مدينة", "GPE"))}
# Fields a ministry's regional directorate is named by, before the region ("تعليم جازان"), and their roles.
DIRECTORATES = {normalize(w): r for w, r in (("تعليم", "GOV"), ("صحة", "HLH"), ("مرور", "COP"))}
FACILITY_HEADS.update({w: "ORG" for w in DIRECTORATES})
# Words that say what an organisation is, left out of its name when the rest is the name ("تنظيم داعش").
DESCRIPTORS = frozenset(normalize(w) for w in ("تنظيم",))
# "المملكة" alone is the kingdom the article is about; these are the kingdoms it can be.
KINGDOMS = ("SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "SWZ", "LSO", "BTN")
# Countries whose names put the family name first (كيم جونغ أون -> كيم); elsewhere a first word alone is a
# given name, too often someone else's.
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "KHM", "MNG", "HKG"})
# Adjectives that name a unit of the forces an agent phrase names ("قوات الأمن الخاصة"), or the government
# recognised in a civil war ("الحكومة اليمنية الشرعية").
UNIT_ADJECTIVES = frozenset(normalize(w) for w in ("الخاصة", "الخاص", "المركزي", "المركزية", "الشرعية"))
# Words that are never a name on their own.
NOT_NAMES = frozenset(normalize(w) for w in ("الله", "لله", "ولله", "بالله", "والله", "تعالى", "سبحانه"))


def _covered(found: list[_Found]) -> set[int]:
    """Token indices some found mention already covers."""
    return {i for f in found for i in range(f.start, f.end)}


def _model_spans(labels: list[str], norms: list[str], gazetteer: dict[str, str]) -> list[tuple[int, int, str]]:
    """Model spans cleaned by rules about Arabic names.

    Function words come off the edges ("أحمد إن"), title words off a person's end ("سلمان بن عبدالعزيز ولي
    العهد"), a person span splits before a word that is "و" + a known name ("صالح الناصر ومحمد القرناس"), and
    touching person spans merge.
    """
    out: list[tuple[int, int, str]] = []
    table = role_table()
    for a, b, cls in spans(labels):
        while a < b and (norms[a] in EDGE_STOP or not norms[a][:1].isalpha()
                         or (cls == "PER" and (norms[a] in TITLE_HEAD or norms[a] in QUANTIFIERS
                                               or table.rank_at(norms, a) is not None))):
            a += 1
        if cls == "PER" and b - a == 1 and norms[a].startswith("ال") and norms[a].endswith(("ين", "ون")):
            continue  # "واحد الناجين": "one of the survivors", a plural noun, not a name
        while b > a and (norms[b - 1] in EDGE_STOP or not norms[b - 1][:1].isalpha()
                         or (cls == "PER" and norms[b - 1] in TITLE_TAIL)):
            b -= 1
        if cls == "PER" and b - a >= 3 and norms[a].startswith("ال") and not (
                {"P", "F"} & set(gazetteer.get(norms[a], ""))):
            a += 1  # "حكومة الولاية دين محمد درويش": a common noun before the name ends the phrase before it
        if cls == "PER":
            b = next((k for k in range(a + 1, b) if any(st in RELATION_BREAK for _, st in clitic_splits(norms[k]))
                      or _imperfect_verb(norms[k], gazetteer)), b)
            if tuple(norms[a:a + 2]) in STOCK_PHRASES:
                continue  # "أسمى آيات الشكر": a set phrase, not a name
            if any(st in COMPETITIONS for _, st in clitic_splits(norms[a])):
                cls = "MISC"  # "دوري عبداللطيف جميل", "كأس الملك": a competition named after a person
            elif b - a == 1 and b < len(norms) and norms[b] in INTENSIFIERS:
                continue  # "سعيد جداً": an adjective, not the name سعيد
        if b <= a or all(norms[k] in NOT_NAMES for k in range(a, b)):
            continue
        pieces = [(a, b)]
        if cls == "PER":
            pieces = []
            start = a
            k = a + 1
            while k < b:
                rank = table.rank_at(norms, k)
                if rank is not None and rank.prefix and k + rank.length < b:
                    # "هشام العزب والرائد أحمد فكرى": a rank after و starts the next person
                    pieces.append((start, k))
                    start = k = k + rank.length
                    continue
                if _coordinated(norms[k], gazetteer):
                    pieces.append((start, k))
                    start = k
                k += 1
            pieces.append((start, b))
        for pa, pb in pieces:
            if out and cls == "PER" and out[-1][2] == "PER" and out[-1][1] == pa and pa == a \
                    and not _coordinated(norms[pa], gazetteer):
                out[-1] = (out[-1][0], pb, cls)
            else:
                out.append((pa, pb, cls))
    return out


def _imperfect_verb(word: str, gazetteer: dict[str, str]) -> bool:
    """A present-tense verb ("فيدال يتواجد بالفعل"): a word in يـ/تـ that is no name word and is never seen with
    the article in the news (the word statistics' first digit)."""
    if word[:1] not in ("ي", "ت") or len(word) < 4 or {"P", "F"} & set(gazetteer.get(word, "")):
        return False
    rec = recognizer()
    stat = rec.lexicons.stats.get(word) if rec is not None else None
    # (a word seen too rarely to tell is left alone: "تيونج" is a name)
    return stat is not None and stat[:1] == "0" and stat[-1:] >= "1"


def _coordinated(word: str, gazetteer: dict[str, str]) -> bool:
    """"و" + a known name word: the start of the next name in a list, not part of this one."""
    if not word.startswith("و") or len(word) < 4:
        return False
    rest = word[1:]
    if rest.startswith("عبد"):
        return True
    # a name list may hold the و-word itself (وليد، وسام): then it is one name, not و + a name
    flags = gazetteer.get(rest, "")
    return word not in gazetteer and ("P" in flags or "F" in flags)


def _clitic_cut(tok: Token, gazetteer: dict[str, str]) -> int:
    """Characters of a conjunction or preposition to leave out of a model span's first word ("وعبدالله").

    The shortest cut that leaves a word the gazetteer knows wins ("وليفربول" -> "ليفربول", not "يفربول")."""
    from marsad.entities.features import strip_clitics

    word = tok.norm
    pre, _ = strip_clitics(word)
    lead = pre[:-2] if pre.endswith("ال") else pre  # keep the article: "والضفة" -> "الضفة"
    if not lead or (word in gazetteer and not _coordinated(word, gazetteer)):
        return 0
    for k in range(1, len(lead) + 1):
        rest = word[k:]
        if rest in gazetteer or (rest.startswith("ال") and rest[2:] in gazetteer):
            return _char_cut(tok, k)
    if word[:1] in ("و", "ف") and word[1:4] == "عبد" and len(word) > 5:
        return _char_cut(tok, 1)  # "وعبدالإله": no name starts with و before عبد
    return 0


def article_date(art: Article) -> str:
    """The date roles are resolved on: publication estimate, caller's date, page date, else today."""
    pub = art.dates.publication
    for value in (pub.value if pub else None, art.published, art.dates.page.value if art.dates.page else None):
        if value and re.match(r"^\d{4}", value):
            return value
    return today()


@dataclass
class _Found:
    start: int  # token index
    end: int
    type: str
    actor: str | None
    canonical: str | None
    entity_id: str | None
    origin: str
    person: Actor | None = None
    cut: int = 0  # source characters of a leading proclitic left out of the span ("ل" of "لروسيا")
    role: str | None = None  # for an institution named without its country: the role to add to it


def _char_cut(tok: Token, norm_prefix_len: int) -> int:
    """Source characters covering the first `norm_prefix_len` normalised characters of a token."""
    from marsad.clean.normalize import fold_char

    seen = 0
    for k, ch in enumerate(tok.text):
        if seen == norm_prefix_len:
            return k
        seen += len(fold_char(ch))
    return 0


PATRONYMIC = frozenset(normalize(w) for w in ("بن", "بنت", "آل", "ابن"))


def _patronymic_end(norms: list[str], end: int) -> int:
    """Extend a registry person over a following chain of بن/بنت/آل + name ("محمد بن نايف بن عبدالعزيز آل سعود")."""
    while end + 1 < len(norms) and norms[end] in PATRONYMIC and norms[end + 1][:1].isalpha() \
            and norms[end + 1] not in EDGE_STOP:
        end += 2
    return end


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
        if m.kind == "agent" and m.named is not None and (m.code or "").endswith("GOV"):
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
                # (after an office, "رئيس الاتحاد الدولي لألعاب القوى السنغالي لامين دياك", the adjective is the
                # office holder's nationality)
                end, code, canonical, eid = aend, iso, None, None
        if m.kind == "name" and m.actor is not None and m.actor.kind in ("capital", "place") and m.skip == 0 \
                and m.start > 0 and pre == 0 and (m.start - 1) not in used and norms[m.start - 1] in FACILITY_HEADS:
            # "مستشفى بقيق", "مطار عدن", "جامعة القاهرة": a facility named after a place, in that place's country
            first, typ = m.start - 1, FACILITY_HEADS[norms[m.start - 1]]
            if norms[first] in DIRECTORATES and code:
                # "تعليم جازان", "صحة الرياض": a Saudi region's directorate of a ministry is named by its field
                typ, code = "ORG", code[:3] + DIRECTORATES[norms[first]]
            if typ != "GPE":  # "مدينة الرقة" is still Raqqa; "مستشفى بقيق" is something else
                canonical, eid = None, None
                head = role_table().find(role_table().heads, norms, first)
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
        found.append(_Found(first, end, typ, code, canonical, eid,
                            "registry" if m.kind == "name" else "agent", person,
                            _char_cut(toks[m.start], pre) if pre and m.skip == 0 and first == m.start else 0,
                            m.role))
        used.update(range(first, end))
    return found, titles


def _compound_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """A country's name inside a common noun is no mention of it: "جوز الهند" (coconut, "the Indian nut")."""
    return [f for f in found if not (f.type == "GPE" and f.start > 0 and f.cut == 0 and any(
        st in COMMON_COMPOUND_HEADS for _, st in clitic_splits(norms[f.start - 1])))]


def _unknown_given_pass(norms: list[str], reg: Registry, found: list[_Found], stats: dict[str, str],
                        gazetteer: dict[str, str]) -> list[_Found]:
    """A registry person named by the surname alone, right after a foreign given name no list knows, is someone
    else of that surname: "فلورنتيو بيريز" is not Shimon Peres. The two words are one unknown person."""
    out: list[_Found] = []
    for f in found:
        if f.person is not None and f.origin == "registry" and f.end - f.start == 1 and f.cut == 0 and f.start > 0:
            w = norms[f.start - 1]
            if len(w) >= 4 and w.isalpha() and not w.startswith("ال") and w not in stats and w not in gazetteer \
                    and not reg.find(w) and foreign_word(w) \
                    and not any(f2.start <= f.start - 1 < f2.end for f2 in found) \
                    and not any(_near_spelling(w, normalize(n).split()[0]) for n in f.person.names if " " in n):
                # (another spelling of the person's own given name is still the person: "نارندر مودي")
                out.append(_Found(f.start - 1, f.end, "PER", None, None, None, "model"))
                continue
        out.append(f)
    return out


def _namelike(stats: dict[str, str], reg: Registry) -> Callable[[str], bool]:
    """Whether an indefinite word can end an institution's name: a registry name, a rare word, or a word
    that follows place or organisation cues in news (its statistics in `wordstats.tsv`)."""
    memo: dict[str, bool] = {}

    def namelike(word: str) -> bool:
        got = memo.get(word)
        if got is None:
            digits = stats.get(word)
            # an indefinite nisba adjective makes the phrase generic ("شركة يابانية")
            got = not reg.is_adjective(word) and (
                bool(reg.find(word)) or digits is None or len(digits) < 5 or int(digits[4]) <= 2
                or max(int(c) for c in digits[1:4]) >= 2)
            memo[word] = got
        return got
    return namelike


def _institution_pass(toks: list[Token], norms: list[str], date: str, reg: Registry, found: list[_Found],
                      stats: dict[str, str], gazetteer: dict[str, str]) -> list[_Found]:
    """Names of institutions the registry does not know ("مجلس شباب منطقة عسير", "جامعة غاريسا"), typed ORG
    with the role their head word gives (`roles.RoleTable.institution`) and the country of a nisba adjective or
    a place inside them; places and people inside the name are part of it ("جامعة الملك سعود")."""
    table = role_table()
    owner = [-1] * len(toks)
    for k, f in enumerate(found):
        for i in range(f.start, f.end):
            owner[i] = k

    def place_at(j: int) -> int:
        m, pre = reg.match(norms, j, date)
        if m is not None and m.kind == "name" and m.type in ("GPE", "LOC") and pre > 0 and m.skip == 0:
            return m.end
        return 0

    namelike = _namelike(stats, reg)
    given = _given_name_test()

    def conjoined(word: str) -> bool:
        whole, rest = stats.get(word), stats.get(word[1:])
        return whole is None or (rest is not None and rest[-1:] > whole[-1:])

    def verblike(word: str) -> bool:
        if reg.find(word) or any(c in gazetteer.get(word, "") for c in "LOF"):
            return False
        digits = stats.get(word, "")
        # an imperfect verb is never seen with ال; an indefinite feminine nisba is an adjective; a noun with a
        # possessive suffix ends the phrase ("مجلس إدارتها")
        return (word[:1] in "يتن" and digits[:1] == "0") or word.endswith("يه") \
            or (len(word) > 4 and word.endswith(("ها", "هم", "هما", "ته")))

    out = list(found)
    drop: set[int] = set()
    i = 0
    while i < len(norms):
        if owner[i] >= 0 or not norms[i][:1].isalpha():
            i += 1
            continue
        res = table.institution(norms, i, place_at, namelike, conjoined, verblike, reg.whole_word)
        if res is None:
            i += 1
            continue
        end, role = res
        if role == "^":
            i = end
            continue
        if role.startswith("="):
            lead = table.find(table.heads, norms, i)
            end = _named_thing_end(toks, norms, i, lead, end, role[1:], owner, found,
                                   lambda w: stats.get(w, "")[4:5] in ("", "0"), given)
            if end <= i:
                i += 1
                continue
        for k in {owner[j] for j in range(i, end) if owner[j] >= 0}:
            if found[k].end > end:
                end = min(end, found[k].start)  # a name running past the institution's end is not inside it
        for j in range(i + 1, end):
            k = owner[j]
            if k >= 0 and found[k].type in ("GPE", "LOC") and found[k].end < end \
                    and not norms[found[k].end].startswith(("ال", "لل", "وال")):
                end = found[k].end  # "رئيس بلدية ناغازاكي توميهيسا تاوي": the place ends the body's name
                break
        if end - i < 2:
            i += 1
            continue
        if role == "=MISC":
            end = _edition_end(norms, end)
        inside = {owner[j] for j in range(i, end) if owner[j] >= 0}
        iso = None
        for j in range(i + 1, end):
            aend, adj = reg.adjective_at(norms, j)
            if adj is not None and aend <= end:
                iso = adj
        if iso is None:
            # (a GeoNames town inside a landmark's name is a weak clue: "منتزه السودة" is no Indian town's park)
            iso = next((c for c in (_country_of(found[k].actor, reg) for k in sorted(inside)
                                    if not (role == "=LOC" and (found[k].entity_id or "").startswith("town:")))
                        if c), None)
        igo = next((found[k].actor for k in sorted(inside) if (found[k].actor or "").startswith("IGO")), None)
        hit = table.find(table.heads, norms, i)
        first = i
        cut = _char_cut(toks[i], hit.prefix) if hit is not None and hit.prefix else 0
        if role.startswith("~") and hit is not None:
            # "صحيفة الوئام", "جريدة ذي ستاندارد": the head says what the name is and stays out of it
            first, cut, role = i + hit.length, 0, role[1:]
        if role.startswith("="):
            # an event or a competition is nobody's act; a landmark lies in the country of what it names
            typ, actor = role[1:], (iso if role == "=LOC" else None)
            out.append(_Found(first, end, typ, actor, None, None, "pattern", None, cut, "" if actor is None else None))
            drop |= inside
            i = end
            continue
        # a body of an international organisation ("صندوق أوبك للتنمية الدولية") is coded as that organisation
        actor = iso + role if iso else igo
        out.append(_Found(first, end, "ORG", actor, None, None, "pattern", None, cut, role))
        drop |= inside
        i = end
    return [f for k, f in enumerate(out) if k not in drop]


# Heads of landmark names that are also common nouns in set phrases: the name needs a place or a rare word in it
# ("سد أبها", not "سد العجز" filling a gap; "ميدان التحرير", not "ميدان العمل" a field of work).
COMMON_LANDMARK_HEADS = frozenset(normalize(w) for w in ("سد", "ميدان", "طريق", "بحر"))
# Function titles that end a landmark's or an event's name (royal titles name what it is named after: "حديقة
# الملك فهد", "كأس ولي العهد").
FUNCTION_TITLES = frozenset(normalize(w) for w in ("أمير", "رئيس", "وزير", "محافظ", "مدير", "نائب", "سفير", "الدكتور",
                                                   "المهندس", "السيد", "الرئيس", "الوزير"))
TANWEEN = frozenset("\u064b\u064c\u064d")
# Event heads that with the article name bodies, not events (parties, parliaments).
DEFINITE_BODIES = frozenset(normalize(w) for w in ("المؤتمر", "المنتدى"))
MEETINGS = frozenset(normalize(w) for w in ("مؤتمر", "منتدى"))
# Words before a head that make it a preposition phrase, not a name ("في معرض حديثه", "عن طريق").
HEAD_IDIOMS = {normalize(k): frozenset(normalize(w) for w in v) for k, v in (
    ("معرض", ("في", "وفي")), ("طريق", ("عن", "وعن")))}
ERA_MARKS = frozenset(normalize(w) for w in ("هـ", "ه", "م", "ق"))
ORDINAL_WORDS = frozenset(normalize(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة"))


def _named_thing_end(toks: list[Token], norms: list[str], i: int, lead: Hit | None, end: int, typ: str,
                     owner: list[int],
                     found: list[_Found], rare: Callable[[str], bool],
                     given: Callable[[str], bool] | None) -> int:
    """The end of an event's or a landmark's name found by its head at token i (`roles.tsv` "=TYPE" heads), or i
    when the words are no name: a landmark's head is indefinite ("الشارع العربي" is public opinion). A
    competition named after a person ("دوري عبداللطيف جميل") is left to the recogniser, which finds the whole
    name. The name ends before a title ("قصر أمير المنطقة") and before "in" + a place ("قصر السلام بجدة" is in
    Jeddah)."""
    pre = lead.prefix if lead is not None else 0
    head = norms[i][pre:]
    if i > 0 and norms[i - 1] in HEAD_IDIOMS.get(head, ()):
        return i
    if TANWEEN & set(toks[i].text) or norms[i + 1].startswith("لل") or (
            norms[i + 1].startswith("ل") and i + 2 < len(norms) and norms[i + 2].startswith("ال")):
        return i  # "حيٍّ": a head with nunation is a common noun; "مبادرة لتشجيع الشباب": a purpose, no name
    if typ == "MISC" and given is not None and given(norms[i + 1]):
        return i
    if head in DEFINITE_BODIES:
        return i  # "المؤتمر الوطني العام", "المؤتمر الشعبي العام": with the article, a body's name
    if head in MEETINGS and not (norms[i + 1].startswith("ال") or owner[i + 1] >= 0):
        return i  # "مؤتمر صحافي", "مؤتمر عقد": a press conference, a verb; a named one has a definite word
    for k in range(i + 1, end):
        if norms[k] in FUNCTION_TITLES or (
                owner[k] >= 0 and found[owner[k]].cut > 0 and norms[k].startswith("ب")):
            end = k
            break
    if end - i < 2:
        return i
    if typ == "LOC":
        if head.startswith("ال") or (lead is not None and lead.length == 1 and lead.definite):
            return i  # ("للحي التراثي": ل + الحي)
        if head in PLACE_WORDS and owner[i + 1] >= 0 and all(owner[j] == owner[i + 1] for j in range(i + 1, end)):
            return i  # "قرية دوما": a known place with a word that says what it is, the place itself
        if head in COMMON_LANDMARK_HEADS and (norms[i][:pre].endswith("ل") or not any(
                (owner[j] >= 0 and found[owner[j]].type in ("GPE", "LOC") and found[owner[j]].origin != "model")
                or (rare(norms[j]) and not norms[j].startswith("ال")) for j in range(i + 1, end))):
            return i  # (and "لسد حاجة" is "to meet a need")
    return end


def _edition_end(norms: list[str], end: int) -> int:
    """An event's name takes in its edition ("مهرجان صيف طيبة 36", "الملتقى الأول", "معرض ... 2050"), not a
    year with its era ("مهرجان صيف أبها 1436هـ" is the festival of that year)."""
    if end < len(norms) and norms[end] in ORDINAL_WORDS:
        return end + 1
    if end < len(norms) and norms[end].isdigit() and not (end + 1 < len(norms) and norms[end + 1] in ERA_MARKS):
        return end + 1
    return end


def _given_name_test() -> Callable[[str], bool] | None:
    """Whether a word is a given name: the curated list of news spellings (translit) knows it."""
    from marsad.entities.translit import given_names

    names = given_names()
    return (lambda w: w in names) if names else None


def _headless_nasab_pass(norms: list[str], found: list[_Found],
                         given: Callable[[str], bool] | None) -> list[_Found]:
    """A person's span that starts at "بن" has lost its given name: "علي بن حماد الشامسي" found as "بن حماد
    الشامسي" takes back the given name before it."""
    if given is None:
        return found
    taken = _covered(found)
    for f in found:
        if f.type == "PER" and f.start > 0 and norms[f.start] in PATRONYMIC and (f.start - 1) not in taken \
                and f.cut == 0 and given(norms[f.start - 1]):
            f.start -= 1
            taken.add(f.start)
    return found


def _nasab_pass(norms: list[str], reg: Registry, found: list[_Found],
                given: Callable[[str], bool] | None = None) -> list[_Found]:
    """A person found by the model runs over a following بن/بنت chain and the family name after it ("محمد بن
    سعود المتحمي"), absorbing what the chain covers; a short form links to the whole name later. A given name
    found alone (`given`) takes a following family name with the article that is not a nisba adjective."""
    owner = {i: k for k, f in enumerate(found) for i in range(f.start, f.end)}
    drop: set[int] = set()
    for k, f in enumerate(found):
        if f.type != "PER" or f.origin != "model":
            continue
        end = f.end
        chained = False
        while end + 1 < len(norms) and norms[end] in PATRONYMIC and norms[end + 1][:1].isalpha() \
                and norms[end + 1] not in EDGE_STOP and norms[end + 1] not in TITLE_TAIL \
                and owner.get(end, k) in (k, *drop):
            end += 2
            chained = True
        if end > f.end or (norms[f.end - 2] in PATRONYMIC if f.end - f.start >= 3 else False):
            chained = True
        if f.end - f.start == 1 and given is not None and given(norms[f.start]) and end < len(norms) \
                and norms[end].startswith("ال") and not nisba_like(norms[end]) and end not in owner:
            chained = True  # a given name alone, then a family name the model left out: "عبدالله المريبض"
        if chained and end < len(norms) and norms[end].startswith("ال") and len(norms[end]) > 4 \
                and norms[end] not in EDGE_STOP and norms[end] not in TITLE_TAIL \
                and norms[end] not in DEF_STOP and reg.adjective_at(norms, end)[1] is None \
                and not reg.find(norms[end]):
            end += 1  # the family name: "محمد بن سعود المتحمي"
        if end > f.end:
            for j in range(f.end, end):
                other = owner.get(j)
                if other is not None and other != k:
                    if found[other].end > end:
                        end = found[other].start
                        break
                    drop.add(other)
            while end > f.end and norms[end - 1] in PATRONYMIC:
                end -= 1  # a chain cut short by another name never ends on بن
            f.end = max(end, f.end)
    return [f for k, f in enumerate(found) if k not in drop]


APPOSITION_MARKS = frozenset((",", "،", "(", "-", "–"))


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

    def complement(a: int, b: int) -> tuple[str | None, str | None]:
        """(role of an institution, country) named between tokens a and b."""
        role = iso = None
        for j in range(a, b):
            if norms[j] == LADA:
                break  # "سفير خادم الحرمين لدى مصر": the country an envoy is sent to is not his
            g = owner.get(j)
            if g is not None and g.type == "ORG" and (g.actor or "").startswith(("IGO", "NGO")) and iso is None:
                # "الأمين العام لأوبك": an office of an international body is coded as the body (also a
                # non-governmental one: "رئيس اللجنة الأولمبية الدولية توماس باخ" is the IOC's, NGO)
                igo.setdefault(current[0], g.actor or "")
            if g is not None and g.type != "PER":
                if g.type == "ORG" and j == g.start:
                    # the last institution named is the one the office belongs to ("رئيس اللجنة الزراعية
                    # بغرفة المدينة" is a chamber's man); one without a role gives none ("مدير المركز")
                    role = g.role
                    if role is None:
                        head = table.find(table.heads, norms, g.start)
                        own = (g.actor or "")[3:] if _country_of(g.actor, reg) else ""
                        role = own or (head.role if head is not None and head.role != "^" else None)
                iso = iso or _country_of(g.actor, reg)
            elif iso is None:
                aend, adj = reg.adjective_at(norms, j)
                if adj is not None and aend <= b:
                    iso = adj
        return role, iso

    current = [0]
    igo_counts: dict[str, int] = {}
    for g in found:
        if g.type == "ORG" and (g.actor or "").startswith("IGO"):
            igo_counts[g.actor or ""] = igo_counts.get(g.actor or "", 0) + 1
    top_igo = max(igo_counts, key=lambda c: igo_counts[c]) if igo_counts else None
    if top_igo is not None and sum(igo_counts.values()) < 2:
        top_igo = None
    for f in found:
        # (a registry person coded by country alone, "الأمير فيصل بن سلمان", takes his title's role too)
        if f.type != "PER" or (f.person is not None and not (f.actor and len(f.actor) == 3)) \
                or f.origin not in ("model", "alias", "registry") or (f.actor is not None and len(f.actor) != 3):
            continue
        current[0] = f.start
        low = starts_tok[bisect.bisect_right(starts_tok, f.start) - 1]
        q = f.start
        rank = None
        moved = True
        while moved:  # honorifics and ranks just before the name
            moved = False
            for p in range(max(low, q - 3), q):
                hit = table.rank_at(norms, p)
                if hit is not None and _after_abbreviation(norms, p + hit.length) == q:
                    rank = rank or hit.role or None
                    q, moved = p, True
                    break
        role = iso = None
        title_found = False
        if q - 1 > low and norms[q - 1] in (",", "،") and (q - 1) not in owner:
            # "مدير الشؤون الصحية بجدة، الدكتور فلان": a comma may part the title from the name
            q -= 1
        for p in range(q - 1, max(low, q - 10) - 1, -1):
            w = norms[p]
            if p + 1 < q and ((w == FI and p + 1 in owner and owner[p + 1].type in ("GPE", "LOC")) or w == LADA):
                # "رئيس بعثة مجلس التعاون في اليمن السفير فلان": where the office is, inside the title; "سفير مصر
                # لدى المملكة فلان": where an envoy serves
                continue
            if not w[:1].isalpha() or w in EDGE_STOP or (p in owner and owner[p].type == "PER"):
                break
            hit = table.title_at(norms, p)
            if hit is not None and p + hit.length <= q:
                inst, iso = complement(p + hit.length, q)
                role = (hit.role[1:] if inst is None else inst) if hit.role.startswith("@") else hit.role
                if role == "GOV" and _former(norms, p + hit.length, q):
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
        if not title_found or iso is None:
            # a title in apposition after the name ("رودريش إجلر، رئيس المكتب ..."); after a title before the
            # name it can still give the country ("الرئيس توني تان كنق يام رئيس جمهورية سنغافورة")
            # ("فلان (رئيس الهيئة ...)", "فلان - مدير ...": brackets and dashes set an apposition off too)
            p = f.end + (1 if f.end < len(norms) and norms[f.end] in APPOSITION_MARKS else 0)
            hit = table.title_at(norms, p) if p < len(norms) else None
            if hit is not None and hit.prefix and norms[p].startswith("و"):
                hit = None  # "فلان، وسفير مصر فلان": a title with "و" is the next person's, not this one's
            if hit is not None:
                stop = p + hit.length
                while stop < min(len(norms), p + hit.length + 6) and norms[stop][:1].isalpha() \
                        and norms[stop] not in EDGE_STOP:
                    stop += 1
                inst, after_iso = complement(p + hit.length, stop)
                iso = iso or after_iso
                if not title_found:
                    role = (hit.role[1:] if inst is None else inst) if hit.role.startswith("@") else hit.role
                    if role == "GOV" and _former(norms, p + hit.length, stop):
                        role = "ELI"
        if role is None and rank:
            role = "COP" if rank == "MIL" and police(f.start) else rank
        if f.start not in igo and title_found and iso is None and top_igo is not None and any(
                norms[k] in SECRETARIAT for k in range(max(low, q - 10), q)):
            igo[f.start] = top_igo  # "الأمين العام المساعد …" in a story about one international body: its own
        if f.start in igo and (role or "") != "ELI":
            f.actor = igo[f.start]
            continue
        if not role:
            continue
        if iso is not None:
            f.actor = iso + role
        elif f.actor is not None:
            f.actor = f.actor + role
        else:
            f.role = role
    return found


# A byline at the head of a paragraph: a reporter or an outlet, a dash, another name, then a colon or a dash
# ("فلان الفلاني- صحيفة:", "صحيفة- مدينة:"); cleaning keeps it in the text when it runs into the first sentence.
BYLINE = re.compile(r"[ \t]*([^\n:\-–—]{2,40}?)\s*[\-–—]\s*([^\n:\-–—]{2,30}?)\s*[:\-–—]")


def _byline_spans(art: Article) -> list[tuple[int, int]]:
    """Character ranges of the article's byline: the cleaning stage's dateline, or a paragraph's head that
    has the byline's shape."""
    spans = [(art.dateline.start, art.dateline.end)] if art.dateline is not None else []
    for para in art.paragraphs[:3]:
        m = BYLINE.match(art.text, para.start, para.end)
        if m is not None and len(m.group(0).split()) <= 7:
            spans.append((m.start(1), m.end(2)))
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
        for f in out:
            if f.start in idx and f.type == "PER" and f.entity_id is None:
                f.actor, f.role = outlet, None
    return out


# Words that make a function title a former one ("وزير الثقافة السابق", "الرئيس الأسبق"): CAMEO codes former
# office holders of a state as elites (ELI), as the registry does after a term ends; a former head of an
# opposition body, a court or a company keeps that body's role.
FORMER = frozenset(normalize(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "سابقا", "سابق", "سابقة"))


def _former(norms: list[str], a: int, b: int) -> bool:
    """Whether a word between tokens a and b (a title's complement) says the office is a past one."""
    return any(norms[j] in FORMER for j in range(max(a - 1, 0), min(b + 1, len(norms))))


OPEN_MARKS = frozenset({"«", '"', "“", "'", "‘"})


def _after_abbreviation(norms: list[str], q: int) -> int:
    """Where a name starts after a rank or descriptor: past an abbreviation's full stop ("د. عمر الكاشف") and an
    opening quotation mark ("البائع «سعيد بن سالم»")."""
    if q < len(norms) and norms[q] == "." and q > 0 and len(norms[q - 1]) == 1:
        q += 1
    if q < len(norms) and norms[q] in OPEN_MARKS:
        q += 1
    return q


def _rank_name_pass(toks: list[Token], norms: list[str], found: list[_Found], gazetteer: dict[str, str],
                    stats: dict[str, str], reg: Registry) -> list[_Found]:
    """A rank or honorific, or a function title and its complement, followed by a given name and another name
    word is a person the model missed ("العقيد هشام العزب", "والرائد أحمد فكرى", "المتحدث الرسمي لهيئة الهلال
    الأحمر السعودي بمنطقة الرياض عبدالله المريبض"); the title pass gives the role later."""
    table = role_table()

    def reg_adjective(k: int) -> str | None:
        return reg.adjective_at(norms, k)[1]  # "تركي" may be the adjective "Turkish"

    taken = _covered(found)
    out = list(found)

    def free(k: int) -> bool:
        w = norms[k]
        return k not in taken and w[:1].isalpha() and w not in EDGE_STOP and w not in STOP and w not in DEF_STOP \
            and w not in TITLE_TAIL and w not in QUANTIFIERS and table.title_at(norms, k) is None \
            and table.rank_at(norms, k) is None

    owner = {k: f for f in found for k in range(f.start, f.end)}

    def after_title(i: int) -> int | None:
        """The first free token after a function title and its complement ("مدير فرع جمعية الثقافة والفنون
        بمنطقة الحدود الشمالية" + name), where a name can start; None when the title runs into a stop."""
        hit = table.title_at(norms, i)
        if hit is None:
            return None
        q = i + hit.length
        while q < min(len(norms), i + hit.length + 12):
            g = owner.get(q)
            if g is not None:
                if g.type == "PER":
                    return None
                q = g.end
                continue
            if free(q) and "P" in gazetteer.get(norms[q], "") and q > i + hit.length \
                    and reg_adjective(q) is None:
                return q
            w = norms[q]
            if not w[:1].isalpha() or w in EDGE_STOP or w in STOP:
                return None
            q += 1
        return None

    for i in range(len(norms) - 2):
        if i in taken:
            continue
        hit = table.rank_at(norms, i)
        if hit is not None:
            q = _after_abbreviation(norms, i + hit.length)
        else:
            found_q = after_title(i)
            if found_q is None:
                continue
            q = found_q
        if q + 1 >= len(norms) or not (free(q) and free(q + 1)):
            continue
        second = norms[q + 1]

        def rare(w: str) -> bool:
            # the frequency bucket ends the stats code; a present-tense verb is no name word however rare
            return (w not in stats or stats[w][-1:] in ("0", "1")) and not _imperfect_verb(w, gazetteer)

        if "P" not in gazetteer.get(norms[q], "") or second.startswith("لل") or not (
                gazetteer.get(second, "") or second.startswith("ال") or second in PATRONYMIC or rare(second)):
            continue  # (a word after ل and the article is a phrase, never a name's second word: "الكامل للمملكة")
        end = q + 2
        if second in PATRONYMIC:
            end = q + 1 if q + 2 >= len(norms) or not free(q + 2) else q + 3
        elif end < len(norms) and free(end) and not norms[end].startswith("ال") and not second.startswith("ال") \
                and rare(second) and (
                rare(norms[end]) or {"P", "F"} & set(gazetteer.get(norms[end], ""))):
            end += 1  # a foreign name in three words ("ليو تيونج لاي")
        out.append(_Found(q, end, "PER", None, None, None, "model"))
        for k in range(q, end):
            taken.add(k)
    return out


# Words before a list of places that makes them provinces, not cities ("بمحافظات القاهرة والجيزة ودمياط").
PROVINCE_WORDS = frozenset(normalize(w) for w in ("محافظة", "محافظات", "ولاية", "ولايات", "مقاطعة", "مقاطعات",
                                                  "إقليم", "أقاليم"))


PROVINCE_PLURALS = frozenset(normalize(w) for w in ("محافظات", "ولايات", "مقاطعات", "أقاليم"))


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


def _model_pass(art: Article, toks: list[Token], norms: list[str], date: str, reg: Registry,
                found: list[_Found], titles: dict[int, Match], matches: list[tuple[Match, int]]) -> list[_Found]:
    rec = recognizer()
    if rec is None:
        return found

    taken = [-1] * len(toks)
    for k, f in enumerate(found):
        for i in range(f.start, f.end):
            taken[i] = k
    starts = {t.start: i for i, t in enumerate(toks)}
    extra: list[_Found] = []
    dropped: set[int] = set()
    ranges: list[tuple[int, int]] = []
    for sent in sentences_of(art):
        i0 = starts.get(sent.start)
        if i0 is None:
            continue
        i1 = i0
        while i1 < len(toks) and toks[i1].end <= sent.end:
            i1 += 1
        if i1 > i0:
            ranges.append((i0, i1))
    words = [[t.text for t in toks[i0:i1]] for i0, i1 in ranges]
    # the registry's tags, a recogniser feature, come from the matches of the registry pass
    tags: list[list[str] | None] = [tags_of(matches, i0, i1) for i0, i1 in ranges]
    for (i0, i1), labels in zip(ranges, rec.tag_document(words, tags), strict=True):
        for a, b, cls in _model_spans(labels, norms[i0:i1], rec.lexicons.gazetteer):
            a, b = a + i0, b + i0
            if cls in ("GPE", "LOC") and a > 0 and (norms[a - 1] in PORTFOLIO_HEADS or (
                    norms[a - 1][:1] == "و" and norms[a - 1][1:] in PORTFOLIO_HEADS)):
                continue  # "وزير البترول السعودي": the word after a minister is his portfolio, not a place
            if cls == "PER" and b - a >= 2:
                # "وزير الطاقة الروسي ألكسندر نوفاك": a nisba adjective is the title's, not the first name
                end, iso = reg.adjective_at(norms, a)
                if iso is not None and a < end < b and norms[a].startswith("ال"):
                    if end in titles or a not in titles:
                        a = end
                    else:
                        titles[end], a = titles[a], end
            owners = {taken[i] for i in range(a, b) if taken[i] >= 0}
            if owners:
                # a first name followed by a surname is a person, a club or a university named after a city is
                # an organisation: a one-word place inside a longer model span yields to it
                if cls in ("PER", "ORG") and b - a >= 2 and all(
                        found[k].type in ("GPE", "LOC") and found[k].end - found[k].start == 1
                        and found[k].start > a - 1 and found[k].end < b + 1 for k in owners):
                    dropped |= owners
                # a registry surname after a given name the registry does not pair with it is another person
                # ("أليكسيس سانشيز" is not Pedro Sanchez)
                elif cls == "PER" and b - a >= 2 and len(owners) == 1 and _other_bearer(
                        found[next(iter(owners))], a, b, norms, rec.lexicons.gazetteer):
                    dropped |= owners
                else:
                    continue
            f = _model_found(toks, norms, a, b, cls, date, reg, titles)
            if f.origin == "model":
                f.cut = _clitic_cut(toks[a], rec.lexicons.gazetteer)
            extra.append(f)
    return [f for k, f in enumerate(found) if k not in dropped] + extra


PORTFOLIO_HEADS = frozenset({"وزير", "وزيره", "وزاره", "لوزير", "لوزاره", "بوزاره", "بوزير", "وزراء"})


def _other_bearer(f: _Found, a: int, b: int, norms: list[str], gazetteer: dict[str, str]) -> bool:
    """A one-word registry person at the end of a model PER span whose other words are name words."""
    if f.type != "PER" or f.end - f.start != 1 or f.end != b or f.start <= a:
        return False
    return all(norms[k] not in TITLE_HEAD and ("P" in gazetteer.get(norms[k], "") or "F" in gazetteer.get(norms[k], ""))
               for k in range(a, f.start))


def _model_found(toks: list[Token], norms: list[str], a: int, b: int, cls: str, date: str, reg: Registry,
                 titles: dict[int, Match]) -> _Found:
    typ = MODEL_TYPE.get(cls, "MISC")
    pre, stem = clitic_splits(norms[a])[0] if typ != "PER" else ("", norms[a])
    if typ == "GPE" and (stem in LOC_HEADS or norms[a] in LOC_HEADS):
        typ = "LOC"
    actor = canonical = eid = None
    person = None
    # a name the registry knows under another reading (the model found it where no longest match did)
    known = [x for x in reg.find(" ".join(norms[a:b])) if x.type == typ or {x.type, typ} <= {"GPE", "LOC"}]
    if known and (b - a > 1 or reg.allows(norms, a)):  # (a word's guard holds here too: "وصالح" is anyone)
        k = known[0]
        code = k.code_on(date) if k.kind == "person" else k.code
        return _Found(a, b, k.type, code, k.canonical, k.id, "registry", k if k.kind == "person" else None)
    title = titles.get(a)
    if typ == "PER" and title is None:
        # "اللاعب البرازيلي فلان", "المواطن السعودي فلان": a nisba adjective just before gives the country
        for j in (a - 1, a - 2):
            if j >= 0:
                end, iso = reg.adjective_at(norms, j)
                if iso is not None and end == a:
                    return _Found(a, b, typ, iso, None, None, "model")
    if typ in ("GPE", "LOC") and b < len(norms):
        # "مدينة نورنبرج الألمانية": a nisba adjective right after a place the registry does not know
        end, iso = reg.adjective_at(norms, b)
        if iso is not None:
            return _Found(a, b, typ, iso, None, None, "model")
    if typ == "ORG" and b - a >= 2:
        # "الاتحاد السعودي لكرة القدم", "الجمعية الأردنية للتصوير": an organisation with a nisba adjective
        for j in range(a + 1, b):
            end, iso = reg.adjective_at(norms, j)
            if iso is not None and end <= b:
                return _Found(a, b, typ, iso, None, None, "model")
    if typ == "PER" and title is not None:
        actor = title.code
        holder = title.actor
        if holder is not None and any(norms[k] in {n for nm in holder.names for n in nm.split()} for k in range(a, b)):
            canonical, eid, person = holder.canonical, holder.id, holder
    return _Found(a, b, typ, actor, canonical, eid, "model", person)


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


def _kingdom_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found],
                  url: str | None = None) -> list[_Found]:
    """A bare "المملكة" names the kingdom the article mentions most (Saudi Arabia in a Saudi story), a bare
    "السلطنة" the sultanate (Oman in an Omani one)."""
    out = list(found)
    taken = _covered(found)
    for word, polities in ((KINGDOM_WORD, KINGDOMS), (SULTANATE_WORD, SULTANATES)):
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


# Letters a one-letter proclitic is written with, and the registry kinds that are places.
PROCLITIC_LETTERS = frozenset("وفبل")
PLACE_KINDS = frozenset({"country", "capital", "place"})
SULTANATE_WORD = normalize("السلطنة")
SULTANATES = ("OMN", "BRN")
KINGDOM_WORD = normalize("المملكة")
# "المملكة المتحدة", "المملكة العربية السعودية", "المملكة الأردنية": the registry names those already
KINGDOM_NEXT = frozenset(normalize(w) for w in ("المتحدة", "العربية", "الأردنية", "المغربية", "الهاشمية"))


def _country_of(code: str | None, reg: Registry) -> str | None:
    if not code or len(code) < 3:
        return None
    actor = reg.actors.get(code[:3])
    return actor.id if actor is not None and actor.kind == "country" else None


# Country-code domains of Arabic-language outlets: a page from one is, failing any other clue, about its country
# ("وزارة التعليم" in a story on a .sa site is the Saudi ministry).
OUTLET_DOMAINS = {"sa": "SAU", "ae": "ARE", "kw": "KWT", "qa": "QAT", "bh": "BHR", "om": "OMN", "ye": "YEM",
                  "iq": "IRQ", "sy": "SYR", "lb": "LBN", "jo": "JOR", "ps": "PSE", "eg": "EGY", "sd": "SDN",
                  "ly": "LBY", "tn": "TUN", "dz": "DZA", "ma": "MAR", "mr": "MRT"}


def outlet_country(url: str | None) -> str | None:
    """The country of a page's country-code domain ("https://www.spa.gov.sa/..." -> SAU), else None."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    return OUTLET_DOMAINS.get(host.rsplit(".", 1)[-1]) if "." in host else None


# Roles of state bodies: named without a country, they are the outlet's country's ("وزارة العمل").
STATE_ROLES = frozenset({"GOV", "COP", "MIL", "LEG", "JUD", "SPY"})
# Roles of forces, which act where the story happens rather than where the page is published.
FORCE_ROLES = frozenset({"COP", "MIL", "SPY"})


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


# Member states of the Arab League: their people bear Arab given names.
ARAB_STATES = frozenset({"SAU", "ARE", "KWT", "QAT", "BHR", "OMN", "YEM", "IRQ", "SYR", "JOR", "LBN", "PSE", "EGY",
                         "SDN", "LBY", "TUN", "DZA", "MAR", "MRT", "SOM", "DJI", "COM"})
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
        if i in taken:
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


# Roles of bodies whose country tells nothing of where a story happens: a company ("تويتر" USABUS) trades
# everywhere.
OUTSIDE_ROLES = frozenset({"BUS"})
# World news agencies: their country tells nothing of where the story they carry happens ("بحسب حصيلة لوكالة
# فرانس برس، قتل 17 عنصرا من قوات الامن" in a story from Turkey).
WORLD_AGENCIES = frozenset({"org:agence-france-presse", "org:reuters", "org:associated-press",
                            "org:deutsche-presse-agentur"})


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
    totals: dict[str, int] = {}
    cities_only: dict[str, bool] = {}
    for f in found:
        iso = _country_of(f.actor, reg)
        role = (f.actor or "")[3:6]
        # a GeoNames town is a weak clue: its name may be another country's town ("زنجبار")
        if iso is not None and f.origin != "model" and role not in OUTSIDE_ROLES and f.type != "LOC" \
                and not (f.entity_id or "").startswith("town:") and f.entity_id not in WORLD_AGENCIES:
            per_sentence.setdefault(sent(f.start), set()).add(iso)
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
        dominant = outlet_country(art.source.url)
    given = _given_name_test()

    def arab_name(first: str) -> bool:
        return given is not None and any(given(stem) for _, stem in clitic_splits(first))
    for f in found:
        # a town's name that other countries' towns share ("زنجبار": Zanzibar, and Zinjibar in Yemen) is the
        # town of the country the sentence names, else of the article's country
        town = reg.actors.get(f.entity_id or "") if (f.entity_id or "").startswith("town:") else None
        if town is not None and town.elsewhere:
            here = per_sentence.get(sent(f.start), set())
            pick = next(iter(here)) if len(here) == 1 else dominant
            if pick in town.elsewhere and town.country not in here:
                f.actor, f.canonical, f.entity_id = pick, None, None
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
            continue
        unknown = (f.origin == "model" and f.type in ("PER", "ORG")) or (f.origin == "agent" and f.role) \
            or (f.origin == "pattern" and f.type != "MISC")
        if f.actor is not None or not unknown:
            continue
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
                and arab_name(toks[f.start].norm):
            # an Arab given name is no clue to a foreign country the article names elsewhere (a Saudi club's
            # players at a camp in Switzerland stay without a code rather than become Swiss)
            iso = None
        if iso is not None and f.type == "PER" and f.origin == "model" and len(here) != 1 and iso in ARAB_STATES \
                and f.role is None and foreign_name(norms[f.start:f.end]):
            # nor is a foreign name a clue to the Arab country the article is about ("ستيفن بيركوف" quoted in a
            # story about Iraq is no Iraqi)
            iso = None
        if iso is not None:
            f.actor = iso + (f.role or "")
    return found


# Head words an organisation's full name starts with that a definite noun later refers back to ("منظمة
# البلدان المصدرة للبترول" ... "وقالت المنظمة"); forces and governments are left to the agent phrases.
NO_ANAPHORA = frozenset(normalize(w) for w in ("قوات", "قوة", "جيش", "شرطة", "حكومة", "سلطات", "دولة", "الأمم",
                                               "مجموعة", "إدارة", "مكتب", "مركز", "مدينة"))
# Heads after which one word names the body, which that word alone names later ("نادي الهلال" ... "الهلال").
NAME_HEADS = frozenset(normalize(w) for w in ("نادي", "شركة", "فريق", "مجموعة", "صحيفة", "جريدة", "قناة", "موقع",
                                              "حركة", "جماعة", "تنظيم", "حزب"))


def _org_short_form_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """Later mentions of a coded organisation: its head word with the article after the full name ("منظمة
    أوبك" ... "المنظمة", "حركة حماس" ... "الحركة"), and the one word that followed a naming head ("نادي
    الهلال" ... "الهلال"); a word two bodies could claim, or followed by a modifier, is left alone."""
    heads: dict[str, tuple[int, _Found]] = {}
    names: dict[str, _Found] = {}
    clash: set[str] = set()
    for f in found:
        if f.type != "ORG" or not f.actor or f.end - f.start < 2:
            continue
        head = clitic_splits(norms[f.start])[-1][1]
        stems = [stem for _, stem in clitic_splits(norms[f.start])]
        head = next((st[2:] if st.startswith("ال") else st for st in stems), head)
        if head not in NO_ANAPHORA and len(head) >= 3:
            other = heads.get("ال" + head)
            if other is not None and other[1].actor != f.actor:
                clash.add("ال" + head)
            heads.setdefault("ال" + head, (f.end, f))
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


# Currencies after an amount ("945 مليون ريال") are no club or country, whatever the recogniser read.
CURRENCIES = frozenset(normalize(w) for w in ("ريال", "ريالا", "ريالات", "دولار", "دولارا", "دولارات", "يورو",
                                              "جنيه", "جنيها", "درهم", "درهما", "دينار", "دينارا", "ليرة", "روبية",
                                              "ين", "يوان", "فرنك", "روبل", "استرليني"))
AMOUNT_WORDS = frozenset(normalize(w) for w in ("مليون", "مليار", "ألف", "آلاف", "ملايين", "مليارات", "تريليون"))


def _currency(norms: list[str], f: _Found) -> bool:
    if f.origin != "model" or f.end - f.start != 1 or norms[f.start] not in CURRENCIES or f.start == 0:
        return False
    prev = norms[f.start - 1]
    return prev.isdigit() or prev in AMOUNT_WORDS or prev[:1].isdigit()


# Epithets of an international body named earlier ("الأمم المتحدة" … "المنظمة الدولية").
IGO_EPITHETS = tuple(tuple(normalize(w) for w in p.split()) for p in (
    "المنظمة الدولية", "المنظمة الأممية", "الهيئة الأممية"))


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


# Words that say what a medium is and stay out of its name ("صحيفة الوئام" -> "الوئام", as roles.tsv's "~MED").
PAPER_HEADS = frozenset(normalize(w) for w in ("صحيفة", "جريدة", "مجلة", "صحيفتي"))


def _paper_name_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """A newspaper found with its descriptor ("بصحيفة الوئام") is named by the words after it."""
    for f in found:
        if f.type == "ORG" and (f.actor or "").endswith("MED") and f.end - f.start >= 2 \
                and any(stem in PAPER_HEADS for _, stem in clitic_splits(norms[f.start])):
            f.start, f.cut = f.start + 1, 0
    return found


def _first_name_pass(toks: list[Token], norms: list[str], found: list[_Found], gazetteer: dict[str, str],
                     stats: dict[str, str]) -> list[_Found]:
    """A first name the recogniser took alone ("وقال جون ويلموث رئيس …" found as "جون") runs on over a rare
    word right after it that no other entity holds: a foreign surname is a word the news hardly uses."""
    taken = _covered(found)
    # the last words of longer names: "كارتر" after "آشتون كارتر" is a surname standing alone
    surnames = {norms[f.end - 1] for f in found if f.type == "PER" and f.end - f.start >= 2}
    for f in found:
        k = f.end
        if f.type != "PER" or f.origin != "model" or k - f.start != 1 or f.entity_id is not None \
                or k >= len(norms) or k in taken or "F" not in gazetteer.get(norms[f.start], "") \
                or norms[f.start] in surnames:
            continue
        w = norms[k]
        if not w[:1].isalpha() or w.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or w in EDGE_STOP \
                or w in STOP or w in TITLE_TAIL \
                or toks[k].start > toks[f.start].end + 1 or len(w) < 3:
            continue
        if (w not in stats or stats[w][-1:] in ("0", "1")) and not _imperfect_verb(w, gazetteer):
            f.end = k + 1
            taken.add(k)
    return found


def _headline_ministry_pass(art: Article, toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """A headline that opens with a ministry's field and its verb or a colon ("التجارة تعلن …"، "الصحة: …")
    names the ministry; its country comes from the story (the context pass)."""
    title = next((sec for sec in art.sections if sec.kind == "title"), None)
    if title is None or not toks or toks[0].start != title.start or len(toks) < 2:
        return found
    if norms[0] not in MINISTRY_FIELDS or any(f.start == 0 for f in found):
        return found
    nxt, raw = norms[1], toks[1].text
    if nxt in (":", "،") or (raw[:1] in ("ت", "ي") and len(nxt) >= 4 and not nxt.startswith("ال")):
        return found + [_Found(0, 1, "ORG", None, None, None, "pattern", None, 0, "GOV")]
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


def _introduced_name_pass(toks: list[Token], norms: list[str], found: list[_Found],
                          given: Callable[[str], bool] | None) -> list[_Found]:
    """A person named once in full and later by the surname alone ("وقال علي الأحمدي … وأضاف الأحمدي"): the
    recogniser found the surname but not the first mention. A given name right before another occurrence of
    that surname makes the full name, which the alias pass then links the short mentions to."""
    if given is None:
        return found
    surnames: dict[str, _Found] = {}
    for f in found:
        if f.type == "PER" and f.end - f.start == 1 and f.entity_id is None and f.cut == 0:
            w = norms[f.start]
            if len(w) >= 4 and w not in COMMON_GIVEN and not given(w):
                surnames.setdefault(w, f)
    if not surnames:
        return found
    owner = {i: f for f in found for i in range(f.start, f.end)}
    named = {(norms[f.start], norms[f.start + 1]): f for f in found if f.type == "PER" and f.end - f.start == 2
             and not f.cut}
    out = list(found)
    for i in range(1, len(norms)):
        short = surnames.get(norms[i])
        here = owner.get(i)
        if short is None or (here is not None and (here.start != i or here.end != i + 1 or here.cut)) \
                or i - 1 in owner or toks[i - 1].end + 1 < toks[i].start:
            continue
        if toks[i - 1].text in ("على", "وعلى"):  # the preposition, not the name علي
            continue
        for pre, stem in clitic_splits(norms[i - 1]):
            if pre in ("", "و", "ف", "ل", "ب") and given(stem):
                cut = _char_cut(toks[i - 1], len(pre)) if pre else 0
                same = named.get((stem, norms[i]))
                if here is not None:  # the surname found alone where the whole name stands
                    here.start, here.cut = i - 1, cut
                else:
                    here = _Found(i - 1, i + 1, "PER", short.actor, None, None, "model", cut=cut)
                    out.append(here)
                if same is not None:  # the same two words found as a name elsewhere: the same person
                    here.actor, here.canonical, here.entity_id, here.person = \
                        same.actor, same.canonical, same.entity_id, same.person
                owner[i - 1] = owner[i] = here
                break
    return out


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one transliterated name ("نارندر" / "ناريندرا"): same first two letters, at most two
    letters added, dropped or changed."""
    if a == b:
        return True
    if a[:2] != b[:2] or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    return edit_distance(a, b) <= 2


def _given_name_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """A registry person found by the surname alone takes in the word before it when that word is another
    spelling of the person's given name ("نارندر مودي" for ناريندرا مودي)."""
    owner = {i: k for k, f in enumerate(found) for i in range(f.start, f.end)}
    drop: set[int] = set()
    for f in found:
        if f.person is None or f.end - f.start != 1 or f.start == 0 or f.cut:
            continue
        p = f.start - 1
        other = owner.get(p)
        if other is not None and (found[other].type != "PER" or found[other].end - found[other].start != 1
                                  or found[other].person is not None):
            continue
        for name in f.person.names:
            words = normalize(name).split()
            if len(words) >= 2 and words[-1] == norms[f.start] and _near_spelling(norms[p], words[0]):
                f.start = p
                if other is not None:
                    drop.add(other)
                break
    return [f for k, f in enumerate(found) if k not in drop]


REVOLUTIONS = frozenset(normalize(w) for w in ("ثورة", "انتفاضة"))
MONTHS = frozenset(normalize(w) for w in (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين"))


def _dated_event_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """A revolution or an uprising named by its day ("ثورة 25 يناير", "انتفاضة 17 فبراير") is a MISC name."""
    taken = _covered(found)
    out = list(found)
    for i in range(len(norms) - 2):
        reading = next(((p, st) for p, st in clitic_splits(norms[i]) if st in REVOLUTIONS), None)
        if reading is not None and norms[i + 1].isdigit() and norms[i + 2] in MONTHS \
                and not taken & {i, i + 1, i + 2}:
            out.append(_Found(i, i + 3, "MISC", None, None, None, "pattern", None,
                              _char_cut(toks[i], len(reading[0])) if reading[0] else 0))
    return out


COMPASS = frozenset(normalize(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))


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


def _bare_first(toks: list[Token], norms: list[str], f: _Found) -> str:
    """The normalised first word of a mention without the clitic its span leaves out (the cut counts characters of
    the surface, so the word is normalised again)."""
    return normalize(toks[f.start].text[f.cut:]) if f.cut else norms[f.start]


LINEAGE = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))


def _lineage_pass(toks: list[Token], norms: list[str], date: str, reg: Registry, found: list[_Found]) -> list[_Found]:
    """A person named with the father's name ("عادل بن أحمد الجبير") is the registry person known by the given and
    family names alone ("عادل الجبير"), when the registry has exactly one person of that name."""
    for f in found:
        if f.type != "PER" or f.entity_id is not None or f.end - f.start < 4 or norms[f.start + 1] not in LINEAGE:
            continue
        first = _bare_first(toks, norms, f)
        family = norms[f.end - 2:f.end] if norms[f.end - 2] in ("ال", "آل") else norms[f.end - 1:f.end]
        if norms[f.end - len(family) - 1] in LINEAGE:
            continue  # "محمد بن سلمان" ends on the father's name: no family name to match
        people = [a for a in reg.find(" ".join([first, *family])) if a.kind == "person"]
        if len(people) == 1:
            who = people[0]
            f.canonical, f.entity_id, f.person = who.canonical, who.id, who
            code = who.code_on(date)
            if code and not (len(code) == 3 and (f.actor or "").startswith(code)):
                f.actor = code  # (a bare country keeps the role the title gave: "السفير عادل بن أحمد الجبير")
    return found


def _romanize_pass(toks: list[Token], found: list[_Found]) -> list[_Found]:
    """People the registry does not know get an English name spelled from their Arabic words (`translit`);
    their entity id stays None, which tells a reader the name is a transliteration, not a registry name."""
    for f in found:
        if f.type == "PER" and f.canonical is None and f.entity_id is None:
            words = [toks[f.start].text[f.cut:]] + [t.text for t in toks[f.start + 1:f.end]]
            f.canonical = romanize(words, (f.actor or "")[:3] or None)
    return found


# The id of a body named by what it is and its country ("EGY:GOV" for "وزارة الداخلية المصرية").
AGENT_ID = re.compile(r"[A-Z]{3}:[A-Z]{3}")
# Nouns that make a country's name after them part of a common noun ("جوز الهند", coconut).
COMMON_COMPOUND_HEADS = frozenset(normalize(w) for w in ("جوز", "الجوز"))
# Demonyms the press writes shorter than the country table ("Saudi Arabian" -> "Saudi").
SHORT_DEMONYMS = {"Saudi Arabian": "Saudi"}


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


@stage("entities", requires={"tokens"}, assigns={"entities"})
def tag_entities(art: Article) -> None:
    """Find named entities and link them to registry actors on the article's date (steps in the module doc)."""
    toks = tokens_of(art)
    if not toks:
        art.entities = []
        return
    norms = [t.norm for t in toks]
    date = article_date(art)
    reg = registry()
    matches = registry_matches(norms, date, reg)
    found, titles = _registry_pass(toks, norms, date, reg, matches)
    rec = recognizer()
    found = _institution_pass(toks, norms, date, reg, found, rec.lexicons.stats if rec is not None else {},
                              rec.lexicons.gazetteer if rec is not None else {})
    if rec is not None:
        found = _unknown_given_pass(norms, reg, found, rec.lexicons.stats, rec.lexicons.gazetteer)
    found = _model_pass(art, toks, norms, date, reg, found, titles, matches)
    found = _compound_pass(norms, found)
    if rec is not None:
        found = _rank_name_pass(toks, norms, found, rec.lexicons.gazetteer, rec.lexicons.stats, reg)
    found = _nasab_pass(norms, reg, found, _given_name_test())
    found = _headless_nasab_pass(norms, found, _given_name_test())
    found = _province_pass(toks, norms, found)
    found = _headline_ministry_pass(art, toks, norms, found)
    found = _byline_pass(art, toks, norms, reg, found)
    found = _title_role_pass(toks, norms, art, reg, found)
    found = _kingdom_pass(toks, norms, reg, found, art.source.url)
    found = _context_country_pass(art, toks, norms, reg, found)
    found = _collective_pass(art, toks, norms, date, reg, found)
    found = _first_name_pass(toks, norms, found, rec.lexicons.gazetteer if rec is not None else {},
                             rec.lexicons.stats if rec is not None else {})
    found = _introduced_name_pass(toks, norms, found, _given_name_test())
    found = _lineage_pass(toks, norms, date, reg, found)
    found = _romanize_pass(toks, found)
    found = _alias_pass(toks, norms, date, found)
    found = _given_name_pass(norms, found)
    found = _paper_name_pass(norms, found)
    # "بيان المنظمة الصحفي": the adjective is the statement's; "المنظمة" alone is the body named before, which
    # the short-form pass finds
    found = [f for f in found if not (f.type == "ORG" and f.origin == "pattern" and f.end - f.start == 2
                                      and norms[f.end - 1] in STATEMENT_WORDS)]
    found = _org_short_form_pass(toks, norms, found)
    found = _igo_epithet_pass(toks, norms, found)
    found = _ministry_field_pass(toks, norms, found)
    found = _compass_pass(toks, norms, found)
    found = _dated_event_pass(toks, norms, found)
    found = _body_name_pass(toks, norms, reg, found)
    found = [f for f in found if not _currency(norms, f)]
    # a place the article also names bare keeps "مدينة" where it has it, so both forms are listed
    bare = {f.entity_id for f in found if f.type in ("GPE", "LOC") and f.entity_id
            and not any(st in PLACE_WORDS for _, st in clitic_splits(norms[f.start]))}
    for f in found:
        if f.type in ("GPE", "LOC") and f.end - f.start >= 2 and f.start + 1 < len(norms) and f.entity_id not in bare \
                and any(st in PLACE_WORDS for _, st in clitic_splits(norms[f.start])) and any(
                    x.type in ("GPE", "LOC") for x in reg.find(" ".join(norms[f.start + 1:f.end]))):
            # "مدينة عدن"، "دولة الكويت": the name is the place's own; the word before says what it is
            f.start, f.cut = f.start + 1, 0
    found.sort(key=lambda f: (f.start, -f.end))
    entities: list[Entity] = []
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue
        cut = f.cut
        if cut and norms[f.start].startswith("لل") and cut == _char_cut(toks[f.start], 1):
            cut = 0  # "للمكتب" is ل + المكتب: cutting one letter would leave "لمكتب", so the word stays whole
        s = toks[f.start].start + cut
        e = toks[f.end - 1].end
        if e <= s:
            continue
        entities.append(Entity(Span(s, e, art.text[s:e]), f.type, f.actor, f.canonical, f.entity_id, f.origin))
        last_end = f.end
    art.entities = entities
