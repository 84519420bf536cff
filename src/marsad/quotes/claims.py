"""The status of what each sentence states: asserted, reported, alleged, denied, or background.

One `Claim` per stretch that has one status (see docs/quotes.md):

1. `content` claims: the words of each quote (indirect content, a quotation,
   a fragment). Status "reported" (someone's words), "alleged" when the verb
   accuses or alleges ("زعم"، "ادعى"، "اتهم … بأن") or the speaker claims
   evidence ("قالت إن لديها دليلاً على أن …": the content after "على أن"),
   "denied" when the verb denies ("نفى أن …").
2. Accusations "اتهم X Y بـ…": the charge (from the بـ word to the end of
   the clause) is a content claim "alleged" by X.
3. Denials: "وهو ما نفته Y"، "الأمر الذي نفاه Y" after a charge, or a next
   sentence "نفت Y الاتهامات/ذلك"، "رفض Y الاتهامات", turn the latest alleged
   or reported content into "alleged-and-denied" (denied by Y). A denial
   verb with a plain object ("نفى الوزير وجود …") makes that object "denied".
4. `clause` claims: each sentence's own part (up to its first content) is
   "asserted" by the article, "background" when it opens with "وكان … قد",
   "reported" when a relay phrase credits the whole sentence to someone
   ("…، حسبما ذكرت وكالة X") unless its verb is itself a statement
   ("تعهد كيم …، حسبما ذكرت …": that he pledged is asserted, the outlet is
   kept in `reported_by`).
5. Every claim is marked `negated` (لم، لن، لا، ليس…) and `hedged` (قد +
   imperfect، ربما، يُعتقد، يُزعم، من المحتمل…) from its own words, the
   words of contents nested in it left out.
"""

from __future__ import annotations

from functools import cache

from marsad.article import Claim, Quote, Span, Speaker
from marsad.quotes.lexicon import lexicon, strip_conj
from marsad.quotes.relays import Relay, find_relays
from marsad.quotes.speakers import speaker_from_range, subject_range
from marsad.quotes.view import Sentence, View

LOOKBACK_SENTENCES = 2


def who(sp: Speaker | None) -> str | None:
    if sp is None:
        return None
    return sp.actor or sp.canonical or sp.text


def find_claims(v: View, quotes: list[Quote]) -> list[Claim]:
    out: list[Claim] = []
    recent: list[tuple[int, Claim]] = []  # (sentence number, alleged or reported content claims)
    for n, s in enumerate(v.sentences):
        relays = [r for r in find_relays(v, s.first, s.last) if not v.is_masked(r.cue.start)]
        quoted = [_content_claim(v, q) for q in quotes if s.span.start <= q.span.start < s.span.end]
        # relay phrases between a speech verb and its content belong to that quote alone
        relays = [r for r in relays if not any(c.cue is not None and c.cue.start <= r.cue.start < c.span.start
                                               for c in quoted)]
        contents = list(quoted)
        contents += _accusations(v, s, contents)
        contents += _plain_denials(v, s, contents)
        _denial_relatives(v, s, contents, recent, n)
        _denial_sentences(v, s, contents, recent, n)
        clause = _clause_claim(v, s, contents, relays)
        for c in contents:
            if c.reported_by is None and not any(c is q for q in quoted):
                outside = [r for r in relays if not (c.span.start <= r.cue.start < c.span.end)]
                if outside:
                    c.reported_by = _relay_who(outside[-1])
        claims = ([clause] if clause is not None else []) + contents
        for c in claims:
            _mark(v, c, [d.span for d in contents if d is not c])
        out.extend(claims)
        recent.extend((n, c) for c in contents if c.status in ("alleged", "reported"))
        recent = [(m, c) for m, c in recent if n - m <= LOOKBACK_SENTENCES]
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out


def _relay_who(r: Relay) -> str:
    return r.actor or r.name


