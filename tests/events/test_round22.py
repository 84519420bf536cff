"""Round-22 lexicon entries (docs/events.md "Round 22"), checked on invented sentences: what "عبّر عن" expresses
decides its code as it does for "أعرب عن"; condolences in the singular ("عزائه")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الرئيس المصري": ("PER", "EGYGOV", "Abdel Fattah el-Sisi"),
        "سلمان": ("PER", "SAUGOV", "King Salman"),
        }


def _events(code: Code, text: str) -> list[tuple[str | None, str | None, str]]:
    art = code(text, actors=MORE, published="2015-08-07")
    return [(e.source.actor if e.source else None, e.target.actor if e.target else None, e.code) for e in art.events]


@pytest.mark.parametrize(("text", "want"), [
    # congratulations expressed with عبّر, as with أعرب: praise (051)
    ("وعبر الرئيس المصري عن أصدق التهاني للملك سلمان بمناسبة عيد الفطر.", ("EGYGOV", "SAUGOV", "051")),
    # condolences in the singular with a pronoun ("عزائه"), with either verb: an empathetic comment (018)
    ("وعبر الرئيس المصري عن عزائه للملك سلمان في ضحايا الحادث.", ("EGYGOV", "SAUGOV", "018")),
    ("وأعرب الرئيس المصري عن عزائه ومواساته للملك سلمان في ضحايا الحادث.", ("EGYGOV", "SAUGOV", "018")),
])
def test_what_is_expressed_decides_the_code(code: Code, text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(code, text)

