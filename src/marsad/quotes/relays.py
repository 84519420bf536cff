"""Relays: who passed a statement on ("حسبما ذكرت وكالة…"، "نقلاً عن…"، "بحسب…").

A relay phrase is a cue ("حسبما"، "بحسب ما"، "وفقاً لـ"، "نقلاً عن"، "في
الرسالة التي نشرتها") and, when the cue asks for one, a reporting verb
("ذكرت"، "أفادت"), followed by the relay itself: an entity starting within
two words, else the short noun phrase there ("مصادر مطلعة"). The relay is
named by its canonical name when the entity is linked, else by its words; a
state broadcaster the recogniser links as its country's media ("التلفزيون
الحكومي الروسي") is named as the broadcaster ("Russian state television").
An addressee after a speech verb ("قال لوكالة رويترز"، "قال لـ«الشرق
الأوسط»") is a relay too: the outlet the statement was given to.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from marsad.article import Entity, Span
from marsad.clean.normalize import DROP
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
    if j > opened and v.is_mark(j - 1):
        # بحسب "الفرنسية"، وفقاً لـ«واس»: a name in marks is a source whatever its words
        m = j
        while m < limit and m - j < MAX_RELAY_WORDS and v.toks[m].is_word:
            m += 1
        if m > j and m < limit and v.is_mark(m):
            span = v.span(start, v.toks[m - 1].end)
            if not any(v.entities_in(start, v.toks[j].end)):
                return span, span.text, None, None, m + 1
            outlet = _read_as_place(v, span) and _registry_outlet("", span.text)
            if outlet:
                return span, outlet[0], outlet[1], None, m + 1  # بحسب «مكة»: the paper, not the city
    in_marks: Found | None = None
    opens = j + 1 < limit and (v.is_mark(j + 1) or v.toks[j + 1].text == "(")
    if j + 2 < limit and opens and bare(v.toks[j].norm) in bare_forms(v.lex.media_nouns):
        # صحيفة «لوس أنجليس تايمز»، موقع (اليوم السابع): the outlet's name in marks or brackets
        m = j + 2
        while m < limit and m - j <= 7 and v.toks[m].is_word:
            m += 1
        if m > j + 2 and m < limit and (v.is_mark(m) or v.toks[m].text == ")"):
            span = v.span(v.toks[j + 2].start, v.toks[m - 1].end)
            outlet = _read_as_place(v, span) and _registry_outlet(bare(v.toks[j].norm), span.text)
            name, actor = outlet or (span.text, None)
            in_marks = span, name, actor, None, m + 1
    for e in v.entities_in(start, v.toks[min(j + 2, limit - 1)].end):
        if e.span.start >= start and e.span.end <= v.toks[limit - 1].end:
            if in_marks is not None and not v.is_media(e) and (in_marks[2] is not None or e.type in ("GPE", "LOC")):
                break  # صحيفة «مكة»: a paper named after a place is the paper
            return e.span, _broadcaster(e) or e.canonical or e.span.text, e.actor, e, v.after_entity(e)
    if in_marks is not None:
        return in_marks
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
    norm = v.toks[j].norm
    glued = 0
    if norm.startswith("لل") and len(norm) > 4:
        glued = 2  # "للوكالة": ل and the article's ل, the alef dropped between them
    elif norm.startswith("ل") and not norm.startswith("ال"):
        glued = 1
    span = v.span(_after_letters(v.text, v.toks[j].start, glued), v.toks[k - 1].end)
    return span, span.text, None, None, k


def _after_letters(text: str, start: int, letters: int) -> int:
    """The offset after `letters` letters from `start` and the marks each carries ("لِـ", "لِلْ"): a span cut after a
    glued prefix starts on a letter, never on its diacritic or a tatweel."""
    k = start
    for _ in range(letters):
        k += 1
        while k < len(text) and text[k] in DROP:
            k += 1
    return k


def _broadcaster(e: Entity) -> str | None:
    """"التلفزيون الحكومي الروسي" linked as a country's media ("Russian media"): the state broadcaster is the one
    outlet that carried the words, not the country's press at large ("Russian state television")."""
    if not STATE_BROADCASTERS or not e.canonical or not e.canonical.endswith(MEDIA_LABEL):
        return None
    words = [bare(strip_conj(w)) for w in e.span.text.split()]
    kind = next((STATE_BROADCASTER_NOUNS[w] for w in words if w in STATE_BROADCASTER_NOUNS), None)
    if kind is None or not any(w in STATE_OWNED for w in words):
        return None
    return e.canonical[: -len(MEDIA_LABEL)] + " state " + kind


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
        if v.is_masked(v.toks[i].start):
            i += 1
            continue
        if not cands:
            told = (_relative_relay(v, i, first, last) or _interview_relay(v, i, last)) if RELATIVES else None
            if told is not None:
                out.extend(_with_source(v, told, last))
                i = out[-1].last
            else:
                i += 1
            continue
        hit = None
        for words, then_verb in cands:
            if strip_conj(w) in ASIDE_ONLY and (not ALA_MA or (i > first and v.toks[i - 1].is_word)):
                continue  # "ردّ على ما نشرته الصحيفة": the object of a verb, not "…، على ما نقلت الوكالة"
            if RELATIVES and strip_conj(w) in RELATIVE_PRONOUNS and not any(
                    _is_statement(v, m) for m in range(max(first, i - ANTECEDENT_REACH), i)):
                continue  # "الأعمال التي بثتها القناة": what a channel aired is no statement it carried
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
            out.extend(_with_source(v, hit, last))
            i = out[-1].last
        else:
            i += 1
    return out


