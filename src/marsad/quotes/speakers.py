"""Who speaks: the subject after a speech verb, titles that stand for people, dropped subjects.

News Arabic is verb-first: "وقال وزير الخارجية الروسي سيرغي لافروف إن…".
The subject is the noun phrase after the verb, up to a preposition, a time
word, a complementiser, a comma or a quotation mark. Within it:

1. An unnamed source ("مصدر مسؤول"، "مسؤولون") gives a speaker with no name; so does an outlet's
   correspondent ("مراسل القناة"), whom the outlet relays.
2. A title first ("زعيم كوريا الشمالية كيم جونغ أون") gives the person named
   after it; a title alone ("الرئيس الروسي") goes to the actor registry's
   title lookup when there is one, else to the body it names
   ("المتحدث باسم الخارجية") or to the text alone.
3. Otherwise the first actor entity is the subject ("اتهمت الولايات المتحدة
   كوريا الشمالية": the United States).

A verb with no subject after it ("وقال"، "وأضاف"، "وأبدى") carries it: the
speaker is the subject of an earlier verb in the sentence, else the most
recent speaker or sentence subject that agrees with the verb (a masculine
verb prefers a person, a feminine one a country or a body).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.article import Entity, Span, Speaker
from marsad.clean.normalize import normalize
from marsad.quotes.lexicon import bare, bare_forms, strip_conj
from marsad.quotes.view import View

MAX_SUBJECT_TOKENS = 12


SPOKEN_REACH = 3  # how far back a quoted speaker outranks a newer mention


@dataclass
class Salience:
    """Recent speakers and subjects, the newest last, each with its verb's gender and how it was named."""

    items: list[tuple[Speaker, str, str]] = field(default_factory=list)  # (speaker, "m"/"f"/"pl", phrase)
    loose: set[int] = field(default_factory=set)  # ids of speakers known only by their words (no entity, no title)
    spoken: set[str] = field(default_factory=set)  # speakers whose words were quoted, by text

    def push(self, sp: Speaker | None, gender: str, phrase: str = "", kind: str = "") -> None:
        if kind == "GPE":
            gender = "f"  # countries and cities take feminine verbs ("قالت مصر")
        if sp is not None and (sp.canonical or sp.actor or sp.span is not None):
            self.items.append((sp, gender, phrase or sp.text))
            del self.items[:-12]

    def recent(self, gender: str) -> Speaker | None:
        """The newest entry agreeing with a verb of that gender (any entry for plural or unknown);
        among the last few, one already quoted wins ("وأضافت غراندي «…» فيما أعلنت دول أخرى … وتابعت")."""
        agree = [sp for sp, g, _ in reversed(self.items) if gender not in ("m", "f") or g == gender]
        if agree and id(agree[0]) in self.loose:
            for sp in agree[:SPOKEN_REACH]:
                if sp.text in self.spoken:
                    return sp
        return agree[0] if agree else None

    def titled(self, words: list[str], titles: frozenset[str] = frozenset()) -> Speaker | None:
        """The newest speaker first named with these title words ("الوزير" after "وزير الطاقة … نوفاك");
        with `titles`, only the title nouns among the words need to match ("المدرب الأرجنتيني")."""
        keys = [_synonym(w[2:] if w.startswith("ال") and len(w) > 4 else w) for w in words]
        nouns = [k for k, w in zip(keys, words, strict=True) if w in titles or k in titles]
        keys = nouns or keys
        for sp, _, phrase in reversed(self.items):
            folded = " ".join(_synonym(w[2:] if w.startswith("ال") else w) for w in normalize(phrase).split())
            if all(k in folded for k in keys):
                return sp
        return None


SYNONYMS = {normalize(a): normalize(b) for a, b in (("متحدث", "ناطق"), ("المتحدث", "الناطق"))}


def _synonym(word: str) -> str:
    """One form for title words that mean the same ("المتحدث" and "الناطق")."""
    return SYNONYMS.get(word, word)


def is_participle(word: str) -> bool:
    """A circumstantial participle ("مضيفاً"، "قائلاً"، "مشيرةً"، "مؤكدين"): it never has its own subject."""
    w = strip_conj(word)
    if len(w) < 4:
        return False
    if w.endswith("ين") and w.startswith("م"):
        return True
    if w.endswith("وا"):
        return False  # قالوا، أكدوا: a plural verb
    if w.endswith(("ا", "ه")):
        return w.startswith("م") or w[1] == "ا"
    return False


def verb_gender(word: str) -> str:
    """Gender carried by a past verb form: a final ت is feminine ("قالت"، "سعت")."""
    w = strip_conj(word)
    return "f" if w.endswith("ت") and len(w) >= 3 else "m"


def future_verb(raw: str) -> bool:
    """A future verb ("ستكون"، "سيتم"، "سنواصل"), not a word that only begins like one ("سيادته")."""
    w = normalize(raw)
    return (len(w) >= 4 and w[0] == "س" and w[1] in "يتن" and not w.endswith(("ه", "ها", "هم"))
            and w not in HONORIFIC_WORDS)


