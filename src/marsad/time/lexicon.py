"""The words of time expressions, read from `data/lexicon/calendar.json` and `data/time/*.json`.

Every key is normalised with `marsad.clean.normalize.normalize` so that the
recogniser can look words up in the normalised view of the text. Multi-word
entries are kept as tuples of words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from marsad.clean.normalize import normalize
from marsad.resources import load_json

LATIN = re.compile(r"[A-Za-z]")


def norm(word: str) -> str:
    return normalize(word).strip()


def phrase(words: str) -> tuple[str, ...]:
    return tuple(norm(words).split())


def _phrases(table: dict[str, list[str]], cast: Any = str) -> dict[tuple[str, ...], Any]:
    out: dict[tuple[str, ...], Any] = {}
    for key, names in table.items():
        for name in names:
            if not LATIN.search(name):
                out[phrase(name)] = cast(key)
    return out


@dataclass(frozen=True)
class Lexicon:
    months: dict[tuple[str, ...], int]
    ambiguous_months: frozenset[tuple[str, ...]]
    hijri_months: dict[tuple[str, ...], int]
    weekdays: dict[str, int]
    cardinals: dict[tuple[str, ...], int]
    vague_numbers: frozenset[str]
    approx: frozenset[tuple[str, ...]]
    ordinals: dict[tuple[str, ...], int]
    unit_words: dict[str, tuple[str, str]]  # word -> (unit, "one" | "two" | "many")
    singular_units: frozenset[str]
    definite_units: dict[str, tuple[str, str]]  # "العام" -> ("Y", "one"), "الأيام" -> ("D", "many")
    relative: dict[str, str]  # "الماضي" -> "past"
    deictic_days: dict[tuple[str, ...], int]
    parts_of_day: dict[tuple[str, ...], str]
    period_mods: dict[tuple[str, ...], str]
    year_words: frozenset[str]
    year_kinds: frozenset[str]
    hijri_marks: frozenset[str]
    gregorian_marks: frozenset[str]
    decades: dict[str, int]  # "الستينيات" -> 6 (the decade digit)
    centuries: dict[tuple[str, ...], int]  # "العشرين" -> 20 (ordinal century)
    seasons: dict[str, str]
    sets: dict[tuple[str, ...], str]
    set_adjectives: dict[str, str]  # "السنوي" -> "P1Y": "annual" after its noun is a set, as in TimeML
    national_days: dict[tuple[str, ...], bool]  # "اليوم الوطني", "عيد الاستقلال": a country's day, named after it
    countries: dict[tuple[str, ...], str]  # Arabic country names and adjectives -> ISO 3166 alpha-2
    international_days: dict[tuple[str, ...], bool]  # "اليوم العالمي" (للمرأة...)
    international_after: frozenset[str]  # "يوم البيئة العالمي"
    event_days: frozenset[str]  # "يوم الافتتاح": the day of an event the text names
    vague: dict[tuple[str, ...], str]
    not_today_after: frozenset[str]
    not_today_before: frozenset[str]
    not_weekday_before: frozenset[str]
    future_cues: frozenset[tuple[str, ...]]
    future_prefixes: tuple[str, ...]
    past_verbs: frozenset[str]  # "قتل", "أعلن": a clause about what has happened
    future_exceptions: frozenset[str]
    age_after: dict[tuple[str, ...], bool]
    idioms: dict[tuple[str, ...], bool]  # "ما أشبه الليلة بالبارحة": time words that name no time
    later_words: frozenset[tuple[str, ...]]  # "لاحقا": a future reference only in a future clause
    vague_more: dict[tuple[str, ...], str]  # "قديما", "الفترة المنصرمة" (round 7, `switches.MORE_PAST_REFS`)
    long_spans: dict[tuple[str, ...], bool]  # "لفترة طويلة", "وقتا طويلا": spans of no stated length


@cache
def lexicon() -> Lexicon:
    cal = load_json("lexicon", "calendar.json")
    w = load_json("time", "words.json")
    obs = w["observances"]
    nat = load_json("time", "national_days.json")
    unit_words: dict[str, tuple[str, str]] = {}
    for unit, forms in w["units"].items():
        for kind in ("many", "two", "one"):  # "one" last: عاما is both singular and the plural after 11+
            for form in forms[kind]:
                unit_words.setdefault(norm(form), (unit, kind))
    definite: dict[str, tuple[str, str]] = {}
    for unit, forms in w["definite_units"].items():
        for form in forms:
            bare = norm(form)[2:]
            counts = w["units"].get(unit, {})
            kind = next((k for k in ("one", "two", "many") if bare in {norm(x) for x in counts.get(k, [])}), "many")
            definite[norm(form)] = (unit, kind)
    relative = {norm(f): kind for kind, forms in w["relative"].items() for f in forms}
    decades = {norm(f): w["decade_digit"][k] for k, forms in w["decades"].items() for f in forms}
    return Lexicon(
        months=_phrases(cal["gregorian_months"], int),
        ambiguous_months=frozenset(phrase(m) for m in cal.get("ambiguous_months", [])),
        hijri_months=_phrases(cal["hijri_months"], int),
        weekdays={norm(n): int(k) for k, names in cal["weekdays"].items() for n in names if not LATIN.search(n)},
        cardinals=_phrases(w["cardinals"], int),
        vague_numbers=frozenset(norm(x) for x in w["vague_numbers"]),
        approx=frozenset(phrase(x) for x in w["approx"]),
        ordinals=_phrases(w["ordinals"], int),
        unit_words=unit_words,
        singular_units=frozenset(norm(f) for forms in w["units"].values() for f in forms["one"]),
        definite_units=definite,
        relative=relative,
        deictic_days=_phrases(w["deictic_days"], int),
        parts_of_day=_phrases(w["parts_of_day"]),
        period_mods=_phrases(w["period_mods"]),
        year_words=frozenset(norm(x) for x in w["year_words"]),
        year_kinds=frozenset(norm(x) for x in w["year_kinds"]),
        hijri_marks=frozenset(norm(x) for x in w["calendar_marks"]["hijri"]),
        gregorian_marks=frozenset(norm(x) for x in w["calendar_marks"]["gregorian"]),
        decades=decades,
        centuries=_phrases(w["century_ordinals"], int),
        seasons={norm(f): k for k, forms in w["seasons"].items() for f in forms},
        sets=_phrases(w["sets"]),
        set_adjectives={norm(f): k for k, forms in w.get("set_adjectives", {}).items() for f in forms},
        national_days={phrase(x): True for x in nat["phrases"]},
        countries={phrase(n): code for n, code in load_json("time", "countries.json")["names"].items()},
        international_days={phrase(x): True for x in obs["international"]},
        international_after=frozenset(norm(x) for x in obs["international_after"]),
        event_days=frozenset(norm(x) for x in obs["event_days"]),
        vague=_phrases(w["vague"]),
        not_today_after=frozenset(norm(x) for x in w["not_today_after"]),
        not_today_before=frozenset(norm(x) for x in w["not_today_before"]),
        not_weekday_before=frozenset(norm(x) for x in w["not_weekday_before"]),
        future_cues=frozenset(phrase(x) for x in w["future_cues"]),
        future_prefixes=tuple(norm(x) for x in w["future_prefixes"]),
        past_verbs=frozenset(norm(x) for x in w["past_verbs"]),
        future_exceptions=frozenset(norm(x) for x in w["future_prefix_exceptions"]),
        age_after={phrase(x): True for x in w["age_after"]},
        idioms={phrase(x): True for x in w["idioms"]},
        later_words=frozenset(phrase(x) for x in w["later_words"]),
        vague_more=_phrases(w["vague_more"]),
        long_spans={phrase(x): True for x in w["long_spans"]},
    )