def _content_claim(v: View, q: Quote) -> Claim:
    sp = who(q.speaker)
    span = q.span
    if q.kind != "indirect":
        v.memo.setdefault(("quoted_words",), set())
    status = {"denied": "denied", "alleged": "alleged"}.get(q.status, "reported")
    c = Claim(span, status, cue=q.cue, by=sp, speaker=sp, kind="content")
    if q.kind != "indirect":
        v.memo[("quoted_words",)].add(id(c))  # a quotation is words said, not a charge a later denial answers
    if q.status == "denied":
        c.denied_by = sp
    elif q.status == "alleged":
        c.alleged_by = sp
    if q.relays:
        c.reported_by = v.actors.get(q.relays[-1], q.relays[-1])
    elif q.cue is not None and v.cue(v.token_at(q.cue.start)) is None:
        c.reported_by = sp  # "…، بحسب وكالة رويترز": the source the sentence is credited to reports it
    evidence = evidence_claim(v, span)
    if evidence is not None:
        c.span = evidence[0]
        c.cue = evidence[1]
        c.status = "alleged"
        c.alleged_by = sp
    return c


def evidence_claim(v: View, span: Span) -> tuple[Span, Span] | None:
    """"لديها دليلاً على أن X": X is alleged. Returns X's span and the cue."""
    lex = v.lex
    a, b = v.token_range(span.start, span.end)
    for i in range(a, min(b, a + 4)):
        if strip_conj(v.word(i)) in lex.evidence_have:
            for j in range(i + 1, min(b, i + 5)):
                if strip_conj(v.word(j)) in lex.evidence_nouns:
                    k = j + 1
                    while k < min(b, j + 6) and v.word(k) not in lex.complementizers:
                        k += 1
                    if k + 1 < b:
                        return v.span(v.toks[k + 1].start, span.end), v.span(v.toks[i].start, v.toks[k].end)
    return None


def _clause_end(v: View, s: Sentence, i: int) -> int:
    """Token index where the clause from i ends: a comma, a relative 'وهو ما', or the sentence end."""
    for j in range(i, s.last):
        if v.toks[j].text in ("،", ",", "؛", ";"):
            return j
        if _relative_at(v, j) > 0:
            return j
    return s.last


def _relative_at(v: View, j: int) -> int:
    """Length of a relative opener ('وهو ما', 'الأمر الذي') at token j, or 0."""
    for words in _by_first(v.lex.denial_relatives, 2).get(v.word(j), ()):
        if all(v.word(j + n) == w for n, w in enumerate(words)):
            return len(words)
    return 0


@cache
def _by_first(phrases: tuple[tuple[str, ...], ...], min_len: int = 1) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of at least `min_len` words (and never none) by their first word, in their order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        if len(words) >= max(min_len, 1):
            out.setdefault(words[0], []).append(words)
    return {first: tuple(group) for first, group in out.items()}


def _accusations(v: View, s: Sentence, contents: list[Claim]) -> list[Claim]:
    out = []
    for k in range(s.first, s.last):
        cue = v.cue(k)
        if cue is None or cue.cls != "accuse":
            continue
        if any(c.cue is not None and c.cue.start == v.toks[k].start for c in contents):
            continue  # "اتهم … بأن": already a content claim
        a, b = subject_range(v, k, s.last)
        sp, _ = speaker_from_range(v, a, b)
        j = b
        while j < min(s.last, b + 8):
            w = v.word(j)
            if w.startswith("ب") and len(w) > 3 and not w.startswith("بال") or w in ("ب", "بـ") or w.startswith("بال"):
                break
            j += 1
        if j >= min(s.last, b + 8):
            continue
        end = _clause_end(v, s, j + 1)
        if end <= j:
            continue
        span = v.span(v.toks[j].start, v.toks[end - 1].end)
        by = who(sp)
        out.append(Claim(span, "alleged", cue=v.toks[k].span, by=by, speaker=by, alleged_by=by, kind="content"))
    return out


def _object_start(v: View, a: int, b: int, last: int) -> int:
    """Where the object of a verb starts: after a subject that is a name ("نفت كوريا الشمالية وجود…"), else after [a, b)."""
    if b > a:
        e = v.entity_on(a)
        if e is not None and not v.is_title_at(a):
            b = min(b, v.after_entity(e))
    while b < last and v.toks[b].text in ("،", ","):
        b += 1
    return b


