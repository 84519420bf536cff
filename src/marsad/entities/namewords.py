"""Word lists and one-word tests about names that several entity passes share.

1. The edges of a name: function words a span never starts or ends with (`EDGE_STOP`), title words that never
   end (`TITLE_TAIL`) or start (`TITLE_HEAD`) a person's span, quantifiers before a noun (`QUANTIFIERS`), the
   بن/بنت/آل chain of a lineage (`PATRONYMIC`), words that say what a place is (`PLACE_WORDS`).
2. Tests on one word: a present-tense verb, never a name word (`_imperfect_verb`); a verb's or a verbal noun's
   form (`_verb_form`: "تجمعوا", "مبايعة"); "و" + a known name, the start
   of the next name in a list (`_coordinated`); a given name of the curated list (`_given_name_test`); two
   spellings of one transliterated name (`_near_spelling`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.clean.normalize import normalize
from marsad.entities.recognizer import recognizer
from marsad.entities.translit import edit_distance

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
# Title words a person's span never starts with (the title is not part of the name, docs/annotation.md).
TITLE_HEAD = frozenset(normalize(w) for w in ("الأمير", "الأميرة", "الشيخ", "الشيخة", "الملك", "الملكة", "الرئيس",
                                              "السيد", "السيدة", "الدكتور", "الدكتورة", "د", "المهندس", "الأستاذ",
                                              "اللواء", "العقيد", "الفريق", "العميد", "سمو", "معالي", "فضيلة"))
# Number words and quantifiers before a noun ("واحد الناجين", "أحد المسؤولين"), never the start of a name.
QUANTIFIERS = frozenset(normalize(w) for w in ("واحد", "أحد", "إحدى", "احد", "احدى", "بعض", "كل", "جميع", "معظم",
                                               "أغلب", "غالبية"))
# Nouns standing for people in general ("الجميع"): a person's span never ends with one, nor does a name hold one.
PRONOUN_NOUNS = frozenset(normalize(w) for w in ("الجميع", "جميعا", "جميعهم", "كلهم", "الكل", "بعضهم"))
QUANTIFIERS = QUANTIFIERS | PRONOUN_NOUNS
PATRONYMIC = frozenset(normalize(w) for w in ("بن", "بنت", "آل", "ابن"))
# "عبد" written apart from the divine name after it ("بن عبد العزيز"): the two words are one name in a chain.
ABD = normalize("عبد")
# Words that say what a place is ("مدينة عدن", "دولة الكويت", "منطقة عسير", "محافظة لحج"), left out of a known
# place's name.
PLACE_WORDS = frozenset(normalize(w) for w in ("مدينة", "دولة", "منطقة", "محافظة", "قرية"))


def _link_end(norms: Sequence[str], j: int) -> int:
    """Where the name after a بن/بنت/آل link at j - 1 ends: one word, two for "عبد" written apart ("عبد العزيز")."""
    if norms[j] == ABD and j + 1 < len(norms) and norms[j + 1].startswith("ال") and norms[j + 1][2:3].isalpha():
        return j + 2
    return j + 1


def _imperfect_verb(word: str, gazetteer: dict[str, str]) -> bool:
    """A present-tense verb ("فيدال يتواجد بالفعل"): a word in يـ/تـ that is no name word and is never seen with
    the article in the news (the word statistics' first digit)."""
    if word[:1] not in ("ي", "ت") or len(word) < 4 or {"P", "F"} & set(gazetteer.get(word, "")):
        return False
    rec = recognizer()
    stat = rec.lexicons.stats.get(word) if rec is not None else None
    if word.startswith(("يت", "يست", "تت", "تست")) and len(word) >= 5 and (stat is None or stat[:1] == "0"):
        # the prefixes of the derived verb forms V, VI and X ("يتعهد", "يتفاوض", "يستقبل"): a headline's
        # "name + verb" ends the name there, even when the verb is too rare in the news to have a rate
        return True
    # (a word seen too rarely to tell is left alone: "تيونج" is a name)
    return stat is not None and stat[:1] == "0" and stat[-1:] >= "1"


def _verb_form(word: str, gazetteer: dict[str, str]) -> bool:
    """A word whose form is a verb's or a verbal noun's, not a name's, unless the name lists know it: a past or
    imperative plural in ـوا ("تجمعوا", "وصلوا"), a verbal noun of form III مفاعلة ("مبايعة", "مشاركة")."""
    if gazetteer.get(word) or gazetteer.get(word[2:] if word.startswith("ال") else word):
        return False
    if len(word) >= 5 and word.endswith("وا") and word[-3] not in ("ا", "و"):  # ("أوتاوا": a name's ـاوا)
        return True
    stem = word[1:] if word[:1] in ("و", "ف", "ب", "ل") and len(word) == 7 else word
    return len(stem) == 6 and stem[0] == "م" and stem[2] == "ا" and stem[5] in ("ة", "ه") and "ا" not in stem[3:5]


def _coordinated(word: str, gazetteer: dict[str, str]) -> bool:
    """"و" + a known name word: the start of the next name in a list, not part of this one."""
    if not word.startswith("و") or len(word) < 4:
        return False
    rest = word[1:]
    if rest.startswith("عبد"):
        return True
    # a name list may hold the و-word itself (وليد، وسام): then it is one name, not و + a name; but the lists also
    # hold "وغدير", "وليلى" from lists of names copied with their conjunction, so a و-word counts as a name of its
    # own only when the curated list knows it or the news uses it as a word of its own (its word statistics)
    flags = gazetteer.get(rest, "")
    if not ("P" in flags or "F" in flags):
        return False
    return word not in gazetteer or not _own_name(word)


def _own_name(word: str) -> bool:
    """Whether a name-list word is a name as it stands: the curated given names or the news's word statistics
    know it."""
    given = _given_name_test()
    if given is not None and given(word):
        return True
    rec = recognizer()
    return rec is None or word in rec.lexicons.stats


def _given_name_test() -> Callable[[str], bool] | None:
    """Whether a word is a given name: the curated list of news spellings (translit) knows it."""
    from marsad.entities.translit import given_names

    names = given_names()
    return (lambda w: w in names) if names else None


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one transliterated name ("نارندر" / "ناريندرا"): same first two letters, at most two
    letters added, dropped or changed."""
    if a == b:
        return True
    if a[:2] != b[:2] or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    return edit_distance(a, b) <= 2