def _with_source(v: View, r: Relay, last: int) -> list[Relay]:
    """"بحسب ما نقلت وكالة رويترز عن صحيفة الحياة": the outlet the relay took the words from comes first in
    the chain (nearest the speaker), the relay the article cites last; both span the whole phrase, so a phrase
    closing the sentence is cut off the words whole. A source that is no outlet ("عن مسؤول") ends the phrase
    but is the speaker's business, not a relay's."""
    j = r.last
    if not CHAINS or j + 1 >= last or v.word(j) != "عن":
        return [r]
    found = relay_after(v, j + 1, last)
    if found is None:
        return [r]
    who, name, actor, ent, after = found
    whole = replace(r, last=after)  # "…، بحسب ما نقلت الوكالة عن مسؤول عسكري.": the phrase runs to its source
    if not _outlet(v, found, j + 1) or name == r.name:
        return [whole]
    return [Relay(r.cue, who, name, actor, ent, r.first, after), whole]


@cache
def _cues_by_first_word(cues: tuple[tuple[tuple[str, ...], bool], ...]) -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """Relay cues by their first word, longest first, so each token tries only its own."""
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for words, then_verb in cues:
        out.setdefault(words[0], []).append((words, then_verb))
    return {k: tuple(sorted(v, key=lambda c: -len(c[0]))) for k, v in out.items()}


MARKED_ADDRESSEES = True  # round 11c: "قال مصدر لوكالة «الأناضول»": an outlet addressed with its name in marks
ALSO_SAID = True  # round 9: "كما أكد X أن" opens X's own words
OUTLET_HEADS = ("صحيفة", "جريدة", "وكالة", "قناة", "موقع", "مجلة")
REGISTRY_NAMES = True  # round 11b: an outlet's name in marks is named by the registry ("صحيفة «مكة»")
CHAINS = True  # round 11b: "بحسب ما نقلت وكالة X عن صحيفة Y": Y passed the words to X
RELATIVES = True  # round 11b: "في تصريحات نقلتها وكالة …"، "في مقابلة مع قناة …": the outlet that carried the words
ALA_MA = True  # round 11b: "…، على ما نقلت الوكالة" (a cue of `relay_cues`), a relay after a stop only
ASIDE_ONLY = frozenset({"علي"})
RELATIVE_PRONOUNS = frozenset({"التي", "الذي"})
ANTECEDENT_REACH = 20  # "كلمته بمناسبة … الحرب الكورية التي نقلتها صحيفة …": the statement may lie well before
STATEMENT_GAP = 3  # words between a statement noun and the verb of its relative clause ("تصريحات صحفية له نقلتها")
INTERVIEW_GAP = 2  # words between an interview noun and مع/إلى ("في مقابلة تلفزيونية مع …")
WITH_OUTLET = frozenset({"مع", "الي"})
# words after the verb before the outlet: "أجرته معه صحيفة …"، "نشرتها أمس صحيفة …"
BEFORE_OUTLET = frozenset({"معه", "معها", "معهم", "معهما", "عنه", "عنها", "عنهم", "عنهما", "امس", "اليوم", "مؤخرا",
                           "سابقا"})