def subject_range(v: View, k: int, limit: int) -> tuple[int, int]:
    """Token range of the subject noun phrase after the verb at k, ending before `limit`."""
    lex = v.lex
    if is_participle(v.word(k)):
        return k + 1, k + 1
    if FUTURE_ENDS_SUBJECT and k + 1 < limit and future_verb(v.toks[k + 1].text) and v.entity_on(k + 1) is None:
        return k + 1, k + 1  # "وأضاف ستكون الساعات القادمة حاسمة": a future verb is no subject
    if (PRONOUN_OBJECTS and k + 2 < limit and v.word(k + 1) in OBJECT_PRONOUNS and v.toks[k + 2].is_word
            and v.word(k + 2) not in lex.complementizers and strip_conj(v.word(k + 2)) not in lex.subject_stops
            and v.cue(k + 2) is None):
        return subject_range(v, k + 1, limit)  # "وقال له الوزير إن …"، "ما أكد عليه الوزير": the subject follows
    headed = k + 1 < limit and (is_title(v, k + 1) or v.in_set(k + 1, lex.unnamed_sources))
    cue = v.cue(k)
    seen = False
    i = k + 1
    if i < limit and v.is_mark(i):
        # أعلنت "لجنة مكافحة الإرهاب" الروسية: إن …: a quoted name as the subject
        j = i + 1
        while j < limit and j - i <= 5 and v.toks[j].is_word:
            j += 1
        if j < limit and v.is_mark(j):
            m = j + 1
            # وأعلنت «لجنة المتابعة …» التابعة للجبهة: a definite modifier right after the marks
            modified = m < limit and v.word(m).startswith("ال") and v.entity_on(m) is None
            while m < limit and m - j <= 2 and v.toks[m].is_word and v.word(m) not in lex.complementizers:
                m += 1
            # وقال "أحمد بن سالم"، وهو أحد …: a person's name in marks, then an aside
            person = v.word(j + 1) in ("،", ",") and any(
                e.type == "PER" and e.span.start <= v.toks[i + 1].start and e.span.end >= v.toks[j - 1].end
                for e in v.entities_in(v.toks[i + 1].start, v.toks[j - 1].end))
            if modified or person or (m < limit and (v.word(m) in (":",) or v.word(m) in lex.complementizers)):
                headed = True
                i = j + 1 if modified or person else m
    while i < limit and i - (k + 1) < MAX_SUBJECT_TOKENS:
        t = v.toks[i]
        ent = v.entity_on(i)
        if ent is not None and ent.span.start >= t.start:
            glued = v.text[t.start:ent.span.start]
            if TITLE_BODIES and "ل" in glued and _titled_body(v, k, i, ent):
                i = max(i + 1, v.after_entity(ent))
                continue  # "الأمين العام لأوبك عبد الله البدري": the body the title heads, the name may follow
            if "ل" in glued or ("ب" in glued and ent.type != "PER"):
                break  # "لوكالة رويترز"، "بوزارة الخارجية": a preposition glued to the name
            i = max(i + 1, v.after_entity(ent))
            seen = True
            continue
        if not t.is_word:
            if (v.is_mark(i) or t.text in "()") and i > k + 1 and _inside_name(v, k + 1, i):
                # صحيفة "نيويورك تايمز"، موقع (فوتبول إيطاليا): a quoted or bracketed name, taken whole
                j = i + 1
                while j < limit and j - i <= 5 and v.toks[j].is_word:
                    j += 1
                if j < limit and j > i + 1 and (v.is_mark(j) or v.toks[j].text in "()"):
                    i = j + 1
                    continue
                break
            if t.text == "." and i > k + 1 and len(v.toks[i - 1].norm) == 1:
                i += 1  # "م. جديع"، "د. خالد": an abbreviated title
                continue
            break
        w = t.norm
        if (w in lex.subject_stops or strip_conj(w) in lex.subject_stops or w in lex.complementizers) and t.text not in ("علي", "وعلي"):  # the name علي, not the preposition على (one form once normalised)
            break
        if w in ("ل", "ب", "لي", "لك", "لكم", "ال"):
            break
        if v.cue(i) is not None:
            break  # "وأردف قائلاً:": a participle is not the subject
        if not headed and _prepositional(w):
            break
        if w in ADVERBIAL_B:
            break  # "وأكد المحافظ بسرعة الانتهاء …"، "بضرورة …": an adverbial or the object, not the subject
        if seen and w[:1] in ("ل", "ب") and not w.startswith("ال") and len(w) > 3:
            break  # "اتهمت الولايات المتحدة كوريا الشمالية بتزويد…": after a name, a preposition ends it
        if i == k + 1 and w[:1] in ("ل", "ب") and not w.startswith("ال") and v.word(i + 1).startswith("ال") and not (
                BL_BODIES and (w in BL_BODY_NOUNS or w in lex.institution_nouns or w in lex.document_nouns)):
            # ("وأعلنت بعثة الأمم المتحدة"، "وأشار بيان المنظمة": a body's or a document's noun that begins with ب or ل
            # is the subject, no preposition)
            break  # "وقال لشباب الوطن"، "وأكد لوكالة الأنباء": an addressee, the subject is carried
        if i > k + 1 and ent is None and w[:1] in ("ب", "ل") and w[1:].startswith(OWN_NOUNS) and (
                w.endswith(("ه", "ها", "هم", "هما"))):
            break  # "وأعرب الوزير باسمه واسم بلاده …"، "لبلاده": a prepositional phrase after the subject
        if (i > k + 1 and not headed and t.text.endswith(("ها", "هم", "هما")) and ent is None
                and not _titled_stem(v, t.text)):
            break  # "أعلنت دول أخرى نيتها المساعدة": a noun with a pronoun starts the object
        if headed and seen and i > k + 2 and ent is None and _possessed(t.text) and not _titled_stem(v, t.text):
            break  # "ورفع المهندس فتحي باسم الشركة شكره …": after the titled name, too
        if (not headed and i > k + 1 and ent is None and v.toks[i - 1].is_word and v.entity_on(i - 1) is None
                and strip_conj(v.word(i - 1)).startswith("ال") and not strip_conj(w).startswith("ال")
                and not is_title(v, i) and w[:1].isalpha() and w not in NOT_OBJECTS
                and not (NAME_AFTER_NISBA and _name_after_nisba(v, k + 1, i))):
            break  # "أوضحت الوزارة احتواء …": an indefinite word after a definite noun starts the object
        if headed and seen and is_title(v, i):
            break  # "شكر الشيخ الحازمي اللواء الغامدي": after the name, a second title starts the object
        if (OBJECT_AFTER_TITLE and headed and i > k + 2 and ent is None and v.toks[i - 1].is_word
                and _closes_genitive(v, k + 1, i) and w.endswith("ه") and w[:1] not in ("ل", "ب", "ف", "ك", "ا")
                and not is_title(v, i) and not _given_name(w)):
            break  # "وثمّن أمين منطقة القصيم سرعة الاستجابة": a feminine noun after the title is the object
        if (MEDIA_ADDRESSEES and i > k + 1 and ent is None and v.in_set(k + 1, lex.unnamed_sources)
                and w[:1] == "ل" and not w.startswith("ال") and bare(w) in bare_forms(lex.media_nouns)):
            break  # "وقال مصدر أمني لوكالة «…» إن": the outlet the source spoke to, no part of the source
        if (SOURCE_B_OBJECTS and i > k + 1 and not seen and ent is None and v.in_set(k + 1, lex.unnamed_sources)
                and w[:1] == "ب" and not w.startswith("بال") and len(w) > 4 and cue is not None
                and lex.object_verbs.get(cue.lemma) == "ب"
                and bare(w) not in bare_forms(lex.institution_nouns | lex.media_nouns | frozenset(lex.back_roles))):
            break  # "أفادت مصادر محلية بتقدم القوات …": what the sources report, not where they are ("مصدر بالوزارة")
        if (i > k + 1 and not seen and ent is None and v.in_set(k + 1, lex.unnamed_sources)
                and not v.word(k + 1).startswith("ال") and not _source_modifier(w)):
            break  # "أكد مسؤولون محليون إعادة تشغيل الميناء": after an unnamed source and its adjectives, the object
        i += 1
    return k + 1, i


