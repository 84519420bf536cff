"""An event being built (`Draft`) and the trace of the trigger words that gave no event.

`code_article` makes a `Draft` for each trigger that passes the gates, fills in its arguments, status and
date step by step, and turns the drafts it keeps into `Event`s. `_note` records in `TRACE`, when it is a
list, why a trigger word gave no event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.actors import Group
from marsad.events.clauses import Sentence
from marsad.events.lexicon import Analysis

# when a list, `code_article` notes here why each trigger word gave no event: (start, end, reason) offsets
# into the text (bench/eval_events.py --explain); None in normal runs, so the coder does no extra work
TRACE: list[tuple[int, int, str]] | None = None


@dataclass
class Draft:
    """An event being built: the trigger, the code and what the coder found about it."""

    sent: Sentence
    i: int
    an: Analysis
    code: str
    source: Group | None = None
    target: Group | None = None
    status: str = "asserted"
    reported_by: str | None = None
    alleged_by: str | None = None
    denied_by: str | None = None
    background: bool = False
    date: str | None = None
    timex_future: bool = False
    window_end: int = 0
    embedded: bool = False  # made from another trigger's complement (an accusation's بـ)
    accuser: Group | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def root(self) -> str:
        return self.code[:2]


def _note(s: Sentence, i: int, reason: str) -> None:
    if TRACE is not None:
        TRACE.append((s.tokens[i].start, s.tokens[i].end, reason))
