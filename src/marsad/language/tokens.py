"""Tokens and sentences with offsets into `Article.text`, shared by every matcher.

A token keeps its surface form, its offsets and its normalised form
(`marsad.clean.normalize.normalize`). `clitic_splits` lists the readings of
a word with its leading proclitics (و ف ب ل ك س, the article ال) removed, the
first reading the longest strip; matchers try them against their lexicons,
so "وبيونغيانغ" and "لروسيا" find their entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.article import Article, Span
from marsad.clean.normalize import INVISIBLE as INVISIBLE_MARKS
from marsad.clean.normalize import normalize
from marsad.pipeline import stage

ARABIC_RUN = r"[\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06d5-\u06ed\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+"
# zero-width and direction marks (and the soft hyphen), as normalisation drops them: inside a word, even between a
# letter and its diacritic, they leave it one word; between words they are no token
INVISIBLE = "".join(sorted(INVISIBLE_MARKS))
# Arabic letters with their marks, Latin words, numbers with separators, or any single other symbol
TOKEN = re.compile(
    rf"{ARABIC_RUN}(?:[{INVISIBLE}]+{ARABIC_RUN})*"
    r"|[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?"
    r"|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,٫٬][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    rf"|[^\s{INVISIBLE}]"  # "وزير \u200fالخارجية" stays the two words of one title
)
SENTENCE_END = re.compile(rf"(?<=[.!?؟…])[\"'»”){INVISIBLE}]*\s+|\n+")
# A title abbreviated with a full stop before a name ("د. فلان", "م. فلان", "أ.د. فلان", "ود. فلان") ends no
# sentence. Letters from counts over the SaudiNewsNet sample (18,672 articles; docs/cleaning.md): "د." 631 times
# before a word on its line (0 at a line end), "م." 119 (not after a number or هـ; after one it is the year's
# marker "2015م." and came 250 times), "أ." 29 and "أ.د." 22. Other lone letters are rarer and mixed ("الفئة ب."
# ends a sentence), and Latin letters and their Arabic names end acronyms that close sentences ("بي بي سي.").
TITLE_ABBREVIATIONS = True
TITLE_LETTERS = frozenset("دمأ")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0640-\u065f\u0670]")
DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
YEAR_BEFORE = re.compile(r"(?:[0-9\u0660-\u0669\u06f0-\u06f9]|هـ|(?<![\u0621-\u064a\u0640])ه)[ \t\u00a0]*$")
PROCLITIC_CONJ = ("و", "ف")
PROCLITIC_PREP = ("ب", "ل", "ك")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    norm: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalpha()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`; offsets are shifted by `offset` (for tokenising a slice)."""
    return [Token(m.start() + offset, m.end() + offset, m.group(), normalize(m.group())) for m in TOKEN.finditer(text)]


def clitic_splits(word: str) -> list[tuple[str, str]]:
    """(prefix, stem) readings of a normalised word, longest prefix first, the bare word last.

    Only stems of 2+ letters are offered; "لل" is read as ل + ال.
    """
    out: list[tuple[str, str]] = []
    seen = {word}
    prefixes: list[str] = []
    for c in ("", *PROCLITIC_CONJ):
        for p in ("", *PROCLITIC_PREP, "س"):
            if p == "س" and c == "":
                continue
            prefixes.append(c + p)
    for pre in sorted(set(prefixes), key=len, reverse=True):
        if not pre or not word.startswith(pre):
            continue
        stem = word[len(pre):]
        if pre.endswith("ل") and stem.startswith("ل") and len(stem) > 2:
            # لل + noun = ل + ال + noun
            cand = "ا" + stem
            if cand not in seen:
                out.append((pre[:-1] + "ل", cand))
                seen.add(cand)
        if len(stem) >= 2 and stem not in seen:
            out.append((pre, stem))
            seen.add(stem)
    out.append(("", word))
    return out


def strip_article(word: str) -> str:
    """The word without the definite article ال when what is left has 2+ letters."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of text[start:end]: split after . ! ? ؟ … and at line breaks, but not after the full stop of a
    title abbreviation followed by a word on its line ("قال د. فلان")."""
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    for m in SENTENCE_END.finditer(text, start, end):
        if TITLE_ABBREVIATIONS and _title_stop(text, pos, m.start(), m.end(), end):
            continue
        if m.start() > pos:
            s, e = _trim(text, pos, m.start())
            if e > s:
                out.append(Span(s, e, text[s:e]))
        pos = m.end()
    if pos < end:
        s, e = _trim(text, pos, end)
        if e > s:
            out.append(Span(s, e, text[s:e]))
    return out


def _title_stop(text: str, lo: int, dot_end: int, after: int, end: int) -> bool:
    """Whether the full stop before `dot_end` closes a title abbreviation with a word after it on the same line:
    one title letter (a conjunction و before it allowed) standing alone, not after a number or هـ."""
    gap = text[dot_end:after]
    if not gap.isspace() or "\n" in gap or "\r" in gap or after >= end or not text[after].isalpha():
        return False  # a line break or a closing quote after the stop, or no word on the line
    if dot_end - 2 < lo or text[dot_end - 1] != "." or text[dot_end - 2] not in TITLE_LETTERS:
        return False
    j = dot_end - 2  # the letter
    if j - 1 >= lo and text[j - 1] == "و":
        j -= 1
    if j - 1 >= lo and (ARABIC_LETTER.match(text[j - 1]) or DIGIT.match(text[j - 1])):
        return False  # the last letter of a word ("جدد.") or a year's marker ("2015م.")
    # "عام 2015 م.", "1436 هـ م.": a number or the Hijri marker before it makes it the Gregorian year's marker
    return not YEAR_BEFORE.search(text, lo, j)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    # invisible marks at the edges go with the spaces: a sentence of nothing else has no words, so it is none
    while s < e and (text[s].isspace() or text[s] in INVISIBLE_MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in INVISIBLE_MARKS):
        e -= 1
    return s, e


@stage("tokens", requires={"text"}, assigns={"tokens", "sentences"})
def tag_tokens(art: Article) -> None:
    """Tokens of the whole text and sentence spans per section, kept in `art.annotations`."""
    art.annotations["tokens"] = tokenize(art.text)
    sents: list[Span] = []
    for sec in art.sections:
        sents.extend(sentences(art.text, sec.start, sec.end))
    art.annotations["sentences"] = sents


def tokens_of(art: Article) -> list[Token]:
    toks = art.annotations.get("tokens")
    if toks is None:
        tag_tokens.run(art)
        toks = art.annotations["tokens"]
    return list(toks)


def sentences_of(art: Article) -> list[Span]:
    sents = art.annotations.get("sentences")
    if sents is None:
        tag_tokens.run(art)
        sents = art.annotations["sentences"]
    return list(sents)