TITLE_BODIES = True  # round 22: "وأشار الأمين العام لأوبك عبد الله البدري إلى أن": a body after a title and a glued ل is
# the title's complement, not an addressee, when the holder's name follows
TITLE_BODY_REACH = 8  # tokens after the body where the holder's name may start


def _titled_body(v: View, k: int, i: int, ent: Entity) -> bool:
    """Whether the entity glued to ل at token i completes the title right before it: in Arabic news an office is
    named by its title and the body it serves, joined by ل ("الأمين العام لأوبك"، "المدير التنفيذي لشركة X"، "الناطق
    الرسمي للحكومة"), and the holder's name comes after. The subject must open with that title (the verb at k, the
    title from k+1), a word must follow the body and a person's name come within `TITLE_BODY_REACH` words, and an
    outlet is still the addressee ("وقال الوزير لوكالة رويترز")."""
    if ent.type not in ("ORG", "GPE") or v.is_media(ent) or i <= k + 1 or not is_title(v, k + 1):
        return False
    after = v.after_entity(ent)
    if after >= len(v.toks) or not v.toks[after].is_word:
        return False  # "الأمين العام لمجلس التعاون، الدكتور X،": the name set off after a comma is found as before
    # the holder's name follows within the phrase ("… لأوبك عبد الله البدري أمس"); with none ("وأكد المتحدث الرسمي
    # لهيئة المهندسين على ضرورة …") the bare title points back to the holder named before, as it did
    for m in range(after, min(len(v.toks), after + TITLE_BODY_REACH)):
        if not v.toks[m].is_word or v.word(m) in v.lex.complementizers or v.cue(m) is not None:
            return False
        e = v.entity_on(m)
        if e is not None and e.type == "PER":
            return True
    return False


SOURCE_B_OBJECTS = True  # round 12: "أفاد مصدر أمني بمقتل …": the بـ word is the report, no part of the source
MEDIA_ADDRESSEES = True  # round 11c: "قال مصدر أمني لوكالة «…»": a glued ل and a media noun end an unnamed source
FUTURE_ENDS_SUBJECT = True  # round 11 (with `stage.BARE_FUTURE`): "وأضاف ستكون …": a future verb is no subject
HONORIFIC_WORDS = frozenset(normalize(w) for w in ("سيادة", "سمو", "سعادة", "سماحة"))
BL_BODIES = True  # round 11: "وأعلنت بعثة الأمم المتحدة"، "وأشار بيان المنظمة": a body's or a document's noun in ب/ل
# is no preposition before the subject
BL_BODY_NOUNS = frozenset(normalize(w) for w in ("بعثة", "بعثات", "بنك", "برنامج", "بورصة", "بلدية", "لجنة", "لجان",
                                                  "لواء", "برلمان"))
INDEFINITE_SPOKESWOMEN = True  # round 11: "قالت متحدثة باسم X" is someone unnamed, as the masculine "متحدث" already was
SPOKESWOMEN = frozenset(normalize(w) for w in ("متحدثة", "ناطقة"))
PLACE_THEN_NAME = True  # round 11: "مدير فرع الوزارة بمنطقة جازان علي الحربي:": the words closing a title after its place
NOT_NAME_WORDS = frozenset(("في", "فى", "من", "إلى", "الى", "على", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "قبل",
                            "بعد", "حيث", "كما", "أيضا", "أيضاً", "ايضا"))  # as written: "علي" is a name, "على" is not
TIME_AFTER_PLACE = frozenset(normalize(w) for w in ("امس", "أمس", "اليوم", "غدا", "مساء", "صباح", "خلال", "عقب", "لدى"))
BRACKETED_NAMES = True  # round 9: "قالت صديقتي (بدرية):": a name in brackets after a common noun, as in marks
PARTICIPLE_SUBJECTS = True  # round 7 switches
NAME_AFTER_NISBA = True
OBJECT_AFTER_TITLE = True  # round 6 switches
PRONOUN_OBJECTS = True
# a preposition with a pronoun between a verb and its subject ("وقال له الوزير"، "ما أكد عليه الوزير")
OBJECT_PRONOUNS = frozenset(normalize(w) for w in ("له", "لها", "لهم", "لهما", "لنا", "لي", "عليه", "عليها", "عليهم",
                                                   "عنه", "عنها", "عنهم", "فيه", "فيها"))


def _name_after_nisba(v: View, a: int, i: int) -> bool:
    """"وأكد البائع العماني أمجد أن …": one word between a definite noun with its nisba and the complementiser
    is the person's name, not the verb's object (an object would be a verbal noun: "أهمية أن"، "ضرورة أن")."""
    w = v.word(i)
    nxt = v.word(i + 1)
    if i - a < 2 or not all(v.word(m).startswith("ال") for m in range(a, i)) or not v.word(i - 1).endswith(
            NISBA_ENDINGS):
        return False
    if nxt not in v.lex.complementizers and not _given_name(w):
        return False
    return (len(w) >= 3 and w[:1] not in ("ب", "ل", "ك") and not w.endswith(("ا", "ه", "ها", "هم", "ي"))
            and w not in v.lex.not_before_complementizer and not _possessed(v.toks[i].text)
            and v.cue(i) is None)


def _closes_genitive(v: View, a: int, i: int) -> bool:
    """Whether the word before i ends a title's genitive chain: a definite noun or a place, no person named yet
    ("أمين منطقة المدينة المنورة")."""
    prev = v.entity_on(i - 1)
    if prev is None and not strip_conj(v.word(i - 1)).startswith("ال"):
        return False
    if prev is not None and prev.type not in ("GPE", "LOC"):
        return False
    return not any(e.type == "PER" for e in v.entities_in(v.toks[a].start, v.toks[i - 1].end))


def _given_name(word: str) -> bool:
    """Whether a word is a given name in the entities package's list ("حمزة"، "أسامة" end like nouns)."""
    try:
        from marsad.entities.translit import given_names
    except ImportError:  # the entities package is optional for this stage
        return False
    return word in given_names()


