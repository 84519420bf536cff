"""Property: whatever the words, entity spans stay inside the text and match it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.article import Article, Section
from marsad.entities.stage import tag_entities
from marsad.language.tokens import tag_tokens

WORDS = ["روسيا", "لروسيا", "الرئيس", "الروسي", "فلاديمير", "بوتين", "كيم", "جونغ", "أون", "وقال", "إن", "الجيش",
         "الأميركية", "المخابرات", "للأمم", "المتحدة", "،", ".", "\n\n", "محمد", "بن", "سلمان", "و", "ـ", "\u064e",
         "abc", "2023", "زعيم", "كوريا", "الشمالية", "فاغنر", "مجموعة", "واشنطن", "«", "»"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_spans_always_match_the_text(words: list[str]) -> None:
    text = " ".join(words)
    art = Article(raw=text.encode("utf-8"), text=text, published="2023-06-12", sections=[Section("body", 0, len(text))])
    tag_tokens.run(art)
    tag_entities.run(art)
    last = -1
    for e in art.entities:
        assert 0 <= e.span.start < e.span.end <= len(text)
        assert text[e.span.start:e.span.end] == e.span.text
        assert e.span.start >= last  # in order, no overlaps
        last = e.span.end
