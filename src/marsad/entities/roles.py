"""CAMEO roles from words: the heads of institution names and the titles of people (data: `entities/roles.tsv`).

Steps, as the entity stage uses them:
1. `RoleTable.institution(norms, i, ...)`: an institution head at token i ("وزارة", "جامعة", "محكمة", "مجلس
   النواب"; with ال and leading و/ب/ل/ف) and the extent of the name it starts: the genitive chain after an
   indefinite head ("مجلس شباب منطقة عسير"), adjectives after a definite word ("المحكمة المركزية"), a royal
   title and its name ("مدينة الملك عبدالله"), one purpose phrase with لـ ("للطاقة الذرية"), one "و" + noun
   ("للثقافة والفنون") and, in a chamber's name, one بـ + place ("بأبها"; `PLACED_NAMES_ONLY`). The role is the
   head's, unless a word inside fixes it ("الإدارة العامة للمرور" -> COP).
2. `RoleTable.person_role(norms, start, end, ...)`: a person's role from the nearest function title before
   the name ("محافظ بقيق محمد ..." -> GOV), honorifics and ranks skipped ("المتحدث باسم وزارة الداخلية
   اللواء ..."), or from a title right after it ("رودريش إجلر، رئيس المكتب ..."); a title whose role is "@X"
   takes the role of the institution it names ("مدير مستشفى بقيق" -> HLH). Without a function title, a rank
   gives the role (military ranks read as police in a sentence about the police).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from marsad.clean.normalize import normalize
from marsad.entities.registry import splits as clitic_splits
from marsad.resources import data_path

# Words that end an institution's name: function words, verbs of saying, time words, relative pronouns.
STOP = frozenset(normalize(w) for w in (
    "إن", "أن", "ان", "إنه", "أنه", "انه", "إنها", "أنها", "في", "من", "على", "إلى", "الى", "عن", "مع", "قد", "لا",
    "ما", "هو", "هي", "كان", "كانت", "قال", "قالت", "أمس", "اليوم", "الذي", "التي", "الذين", "اللذين", "بعد", "قبل",
    "و", "أو", "ثم", "حيث", "كما", "لكن", "عند", "منذ", "خلال", "حول", "ضد", "بين", "عبر", "لدى", "أي", "كل", "بعض",
    "هذا", "هذه", "ذلك", "تلك", "غدا", "صباح", "مساء", "يوم", "شرق", "غرب", "شمال", "جنوب", "وسط", "قرب", "أيضا",
    "له", "لها", "لهم", "به", "بها", "فيه", "فيها", "منه", "منها", "عنه", "عنها", "إلا", "بأن", "لأن", "حتى", "عام",
    "رقم", "نحو", "أكثر", "أقل", "أول", "ثاني", "لازال", "لازالت", "مازال", "مازالت", "لايزال", "لاتزال",
    "مايزال", "ماتزال", "ليس", "ليست", "كانوا"))
# Definite words that are not part of a name: time words, pronouns, honorifics that start a person's name.
DEF_STOP = frozenset(normalize(w) for w in (
    "اليوم", "الذي", "التي", "الذين", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية", "الحالي", "الحالية", "القادم", "القادمة",
    "الأسبوع", "الشهر", "العام", "السنة", "الآن", "الدكتور", "الدكتورة", "الأمير", "الأميرة", "الشيخ", "المهندس",
    "الأستاذ", "اللواء", "العقيد", "العميد", "الفريق", "السيد", "السيدة", "الرئيس", "الملك", "الوزير", "المستشار",
    "الرائد", "النقيب", "المقدم", "الجنرال", "المشير", "الى", "الا", "الاول", "الأول", "الأولى", "الثاني",
    "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الأخير", "الأخيرة", "المرة",
    # adjectives that take a complement end a name ("الجيش الوطني الموالي للحكومة", "اللجنة التابعة للوزارة")
    "الموالي", "الموالية", "الموالين", "التابع", "التابعة", "التابعين", "المؤيد", "المؤيدة", "المدعوم",
    "المدعومة"))
# Definite adjectives that follow a definite noun inside a name (nisba adjectives are recognised by ending).
ADJECTIVES = frozenset(normalize(w) for w in (
    "العام", "العامة", "العليا", "الأعلى", "الكبرى", "الكبير", "المركزي", "المركزية", "المتحدة", "الجديد",
    "الجديدة", "الخاص", "الخاصة", "المشترك", "المشتركة", "الموحد", "الموحدة", "الأهلي", "الأهلية", "الملكي",
    "الملكية", "الخيري", "الخيرية", "الاتحادي", "الاتحادية", "الوطني", "الوطنية", "الدولي", "الدولية",
    "الشعبي", "الشعبية", "الفرعية", "العسكري", "العسكرية", "المدني", "المدنية", "المختص", "المختصة", "الصناعية",
    "الصناعي", "التجارية", "التجاري", "الصحي", "الصحية", "الإداري", "الإدارية", "التنفيذي", "التنفيذية", "الدائم",
    "الدائمة", "المستقل", "المستقلة", "العربي", "العربية", "الإسلامي", "الإسلامية"))
# Royal titles inside an institution's name are followed by the name of the king or prince it is named after.
ROYAL = frozenset(normalize(w) for w in ("الملك", "الأمير", "الشيخ", "السلطان", "الإمام"))
# "عبد" and "أبو" written as a word of their own start a name the next word ends ("عبد العزيز", "أبو بكر").
SPLIT_ABD = frozenset(normalize(w) for w in ("عبد", "أبو", "أبي"))
MAX_NAME = 9


def nisba_like(word: str) -> bool:
    """A definite word ending like a nisba adjective (السعودية، الاتحادي، المركزية)."""
    return word.startswith("ال") and len(word) > 4 and (word.endswith("ي") or word.endswith("يه"))


@dataclass(frozen=True)
class Hit:
    """A table phrase found at a token: its length in tokens, its role, the proclitic's length, definiteness."""

    length: int
    role: str
    prefix: int
    definite: bool


