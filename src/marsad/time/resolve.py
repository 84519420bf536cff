"""Calendar values of time expressions, anchored to the publication date.

Values follow TimeML TIMEX3: "2023-06-12", "2023-06", "2023", "2022-W23",
"2023-Q2", "196" (the 1960s), "19" (the 20th century), "2023-06-12TEV"
(evening), "P3D" (a duration), "XXXX-WXX-5" (every Friday), "PAST_REF".

Rules:
- A named weekday beside اليوم/أمس/غدا wins over the deictic word: it is the
  nearest such weekday to the anchored day (wire copy keeps its source's
  "today").
- A bare month, day-and-month or weekday in a past clause is the most recent
  one up to the anchor; in a future clause (سـ، سوف، المقبل، من المقرر...),
  the next one. The relative word after it (الماضي، المقبل، الجاري) says so
  outright.
- Hijri dates are converted with hijridate (Umm al-Qura); a Hijri year is
  given as the Gregorian year its middle falls in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.time import switches
from marsad.time.expressions import Sem

STALE_DAYS = 300
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season of the year begins in
SOON_MONTHS = 4  # a bare month in a clause of no tense up to four months ahead is the coming one (`NEAREST_MONTH`)
DAY = re.compile(r"\d{4}-\d\d-\d\d")
# Where the day named beside اليوم/أمس/غدا ("اليوم الإثنين") may fall around the page's date: the days
# the text may have been written on, relative to the page's date. Counted in the SaudiNewsNet sample
# (page date = the day of the crawl): with اليوم the writing day is the page's 1016 times, a day before
# 350, two to five days before 209, and the day after or six before (the same weekday) 22, where the
# lagging outlets put six before; with أمس/غدا that last bin holds 35 against 13 five days back, so
# mostly the day after (print editions online the evening before their date).


def writing_window(shift: int) -> tuple[int, int]:
    """Offsets from the page's date of the day a text was written, for a weekday beside اليوم (0) or أمس/غدا."""
    return (-6, 0) if shift == 0 else (-5, 1)


EID_DAYS = 6  # an Eid's holidays: one begun within them is still the one ahead
GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "century", "H": "time",
               "MIN": "time", "S": "time"}


@dataclass(frozen=True)
class Value:
    value: str | None
    granularity: str
    type: str = "DATE"


@lru_cache(maxsize=65536)
def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """Umm al-Qura (hijridate) within its range (1343-1500 AH), the tabular calendar outside it."""
    if not (1 <= m <= 12 and 1 <= d <= 30 and 1 <= y <= 2000):
        return None
    try:
        from hijridate import Hijri

        g = Hijri(y, m, d).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError, ImportError):
        return tabular_hijri(y, m, d)


def tabular_hijri(y: int, m: int, d: int) -> dt.date | None:
    """The arithmetical (civil) Islamic calendar: within a day or two of the observed one."""
    jdn = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439
    try:
        return dt.date.fromordinal(jdn - 1721425)
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=65536)  # the publication estimate asks it of every day of a year, article after article
def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    try:
        from hijridate import Gregorian

        h = Gregorian(day.year, day.month, day.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError, ImportError):
        return None


def hijri_year_value(y: int) -> str | None:
    """A Hijri year as the Gregorian year of its middle (1 Dhu al-Hijja - 5 months is close enough: 1 Rajab)."""
    mid = hijri_to_gregorian(y, 7, 1)
    return str(mid.year) if mid else None


def week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + (day.month - 1) + months
    y, m = divmod(total, 12)
    return dt.date(y, m + 1, 1)


