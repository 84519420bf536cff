"""The time stage: time expressions and the publication date they are resolved against.

Steps:
1. Find the time expressions in the normalised view of `art.text`
   (`marsad.time.expressions`).
2. Mark each one's clause as future or not (سـ/سوف + verb, المقبل، من المقرر،
   يعتزم... within the clause), and whether it is a limit after حتى/لغاية.
3. Estimate the publication date from the page's claims and the text's anchors
   (`marsad.time.publication`).
4. Resolve every expression against the publication date
   (`marsad.time.resolve`); a clock time or part of day with no day of its
   own takes the day of a date a few words before it. Store them as
   `art.timexes`, with spans in `art.text`.
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.article import Article, Timex
from marsad.pipeline import stage
from marsad.time.expressions import Mention, Scanner, find_mentions
from marsad.time.lexicon import lexicon, norm
from marsad.time.publication import estimate
from marsad.time.resolve import resolve, weekday_near

CLAUSE_STOPS = {".", "!", "?", "؟", "\n", ";", "؛"}
WINDOW_BEFORE = 8
WINDOW_AFTER = 6
CONJ = ("و", "ف")
NEAR_CHARS = 24
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
DEADLINE_WORDS = {norm(w) for w in ("حتى", "وحتى", "لغاية", "ولغاية")}
DATE_WORD = norm("تاريخ")
PAST_MARKERS = {norm(w) for w in ("كان", "كانت", "قد", "سبق", "وكان", "وكانت")}


def is_future_word(word: str) -> bool:
    """سيزور، ستعقد، سنعمل: the future prefix on a verb, not a noun that starts with س."""
    lex = lexicon()
    w = word[1:] if word[:1] in CONJ and len(word) > 4 else word
    if len(w) < 4 or not w.startswith(lex.future_prefixes):
        return False
    return not any(w.startswith(x) for x in lex.future_exceptions)


def clause_is_future(sc: Scanner, m: Mention) -> bool:
    """A future cue or a future verb near the expression, inside its sentence."""
    toks = sc.toks
    first = next((k for k, t in enumerate(toks) if t.end > m.start), len(toks))
    last = next((k for k in range(first, len(toks)) if toks[k].start >= m.end), len(toks))
    lex = lexicon()
    lo = first
    while lo > 0 and first - lo < WINDOW_BEFORE and toks[lo - 1].text not in CLAUSE_STOPS \
            and "\n" not in sc.text[toks[lo - 1].end:toks[lo].start]:
        lo -= 1
    hi = last
    while hi < len(toks) and hi - last < WINDOW_AFTER and toks[hi].text not in CLAUSE_STOPS \
            and "\n" not in sc.text[toks[hi - 1].end:toks[hi].start]:
        hi += 1
    words = [t.text for t in toks[lo:hi]]
    inside = {k - lo for k in range(first, last)}
    for k, w in enumerate(words):
        if k in inside:
            continue
        if w in PAST_MARKERS:
            return False
        if is_future_word(w):
            return True
        for n in (1, 2):
            if tuple(words[k:k + n]) in lex.future_cues:
                return True
    return False


def is_deadline(sc: Scanner, m: Mention) -> bool:
    """حتى/لغاية (or إلى غاية، حتى تاريخ) right before the expression: a limit, in the past or ahead."""
    k = next((k for k, t in enumerate(sc.toks) if t.end > m.start), 0)
    before = [sc.toks[x].text for x in range(max(0, k - 2), k)]
    if before and before[-1] == DATE_WORD:
        before = before[:-1]
    return bool(before) and (before[-1] in DEADLINE_WORDS or before[-2:] == [norm("إلى"), norm("غاية")])


def near_before(text: str, end: int, start: int) -> bool:
    """Only a few words, in the same clause, between an expression's end and the next one's start."""
    gap = text[end:start]
    return 0 <= len(gap) <= NEAR_CHARS and not any(c in gap for c in CLAUSE_STOPS | {"،", ","})


def writing_day(mentions: list[Mention], anchor: dt.date | None) -> dt.date | None:
    """The text's own "today" when its named weekdays agree on one (wire copy written a day before)."""
    if anchor is None:
        return None
    days = set()
    for m in mentions:
        s = m.sem
        if s.kind == "deictic" and s.deictic_weekday and s.wd is not None:
            named = weekday_near(anchor + dt.timedelta(days=s.shift), s.wd, -5, 1)
            days.add(named - dt.timedelta(days=s.shift))
    return days.pop() if len(days) == 1 else anchor


@stage("dates", requires={"tokens", "dates.page"}, assigns={"timexes", "dates.publication"})
def tag_dates(art: Article) -> None:
    view = art.normalized
    mentions, sc = find_mentions(view.text)
    for m in mentions:
        m.future = clause_is_future(sc, m)
        m.sem.deadline = is_deadline(sc, m)
    art.dates.publication = estimate(art, mentions, sc, view)
    pub = art.dates.publication.value
    anchor = dt.date.fromisoformat(pub) if pub else None
    today = writing_day(mentions, anchor)
    timexes = []
    last_day: tuple[int, dt.date] | None = None  # end and day of the last expression that named a day
    for m in mentions:
        base = today if m.sem.kind in ("deictic", "part") else anchor
        if m.sem.kind in ("time", "part") and m.sem.shift == 0 and m.sem.wd is None and last_day \
                and near_before(view.text, last_day[0], m.start):
            base = last_day[1]  # "الأحد المقبل في تمام الساعة الثامنة مساء": the time of that day
        v = resolve(m.sem, base, m.future)
        day = v.value[:10] if v.value and v.type in ("DATE", "TIME") else ""
        last_day = (m.end, dt.date.fromisoformat(day)) if DAY_VALUE.fullmatch(day) else None
        a, b = view.span(m.start, m.end)
        if b <= a:
            continue
        timexes.append(Timex(art.span(a, b), v.value, v.granularity, v.type, "publication" if anchor else None,
                             m.sem.mod))
    art.timexes = timexes


def tag_text(text: str, published: str | None = None, page: str | None = None) -> Article:
    """Run the time stage alone over a bare text (for tests, notebooks and the docs' examples)."""
    from marsad.article import PageDate

    art = Article(raw=text.encode("utf-8"), text=text, published=published)
    if page:
        art.dates.page = PageDate(page, page, "header")
        art.dates.candidates = [art.dates.page]
    tag_dates.run(art)
    return art
