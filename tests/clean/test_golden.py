"""Golden records for pages laid out as different Arabic news sites lay them out.

Each `tests/pages/NAME.(txt|html)` has `NAME.golden.json` beside it holding the
structural part of its record. `pytest --update-golden` rewrites them; review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.api import analyze
from marsad.record import to_record

PAGES = Path(__file__).resolve().parents[1] / "pages"
CASES = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".html"))


def structure(path: Path) -> dict:
    rec = to_record(analyze(path))
    text = rec["text"]
    return {
        "title": rec["title"],
        "lead": rec["lead"],
        "caption": rec["caption"],
        "photo_credit": rec["photo_credit"],
        "credits": rec["credits"],
        "byline": rec["byline"],
        "dateline": rec["dateline"]["text"] if rec["dateline"] else None,
        "page_date": rec["dates"]["page"]["value"] if rec["dates"]["page"] else None,
        "paragraphs": [text[p["start"] : p["end"]] for p in rec["paragraphs"]],
        "removed": rec["removed"],
    }


@pytest.mark.parametrize("page", CASES, ids=[p.name for p in CASES])
def test_golden(page: Path, update_golden: bool) -> None:
    golden = page.with_suffix(".golden.json")
    got = structure(page)
    if update_golden or not golden.exists():
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not update_golden:
            pytest.fail(f"golden file {golden.name} was missing and has been written; review and commit it")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_there_are_several_layouts() -> None:
    assert len(CASES) >= 6


def test_spa_dateline_stays_in_the_text_and_dates_the_page() -> None:
    page = "السفير يلتقي الوزير\n\nجدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس\n" \
           "التقى وزير الخارجية في جدة اليوم سفير اليابان وبحث معه العلاقات الثنائية.\nوأكد الوزير حرص المملكة على تطوير العلاقات.\n"
    rec = to_record(analyze(page))
    assert rec["dateline"]["text"] == "جدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس"
    assert rec["text"][rec["paragraphs"][0]["start"]:].startswith("جدة 25 شوال")
    assert rec["dates"]["page"]["value"] == "2015-08-10"
