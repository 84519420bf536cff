"""What the time stage finds in a short text, for the rule tests: (span text, value, type) per expression."""

from __future__ import annotations

from marsad.time.stage import tag_text

PUB = "2015-07-23"  # a Thursday, 7 Shawwal 1436


def found(text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    art = tag_text(text, published=published)
    for t in art.timexes:
        assert art.text[t.span.start:t.span.end] == t.span.text
    return [(t.span.text, t.value, t.type) for t in art.timexes]


def one(text: str, published: str = PUB) -> tuple[str, str | None, str]:
    got = found(text, published)
    assert len(got) == 1, got
    return got[0]