# Adjectives that qualify an unnamed source besides nisbas ("مصادر مطلعة"، "مسؤول رفيع المستوى").
SOURCE_ADJECTIVES = frozenset(normalize(w) for w in (
    "مطلع", "مطلعة", "مطلعون", "مطلعين", "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "رفيع", "رفيعة", "رفيعو", "مقرب",
    "مقربة", "مقربون", "مقربين", "كبير", "كبيرة", "كبار", "بارز", "بارزة", "موثوق", "موثوقة", "متطابقة", "مختلفة",
    "عدة", "آخر", "آخرون", "آخرين", "أخرى", "مجهول", "مجهولة", "خاصة", "المستوى", "رفيعي"))
NISBA_ENDINGS = ("ي", "ية", "يه", "يون", "يين", "يان", "يتان")


def _source_modifier(w: str) -> bool:
    """A word that may qualify an unnamed source: a nisba, a common adjective, a definite genitive, a preposition."""
    w = strip_conj(w)
    return (w.endswith(NISBA_ENDINGS) or w in SOURCE_ADJECTIVES or w.startswith("ال") or w[:1] in ("ب", "ل")
            or not w[:1].isalpha())


def _titled_stem(v: View, raw: str) -> bool:
    """A title with a pronoun ("نائبه"، "مستشارها"، "المتحدث باسمه") is still a subject."""
    w = normalize(raw)
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and (w[: -len(suf)] in v.lex.title_nouns or "ال" + w[: -len(suf)] in v.lex.title_nouns):
            return True
        stem = w[: -len(suf)]
        if FEMININE_STEMS and w.endswith(suf) and stem.endswith("ت") and len(stem) > 2 and (
                stem[:-1] + "ه" in v.lex.title_nouns):  # the title nouns are normalised: ة is ه
            return True  # "زوجته"، "والدتها"، "مستشارته": the ة of the title written ت before the pronoun
    return False


NEWS_AGENCY_NAMES = True  # round 22: "ذكرت وكالة أنباء «الأناضول» أن": the name in marks after "وكالة أنباء" speaks
NEWS = normalize("أنباء")
FEMININE_STEMS = True  # round 22: "وأكدت زوجته ميساء غانم"، "وأشارت والدتها X": a title in ة with a pronoun


ADVERBIAL_B = frozenset(normalize(w) for w in (
    "بشكل", "بسرعة", "بضرورة", "بأهمية", "بصورة", "بصفة", "بدوره", "بدورها", "بنفسه", "بنفسها", "بقوة", "بشدة",
    "بالفعل", "بالقول", "بالتأكيد", "بكل"))
HONORIFIC_PRONOUNS = frozenset(normalize(w) for w in (
    "معاليه", "معاليها", "سموه", "سموها", "سعادته", "سعادتها", "فضيلته", "سماحته", "جلالته", "فخامته", "دولته"))
HONORIFICS = frozenset(normalize(w) for w in (
    "الدكتور", "الدكتورة", "المهندس", "الشيخ", "الأستاذ", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب",
    "الفريق", "السيد", "السيدة", "م", "د"))


RANK_QUALIFIERS = frozenset(normalize(w) for w in ("ركن", "الركن", "طيار", "الطيار", "بحري", "البحري", "مهندس",
                                                   "دكتور", "أول", "الأول", "متقاعد", "المتقاعد"))


def _rank_and_name(v: View, a: int, b: int) -> Span | None:
    """The first name written after an honorific inside [a, b): "الدكتور سعيد البشري" -> "سعيد البشري",
    or right after the body a title names: "المتحدث باسم وزارة الخارجية الأمريكية مارك تونر" -> "مارك تونر"."""
    for i in range(a + 1, b - 1):
        body = v.entity_on(i)
        after_body = (body is not None and body.type == "ORG" and v.after_entity(body) == i + 1
                      and v.toks[i].end == body.span.end)
        if v.word(i) not in HONORIFICS and not after_body:
            continue
        j = i + 1
        if j < b and v.toks[j].text == ".":
            j += 1
        while j < b and v.word(j) in RANK_QUALIFIERS:
            j += 1  # "العميد ركن طيار أحمد عسيري"
        first = j
        while (j < b and j - first < 3 and v.toks[j].is_word and not is_title(v, j)
               and not (j == first and v.word(j).startswith("ال"))):
            if v.word(j) in UNIT_WORDS:
                j = first  # "اللواء الأول مشاة التابع للجيش": a unit, not a rank and a name
                break
            e = v.entity_on(j)
            if e is not None and e.type != "PER":
                break
            if e is None and _possessed(v.toks[j].text):
                break  # "باسم الشركة شكره وتقديره": a noun with a pronoun is the object, not a name
            j += 1
        while j - first > 2 and (v.toks[j - 1].text.endswith(("ا", "اً", "ًا")) or "\u064b" in v.toks[j - 1].text):
            j -= 1  # "مارك تونر ردا": an adverb after the name
        if RELATIVE_OBJECTS and after_body and (j < b and v.word(j) in RELATIVE_PRONOUNS or any(
                v.word(m) in RELATIVE_PRONOUNS for m in range(first, j))):
            continue  # "ووصف مدير الصحة الحماس الذي أظهره المتطوعون …": a noun with a relative clause is the object
        if j - first >= 2:
            return v.span(v.toks[first].start, v.toks[j - 1].end)
    return None


def _known_surname(v: View, a: int, b: int) -> Speaker | None:
    """"وقدم المهندس الحربي …": a family name right after an honorific, for the person named with it before
    ("المهندس سالم بن علي الحربي")."""
    i = a
    while i < b and v.word(i) in HONORIFICS | RANK_QUALIFIERS:
        i += 1
    if i == a or i >= b or v.entity_on(i) is not None or is_title(v, i):
        return None
    word = v.word(i)
    for e in reversed(v.entities_in(0, v.toks[a].start)):
        if e.type == "PER" and e.span.end <= v.toks[a].start and normalize(e.span.text).split()[-1:] == [word]:
            return Speaker(text=v.toks[i].text, canonical=e.canonical, actor=e.actor, span=v.toks[i].span)
    return None


