"""When: the date of each event, from the time expressions of its clause or the story's day.

`_date` takes the time expression nearest the trigger in its segment, else one ending its main clause,
else one opening the sentence, else the publication date for news that is not background; a date after
publication (`_after`) marks a plan, which `code_article` drops. `code_article` leaves out the times after
"منذ" (`_since`), the day of an occasion (`_occasion`) and bare numbers, and keeps their day only
(`_date_part`). `_story_date` then moves undated deeds to the story's day when it lies just before
publication.
"""

from __future__ import annotations

import re
from datetime import date

from marsad.article import Span
from marsad.clean.normalize import normalize
from marsad.events.draft import Draft

DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")
OCCASION_WORDS = frozenset({"بمناسبه", "لمناسبه", "مناسبه", "بذكري", "ذكري", "لذكري", "احتفالات", "باحتفالات"})
STORY_DAYS = 3  # how far before publication the day of a news story may lie (wire copy, weekly papers)


def _date(d: Draft, timexes: list[tuple[int, int, str]], pub: str | None) -> None:
    s = d.sent
    seg_start, seg_end = s.segments[s.seg_of[d.i]]
    a, b = s.tokens[seg_start].start, s.tokens[seg_end - 1].end
    trig = s.tokens[d.i].start
    best: tuple[int, str] | None = None
    for start, _end, value in timexes:
        if a <= start < b:
            dist = abs(start - trig)
            if best is None or dist < best[0]:
                best = (dist, value)
    if best is None:
        # "أكد أوباما في اليوم الأول من زيارة إلى كينيا السبت أن…": the day ends the main clause, past the
        # segment cut at "من زيارة"
        sub_start, sub_end = s.subs[s.sub_of[d.i]]
        a, b = s.tokens[sub_start].start, s.tokens[sub_end - 1].end
        for start, _end, value in timexes:
            if a <= start < b and start > trig and (best is None or start - trig < best[0]):
                best = (start - trig, value)
    if best is None:
        head = s.tokens[min(3, len(s.tokens) - 1)].end
        for start, _end, value in timexes:
            if s.span.start <= start < head:
                best = (0, value)
                break
    if best is not None:
        d.date = best[1]
        if pub and _after(d.date, pub) and not d.background:
            d.timex_future = True
        return
    if d.background:
        d.date = None
    else:
        d.date = pub
        d.extra["pub_date"] = True


def _story_date(drafts: list[Draft], pub: str | None, opening: list[str]) -> None:
    """Undated deeds of a news story happened on the day its first dated deed (else the first day its
    title or first paragraph names) falls on, when that day lies just before publication ("أكد المحافظ …
    وقال خلال معايدته … صباح أمس الأحد"); otherwise on the publication date."""
    if not pub or len(pub) < 10:
        return
    from datetime import date, timedelta

    try:
        published = date.fromisoformat(pub[:10])
    except ValueError:
        return
    story = next((d.date for d in drafts if d.date and not d.extra.get("pub_date") and not d.background
                  and not d.timex_future and len(d.date) == 10), None)
    if story is None:
        story = next((v for v in opening if len(v) == 10), None)
    if story is None:
        return
    try:
        day = date.fromisoformat(story)
    except ValueError:
        return
    if not published - timedelta(days=STORY_DAYS) <= day < published:
        return
    for d in drafts:
        if d.extra.get("pub_date"):
            d.date = story


def _after(value: str, pub: str) -> bool:
    """The date (a day, month, year or ISO week) begins after the publication day: a plan, not a deed."""
    week = re.match(r"^(\d{4})-W(\d{2})$", value)
    if week:  # "2015-W30" would sort after "2015-08-01" as text
        try:
            value = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1).isoformat()
        except ValueError:
            return False
    return value[:10] > pub[: len(value[:10])]


def _date_part(value: str | None) -> str:
    """"2015-08-01TMO" (yesterday morning) -> "2015-08-01": an event's date, not its hour."""
    m = DATE_VALUE.match(value or "")
    return m.group(0) if m else ""


def _since(text: str, span: Span) -> bool:
    """"منذ 2013": the start of a state, not the date of a deed."""
    before = text[max(0, span.start - 12) : span.start].split()
    words = [*before[-2:], *span.text.split()[:1]]
    return any(w.lstrip("و") in ("منذ", "مند") for w in words)


def _occasion(text: str, span: Span) -> bool:
    """"برقية تهنئة بمناسبة ذكرى اليوم الوطني": the day of the occasion, not of the deed (often the next day)."""
    before = text[max(0, span.start - 24) : span.start].split()[-2:]
    return any(normalize(w).lstrip("و") in OCCASION_WORDS for w in before)
