"""Constructed articles for the event coder: the text, its entities and time expressions set by hand."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from marsad.article import Article, Entity, Publication, Section, Span, Timex
from marsad.events.coder import code_article
from marsad.language.tokens import tag_tokens

# name -> (type, actor code, canonical); longest names are matched first
ACTORS: dict[str, tuple[str, str, str]] = {
    "كيم جونغ أون": ("PER", "PRKGOV", "Kim Jong Un"),
    "كيم": ("PER", "PRKGOV", "Kim Jong Un"),
    "فلاديمير بوتين": ("PER", "RUSGOV", "Vladimir Putin"),
    "بوتين": ("PER", "RUSGOV", "Vladimir Putin"),
    "أردوغان": ("PER", "TURGOV", "Recep Tayyip Erdogan"),
    "كوريا الشمالية": ("GPE", "PRK", "North Korea"),
    "بيونغيانغ": ("GPE", "PRK", "Pyongyang"),
    "روسيا": ("GPE", "RUS", "Russia"),
    "موسكو": ("GPE", "RUS", "Moscow"),
    "أوكرانيا": ("GPE", "UKR", "Ukraine"),
    "كييف": ("GPE", "UKR", "Kyiv"),
    "الولايات المتحدة": ("GPE", "USA", "United States"),
    "واشنطن": ("GPE", "USA", "Washington"),
    "بريطانيا": ("GPE", "GBR", "United Kingdom"),
    "إيران": ("GPE", "IRN", "Iran"),
    "الصين": ("GPE", "CHN", "China"),
    "غزة": ("GPE", "PSE", "Gaza"),
    "حلب": ("GPE", "SYR", "Aleppo"),
    "إسرائيل": ("GPE", "ISR", "Israel"),
    "الشرطة الإيرانية": ("ORG", "IRNCOP", "Iranian police"),
    "الأمم المتحدة": ("ORG", "IGOUNO", "United Nations"),
    "وكالة الأنباء الروسية": ("ORG", "RUSMED", "Russian news agency"),
    "صحيفة الغارديان": ("ORG", "GBRMED", "The Guardian"),
}


def make_article(text: str, *, published: str = "2023-06-12", timexes: Sequence[tuple[str, str, str]] = (),
                 title: str | None = None, actors: dict[str, tuple[str, str, str]] | None = None) -> Article:
    """An article whose body is `text` (and title `title`), with entities found by name."""
    full = f"{title}\n\n{text}" if title else text
    art = Article(raw=full.encode("utf-8"), text=full, published=published)
    body_start = len(title) + 2 if title else 0
    if title:
        art.sections.append(Section("title", 0, len(title)))
    art.sections.append(Section("body", body_start, len(full)))
    art.paragraphs = [Span(body_start, len(full), full[body_start:])]
    tag_tokens.run(art)
    taken: list[tuple[int, int]] = []
    for name, (typ, code, canon) in sorted((actors or ACTORS).items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(name), full):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            art.entities.append(Entity(Span(m.start(), m.end(), name), typ, code, canon))
    art.entities.sort(key=lambda e: e.span.start)
    for phrase, value, granularity in timexes:
        for m in re.finditer(re.escape(phrase), full):
            art.timexes.append(Timex(Span(m.start(), m.end(), phrase), value, granularity))
    art.dates.publication = Publication(published, 0.9, False)
    return art


@pytest.fixture
def code() -> Callable[..., Article]:
    """Build a constructed article and code its events."""

    def run(text: str, **kwargs: object) -> Article:
        art = make_article(text, **kwargs)  # type: ignore[arg-type]
        art.events = code_article(art)
        for ev in art.events:
            assert art.text[ev.evidence.start : ev.evidence.end] == ev.evidence.text
        return art

    return run


def triples(art: Article) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.actor if e.source else None, e.target.actor if e.target else None, e.root) for e in art.events]


def switched(code: Callable[..., Article], monkeypatch: pytest.MonkeyPatch, name: str, on: bool, text: str,
             **kwargs: object) -> list[tuple[str | None, str | None, str]]:
    """The (source, target, root) triples of a text, sorted, coded with the events switch `name` on or off."""
    from marsad.events import switches

    monkeypatch.setattr(switches, name, on)
    return sorted(triples(code(text, **kwargs)), key=str)


def mention_codes(text: str, actors: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """The actor code the events stage reads for each mention of `text`, entities found by name."""
    from marsad.events.actors import mentions
    from marsad.language.tokens import tokens_of

    art = make_article(text, actors=actors)
    return {m.text: m.code for m in mentions(art, tokens_of(art))}


@pytest.fixture
def targetless_force(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 12 drops an attack, an assault or an occupation that names no coded target (FORCE_TARGET); the tests
    that use this check older rules (its doer, place, status) on such deeds."""
    from marsad.events import switches

    monkeypatch.setattr(switches, "FORCE_TARGET", False)