# Words of a military unit's name, never of a person's ("اللواء الخامس مدرع التابع للجيش السوداني").
UNIT_WORDS = frozenset(normalize(w) for w in ("مشاة", "التابع", "التابعة", "المدرع", "المدرعة", "المظلي"))
NOT_OBJECTS = frozenset(normalize(w) for w in ("نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها", "بن", "بنت", "أبو", "ابو", "آل"))
OWN_NOUNS = ("اسم", "نفس", "بلاد", "لسان")  # باسمه، بنفسها، لبلاده، بلسانه
RELATIONAL = frozenset(normalize(w) for w in (
    "نائب", "مساعد", "مستشار", "مستشارة", "وكيل", "مبعوث", "ممثل", "باسم", "زوجة", "زوج", "ابن", "ابنة", "نجل",
    "شقيق", "شقيقة", "مدير", "مكتب", "ديوان", "سفير", "حرم", "أرملة", "والد", "والدة", "حفيد"))


def _possessed(raw: str) -> bool:
    """A written pronoun suffix ("شكره"، "تقديرها"; not "عبدالله" nor a ta marbuta "حمزة")."""
    return len(raw) > 3 and raw.endswith(("ه", "ها", "هم", "هما")) and not raw.endswith("الله")


def _surname(v: View, c: int, b: int) -> bool:
    """"المحامي أحمد بلعيد،": a last name that starts like a preposition, closing the subject after a given name."""
    return (c == b - 1 and not v.word(c - 1).startswith("ال") and not v.word(c).startswith(("بال", "لل", "كال"))
            and v.toks[c - 1].is_word)


def _relational(v: View, p: int, a: int) -> bool:
    """"نائب الرئيس X": the person after a relational title is not the one speaking."""
    return p - 1 >= a and strip_conj(v.word(p - 1)) in RELATIONAL


def _namesake(v: View, p: int, a: int) -> bool:
    """"مدير جامعة الملك عبد العزيز"، "مستشفى الأمير سلطان": a person who names an institution is not its head."""
    m = p - 1
    if m >= a and strip_conj(v.word(m)) in ROYAL_TITLES:
        m -= 1
    if m < a:
        return False
    w = bare(strip_conj(v.word(m)))
    nouns = bare_forms(v.lex.institution_nouns)
    # the singular, and the dual or plural of a feminine noun ("جامعتي"، "جامعات")
    return w in nouns or (w.endswith(("تي", "تا", "ات")) and bare(w[:-2] + "ه") in nouns)


ROYAL_TITLES = frozenset(normalize(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "السلطان"))


def _prepositional(w: str) -> bool:
    """A word with a glued preposition that ends a subject: "للصحفيين"، "بالوزارة"، "لوكالة"، "بمنطقة"."""
    if w.startswith(("لل", "بال")) and len(w) > 4:
        return True
    if w[:1] in ("ل", "ب") and len(w) > 3 and not w.startswith("ال"):
        return w[1:] in _PLACE_NOUNS()
    return False


@cache
def _PLACE_NOUNS() -> frozenset[str]:  # noqa: N802 - a cached constant
    from marsad.quotes.lexicon import lexicon

    lex = lexicon()
    return frozenset(w for w in lex.media_nouns | lex.name_nouns if not w.startswith("ال"))


def _inside_name(v: View, a: int, i: int) -> bool:
    """Whether the mark at i opens or closes a name after a name noun (صحيفة "…"، موقع (…))."""
    def names(j: int) -> bool:
        w = bare(v.word(j))
        if NEWS_AGENCY_NAMES and w == NEWS and j > a and names(j - 1):
            return True  # "وكالة أنباء «الأناضول»"، "وكالة الأنباء «دوغان»": the agency's noun is two words
        return (v.in_set(j, v.lex.name_nouns) or v.in_set(j, v.lex.media_nouns) or is_title(v, j)
                or w in bare_forms(v.lex.name_nouns) or w in bare_forms(v.lex.media_nouns))

    # the noun stands right before the mark, or before the name's closing mark
    j = i - 1
    while j >= a and j >= i - 6 and v.toks[j].is_word and not names(j):
        j -= 1
    if j < a or not names(j):
        return False
    return j == i - 1 or any(v.is_mark(m) or v.toks[m].text in "()" for m in range(j + 1, i))