def shifted(anchor: dt.date, unit: str, n: int) -> Value:
    """The anchor moved by n units, at that unit's granularity."""
    if unit == "D":
        return Value((anchor + dt.timedelta(days=n)).isoformat(), "day")
    if unit == "W":
        return Value(week_value(anchor + dt.timedelta(weeks=n)), "week")
    if unit == "M":
        return Value(add_months(anchor, n).strftime("%Y-%m"), "month")
    if unit == "Y":
        return Value(f"{anchor.year + n:04d}", "year")  # "قبل ألفي سنة": 0015, not a century
    if unit == "DE":
        return Value(str(anchor.year // 10 + n), "decade")
    if unit == "CE":
        return Value(str(anchor.year // 100 + n), "century")
    if unit in ("H", "MIN", "S"):
        return Value(anchor.isoformat(), "day")
    return Value(None, "day")


def weekday_near(anchor: dt.date, wd: int, lo: int, hi: int) -> dt.date:
    """The day with weekday `wd` in anchor+lo .. anchor+hi, nearest to the anchor."""
    best = None
    for k in range(lo, hi + 1):
        day = anchor + dt.timedelta(days=k)
        if day.weekday() == wd and (best is None or abs(k) < abs((best - anchor).days)):
            best = day
    return best if best is not None else anchor


def month_year(m: int, anchor: dt.date, direction: str) -> int:
    """The year of a bare month: 'past' the latest up to the anchor's month, 'next' the next from it."""
    if direction == "past":
        return anchor.year if m <= anchor.month else anchor.year - 1
    if direction == "past-strict":
        return anchor.year if m < anchor.month else anchor.year - 1
    if direction == "next-strict":
        return anchor.year if m > anchor.month else anchor.year + 1
    if direction == "this":
        return anchor.year
    if direction == "nearest":
        return anchor.year + (1 if m - anchor.month < -6 else -1 if m - anchor.month > 5 else 0)
    if direction == "soon":  # one of the next four months, else the latest up to the anchor's
        return anchor.year + (m < anchor.month) if 0 < (m - anchor.month) % 12 <= SOON_MONTHS else month_year(
            m, anchor, "past")
    return anchor.year if m >= anchor.month else anchor.year + 1


def day_month_date(m: int, d: int, anchor: dt.date, direction: str) -> dt.date | None:
    """The date of a day and month without a year: the latest up to the anchor, the next one, or the nearest."""
    if direction == "nearest":
        days = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                days.append(dt.date(y, m, d))
            except ValueError:
                continue
        return min(days, key=lambda day: abs((day - anchor).days)) if days else None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1) if direction != "past" else (anchor.year + 1, anchor.year, anchor.year - 1):
        try:
            day = dt.date(y, m, d)
        except ValueError:
            continue
        if direction == "past" and day <= anchor:
            return day
        if direction == "next" and day >= anchor:
            return day
    return None


def direction_of(sem: Sem, future: bool) -> str:
    if sem.deadline and sem.rel is None:
        return "nearest"
    if sem.nearest and sem.rel is None:
        return "soon"
    if sem.rel == "past":
        return "past"
    if sem.rel == "next":
        return "next"
    if sem.rel == "this":
        return "this"
    return "next" if future else "past"


def with_part(value: str | None, part: str | None) -> str | None:
    if value and part:
        return f"{value}T{part}"
    return value


def part_value(day: dt.date, part: str | None) -> Value:
    """A day, or a part of it ("مساء اليوم" = 2023-06-12TEV, a TimeML TIME like a clock time)."""
    if part:
        return Value(with_part(day.isoformat(), part), "time", "TIME")
    return Value(day.isoformat(), "day")


def resolve(sem: Sem, anchor: dt.date | None, future: bool = False) -> Value:
    """The TimeML value of one expression; `anchor` is the publication date (None: relative ones stay open)."""
    if sem.day_shift:
        v = resolve(dataclasses.replace(sem, day_shift=0), anchor, future)
        if v.value and DAY.match(v.value):
            day = dt.date.fromisoformat(v.value[:10]) + dt.timedelta(days=sem.day_shift)
            return Value(day.isoformat() + v.value[10:], v.granularity, v.type)
        return v
    k = sem.kind
    if k == "offset" and sem.shift > 0 and not future:
        # "وتعاقد معه بعد شهرين": two months after a past event, not after today
        return Value(_duration(sem), "duration", "DURATION")
    if k == "set":
        return Value(sem.value, "set", "SET")
    if k == "vague":
        return Value(sem.value, "vague")
    if k == "duration":
        if sem.unit == "X":
            return Value(None, "duration", "DURATION")  # "لفترة طويلة": no unit, no count
        return Value(_duration(sem), "duration", "DURATION")
    if k == "decade" and sem.hijri:
        mid = hijri_to_gregorian(1300 + 10 * (sem.d or 0) + 5, 1, 1)  # the 14th Hijri century's decade
        return Value(f"{mid.year // 10}" if mid else None, "decade")
    if k == "decade":
        century = sem.y
        if century == -1:
            century = (anchor.year // 100 - 1) if anchor else 19
        return Value(f"{century if century is not None else 19}{sem.d}", "decade")
    if k == "century":
        if sem.hijri and sem.y is not None:
            # the middle of a Hijri century, in the Gregorian calendar
            mid = tabular_hijri(sem.y * 100 + 50, 1, 1)
            return Value(f"{mid.year // 100:02d}" if mid else None, "century")
        return Value(f"{sem.y:02d}", "century")
    if k == "year":
        if sem.hijri and sem.y:
            return Value(hijri_year_value(sem.y), "year")
        return Value(str(sem.y), "year")
    if k in ("date", "holiday") and sem.part:
        whole = resolve(dataclasses.replace(sem, part=None), anchor, future)
        if whole.value and len(whole.value) == 10:
            return Value(with_part(whole.value, sem.part), "time", "TIME")  # "ليل السادس من أغسطس"
        return whole
    if k == "date" and sem.hijri:
        return _hijri_date(sem, anchor, future)
    if k == "holiday":
        return _holiday(sem, anchor, future)
    if k == "month" and sem.hijri:
        return month_mention_value(sem, anchor, future)
    if k == "period":
        return period_value(sem, anchor)
    if k in ("date", "month", "quarter", "season"):
        return _calendar(sem, anchor, future)
    if anchor is None:
        return Value(None, "day")
    if k == "part":
        return part_value(anchor, sem.part)
    if k == "deictic":
        day = anchor + dt.timedelta(days=sem.shift)
        if sem.wd is not None:
            day = weekday_near(day, sem.wd, *writing_window(sem.shift))
        return part_value(day, sem.part)
    if k == "weekday":
        return part_value(_weekday_day(sem, anchor, future), sem.part)
    if k == "relunit" and sem.hijri:
        h = gregorian_to_hijri(anchor)
        if h is None:
            return Value(None, "year")
        hy = (h[0] if h[1] == 1 else h[0] + 1) if sem.rel == "new" else h[0] + sem.shift
        return Value(hijri_year_value(hy), "year")
    if k == "relunit" and sem.unit == "M" and sem.d:
        # "الخامسة عشرة من الشهر الحالي": that day of the month named
        month = shifted(anchor, "M", sem.shift).value or ""
        try:
            day = dt.date.fromisoformat(f"{month}-{sem.d:02d}")
        except ValueError:
            return Value(month or None, "month")
        return Value(day.isoformat(), "day")
    if k == "relunit":
        return shifted(anchor, sem.unit or "Y", sem.shift)
    if k == "weekend":
        # the Friday of the weekend meant: the next one in a future clause, else the last one
        friday = weekday_near(anchor, 4, 0, 6) if future else weekday_near(anchor, 4, -6, 0)
        return Value(week_value(friday), "week")
    if k == "offset":
        return shifted(anchor, sem.unit or "D", sem.shift)
    if k == "time":
        day = anchor + dt.timedelta(days=sem.shift)
        if sem.wd is not None:
            day = _weekday_day(sem, day, future)
        return Value(f"{day.isoformat()}T{sem.hh or 0:02d}:{sem.mi or 0:02d}", "time", "TIME")
    return Value(None, "day")


def period_value(sem: Sem, anchor: dt.date | None, named: str | None = None) -> Value:
    """"الربع الحالي", "الفترة المماثلة من العام السابق": the quarter or half `named` last in the text, or that
    period in another year; without one, the anchor's quarter (half) for the current one, and the year alone
    for the same period of another year ("الفترة الحالية" alone is the present).
    """
    if sem.rel == "current":
        if named:
            return Value(named, "quarter")
        if anchor is None or sem.unit is None:
            return Value("PRESENT_REF", "vague")
        per = 3 if sem.unit == "Q" else 6
        return Value(f"{anchor.year}-{sem.unit}{(anchor.month - 1) // per + 1}", "quarter")
    if named:
        return Value(f"{sem.y if sem.y is not None else int(named[:4]) + sem.shift:04d}{named[4:]}", "quarter")
    if sem.y is not None:
        return Value(f"{sem.y:04d}", "year")
    return Value(f"{anchor.year + sem.shift:04d}" if anchor else None, "year")


def _weekday_day(sem: Sem, anchor: dt.date, future: bool) -> dt.date:
    """The day of a named weekday: beside اليوم/أمس the nearest one, else by its relative word or the tense."""
    wd = sem.wd or 0
    if sem.deictic_weekday:
        return weekday_near(anchor, wd, *writing_window(sem.shift))
    d = direction_of(sem, future)
    if d == "nearest":
        return weekday_near(anchor, wd, -3, 3)
    if sem.rel == "past":
        return weekday_near(anchor, wd, -7, -1)
    if sem.rel == "next":
        return weekday_near(anchor, wd, 1, 7)
    if d == "next":
        return weekday_near(anchor, wd, 0, 6)
    return weekday_near(anchor, wd, -6, 0)


def _duration(sem: Sem) -> str:
    if sem.value:
        return sem.value  # fixed by the words ("نصف ساعة" = PT30M)
    n = "X" if sem.n is None else str(sem.n)
    unit = sem.unit or "D"
    if unit == "H":
        return f"PT{n}H"
    if unit == "MIN":
        return f"PT{n}M"
    if unit == "S":
        return f"PT{n}S"  # seconds, and "لحظات" (moments) as an unspecified count of them
    # decades and centuries keep their TimeML units, counted or not: "P2DE", "PXDE", "P1CE"
    return f"P{n}{unit}"


def _calendar(sem: Sem, anchor: dt.date | None, future: bool) -> Value:
    direction = direction_of(sem, future)
    y = sem.y
    if y is None and sem.rel and sem.rel.startswith("year:") and anchor:
        y = anchor.year + sem.shift
    if sem.kind == "season":
        if sem.rel == "construct":
            return Value(f"{anchor.year}-{sem.value}" if anchor else f"XXXX-{sem.value}", "season")
        if sem.rel == "generic":
            if not future or anchor is None:
                return Value(f"XXXX-{sem.value}", "set", "SET")
            start = SEASON_START.get(sem.value or "", 12)
            y = anchor.year + (1 if anchor.month > start + 2 else 0)  # this year's, unless it is over
            return Value(f"{y}-{sem.value}", "season")
        if y is None:
            if anchor is None:
                return Value(f"XXXX-{sem.value}", "season")
            y = anchor.year + {"past": -1, "next": 1}.get(sem.rel or "", 0)
            if switches.SEASON_NEXT and sem.rel == "next" and sem.value != "WI" \
                    and anchor.month < SEASON_START.get(sem.value or "", 0):
                # "تتسلمها القاهرة الخريف المقبل" in August: this year's autumn, not yet begun (a winter, across
                # two years, keeps the next year's)
                y = anchor.year
        return Value(f"{y}-{sem.value}", "season")
    if sem.kind == "quarter":
        if y is None:
            if anchor is None:
                return Value(None, "quarter")
            q_now = (anchor.month - 1) // 3 + 1 if sem.unit == "Q" else (anchor.month - 1) // 6 + 1
            y = anchor.year if sem.n is not None and sem.n <= q_now else anchor.year - 1
        return Value(f"{y}-{sem.unit}{sem.n}", "quarter")
    m = sem.m or 1
    if sem.kind == "month":
        if y is None:
            if anchor is None:
                return Value(f"XXXX-{m:02d}", "month")
            if sem.rel == "past":
                direction = "past-strict"
            elif sem.rel == "next":
                direction = "next-strict"
            y = month_year(m, anchor, direction)
        return Value(f"{y:04d}-{m:02d}", "month")
    d = sem.d or 1
    if y is None:
        if anchor is None:
            return Value(f"XXXX-{m:02d}-{d:02d}", "day")
        found = day_month_date(m, d, anchor, direction if direction in ("next", "nearest") else "past")
        if found is not None and sem.rel is None and (anchor - found).days > STALE_DAYS:
            # a day and month almost a year back is written with its year: without one it is the next
            found = day_month_date(m, d, anchor, "next")
        if direction == "soon" and found is not None and found < anchor:
            ahead = day_month_date(m, d, anchor, "next")  # "الاجتماع المقرر في الرابع من ديسمبر": the coming one
            found = ahead if ahead is not None and (ahead - anchor).days <= SOON_MONTHS * 31 else found
        if sem.rel == "this":
            try:
                found = dt.date(anchor.year, m, d)
            except ValueError:
                found = None
        if found is None:
            return Value(None, "day")
        return Value(found.isoformat(), "day")
    try:
        return Value(dt.date(y, m, d).isoformat(), "day")
    except ValueError:
        return Value(f"{y:04d}-{m:02d}", "month")


def _hijri_date(sem: Sem, anchor: dt.date | None, future: bool) -> Value:
    m, d = sem.m or 1, sem.d or 1
    y = sem.y
    if y is None and sem.rel == "hyear" and anchor is not None:
        h = gregorian_to_hijri(anchor)
        y = h[0] + sem.shift if h else None
    if y is None:
        if anchor is None:
            return Value(None, "day")
        h = gregorian_to_hijri(anchor)
        if h is None:
            return Value(None, "day")
        direction = direction_of(sem, future)
        if direction == "this":
            g = hijri_to_gregorian(h[0], m, d)
            return Value(g.isoformat() if g else None, "day")
        best = None
        for hy in (h[0] - 1, h[0], h[0] + 1):
            g = hijri_to_gregorian(hy, m, d)
            if g is None:
                continue
            if direction == "next" and g >= anchor and (best is None or g < best):
                best = g
            if direction == "nearest" and (best is None or abs((g - anchor).days) < abs((best - anchor).days)):
                best = g
            if direction not in ("next", "nearest") and g <= anchor and (best is None or g > best):
                best = g
        if best is not None and sem.rel is None and (anchor - best).days > STALE_DAYS:
            later = [g for hy in (h[0], h[0] + 1) if (g := hijri_to_gregorian(hy, m, d)) and g > anchor]
            best = min(later) if later else best
        return Value(best.isoformat() if best else None, "day")
    g = hijri_to_gregorian(y, m, d)
    return Value(g.isoformat() if g else None, "day")


# the day of a Hijri month a mod points at: "مطلع/أوائل" its first days, "نهاية/أواخر" its last third
MOD_DAY = {"START": 5, "MID": 15, "END": 25}


def hijri_month_value(y: int, m: int, mod: str | None = None) -> str | None:
    """A Hijri month as the Gregorian month its middle falls in; with a mod, the Gregorian month of the part it
    names ("نهاية شهر شوال" 1436, whose middle is in July 2015 and its end in August: 2015-08)."""
    day = MOD_DAY.get(mod or "", 15) if switches.HIJRI_MONTH_MOD else 15
    g = hijri_to_gregorian(y, m, day)
    return g.strftime("%Y-%m") if g else None


def _holiday(sem: Sem, anchor: dt.date | None, future: bool) -> Value:
    if anchor is None:
        return Value(None, "day")
    h = gregorian_to_hijri(anchor)
    if h is None:
        return Value(None, "day")
    direction = direction_of(sem, future)
    days = [(sem.m, sem.d)] if sem.m else [(10, 1), (12, 10)]  # "العيد": either Eid
    cands = [g for hy in (h[0] - 1, h[0], h[0] + 1) for m, d in days if (g := hijri_to_gregorian(hy, m or 1, d or 1))]
    if direction == "nearest":
        pick = min(cands, key=lambda g: abs((g - anchor).days)) if cands else None
    elif direction == "next":
        # an Eid's holidays last about a week: one begun within it is still the one ahead of "سنقضي العيد"
        after = [g for g in cands if g >= anchor - dt.timedelta(days=EID_DAYS if sem.m in (10, 12, None) else 3)]
        pick = min(after) if after else None
    else:
        before = [g for g in cands if g <= anchor + dt.timedelta(days=3)]
        pick = max(before) if before else None
    return Value(pick.isoformat() if pick else None, "day")


def month_mention_value(sem: Sem, anchor: dt.date | None, future: bool) -> Value:
    """Hijri months named alone ("شهر رمضان") as the Gregorian month of their middle.

    With neither a year nor a mod ("شهر رمضان المبارك", "خلال شهر رمضان الماضي") the month has no value
    (`HIJRI_MONTH_ALONE`): a Hijri month runs across two Gregorian months, so no Gregorian month is its value;
    a part of it ("منتصف رمضان", "العشر الأواخر من رمضان", "نهاية شهر شوال") lies in one and keeps it."""
    if sem.y is not None:
        return Value(hijri_month_value(sem.y, sem.m or 9, sem.mod), "month")
    if switches.HIJRI_MONTH_ALONE and sem.mod is None and sem.rel != "hyear":
        return Value(None, "month")
    if sem.rel == "hyear" and anchor is not None:
        h = gregorian_to_hijri(anchor)  # "شهر صفر من هذا العام": of this Hijri year
        return Value(hijri_month_value(h[0] + sem.shift, sem.m or 9, sem.mod) if h else None, "month")
    if anchor is None:
        return Value(None, "month")
    h = gregorian_to_hijri(anchor)
    if h is None:
        return Value(None, "month")
    direction = direction_of(sem, future)
    hy = h[0]
    if direction == "next" and (sem.m or 9) < h[1]:
        hy += 1
    if direction != "next" and (sem.m or 9) > h[1]:
        hy -= 1
    return Value(hijri_month_value(hy, sem.m or 9, sem.mod), "month")
