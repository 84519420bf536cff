"""Names the registry does not know, found by their head word (step 3 of `stage.tag_entities`).

1. `_institution_pass`: a head word ("وزارة", "جامعة", "محكمة", "غرفة"...) and its modifiers up to a boundary
   (`roles.RoleTable.institution`) make an ORG coded with the country of a nisba adjective or a place inside
   and the head's role (without a country, the context pass gives one later); places and people inside the name
   are part of it ("جامعة الملك سعود"). A head marked "~" in `roles.tsv` says what the name is and stays out of
   it ("صحيفة الوئام"). A body named after a royal takes in the royal's بن chain ("مركز الأمير فهد بن سلمان
   الإعلامي", `_royal_lineage_end`). "إدارة" before a body, a person, a landmark, another head or a club's nickname
   is that body's management, named by it ("إدارة نادي الوحدة" -> "نادي الفتح", `_managed_body`).
2. Heads marked "=TYPE" start names of other kinds: events and competitions are MISC with no code ("مهرجان صيف
   أبها", with their edition, `_edition_end`), landmarks are LOC in the country of what they name ("قصر السلام",
   "طريق الخرج"); `_named_thing_end` says where such a name ends, or that the words are no name.
3. `_dated_event_pass`: a revolution or an uprising named by its day ("ثورة 25 يناير") is a MISC name.
4. `_national_team_pass`: "المنتخب" and a country's adjective is its national team ("المنتخب الأرجنتيني"; ORG
   with the country's code).
   `_spor_club_pass`: a town and "سبور" is a Turkish club ("كونيا سبور").
   `_federation_pass`: "الاتحاد" and a country's nisba adjective is that country's federation ("الاتحاد
   الكويتي", "الاتحاد الروسي لألعاب القوى"), not a player's nationality after a club ("محترف الاتحاد الغاني").
5. `_quoted_name_pass`: a name in quotation marks after what it names: an institution's head ("بجامعة «إراسموس
   روتردام»", ORG), a head that stays out of names or a company's ("لصحيفة «فوكسكرانت» الهولندية", "شركة «سمة»":
   the name alone), a work ("مسلسل «خمس بنات»", MISC); a nisba adjective after the closing mark gives the
   country. `_credited_outlet_pass`: the words in quotation marks or brackets after a credit's cue are an outlet
   ("وقال مصدر لـ«الرياض»", "مصادر (الجزيرة)", "صحيفة «مكة»"; MED), also where a list reads a city there.
6. `_dotted_acronym_pass`: Latin letters spelled in Arabic and joined by dots ("آي.بي.إم", "بنك إيه.إن.زد") are an
   organisation's acronym, with the company or bank word before it; ending in a number ("إم.إتش.370") a flight's
   or a model's name (MISC).
   `_sect_pass`: a religious community named by "الطائفة"/"الأقلية" and its sect's adjective ("الطائفة الدرزية") is
   a group (MISC), of the country the context gives it.
7. `_person_named_event_pass`: a competition named after a person the recogniser did not find whole ("دوري
   عبداللطيف جميل للمحترفين") is a MISC name with the purpose after it.
6. `_edition_event_pass`: a tournament named by its edition's number or year is a MISC name ("خليجي 23",
   "أولمبياد لندن 2012"). `_competition_name_pass`: where a competition's name ends ("الدوري الإنجليزي الممتاز",
   "دوري الدرجة الأولى الألماني", not "لكرة القدم" after a country's adjective, "الودية" or "3 مرات"); "بطولة
   العالم لألعاب القوى" is a championship's name.
8. `_head_role_pass`: a body the recogniser found and the context coded with a country alone takes the role its
   head word says ("الحكومة الشرعية" -> YEMGOV, "القوات الجوية" -> SAUMIL, "بلدية وسط المدينة" -> SAUGOV).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.clean.normalize import normalize
from marsad.entities.mention import _char_cut, _country_of, _covered, _Found
from marsad.entities.namewords import EDGE_STOP, PATRONYMIC, PLACE_WORDS, _given_name_test, _link_end
from marsad.entities.registry import Registry
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import ROYAL, STOP, Hit, RoleTable, nisba_like, role_table
from marsad.entities.short_forms import NICKNAMES
from marsad.entities.translit import foreign_word
from marsad.language.tokens import Token

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
UNION = normalize("الاتحاد")
# Round 22: a national team is named by "المنتخب" and its country's adjective ("المنتخب الأرجنتيني", "للمنتخب
# السعودي"): an organisation of that country, as a sports page writes every team it plays (`_national_team_pass`;
# "منتخب قطر" names the country, which stays a place of its own). Off, the words are no mention.
NATIONAL_TEAMS = True
TEAM_WORD = normalize("منتخب")
# Round 22: Turkish clubs are named by their town and "spor" ("كونيا سبور", "غازي عنتاب سبور", "أخيسار سبور"): the
# whole is a club of Turkey, not the town (`_spor_club_pass`). Off, the town alone is read.
SPOR_CLUBS = True
SPOR = normalize("سبور")
# Round 23: a body the recogniser found, coded with a country alone, takes the role of its head word: the role table's
# heads ("بلدية" GOV, "قوات الأمن" COP) and the heads below, which name a government or armed forces ("الحكومة
# الشرعية", "الحكومة البورمية", "القوات الجوية", "اللواء الحادي عشر", `_head_role_pass`). Off, the country alone.
HEAD_ROLES = True
FORCE_HEADS = {normalize(w): r for w, r in (
    ("حكومة", "GOV"), ("قوات", "MIL"), ("قوة", "MIL"), ("جيش", "MIL"), ("لواء", "MIL"), ("كتيبة", "MIL"),
    ("سلاح", "MIL"))}
# Tournaments named by their edition ("خليجي 23", "أولمبياد لندن 2012"); the Gulf Cup is named by its number alone.
GULF_CUP = normalize("خليجي")
EDITION_EVENTS = frozenset(normalize(w) for w in ("خليجي", "أولمبياد", "الأولمبياد", "مونديال", "المونديال"))
QUOTE = '"'  # (normalisation makes every quotation mark this one)
# Round 11: where a competition's name ends. "الدوري الإنجليزي الممتاز" (the Premier League) and "دوري الدرجة الأولى
# الألماني" take the grade's word and the country after their level; a sport after the country's adjective says
# what the league plays ("الدوري الإسباني لكرة القدم"), "الودية" that a cup is a friendly, and a number before
# "مرات" counts titles ("لقب كأس العالم 3 مرات"): none is part of the name. "بطولة العالم" and "بطولة أمم" start
# a championship's name with its field ("بطولة العالم لألعاب القوى").
COMPETITION_NAMES = True
COMPETITION_HEADS = frozenset(normalize(w) for w in ("الدوري", "دوري", "كأس", "بطولة"))
PREMIER = frozenset(normalize(w) for w in ("الممتاز", "الممتازة"))
FRIENDLY = frozenset(normalize(w) for w in ("الودية", "الودي", "الدولية الودية"))
SPORT_OF = normalize("لكرة")
BALLS = frozenset(normalize(w) for w in ("القدم", "السلة", "اليد", "الطائرة"))
COUNTS = frozenset(normalize(w) for w in ("مرات", "مرة", "مرتين", "ألقاب", "أعوام", "سنوات"))
CHAMPIONSHIP = normalize("بطولة")
CHAMPIONSHIP_OF = frozenset(normalize(w) for w in ("العالم", "أمم"))
# Words that name a work by the title in quotation marks after them ("مسلسل «خمس بنات»").
WORKS = frozenset(normalize(w) for w in ("مسلسل", "فيلم", "برنامج", "كتاب", "رواية", "مسرحية", "أغنية", "ألبوم",
                                          "ديوان"))
# Round 10b: "مهرجان «صيف الجبل يجمعنا»", "ملتقى “رواد الغد”": the quoted words after the head of an event (a head
# of the role table that starts MISC names) are the event's name, the head only says what it is.
QUOTED_EVENT_NAMES = True
# Round 10b: "مطعم «بيت الشاي»", "محلات "النخلة"", "خدمة “بريسكوب”": the quoted words after a word for a shop or a
# service are a business's name (ORG, BUS); the word says what it is. Quoted only: "محلات الذهب" are gold shops.
QUOTED_SHOP_NAMES = True
# Round 10c: Latin acronyms written as the Arabic names of their letters joined by dots: the recogniser and the
# registry read the letters one by one ("إن" the particle, "آي" a company's first word).
DOTTED_ACRONYMS = True
LETTER_NAMES = frozenset(normalize(w) for w in (
    "إيه", "أيه", "اي", "آي", "إي", "بي", "سي", "دي", "إف", "اف", "جي", "إتش", "اتش", "إيتش", "جيه", "كيه", "كي", "إل",
    "إم", "إن", "أو", "كيو", "آر", "إس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد", "زي"))
# Round 10c: "الطائفة العلوية", "الأقلية الدرزية": a sect's community is a group of its country's people (the
# context's country, CVL), which nothing found.
SECT_COMMUNITIES = True
SECT_HEADS = frozenset(normalize(w) for w in ("الطائفة", "الأقلية", "الطوائف", "الأقليات"))
SECT_ADJECTIVES = frozenset(normalize(w) for w in (
    "العلوية", "الشيعية", "السنية", "الدرزية", "الإسماعيلية", "الزيدية", "الإيزيدية", "اليزيدية", "المسيحية",
    "القبطية", "الأرمنية", "المارونية", "الكلدانية", "الآشورية", "البهائية", "اليهودية", "الصابئة", "الأحمدية"))
# Round 11: a paper names itself, and the outlet a source spoke to, in quotation marks or brackets: after "لـ" and a
# verb of saying ("وقال مصدر لـ«الرياض»"), after "مصادر" ("مصادر (الجزيرة)") or after an outlet's word ("صحيفة «مكة»"),
# the one to three words inside are an outlet (MED) even when a list reads them as a city.
CREDITED_OUTLETS = True
# Round 14: "إدارة" before a body is that body's management, not a department of its own: "إدارة نادي الوحدة",
# "إدارة الأهلي", "إدارة مركز الأمير سلطان الثقافي", "إدارة الأمير فلان" (a club's board under its president) name the
# club, the centre or the man, coded as they are; before a field of work ("إدارة المرور", "إدارة الرقابة الشاملة")
# it stays a department (GOV). (`_institution_pass`; "مجلس إدارة X" is X by its "^" row of `roles.tsv` already.)
MANAGED_BODIES = True
MANAGEMENT = frozenset(normalize(w) for w in ("إدارة", "الإدارة"))
# Nicknames the sports pages give clubs ("إدارة الزعيم"), read by `short_forms._club_nickname_pass` after this pass.
CLUB_NICKNAME_WORDS = frozenset(NICKNAMES)
OUTLET_WORDS = frozenset(normalize(w) for w in ("صحيفة", "جريدة", "مجلة", "قناة", "موقع", "إذاعة", "وكالة"))
SOURCES = frozenset(normalize(w) for w in ("مصادر", "لمصادر", "ومصادر", "مصدر"))
SAYING = frozenset(normalize(w) for w in (
    "قال", "قالت", "قالوا", "أكد", "أكدت", "أكدوا", "أوضح", "أوضحت", "أضاف", "أضافت", "صرح", "صرحت", "كشف", "كشفت",
    "ذكر", "ذكرت", "أشار", "أشارت", "بين", "بينت", "أفاد", "أفادت", "تحدث", "تحدثت", "أعلن", "أعلنت", "شكا", "اشتكى",
    "روى", "أبلغ", "أبلغت", "نفى", "نفت", "علق", "عزا"))
OPENING = {'"': '"', "(": ")"}
PAPER_WORDS = tuple(normalize(w) for w in ("صحيفة", "قناة", "وكالة"))
BUSINESS_HEADS = frozenset(normalize(w) for w in ("بنك", "مصرف", "شركة", "مجموعة"))
ACRONYM_HEADS = frozenset(normalize(w) for w in ("بنك", "مصرف", "شركة", "مجموعة", "مؤسسة", "وكالة", "منظمة", "صندوق"))
SHOP_HEADS = frozenset(normalize(w) for w in ("مطعم", "مطاعم", "محل", "محلات", "متجر", "متاجر", "مقهى", "خدمة",
                                              "فندق"))
REVOLUTIONS = frozenset(normalize(w) for w in ("ثورة", "انتفاضة"))
MONTHS = frozenset(normalize(w) for w in (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين"))


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
        if MANAGED_BODIES and _managed_body(norms, i, owner, found, table):
            i += 1  # "إدارة نادي الاتحاد": the club after the word is the name, found from the next word on
            continue
        if norms[i][:1] == "و" and toks[i].text[1:2] in HAMZA_ALEFS and (
                (hit0 := table.find(table.heads, norms, i)) is None or hit0.prefix == 0):
            i += 1  # "وأدى التقدم": و + a word in hamza read as the head "وادي" only once normalised
            continue
        if end < len(norms) and owner[end - 1] < 0 and toks[end].text.endswith("ي") \
                and _indefinite_phrase(norms, end, stats, gazetteer):
            i = end  # "إنشاء وإدارة تنظيم إرهابي": an indefinite noun phrase, no body's name
            continue
        if role.startswith("="):
            lead = table.find(table.heads, norms, i)
            end = _named_thing_end(toks, norms, i, lead, end, role[1:], owner, found,
                                   lambda w: stats.get(w, "")[4:5] in ("", "0"), given)
            if end <= i:
                i += 1
                continue
        if not role.startswith("=") and any(norms[j] in ROYAL for j in range(i + 1, end)):
            end = _royal_lineage_end(norms, end, owner, reg)
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
        # a body of an international organisation ("صندوق أوبك للتنمية الدولية") is coded as that organisation; a
        # body of an armed group, a party or an opposition ("مجلس قيادة طالبان", "المكتب السياسي لحماس") is the
        # group's, not its country's government
        # (the group right after the head and the words of an organ, "إدارة أموال جماعة الإخوان" manages the
        # group's money and is no organ of it)
        group = next((a for k in sorted(inside) if found[k].type == "ORG" and (a := found[k].actor)
                      and (a[3:6] in NON_STATE or a.startswith("IMG"))
                      and all(norms[j] in ORGANS for j in range(i + 1, found[k].start))), None)
        actor = group or (iso + role if iso else igo)
        out.append(_Found(first, end, "ORG", actor, None, None, "pattern", None, cut, role))
        drop |= inside
        i = end
    return [f for k, f in enumerate(out) if k not in drop]


def _managed_body(norms: list[str], i: int, owner: list[int], found: list[_Found], table: RoleTable) -> bool:
    """Whether the head at token i is "إدارة" before a body, a person or a landmark found so far ("إدارة الأهلي",
    "إدارة الأمير فلان"), before another institution's head ("إدارة نادي الوحدة", "إدارة مركز ...") or before a
    club's nickname ("إدارة الزعيم"): the management of what follows, named by it."""
    hit = table.find(table.heads, norms, i)
    if hit is None or hit.length != 1 or norms[i][hit.prefix:] not in MANAGEMENT or i + 1 >= len(norms):
        return False
    k = owner[i + 1]
    if k >= 0:
        return found[k].start == i + 1 and found[k].type in ("ORG", "PER", "LOC")
    nxt = norms[i + 1]
    if nxt in CLUB_NICKNAME_WORDS:
        return True
    inner = table.find(table.heads, norms, i + 1)
    return inner is not None and inner.prefix == 0 and inner.role != "^" and not inner.role.startswith("=")