def named_after(v: View, b: int, limit: int) -> tuple[Speaker | None, int]:
    """A person named after a title's phrase ends: "مدير المركز في القوات المسلحة العميد محمد …"، "وزيرة …، رغوبار داس، إن".

    Looks up to `LOOKAHEAD` tokens past b, up to a complementiser, a colon or a quotation mark:
    a person entity there, else a short unheaded phrase between two commas. Returns the speaker
    and the index after it.
    """
    lex = v.lex
    stop = min(limit, b + LOOKAHEAD)
    bracket = BRACKETED_NAMES and b < stop and v.toks[b].text == "("
    if b < stop and (v.is_mark(b) or bracket):
        # "… بالخطوط السعودية "خالد بن حماد البلوي"؛ أن …": the name itself in marks; "قالت صديقتي (بدرية):" in brackets
        close = next((m for m in range(b + 1, min(stop, b + 6))
                      if (v.toks[m].text == ")" if bracket else v.is_mark(m))), -1)
        after = v.word(close + 1) if close > 0 else ""
        # one word is a name too when a colon opens the words after it ('وقال التاجر اليمني "سالم": …')
        # "وذكر X (والد الطفلة) أنه": a title or a definite noun in brackets describes the one named before it
        role = (BRACKETED_ROLES and bracket and close > b + 1
                and (is_title(v, b + 1) or strip_conj(v.word(b + 1)).startswith("ال")))
        if (close > b + 2 or (close == b + 2 and after == ":")) and not role and (
                after in ("؛", ";", "،", ",", ":") or after in lex.complementizers):
            span = v.span(v.toks[b + 1].start, v.toks[close - 1].end)
            ents = [e for e in v.entities_in(span.start, span.end) if e.type == "PER"]
            return (v.speaker_of(ents[0]) if ents else Speaker(text=span.text, span=span)), close + 1
    j = b
    asides: list[tuple[int, int]] = []
    while j < stop:
        w = v.word(j)
        if DASH_ASIDES and j > b and v.toks[j].text in DASHES:
            close = next((m for m in range(j + 2, min(limit, j + DASH_ASIDE_WORDS + 2))
                          if not v.toks[m].is_word), -1)
            if close > 0 and v.toks[close].text in DASHES:
                # "المسؤول في الحملة -التي تتبع لها الحافلة- أحمد فتحي، أن": an aside between dashes is
                # passed over, its words do not count towards the reach of the name, nor is a name in it the speaker
                asides.append((v.toks[j].start, v.toks[close].end))
                stop = min(limit, stop + close - j + 1)
                j = close + 1
                continue
        if v.is_mark(j) and not v.is_masked(v.toks[min(j + 1, len(v.toks) - 1)].start):
            m = j + 1
            while m < stop and m - j <= 5 and v.toks[m].is_word:
                m += 1
            if m < stop and m > j + 1 and v.is_mark(m):
                j = m + 1  # بمقاطعة “سانت لويس”، ستيف ستينجر: a quoted name on the way
                continue
        if w in lex.complementizers or w in (":", "؛", ";") or v.is_mark(j) or (j > b and v.cue(j) is not None):
            break
        j += 1
    if j <= b:
        return None, b
    for e in v.entities_in(v.toks[b].start, v.toks[j - 1].end):
        if e.type == "PER" and not any(a <= e.span.start < z for a, z in asides):
            return v.speaker_of(e), v.after_entity(e)
    for c in range(b, j):
        if v.word(c) in ("،", ","):
            # "…، رغوبار داس، إن": a short phrase without the article between commas is a name
            # "…، النائب صالح قلمة، في تصريح": a rank before it stays out of the name
            n = c + 2 if v.in_set(c + 1, lex.title_nouns) else c + 1
            k = n
            while k < j and v.toks[k].is_word and k - n <= 3:
                k += 1
            if (k > n + 1 and (k == j or v.word(k) in ("،", ",")) and not v.word(n).startswith("ال")
                    and strip_conj(v.word(n)) not in CLAUSE_OPENERS and v.word(n) not in lex.subject_stops
                    and not (RELAY_OPENERS and _relay_opener(v, n))
                    and not v.word(n).startswith(("بت", "لت", "بم")) and not any(
                        v.word(m) in QUANTIFIERS for m in range(n, k))
                    and not (FUNCTION_OPENERS and _function_opener(v.toks[n].text))):
                span = v.span(v.toks[n].start, v.toks[k - 1].end)
                return Speaker(text=span.text, span=span), k
            break
    for c in range(b, j - 2):
        if v.in_set(c, lex.title_nouns) and all(v.toks[m].is_word and not v.word(m).startswith("ال")
                                                 for m in range(c + 1, j)):
            # "… العميد محمد ارشيد المواجدة إنه": a rank, then the name up to the complementiser
            span = v.span(v.toks[c].start, v.toks[j - 1].end)
            return Speaker(text=span.text, span=span), j
    if PLACE_THEN_NAME and j - b >= 3:
        # "مدير عام فرع الوزارة بمنطقة جازان علي الحربي: «…»": after the title's place, two or three words closing
        # the phrase (the first with no article; no preposition, no time word) are the name the recogniser missed
        place = next((e for e in reversed(v.entities_in(v.toks[b].start, v.toks[j - 1].end))
                      if e.type in ("GPE", "LOC") and v.after_entity(e) < j), None)
        n = v.after_entity(place) if place is not None else j
        if (2 <= j - n <= 3 and all(v.toks[m].is_word and v.entity_on(m) is None and not is_title(v, m)
                                    and not _prepositional(v.word(m))
                                    and v.word(m) not in TIME_AFTER_PLACE and v.toks[m].text not in NOT_NAME_WORDS
                                    for m in range(n, j))
                and not v.word(n).startswith("ال")):
            span = v.span(v.toks[n].start, v.toks[j - 1].end)
            return Speaker(text=span.text, span=span), j
    return None, b


FUNCTION_OPENERS = True  # round 22: "وكشف المحافظ عن …، وعن عودة الخدمات …،": a phrase opening with a preposition
# (bare, after و, or glued with the article: "وبالتالي"، "للمواطنين") is no name set off between commas


def _function_opener(raw: str) -> bool:
    """Whether a word as written is a preposition or particle, alone or after و/ف ("وعن"، "فمن"، "وفي"), or a noun
    with ل and the article glued to it ("للمواطنين"): such a word opens a prepositional phrase or a clause, never a
    person's name. Not "بال…" nor "كال…": foreign names begin so ("بالوتيلي"، "بالمر"، "كالديرون"), and leaving
    them out changed no speaker over the 27 tuning sets."""
    w = raw[1:] if raw[:1] in ("و", "ف") and len(raw) > 2 else raw
    return w in NOT_NAME_WORDS or raw in NOT_NAME_WORDS or normalize(w).startswith("لل")


LOOKAHEAD = 10
CORRESPONDENTS = True  # round 13: "قال مراسل X": an outlet's unnamed reporter speaks, the outlet relays
CORRESPONDENT_NOUNS = frozenset(normalize(w) for w in ("مراسل", "مراسلة", "مراسلو", "مراسلي", "مراسلنا", "مراسلتنا"))
BRACKETED_ROLES = True  # round 13: "X (والد الطفلة)": a title or definite noun in brackets is no name after a name
RELATIVE_OBJECTS = True  # round 13: words after a title's body that a relative pronoun follows are the verb's object
RELATIVE_PRONOUNS = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
DASH_ASIDES = True  # round 10: "المسؤول في الحملة -التي تتبع لها الحافلة- أحمد فتحي، أن": a dash aside before the name
DASHES = frozenset(("-", "–", "—", "ـ"))
DASH_ASIDE_WORDS = 8
RELAY_OPENERS = True  # round 8: "وقال المتحدث، وفقا لوكالة الأنباء، إن": a relay between commas is no name


def _relay_opener(v: View, n: int) -> bool:
    """Whether token n opens a relay phrase ("وفقا لـ"، "بحسب"، "حسبما"، "نقلا عن")."""
    w = v.word(n)
    return any(words[0] in (w, strip_conj(w)) for words, _ in v.lex.relay_cues)
# Quantifiers, never part of a person's name ("…، بمشاركة جميع الفرق").
QUANTIFIERS = frozenset(normalize(w) for w in ("جميع", "كل", "بعض", "كافة", "معظم", "عدد"))
# Words that open a clause after a comma, never a name in apposition ("…، حيث كانت القوات …").
CLAUSE_OPENERS = frozenset(normalize(w) for w in (
    "حيث", "كما", "فيما", "بينما", "لكن", "ولكن", "إذ", "اذ", "التي", "الذي", "الذين", "وهو", "وهي", "هو", "هي",
    "مما", "ما", "كان", "كانت", "قد", "لقد", "ثم", "أو", "او", "إلا", "الا", "بعد", "قبل"))



