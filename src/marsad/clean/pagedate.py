"""Dates as pages print them in headers, bylines and meta tags.

"الخميس 12 Sep / September 2024", "الأربعاء، 07 أكتوبر 2020 - 12:09 م",
"24 نيسان / أبريل 2020", "2015-07-21T02:51:32+03:00", "21/07/2015". Only
whole-line dates: the time expressions inside article text are the time
stage's business.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from marsad.clean.normalize import normalize
from marsad.resources import load_json


@cache
def month_names() -> dict[str, int]:
    """Normalised, lower-cased month name -> month number (Gregorian systems)."""
    table = load_json("lexicon", "calendar.json")["gregorian_months"]
    return {normalize(name).lower(): int(num) for num, names in table.items() for name in names}


@cache
def weekday_names() -> dict[str, int]:
    table = load_json("lexicon", "calendar.json")["weekdays"]
    return {normalize(name).lower(): int(num) for num, names in table.items() for name in names}


ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?")
NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d\d)(?!\d)")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
DAY = re.compile(r"(?<![\d:])(\d{1,2})(?![\d:])")
TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?\s*(?:[صم]|am|pm|ص\.|م\.)?", re.I)
WORD = re.compile(r"[^\W\d_]+")


def _month_in(text: str) -> tuple[int, int] | None:
    """(month, position) of the first month name in normalised text; two-word names first."""
    names = month_names()
    words = [(m.group(0), m.start()) for m in WORD.finditer(text)]
    for i, (w, pos) in enumerate(words):
        if i + 1 < len(words):
            pair = f"{w} {words[i + 1][0]}"
            if pair in names:
                return names[pair], pos
        bare = w[1:] if w.startswith(("ب", "و", "ل", "ف")) and w[1:] in names and w not in names else w
        if bare in names:
            return names[bare], pos
    return None


def parse_iso(value: str) -> str | None:
    """The local calendar date of an ISO 8601 timestamp (the page's own offset, not UTC)."""
    m = ISO.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def parse_date_line(text: str) -> str | None:
    """The ISO date written in a short date line, or None when it holds no full date."""
    iso = parse_iso(text)
    if iso:
        return iso
    norm = normalize(text).lower()
    norm = TIME.sub(" ", norm)
    m = NUMERIC.search(norm)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    found = _month_in(norm)
    years = [(abs(y.start() - found[1]), y) for y in YEAR.finditer(norm)] if found else []
    year_m = min(years, key=lambda t: t[0])[1] if years else None
    if not found or not year_m:
        return None
    # the day is the number nearest the month name ("5 شوال 1445 هـ - 15 أبريل 2024": 15, not 5)
    days = [(abs(d.start() - found[1]), int(d.group(1))) for d in DAY.finditer(norm) if 1 <= int(d.group(1)) <= 31]
    if not days:
        return None
    try:
        return dt.date(int(year_m.group(1)), found[0], min(days)[1]).isoformat()
    except ValueError:
        return None


def is_date_line(text: str) -> bool:
    """A short line that is nothing but a date (weekday, day, month(s), year, time)."""
    if len(text) > 90 or not parse_date_line(text):
        return False
    norm = TIME.sub(" ", normalize(text).lower())
    known = set(month_names()) | set(weekday_names()) | {"م", "ص", "هـ", "ه", "الموافق", "بتوقيت", "مكه", "المكرمه",
                                                           "غرينتش", "gmt", "utc", "am", "pm", "نشر", "في", "تاريخ", "النشر",
                                                           "اخر", "تحديث", "محدث", "منذ"}
    words = WORD.findall(norm)
    unknown = [w for w in words if w not in known and not any(w in name.split() for name in month_names())]
    return len(unknown) <= 1