# Alefs with a hamza: after "و" they begin another word, never a head that starts with و ("وأدى" is not "وادي").
HAMZA_ALEFS = frozenset("أإآ")


def _indefinite_phrase(norms: list[str], end: int, stats: dict[str, str], gazetteer: dict[str, str]) -> bool:
    """Whether the words of a would-be name end in an indefinite noun that an indefinite nisba adjective
    follows ("وإدارة تنظيم إرهابي": managing a terrorist organisation): a body's name ends in a definite word or
    a proper noun, and no adjective without the article qualifies it. (The caller checks that the last word is
    no mention and that the adjective is written with ي, not the ى of a noun: "بأبها ملتقى".)"""
    last, nxt = norms[end - 1], norms[end]
    if last.startswith(("ال", "لل")) or not nxt.endswith("ي") or nxt.startswith("ال") or len(nxt) < 4:
        return False
    if {"P", "F", "L"} & set(gazetteer.get(nxt, "") + gazetteer.get(last, "")):
        return False
    # the adjective is mostly read with the article in the news (the statistics' first digit), as adjectives are
    return stats.get(nxt, "0")[:1] >= "3"


# Roles of bodies outside the state: armed groups, parties, the opposition.
NON_STATE = frozenset({"REB", "OPP", "PTY", "INS"})
# Words between a head and the body it belongs to that name an organ of that body ("مجلس قيادة", "المكتب السياسي").
ORGANS = frozenset(normalize(w) for w in ("قيادة", "شورى", "السياسي", "العسكري", "التنفيذي", "المركزي", "الأعلى",
                                          "الإعلامي", "القيادي"))