# the press at large is no relay: "في تصريح إلى وسائل الإعلام"
PRESS_AT_LARGE = frozenset({"وسائل", "اعلام", "الاعلام", "صحف", "الصحف", "الصحافه", "صحفيين", "الصحفيين", "بعض",
                            "المحليه", "العالميه", "المختلفه"})
STATE_BROADCASTERS = True  # round 13b: "للتلفزيون الحكومي الروسي" is Russia's state television, not "Russian media"
MEDIA_LABEL = " media"  # the recogniser's label of a country's media (`agents.tsv`, "{} media")
STATE_BROADCASTER_NOUNS = {bare(w): kind for w, kind in (
    ("التلفزيون", "television"), ("التليفزيون", "television"), ("التلفاز", "television"), ("الإذاعة", "radio"), ("الاذاعة", "radio"))}
STATE_OWNED = frozenset(bare(w) for w in ("الحكومي", "الحكومية", "الرسمي", "الرسمية"))
ALSO = "كما"
CLAUSE_OPENERS = frozenset({"فقد", "فان", "فانه", "فانها", "فانهم", "قد", "لقد"})  # "وفقاً للمصادر فقد …": the clause

NOT_RELAYS = frozenset(
    {"قوله", "قولها", "رايه", "رايها", "تعبيره", "تعبيرها", "وصفه", "وصفها", "الخطه", "القانون", "النظام", "ما",
     "الاتفاق", "الاتفاقيه", "البرنامج", "الجدول", "الحاجه", "الظروف", "الاحوال", "الامكانيات", "الموعد", "التقويم",
     "الترتيب", "التصنيف", "الشروط", "المعايير", "الانظمه", "اللوائح", "التعليمات", "ذلك", "هذا", "هذه"}
)


def _relative_relay(v: View, i: int, first: int, last: int) -> Relay | None:
    """"في تصريحات نقلتها وكالة …"، "في كلمة بثها التلفزيون الرسمي"، "في حوار أجرته معه صحيفة …": a verb that
    opens a relative clause on an indefinite statement noun (Arabic needs no relative pronoun there) names, as its
    subject, the outlet that carried the statement. A body that published a study ("دراسة أجرتها المنظمة") is no
    outlet and is left to the speaker rules."""
    if strip_conj(v.word(i)) not in v.lex.relay_relatives:
        return None
    m = i - 1
    while m >= first and i - m <= STATEMENT_GAP + 1 and v.toks[m].is_word:
        if _is_statement(v, m):
            break
        m -= 1
    else:
        return None
    if m < first or not v.toks[m].is_word or not _is_statement(v, m):
        return None
    j = i + 1
    while j < last and v.word(j) in BEFORE_OUTLET:
        j += 1
    return _outlet_relay(v, i, j, last)


