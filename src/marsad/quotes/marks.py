"""Quotation marks: pair them into quoted spans, the way real Arabic pages write them.

Arabic pages mix «…», "…", “…” (often mirrored as ”…“ in right-to-left
text), „…", ″ for a closing mark, and '…' or ‘…’. Marks are paired per
paragraph:

1. Each mark gets its possible roles from its neighbours: « only opens,
   » only closes; a symmetric mark (" “ ” „ ″) opens when a word follows
   it and it stands after a space, a bracket or a one-letter proclitic
   (و"…", ب"…", لـ"…"), and closes when a word or a stop comes before it
   and a space or a stop follows. A mark with spaces on both sides
   (جمعية " كفى ") may do either.
2. Marks are paired with a stack, double and single marks apart; a mark
   that can close pops the open one, otherwise it opens. Mixed pairs
   («…" or "…») are accepted: pages mix them.
3. Only the outermost pairs are kept (a name quoted inside a quotation
   belongs to it). An opening mark left open at the end of the paragraph
   runs to the paragraph's end (a quotation whose closing mark the page
   dropped).
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = frozenset("«")
DOUBLE_CLOSE = frozenset("»")
DOUBLE_SYMMETRIC = frozenset('"“”„″')
SINGLE_SYMMETRIC = frozenset("'‘’")
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_SYMMETRIC | SINGLE_SYMMETRIC
PROCLITICS = frozenset("وبلفك")
OPEN_BEFORE = frozenset("([{:،,؛;-–—/\u0640")  # tatweel: لـ"…"
STOPS = frozenset(".,،؛;:!?؟…)]}-–—")


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: `start`/`end` bound the words inside the marks (marks excluded)."""

    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the page left it open
    start: int
    end: int


def _is_space(ch: str) -> bool:
    return ch.isspace()


def _roles(text: str, i: int, lo: int, hi: int, symmetric: bool = False) -> tuple[bool, bool]:
    """(can_open, can_close) of the mark at text[i] within the paragraph [lo, hi)."""
    ch = text[i]
    if ch in DOUBLE_OPEN and not symmetric:
        return True, False
    if ch in DOUBLE_CLOSE and not symmetric:
        return False, True
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    before_ok = (
        _is_space(prev)
        or prev in OPEN_BEFORE
        or (prev in PROCLITICS and (i - 1 == lo or _is_space(text[i - 2]) or text[i - 2] in PROCLITICS))
    )
    can_open = before_ok and (not _is_space(nxt) or prev in (":", "\u0640")) and nxt not in STOPS
    can_close = (not _is_space(prev) and (_is_space(nxt) or nxt in STOPS or nxt in ALL_MARKS)) or (
        _is_space(prev) and nxt in STOPS)  # "… الوصفية "، أما": a closing mark with a stray space before it
    if ch in SINGLE_SYMMETRIC and prev.isalpha() and nxt.isalpha():
        return False, False  # an apostrophe inside a word (O'Brien, transliterations)
    if _is_space(prev) and _is_space(nxt) and ch not in SINGLE_SYMMETRIC:
        return True, True
    return can_open, can_close


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ALL_MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ALL_MARKS or text[e - 1] in ".،,؛;:"):
        e -= 1
    return s, e


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Line spans of the text (a paragraph is a line; blank lines separate nothing more)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def find_quoted(text: str, lo: int = 0, hi: int | None = None) -> list[Quoted]:
    """Outermost quoted spans of text[lo:hi], paragraph by paragraph."""
    hi = len(text) if hi is None else hi
    out: list[Quoted] = []
    carry = False
    for plo, phi in paragraph_bounds(text):
        if phi <= lo or plo >= hi:
            continue
        found = _pair(text, max(plo, lo), min(phi, hi), carry)
        out.extend(found)
        carry = bool(found) and found[-1].close_at is None
    return out


def _pair(text: str, lo: int, hi: int, carry: bool = False) -> list[Quoted]:
    """Quoted spans of one paragraph; with `carry`, the previous paragraph left a quotation open, and a
    closing mark met before any opening one ends its continuation ("وأضاف: "… .\n… عليه".")."""
    pairs: list[tuple[int, int | None]] = []
    para = text[lo:hi]
    # a paragraph using one guillemet for both ends (":» … »") treats it as a symmetric mark
    lone = (para.count("«") == 0 and para.count("»") >= 2) or (para.count("»") == 0 and para.count("«") >= 2)
    for family in (DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_SYMMETRIC, SINGLE_SYMMETRIC):
        stack: list[int] = []
        for i in range(lo, hi):
            if text[i] not in family:
                continue
            can_open, can_close = _roles(text, i, lo, hi, symmetric=lone)
            if can_open and can_close and stack and text[stack[-1]] in DOUBLE_OPEN and _is_space(text[i - 1]):
                can_close = False  # a symmetric mark after a space inside «…» opens a nested quotation
            if can_close and stack:
                pairs.append((stack.pop(), i))
            elif can_close and carry and not pairs and family is not SINGLE_SYMMETRIC and not (
                    can_open and text[i - 1].isspace()):
                pairs.append((lo - 1, i))  # the paragraph continues a quotation opened in the one before
                carry = False
            elif can_open:
                stack.append(i)
        if stack:
            pairs.append((stack[0], None))  # the outermost mark left open runs to the paragraph end
    pairs.sort()
    out: list[Quoted] = []
    reach = -1
    for s, e in pairs:
        end_mark = e if e is not None else hi
        if s < reach:
            continue  # nested inside an outer quotation
        a, b = _trim(text, s + 1, end_mark)
        if b > a:
            out.append(Quoted(s if s >= lo else a, e, a, b))
        reach = end_mark + 1 if e is not None else hi
    return out