def _deny_form(w: str) -> bool:
    """A denial verb, with an object pronoun allowed (نفته، نفاه، تنفيه، رفضته)."""
    lex = lexicon()
    w = strip_conj(w)
    cands = {w}
    for suf in ("ها", "هم", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            base = w[: -len(suf)]
            cands.add(base)
            if base.endswith("ا"):
                cands.add(base[:-1] + "ي")  # نفاه -> نفى
    for c in cands:
        cue = lex.verbs.get(c)
        if cue is not None and cue.cls == "deny" or c in lex.rejection_verbs:
            return True
    return False


def _denier(v: View, k: int, last: int) -> tuple[str | None, Span]:
    a, b = subject_range(v, k, last)
    sp, _ = speaker_from_range(v, a, b)
    return who(sp), v.toks[k].span


def _denial_relatives(v: View, s: Sentence, contents: list[Claim], recent: list[tuple[int, Claim]], n: int) -> None:
    """"…، وهو ما نفته بيونغيانغ": the charge before it is alleged and denied."""
    for j in range(s.first, s.last):
        m = _relative_at(v, j)
        if not m or not _deny_form(v.word(j + m)):
            continue
        denier, _ = _denier(v, j + m, s.last)
        cue = v.span(v.toks[j].start, v.toks[j + m].end)  # "وهو ما نفته"
        # the relative points back within its own sentence ("اتهمت … بتزويد …، وهو ما نفته بيونغيانغ")
        before = [c for c in contents if c.span.end <= v.toks[j].end + 1 and c.status in ("alleged", "reported")
                  and id(c) not in v.memo.get(("quoted_words",), set())]
        if before:
            _deny(before[-1], denier, cue)
        else:
            span = v.span(v.toks[s.first].start, v.toks[j - 1].end) if j > s.first else None
            if span is not None:
                contents.append(Claim(span, "denied", cue=cue, by=denier, denied_by=denier, kind="content"))


def _deny(c: Claim, denier: str | None, cue: Span) -> None:
    c.alleged_by = c.alleged_by or c.speaker or c.reported_by
    c.status = "alleged-and-denied"
    c.denied_by = denier
    c.by = denier
    c.cue = cue


def _denial_sentences(v: View, s: Sentence, contents: list[Claim], recent: list[tuple[int, Claim]], n: int) -> None:
    """"ونفت بيونغيانغ الاتهامات" / "رفض … الاتهامات": the latest charge is alleged and denied."""
    lex = v.lex
    for k in range(s.first, min(s.last, s.first + 10)):
        if not _deny_form(v.word(k)) or v.is_masked(v.toks[k].start):
            continue
        if _relative_at(v, k - 2) or _relative_at(v, k - 3):
            continue
        if strip_conj(v.word(k + 1)) in lex.accusation_nouns:
            # "لكن بيونغيانغ نفت ذلك": the denier stands before the verb
            obj = k + 1
            ents = [e for e in v.entities_in(v.toks[s.first].start, v.toks[k].start) if not v.governed(e)]
            denier = (ents[-1].actor or ents[-1].canonical or ents[-1].span.text) if ents else None
            cue = v.toks[k].span
        else:
            a, b = subject_range(v, k, s.last)
            obj = _object_start(v, a, b, s.last)
            if obj >= s.last or strip_conj(v.word(obj)) not in lex.accusation_nouns:
                continue
            denier, cue = _denier(v, k, s.last)
        quoted = v.memo.get(("quoted_words",), set())
        target = [c for c in contents if c.status in ("alleged", "reported") and c.span.end <= v.toks[k].start
                  and id(c) not in quoted]
        target = target or [c for m, c in recent if m < n and id(c) not in quoted]
        if target:
            _deny(target[-1], denier, cue)
        return


def _plain_denials(v: View, s: Sentence, contents: list[Claim]) -> list[Claim]:
    """"نفى الوزير وجود …": a denial verb with a plain object denies that object."""
    out = []
    lex = v.lex
    for k in range(s.first, s.last):
        cue = v.cue(k)
        if cue is None or cue.cls != "deny":
            continue
        if any(c.cue is not None and c.cue.start == v.toks[k].start for c in contents):
            continue
        if _relative_at(v, k - 2) or _relative_at(v, k - 3):
            continue
        a, b = subject_range(v, k, s.last)
        # the object starts at the first noun a denial takes ("وجود"، "قيام"، "مقتل"…) inside or after the phrase
        masdar = next((i for i in range(a, min(s.last, b + 8)) if v.in_set(i, lex.denied_objects)), None)
        sp, how = speaker_from_range(v, a, masdar if masdar is not None and masdar < b else b)
        if masdar is not None and masdar <= a or how in ("text", ""):
            obj = masdar if masdar is not None else a  # "ونفى وجود أي صفقة": the verb carries its subject
            sp = v.memo.get(("speaker", k))
        elif masdar is not None:
            obj = masdar
        else:
            obj = _object_start(v, a, b, s.last)
            if v.is_title_at(obj):
                continue  # "نفى X رئيس الحكومة السابق …": an apposition, no object found
        if obj >= s.last or strip_conj(v.word(obj)) in lex.accusation_nouns or not v.toks[obj].is_word:
            continue
        end = _clause_end(v, s, obj + 1)
        if end <= obj:
            continue
        by = who(sp)
        span = v.span(v.toks[obj].start, v.toks[end - 1].end)
        out.append(Claim(span, "denied", cue=v.toks[k].span, by=by, speaker=by, denied_by=by, kind="content"))
    return out


def _clause_claim(v: View, s: Sentence, contents: list[Claim], relays: list[Relay]) -> Claim | None:
    lex = v.lex
    end = s.span.end
    starts = [c.span.start for c in contents if c.span.start > s.span.start]
    if starts:
        end = min(starts)
    outside = [r for r in relays if not any(c.span.start <= r.cue.start < c.span.end for c in contents)]
    if outside and not contents:
        # the relay phrase itself is not part of what is stated
        r = outside[0]
        if r.cue.start > s.span.start + 1:
            end = min(end, r.cue.start)
    a, b = v.token_range(s.span.start, end)
    while b > a and not v.toks[b - 1].is_word:
        b -= 1
    if b <= a:
        return None
    span = v.span(v.toks[a].start, v.toks[b - 1].end)
    c = Claim(span, "asserted", kind="clause")
    first = strip_conj(v.word(a))
    if first in lex.background_openers and any(v.word(i) == "قد" for i in range(a, min(b, a + 8))):
        c.status = "background"
        c.cue = v.span(v.toks[a].start, v.toks[a].end)
    if outside:
        r = outside[-1]
        c.reported_by = _relay_who(r)
        statement = any(v.cue(i) is not None for i in range(a, min(b, a + 3)))
        if not statement and not contents and c.status == "asserted":
            c.status = "reported"
            c.by = c.reported_by
            c.cue = r.cue
    return c


def _mark(v: View, c: Claim, nested: list[Span]) -> None:
    lex = v.lex
    a, b = v.token_range(c.span.start, c.span.end)
    inner = [n for n in nested if not (n.start <= c.span.start and c.span.end <= n.end)]
    hedge_phrases = _by_first(lex.hedge_phrases)
    for i in range(a, b):
        t = v.toks[i]
        if inner and any(n.start <= t.start < n.end for n in inner):
            continue
        w = strip_conj(t.norm) if t.norm not in lex.negations else t.norm
        if w in lex.negations:
            if w == "غير" and v.word(i + 1) in lex.complementizers:
                continue
            c.negated = True
        if w in lex.hedges:
            if w == "قد":
                nxt = v.word(i + 1)
                if not (len(nxt) >= 3 and nxt[0] in "يتن" and nxt != "تم"):
                    continue
            c.hedged = True
        for phrase in hedge_phrases.get(strip_conj(t.norm), ()):
            if all(strip_conj(v.word(i + m)) == p if m == 0 else v.word(i + m) == p for m, p in enumerate(phrase)):
                c.hedged = True

