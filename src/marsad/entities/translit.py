"""An English name for a person the registry does not know (data: `entities/translit.tsv`).

Steps of `romanize`:
1. The name's words are normalised (`marsad.clean.normalize.normalize`); particles take fixed news spellings
   ("بن" bin, "بنت" bint, "ابن" ibn, "أبو" Abu, "آل" Al, as in "Al Saud").
2. "عبد" joins the next word ("عبد الرحمن" and "عبدالرحمن" alike): "Abdullah" for "عبد الله", else the table's
   rendering of "عبد" ("Abdul") + the rest in lower case ("Abdulrahman"), unless the table knows the whole word.
3. A word with the article "ال" is "al-" + its stem's rendering ("العنزي" -> "al-Anazi"; "Al-" first in a name).
4. Other words: the table's most frequent rendering (built from name-pair lists by scripts/build_translit.py),
   else a nisba ("ـي") on a word the table has ("بغدادي" -> "baghdad" + "i"), else a rule romanisation
   (`spell`: a consonant map, long vowels from ا و ي, "a" between two consonants), so every person gets a
   name; such a name is a guess at pronunciation, not a spelling the person uses.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.clean.normalize import normalize
from marsad.resources import data_path

PARTICLES = {"بن": "bin", "بنت": "bint", "ابن": "ibn", "ابو": "Abu", "ال": "Al", "ابي": "Abi"}
# Given names whose first letters are not the article (إلياس and إلهام fold to الياس, الهام).
NOT_ARTICLE = {"الياس": "Elias", "الهام": "Elham"}
ABD = "عبد"
GOD = "الله"
# One Latin rendering per letter of the normalised text (ة is ه after normalisation, ى is ي).
CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ء": "", "ئ": "", "ؤ": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}
LONG = {"ا": "a", "و": "u", "ي": "i"}
GLIDE = {"و": "w", "ي": "y"}


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


def spell(word: str) -> str:
    """A rule romanisation of one normalised word, in lower case ("بوخش" -> "bukhash")."""
    out: list[str] = []
    prev_consonant = False
    for k, ch in enumerate(word):
        last = k == len(word) - 1
        if ch in LONG:
            nxt_vowel = not last and word[k + 1] in LONG
            if ch in GLIDE and (k == 0 or (nxt_vowel and ch != "ا")):
                # a word-initial و/ي, or one before a long vowel, is a consonant ("وليد", "سيارة")
                if prev_consonant:
                    out.append("a")
                out.append(GLIDE[ch])
                prev_consonant = True
                continue
            out.append(LONG[ch])
            prev_consonant = False
            continue
        if ch == "ه" and last and k > 0:
            out.append("a")  # the feminine ending (ة folded to ه): "فاطمة" -> "fatima"
            prev_consonant = False
            continue
        latin = CONSONANTS.get(ch)
        if latin is None:
            continue
        if prev_consonant:
            out.append("a")
        out.append(latin)
        prev_consonant = True
    return "".join(out)


def _word(stem: str) -> str:
    tab = table()
    found = tab.get(stem)
    if found:
        return found
    # a nisba the table lacks, made on a word it has: "بغدادي" from "بغداد"
    if stem.endswith("ي") and len(stem) >= 4 and stem[:-1] in tab:
        base = tab[stem[:-1]]
        return base if base.endswith(("i", "y")) else base + "i"
    return spell(stem)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _name_word(w: str, tab: dict[str, str]) -> str:
    """One name word without the article, capitalised; "عبد" + a name is one word ("العبدالعالي" too)."""
    if w.startswith(ABD) and len(w) > len(ABD) + 1 and w not in tab:
        rest = w[len(ABD):]
        if rest == GOD:
            return "Abdullah"
        stem = rest[2:] if rest.startswith("ال") and len(rest) > 3 else rest
        return _cap(tab.get(ABD, "abdul")) + _word(stem).lower()
    return _cap(_word(w))


def romanize(words: list[str]) -> str | None:
    """An English name for a person named by these Arabic words, or None when nothing can be spelled."""
    norms = [normalize(w) for w in words]
    norms = [w for w in norms if w]
    tab = table()
    out: list[str] = []
    i = 0
    while i < len(norms):
        w = norms[i]
        if w == ABD and i + 1 < len(norms):
            # "عبد الله" written as two words is one name
            w = w + norms[i + 1]
            i += 1
        i += 1
        if w in PARTICLES and out:
            out.append(PARTICLES[w] if w != "ال" else "Al")
            continue
        if w in PARTICLES and w != "ال":
            out.append(_cap(PARTICLES[w]))
            continue
        if w in NOT_ARTICLE:
            out.append(NOT_ARTICLE[w])
            continue
        if w.startswith("ال") and len(w) >= 4 and w != GOD:
            name = _name_word(w[2:], tab)
            if name:
                out.append(("Al-" if not out else "al-") + name)
            continue
        name = _name_word(w, tab)
        if name:
            out.append(name)
    if not any(ch.isalpha() for part in out for ch in part):
        return None
    return " ".join(out)
