"""Sentences cut into segments and subclauses, with their actor groups: the frame the coder reads.

A segment ends at a comma, semicolon or colon, before a verb trigger joined by و/ف ("…، ودافع عن…"),
before a clause opener (بينما، حيث، الذي، وهو ما…). A subclause starts inside a segment at a
complementizer (أن، إن، بأن) or a relative pronoun: a subject before a verb (SVO) is looked for
only inside the verb's subclause. A sentence cut after a one-letter title ("د. عزام") is joined again, and
a place-and-time phrase between commas ("، في قصر الضيافة يوم أمس،") ends no segment.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from marsad.article import Article, Span
from marsad.events.actors import Group, Mention, group, locate
from marsad.events.cues import Cues
from marsad.events.lexicon import Lexicon
from marsad.language.tokens import Token

PUNCT = frozenset({",", ";", ":", "–", "—"})  # brackets and hyphens stay inside a clause ("يوليو (تموز)")
QUOTE = frozenset({'"', "'", "“", "”"})
ADVERBS = frozenset({"اليوم", "امس", "غدا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
                     "صباح", "مساء", "ظهر", "الماضي", "الجاري"})


@dataclass
class Sentence:
    index: int
    span: Span
    tokens: list[Token]
    norms: list[str]
    groups: list[Group]
    group_at: list[int]  # token -> index in `groups`, or -1
    seg_of: list[int]  # token -> segment index
    segments: list[tuple[int, int]]
    sub_of: list[int]  # token -> subclause index
    subs: list[tuple[int, int]]
    sub_opener: list[str]  # the word that opens each subclause ("" for the segment's first)
    paragraph: int
    section: str | None
    subject: list[Group] = field(default_factory=list)  # the running subject, updated while coding
    unknown: frozenset[int] = frozenset()  # tokens of names the entities stage could not code

    def group_starting(self, i: int) -> Group | None:
        k = self.group_at[i] if 0 <= i < len(self.tokens) else -1
        return self.groups[k] if k >= 0 and self.groups[k].t0 == i else None

    def group_ending(self, i: int) -> Group | None:
        """The group whose last token is i."""
        k = self.group_at[i] if 0 <= i < len(self.tokens) else -1
        return self.groups[k] if k >= 0 and self.groups[k].t1 == i + 1 else None


def build_sentences(art: Article, tokens: list[Token], sents: list[Span], mentions: list[Mention],
                    lex: Lexicon, cues: Cues, unknown: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """The article's sentences (title, lead and body; captions describe a photo, not news)."""
    starts = [t.start for t in tokens]
    m_starts = [m.start for m in mentions]
    para_starts = [p.start for p in art.paragraphs]
    out: list[Sentence] = []
    joiners = cues.skippers
    for span in _join_abbreviations(art.text, sents):
        section = art.section_of(span.start)
        if section == "caption":
            continue
        a, b = bisect_left(starts, span.start), bisect_left(starts, span.end)
        toks = tokens[a:b]
        if not toks:
            continue
        norms = [t.norm for t in toks]
        for k in range(1, len(norms) - 1):
            if norms[k] == "." and norms[k - 1] in TITLE_LETTERS and toks[k - 1].start > span.start:
                norms[k] = TITLE_DOT  # "د. عزام": the title's dot, no full stop
        lo, hi = bisect_left(m_starts, span.start), bisect_left(m_starts, span.end)
        local = [Mention(m.start, m.end, m.text, m.code, m.canonical, m.kind) for m in mentions[lo:hi] if m.end <= span.end]
        local = locate(local, toks, 0)
        groups = group(local, norms, joiners)
        group_at = [-1] * len(toks)
        for k, g in enumerate(groups):
            for j in range(g.t0, g.t1):
                group_at[j] = k
        segments, seg_of, subs, sub_of, openers = _cut(norms, group_at, lex, cues)
        para = bisect_left(para_starts, span.start + 1) - 1 if section == "body" else -1
        here = [(a, b) for a, b in (unknown or ()) if span.start <= a < span.end]
        names = frozenset(k for k, t in enumerate(toks) if here and group_at[k] < 0 and any(
            a <= t.start < b or t.start <= a < t.end for a, b in here))
        out.append(Sentence(len(out), span, toks, norms, groups, group_at, seg_of, segments, sub_of, subs, openers,
                            para, section, unknown=names))
    return out


# one-letter titles before a name ("د. عزام الدخيل", "م. خالد", "أ. سعيد"): their dot ends no sentence
TITLE_LETTERS = frozenset("دمأا")
TITLE_DOT = "·"


