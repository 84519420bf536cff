"""A small rule-based Arabic light stemmer for search, and a skeleton key for broken plurals.

Search has to find "صاروخ" in "بصواريخ": a clitic (ب), a broken plural
(صواريخ for صاروخ) and, elsewhere, the article, suffixes and pronouns. Full
morphological analysis is slow (see FINDINGS.md), so the search index keeps
two cheap keys per word, both computed on normalised text
(`marsad.clean.normalize.normalize`):

1. `light_stem`: in the manner of Larkey's light10, strip a leading و, one
   article form (وال بال كال فال لل ال) or else one preposition (ب ل ك ف)
   when enough letters remain, then one suffix (ها ان ات ون ين يه ه ي هم
   هما كم نا تين تان).
2. `skeleton`: the light stem without its inner long vowels (ا و ي after the
   first letter). Most broken plurals differ from their singular by those
   letters alone (صواريخ/صاروخ -> صرخ, مدارس/مدرسة -> مدرس), so they share a
   skeleton. The key is coarse (صراخ also gives صرخ); search ranks exact
   word matches above stem and skeleton matches for that reason.

Both sides of a search (index and query) use the same functions, so an
over-eager strip ("بريطانيا" -> "ريطانيا") still matches itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.clean.normalize import DROP, FOLD, fold_char

# Runs of Arabic letters, Latin letters or digits in normalised text.
WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+|[A-Za-z\u00c0-\u024f]+|[0-9]+")
ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
PREPOSITIONS = ("ب", "ل", "ك", "ف")
SUFFIXES = ("هما", "تين", "تان", "ها", "ان", "ات", "ون", "ين", "يه", "هم", "كم", "نا", "ه", "ي")
LONG_VOWELS = frozenset("اوي")
MIN_STEM = 3


# `marsad.clean.normalize.normalize` as one translation table: the same mapping, done in C (indexing
# thousands of articles spends most of its time here otherwise)
_FOLD_TABLE = str.maketrans({ch: fold_char(ch) or None for ch in (*FOLD, *DROP)})


def fold(text: str) -> str:
    """`normalize(text)`, fast."""
    return text.translate(_FOLD_TABLE)


def words(text: str) -> list[str]:
    """The words of a text, normalised."""
    return WORD.findall(fold(text).lower())


def strip_prefix(word: str) -> str:
    """The word without a leading و and one article or preposition."""
    if word.startswith("و") and len(word) - 1 >= MIN_STEM:
        word = word[1:]
    for art in ARTICLES:
        if word.startswith(art) and len(word) - len(art) >= 2:
            return word[len(art):]
    for prep in PREPOSITIONS:
        if word.startswith(prep) and len(word) - 1 >= MIN_STEM + 1:
            return word[1:]
    return word


def strip_suffix(word: str) -> str:
    """The word without one suffix, keeping at least three letters."""
    for suf in SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= MIN_STEM:
            return word[: -len(suf)]
    return word


@lru_cache(maxsize=200_000)
def light_stem(word: str) -> str:
    """The light stem of one normalised word; non-Arabic words are returned as they are."""
    if not word or not ("\u0621" <= word[0] <= "\u06d3"):
        return word
    return strip_suffix(strip_prefix(word))


@lru_cache(maxsize=200_000)
def skeleton(stem: str) -> str:
    """The stem without inner long vowels, when at least three letters remain."""
    if not stem or not ("\u0621" <= stem[0] <= "\u06d3"):
        return stem
    key = stem[0] + "".join(ch for ch in stem[1:] if ch not in LONG_VOWELS)
    return key if len(key) >= MIN_STEM else stem