def is_title(v: View, i: int) -> bool:
    return v.in_set(i, v.lex.title_nouns)


def speaker_from_range(v: View, a: int, b: int) -> tuple[Speaker | None, str]:
    """The speaker named by tokens [a, b) and how it was found ("", "entity", "title", "unnamed", "document")."""
    while a < b and v.is_mark(a):
        a += 1
    while b > a and (v.is_mark(b - 1) or not v.toks[b - 1].is_word):
        b -= 1
    if b <= a:
        return None, ""
    lex = v.lex
    start, end = v.toks[a].start, v.toks[b - 1].end
    text_span = v.span(start, end)
    for words, canonical in lex.sacred_speakers:
        if all(a + n < b and (v.word(a + n) == w or strip_conj(v.word(a + n)) == w) for n, w in enumerate(words)):
            # "قال تعالى"، "قال رسول الله": scripture cited, not a party to the story
            span = v.span(start, v.toks[a + len(words) - 1].end)
            return Speaker(text=span.text, canonical=canonical, span=span), "sacred"
    ents = v.entities_in(start, end)
    first = v.toks[a].norm
    if v.in_set(a, lex.denied_objects) and v.entity_on(a) is None:
        return None, ""  # "الذي أكد حدوث التبديل": a verbal noun is the object, the subject is carried
    if v.in_set(a, lex.document_nouns):
        # "ذكر تقرير للهيئة …"، "وقال البيان": the document speaks; its words, no name
        c = a + 1
        while c < b and c - a < 4 and v.toks[c].is_word and v.word(c) not in ("الذي", "التي") and not (
                v.word(c)[:1] in ("ل", "ب", "ك") and not v.word(c).startswith("ال")):
            c += 1
        span = v.span(start, v.toks[c - 1].end)
        return Speaker(text=span.text, span=span), "document"
    o = a + 2 if NEWS_AGENCY_NAMES and b - a >= 4 and bare(v.word(a + 1)) == NEWS else a + 1  # "وكالة أنباء «…»"
    if b - o >= 2 and (v.is_mark(o) or v.toks[o].text == "(") and _inside_name(v, a, o):
        # موقع (فوتبول إيطاليا)، صحيفة "نيويورك تايمز": the outlet is the name in marks, whatever it contains
        c = o + 1
        while c < b and v.toks[c].is_word:
            c += 1
        if c > o + 1:
            inner = v.span(v.toks[o + 1].start, v.toks[c - 1].end)
            whole = [e for e in v.entities_in(inner.start, inner.end)
                     if e.span.start <= inner.start and e.span.end >= inner.end]
            if whole and whole[0].type in ("GPE", "LOC") and v.in_set(a, lex.media_nouns):
                # صحيفة "مكة"، جريدة «الرياض»: a paper named after a city is the paper, not the city
                return Speaker(text=inner.text, span=inner), "text"
            if whole:
                return v.speaker_of(whole[0]), "entity"
            return Speaker(text=inner.text, span=inner), "text"
    raw = v.toks[a].text
    if v.word(a) in HONORIFIC_PRONOUNS or strip_conj(v.word(a)) in HONORIFIC_PRONOUNS:
        return None, ""  # "وأفاد معاليه"، "وأكد سموه": the honorific stands for the last speaker
    if (raw.endswith(("ه", "ها", "هم", "هما")) and not is_title(v, a)
            and v.entity_on(a) is None and not _titled_stem(v, raw)):
        # "وأكد اهتمامه بـ…"، "وصف منافسه … غراهام «…»": a noun with a pronoun is the object
        return None, ""
    if b - a == 1 and "\u064b" in raw and v.entity_on(a) is None:
        return None, ""  # "تقر ضمنًا أن": an adverb, not the subject
    if v.in_set(a, lex.media_nouns) and not (ents and ents[0].span.start <= start):
        outlets = [e for e in ents if e.type == "ORG" and e.span.start <= v.toks[min(a + 1, b - 1)].end]
        if not outlets:
            # "وكالة أنباء البحرين"، "التلفزيون السوري": the outlet's own words, not the country in them
            c = a + 1
            while c < b and c - a < 5 and v.toks[c].is_word and v.word(c) not in lex.subject_stops:
                c += 1
            span = v.span(start, v.toks[c - 1].end)
            return Speaker(text=span.text, span=span), "text"
    if strip_conj(first).startswith("ال") and first.endswith("ين") and len(first) >= 6 and not ents:
        return None, ""  # "ودعت المواطنين إلى …": a plural in -ين is the object; a subject would be in -ون
    if (v.in_set(a, lex.unnamed_sources) or bare(first) in bare_forms(lex.unnamed_sources)) and not (
            ents and ents[0].span.start <= start):
        return Speaker(text=text_span.text, span=text_span), "unnamed"
    if CORRESPONDENTS and strip_conj(first) in CORRESPONDENT_NOUNS and not any(e.type == "PER" for e in ents):
        # "وقال مراسل قناة الشروق في بغداد إن": the outlet's reporter, unnamed; the outlet relays him (not the outlet speaking)
        return Speaker(text=text_span.text, span=text_span), "unnamed"
    if (INDEFINITE_SPOKESWOMEN and strip_conj(first) in SPOKESWOMEN and not any(e.type == "PER" for e in ents)
            and not named_after(v, b, len(v.toks))[0]):
        # "قالت متحدثة باسم الشرطة": someone unnamed, as "قال متحدث باسم الشرطة" (not the body she speaks for)
        span = v.toks[a].span
        return Speaker(text=span.text, span=span), "title"
    if is_title(v, a) and not (ents and ents[0].span.start <= start):
        persons = [e for e in ents if e.type == "PER" and not _namesake(v, v.token_at(e.span.start), a)]
        name = _rank_and_name(v, a, b)
        if persons and name is not None:
            nxt = v.token_at(name.end)
            overlaps = persons[0].span.start < name.end
            adjacent = nxt < len(v.toks) and persons[0].span.start == v.toks[nxt].start and not is_title(v, nxt)
            if overlaps or adjacent:
                return v.speaker_of(persons[0]), "entity"  # "الأستاذ عادل بن أحمد الجبير": the name's linked part
        if name is not None and not (persons and persons[0].span.start <= name.start):
            # "مدير المكتب … الدكتور سعيد البشري رعاية الأمير فيصل": the first name after a rank
            return Speaker(text=name.text, span=name), "title"
        if persons and not _relational(v, v.token_at(persons[0].span.start), a):
            return v.speaker_of(persons[0]), "entity"
        known = _known_surname(v, a, b)
        if known is not None:
            return known, "entity"
        held = resolve_title(v, text_span.text, start, end)
        if held is not None:
            return held, "title"
        # not past an object ("المهندس فتحي … شكره … للوزير X": the minister is thanked, not speaking)
        named = None if b < len(v.toks) and _possessed(v.toks[b].text) else named_after(v, b, len(v.toks))[0]
        if named is not None:
            return named, "title"  # the person the title introduces
        bodies = [e for e in ents if e.type == "ORG"]
        if bodies:
            return v.speaker_of(bodies[0]), "entity"
        return Speaker(text=text_span.text, span=text_span), "title"
    if ents:
        persons = [e for e in ents if e.type == "PER" and not _namesake(v, v.token_at(e.span.start), a)]
        if persons and ents[0].span.start > start:
            # "أكد صانع ألعاب فريق الأهلي ياسر الفهمي": a common noun first, the person is the subject
            return v.speaker_of(persons[0]), "entity"
        return v.speaker_of(ents[0]), "entity"
    if b - a == 1 and first.endswith("ا") and not first.startswith("ال"):
        return None, ""  # "وتؤكد أيضا أن"، "جليا": an adverb, the subject is carried
    if first[:1].isalpha():
        # an unlinked name: its first words, up to a preposition or four words ("جين لخلفيته …")
        c = a + 1
        while c < b and c - a < 4 and v.toks[c].is_word and not is_title(v, c) and not (
                v.word(c)[:1] in ("ل", "ب", "ك") and not v.word(c).startswith("ال") and not _surname(v, c, b)):
            c += 1  # up to a title in apposition ("ديون نيل القائم بأعمال المدير")
        span = v.span(start, v.toks[c - 1].end)
        return Speaker(text=span.text, span=span), "text"
    return None, ""


