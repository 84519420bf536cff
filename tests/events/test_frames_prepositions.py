"""After a preposition a word is a noun, even beside an actor: the prepositions are compared in the normalised view
the words are read in ("على" is "علي" there, "إلى" is "الي")."""

from __future__ import annotations

import pytest
from tests.events.conftest import make_article

from marsad.events.actors import mentions
from marsad.events.clauses import build_sentences
from marsad.events.cues import cues
from marsad.events.frames import _reading
from marsad.events.lexicon import lexicon
from marsad.language.tokens import sentences_of, tokens_of


@pytest.mark.parametrize("text", [
    "وحرصت روسيا على دعم إيران في المفاوضات.",
    "ودعت الصين إلى دعم روسيا بالسلاح.",
    "وحثت بريطانيا على الحوار وعلى دعم أوكرانيا.",
    "ودعت روسيا إلى الحوار وإلى دعم إيران.",
])
def test_a_word_after_a_preposition_is_a_noun(text: str) -> None:
    art = make_article(text)
    tokens = tokens_of(art)
    lex, cue = lexicon(), cues()
    (s,) = build_sentences(art, tokens, sentences_of(art), mentions(art, tokens), lex, cue)
    i = s.norms.index("دعم")
    reading = _reading(s, i, lex.analyse(s.norms[i], s.tokens[i].text))
    assert reading is not None and reading.tense == "noun"
