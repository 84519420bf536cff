"""The JSON record follows docs/OUTPUT.md; every span's text equals text[start:end]."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.api import analyze
from marsad.errors import InputError
from marsad.record import SCHEMA, to_record

PAGES = Path(__file__).resolve().parent / "pages"
REQUIRED = {"schema", "id", "source", "language", "text", "sections", "paragraphs", "title", "lead", "caption",
            "photo_credit", "credits", "removed", "dates", "timexes", "entities", "quotes", "events"}


def spans(obj: Any) -> list[dict]:
    """Every dict in the record with start, end and text."""
    out = []
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            out.append(obj)
        for v in obj.values():
            out.extend(spans(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(spans(v))
    return out


def check_record(rec: dict) -> None:
    assert REQUIRED <= rec.keys()
    assert rec["schema"] == SCHEMA
    text = rec["text"]
    for sec in rec["sections"]:
        assert 0 <= sec["start"] <= sec["end"] <= len(text)
    for p in rec["paragraphs"]:
        assert 0 <= p["start"] <= p["end"] <= len(text)
    for sp in spans({k: v for k, v in rec.items() if k != "dates"} | {"pub": (rec["dates"]["publication"] or {})}):
        assert text[sp["start"] : sp["end"]] == sp["text"], sp
    json.dumps(rec, ensure_ascii=False)


def test_every_golden_page_gives_a_valid_record() -> None:
    for page in sorted(PAGES.glob("*.*")):
        if page.suffix in (".txt", ".html"):
            rec = to_record(analyze(page))
            check_record(rec)
            assert len(rec["id"]) == 64


WORDS = st.sampled_from(["قال", "الرئيس", "في", "بيان", "اليوم", "الاثنين", "إن", "الحكومة", "ستعقد", "اجتماعا",
                         "شارك", "تابع القراءة", "(رويترز)", "المصدر:", "وكالات", "«", "»", "\"", ".", "،", "2023",
                         "يناير", "كانون الثاني", "/", "-", "\n", "\n\n", "عَلَى", "ـ"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=80))
def test_any_page_gives_a_valid_record_or_a_clean_error(words: list[str]) -> None:
    page = " ".join(words)
    try:
        rec = to_record(analyze(page))
    except InputError:
        return
    check_record(rec)
