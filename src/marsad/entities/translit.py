"""An English name for a person the registry does not know (data: `entities/curated/given_names.tsv`,
`entities/curated/name_words.tsv`, `entities/translit.tsv`).

The convention is the one English-language Gulf newspapers follow, which is also how marsad's annotators write
names: "Mohammed", "Fahd", "Saeed", "Abdulaziz", "bin", and family names as "Al-Xxx". People of Egypt, the
Levant and North Africa take their own press's spellings ("Mohamed", "Abdel Fattah"; `EGYPT_STYLE`), people of
Iran and Afghanistan the Persian forms of given names ("Mohammad", "Hossein"; `PERSIAN_STYLE`).

Steps of `romanize`:
1. The name's words are normalised (`marsad.clean.normalize.normalize`); particles take fixed news spellings
   ("بن" bin, "بنت" bint, "ابن" ibn, "أبو"/"أبي" Abu: a kunya keeps the nominative whatever its case, as in
   "Abu Bakr"; "آل" Al, as in "Al Saud").
2. "عبد" joins the next word ("عبد الرحمن" and "عبدالرحمن" alike): a compound the given-name list knows takes
   its spelling, else "Abdul" + the rest in lower case ("Abdulrahman"), "Abdel " + the rest capitalised in the Egyptian
   style.
3. A bare word: the given-name list (the news spelling of ~150 frequent names), else the curated name words
   that are no given names ("الدين" al-Din, frequent Gulf family names as "الشمري" Al-Shammari), else the
   name-pair table's most frequent rendering (built from name-pair lists by scripts/build_translit.py; in the
   Gulf style not one that writes ج as g, "Rageh"), else a nisba ("ـي") on a word the table has ("بغدادي" ->
   "baghdad" + "i", but not on a weak letter: "بلوي" is Balawi), else the rule romanisation (`spell`): Arabic
   syllables (CV, CVV, CVC: "برقاوي" Barqawi, not Baraqawi), the participle فاعل with e ("راجح" Rajeh).
4. A word with the article "ال" is a family name or a nisba: "Al-" + its stem. The table serves it only when
   the rendering is a plausible spelling of an Arabic nisba (ending in i or y when the stem ends in ي): the
   name lists are mostly Western names in Arabic script, and "فريدي" there is "Freddie", not "Furaidi".
   A family name's initial ي is y ("اليوبي" Al-Yubi), whatever the lists spell with j.
   Otherwise `spell_family`: the diminutive pattern Gulf family names mostly follow (فُعَيْل: "العتيبي"
   Al-Otaibi, "المطيري" Al-Mutairi, "العويد" Al-Owaid), the participle prefix مُـ ("المتحمي" Al-Mutahami),
   then `spell`. Such a name is a guess at pronunciation, not a spelling the person uses.
5. A bare word neither list knows, in a name that is not Arabic by its other words (no Arabic given name of the
   list, particle, "عبد" or family name with the article) and without letters that foreign names hardly use
   (ح خ ع ص ض ظ ذ ث ق, hamza), is a foreign name: the learned model spells it (`Model`, data
   `entities/translit_model.tsv.gz`, built by scripts/build_translit_model.py). Foreign names write their vowels
   as letters and have consonant clusters, so the rules' short vowels misspell them ("كروكر" Crocker, not
   Karukar). The model is a joint-sequence model: n-grams of graphones (one or two Arabic letters joined to
   zero to four English ones, "ك|ck"), searched left to right with a beam for the likeliest English letters;
   among the close guesses, one that the training names have gets a small bonus (`KNOWN_BONUS`).
"""

from __future__ import annotations

import gzip
import io
import math
from collections.abc import Iterable
from functools import lru_cache

from marsad.clean.normalize import normalize
from marsad.resources import data_path

