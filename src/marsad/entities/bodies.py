"""English names of public bodies the registry does not list by name (data: `entities/curated/bodies_en.tsv`).

"وزارة التجارة والصناعة" is "Ministry of Commerce and Industry" and "وزارة الداخلية المصرية" the "Egyptian Ministry
of Interior": the name is read from its words, never guessed.

Steps of `english_name(words, place, demonym)`:
1. The longest head at the start ("الهيئة العامة ل", "وزارة", "جامعة"); a head ending in ل takes its field with
   that preposition ("للإحصاء").
   A name of the glossary read whole ("مجلس الوزراء") is taken as it is, with the demonym of an adjective after it.
2. A nisba adjective of a country right after the head or at the end names the state ("الهيئة السعودية
   للمواصفات", "وزارة الداخلية المصرية"): its demonym goes first.
3. What the head governs: fields of the glossary joined by و ("التجارة والصناعة" -> "Commerce and Industry"), or
   for heads of local bodies a place the registry knows, with its region word ("منطقة الرياض" -> "Riyadh Region").
4. Any word left over means the name is not understood, and no English name is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from marsad.clean.normalize import normalize
from marsad.resources import data_path


@dataclass(frozen=True)
class Head:
    words: tuple[str, ...]
    lam: bool  # the field follows with ل: "الهيئة العامة للإحصاء"
    pattern: str
    governs: str  # F field words, P a place, FP either, - nothing but a country's adjective


@dataclass(frozen=True)
class Glossary:
    heads: tuple[Head, ...]  # longest first
    fields: dict[tuple[str, ...], str]
    place_words: dict[str, str]
    longest_field: int
    whole: dict[tuple[str, ...], str] = field(default_factory=dict)  # names read whole


@cache
def glossary() -> Glossary:
    heads: list[Head] = []
    fields: dict[tuple[str, ...], str] = {}
    place_words: dict[str, str] = {}
    whole: dict[tuple[str, ...], str] = {}
    with data_path("entities", "curated", "bodies_en.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            words = tuple(normalize(cols[1]).split())
            if cols[0] == "H":
                lam = words[-1] == "ل"
                heads.append(Head(words[:-1] if lam else words, lam, cols[2], cols[3]))
            elif cols[0] == "F":
                fields[words] = cols[2]
            elif cols[0] == "W":
                place_words[words[0]] = cols[2]
            elif cols[0] == "X":
                whole[words] = cols[2]
    heads.sort(key=lambda h: -len(h.words))
    return Glossary(tuple(heads), fields, place_words, max((len(k) for k in fields), default=1), whole)


def _fields(words: Sequence[str], g: Glossary) -> list[str] | None:
    """Glossary fields joined by و, each as English, or None when a word is not understood."""
    out: list[str] = []
    i = 0
    while i < len(words):
        first = words[i]
        if out:
            if not first.startswith("و") or len(first) < 3:
                return None
            first = first[1:]
        for n in range(min(g.longest_field, len(words) - i), 0, -1):
            key = (first, *words[i + 1:i + n])
            if key in g.fields:
                out.append(g.fields[key])
                i += n
                break
        else:
            return None
    return out or None


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def english_name(words: Sequence[str], place: Callable[[Sequence[str]], str | None],
                 demonym: Callable[[str], str | None]) -> str | None:
    """The English name of a body named by normalised `words` (leading clitics off), or None.

    `place(words)` gives the English name of a place the registry knows, `demonym(word)` the demonym of a nisba
    adjective of a country ("المصرية" -> "Egyptian")."""
    g = glossary()
    words = list(words)
    if tuple(words) in g.whole:
        return g.whole[tuple(words)]
    if len(words) > 1 and tuple(words[:-1]) in g.whole and (who := demonym(words[-1])) is not None:
        return f"{who} {g.whole[tuple(words[:-1])]}"  # "مجلس الوزراء السعودي"
    for head in g.heads:
        n = len(head.words)
        if len(words) <= n or tuple(words[:n]) != head.words:
            continue
        rest = words[n:]
        if head.governs == "-":
            # "أجهزة الأمن الروسية": the body is named by its country alone
            who = demonym(rest[0]) if len(rest) == 1 else None
            if who is not None:
                return f"{who} {head.pattern}"
            continue
        who = demonym(rest[0]) if len(rest) > 1 else None
        if who is not None:
            rest = rest[1:]  # "الهيئة السعودية للمواصفات"
        elif len(rest) > 1 and (who := demonym(rest[-1])) is not None:
            rest = rest[:-1]  # "وزارة الداخلية المصرية"
        if head.lam:
            if rest[0].startswith("لل"):
                rest = ["ال" + rest[0][2:], *rest[1:]]  # "للإحصاء" is ل + الإحصاء
            elif rest[0].startswith("ل") and len(rest) > 1:
                rest = [rest[0][1:], *rest[1:]]  # "لمكافحة الإرهاب": a construct after ل
            else:
                continue
        name: str | None = None
        if "F" in head.governs:
            parts = _fields(rest, g)
            if parts is not None:
                name = head.pattern.format(_joined(parts))
        if name is None and "P" in head.governs:
            pattern = "{}"
            if rest[0] in g.place_words and len(rest) > 1:
                pattern, rest = g.place_words[rest[0]], rest[1:]
            where = place(rest)
            if where is not None:
                name = head.pattern.format(pattern.format(where))
        if name is not None:
            return f"{who} {name}" if who else name
    return None
