"""The shallow fallback reads a source's place only when the source stands in the clause's sentence
(`switches.FALLBACK_OWN_PLACE`): a doer carried from an earlier sentence has that sentence's token positions."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.events import switches

# the minister arrives at the end of a long first sentence; the next sentence's meeting carries him ("معاليه")
TEXT = ("خبر\n\nوصل إلى العاصمة النمساوية فيينا مساء أمس في زيارة رسمية تستغرق يومين وزير الخارجية السعودي عادل "
        "الجبير. وقال معاليه للصحفيين عقب لقائه وزير الخارجية الأمريكي جون كيري إن المحادثات تناولت الملف الإيراني.")


def _triples() -> list[tuple[str | None, str | None, str]]:
    art = analyze(TEXT, published="2015-08-01")
    return [(e.source.actor if e.source else None, e.target.actor if e.target else None, e.root) for e in art.events]


def test_a_carried_doer_leaves_the_target_search_at_the_trigger() -> None:
    assert ("SAUGOV", "USAGOV", "04") in _triples()


def test_without_the_switch_the_meeting_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(switches, "FALLBACK_OWN_PLACE", False)
    assert ("SAUGOV", "USAGOV", "04") not in _triples()
