"""The publication date: what the page claims, checked against what the text says.

Steps:
1. Reference date: the date given by the caller (`art.published`), else the
   page's own (`art.dates.page`: header line, meta tags, JSON-LD, URL).
2. Anchors in the text, each a test of a candidate day with a weight and a
   one-line reason tied to its words:
   - a weekday beside اليوم/أمس/غدا ("اليوم الإثنين": the day is a Monday);
   - a national day or independence day of a named country on the occasion of
     which the text is written (the `holidays` package's country calendar,
     else `data/time/national_days.json`);
   - Islamic holidays with an occasion word ("بمناسبة عيد الفطر"), "شهر
     رمضان الجاري" (hijridate);
   - a full date beside اليوم, or a Hijri/Gregorian pair in the dateline;
   - a well-known dated event next to a relative year ("هجومها على أوكرانيا
     العام الماضي": the invasion was in 2022, so the text is from 2023), from
     `data/time/events.json`.
3. Search the days from 15 years before to a year after the reference date
   (and the years anchors name outright) for the day that satisfies the most
   anchor weight; ties go to the day nearest the reference, days before it
   first (a page is dated on or after the day it was written).
4. Result: without anchors the reference date stands with moderate
   confidence. With anchors, a page date that fails them is replaced by the
   best day and flagged as a conflict; a date given by the caller is kept as
   the value but still flagged, with the anchors that contradict it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from marsad.article import Article, DateEvidence, Publication
from marsad.clean.normalize import NormalizedText
from marsad.resources import load_json
from marsad.time.expressions import Mention, Scanner
from marsad.time.lexicon import norm, phrase
from marsad.time.resolve import gregorian_to_hijri, hijri_to_gregorian, resolve

WEEKDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DEICTIC_EN = {0: "today", -1: "yesterday", -2: "the day before yesterday", 1: "tomorrow", 2: "the day after tomorrow"}
RELIGIOUS = {("عيد", "الفطر"): (10, 1, "Eid al-Fitr (1 Shawwal)"), ("عيد", "الأضحى"): (12, 10, "Eid al-Adha (10 Dhu al-Hijja)"),
             ("يوم", "عرفة"): (12, 9, "the Day of Arafah (9 Dhu al-Hijja)")}
RELIGIOUS_N = {tuple(norm(w) for w in k): v for k, v in RELIGIOUS.items()}
DAY_OF_EID = {norm("أول"): 0, norm("ثاني"): 1, norm("ثالث"): 2, norm("رابع"): 3}
OCCASION_EID = {norm(w) for w in ("بمناسبة", "تهنئة", "يهنئ", "هنأ", "مهنئا", "حلول", "أيام", "صلاة", "اليوم", "يوم")}
RAMADAN_NOW = {norm(w) for w in ("الجاري", "الحالي", "هذا", "الكريم")}


@dataclass
class Anchor:
    start: int  # offsets in art.text
    end: int
    weight: float
    test: Callable[[dt.date], float]  # 1.0 when the day fits, 0.0 when not
    reason: Callable[[dt.date], str]  # why, for a given candidate day
    kind: str
    years: tuple[int, ...] = ()  # years the anchor points to outright, searched even far from the reference
    # what the test depends on when that is less than the whole day (its weekday, its year): each value is
    # then tested once rather than on every one of the thousands of candidate days
    key: Callable[[dt.date], object] | None = None


@cache
def _national_days() -> dict[str, Any]:
    return load_json("time", "national_days.json")


@cache
def _countries() -> dict[tuple[str, ...], str]:
    names = load_json("time", "countries.json")["names"]
    return {phrase(n): code for n, code in names.items()}


@cache
def _events() -> list[dict[str, Any]]:
    return list(load_json("time", "events.json")["events"])


@cache
def national_day(code: str, year: int) -> tuple[dt.date, str] | None:
    """The national day of a country in a year: the holidays package first, then the curated table."""
    entry = _national_days()["days"].get(code)
    if entry is None:
        return None
    name = entry.get("holiday")
    if name:
        try:
            import holidays

            cal = holidays.country_holidays(code, years=year)
            hits = sorted(d for d, n in cal.items() if n.split(";")[0].strip() == name or name in n.split("; "))
            if hits:
                return hits[0], f"{name} ({code}, holidays package)"
        except (NotImplementedError, KeyError, AttributeError, ValueError):
            pass  # the package lacks the country: the curated date answers
    try:
        return dt.date(year, int(entry["month"]), int(entry["day"])), f"national day of {code} (curated table)"
    except ValueError:
        return None


def _span(view: NormalizedText, start: int, end: int) -> tuple[int, int]:
    return view.span(start, end)


def weekday_anchors(mentions: list[Mention], view: NormalizedText) -> list[Anchor]:
    out = []
    for m in mentions:
        s = m.sem
        if s.kind != "deictic" or not s.deictic_weekday or s.wd is None:
            continue
        shift, wd = s.shift, s.wd
        a, b = _span(view, m.start, m.end)

        def test(d: dt.date, shift: int = shift, wd: int = wd) -> float:
            return 1.0 if (d + dt.timedelta(days=shift)).weekday() == wd else 0.0

        def reason(d: dt.date, shift: int = shift, wd: int = wd) -> str:
            day = d + dt.timedelta(days=shift)
            what = f"{DEICTIC_EN.get(shift, f'{shift:+d} days')}, {WEEKDAY_EN[wd]}"
            if day.weekday() == wd:
                return f"({what}): the text was written on a {WEEKDAY_EN[(wd - shift) % 7]}; {d.isoformat()} is one"
            return (f"({what}): {d.isoformat()} is a {WEEKDAY_EN[d.weekday()]}, so it cannot be the day the text "
                    f"was written")

        out.append(Anchor(a, b, 1.0, test, reason, "weekday", key=dt.date.weekday))
    return out


def _country_after(sc: Scanner, j: int) -> tuple[int, str] | None:
    """A country name or adjective at token j (لروسيا، الروسي، في روسيا): (next index, ISO code)."""
    if sc.word(j) in {norm("في"), norm("لدولة"), norm("لجمهورية")}:
        j += 1
    table = _countries()
    hit = sc.phrase_at(j, table)
    if hit:
        return hit[0], str(hit[2])
    return None


def national_day_anchors(sc: Scanner, view: NormalizedText) -> list[Anchor]:
    data = _national_days()
    phrases = {phrase(p): p for p in data["phrases"]}
    cues = {norm(c) for c in data["occasion_cues"]}
    out = []
    for i in range(len(sc.toks)):
        hit = sc.phrase_at(i, phrases)
        if not hit:
            continue
        j = hit[0]
        # "العيد الوطني الـ 85 للمملكة": skip the ordinal
        if sc.word(j) == "ال" and sc.toks[j + 1:j + 2] and sc.toks[j + 1].is_digit:
            j += 2
        country = _country_after(sc, j)
        if not country:
            continue
        end, code = country
        before = {sc.bare(k) for k in range(max(0, i - 4), i)} | {sc.word(k) for k in range(max(0, i - 4), i)}
        if hit[1] and sc.word(i)[: hit[1]] in {"ب", "وب"}:
            before.add(norm("بمناسبة"))
        if not before & cues:
            continue
        a, b = _span(view, sc.toks[i].start + hit[1], sc.toks[end - 1].end)
        if i > 0 and norm("مناسبة") in sc.word(i - 1):
            a, _ = _span(view, sc.toks[i - 1].start, sc.toks[i - 1].end)

        def test(d: dt.date, code: str = code) -> float:
            nd = national_day(code, d.year)
            if nd is None:
                return 0.0
            # messages and ceremonies "on the occasion" fall on the day, sometimes a few days around it
            delta = abs((d - nd[0]).days)
            return 1.0 if delta == 0 else 0.75 if delta <= 3 else 0.4 if delta <= 7 else 0.0

        def reason(d: dt.date, code: str = code) -> str:
            nd = national_day(code, d.year)
            if nd is None:
                return f"(national day of {code})"
            return f"(national day of {code}): {nd[1]} falls on {nd[0].strftime('%d %B')}"

        out.append(Anchor(a, b, 1.0, test, reason, "national-day"))
    return out


def religious_anchors(sc: Scanner, view: NormalizedText) -> list[Anchor]:
    out = []
    for i in range(len(sc.toks)):
        hit = sc.phrase_at(i, RELIGIOUS_N)
        if hit:
            hm, hd, label = hit[2]
            near = {sc.bare(k) for k in range(max(0, i - 3), i)}
            if not near & OCCASION_EID:
                continue
            offset = 0
            nth_day = sc.bare(i - 2) in DAY_OF_EID and sc.bare(i - 1) == norm("أيام")
            if nth_day:
                offset = DAY_OF_EID[sc.bare(i - 2)]  # "ثاني أيام عيد الفطر"
            first = sc.toks[i - 2] if nth_day else sc.toks[i]
            a, b = _span(view, first.start + (len(first.text) - len(sc.bare(i - 2)) if nth_day else hit[1]),
                         sc.toks[hit[0] - 1].end)

            def test(d: dt.date, hm: int = hm, hd: int = hd, offset: int = offset) -> float:
                h = gregorian_to_hijri(d)
                if h is None:
                    return 0.0
                best = 99
                for hy in (h[0] - 1, h[0], h[0] + 1):
                    g = hijri_to_gregorian(hy, hm, hd)
                    if g:
                        best = min(best, abs((d - g).days - offset))
                return 1.0 if best == 0 else 0.6 if best <= 2 else 0.3 if best <= 5 else 0.0

            def reason(d: dt.date, label: str = label) -> str:
                h = gregorian_to_hijri(d)
                return f"(holiday {label}): {d.isoformat()} is {h[2]}/{h[1]}/{h[0]} AH" if h else f"(holiday {label})"

            out.append(Anchor(a, b, 0.7, test, reason, "holiday"))
        # شهر رمضان الجاري / هذا
        w = sc.bare(i)
        if w == norm("رمضان") and (sc.word(i + 1) in RAMADAN_NOW or sc.bare(i - 1) in {norm("هذا")}) and \
                sc.word(i + 1) != norm("الكريم"):
            a, b = _span(view, sc.toks[i].start, sc.toks[min(i + 1, len(sc.toks) - 1)].end)

            def test_r(d: dt.date) -> float:
                h = gregorian_to_hijri(d)
                return 1.0 if h and h[1] == 9 else 0.0

            def reason_r(d: dt.date) -> str:
                h = gregorian_to_hijri(d)
                return f"(this Ramadan): {d.isoformat()} is {h[2]}/{h[1]}/{h[0]} AH" if h else "(this Ramadan)"

            out.append(Anchor(a, b, 0.8, test_r, reason_r, "ramadan"))
    return out


def explicit_date_anchors(mentions: list[Mention], sc: Scanner, view: NormalizedText, text_len: int) -> list[Anchor]:
    """A full date right after اليوم (and its weekday), or a dated dateline at the top of the text."""
    out = []
    for k, m in enumerate(mentions):
        s = m.sem
        if s.kind != "date" or s.y is None or s.d is None:
            continue
        v = resolve(s, None)
        if not v.value or len(v.value) != 10:
            continue
        day = dt.date.fromisoformat(v.value)
        prev = mentions[k - 1] if k else None
        beside_today = prev is not None and prev.sem.kind == "deictic" and prev.sem.shift == 0 and \
            0 <= m.start - prev.end <= 3
        a, b = _span(view, m.start, m.end)
        top = a < 400
        # a Hijri/Gregorian pair: two dates of the same day side by side (الموافق)
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        paired = False
        if nxt is not None and nxt.sem.kind == "date" and nxt.sem.y and nxt.sem.d and nxt.start - m.end <= 12:
            v2 = resolve(nxt.sem, None)
            if v2.value and len(v2.value) == 10 and abs((dt.date.fromisoformat(v2.value) - day).days) <= 1 \
                    and nxt.sem.hijri != s.hijri:
                paired = True
                b = _span(view, nxt.start, nxt.end)[1]
        if not (beside_today or (paired and top)):
            continue
        if prev is not None and beside_today:
            a = _span(view, prev.start, prev.end)[0]

        def test(d: dt.date, day: dt.date = day) -> float:
            delta = (d - day).days
            return 1.0 if delta == 0 else 0.5 if delta == 1 else 0.0

        why = "a Hijri date with its Gregorian equivalent" if paired else "a full date beside 'today'"

        def reason(d: dt.date, day: dt.date = day, why: str = why) -> str:
            return f"({why}): the text dates itself {day.isoformat()}"

        out.append(Anchor(a, b, 1.0 if beside_today else 0.8, test, reason, "explicit", (day.year,)))
    return out


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    stops = ".!?؟\n"
    s = max(text.rfind(c, 0, pos) for c in stops) + 1
    ends = [i for i in (text.find(c, pos) for c in stops) if i >= 0]
    return s, (min(ends) if ends else len(text))


def event_anchors(mentions: list[Mention], view: NormalizedText) -> list[Anchor]:
    """A known event in the same sentence as a relative year: the year of writing."""
    out = []
    text = view.text
    for m in mentions:
        s = m.sem
        if s.unit != "Y" or s.kind not in ("relunit", "offset") or s.mod:
            continue
        shift = s.shift
        if s.kind == "relunit" and s.rel == "this":
            shift = 0
        a, b = _sentence_bounds(text, m.start)
        sentence = text[a:b]
        words = set()
        for w in sentence.split():
            w = w.strip(".,;:\"'()«»")
            words.add(w)
            for c in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "لل"):
                if w.startswith(c) and len(w) - len(c) >= 2:
                    words.add(("ا" + w[2:]) if c == "لل" else w[len(c):])
        rel_lo, rel_hi = m.start - a, m.end - a
        for ev in _events():
            spots: list[tuple[int, int]] = []
            for group in ev["cues"]:
                found = None
                for cue in group:
                    c = norm(cue)
                    if ((" " in c or "-" in c) and c in sentence) or c in words:
                        found = _nearest(sentence, c, rel_lo)
                        break
                if found is None:
                    break
                spots.append((found, found + len(norm(group[0]))))
            if len(spots) != len(ev["cues"]):
                continue
            lo_c, hi_c = min(x for x, _ in spots), max(y for _, y in spots)
            # the relative year must modify the event: right beside its words, not elsewhere in the sentence
            if max(0, rel_lo - hi_c, lo_c - rel_hi) > 25:
                continue
            first_pos = lo_c
            ev_date = dt.date.fromisoformat(str(ev["date"]))
            year = ev_date.year - shift
            lo = a + min(first_pos, m.start - a)
            hi = max(m.end, a + first_pos + 1)
            # widen to whole words
            while lo > a and not text[lo - 1].isspace():
                lo -= 1
            while hi < b and not text[hi].isspace() and text[hi] not in ".,،":
                hi += 1
            sa, sb = view.span(lo, hi)
            label, ev_year = str(ev["label"]), ev_date.year

            def test(d: dt.date, year: int = year) -> float:
                return 1.0 if d.year == year else 0.0

            def reason(d: dt.date, label: str = label, ev_year: int = ev_year, year: int = year, shift: int = shift) -> str:
                rel = "the same year" if shift == 0 else f"{-shift} year(s) later"
                return f"({label}, {ev_year}, named with a relative year): written {rel}, in {year}"

            out.append(Anchor(sa, sb, 1.0, test, reason, "event", (year,), key=_year))
            break
    return out


def _nearest(sentence: str, cue: str, pos: int) -> int:
    """Offset of the occurrence of `cue` in `sentence` nearest to `pos`."""
    best, k = -1, sentence.find(cue)
    while k >= 0:
        if best < 0 or abs(k - pos) < abs(best - pos):
            best = k
        k = sentence.find(cue, k + 1)
    return max(best, 0)


def _listing(years: list[int]) -> str:
    ys = [str(y) for y in years]
    return ys[0] if len(ys) == 1 else ", ".join(ys[:-1]) + " and " + ys[-1]


def estimate(art: Article, mentions: list[Mention], sc: Scanner, view: NormalizedText) -> Publication:
    """Steps 1-4 of the module docstring."""
    given = _iso(art.published)
    page = art.dates.page.value if art.dates.page else None
    page_day = _iso(page)
    if page_day is None:
        page_day = next((d for c in art.dates.candidates if (d := _iso(c.value))), None)
    ref = given or page_day
    anchors = (weekday_anchors(mentions, view) + national_day_anchors(sc, view) + religious_anchors(sc, view)
               + explicit_date_anchors(mentions, sc, view, len(art.text)) + event_anchors(mentions, view))
    origin_ref = "given" if given else "page" if page_day else ""
    if not anchors:
        if ref is None:
            return Publication(None, 0.0, False, [], "", "no date on the page and none in the text")
        why = ("the date given by the caller; the text has no anchor to check it against" if given else
               "the page's own date; the text has no anchor to check it against")
        return Publication(ref.isoformat(), 0.7 if given else 0.6, False, [], origin_ref, why)

    days = _candidate_days(ref, anchors)
    if not days or (ref is None and not any(a.years for a in anchors)):
        return Publication(ref.isoformat() if ref else None, 0.3, False, [], origin_ref, "no candidate day")

    def score(d: dt.date) -> float:
        return sum(a.weight * a.test(d) for a in anchors)

    # every day's score, anchor by anchor (the same terms summed in the same order as `score`)
    scores = [sum(terms) for terms in zip(*(_weighted_tests(a, days) for a in anchors), strict=True)]
    scored = list(zip(scores, days, strict=True))
    # days from the reference; a page is dated on or after the day it was written, so later counts triple
    if ref is None:
        ranks = [(s + 0.0, -0.0) for s in scores]
    else:
        r = ref.toordinal()
        distances = [float(r - o if o <= r else 3 * (o - r)) for o in map(dt.date.toordinal, days)]
        ranks = [(s + 0.25 * math.exp(-dist / 400), -dist) for s, dist in zip(scores, distances, strict=True)]
    best_score, best = scored[max(range(len(ranks)), key=ranks.__getitem__)]
    if best_score <= 0:
        value = ref
        conflict = False
        ev = [DateEvidence(art.span(a.start, a.end), a.reason(ref)) for a in anchors] if ref else []
        return Publication(value.isoformat() if value else None, 0.4, False, ev, origin_ref,
                           "the text's anchors fit no day near the reference date; the reference stands")
    runner = max((s for s, d in scored if abs((d - best).days) > 1), default=0.0)
    margin = best_score - runner
    holding = [a for a in anchors if a.test(best) > 0]
    conf = 0.5 + 0.12 * min(len(holding), 3)
    conf = conf if margin >= 0.9 else conf - 0.2
    conf = max(0.3, min(0.95, conf))
    chosen = best
    conflict = False
    origin = "text"
    if given:
        chosen = given
        conflict = best_score - score(given) >= 0.75
        origin = "given"
        conf = 0.9 if not conflict else 0.5
    elif page_day is not None:
        if score(page_day) >= best_score - 0.3:
            chosen, origin = page_day, "page"
            conf = max(conf, 0.8)
        else:
            conflict = True
    evidence = []
    for a in anchors:
        why = a.reason(chosen if not conflict else best)
        if conflict and ref is not None and a.test(ref) < 1.0:
            against = a.reason(ref)
            if a.kind == "weekday":
                why = against
            elif a.kind == "national-day":
                why = a.reason(best) + "; " + _years_on_weekday(a, anchors, best)
            else:
                why = a.reason(best)
        elif a.kind == "national-day":
            why = a.reason(chosen) + "; " + _years_on_weekday(a, anchors, chosen)
        evidence.append(DateEvidence(art.span(a.start, a.end), why.strip("; ").lstrip("(").replace("):", ":", 1)))
    if conflict and given:
        why = (f"the date given by the caller, {given.isoformat()}, is kept, but the text points to "
               f"{best.isoformat()}")
    elif conflict:
        why = f"the page date {ref.isoformat() if ref else '-'} contradicts the text, which points to {best.isoformat()}"
    else:
        why = f"the text's anchors agree with the {origin_ref or 'estimated'} date"
    return Publication(chosen.isoformat(), conf, conflict, evidence, origin, why)


def _year(d: dt.date) -> int:
    return d.year


def _weighted_tests(a: Anchor, days: list[dt.date]) -> list[float]:
    """`a.weight * a.test(d)` for every day, testing each value of `a.key` once."""
    if a.key is None:
        return [a.weight * a.test(d) for d in days]
    memo: dict[object, float] = {}
    out = []
    for d in days:
        k = a.key(d)
        v = memo.get(k)
        if v is None:
            v = memo[k] = a.weight * a.test(d)
        out.append(v)
    return out


def _years_on_weekday(a: Anchor, anchors: list[Anchor], day: dt.date) -> str:
    """'12 June falls on a Monday in 2017, 2023 and 2028' when a weekday anchor names the day."""
    wk = [x for x in anchors if x.kind == "weekday" and x.test(day) > 0]
    if not wk:
        return ""
    years = [y for y in range(day.year - 11, day.year + 6)
             if a.test(dt.date(y, day.month, min(day.day, 28 if day.month == 2 else day.day))) >= 1.0
             and wk[0].test(dt.date(y, day.month, min(day.day, 28 if day.month == 2 else day.day))) > 0]
    if not years:
        return ""
    return f"{day.strftime('%d %B')} falls on a {WEEKDAY_EN[day.weekday()]} in {_listing(years)}"


def _candidate_days(ref: dt.date | None, anchors: list[Anchor]) -> list[dt.date]:
    """Days from 15 years before the reference to a year after, plus the years anchors name outright."""
    years: set[int] = set()
    if ref is not None:
        years.update(range(max(1900, ref.year - 15), ref.year + 2))
    for a in anchors:
        for y in a.years:
            if 1900 <= y <= 2100:
                years.update((y - 1, y, y + 1))
    return list(_days_of(tuple(sorted(years))))


@lru_cache(maxsize=64)
def _days_of(years: tuple[int, ...]) -> tuple[dt.date, ...]:
    """Every day of the years, in order (articles of one corpus share their years, so this is made once)."""
    return tuple(dt.date.fromordinal(o) for y in years
                 for o in range(dt.date(y, 1, 1).toordinal(), dt.date(y + 1, 1, 1).toordinal()))


def _iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
