"""`marsad analyze --format timeml` and the text report's dates."""

from __future__ import annotations

import re
import xml.dom.minidom
from pathlib import Path

import pytest

from marsad.cli import main

PAGE = ("الخميس 12 Sep / September 2024\n\n"
        "كيم يتعهد بتعزيز التعاون مع بوتين في رسالة بمناسبة العيد الوطني\n\n"
        "تعهد زعيم كوريا الشمالية بتعزيز التعاون، حسبما ذكرت الوكالة الرسمية اليوم الإثنين.\n\n"
        "وتعهد بذلك في رسالة بمناسبة العيد الوطني لروسيا، بعد هجومها على أوكرانيا العام الماضي.\n\n"
        "وفي مارس/ آذار، قالت واشنطن إن لديها دليلا على ذلك.\n")


@pytest.fixture
def page(tmp_path: Path) -> Path:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


def test_timeml_format(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(page), "--format", "timeml"]) == 0
    out = capsys.readouterr().out
    xml.dom.minidom.parseString(out.encode("utf-8"))
    assert re.search(r'<DCT><TIMEX3 [^>]*value="2023-06-12"[^>]*functionInDocument="CREATION_TIME"', out)
    assert re.search(r'value="2022"[^>]*>العام الماضي</TIMEX3>', out)
    assert re.search(r'value="2023-03"[^>]*>مارس/ آذار</TIMEX3>', out)


def test_timeml_dct_is_the_given_date(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(page), "--format", "timeml", "--published", "2024-09-12"]) == 0
    out = capsys.readouterr().out
    assert re.search(r'<DCT><TIMEX3 [^>]*value="2024-09-12"', out)


def test_text_report_shows_the_reasoning(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(page), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "publication date: 2023-06-12" in out and "CONFLICT" in out
    assert "'اليوم الإثنين'" in out and "Thursday" in out
    assert "2022         year" in out
