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
   own takes the day of a date a few words before it; a weekday paired by
   "الموافق" with an explicit date on that weekday takes that date; the clock
   time closing a wire story ("// انتهى // 17:36") takes its dateline's day; a bare part
   of day ("مساءً") takes the day of the last date in its sentence or the one
   before; a company's period ("الربع الحالي", "الفترة المماثلة من العام
   السابق") takes the last quarter or half named, in its year or another. Store them
   as `art.timexes`, with spans in `art.text` (tatweel and vowel marks on the
   last letter included).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from marsad.article import Article, Timex
from marsad.pipeline import stage
from marsad.time import switches
from marsad.time.expressions import Mention, Scanner, find_mentions
from marsad.time.lexicon import lexicon, norm
from marsad.time.publication import estimate, national_day
from marsad.time.resolve import Value, add_months, period_value, resolve, weekday_near, writing_window

CLAUSE_STOPS = {".", "!", "?", "؟", "\n", ";", "؛"}
BARE_CALENDAR = {"month", "date"}  # a month or day named without its year: the tense of its clause decides
SENTENCE_END = re.compile(r"[.!?؟](?!\d)|\n")  # not the point of "2.5"
FRONT_PREPS = {norm(w) for w in ("في", "وفي", "خلال", "وخلال", "ففي")}
WINDOW_BEFORE = 8
WINDOW_AFTER = 6
CONJ = ("و", "ف")
NEAR_CHARS = 24
SAME_WINDOW = 600  # characters between "ذلك اليوم" and the day it points back to, at most
YEARLY_WINDOW = 7  # words before a season where "السنوي" makes it every year's
STORY_DAYS = 7  # a bare clock time takes the story's day only when that day is this recent
DATELINE_CHARS = 300  # a full date this near the start of the text is its dateline
FILING_MARK = re.compile(r"/\s*" + re.escape(norm("انتهى")) + r"\s*/+\s*$")  # "// انتهى // " before the clock
FILING_CHARS = 16
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
QUARTER_VALUE = re.compile(r"\d{4}-[QH]\d")
WEEK_VALUE = re.compile(r"\d{4}-W\d\d")
# a limit: the nearest such day, whichever side ("بحلول شهر مارس" is by March, this one or the last)
DEADLINE_WORDS = {norm(w) for w in ("حتى", "وحتى", "لغاية", "ولغاية", "بحلول", "وبحلول")}
DATE_WORD = norm("تاريخ")
SINCE = {norm("منذ"), norm("ومنذ")}
BEFORE_AFTER = {norm(w) for w in ("قبل", "بعد", "وقبل", "وبعد", "فبعد")}
AGREEING = norm("الموافق")
FI = norm("في")
COINCIDING = {norm(w) for w in ("الموافق", "الذي", "التي", "يصادف", "يوافق", "تصادف", "توافق", "ويصادف", "ويوافق",
                                 "يوم", "ل", "في")}