# The actor registry's title lookup, when the entities package provides one.
_TITLE_NAMES = ("resolve_title", "holder_of_title", "title_holder", "resolve_role")


def _title_resolver() -> Callable[..., Any] | None:
    for module in ("marsad.entities.registry", "marsad.entities.titles", "marsad.entities"):
        try:
            mod = importlib.import_module(module)
        except Exception:  # noqa: BLE001 - the entities package may be absent or half-written
            continue
        for name in _TITLE_NAMES:
            fn = getattr(mod, name, None)
            if callable(fn):
                return fn
    return None


def resolve_title(v: View, text: str, start: int, end: int) -> Speaker | None:
    """The holder of a title ("الرئيس الروسي") on the article's date, from the actor registry."""
    fn = _title_resolver()
    if fn is None:
        return None
    date = None
    pub = v.art.dates.publication
    if pub is not None:
        date = pub.value
    date = date or v.art.published
    try:
        params = inspect.signature(fn).parameters
        kwargs: dict[str, Any] = {}
        if "date" in params:
            kwargs["date"] = date
        elif "on" in params:
            kwargs["on"] = date
        hit = fn(text, **kwargs)
    except Exception:  # noqa: BLE001 - a registry failure must not stop the article
        return None
    if hit is None:
        return None
    canonical = getattr(hit, "canonical", None) or (hit.get("canonical") if isinstance(hit, dict) else None)
    actor = (getattr(hit, "actor", None) or getattr(hit, "code", None)
             or (hit.get("actor") or hit.get("code") if isinstance(hit, dict) else None))
    if not canonical and not actor:
        return None
    return Speaker(text=text, canonical=canonical, actor=actor, span=v.span(start, end))


def after_preposition(v: View, i: int) -> bool:
    """"سارعت إلى نفي الأنباء": a cue word after a preposition is a verbal noun, not a verb with a subject."""
    return strip_conj(v.word(i - 1)) in MASDAR_PREPS


MASDAR_PREPS = frozenset(normalize(w) for w in ("إلى", "في", "على", "عن", "من", "بعد", "قبل", "عقب", "لدى"))


def sentence_subject(v: View, first: int, last: int) -> tuple[Speaker | None, str]:
    """The subject of the sentence's first verb and the verb's gender.

    The first verb is the first speech verb among the sentence's first eight
    words, else the first word, after a leading prepositional phrase closed
    by a comma ("وفي مارس/ آذار، قالت واشنطن").
    """
    k = None
    for i in range(first, min(last, first + 8)):
        if v.cue(i) is not None and not (i > first and after_preposition(v, i)):
            if PARTICIPLE_SUBJECTS and i > first and is_participle(v.word(i)):
                break  # "وتطرق باخ إلى هذه التقارير قائلاً:": a participle has no subject, the first verb's is the sentence's
            k = i
            break
    if k is None:
        i = first
        if v.in_set(i, PREP_OPENERS):
            j = i
            while j < last and v.toks[j].text not in ("،", ","):
                j += 1
            if j >= last - 1:
                return None, ""
            i = j + 1
        while i < last and (not v.toks[i].is_word or v.in_set(i, LEADING_PARTICLES)):
            i += 1
        if i >= last or v.entity_on(i) is not None:
            return None, ""  # a noun-first sentence: its topic is not a verb's subject
        k = i
    a, b = subject_range(v, k, last)
    sp, how = speaker_from_range(v, a, b)
    if how in ("entity", "title") and sp is not None:
        cue = v.cue(k)
        return sp, cue.gender if cue is not None else verb_gender(v.word(k))
    return None, ""


def sentence_phrase(v: View, first: int, last: int, sp: Speaker | None) -> str:
    """The words that named the sentence subject, title included ("معالي وزير الخارجية … الجبير")."""
    if sp is None or sp.span is None:
        return ""
    i = v.token_at(sp.span.start)
    j = i
    while j > first and j - i > -MAX_SUBJECT_TOKENS and (v.toks[j - 1].is_word and v.cue(j - 1) is None):
        j -= 1
    return v.text[v.toks[j].start:sp.span.end] if j < len(v.toks) else ""


LEADING_PARTICLES = frozenset({"لم", "لن", "لا", "قد", "وقد", "ولم", "ولن", "ولا", "كما", "وكما", "ثم"})
PREP_OPENERS = frozenset({"في", "فى", "وفي", "من", "ومن", "على", "وعلى", "بعد", "وبعد", "خلال", "وخلال", "منذ", "ومنذ"})