PARTICLES = {"بن": "bin", "بنت": "bint", "ابن": "ibn", "ابو": "Abu", "ال": "Al", "ابي": "Abu"}
ABD = "عبد"
GOD = "الله"
# Countries whose English-language press spells names the Egyptian and Levantine way ("Mohamed", "Abdel ").
EGYPT_STYLE = frozenset({"EGY", "SDN", "LBY", "TUN", "DZA", "MAR", "MRT", "LBN", "SYR", "JOR", "PSE"})
# Countries whose names English-language news spells in their Persian forms ("Mohammad", "Hossein", "Mehdi").
PERSIAN_STYLE = frozenset({"IRN", "AFG"})
# One Latin rendering per letter of the normalised text (ة is ه after normalisation, ى is ي).
CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ء": "", "ئ": "", "ؤ": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}
# The Gulf press writes ض and ظ as "dh" (Riyadh, Al-Fadhli, Dhahran); Egypt's and the Levant's as d and z.
GULF = {**CONSONANTS, "ض": "dh", "ظ": "dh"}
LONG = {"ا": "a", "و": "u", "ي": "i"}
# What a Latin spelling of a word may start with, by the word's first letter: a rendering from the name-pair
# lists that starts otherwise spells another word ("السيسي" is not "Ceesy").
INITIALS = {
    "ا": "aeiou", "ع": "aeiou", "ب": "bp", "ت": "t", "ث": "ts", "ج": "jgd", "ح": "h", "خ": "kh", "د": "d", "ذ": "dzt",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "zd", "غ": "gr", "ف": "fp", "ق": "qkg",
    "ك": "kc", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "wvou", "ي": "yjie",
}
GLIDE = {"و": "w", "ي": "y"}
# Letters of Arabic words that transcriptions of foreign names hardly need (each in under 2.5% of the name words
# of the Wikidata tuning slice, which also holds Arabic names); خ is Russian kh and German ch too, but such
# names are mostly in the table already.
ARABIC_ONLY = frozenset("حخعصضظذثقءئؤ")


def edit_distance(a: str, b: str) -> int:
    """Letters added, dropped or changed to turn one spelling into the other (Levenshtein)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Arabic name word (normalised, without the article) -> its English rendering in lower case."""
    out: dict[str, str] = {}
    try:
        text = data_path("entities", "translit.tsv").read_text(encoding="utf-8")
    except OSError:
        return out
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] and parts[1]:
            out[parts[0]] = parts[1]
    return out


@lru_cache(maxsize=1)
def given_names() -> dict[str, tuple[str, str]]:
    """Normalised given name -> (Gulf spelling, Egyptian and Levantine spelling)."""
    return _spellings("curated/given_names.tsv")


@lru_cache(maxsize=1)
def name_words() -> dict[str, tuple[str, str]]:
    """Normalised name word that is no given name ("الدين" of compounds, family names of public figures) ->
    (Gulf spelling, Egyptian and Levantine spelling)."""
    return _spellings("curated/name_words.tsv")


@lru_cache(maxsize=1)
def persian_names() -> dict[str, str]:
    """Normalised given name -> its Persian spelling, for people of Iran and Afghanistan (the fourth column of
    the given-name list, where it has one)."""
    out: dict[str, str] = {}
    try:
        text = data_path("entities", "curated/given_names.tsv").read_text(encoding="utf-8")
    except OSError:
        return out
    for line in text.splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) > 3 and parts[3].strip() not in ("", "-"):
            out.setdefault(normalize(parts[0].strip()), parts[3].strip())
    return out