PARTS_OF = {norm(w) for w in ("الثلث", "الربع", "النصف", "الشطر")}  # "في وقت لاحق من الثلث الثاني"
HABITUAL = {norm(w) for w in ("عادة", "عادةً", "غالبا", "غالباً", "دائما", "دائماً", "أحيانا", "أحياناً")}
# verbs whose last letter is a hamza on alif, which the normalised view writes as a bare alif
HAMZA_FINAL = {norm(w) for w in ("بدأ", "نشأ", "قرأ", "لجأ", "هدأ", "طرأ", "ملأ", "تبوأ", "تهيأ", "بطأ")}
WORD_MARKS = frozenset("\u0640" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670")
LATER_WITHIN = {norm(w) for w in ("اليوم", "من", "هذا", "هذه", "الليلة", "غدا", "مساء", "صباح")}
COMPLEMENTIZERS = {norm(w) for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أننا", "إننا")}
PAST_MARKERS = {norm(w) for w in ("كان", "كانت", "قد", "سبق", "وكان", "وكانت")}
OBJECT_PRONOUNS = tuple(norm(w) for w in ("ه", "ها", "هم", "وا"))
TONIGHT = norm("الليلة")
EVERY = norm("كل")
HEADLINE_WORDS = 15
YESTERDAY = {norm(w) for w in ("أمس", "وأمس", "بالأمس", "البارحة", "والبارحة")}


def is_future_word(word: str) -> bool:
    """سيزور، ستعقد، سنعمل: the future prefix on a verb, not a noun that starts with س."""
    lex = lexicon()
    w = word[1:] if word[:1] in CONJ and len(word) > 4 else word
    if len(w) < 4 or not w.startswith(lex.future_prefixes) or (w.endswith("ا") and w[2:] not in HAMZA_FINAL):
        return False  # a final alif ends names and nouns ("سيبريا", "سينما"), not future verbs (but سيبدأ)
    # a short exception ("ست", six) is the whole word: as a prefix it would take every verb in ست-
    return not any(w == x or (len(x) > 3 and w.startswith(x)) for x in lex.future_exceptions)


def is_complementizer(word: str) -> bool:
    """أن/إن (بأن، وأنه، إنها...): the start of a reported clause."""
    w = word[1:] if word[:1] in "وفبل" and len(word) > 2 else word
    return w in COMPLEMENTIZERS


def clause_words(sc: Scanner, m: Mention) -> tuple[list[str], set[int]]:
    """The words of the expression's clause (a few before, a few after up to a reported clause), and its own."""
    toks = sc.toks
    first = bisect.bisect_right(sc.tok_ends, m.start)  # the first token ending after the start
    last = bisect.bisect_left(sc.tok_starts, m.end, lo=first)
    lo = first
    while lo > 0 and first - lo < WINDOW_BEFORE and toks[lo - 1].text not in CLAUSE_STOPS \
            and "\n" not in sc.text[toks[lo - 1].end:toks[lo].start]:
        lo -= 1
    hi = last
    while hi < len(toks) and hi - last < WINDOW_AFTER and toks[hi].text not in CLAUSE_STOPS \
            and "\n" not in sc.text[toks[hi - 1].end:toks[hi].start] and not is_complementizer(toks[hi].text):
        hi += 1  # "حذر السبت من أن بلاده ستواصل": the future of what was said is not the saying's
    return [t.text for t in toks[lo:hi]], {k - lo for k in range(first, last)}


def clause_is_future(sc: Scanner, m: Mention) -> bool:
    """A future cue or a future verb near the expression, inside its sentence."""
    words, inside = clause_words(sc, m)
    lex = lexicon()
    for k, w in enumerate(words):
        if k in inside:
            continue
        if w in PAST_MARKERS:
            return False
        if is_future_word(w):
            return True
        bare = w[1:] if w[:1] in CONJ and len(w) > 3 else w  # "وتنوي"
        for n in (1, 2):
            if tuple(words[k:k + n]) in lex.future_cues or (bare, *words[k + 1:k + n]) in lex.future_cues:
                return True
    return False


def is_past_verb(word: str) -> bool:
    """A past verb of the news, with و/ف before it and an object pronoun after it ("وفرضتها")."""
    past = lexicon().past_verbs
    cores = (word, word[1:]) if word[:1] in CONJ and len(word) > 3 else (word,)  # "فرضت" is no ف + رضت
    return any(core in past or any(core.endswith(p) and core[:-len(p)] in past for p in OBJECT_PRONOUNS)
               for core in cores)


def past_verb_first(sc: Scanner, m: Mention) -> bool:
    """The nearest tense cue before the expression in its clause is a past verb ("القيود التي فرضتها الحكومة
    في نهاية يونيو ستقوض"): the month is the one before, whatever the clause says after it."""
    words, inside = clause_words(sc, m)
    lex = lexicon()
    for k in range(min(inside, default=0) - 1, -1, -1):
        w = words[k]
        if is_past_verb(w) or w in PAST_MARKERS:
            return True
        bare = w[1:] if w[:1] in CONJ and len(w) > 3 else w
        if is_future_word(w) or (w,) in lex.future_cues or (bare,) in lex.future_cues:
            return False
    return False


def clause_is_past(sc: Scanner, m: Mention) -> bool:
    """A past verb of the news ("قتل", "أعلنت", "شنه") in the expression's clause."""
    words, inside = clause_words(sc, m)
    start = max(sc.text.rfind(c, 0, m.start) for c in CLAUSE_STOPS) + 1
    if any(w in YESTERDAY for w in re.findall(r"\w+", sc.text[start:m.start])):
        return False  # "البارحة بمسرحية ... والليلة مسرحية": tonight set against yesterday in the sentence
    for k, w in enumerate(words):
        if k not in inside and is_past_verb(w):
            return True  # "شنه": the verb with its object
    return False


def is_headline(sc: Scanner, m: Mention) -> bool:
    """The expression's line is short and ends without a full stop: a title, written in the news's present."""
    a = sc.text.rfind("\n", 0, m.start) + 1
    b = sc.text.find("\n", m.end)
    line = sc.text[a:b if b >= 0 else len(sc.text)].strip()
    return len(line.split()) <= HEADLINE_WORDS and not line.endswith((".", "!", "؟", "?"))


def is_last_night(sc: Scanner, m: Mention) -> bool:
    """A bare "الليلة" in a past clause of a story ("هجوم الليلة شنه", "قتل الليلة"): last night, not tonight."""
    sem = m.sem
    if sem.kind != "deictic" or sem.part != "NI" or sem.shift != 0 or sem.wd is not None or m.future:
        return False
    if not sc.text[m.start:m.end].endswith(TONIGHT) or len(sc.text[m.start:m.end]) > len(TONIGHT) + 1:
        return False
    return clause_is_past(sc, m) and not is_headline(sc, m)


def is_deadline(sc: Scanner, m: Mention) -> bool:
    """حتى/لغاية (or إلى غاية، حتى تاريخ) right before the expression: a limit, in the past or ahead."""
    k = bisect.bisect_right(sc.tok_ends, m.start)
    before = [sc.toks[x].text for x in range(max(0, k - 2), k)]
    if before and before[-1] == DATE_WORD:
        before = before[:-1]
    return bool(before) and (before[-1] in DEADLINE_WORDS or before[-2:] == [norm("إلى"), norm("غاية")])


def duration_start(sc: Scanner, m: Mention) -> int:
    """Where a duration's span starts: after a قبل/بعد it opens with ("بعد ست سنوات من الركود": "ست سنوات")."""
    k = bisect.bisect_left(sc.tok_starts, m.start)
    if k + 1 < len(sc.toks) and sc.toks[k].start == m.start and sc.toks[k + 1].start < m.end \
            and sc.word(k) in BEFORE_AFTER:
        return sc.toks[k + 1].start
    return m.start


def since_before(sc: Scanner, m: Mention) -> bool:
    """منذ (ومنذ) right before the expression."""
    k = bisect.bisect_right(sc.tok_ends, m.start)
    return k > 0 and sc.word(k - 1) in SINCE


def fronted(sc: Scanner, m: Mention) -> bool:
    """The expression opens its sentence or clause, with only a preposition before it ("وفي سبتمبر، كشفت"): a
    time set first in a news sentence is the scene of the event it goes on to tell."""
    k = bisect.bisect_right(sc.tok_ends, m.start) - 1
    while k >= 0 and sc.word(k) in FRONT_PREPS:
        k -= 1
    return k < 0 or sc.word(k) in CLAUSE_STOPS or sc.word(k) in {",", "،"} or "\n" in sc.text[sc.toks[k].end:m.start]


LATER_TIME_WORDS = [norm("وقت"), norm("لاحق")]


def is_past_later(sc: Scanner, m: Mention) -> bool:
    """"لاحقا" in a past clause ("وعاد إلى الحكم لاحقا"): later than a past event, not a future reference."""
    if m.sem.kind != "vague" or m.future or tuple(sc.text[m.start:m.end].split()) not in lexicon().later_words:
        return False
    # "في وقت لاحق اليوم", "في وقت لاحق من هذا العام": later within a time named next, which may be ahead
    k = bisect.bisect_left(sc.tok_starts, m.end)
    nxt = sc.word(k)
    after = k + 1 < len(sc.toks) and (sc.toks[k + 1].is_digit or sc.word(k + 1) in LATER_WITHIN
                                      or sc.word(k + 1) in lexicon().definite_units or sc.word(k + 1) in PARTS_OF)
    return (nxt == norm("من") and not after) or nxt not in LATER_WITHIN  # "تبين لاحقا من": "من" opens no time


def later_time(sc: Scanner, m: Mention) -> bool:
    """"(في) وقت لاحق" in a past clause ("وفي وقت لاحق، اجتمع"): a time after the story's, named though not dated
    (round 9); a bare "لاحقا" there stays no expression."""
    return switches.LATER_TIME and sc.text[m.start:m.end].split()[-2:] == LATER_TIME_WORDS


def drop_past_later(sc: Scanner, mentions: list[Mention]) -> list[Mention]:
    """The mentions less "لاحقا" in past clauses (`is_past_later`); "وقت لاحق" there is kept without a value."""
    kept: list[Mention] = []
    for m in mentions:
        if is_past_later(sc, m):
            if not later_time(sc, m):
                continue
            m.sem.value = None
        kept.append(m)
    return kept


def is_habitual(sc: Scanner, m: Mention) -> bool:
    """"عادة"، "غالبا"، "دائما" among the few words before: what usually happens, on no one day."""
    k = bisect.bisect_right(sc.tok_ends, m.start)
    return any(sc.word(x) in HABITUAL or sc.bare(x) in HABITUAL for x in range(max(0, k - 3), k))


def is_yearly(sc: Scanner, m: Mention) -> bool:
    """"السنوي", "سنويا", "كل عام", "عادة" a few words before, in the clause: a season of every year."""
    k = bisect.bisect_right(sc.tok_ends, m.start)
    lex = lexicon()
    for x in range(k - 1, max(-1, k - YEARLY_WINDOW), -1):
        if sc.word(x) in CLAUSE_STOPS:
            return False
        if sc.word(x) in HABITUAL or sc.bare(x) in HABITUAL or lex.set_adjectives.get(sc.word(x)) == "P1Y" \
                or lex.sets.get((sc.word(x),)) == "P1Y" or lex.sets.get((sc.word(x), sc.word(x + 1))) == "P1Y":
            return True
    return False


def every_after(sc: Scanner, m: Mention) -> bool:
    """"كل" right after the expression ("حتى الحادية عشرة من مساء كل يوم"): of every day, not of one."""
    k = bisect.bisect_left(sc.tok_starts, m.end)
    return sc.word(k) == EVERY


def is_vocalised(text: str) -> bool:
    """Short vowels on most letters: a quotation of the Qur'an or of poetry."""
    marks = sum(1 for c in text if "\u064b" <= c <= "\u0652")
    return marks >= 3 and marks * 2 >= sum(1 for c in text if c.isalpha())


def same_sentence(text: str, end: int, start: int) -> bool:
    """No sentence break between two offsets (a set and a clock time it makes habitual)."""
    return 0 <= start - end <= 80 and not any(c in text[end:start] for c in CLAUSE_STOPS)


SAME_PREFIX = {"D": (re.compile(r"\d{4}-\d\d-\d\d"), "day"), "M": (re.compile(r"\d{4}-\d\d"), "month"),
               "Y": (re.compile(r"\d{4}"), "year"),
               # "في ذلك الوقت": the time of the last date, at its own granularity
               "X": (re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?(?![\d-]|W)"), "vague")}
GRANULARITY = {4: "year", 7: "month", 10: "day"}


def same_as_before(placed: list[tuple[Mention, Timex]], m: Mention) -> Value | None:
    """The value of "نفس اليوم"/"العام نفسه"/"ذلك اليوم": the day, month or year of the nearest expression before it.

    "ذلك اليوم" ("that day") points back a few sentences at most, and never to
    the text's own today.
    """
    pattern, granularity = SAME_PREFIX[m.sem.unit or "D"]
    for before, t in reversed(placed):
        if m.sem.rel == "that" and m.start - before.end > SAME_WINDOW:
            break
        hit = pattern.match(t.value or "")
        if m.sem.rel == "that" and before.sem.kind in ("deictic", "part") and before.sem.shift == 0:
            continue
        if m.sem.unit == "X":
            if t.type != "DATE":
                continue
            # the date told last: "عام 2012 ... في ذلك الوقت"; none when it has no calendar value ("عام 70م ...
            # ومنذ ذلك الحين", "في وقت سابق ... في ذلك الوقت")
            return Value(hit.group(), GRANULARITY[len(hit.group())]) if hit else None
        if hit and t.type in ("DATE", "TIME"):
            return Value(hit.group(), granularity)
    return None


def week_weekday(placed: list[tuple[Mention, Timex]], m: Mention, text: str, base: dt.date | None) -> Value | None:
    """"الأسبوع الماضي ... يوم الاثنين": a bare weekday after "last (next) week" in its sentence is that week's.

    The week is the Arab one, from Sunday to Saturday: on a Sunday "last week's Monday" is six days back.
    """
    for before, t in reversed(placed):
        if sentences_between(text, before.end, m.start):
            return None
        if before.sem.kind == "weekday":
            continue  # "الأسبوع الماضي ... يوم الاثنين ... يوم الجمعة": both of that week
        if before.sem.kind != "relunit" or before.sem.unit != "W" or before.sem.shift not in (-1, 1) \
                or not WEEK_VALUE.fullmatch(t.value or "") or m.sem.wd is None or base is None:
            return None
        sunday = base - dt.timedelta(days=(base.weekday() + 1) % 7) + dt.timedelta(weeks=before.sem.shift)
        return Value((sunday + dt.timedelta(days=(m.sem.wd + 1) % 7)).isoformat(), "day")
    return None


def moved(v: Value, unit: str, shift: int) -> Value | None:
    """The day, month or year of `v` moved by `shift` of its unit ("اليوم التالي" of 2015-07-20: 2015-07-21)."""
    if not v.value:
        return None
    if unit == "D":
        return Value((dt.date.fromisoformat(v.value) + dt.timedelta(days=shift)).isoformat(), v.granularity)
    if unit == "M":
        return Value(add_months(dt.date.fromisoformat(v.value + "-01"), shift).strftime("%Y-%m"), v.granularity)
    return Value(f"{int(v.value) + shift:04d}", v.granularity)


def sentences_between(text: str, end: int, start: int) -> int:
    """How many sentence ends lie between two offsets (0: the same sentence, 1: the one before)."""
    return len(SENTENCE_END.findall(text, end, start))


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
            named = weekday_near(anchor + dt.timedelta(days=s.shift), s.wd, *writing_window(s.shift))
            days.add(named - dt.timedelta(days=s.shift))
    return days.pop() if len(days) == 1 else anchor


@stage("dates", requires={"tokens", "dates.page"}, assigns={"timexes", "dates.publication"})
def tag_dates(art: Article) -> None:
    view = art.normalized
    mentions, sc = find_mentions(view.text)
    for m in mentions:
        m.future = clause_is_future(sc, m)
        if m.future and m.sem.kind in BARE_CALENDAR and m.sem.y is None and m.sem.rel is None \
                and past_verb_first(sc, m):
            m.future = False
        if switches.SINCE_PAST and m.future and m.sem.kind in BARE_CALENDAR and since_before(sc, m):
            m.future = False  # "أعلى مستوياته منذ 29 مايو": what began at a day has begun, whatever follows
        m.sem.deadline = is_deadline(sc, m)
        if switches.NEAREST_MONTH and m.sem.kind in ("month", "date") and not m.sem.hijri and m.sem.y is None \
                and m.sem.rel is None and not m.future and not since_before(sc, m) and not clause_is_past(sc, m) \
                and not fronted(sc, m):
            # "رفع أسعار الفائدة في سبتمبر", "الاجتماع الدوري المقرر في ديسمبر": a month named bare, in a clause
            # with no past verb, is the coming one when it is at most four months ahead, else the last one
            m.sem.nearest = True
        if is_last_night(sc, m):
            m.sem.shift = -1
    mentions = drop_past_later(sc, mentions)
    art.dates.publication = estimate(art, mentions, sc, view)
    pub = art.dates.publication.value
    anchor = dt.date.fromisoformat(pub) if pub else None
    today = writing_day(mentions, anchor)
    timexes: list[Timex] = []
    placed: list[tuple[Mention, Timex]] = []
    last_day: tuple[int, dt.date] | None = None  # end and day of the last expression that named a day
    story_day: dt.date | None = None  # the day the story tells of: the last day named so far
    last_set: int | None = None  # end of the last set ("يوميا", "كل يوم")
    periods: list[str] = []  # the quarters and halves named so far ("2015-Q2")
    last_date: tuple[int, dt.date] | None = None  # end and day of the last DATE of one day
    dateline_day: dt.date | None = None  # the Gregorian day of a full date opening the text (a wire's dateline)
    for m in mentions:
        base = today if m.sem.kind in ("deictic", "part") else anchor
        if m.sem.kind in ("time", "part") and m.sem.shift == 0 and m.sem.wd is None and last_day \
                and near_before(view.text, last_day[0], m.start):
            base = last_day[1]  # "الخميس المقبل في تمام الساعة العاشرة صباحا": the time of that day
        elif m.sem.kind == "part" and m.sem.wd is None and last_date \
                and sentences_between(view.text, last_date[0], m.start) <= 1:
            base = last_date[1]  # "(الأحد) ... وشارك في أولى تدريباته مساءً": the evening of the day named last
        elif m.sem.kind == "time" and m.sem.shift == 0 and m.sem.wd is None and story_day and base \
                and 0 < (base - story_day).days <= STORY_DAYS:
            base = story_day  # "صباح يوم الخميس ... وبحلول الساعة 0700": the clock of the day the story tells
        if switches.FILING_TIME and m.sem.kind == "time" and m.sem.shift == 0 and m.sem.wd is None \
                and dateline_day and filing_mark_before(view.text, m.start):
            base = dateline_day  # "// انتهى // 17:36 ت م": the time the wire story was filed, on its dateline's day
        v = resolve(m.sem, base, m.future)
        if switches.WEEK_WEEKDAY and m.sem.kind == "weekday" and m.sem.rel is None and m.sem.part is None:
            v = week_weekday(placed, m, view.text, base) or v
        if m.sem.range_month and v.value and DAY_VALUE.fullmatch(v.value[:10]):
            v = Value(v.value[:7], "month", "DATE")  # "22 إلى 30 أغسطس": the month the days fall in
        if m.sem.kind == "same":
            same = same_as_before(placed, m)
            if same is not None and (m.sem.shift or m.sem.value):
                same = moved(same, m.sem.unit or "D", m.sem.shift) if not m.sem.value else None
            # "في ذلك اليوم" with no day named before it: the day of some event, tagged without a value as in TimeML
            v = same or Value(None, SAME_PREFIX[m.sem.unit or "D"][1])
            if m.sem.part:
                v = Value(f"{v.value}T{m.sem.part}" if v.value else None, "time", "TIME")  # "الليلة التالية"
        if m.sem.kind == "time" and m.sem.shift == 0 and m.sem.wd is None and last_set is not None \
                and same_sentence(view.text, last_set, m.start) and v.value and "T" in v.value:
            # "يبدأ العمل يوميا من الساعة العاشرة": a time of every day, not of one
            v = Value("XXXX-XX-XX" + v.value[v.value.index("T"):], v.granularity, v.type)
        if m.sem.kind == "part" and m.sem.shift == 0 and m.sem.wd is None and (is_habitual(sc, m) or every_after(sc, m)) \
                and v.value and "T" in v.value:
            # "ويلعب عادة مساء": the evening of any day, not of one
            v = Value("XXXX-XX-XX" + v.value[v.value.index("T"):], v.granularity, v.type)
        if m.sem.kind == "season" and m.sem.rel in ("generic", "construct") and is_yearly(sc, m):
            v = Value(None, "season")  # "هجومهم السنوي في الربيع": every spring, no one season
        if m.sem.kind == "period":
            # "الربع" is the last quarter named; "الفترة" the period of the results, a half when one was named
            wanted = [m.sem.unit] if m.sem.unit else ["H", "Q"]
            named = next((p for u in wanted for p in reversed(periods) if p[5] == u), None)
            v = period_value(m.sem, anchor, named)
        if m.sem.kind == "quarter" and v.value and QUARTER_VALUE.fullmatch(v.value):
            periods.append(v.value)  # "الربع الثاني": what "الربع الحالي", "الربع المماثل" later point to
        if m.sem.kind == "observance" and m.sem.unit == "national" and m.sem.value and anchor:
            v = national_day_value(m.sem.value, anchor, m.future)
        if m.sem.kind == "set":
            last_set = m.end
        day = v.value[:10] if v.value and v.type in ("DATE", "TIME") else ""
        last_day = (m.end, dt.date.fromisoformat(day)) if DAY_VALUE.fullmatch(day) else None
        if dateline_day is None and m.sem.kind == "date" and not m.sem.hijri and m.sem.y is not None \
                and m.start < DATELINE_CHARS and last_day:
            dateline_day = last_day[1]  # "تبوك 18 شوال 1436 هـ الموافق 3 أغسطس 2015 م"
        if last_day and v.type == "DATE" and v.granularity == "day":
            last_date = last_day
        if last_day and v.granularity in ("day", "time") and m.sem.kind != "time":
            story_day = last_day[1]
        start = m.start
        if switches.DURATION_PREP_OUT and v.type == "DURATION":
            start = duration_start(sc, m)
        a, b = view.span(start, m.end)
        if b <= a or (m.sem.kind in ("deictic", "relunit", "vague") and is_vocalised(art.text[a:b])):
            continue  # "الْيَوْم" written with its vowels is quoted scripture or verse, not the news's day
        b = with_marks(art.text, b)
        timexes.append(Timex(art.span(a, b), v.value, v.granularity, v.type, "publication" if anchor else None,
                             m.sem.mod))
        placed.append((m, timexes[-1]))
    paired_days(view.text, placed)
    if switches.WEEKDAY_DATE:
        timexes = weekday_dates(art, sc, placed)
    art.timexes = timexes


def filing_mark_before(text: str, start: int) -> bool:
    """The wire's end mark ("// انتهى //") just before a clock time: the time the story was filed."""
    return FILING_MARK.search(text[max(0, start - FILING_CHARS):start]) is not None


def with_marks(text: str, end: int) -> int:
    """The end moved over the tatweel and vowel marks written on the span's last letter ("1436هـ", "غداً")."""
    while end < len(text) and text[end] in WORD_MARKS:
        end += 1
    return end


def national_day_value(code: str, anchor: dt.date, future: bool) -> Value:
    """A country's national day named without a year: the last one in a past clause, the next in a future one."""
    days = [nd[0] for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (nd := national_day(code, y))]
    if future:
        ahead = [d for d in days if d >= anchor]
        return Value(min(ahead).isoformat() if ahead else None, "day")
    # a celebration reported a few days late is still this year's
    past = [d for d in days if d <= anchor + dt.timedelta(days=3)]
    return Value(max(past).isoformat() if past else None, "day")


def _words_between(normalized: str, end: int, start: int) -> list[str]:
    return [w for w in re.split(r"[\s,،()\-]+", normalized[end:start]) if w]


def paired_days(normalized: str, placed: list[tuple[Mention, Timex]]) -> None:
    """Days the text pairs with an explicit date or a deictic day next to them.

    - "اليوم الأحد الموافق 26 يوليو": a weekday paired with an explicit date
      that falls on it is that date (the weekday alone is resolved near the
      writing day, which wire copy or an announcement can be days away from);
    - "باليوم العالمي للمكتبات الذي يصادف يوم 14/3/2015", "تحتفي غدا
      باليوم العالمي ...": a named day with no date of its own takes the date
      or the deictic day beside it.
    """
    for (m1, t1), (m2, t2) in zip(placed, placed[1:], strict=False):
        if not t1.value and not t2.value:
            continue
        between = _words_between(normalized, m1.end, m2.start)
        if m1.sem.wd is not None and t1.value and t2.value and DAY_VALUE.match(t2.value) and DAY_VALUE.match(t1.value):
            if not between or between[0] != AGREEING or len(between) > 2 or (len(between) == 2 and between[1] != "ل"):
                continue
            day = dt.date.fromisoformat(t2.value[:10])
            if day.weekday() == m1.sem.wd:
                t1.value = day.isoformat() + t1.value[10:]
        elif m1.sem.kind == "observance" and not t1.value and t2.value and DAY_VALUE.fullmatch(t2.value) \
                and m2.sem.kind in ("date", "deictic", "weekday") \
                and (not between or (between[0] in COINCIDING and set(between) <= COINCIDING)):
            t1.value, t1.granularity = t2.value, "day"
        elif m2.sem.kind == "observance" and not t2.value and t1.value and DAY_VALUE.fullmatch(t1.value) \
                and m1.sem.kind == "deictic" and set(between) <= {"ب", "ل", FI}:
            t2.value, t2.granularity = t1.value, "day"


def _agreeing(normalized: str, end: int, start: int) -> bool:
    """Nothing between two expressions but "الموافق" (with ل): the second is the first told again."""
    between = _words_between(normalized, end, start)
    return bool(between) and between[0] == AGREEING and (len(between) == 1 or between[1:] == ["ل"])


def _is_day(m: Mention, t: Timex) -> bool:
    return m.sem.kind == "date" and m.sem.d is not None and bool(t.value and DAY_VALUE.fullmatch(t.value[:10]))


def weekday_dates(art: Article, sc: Scanner, placed: list[tuple[Mention, Timex]]) -> list[Timex]:
    """A weekday and the full date told right after it, and the date it equals after "الموافق", as one expression
    ("اليوم الأحد 2 أغسطس 2015", "يوم (الأحد) الموافق للأول من ذي القعدة", "الثلاثاء 19/10/1436هـ الموافق
    4/8/2015م"): the annotations have them so 7 times of 7. Only when the date falls on the weekday: "حددت أمس
    الاثنين يوم 26 فبراير موعدا" names two days, and a text that contradicts itself keeps both (`paired_days`
    gives the weekday its own day). A dateline's Hijri–Gregorian pair with no weekday stays two dates, as the
    annotations have it."""
    view = art.normalized
    out: list[Timex] = []
    k = 0
    while k < len(placed):
        m1, t1 = placed[k]
        k += 1
        head = (m1.sem.kind == "weekday" and m1.sem.rel is None) or (m1.sem.kind == "deictic" and m1.sem.deictic_weekday)
        told = m1.sem.kind == "date" and sc.lead_weekday(bisect.bisect_left(sc.tok_starts, m1.start)) \
            > bisect.bisect_left(sc.tok_starts, m1.start)  # "الخميس 14/10/1436هـ" is one date already
        merged = t1
        last = m1
        if head and k < len(placed) and m1.sem.wd is not None and t1.value:
            m2, t2 = placed[k]
            gap = view.text[m1.end:m2.start]
            if _is_day(m2, t2) and (not gap.strip(" ,،") or _agreeing(view.text, m1.end, m2.start)) \
                    and "\n" not in gap:
                day = dt.date.fromisoformat((t2.value or "")[:10])
                if day.weekday() == m1.sem.wd:
                    value = day.isoformat() + t1.value[10:]
                    gran, ty = (t2.granularity, t2.type) if value == t2.value else (t1.granularity, t1.type)
                    merged = Timex(art.span(t1.span.start, t2.span.end), value, gran, ty, t1.anchor, t1.mod or t2.mod)
                    last = m2
                    k += 1
        if (merged is not t1 or told) and k < len(placed):
            m3, t3 = placed[k]
            if _is_day(m3, t3) and _agreeing(view.text, last.end, m3.start):
                merged = Timex(art.span(merged.span.start, t3.span.end), merged.value, merged.granularity, merged.type,
                               merged.anchor, merged.mod)
                k += 1
        out.append(merged)
    return out


def tag_text(text: str, published: str | None = None, page: str | None = None) -> Article:
    """Run the time stage alone over a bare text (for tests, notebooks and the docs' examples)."""
    from marsad.article import PageDate

    art = Article(raw=text.encode("utf-8"), text=text, published=published)
    if page:
        art.dates.page = PageDate(page, page, "header")
        art.dates.candidates = [art.dates.page]
    tag_dates.run(art)
    return art
