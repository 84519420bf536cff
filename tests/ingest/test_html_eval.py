"""trafilatura's Arabic evaluation page: every 'with' snippet kept, no 'without' snippet."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED
from marsad.api import analyze

DATA = SHARED / "data" / "html_trafilatura_arabic"


@pytest.mark.skipif(not DATA.exists(), reason="shared evaluation data not present")
def test_snippets() -> None:
    entries = json.loads((DATA / "evaldata.assabah.json").read_text(encoding="utf-8"))
    for entry in entries.values():
        art = analyze(DATA / entry["file"])
        for snippet in entry["with"]:
            assert snippet in art.text, snippet
        for snippet in entry["without"]:
            assert snippet not in art.text, snippet
        assert art.title.startswith(entry["title"].split(":")[0])
