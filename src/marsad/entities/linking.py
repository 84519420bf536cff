"""Registry matching over a token sequence, and the short-form rules that link later mentions to earlier names.

`registry_matches` walks the tokens left to right and keeps the longest registry match at each position
(names, agent phrases, titles; see `Registry.match`). `registry_tags` turns those matches into BIO tags, a
feature of the statistical recogniser. `alias_keys` lists the words of a full name that may stand for it
alone later in an article ("كيم" for "كيم جونغ أون", "بوتين" for "فلاديمير بوتين").
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.clean.normalize import normalize
from marsad.entities.registry import Match, Registry, registry

# Given names too common to stand for one person on their own, and name particles.
COMMON_GIVEN = frozenset(normalize(w) for w in (
    "محمد", "أحمد", "علي", "عبد", "عبدالله", "حسن", "حسين", "محمود", "مصطفى", "خالد", "عمر", "يوسف", "إبراهيم",
    "سعد", "سعيد", "صالح", "سلمان", "فيصل", "عبدالعزيز", "عبدالرحمن", "ناصر", "سلطان", "فهد", "تركي", "نايف",
    "جون", "جورج", "ديفيد", "مايكل", "مارك", "بيتر", "بول", "جيمس", "روبرت", "توماس", "ماريا", "آنا", "جان",
    "فلاديمير", "سيرغي", "ديمتري", "دميتري", "ألكسندر", "أندريه", "محمدا", "الشيخ", "الملك", "الأمير",
))
NOT_NAMES = frozenset(normalize(w) for w in ("الله", "تعالى"))
PARTICLES = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "أبي", "آل", "ال", "عبد", "دي", "دا",
                                             "فون", "دير", "لا", "لو", "الابن", "-"))


def registry_matches(norms: Sequence[str], date: str | None = None, reg: Registry | None = None
                     ) -> list[tuple[Match, int]]:
    """Non-overlapping longest matches, left to right, with each match's clitic prefix length."""
    reg = reg or registry()
    out: list[tuple[Match, int]] = []
    i = 0
    while i < len(norms):
        if not norms[i][:1].isalpha():
            i += 1
            continue
        m, pre = reg.match(norms, i, date)
        if m is None:
            i += 1
            continue
        out.append((m, pre))
        i = m.end
    return out


def registry_tags(norms: Sequence[str], date: str | None = None, reg: Registry | None = None) -> list[str]:
    """BIO tags of registry matches: B-PER, I-GPE, B-ORG...; title words are tagged T."""
    return tags_of(registry_matches(norms, date, reg), 0, len(norms))


def tags_of(matches: Sequence[tuple[Match, int]], start: int, end: int) -> list[str]:
    """BIO tags of tokens start..end from registry matches over a longer text (matches outside are ignored)."""
    tags = ["O"] * (end - start)
    for m, _ in matches:
        if m.end <= start or m.start >= end:
            continue
        if m.start < start or m.end > end:
            continue  # a match across a sentence boundary is not one within the sentence
        if m.kind == "title":
            for k in range(m.start, m.end):
                tags[k - start] = "B-TTL" if k == m.start else "I-TTL"
            continue
        first = m.start + m.skip
        for k in range(m.start, first):
            tags[k - start] = "B-TTL" if k == m.start else "I-TTL"
        for k in range(first, m.end):
            tags[k - start] = ("B-" if k == first else "I-") + m.type
    return tags


def alias_keys(name_norms: Sequence[str], first_too: bool = True) -> list[tuple[str, bool]]:
    """(word, is_last) pairs of a multi-word name that may later stand for the whole name alone.

    The last word (surname) may; with `first_too` the first word may as well when it is not a common given name
    or a particle (Korean and Chinese names put the family name first: "كيم"). Callers allow the first word for
    registry people only: a given name of an unknown person is too often someone else's."""
    words = [w for w in name_norms if w[:1].isalpha()]
    if len(words) < 2:
        return []
    out: list[tuple[str, bool]] = []
    last = words[-1]
    if len(last) >= 3 and last not in PARTICLES and last not in NOT_NAMES and not last.startswith("عبد") and last not in COMMON_GIVEN:
        out.append((last, True))
    first = words[0]
    if first_too and len(first) >= 3 and first not in COMMON_GIVEN and first not in PARTICLES and first != last \
            and not first.startswith("عبد"):
        out.append((first, False))
    return out
