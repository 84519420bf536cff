"""Arabic full-text search: what is indexed, how a query becomes FTS5 syntax, and snippets.

Indexing (`fts_columns`): the title and text normalised by
`marsad.clean.normalize.normalize` (no diacritics or tatweel; one alef, ya and
ta marbuta form), plus a column of light stems (with the words of the
entities' English canonical names) and one of skeleton keys
(`marsad.language.stem`).

Querying (`fts_query`):
1. text inside double quotes is a phrase, matched word for word on the text;
2. every other word of the query, normalised, matches its own form in any
   column, its light stem, or its skeleton key: "صاروخ" finds "بصواريخ";
3. all words must match (AND).
The user's text never reaches FTS5 syntax: only runs of letters and digits
are kept, and each is written as a quoted FTS5 string, so `" OR 1=1 --`,
`NEAR(` or `*` are plain words or nothing.

Snippets (`snippet`): found on the normalised view of the article text and
mapped back to offsets in the original text, so the page can highlight the
words the reader sees.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from marsad.clean.normalize import NormalizedText
from marsad.language.stem import WORD, fold, light_stem, skeleton, words

MAX_TERMS = 12
MAX_QUERY_CHARS = 500
PHRASE = re.compile(r'"([^"]*)"')
# bm25 weights for (title, body, stems, roots): exact words rank above stem and skeleton matches
WEIGHTS = (4.0, 2.0, 0.6, 0.3)


def fts_columns(title: str, text: str, ws: list[str] | None = None,
                names: Iterable[str] = ()) -> tuple[str, str, str, str]:
    """The four indexed columns of an article.

    `ws`: the words of `text`, when already computed; `names`: the English
    canonical names of its entities, indexed with the stems so that "Putin"
    finds the articles that name him in Arabic.
    """
    ws = words(text) if ws is None else ws
    stems = [light_stem(w) for w in ws]
    name_words = [w for name in names for w in words(name)]
    return (
        fold(title).lower(),
        fold(text).lower(),
        " ".join(dict.fromkeys([*stems, *name_words])),
        " ".join(dict.fromkeys(skeleton(s) for s in stems)),
    )


def _quote(term: str) -> str:
    # terms are runs of letters and digits already; doubling quotes keeps that true if WORD ever changes
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class ParsedQuery:
    phrases: tuple[tuple[str, ...], ...]
    terms: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.phrases and not self.terms


def parse(q: str) -> ParsedQuery:
    """Phrases and words of a user query, normalised, at most `MAX_TERMS` in all."""
    q = q[:MAX_QUERY_CHARS]
    phrases = []
    for m in PHRASE.finditer(q):
        ws = tuple(words(m.group(1)))
        if ws:
            phrases.append(ws)
    rest = PHRASE.sub(" ", q)
    terms = tuple(dict.fromkeys(words(rest)))
    budget = MAX_TERMS
    phrases = phrases[:budget]
    budget -= len(phrases)
    return ParsedQuery(tuple(phrases), terms[: max(0, budget)])


def fts_query(parsed: ParsedQuery) -> str | None:
    """The FTS5 MATCH expression for a parsed query, or None when nothing is left to search."""
    clauses = []
    for phrase in parsed.phrases:
        clauses.append("body : " + _quote(" ".join(phrase)))
    for term in parsed.terms:
        stem = light_stem(term)
        alts = [_quote(term), "stems : " + _quote(stem), "roots : " + _quote(skeleton(stem))]
        clauses.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(clauses) if clauses else None


def matches(word: str, parsed: ParsedQuery) -> bool:
    """Whether one normalised word of a text is a hit for the query."""
    stem = light_stem(word)
    key = skeleton(stem)
    for term in parsed.terms:
        t_stem = light_stem(term)
        if word == term or stem == t_stem or key == skeleton(t_stem):
            return True
    return any(word in phrase for phrase in parsed.phrases)


def hits(text: str, parsed: ParsedQuery, limit: int = 50) -> list[tuple[int, int]]:
    """Offsets in `text` of the words that match the query."""
    view = NormalizedText.of(text)
    out = []
    for m in WORD.finditer(view.text):
        if matches(m.group().lower(), parsed):
            out.append(view.span(m.start(), m.end()))
            if len(out) >= limit:
                break
    return out


def snippet(text: str, parsed: ParsedQuery, width: int = 90,
            named: Iterable[tuple[int, int, str]] = ()) -> dict[str, object]:
    """A window of the text around the first hit, with the hits inside it as offsets into the window.

    `named`: (start, end, canonical name) of the article's entities, so a
    search by English name ("Putin") shows the Arabic words it found.
    """
    found = hits(text, parsed)
    terms = set(parsed.terms)
    found += [(s, e) for s, e, name in named if terms & set(words(name))]
    found.sort()
    if not found:
        return {"text": text[: 2 * width], "start": 0, "hits": []}
    first = found[0][0]
    start = max(0, first - width)
    end = min(len(text), first + width)
    # widen to word boundaries so no word is cut
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    inside = [[s - start, e - start] for s, e in found if s >= start and e <= end]
    return {"text": text[start:end], "start": start, "hits": inside}
