"""Actors named again: pronouns, honorifics, definite nouns, duals and quoted speakers.

`_resolve` gives a pronoun the nearest actor of its gender before it (this sentence, then the two before
in its paragraph; an actor of the clause before a preposition's object; else the actor the paragraph is
about). `_honorific_subject` takes "معاليه", "سموه", "فخامته" to the last person named with a title of
that rank; `_definite_anaphor` takes "المحكمة" to the body named before by a name with that head;
`_pair_anaphor` takes "الجانبان", "البلدين" (and the dual of an office, "الرئيسان", `_dual_title`) to the last
two countries named; `_speaker_group` gives a first-person verb or possessive the speaker of the quote around
it (`_covering`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from marsad.article import Article, Quote, Span
from marsad.clean.normalize import normalize
from marsad.events import switches
from marsad.events.actors import Group, role_words
from marsad.events.clauses import Sentence
from marsad.events.cues import Cues
from marsad.events.draft import Draft
from marsad.events.kinds import _excluded
from marsad.events.syntax import PERSONS_F, PP_WORDS, _bare, _is_place, _prefixed

# honorific pronouns and the titles of the rank each stands for (normalised, without و/ب/ل)
HONORIFICS = {"معاليه": frozenset({"وزير", "معالي"}),
              "سموه": frozenset({"امير", "سمو", "ولي", "شيخ"}),
              "فخامته": frozenset({"رئيس", "فخامه"})}
ANAPHOR_REACH = 8  # sentences back in which a definite noun may name a body again


def _resolve(sents: list[Sentence], s: Sentence, i: int, person: str | None, exclude: set[str]) -> Group | None:
    """The nearest actor before token i (this sentence, then the two before in the paragraph) for a pronoun."""
    want = "f" if person in PERSONS_F else "m" if person in ("3ms", "3md", "3m") else None
    if person and person.endswith("p"):
        want = None
    pool: list[tuple[Sentence, int]] = [(s, i)]
    k = s.index - 1
    while k >= 0 and len(pool) < 3:
        p = sents[k]
        if p.paragraph != s.paragraph or p.section != s.section:
            break
        pool.append((p, len(p.tokens)))
        k -= 1
    for n_sent, (sent, upto) in enumerate(pool):
        if n_sent == 1 and s.subject:
            # across a sentence boundary the subject carried on is the likelier antecedent ("… وجاء ذلك خلال زيارته")
            g = s.subject[0]
            if not _excluded(g.head.code, exclude) and (want is None or g.gender == want):
                return g
        fits = [g for g in reversed(sent.groups) if g.t1 <= upto and not g.is_adjective
                and not _excluded(g.head.code, exclude) and (want is None or g.gender == want)]
        # "اطمأن المتحمي على العمل بالمستشفى أثناء زيارته": a possessive points to an actor of the clause, not to
        # the object of a preposition, when the sentence has one
        core = [g for g in fits if not _prefixed(sent, g) and not (g.t0 > 0 and sent.norms[g.t0 - 1] in PP_WORDS)]
        if core or fits:
            return (core or fits)[0]
    # "وبين البدري خلال لقائه…" with a name the sentence leaves untagged: the actor the paragraph is about
    if s.subject and not _excluded(s.subject[0].head.code, exclude) and not s.subject[0].is_adjective and (
            want is None or s.subject[0].gender == want):
        return s.subject[0]
    return None


def _pronoun_fits(person: str, g: Group) -> bool:
    """An object pronoun's gender against an actor (plurals fit any)."""
    if person.endswith(("p", "d")):
        return True
    return g.gender == ("f" if person in PERSONS_F else "m")


def _honorific_subject(sents: list[Sentence], s: Sentence, i: int) -> Group | None:
    """After a verb, an honorific pronoun ("معاليه", "سموه", "فخامته") is the last person named before with a
    title of that rank (a minister, a prince, a president), up to three sentences back."""
    h = i + 1
    if switches.HONORIFIC_BEFORE and (h >= len(s.norms) or s.norms[h] not in HONORIFICS):
        # "وكان سموه قد وصل إلى واشنطن": the honorific before the verb, as the subject of كان
        h = i - 1 if i > 0 and s.norms[i - 1] in HONORIFICS else (
            i - 2 if i > 1 and s.norms[i - 1] == "قد" and s.norms[i - 2] in HONORIFICS else i + 1)
        if h < i and not (h == 0 or s.norms[h - 1] in ("كان", "وكان", "فكان", "كانت", "وكانت")):
            h = i + 1  # "حمل الملك معاليه نقل تحياته": an honorific after another verb is its object
    rank = HONORIFICS.get(s.norms[h]) if h < len(s.norms) else None
    if rank is None:
        return None
    for k in range(s.index, max(-1, s.index - 4), -1):
        sent = sents[k]
        upto = min(i, h) if sent is s else len(sent.tokens)
        for g in reversed([g for g in sent.groups if g.t1 <= upto and not g.is_adjective
                           and not (switches.PEOPLE_AGENTS and g.head.kind == "people")]):  # "المصابون": no rank
            # the titles between the person before and this one only ("التقى الأمير X وزير الدفاع Y": the
            # prince's title is not Y's)
            prev_end = max((h.t1 for h in sent.groups if h.t1 <= g.t0 and h.head.kind == "PER"), default=0) \
                if switches.HONORIFIC_BEFORE else 0
            near = [*sent.norms[max(0, g.t0 - 6, prev_end) : g.t0], *sent.norms[g.t1 : g.t1 + 2]]
            titles = {w for w in near} | {_bare(w) for w in near}
            if titles & rank:
                return g
    return None


