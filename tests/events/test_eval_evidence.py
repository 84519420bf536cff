"""The events evaluation finds an annotated clause in the text as the scorecard compares them (after norm())."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from eval_events import evidence_range  # noqa: E402


@pytest.mark.parametrize("text, evidence", [
    ("وأشاد ـ حفظه الله ـ بجهود الوزارة في الموسم", "وأشاد حفظه الله بجهود الوزارة"),
    ("وقال الوزير « إن العمل مستمر » أمس", "وقال الوزير إن العمل مستمر"),
    ("ودعا الأمين العام إلى الحوار", "ودعا الأمين العام إلى الحوار"),
])
def test_an_annotated_clause_is_found_across_dropped_marks(text: str, evidence: str) -> None:
    where = evidence_range(text, evidence)
    assert where is not None
    start, end = where
    assert text[start:end].startswith(evidence.split()[0]) and text[start:end].endswith(evidence.split()[-1])


def test_a_clause_not_in_the_text_is_not_found() -> None:
    assert evidence_range("ودعا الأمين العام إلى الحوار", "ندد الأمين العام بالهجوم") is None