def _spellings(name: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    try:
        text = data_path("entities", name).read_text(encoding="utf-8")
    except OSError:
        return out
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 2 or not parts[1].strip():
            continue
        gulf = parts[1].strip()
        other = parts[2].strip() if len(parts) > 2 and parts[2].strip() not in ("", "-") else gulf
        out.setdefault(normalize(parts[0].strip()), (gulf, other))
    return out


def spell(word: str, egypt: bool = False, patterns: bool = True) -> str:
    """A rule romanisation of one normalised word, in lower case ("بوخش" -> "bukhash")."""
    letters = CONSONANTS if egypt else GULF
    if patterns and len(word) == 4 and word[1] == "ا" and (_consonant(word[0]) or word[0] == "و") \
            and _consonant(word[3]):
        # the active participle فاعل, the commonest shape of Arabic name words, with e as the Gulf press writes it
        # too ("سالم" Salem, "راجح" Rajeh, "الوابل" Al-Wabel; the name-pair lists agree two to one); a hollow
        # one has y ("فايز" Fayez, "الدايل" Al-Dayel) and a final ع the vowel a ("الشايع" Al-Shaya)
        first = GLIDE["و"] if word[0] == "و" else letters[word[0]]
        if word[2] == "ي":
            return first + "ay" + ("a" if word[3] == "ع" else "e" + letters[word[3]])
        if _consonant(word[2]):
            return first + "a" + letters[word[2]] + "e" + letters[word[3]]
    out: list[str] = []
    prev_consonant = False
    # whether the previous consonant followed a vowel and so may close that syllable: a consonant after it opens
    # the next one with no vowel between ("برقاوي" Barqawi, "سلمان" Salman, "الأخزمي" Al-Akhzami, not Baraqawi),
    # as Arabic syllables are CV, CVV and CVC; a silent ع or hamza closes none ("شعلان" Shaalan)
    prev_coda = False
    if word.startswith(("او", "اي")) and len(word) > 3:
        # a foreign name's initial vowel ("اوهورو" Uhuru, "ايفانكا" Ivanka): the alef only carries it
        out.append("u" if word[1] == "و" else "i")
        word = word[2:]
    for k, ch in enumerate(word):
        last = k == len(word) - 1
        if ch in LONG:
            nxt_vowel = not last and word[k + 1] in LONG
            if ch in GLIDE and ((k == 0 and not out) or (nxt_vowel and ch != "ا")):
                # a word-initial و/ي, or one before a long vowel, is a consonant ("وليد", "سيارة")
                if prev_consonant:
                    out.append("a")
                out.append(GLIDE[ch])
                prev_consonant, prev_coda = True, False
                continue
            out.append(LONG[ch])
            prev_consonant = False
            continue
        if ch == "ه" and last and k > 0:
            out.append("a")  # the feminine ending (ة folded to ه): "فاطمة" -> "fatima"
            prev_consonant = False
            continue
        latin = letters.get(ch)
        if latin is None:
            continue
        after_vowel = bool(out) and not prev_consonant
        if prev_consonant:
            # a word's last consonant takes a vowel before it: "خلف" Khalaf, "عرفج" Arfaj
            after_vowel = not (prev_coda and not last)
            if after_vowel:
                out.append("a")
        out.append(latin)
        prev_consonant, prev_coda = True, after_vowel and latin != ""
    return "".join(out)


def _consonant(ch: str) -> bool:
    return ch in CONSONANTS and ch not in "ءئؤ"


def _ending(stem: str) -> tuple[str, str]:
    """(core, Latin ending) of a family-name stem: the nisba ي, the ان of فعلان, the feminine ه."""
    if len(stem) >= 4 and stem.endswith("ي"):
        return stem[:-1], "i"
    if len(stem) >= 5 and stem.endswith("ان"):
        return stem[:-2], "an"
    if len(stem) >= 4 and stem.endswith("ه"):
        return stem[:-1], "a"
    return stem, ""


def _diminutive(c: str) -> bool:
    """Whether a stem has the shape of the diminutive فُعَيْل or فُعَيْلِل (C C ي C, C C ي C C)."""
    return len(c) in (4, 5) and c[2] == "ي" and _consonant(c[0]) and c[1] != "ا" and _consonant(c[-1]) \
        and (len(c) == 4 or _consonant(c[3]))


def spell_family(stem: str, egypt: bool = False) -> str:
    """A rule romanisation of a family name or nisba (the stem after "ال"), in lower case."""
    letters = CONSONANTS if egypt else GULF
    core, end = _ending(stem)
    c = core
    if _diminutive(c):
        # the diminutive فُعَيْل (فُعَيْلِل): C1 u C2 ai C3 (i C4); an initial ع is written O (Otaibi, Owaid)
        first = "o" if c[0] == "ع" else letters[c[0]] + "u"
        second = GLIDE.get(c[1]) or letters.get(c[1], "")
        body = first + second + "ai" + letters[c[3]]
        if len(c) == 5:
            # a final ع takes the vowel a: "الرويتع" Al-Ruwaita, "مشيمع" Mushaima
            body += "a" if c[4] == "ع" and not end else "i" + letters[c[4]]
        if end == "i" and body.endswith("ai"):
            end = "e"  # "السبيعي": Subaie, not Subaii
        return body + end
    if stem[:1] == "م" and len(stem) >= 4 and _consonant(stem[1]) and _consonant(stem[2]):
        # the participle prefix مُـ before a consonant cluster: "المتحمي" Mutahami, "المبطي" Mubti; "a" parts
        # two letters that would read as one ("t" + "h" is not "th")
        second, rest = letters[stem[1]], spell(stem[2:], egypt)
        return "mu" + second + ("a" if second + rest[:1] in DIGRAPHS else "") + rest
    if core.endswith("ع") and end == "i" and len(core) >= 3:
        # a nisba on a final ع: "البازعي" Al-Bazie, as "السبيعي" Al-Subaie
        return spell(core, egypt, patterns=False).removesuffix("a") + "ie"
    return spell(stem, egypt)


DIGRAPHS = frozenset({"th", "sh", "kh", "dh", "gh"})


def _word(stem: str, egypt: bool, foreign: bool = False) -> str:
    names = given_names().get(stem) or name_words().get(stem)
    if names:
        return names[1] if egypt else names[0]
    tab = table()
    found = tab.get(stem)
    if found and (egypt or (foreign and foreign_word(stem)) or _gulf(stem, found)):
        return found
    if foreign and foreign_word(stem) and len(stem) <= MAX_LETTERS:
        learned = model()
        guess = learned.spell(stem) if learned else None
        if guess and guess[0]:
            return guess[0]
    # a nisba the table lacks, made on a word it has: "بغدادي" from "بغداد"
    if _nisba_base(stem) and stem[:-1] in tab:
        base = tab[stem[:-1]]
        return base if base.endswith(("i", "y")) else base + "i"
    return spell(stem, egypt)


def _family(stem: str, egypt: bool) -> str:
    """The rendering of a word that had the article: a family name or nisba."""
    if stem.startswith(ABD):
        return _name_word(stem, egypt)
    names = given_names().get(stem) or name_words().get(stem)
    if names:
        return names[1] if egypt else names[0]  # "الوليد": Al-Walid
    tab = table()
    found = tab.get(stem)
    if found and (not stem.endswith("ي") or found.endswith(("i", "y"))) and _spells(stem, found, family=True) \
            and (egypt or _gulf(stem, found)):
        return found
    if _nisba_base(stem) and stem[:-1] in tab and not tab[stem[:-1]].endswith(("i", "y")) \
            and not _diminutive(stem[:-1]) and _spells(stem, tab[stem[:-1]], family=True):
        return tab[stem[:-1]] + "i"
    return spell_family(stem, egypt)


def _nisba_base(stem: str) -> bool:
    """Whether a word ending in ي is a nisba on the word before it. A weak letter before the ي belongs to the
    nisba itself: "بلوي" is Balawi (of the tribe Bali), not "blue" + i."""
    return len(stem) >= 4 and stem.endswith("ي") and stem[-2] not in LONG


def _gulf(stem: str, latin: str) -> bool:
    """Whether a rendering from the name-pair lists may serve the Gulf style: ج written g is Egyptian ("راجح"
    Rageh, "جبران" Gebran), which the Gulf press writes j."""
    return "ج" not in stem or "j" in latin or "g" not in latin


def _spells(stem: str, latin: str, family: bool = False) -> bool:
    """Whether a Latin rendering can spell this Arabic word, judged by its first letter. A family name or
    nisba is Arabic: its initial ي is y ("اليوبي" Al-Yubi), whatever Western names the lists spell with j."""
    if family and stem[:1] == "ي":
        return latin[:1] == "y"
    return latin[:1] in INITIALS.get(stem[:1], latin[:1])


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def foreign_word(word: str) -> bool:
    """Whether a word may be a foreign name: none of the letters that Arabic names have and foreign names
    written in Arabic script hardly ever use (ح خ ع ص ض ظ ذ ث ق, hamza on a seat)."""
    return len(word) >= 2 and not any(ch in ARABIC_ONLY for ch in word)


def foreign_name(norms: list[str]) -> bool:
    """Whether a name of two or more words reads as foreign: no sign of an Arabic name and every word free of
    the letters foreign names hardly use."""
    return len(norms) >= 2 and not _arabic_name(norms) and all(foreign_word(w) for w in norms)


def _arabic_name(norms: list[str]) -> bool:
    """Whether a name is Arabic by its other words: an Arabic given name of the curated list (its foreign
    entries, "الكسندر", start like the article), a particle, "عبد", or a family name with the article."""
    for w in norms:
        if w in PARTICLES or w == ABD or w.startswith((ABD, "ابو")):
            return True
        if w in given_names():
            if not w.startswith("ال"):
                return True
        elif w.startswith("ال") and len(w) >= 4:
            return True
    return False


def _name_word(w: str, egypt: bool, foreign: bool = False) -> str:
    """One name word without the article, capitalised; "عبد" + a name is one word ("العبدالعالي" too)."""
    names = given_names().get(w)
    if names:
        return names[1] if egypt else names[0]
    if w.startswith(ABD) and len(w) > len(ABD) + 1 and w not in table():
        rest = w[len(ABD):]
        if rest == GOD:
            return "Abdullah"
        stem = rest[2:] if rest.startswith("ال") and len(rest) > 3 else rest
        tail = _word(stem, egypt)
        return "Abdel " + _cap(tail) if egypt else "Abdul" + tail.lower()
    return _cap(_word(w, egypt, foreign))


def romanize(words: list[str], country: str | None = None) -> str | None:
    """An English name for a person named by these Arabic words (of `country`, an ISO3 code, when known),
    or None when nothing can be spelled."""
    norms = [normalize(w) for w in words]
    norms = [w for w in norms if w]
    egypt = (country or "")[:3] in EGYPT_STYLE
    persian = persian_names() if (country or "")[:3] in PERSIAN_STYLE else {}
    if norms and norms[0][:1] in "وبلفك" and norms[0][1:] in PARTICLES and len(norms[0]) > 3:
        norms[0] = norms[0][1:]  # a proclitic the span kept on a kunya: "بأبي بكر"
    foreign = not _arabic_name(norms)
    out: list[str] = []
    i = 0
    while i < len(norms):
        w = norms[i]
        if w == ABD and i + 1 < len(norms):
            # "عبد الله" written as two words is one name
            w = w + norms[i + 1]
            i += 1
        i += 1
        if w in persian:
            out.append(persian[w])
            continue
        if w in PARTICLES and out:
            out.append(PARTICLES[w] if w != "ال" else "Al")
            continue
        if w in PARTICLES and w != "ال":
            out.append(_cap(PARTICLES[w]))
            continue
        if w.startswith(("ابو", "ابي")) and len(w) >= 6 and w[2:] not in given_names():
            # "أبوالفضل" written as one word is the kunya "Abu al-Fadl"
            out.append("Abu")
            w = w[3:]
        if w.startswith("ال") and w in given_names():
            # a given name whose first letters are not the article ("الكسندر", "إلياس" folded to "الياس")
            out.append(_name_word(w, egypt))
            continue
        if w.startswith("ال") and len(w) >= 4 and w != GOD:
            name = _cap(_family(w[2:], egypt))
            if name:
                out.append("Al-" + name)
            continue
        name = _name_word(w, egypt, foreign)
        if name:
            out.append(name)
    if not any(ch.isalpha() for part in out for ch in part):
        return None
    return " ".join(out)


# Graphones tried per Arabic chunk, hypotheses kept per position of the search.
CANDIDATES = 20
BEAM = 4
# log10 odds given to a spelling the training names have over the model's other guesses
KNOWN_BONUS = 0.5
# Longer "words" are no names; the search time grows with the length.
MAX_LETTERS = 30
# Spellings `Model.spell` keeps (a few MB at most); past it the memo starts again.
SPELT_LIMIT = 20_000


class Model:
    """The joint-sequence model of `scripts/build_translit_model.py`: graphone n-grams in backoff form.

    An n-gram is kept as one int, its graphone ids (from 1) packed `bits` bits apiece with the last graphone
    lowest, so a history's shorter suffixes are masks of it: the table stays small and lookups cheap."""

    def __init__(self, text: str) -> None:
        self.order = 1
        self.tokens: dict[int, str] = {}
        self.prob: dict[int, float] = {}
        self.bow: dict[int, float] = {}
        self.known: set[str] = set()
        self.known_bonus = KNOWN_BONUS
        self.spelt: dict[tuple[str, int, float], tuple[str, float] | None] = {}  # `spell`'s answers so far
        for line in io.StringIO(text):
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "order" and len(parts) == 2:
                self.order = int(parts[1])
            elif parts[0] == "g" and len(parts) == 3:
                self.tokens[int(parts[1]) + 1] = parts[2]
            elif parts[0] == "w":
                self.known.update(parts[1:])
        self.bits = max(self.tokens, default=1).bit_length()
        for line in io.StringIO(text):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[0] not in ("g", "w") and not line.startswith("#"):
                key = self.pack(int(t) + 1 for t in parts[0].split())
                if parts[1]:
                    self.prob[key] = float(parts[1])
                if parts[2]:
                    self.bow[key] = float(parts[2])
        ids = {t: i for i, t in self.tokens.items()}
        self.start = ids.get("<s>", 0)
        self.end = ids.get("</s>", 0)
        # per Arabic chunk, its graphones (English chunk, id), the likeliest first and only the likelier ones:
        # a chunk's rare renderings only slow the search down
        chunks: dict[str, list[tuple[float, str, int]]] = {}
        for i, tok in self.tokens.items():
            ar, sep, en = tok.partition("|")
            if sep and i in self.prob:
                chunks.setdefault(ar, []).append((self.prob[i], en, i))
        self.chunks = {ar: [(en, i) for _, en, i in sorted(c, reverse=True)[:CANDIDATES]] for ar, c in chunks.items()}
        self.longest = max((len(ar) for ar in self.chunks), default=1)

    def pack(self, ids: Iterable[int]) -> int:
        key = 0
        for i in ids:
            key = (key << self.bits) | i
        return key

    def logp(self, hist: int, tok: int) -> float:
        """log10 P(tok | hist), backing off through the shorter suffixes of the packed history."""
        backoff = 0.0
        k = (hist.bit_length() + self.bits - 1) // self.bits
        while k >= 0:
            h = hist & ((1 << (self.bits * k)) - 1)
            p = self.prob.get((h << self.bits) | tok)
            if p is not None:
                return backoff + p
            backoff += self.bow.get(h, 0.0) if k else 0.0
            k -= 1
        return backoff - 7.0

    def spell(self, word: str, beam: int = BEAM) -> tuple[str, float] | None:
        """The likeliest Latin spelling of a normalised Arabic word and its log10 probability per letter."""
        # the search is the costliest step of naming a person the registry does not know, and a name recurs: in
        # the article (the full name, then the surname), across articles, and in the entity stage's second run
        # over the same article (`stage.tag_entities`); the answer depends on the word and the settings alone
        key = (word, beam, self.known_bonus)
        try:
            return self.spelt[key]
        except KeyError:
            pass
        if len(self.spelt) >= SPELT_LIMIT:
            self.spelt.clear()
        got = self.spelt[key] = self._search(word, beam)
        return got

    def _search(self, word: str, beam: int) -> tuple[str, float] | None:
        """The beam search of `spell`."""
        if not self.start or not self.end:
            return None
        n = len(word)
        mask = (1 << (self.bits * (self.order - 1))) - 1
        # hypotheses ending at each position, keyed by their n-gram history (paths with one history recombine)
        stacks: list[dict[int, tuple[float, str]]] = [{} for _ in range(n + 1)]
        stacks[0][self.start] = (0.0, "")
        for pos in range(n):
            if not stacks[pos]:
                continue
            best = sorted(stacks[pos].items(), key=lambda kv: -kv[1][0])[:beam]
            for hist, (score, text) in best:
                for k in range(1, self.longest + 1):
                    if pos + k > n:
                        break
                    for en, tok in self.chunks.get(word[pos:pos + k], ()):
                        s = score + self.logp(hist, tok)
                        nh = ((hist << self.bits) | tok) & mask
                        old = stacks[pos + k].get(nh)
                        if old is None or s > old[0]:
                            stacks[pos + k][nh] = (s, text + en)
        finals: dict[str, float] = {}
        for hist, (score, text) in stacks[n].items():
            s = score + self.logp(hist, self.end)
            finals[text] = max(s, finals.get(text, -math.inf))
        if not finals:
            return None
        # a spelling that names in the training lists have is likelier than the model alone says: the model
        # knows letter sequences, not which of its close guesses is a name ("Osborne", not "Osburn")
        text, score = max(finals.items(), key=lambda kv: kv[1] + (self.known_bonus if kv[0] in self.known else 0.0))
        return text, score / max(n, 1)


@lru_cache(maxsize=1)
def model() -> Model | None:
    try:
        return Model(gzip.decompress(data_path("entities", "translit_model.tsv.gz").read_bytes()).decode("utf-8"))
    except (OSError, ValueError, EOFError):
        return None