def _royal_lineage_end(norms: list[str], end: int, owner: list[int], reg: Registry) -> int:
    """"مركز الأمير ماجد بن تركي الثقافي": a body named after a royal runs over the royal's بن chain, and then
    over an adjective of the body (a country's adjective is left to say whose body it is)."""
    start = end
    while end + 1 < len(norms) and norms[end] in PATRONYMIC and norms[end + 1][:1].isalpha() \
            and norms[end + 1] not in STOP and owner[end] < 0:
        end = _link_end(norms, end + 1)
    if end > start and end < len(norms) and owner[end] < 0 and nisba_like(norms[end]) \
            and reg.adjective_at(norms, end)[1] is None:
        end += 1
    return end


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


def _federation_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"الاتحاد الكويتي", "الاتحاد الروسي لألعاب القوى": a union named by a country's nisba adjective is that
    country's federation (ORG with the country's code), with the sport or field it serves ("لكرة القدم"). The
    words after a club's name are its player's nationality ("محترف الاتحاد الغاني مونتاري"), so a person right
    after the adjective leaves it alone; a name the recogniser ran over the field's words loses them."""
    owner = {i: f for f in found for i in range(f.start, f.end)}
    drop: set[int] = set()
    out = list(found)
    for i in range(len(norms) - 1):
        if UNION[2:] not in norms[i]:
            continue  # (every reading of a word as "الاتحاد", "للاتحاد" too, ends in these letters: most words go here)
        reading = next(((p, st) for p, st in clitic_splits(norms[i]) if st == UNION), None)
        if reading is None or (i in owner and owner[i].origin != "model"):
            continue
        aend, iso = reg.adjective_at(norms, i + 1)
        if iso is None or aend != i + 2:
            continue
        nxt = owner.get(aend)
        if nxt is not None and nxt.type == "PER" and nxt.start == aend:
            continue  # "محترف الاتحاد الغاني مونتاري": the club's Ghanaian player
        end = aend
        if end + 1 < len(norms) and norms[end].startswith("ل") and not norms[end].startswith("لل") \
                and norms[end + 1].startswith("ال"):
            end += 2  # "لكرة القدم", "لألعاب القوى"
        elif end < len(norms) and norms[end].startswith("لل"):
            end += 1  # "للسباحة"
        if any(k in owner and owner[k].origin != "model" for k in range(i + 2, end)):
            end = aend
        for k in range(i, end):
            g = owner.get(k)
            if g is None:
                continue
            if g.type == "PER" and g.start >= i + 2 and g.end > end:
                g.start, g.cut = end, 0  # "القوى فالنتين بالاخنيتشيف": the field's word is no part of the name
            else:
                drop.add(id(g))
        out.append(_Found(i, end, "ORG", iso, None, None, "pattern",
                          cut=_char_cut(toks[i], len(reading[0])) if reading[0] else 0))
    return [f for f in out if id(f) not in drop]


