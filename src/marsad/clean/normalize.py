"""A normalised view of Arabic text with an offset map back to the original.

Matchers search `NormalizedText.text`; `NormalizedText.span(start, end)` turns
a match back into offsets of the original text (a span ends after the diacritics
of its last letter, so no span parts a letter from its marks). Every transformation here
either maps one character to one character, or deletes one (diacritics,
tatweel, bidi marks), so the map stays monotone and in range. The one
exception is the Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF), which
some feeds still carry: one glyph such as "ﻷ" (lam with alef and hamza) folds to
its letters ("لا"), so several normalised characters may map to one source
character; the map is then non-decreasing, and a span ending inside such a
glyph takes the whole glyph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

DIACRITICS = frozenset(chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)])
TATWEEL = "\u0640"
# zero-width and direction marks carry no letters
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad")
ALEF_FORMS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
YA_FORMS = {"ى": "ي", "ی": "ي"}  # alef maqsura and Persian ya
TA_MARBUTA = {"ة": "ه"}
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
PUNCT = {"،": ",", "؛": ";", "؟": "?", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "٪": "%"}
OTHER = {"ک": "ك", "ھ": "ه", "ۀ": "ه"}


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun and Quranic marks."""
    return "".join(ch for ch in text if ch not in DIACRITICS)


def strip_tatweel(text: str) -> str:
    return text.replace(TATWEEL, "")


def normalize_alef(text: str) -> str:
    return "".join(ALEF_FORMS.get(ch, ch) for ch in text)


def normalize_ya(text: str) -> str:
    return "".join(YA_FORMS.get(ch, ch) for ch in text)


def normalize_ta_marbuta(text: str) -> str:
    return "".join(TA_MARBUTA.get(ch, ch) for ch in text)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII digits."""
    return "".join(DIGITS.get(ch, ch) for ch in text)


BASE_FOLD: dict[str, str] = {**ALEF_FORMS, **YA_FORMS, **TA_MARBUTA, **DIGITS, **PUNCT, **OTHER}
DROP = DIACRITICS | INVISIBLE | {TATWEEL}
PRESENTATION_RANGES = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))


def _presentation_forms() -> dict[str, str]:
    """Each Arabic presentation form as its plain letters (NFKC), folded like them; isolated vowel marks go."""
    out: dict[str, str] = {}
    for block in PRESENTATION_RANGES:
        for code in block:
            ch = chr(code)
            plain = unicodedata.normalize("NFKC", ch)
            if plain == ch or ch in DROP:
                continue
            # "\ufe76" is a space and a fatha: a mark written alone, nothing once the mark is dropped
            out[ch] = "".join("" if c in DROP else BASE_FOLD.get(c, c) for c in plain).strip()
    return out


FOLD: dict[str, str] = {**BASE_FOLD, **_presentation_forms()}


def fold_char(ch: str) -> str:
    """The normalised form of one character ('' when it is dropped)."""
    if ch in DROP:
        return ""
    return FOLD.get(ch, ch)


# one table for str.translate: the same folding as fold_char, at C speed
_TABLE: dict[int, str | None] = {ord(ch): None for ch in DROP} | {ord(k): v for k, v in FOLD.items()}


def normalize(text: str) -> str:
    """The normalised string alone, for lexicon keys and queries."""
    return text.translate(_TABLE)


def normalize_words(words: Iterable[str]) -> frozenset[str]:
    """A lexicon word list as a set of normalised keys."""
    return frozenset(normalize(w) for w in words)


def normalize_phrases(phrases: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    """A list of multi-word cues (lists of words) as normalised word tuples."""
    return tuple(tuple(normalize(w) for w in p) for p in phrases)


@dataclass(frozen=True)
class NormalizedText:
    """`text` normalised, with `index[i]` the offset in `source` of normalised char i.

    `index` has one extra final entry equal to `len(source)` so that an end
    offset maps cleanly.
    """

    source: str
    text: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, source: str) -> NormalizedText:
        out: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(source):
            folded = fold_char(ch)
            if folded:
                out.append(folded)
                index.extend([i] * len(folded))  # a presentation form may fold to several letters
        index.append(len(source))
        return cls(source, "".join(out), tuple(index))

    def to_source(self, pos: int) -> int:
        """Offset in `source` of the normalised offset `pos` (0..len(text))."""
        return self.index[pos]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets for the normalised range [start, end)."""
        if start >= end:
            s = self.index[start]
            return s, s
        # end maps to just after the last kept character and the diacritics written on it (a span never parts
        # a letter from its marks); a tatweel or an invisible mark after it stays out
        e = j = self.index[end - 1] + 1
        while j < len(self.source) and (self.source[j] in DIACRITICS or self.source[j] in INVISIBLE):
            j += 1
            if self.source[j - 1] in DIACRITICS:  # a mark pasted between the letter and its diacritic is no end
                e = j
        return self.index[start], e

    def from_source(self, pos: int) -> int:
        """The first normalised offset whose source offset is >= pos."""
        lo, hi = 0, len(self.index) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.index[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def finditer(self, pattern: re.Pattern[str]) -> list[tuple[int, int, re.Match[str]]]:
        """Matches of a pattern over the normalised text, as source offsets."""
        out = []
        for m in pattern.finditer(self.text):
            s, e = self.span(m.start(), m.end())
            out.append((s, e, m))
        return out
