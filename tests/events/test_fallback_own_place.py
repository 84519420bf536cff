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


def test_a_subject_made_in_the_sentence_keeps_its_place() -> None:
    """A subject the coder makes from this sentence's words ("مسؤول في خفر السواحل…" read as the state's government,
    "عشرات الأشخاص", "هجوم انتحاري") is in none of its groups but stands in it: the target is looked for after it,
    not among its own words."""
    from marsad.events import coder
    from marsad.events.actors import Group, Mention
    from marsad.events.cues import cues
    from marsad.events.draft import Draft
    from marsad.events.lexicon import lexicon
    from marsad.events.targets import _fallback

    art = analyze("خبر\n\nوانتقد مسؤول في خفر السواحل الماليزية الحكومة الإندونيسية.")
    s = coder.read_sentences(art)[1][-1]
    an = next(a for a in lexicon().analyse(s.norms[0], s.tokens[0].text) if a.tense == "past")
    a, b = s.tokens[1].start, s.tokens[5].end
    made = Group([Mention(a, b, art.text[a:b], "MYSGOV", None, "ORG", 1, 6)], 1, 6)
    d = Draft(sent=s, i=0, an=an, code="111", source=made)
    assert _fallback(d, s, 0, len(s.norms), cues())
    assert d.target is not None and d.target.head.code == "IDNGOV"  # not "خفر السواحل", inside the subject