def _head_role_pass(norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"الحكومة الشرعية" YEM -> YEMGOV, "القوات الجوية" SAU -> SAUMIL: an organisation the registry does not know,
    coded with a country alone, takes the role of its head (the role table's heads first, then `FORCE_HEADS`)."""
    if not HEAD_ROLES:
        return found
    table = role_table()
    for f in found:
        if f.type != "ORG" or f.entity_id or not f.actor or len(f.actor) != 3 or _country_of(f.actor, reg) is None:
            continue
        hit = table.find(table.heads, norms, f.start)
        role = hit.role if hit is not None and hit.role.isalpha() and hit.role.isupper() else None
        if role is None:
            role = next((r for _, st in clitic_splits(norms[f.start])
                         if (r := FORCE_HEADS.get(st[2:] if st.startswith("ال") else st)) is not None), None)
        if role is not None:
            f.actor += role
    return found


def _national_team_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"المنتخب الأرجنتيني", "للمنتخب السعودي": a national team named by its country's adjective is an organisation
    with the country's code (`NATIONAL_TEAMS`)."""
    if not NATIONAL_TEAMS:
        return found
    owner = {i: f for f in found for i in range(f.start, f.end)}
    drop: set[int] = set()
    out = list(found)
    for i in range(len(norms) - 1):
        if TEAM_WORD not in norms[i]:
            continue  # (every reading of a word as "المنتخب", "للمنتخب" too, holds these letters)
        reading = next(((p, st) for p, st in clitic_splits(norms[i]) if st == "ال" + TEAM_WORD), None)
        if reading is None or (i in owner and owner[i].origin not in ("model", "pattern")):
            continue
        end, iso = reg.adjective_at(norms, i + 1)
        if iso is None or end <= i + 1:
            continue
        if any(k in owner and owner[k].type == "PER" for k in range(i + 1, end)):
            continue
        for k in range(i, end):
            if k in owner:
                drop.add(id(owner[k]))
        out.append(_Found(i, end, "ORG", iso, None, None, "pattern",
                          cut=_char_cut(toks[i], len(reading[0])) if reading[0] else 0))
    return [f for f in out if id(f) not in drop]


def _spor_club_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """"كونيا سبور", "غازي عنتاب سبور": a town's name and "سبور" is a Turkish club (`SPOR_CLUBS`)."""
    if not SPOR_CLUBS:
        return found
    ending = {f.end: f for f in found}
    owner = {i: f for f in found for i in range(f.start, f.end)}
    drop: set[int] = set()
    out = list(found)
    for i in range(1, len(norms)):
        if norms[i] != SPOR:
            continue
        whole = owner.get(i)
        if whole is not None and whole.start < i:
            if whole.origin == "model" and whole.end == i + 1 and whole.end - whole.start <= 4:
                # the recogniser's span over the town and "سبور" ("كونيا سبور" read as a person)
                whole.type, whole.actor, whole.canonical, whole.entity_id = "ORG", "TUR", None, None
                whole.origin = "pattern"
            continue
        place = ending.get(i)
        if place is not None and place.type in ("GPE", "LOC", "ORG", "PER") and place.end - place.start <= 3 \
                and (place.type != "PER" or place.origin == "model"):
            start, cut = place.start, place.cut
            drop.add(id(place))
        elif norms[i - 1][:1].isalpha() and foreign_word(norms[i - 1]) and not norms[i - 1].startswith("ال") \
                and norms[i - 1] not in STOP and (i - 1) not in owner:
            start, cut = i - 1, 0  # a town no list knows ("أخيسار سبور")
        else:
            continue
        if i in owner:
            drop.add(id(owner[i]))
        out.append(_Found(start, i + 1, "ORG", "TUR", None, None, "pattern", cut=cut))
    return [f for f in out if id(f) not in drop]


def _competition_name_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """Where a competition's name ends (`COMPETITION_NAMES`): a league's grade ("الممتاز") and the country after
    its level ("دوري الدرجة الأولى الألماني") are in it; the sport after a country's adjective ("لكرة القدم"), "الودية"
    and a count of titles ("3 مرات") are not. "بطولة العالم/أمم" and what follows up to a boundary is a MISC name
    ("بطولة العالم لألعاب القوى"), where nothing else was found."""
    if not COMPETITION_NAMES:
        return found
    taken = {i: f for f in found for i in range(f.start, f.end)}
    out = list(found)
    for f in found:
        if f.type != "MISC" or not any(st in COMPETITION_HEADS for _, st in clitic_splits(norms[f.start])):
            continue
        e = f.end
        if f.start + 1 < len(norms) and norms[f.start + 1] in CHAMPIONSHIP_OF \
                and any(st == CHAMPIONSHIP for _, st in clitic_splits(norms[f.start])):
            f.end = _championship_end(norms, f.start, max(e, f.start + 2), taken, f)
            continue
        if e - f.start > 2 and norms[e - 1].isdigit() and e < len(norms) and norms[e] in COUNTS:
            e -= 1
        while e - f.start > 2 and norms[e - 1] in FRIENDLY:
            e -= 1
        if e - f.start > 3 and norms[e - 2] == SPORT_OF and norms[e - 1] in BALLS \
                and reg.adjective_at(norms, e - 3)[1] is not None:
            e -= 2
        if e == f.end and e < len(norms) and e not in taken:
            if norms[e] in PREMIER:
                e += 1
            elif norms[e - 1] in ORDINAL_WORDS and (adj := reg.adjective_at(norms, e))[1] is not None \
                    and all(k not in taken for k in range(e, adj[0])):
                e = adj[0]
        f.end = e
    for i in range(len(norms) - 2):
        if i in taken or norms[i + 1] not in CHAMPIONSHIP_OF or (i > 0 and norms[i - 1] == normalize("من")):
            continue
        pre = next((p for p, st in clitic_splits(norms[i]) if st == CHAMPIONSHIP), None)
        if pre is None:
            continue
        e = _championship_end(norms, i, i + 2, taken, None)
        out.append(_Found(i, e, "MISC", None, None, None, "pattern", None, _char_cut(toks[i], len(pre)) if pre else 0,
                          ""))
    return out


def _championship_end(norms: list[str], i: int, e: int, taken: dict[int, _Found], own: _Found | None) -> int:
    """The end of "بطولة العالم/أمم ..." from token e: its field after ل ("لألعاب القوى") or the place whose nations
    play ("أمم أوروبا"), at most four words; another name the stage found stops it, a place does not."""
    while e < min(len(norms), i + 6) and norms[e][:1].isalpha() and norms[e] not in EDGE_STOP and (
            norms[e].startswith(("ال", "ل")) or norms[e - 1] == normalize("أمم")):
        g = taken.get(e)
        if g is not None and g is not own:
            if g.type not in ("GPE", "LOC") or g.start != e:
                break
            e = g.end
            continue
        e += 1
    return e


def _edition_event_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """A tournament named by its edition ("خليجي 23", "أولمبياد لندن 2012", "مونديال قطر 2022"): the word, the
    host city or country when named, then the edition's number or year, is a MISC name; the host place inside
    it is part of the name."""
    owner = {i: f for f in found for i in range(f.start, f.end)}
    out = list(found)
    drop: set[int] = set()
    i = 0
    while i < len(norms) - 1:
        reading = next(((p, st) for p, st in clitic_splits(norms[i]) if st in EDITION_EVENTS), None)
        if reading is None or (i in owner and (owner[i].origin != "model" or owner[i].start != i)):
            i += 1
            continue
        j = i + 1
        place = owner.get(j)
        if place is not None and place.start == j and place.type in ("GPE", "LOC") and reading[1] != GULF_CUP:
            j = place.end
        if j < len(norms) and norms[j].isdigit() and len(norms[j]) in (2, 4) and not (
                j + 1 < len(norms) and norms[j + 1] in ERA_MARKS):
            inside = {id(owner[k]) for k in range(i, j + 1) if k in owner}
            if any(owner[k].end > j + 1 for k in range(i, j + 1) if k in owner):
                i += 1
                continue  # a name running past the edition is something else
            drop |= inside
            out.append(_Found(i, j + 1, "MISC", None, None, None, "pattern",
                              cut=_char_cut(toks[i], len(reading[0])) if reading[0] else 0, role=""))
            i = j + 1
            continue
        i += 1
    return [f for f in out if id(f) not in drop]


def _quoted_name_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """A name in quotation marks after what it names: "بجامعة «إراسموس روتردام» الهولندية" is a university
    (the head word and the name, ORG with the head's role), "لصحيفة «فوكسكرانت» الهولندية" a newspaper (the name
    alone for a head that stays out of names, "صحيفة الوئام"), "مسلسل «خمس بنات»" a work (MISC, the title
    alone), "مهرجان «صيف الجبل»" an event (MISC, the name alone), "مطعم «بيت الشاي»" a business (ORG, BUS, the
    name alone). A nisba adjective after the closing mark gives the country. The recogniser's mentions inside give
    way; a name some list knows is left as it is."""
    table = role_table()
    owner = {i: f for f in found for i in range(f.start, f.end)}
    drop: set[int] = set()
    out = list(found)
    quotes = [k for k, w in enumerate(norms) if w == QUOTE]
    if not quotes:
        return found
    near = {k - d for k in quotes for d in range(1, 5)}  # (a head is at most three words before the mark)
    for i in range(len(norms) - 3):
        if i not in near or (i in owner and not (QUOTED_EVENT_NAMES and owner[i].type == "MISC"
                                                  and owner[i].start == i)):
            continue
        work = next((p for p, st in clitic_splits(norms[i]) if st in WORKS), None)
        shop = None
        if work is None and QUOTED_SHOP_NAMES:
            shop = next((p for p, st in clitic_splits(norms[i]) if st in SHOP_HEADS), None)
        hit = None if work is not None or shop is not None else table.find(table.heads, norms, i)
        event = False
        if work is None and shop is None and hit is not None and hit.role == "=MISC" and QUOTED_EVENT_NAMES \
                and hit.length == 1:
            work, hit, event = "", None, True  # "مهرجان «…»": the event's quoted name, as a work's title
        if (i in owner and not event) or \
                (work is None and shop is None and (hit is None or hit.role == "^" or hit.role.startswith("="))):
            continue
        q = i + (1 if hit is None else hit.length)
        if q >= len(norms) or norms[q] != QUOTE:
            continue
        k = q + 1
        while k < min(len(norms), q + 6) and (norms[k][:1].isalpha() or (event and norms[k].isdigit())):
            k += 1
        if k == q + 1 or k >= len(norms) or norms[k] != QUOTE:
            continue
        if event:
            # a place inside an event's quoted name is part of it ("مهرجان «أبها يجمعنا»"): the longer span wins
            # when the mentions are laid out, and the place still counts for the story's country; other mentions
            # there (the event read from the head word on) give way
            parts = {id(owner[j]): owner[j] for j in range(i, k) if j in owner}
            if any(g.start < i or g.end > k + 1 for g in parts.values()):
                continue
            drop |= {key for key, g in parts.items() if g.type not in ("GPE", "LOC") or g.start < q + 1}
            out.append(_Found(q + 1, k, "MISC", None, None, None, "pattern", role=""))
            continue
        if any(j in owner and owner[j].origin != "model" for j in range(q + 1, k)):
            continue
        inside = {id(owner[j]) for j in range(q + 1, k) if j in owner}
        if any(owner[j].start < q + 1 or owner[j].end > k for j in range(q + 1, k) if j in owner):
            continue
        if shop is not None:
            iso = reg.adjective_at(norms, k + 1)[1] if k + 1 < len(norms) and k + 1 not in owner else None
            out.append(_Found(q + 1, k, "ORG", (iso + "BUS") if iso else None, None, None, "pattern", None, 0,
                              None if iso else "BUS"))
        elif hit is None:
            out.append(_Found(q + 1, k, "MISC", None, None, None, "pattern", role=""))
        else:
            role = hit.role
            first, cut = i, (_char_cut(toks[i], hit.prefix) if hit.prefix else 0)
            if role.startswith("~"):
                first, cut, role = q + 1, 0, role[1:]
            elif role == "BUS":
                first, cut = q + 1, 0  # "شركة «سمة»": a company's quoted name is its brand, the head says what it is
            role = "" if role == "-" else role
            iso = reg.adjective_at(norms, k + 1)[1] if k + 1 < len(norms) and k + 1 not in owner else None
            out.append(_Found(first, k, "ORG", (iso + role) if iso else None, None, None, "pattern", None, cut,
                              None if iso else role))
        drop |= inside
    return [f for f in out if id(f) not in drop]


def _said(norms: list[str], i: int) -> bool:
    """Whether a verb of saying stands among the eight words before token i, in its clause ("وقال مدير المستشفى
    في جدة لـ")."""
    for k in range(i - 1, max(-1, i - 9), -1):
        if not norms[k][:1].isalpha():
            return False
        if any(st in SAYING for _, st in clitic_splits(norms[k])):
            return True
    return False


def _credited_outlet_pass(norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"وقال مصدر لـ«الرياض»", "مصادر (الجزيرة)", "صحيفة «مكة»": the one to three words in quotation marks or
    brackets after a credit's cue are an outlet (ORG, MED): the registry's outlet of that name, else one of the
    story's country. A city the registry read there gives way; a person, or a body that is no outlet ("التابعة
    لـ«داعش»"), stays; words with no definite word that nothing names describe a source ("مصادر (مطلعة)")."""
    if not CREDITED_OUTLETS:
        return found
    owner = {i: f for f in found for i in range(f.start, f.end)}
    drop: set[int] = set()
    out = list(found)
    for q in range(1, len(norms) - 2):
        close = OPENING.get(norms[q])
        if close is None:
            continue
        cue = norms[q - 1]
        if not (cue in SOURCES or (cue == "ل" and _said(norms, q - 1))
                or any(st in OUTLET_WORDS for _, st in clitic_splits(cue))):
            continue
        k = q + 1
        while k < min(len(norms), q + 5) and norms[k][:1].isalpha():
            k += 1
        if k == q + 1 or k > q + 4 or k >= len(norms) or norms[k] != close:
            continue
        inside = {id(owner[j]): owner[j] for j in range(q + 1, k) if j in owner}
        if any(g.start < q + 1 or g.end > k for g in inside.values()):
            continue
        if any(g.type == "PER" or (g.type == "ORG" and g.origin != "model") for g in inside.values()):
            continue  # a person, or a body a list knows (an outlet of the registry is found as it is)
        name = " ".join(norms[q + 1:k])
        if not inside and not any(w.startswith("ال") for w in norms[q + 1:k]) and not reg.find(name):
            continue  # "مصادر (مطلعة)", "مصادر (لم تسمها)": a source's description, no outlet's name
        word = next((st for _, st in clitic_splits(cue) if st in OUTLET_WORDS), None)
        # (the registry lists a paper whose name is a city's under its word: "صحيفة الرياض", "صحيفة مكة")
        outlet = next((a for form in (name, *(f"{w} {name}" for w in (word, *PAPER_WORDS) if w))
                       for a in reg.find(form) if (a.code or "").endswith("MED")), None)
        if outlet is not None:
            out.append(_Found(q + 1, k, "ORG", outlet.code, outlet.canonical, outlet.id, "pattern", None, 0))
        else:
            out.append(_Found(q + 1, k, "ORG", None, None, None, "pattern", None, 0, "MED"))
        drop |= set(inside)
    return [f for f in out if id(f) not in drop]


def _person_named_event_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """"دوري عبداللطيف جميل للمحترفين": a competition named after a person the recogniser did not find whole is a
    MISC name: the head, the person's name (a given name, at most two more words without the article, a بن chain)
    and the purpose after it ("للمحترفين"). A person the recogniser found there is part of it; one a list knows
    is left as it is."""
    given = _given_name_test()
    if given is None:
        return found
    table = role_table()
    owner = {i: f for f in found for i in range(f.start, f.end)}
    drop: set[int] = set()
    out = list(found)
    for i in range(len(norms) - 2):
        if i in owner:
            continue
        hit = table.find(table.heads, norms, i)
        if hit is None or hit.role != "=MISC" or not given(norms[i + hit.length]):
            continue
        j = i + hit.length + 1
        while j < min(len(norms), i + hit.length + 3) and norms[j][:1].isalpha() and not norms[j].startswith("ال") \
                and not norms[j].startswith("لل") and norms[j] not in STOP and norms[j] not in EDGE_STOP:
            if norms[j] in PATRONYMIC and j + 1 < len(norms) and norms[j + 1][:1].isalpha():
                j += 1
            j += 1
        if j < len(norms) and norms[j].startswith("لل") and len(norms[j]) > 4:
            j += 1
        inside = [owner[k] for k in range(i + hit.length, j) if k in owner]
        if any(g.type != "PER" or g.origin != "model" or g.start < i or g.end > j for g in inside):
            continue
        drop |= {id(g) for g in inside}
        out.append(_Found(i, j, "MISC", None, None, None, "pattern", None,
                          _char_cut(toks[i], hit.prefix) if hit.prefix else 0, ""))
    return [f for f in out if id(f) not in drop]


def _dotted_acronym_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"شركة آي.بي.إم", "آي.أو.بي.إي": two or more letter names joined by dots with no space are one name, an ORG
    (with a bank's or a company's word right before it) or, ending in a number ("إم.إتش.370"), a MISC."""
    if not DOTTED_ACRONYMS:
        return found
    n = len(toks)
    i = 0
    out = found
    while i < n:
        if norms[i] not in LETTER_NAMES:
            i += 1
            continue
        k, letters = i + 1, 1
        while k + 1 < n and norms[k] == "." and toks[k - 1].end == toks[k].start == toks[k + 1].start - 1 and (
                norms[k + 1] in LETTER_NAMES or norms[k + 1].isdigit()):
            letters += norms[k + 1] in LETTER_NAMES
            k += 2
            if norms[k - 1].isdigit():
                break
        if letters < 2 or (i > 0 and toks[i - 1].end == toks[i].start and norms[i - 1][-1:].isalnum()):
            i = max(k, i + 1)
            continue
        start, kind = i, "MISC" if norms[k - 1].isdigit() else "ORG"
        if kind == "ORG" and i > 0 and any(st in ACRONYM_HEADS for _, st in clitic_splits(norms[i - 1])):
            start = i - 1
        cut = _char_cut(toks[start], len(norms[start]) - len(next(
            (st for _, st in clitic_splits(norms[start]) if st in ACRONYM_HEADS), norms[start]))) if start < i else 0
        if start == i and toks[i].text[:2] in ("وآ", "وأ", "وإ"):
            cut = 1  # "وآي.أو.إس" is و + the letters, not the letter Y ("واي")
        out = [f for f in out if f.end <= start or f.start >= k]
        business = start < i and any(st in BUSINESS_HEADS for _, st in clitic_splits(norms[start]))
        # the registry's body when it lists the letters spaced ("إتش إس بي سي"); else a nisba adjective right after
        # says whose ("بنك إيه.إن.زد الأسترالي"), before the sentence's places
        spaced = [norms[j] for j in range(i, k) if norms[j] != "."]
        hit, _ = reg.match(spaced, 0) if kind == "ORG" else (None, 0)
        if hit is not None and hit.end == len(spaced) and hit.type == "ORG" and hit.actor is not None:
            out.append(_Found(start, k, "ORG", hit.code, hit.canonical, hit.entity_id, "registry", cut=cut,
                              person=None))
            i = k
            continue
        iso = reg.adjective_at(norms, k)[1] if kind == "ORG" and k < n else None
        role = "BUS" if business else None
        out.append(_Found(start, k, kind, iso + (role or "") if iso else None, None, None,
                          "pattern" if kind == "ORG" else "rule", cut=cut, role=None if iso else role))
        i = k
    out.sort(key=lambda f: f.start)
    return out


def _sect_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """"الطائفة العلوية", "وللأقلية الدرزية": the head and the sect's adjective, a MISC the context codes (CVL)."""
    if not SECT_COMMUNITIES:
        return found
    covered = _covered(found)
    out = list(found)
    for i in range(len(norms) - 1):
        if norms[i + 1] not in SECT_ADJECTIVES or i in covered or i + 1 in covered:
            continue
        pre = next((p for p, st in clitic_splits(norms[i]) if st in SECT_HEADS), None)
        if pre is None:
            continue
        out.append(_Found(i, i + 2, "MISC", None, None, None, "agent", cut=_char_cut(toks[i], len(pre)), role="CVL"))
    out.sort(key=lambda f: f.start)
    return out