@dataclass(frozen=True)
class RoleTable:
    heads: dict[tuple[str, ...], str]
    titles: dict[tuple[str, ...], str]
    ranks: dict[tuple[str, ...], str]
    modifiers: dict[str, str]
    police: frozenset[str]
    longest: int
    # (table, word) -> the word's clitic readings that start a phrase of the table: most words start none
    memo: dict[tuple[int, str], tuple[tuple[str, str], ...]] = field(default_factory=dict, repr=False,
                                                                    compare=False)
    starts: dict[int, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    # word -> whether a title or a rank may start at it (`opens`)
    opening: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def _starting(self, table: dict[tuple[str, ...], str], word: str) -> tuple[tuple[str, str], ...]:
        """The word's clitic readings that start a phrase of `table`."""
        mkey = (id(table), word)
        readings = self.memo.get(mkey)
        if readings is None:
            firsts = self.starts.get(id(table))
            if firsts is None:
                firsts = self.starts[id(table)] = frozenset(k[0] for k in table)
            readings = self.memo[mkey] = tuple(r for r in clitic_splits(word) if r[1] in firsts)
            if len(self.memo) > 100_000:
                self.memo.clear()
        return readings

    def opens(self, word: str) -> bool:
        """Whether a title or a rank may start at this word: elsewhere `title_at` and `rank_at` give None, and a
        pass that reads every token asks this first (most words start neither)."""
        got = self.opening.get(word)
        if got is None:
            if len(self.opening) > 100_000:
                self.opening.clear()
            got = self.opening[word] = bool(self._starting(self.titles, word) or self._starting(self.ranks, word))
        return got

    def find(self, table: dict[tuple[str, ...], str], norms: Sequence[str], i: int) -> Hit | None:
        """The longest phrase of `table` starting at token i, its first word with or without ال and clitics."""
        for pre, stem in self._starting(table, norms[i]):
            for n in range(min(self.longest, len(norms) - i), 0, -1):
                key = (stem, *norms[i + 1:i + n])
                role = table.get(key)
                if role is not None:
                    return Hit(n, role, len(pre), key[-1].startswith("ال"))
        return None

    def institution(self, norms: Sequence[str], i: int, place_at: Callable[[int], int],
                    namelike: Callable[[str], bool],
                    conjoined: Callable[[str], bool] = lambda w: True,
                    verblike: Callable[[str], bool] = lambda w: False,
                    known: Callable[[str], bool] = lambda w: False) -> tuple[int, str] | None:
        """(end token, role) of an institution name starting at token i, else None; role "^" when the words up
        to the end only lead to the institution that follows.

        `place_at(j)` gives the end of a place name at token j read after a leading بـ (0 when none);
        `namelike(word)` says whether an indefinite word can be a proper name (a trailing common word is cut);
        `conjoined(word)` whether a word starting with و is و + a word ("ودمياط") rather than a word ("واحة");
        `verblike(word)` whether an indefinite word reads as a verb or an adjective ("وزارة تقرر", "شركة
        نسائية"), which ends a genitive chain; `known(word)` whether a word is a name as it stands, so a first
        letter ب is no preposition ("جزيرة بويوكادا").
        """
        hit = self.find(self.heads, norms, i)
        if hit is None:
            return None
        if hit.role == "^":
            return i + hit.length, "^"  # "مجلس إدارة الجمعية": the board is named by the institution after it
        head_word = clitic_splits(norms[i])[-1][1]
        purpose_ok = not any(head_word.endswith(h) for h in ("وزاره", "صحيفه", "جريده", "محكمه"))
        j = i + hit.length
        last_def = hit.definite
        lam = False
        conj = 0
        ends: list[int] = [j] if hit.length >= 2 else []
        limit = min(len(norms), i + MAX_NAME)
        while j < limit:
            w = norms[j]
            if not w[:1].isalpha() or w in STOP:
                break
            if w in ROYAL and j + 1 < len(norms) and norms[j + 1][:1].isalpha() and norms[j + 1] not in STOP \
                    and not norms[j + 1].startswith("ال") and self.find(self.heads, norms, j + 1) is None:
                # (the word after the title is the name, unless it starts another: "كأس الملك نادي الشباب")
                j += 2  # "جامعة الملك سعود", "مدينة الملك عبدالله"
                if norms[j - 1] in SPLIT_ABD and j < len(norms) and norms[j][:1].isalpha():
                    j += 1  # "جامعة الملك عبد العزيز": عبد written apart is one name with the next word
                last_def = True
                ends.append(j)
                continue
            if norms[j - 1] in ROYAL and j == i + hit.length and not w.startswith("ال"):
                j += 1  # a head ending with a royal title: "مدينة الملك" + name
                if w in SPLIT_ABD and j < len(norms) and norms[j][:1].isalpha():
                    j += 1
                last_def = True
                ends.append(j)
                continue
            if w.startswith("ال"):
                if w in DEF_STOP:
                    break
                if not last_def or w in ADJECTIVES or nisba_like(w):
                    j += 1
                    last_def = True
                    ends.append(j)
                    continue
                break
            if w.startswith("لل") and purpose_ok and not lam and ("ا" + w[1:]) not in DEF_STOP:
                j += 1  # "للطاقة", "للثقافة"
                lam, last_def = True, True
                ends.append(j)
                continue
            if w.startswith("ل") and purpose_ok and not lam and j + 1 < len(norms) and len(w) > 3 \
                    and w[1] not in "تا" and norms[j + 1].startswith("ال") and norms[j + 1] not in DEF_STOP \
                    and ("ا" + w[1:]) not in DEF_STOP:
                # "لرعاية الأيتام"; a verbal noun of the تفعيل/إفعال kinds says what the body does, not its
                # name ("البنك التجاري لتحقيق النجاح")
                j += 1  # "لرعاية الأيتام", "لمرور القاهرة": the noun's own genitive follows
                lam, last_def = True, False
                continue
            if w.startswith("ب") and len(w) > 3 and not known(w):
                if w[1:] in REGION_WORDS or head_word.endswith("وزاره"):
                    # "قوات الطوارئ الخاصة بمنطقة عسير": a region word says where the body is, not its name; a
                    # ministry is the nation's ("مشاريع وزارة البلديات بمكة" are its projects in Mecca)
                    break
                end = place_at(j)
                if end > j and (not PLACED_NAMES_ONLY or any(head_word.endswith(h) for h in PLACE_NAMED_HEADS)):
                    ends.append(end)  # "الغرفة التجارية الصناعية بأبها": the place ends the name
                break
            if w.startswith("وال") and conj < 2 and (lam or j > i + hit.length) and w[1:] not in DEF_STOP \
                    and norms[j - 1].startswith(("ال", "لل") if conj == 0 else ("وال",)) \
                    and self.find(self.heads, norms, j) is None and not w.endswith(("ها", "هم", "هما")):
                # (after a definite word only: "شركة زين والزيادة في المصاريف" coordinates two nouns, not a name;
                # a third noun only right after a second: "للمواصفات والمقاييس والجودة"; "وآليتها" is و + a noun
                # with a pronoun, which normalisation makes look like و + ال)
                j += 1  # "للثقافة والفنون", "للتجارة والاستثمار"
                conj, last_def = conj + 1, True
                ends.append(j)
                continue
            if w.startswith("و") and conjoined(w):
                break
            if not last_def:
                if verblike(w):
                    break
                j += 1  # the genitive chain of an indefinite head: "مجلس شباب منطقة عسير"
                if namelike(w) or (j < len(norms) and norms[j].startswith("ال") and norms[j] not in DEF_STOP):
                    ends.append(j)
                continue
            break
        if not ends:
            return None
        end = max(ends)
        if end - i < 2:
            return None
        role = hit.role
        for k in range(i + hit.length, end if not role.startswith("=") else i):
            for _, stem in clitic_splits(norms[k]):
                if stem in self.modifiers:
                    role = self.modifiers[stem]
                    break
        return end, role

    def title_at(self, norms: Sequence[str], i: int) -> Hit | None:
        return self.find(self.titles, norms, i)

    def rank_at(self, norms: Sequence[str], i: int) -> Hit | None:
        hit = self.find(self.ranks, norms, i)
        if hit is not None and hit.prefix and norms[i][:hit.prefix] != "و" \
                and not any(stem in PLAIN_RANKS for _, stem in clitic_splits(norms[i])):
            return None  # "للفريق" is "for the team", not the rank; "للعقيد" can only be the colonel's
        if hit is not None and norms[i][hit.prefix:] in TEAM_RANKS and _team_context(norms, i):
            return None  # "المشرف العام على الفريق فلان", "مدرب الفريق فلان": the team's man, not a general
        return hit

    def police_sentence(self, norms: Sequence[str]) -> bool:
        return any(stem in self.police for w in norms for _, stem in clitic_splits(w))


# Round 22: a place after بـ says where a body is ("مستشفى الملك فهد بالدمام", "قوات الطوارئ بعسير", "المجلس البلدي
# بحائل"): the place is a mention of its own, as Arabic news names the body without it elsewhere. Chambers of
# commerce are the exception: each is named by its city ("الغرفة التجارية الصناعية بأبها" is the chamber of Abha),
# and the city is part of the name. Off, every head takes one بـ + place into its name.
PLACED_NAMES_ONLY = True
PLACE_NAMED_HEADS = tuple(normalize(w) for w in ("غرفة", "غرف"))
# Words for a region after بـ ("بمنطقة", "بمحافظة"): the place after them locates a body, it does not name it.
REGION_WORDS = frozenset(normalize(w) for w in ("منطقة", "محافظة", "مدينة", "مدينه"))
# Ranks that are no common noun, so a preposition before them ("للعقيد") still leaves a rank.
PLAIN_RANKS = frozenset(normalize(w) for w in ("عقيد", "مشير", "جنرال", "ملازم", "العقيد", "المشير", "الجنرال",
                                              "الملازم"))


# "الفريق" is a lieutenant general and a team: after a word of a team's staff (on its own or before "على") it is
# the team.
TEAM_RANKS = frozenset(normalize(w) for w in ("الفريق", "فريق"))
ALA = normalize("على")
TEAM_STAFF = frozenset(normalize(w) for w in (
    "مشرف", "المشرف", "العام", "مدرب", "المدرب", "مدربا", "لاعب", "اللاعب", "لاعبو", "لاعبي", "لاعبا", "إداري",
    "الإداري", "حارس", "مهاجم", "مدافع", "نجم", "هداف", "مدير", "جهاز", "الجهاز", "معسكر", "مباراة", "مباريات",
    "قائد"))


def _team_context(norms: Sequence[str], i: int) -> bool:
    prev = norms[i - 1] if i > 0 else ""
    if prev in TEAM_STAFF:
        return True
    return prev == ALA and i > 1 and norms[i - 2] in TEAM_STAFF


def _with_article(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    first = key[0]
    if first.startswith("ال"):
        return [key, (first[2:], *key[1:])]
    return [key, ("ال" + first, *key[1:])]


@cache
def role_table() -> RoleTable:
    """The packaged role table, read once per process."""
    tables: dict[str, dict[tuple[str, ...], str]] = {"H": {}, "T": {}, "R": {}}
    explicit: dict[str, set[tuple[str, ...]]] = {"H": set(), "T": set(), "R": set()}
    modifiers: dict[str, str] = {}
    police: set[str] = set()
    with data_path("entities", "roles.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                continue
            kind, phrase, role = cols[0], normalize(cols[1]), cols[2]
            role = "" if role == "-" else role
            if kind == "M":
                modifiers[phrase] = role
            elif kind == "P":
                police.add(phrase)
            elif kind in tables:
                key = tuple(phrase.split())
                explicit[kind].add(key)
                tables[kind][key] = role
    for kind, table in tables.items():
        for key, role in list(table.items()):
            if kind == "R":
                continue  # honorifics are written as they appear
            for alt in _with_article(key):
                # "أمير X" is a title, "الأمير" before a name an honorific: an explicit rank line wins
                if alt not in explicit[kind] and not (kind == "T" and alt in explicit["R"]):
                    table.setdefault(alt, role)
    longest = max((len(k) for t in tables.values() for k in t), default=1)
    return RoleTable(tables["H"], tables["T"], tables["R"], modifiers, frozenset(police), longest)