def _is_statement(v: View, m: int) -> bool:
    """Whether token m is a statement noun ("تصريحات"، "كلمته"، "البيان"), also with a possessive suffix."""
    w = strip_conj(v.word(m))
    forms = {w}
    for suffix in ("ها", "هم", "هما", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            forms.add(stem)
            if stem.endswith("ت"):
                forms.add(stem[:-1] + "ه")  # كلمته: كلمة + ه
    nouns = _statement_nouns(v.lex.relay_statement_nouns, v.lex.document_nouns)
    return any(bare(f) in nouns for f in forms)


@cache
def _statement_nouns(statements: frozenset[str], documents: frozenset[str]) -> frozenset[str]:
    return bare_forms(statements | documents)


def _interview_relay(v: View, i: int, last: int) -> Relay | None:
    """"في مقابلة مع قناة …"، "في حديث إلى صحيفة …": the outlet an interview or a statement was given to."""
    if bare(v.word(i)) not in bare_forms(v.lex.relay_interview_nouns):
        return None
    j = i + 1
    while j < last and j - i <= INTERVIEW_GAP and v.toks[j].is_word and v.word(j) not in WITH_OUTLET \
            and v.cue(j) is None and v.entity_on(j) is None:
        j += 1  # "في مقابلة تلفزيونية مع …"
    if j >= last or v.word(j) not in WITH_OUTLET:
        return None
    return _outlet_relay(v, i, j + 1, last)


def _outlet_relay(v: View, i: int, j: int, last: int) -> Relay | None:
    """The relay named from token j on when it is a named outlet, with its cue from token i."""
    found = relay_after(v, j, last)
    if found is None:
        return None
    if not _outlet(v, found, j):
        return None
    who, name, actor, ent, after = found
    cue = v.span(v.toks[i].start, v.toks[max(i, j - 1)].end)
    return Relay(cue, who, name, actor, ent, i, after)


@cache
def _registry_outlet(noun: str, words: str) -> tuple[str, str] | None:
    """The canonical name and actor code of the outlet the registry calls "<noun> <words>" or "<words>", asked
    only where the text already says an outlet is meant (a name in marks after a relay cue or a media noun):
    "صحيفة «مكة»" is the paper, though "مكة" alone is the city. With no noun, the outlet's usual head nouns are
    tried ("قال لـ«الرياض»": the paper the registry knows as "صحيفة الرياض")."""
    if not REGISTRY_NAMES:
        return None
    try:
        from marsad.entities.registry import registry

        reg = registry()
        for key in (f"{noun} {words}",) if noun else (words, *(f"{n} {words}" for n in OUTLET_HEADS)):
            for actor in reg.find(key):
                code = actor.code or ""
                if actor.kind == "org" and code.endswith("MED") and actor.canonical:
                    return actor.canonical, code
    except Exception:  # noqa: BLE001 - a registry failure must not stop the article: the words name the relay
        return None
    return None


def _read_as_place(v: View, span: Span) -> bool:
    """Whether the entity stage read an outlet's name as a place ("مكة"، "الرياض"، "المدينة"): only then is the
    registry asked for the outlet of that name; a name it did not know stays in its words."""
    return any(e.type in ("GPE", "LOC") and not v.is_media(e) for e in v.entities_in(span.start, span.end))


def _outlet(v: View, found: Found, j: int) -> bool:
    """Whether a relay named from token j on is a named outlet: a media entity, or words headed by a media noun
    that name more than the press at large."""
    _, _, _, ent, after = found
    if ent is not None and v.is_media(ent):
        return True
    media = bare_forms(v.lex.media_nouns)
    words = [bare(v.word(k)) for k in range(j, after) if v.toks[k].is_word]
    if not any(w in media for w in words[:2]):
        return False  # "حوار مع الرئيس": a person interviewed, no outlet
    # "في تصريح إلى وسائل الإعلام": the press at large
    return ent is not None or not all(w in media or w in bare_forms(PRESS_AT_LARGE) for w in words)


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
            outlet = _read_as_place(v, span) and _registry_outlet("", span.text)  # لـ"الرياض": the paper
            name, actor = outlet or (span.text, None)
            return span, name, actor, None, j + 1
    if w in ("ل", "لـ"):
        found = relay_after(v, i + 1, limit)
    elif w.startswith("ل") and not w.startswith("ال"):
        found = relay_after(v, i, limit)
    else:
        return None
    if found is None:
        return None
    span, name, actor, ent, after = found
    first_word = v.word(v.token_at(span.start)) if ent is None else ""  # none when the page ends there
    if ent is not None and (v.is_media(ent) or _media_word(v, i)):
        return found
    if ent is None and first_word and v.is_media(None, first_word):
        return found
    if MARKED_ADDRESSEES and ent is None and _media_word(v, i) and v.is_mark(v.token_at(span.start) - 1):
        return found  # "لوكالة «الأناضول»"، "لصحيفة “الحياة”": the media noun glued to ل heads the name in marks
    if REGISTRY_NAMES and w in ("ل", "لـ") and ent is not None and _read_as_place(v, span):
        # "المخلافي لـ المدينة: …": a name set apart after لـ and read as a place is the paper of that name
        outlet = _registry_outlet("", ent.span.text)
        if outlet is not None:
            return span, outlet[0], outlet[1], None, after
    return None


def _media_word(v: View, i: int) -> bool:
    return bare(v.toks[i].norm) in bare_forms(v.lex.media_nouns)