def _definite_anaphor(sents: list[Sentence], s: Sentence, j: int) -> Group | None:
    """A definite common noun that names again a body coded before by a name with that head ("المحكمة"
    -> "محكمة جنايات القاهرة", "اللجنة" -> "لجنة التحفظ", "الوزارة" -> "وزارة الداخلية"): that body."""
    w = s.norms[j] if 0 <= j < len(s.norms) else ""
    if s.group_at[j] >= 0 or not w.startswith("ال") or len(w) < 5:
        return None
    head = w[2:]
    for sent in reversed(sents[max(0, s.index - ANAPHOR_REACH) : s.index + 1]):
        for g in reversed(sent.groups):
            if sent is s and g.t0 >= j:
                continue
            for m in g.members:
                if m.kind in ("ORG",) and len(m.code) > 3:
                    first = normalize(m.text).split(" ")[0]
                    if first in (head, w) or _bare(first) in (head, w):
                        return g
    return None


def _pair_word(w: str, cue: Cues) -> bool:
    return w in cue.pairs or (len(w) > 4 and w[0] in "وف" and w[1:] in cue.pairs) or (
        switches.DUAL_TITLES and _dual_title(w))


def _dual_title(w: str, genitive: bool = False) -> bool:
    """The definite dual of an office ("الرئيسان", "الوزيران", "والوفدان"): the two office holders, as "الجانبان"
    names the two sides. The genitive "ين" only where the caller knows a dual stands ("بين الرئيسين"): elsewhere
    "المسؤولين" is far more often the plural."""
    if w[:1] in ("و", "ف") and w[1:3] == "ال":
        w = w[1:]
    return len(w) >= 7 and w.startswith("ال") and w.endswith(("ان", "ين") if genitive else "ان") \
        and role_words().get(w[2:-2]) == "GOV"


def _pair_anaphor(sents: list[Sentence], s: Sentence, j: int, cue: Cues) -> tuple[Group, Group] | None:
    """A definite dual naming the two parties again ("واستعرض الجانبان", "بين البلدين", "اتفق الطرفان"): the
    last two countries with coded actors named before it (an adjective or a place is no party), each by its
    government if named, the one named first in the text first; None when fewer than two countries."""
    if not (0 <= j < len(s.norms)) or not _pair_word(s.norms[j], cue):
        return None
    # per country, its government before any other organ before the bare country ("المملكة" after "خادم
    # الحرمين" is still the king's side); the more recent mention on a tie
    best: dict[str, tuple[int, int, Group]] = {}
    order: list[str] = []
    n = 0
    # "البلدان", "الدولتان", "الحكومتان" name states: a spy agency or a company of the country is no party
    states = any(h in s.norms[j] for h in ("بلد", "دول", "حكوم"))
    for sent in reversed(sents[max(0, s.index - ANAPHOR_REACH) : s.index + 1]):
        for g in reversed(sent.groups):
            if (sent is s and g.t0 >= j) or g.is_adjective or len(g.head.code) < 3 or _is_place(sent, g, cue) \
                    or g.head.kind == "LOC" or (states and len(g.head.code) > 3 and not g.head.code.endswith("GOV")):
                continue
            n += 1
            country = g.head.country
            if country not in best:
                if len(order) == 2:
                    continue
                order.append(country)
            rank = 2 if g.head.code.endswith("GOV") else 1 if len(g.head.code) > 3 else 0
            if country not in best or rank > best[country][0]:
                best[country] = (rank, -n, g)
    if len(order) < 2:
        return None
    # the party named first in the text is the source ("استقبل X Y … واستعرض الجانبان": X, Y)
    first, second = sorted((best[c] for c in order), key=lambda b: b[1])
    return first[2], second[2]


def _speaker_group(d: Draft, s: Sentence) -> Group | None:
    """For a first-person verb inside a quote ("ندعو"): the quote's speaker, as a one-mention group."""
    from marsad.events.actors import Mention

    art = d.extra.get("article")
    if not isinstance(art, Article):
        return None
    q = _covering(art.quotes, s.tokens[d.i].start)
    if not isinstance(q, Quote) or q.speaker is None:
        return None
    if not q.speaker.actor:
        return _staff_speaker(s, q.speaker.span) if switches.STAFF_SPEAKER else None
    sp = q.speaker.span or Span(s.tokens[d.i].start, s.tokens[d.i].end, s.tokens[d.i].text)
    m = Mention(sp.start, sp.end, sp.text, q.speaker.actor, q.speaker.canonical, "PER", d.i, d.i + 1)
    return Group([m], d.i, d.i + 1)


def _staff_speaker(s: Sentence, span: Span | None) -> Group | None:
    """The body of a quote's speaker named only as one of its staff ("وقال موظف في وزارة الشؤون الاجتماعية:
    «…نقوم بتسريع مساعداتنا»"), when the speaker is in this sentence."""
    from marsad.events.subjects import STAFF, _staff_body

    if span is None:
        return None
    k = next((k for k, t in enumerate(s.tokens) if t.start == span.start), -1)
    return _staff_body(s, k) if k >= 0 and s.norms[k] in STAFF else None


class _Spanned(Protocol):
    span: Span


SpannedT = TypeVar("SpannedT", bound=_Spanned)


def _covering(items: Sequence[SpannedT], start: int) -> SpannedT | None:
    """The shortest item whose span covers the offset."""
    best: SpannedT | None = None
    for c in items:
        if c.span.start <= start < c.span.end and (best is None or c.span.end - c.span.start < best.span.end - best.span.start):
            best = c
    return best
