"""Relays: who passed a statement on ("حسبما ذكرت وكالة…"، "نقلاً عن…"، "بحسب…").

A relay phrase is a cue ("حسبما"، "بحسب ما"، "وفقاً لـ"، "نقلاً عن"، "في
الرسالة التي نشرتها") and, when the cue asks for one, a reporting verb
("ذكرت"، "أفادت"), followed by the relay itself: an entity starting within
two words, else the short noun phrase there ("مصادر مطلعة"). The relay is
named by its canonical name when the entity is linked, else by its words.
An addressee after a speech verb ("قال لوكالة رويترز"، "قال لـ«الشرق
الأوسط»") is a relay too: the outlet the statement was given to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.article import Entity, Span
from marsad.quotes.lexicon import bare, bare_forms, strip_conj
from marsad.quotes.marks import ALL_MARKS
from marsad.quotes.view import View

MAX_RELAY_WORDS = 4

# A relay named in the text: its words, its name (canonical when linked), actor code, entity, and the
# index of the token after it.
Found = tuple[Span, str, str | None, Entity | None, int]


@dataclass(frozen=True)
class Relay:
    cue: Span  # the cue words
    who: Span  # the relay's words
    name: str  # canonical name, else the words
    actor: str | None
    entity: Entity | None
    first: int  # token index of the cue
    last: int  # token index after the relay

    @property
    def is_media(self) -> bool:
        return bool(self.actor and self.actor.endswith("MED"))


def _match_words(v: View, i: int, words: tuple[str, ...]) -> int:
    """Index after `words` matched at token i (glued ل/لـ allowed), or -1."""
    j = i
    for n, w in enumerate(words):
        if j >= len(v.toks):
            return -1
        tok = v.toks[j].norm
        if n == 0:
            tok = strip_conj(tok) if strip_conj(tok) == w else tok
        if w in ("ل", "لـ"):
            # وفقاً لـ X / وفقا للوكالة: the preposition may be glued to the next word
            if tok in ("ل", "لـ"):
                j += 1
                continue
            if tok.startswith("ل"):
                continue  # glued: the relay starts inside this token
            return -1
        if tok != w:
            return -1
        j += 1
    return j


def relay_after(v: View, j: int, limit: int) -> Found | None:
    """The relay named from token j on: its words, name, actor, entity and the index after it."""
    opened = j
    while j < limit and v.toks[j].text in ALL_MARKS | {"ـ"}:
        j += 1
    if j >= limit:
        return None
    start = v.toks[j].start
    if j > opened and v.is_mark(j - 1) and not any(v.entities_in(start, v.toks[j].end)):
        # بحسب "الفرنسية"، وفقاً لـ«واس»: a name in marks is a source whatever its words
        m = j
        while m < limit and m - j < MAX_RELAY_WORDS and v.toks[m].is_word:
            m += 1
        if m > j and m < limit and v.is_mark(m):
            span = v.span(start, v.toks[m - 1].end)
            return span, span.text, None, None, m + 1
    for e in v.entities_in(start, v.toks[min(j + 2, limit - 1)].end):
        if e.span.start >= start and e.span.end <= v.toks[limit - 1].end:
            return e.span, e.canonical or e.span.text, e.actor, e, v.after_entity(e)
    opens = j + 1 < limit and (v.is_mark(j + 1) or v.toks[j + 1].text == "(")
    if j + 2 < limit and opens and bare(v.toks[j].norm) in bare_forms(v.lex.media_nouns):
        # صحيفة «لوس أنجليس تايمز»، موقع (اليوم السابع): the outlet's name in marks or brackets
        m = j + 2
        while m < limit and m - j <= 7 and v.toks[m].is_word:
            m += 1
        if m > j + 2 and m < limit and (v.is_mark(m) or v.toks[m].text == ")"):
            span = v.span(v.toks[j + 2].start, v.toks[m - 1].end)
            return span, span.text, None, None, m + 1
    # no entity: a short noun phrase, up to punctuation, a preposition or a time word
    k = j
    while k < limit and k - j < MAX_RELAY_WORDS and v.toks[k].is_word:
        w = strip_conj(v.toks[k].norm)
        if k > j and (w in v.lex.subject_stops or w in v.lex.complementizers or v.cue(k) is not None
                      or v.toks[k].norm in CLAUSE_OPENERS):  # "نقلاً عن مصدر لم تسمه إنها …": the words start
            break
        k += 1
    if k == j:
        return None
    lex = v.lex
    head = bare(v.toks[j].norm)
    heads = (lex.media_nouns, lex.unnamed_sources, lex.title_nouns, lex.report_nouns, lex.document_nouns,
             lex.institution_nouns)
    if not any(head in bare_forms(group) for group in heads):
        return None  # "وفق الخطط المعتمدة"، "حسب رؤية المدير": not a source
    # a glued ل (للوكالة) is not part of the name
    s = v.toks[j].start
    if v.toks[j].norm.startswith("لل") or (v.toks[j].norm.startswith("ل") and not v.toks[j].norm.startswith("ال")):
        s += 1
    span = v.span(s, v.toks[k - 1].end)
    return span, span.text, None, None, k


def find_relays(v: View, first: int, last: int) -> list[Relay]:
    """Relay phrases in tokens [first, last) in text order (computed once per range)."""
    key = ("relays", first, last)
    cached = v.memo.get(key)
    if cached is None:
        cached = v.memo[key] = _find_relays(v, first, last)
    return list(cached)


def _find_relays(v: View, first: int, last: int) -> list[Relay]:
    by_first = _cues_by_first_word(v.lex.relay_cues)
    out: list[Relay] = []
    i = first
    while i < last:
        w = v.word(i)
        cands = by_first.get(w, ()) + (by_first.get(strip_conj(w), ()) if strip_conj(w) != w else ())
        if not cands or v.is_masked(v.toks[i].start):
            i += 1
            continue
        hit = None
        for words, then_verb in cands:
            j = _match_words(v, i, words)
            if j < 0:
                continue
            if then_verb:
                if j < last and v.in_set(j, v.lex.relay_verbs):
                    j += 1
                else:
                    continue
            # "حسب" alone also opens "حسب قوله", "حسب رأيه": those name no relay
            found = relay_after(v, j, last)
            if found is None:
                continue
            who, name, actor, ent, after = found
            if ent is None and strip_conj(v.toks[j].norm) in NOT_RELAYS:
                continue
            if ALSO_SAID and then_verb and strip_conj(w) == ALSO and any(
                    v.word(m) in v.lex.complementizers for m in range(after, min(last, after + 2))):
                continue  # "كما أكد الكويكبي أن …": "X also stressed that", his own words, not "as X reported"
            cue = v.span(v.toks[i].start, v.toks[max(i, j - 1)].end)
            hit = Relay(cue, who, name, actor, ent, i, after)
            break
        if hit is not None:
            out.append(hit)
            i = hit.last
        else:
            i += 1
    return out


@cache
def _cues_by_first_word(cues: tuple[tuple[tuple[str, ...], bool], ...]) -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """Relay cues by their first word, longest first, so each token tries only its own."""
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for words, then_verb in cues:
        out.setdefault(words[0], []).append((words, then_verb))
    return {k: tuple(sorted(v, key=lambda c: -len(c[0]))) for k, v in out.items()}


ALSO_SAID = True  # round 9: "كما أكد X أن" opens X's own words
ALSO = "كما"
CLAUSE_OPENERS = frozenset({"فقد", "فان", "فانه", "فانها", "فانهم", "قد", "لقد"})  # "وفقاً للمصادر فقد …": the clause

NOT_RELAYS = frozenset(
    {"قوله", "قولها", "رايه", "رايها", "تعبيره", "تعبيرها", "وصفه", "وصفها", "الخطه", "القانون", "النظام", "ما",
     "الاتفاق", "الاتفاقيه", "البرنامج", "الجدول", "الحاجه", "الظروف", "الاحوال", "الامكانيات", "الموعد", "التقويم",
     "الترتيب", "التصنيف", "الشروط", "المعايير", "الانظمه", "اللوائح", "التعليمات", "ذلك", "هذا", "هذه"}
)


def addressee(v: View, i: int, limit: int) -> Found | None:
    """An outlet addressed at token i ("لوكالة رويترز"، "لـ«الشرق الأوسط»"), when it is a medium."""
    if i >= limit:
        return None
    w = v.toks[i].norm
    if w in ("ل", "لـ", "الي") and i + 1 < limit and v.is_mark(i + 1):
        # قال لـ«الشرق الأوسط»، لـ"سبق": an outlet quoted after the preposition
        j = i + 2
        while j < limit and j - i <= 6 and v.toks[j].is_word:
            j += 1
        if j < limit and j > i + 2 and v.is_mark(j):
            span = v.span(v.toks[i + 2].start, v.toks[j - 1].end)
            ents = [e for e in v.entities_in(span.start, span.end)
                    if e.span.start >= span.start and e.type == "ORG"]  # لـ"الرياض" is the paper, not the city
            if ents and ents[0].span.end >= span.end:
                return span, ents[0].canonical or span.text, ents[0].actor, ents[0], j + 1
            return span, span.text, None, None, j + 1
    if w in ("ل", "لـ"):
        found = relay_after(v, i + 1, limit)
    elif w.startswith("ل") and not w.startswith("ال"):
        found = relay_after(v, i, limit)
    else:
        return None
    if found is None:
        return None
    span, name, actor, ent, after = found
    first_word = v.toks[v.token_at(span.start)].norm if ent is None else ""
    if ent is not None and (v.is_media(ent) or _media_word(v, i)):
        return found
    if ent is None and first_word and v.is_media(None, first_word):
        return found
    return None


def _media_word(v: View, i: int) -> bool:
    return bare(v.toks[i].norm) in bare_forms(v.lex.media_nouns)