def _join_abbreviations(text: str, sents: list[Span]) -> list[Span]:
    """Sentence spans with those cut after a one-letter title joined to the next one."""
    out: list[Span] = []
    for span in sents:
        if out:
            last = out[-1]
            tail = last.text.rstrip(".").split()
            if (last.text.endswith(".") and tail and len(tail[-1]) == 1 and tail[-1] in TITLE_LETTERS
                    and len(tail) > 1 and not text[last.end : span.start].count("\n")):
                out[-1] = Span(last.start, span.end, text[last.start : span.end])
                continue
        out.append(span)
    return out


# openers that are also plain words: "غير أن" (however) opens a clause, "زيارة غير مسبوقة" (un-) does not
BOUND_OPENERS = frozenset({"غير", "وغير", "بيد"})


def _that_follows(norms: list[str], i: int) -> bool:
    return i + 1 < len(norms) and norms[i + 1] in ("ان", "انه", "انها", "انهم")


ADJUNCT_REACH = 7  # words of a place-and-time phrase set off by commas


def _adjunct_end(norms: list[str], i: int, lex: Lexicon, cues: Cues) -> int:
    """The comma closing a place-and-time phrase that opens at i ("، في قصر اليمامة بالرياض أمس،"), or -1:
    a phrase opened by في with no verb and no complementizer before the next comma."""
    if i >= len(norms) or norms[i] not in ("في", "وفي"):
        return -1
    for k in range(i + 1, min(len(norms), i + ADJUNCT_REACH + 1)):
        w = norms[k]
        if w in PUNCT:
            return k if w == "," and k > i + 1 else -1
        if w in cues.complementizers or w in cues.relatives or w in QUOTE or any(
                a.tense in ("past", "pres") for a in lex.analyse(w)):
            return -1
    return -1


def _cut(norms: list[str], group_at: list[int], lex: Lexicon, cues: Cues) -> tuple[
        list[tuple[int, int]], list[int], list[tuple[int, int]], list[int], list[str]]:
    n = len(norms)
    seg_breaks: set[int] = {0}
    sub_breaks: dict[int, str] = {0: ""}
    for i, w in enumerate(norms):
        if group_at[i] >= 0:
            continue
        if w in PUNCT and i + 1 < n:
            seg_breaks.add(i + 1)
        elif i > 0 and w[:1] in ("و", "ف") and any(a.tense in ("past", "pres") and a.prefix[:1] in ("و", "ف")
                                                   for a in lex.analyse(w)):
            seg_breaks.add(i)
        elif i > 0 and w in cues.clause_openers and not (w in BOUND_OPENERS and not _that_follows(norms, i)):
            seg_breaks.add(i)
        elif i > 0 and (w in cues.complementizers or w in cues.relatives):
            sub_breaks[i] = w
    for i in range(n - 2):
        # "وواصلت المقاتلات، أمس، قصف…", "وزير الدفاع، اليوم (الخميس)، اجتماعا": an adverb between commas
        # does not end the clause
        if norms[i] not in PUNCT:
            continue
        k = i + 1
        while k < n and k - i <= 5 and (norms[k] in cues.skippers or norms[k] in ADVERBS or norms[k] in "()"):
            k += 1
        if k > i + 1 and k < n and norms[k] in PUNCT:
            seg_breaks.discard(i + 1)
            seg_breaks.discard(k + 1)
            continue
        k = _adjunct_end(norms, i + 1, lex, cues)
        if k > 0:
            seg_breaks.discard(i + 1)  # "استقبل الأمير، في قصر الضيافة يوم أمس، وزير التجارة": place and time
            seg_breaks.discard(k + 1)
    for b in seg_breaks:
        sub_breaks.setdefault(b, "")
    seg_list = sorted(seg_breaks)
    segments = [(s, e) for s, e in zip(seg_list, [*seg_list[1:], n], strict=True)]
    seg_of = [0] * n
    for k, (s, e) in enumerate(segments):
        for j in range(s, e):
            seg_of[j] = k
    sub_list = sorted(sub_breaks)
    subs = [(s, e) for s, e in zip(sub_list, [*sub_list[1:], n], strict=True)]
    sub_of = [0] * n
    for k, (s, e) in enumerate(subs):
        for j in range(s, e):
            sub_of[j] = k
    return segments, seg_of, subs, sub_of, [sub_breaks[s] for s in sub_list]
