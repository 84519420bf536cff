"""An anchor that names what its test depends on (`Anchor.key`) is tested once per key value: same scores."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.time import publication
from marsad.time.publication import Anchor
from marsad.time.stage import tag_text

TEXTS = [
    "قال الوزير اليوم الإثنين إن المحادثات ستستمر. وجاء ذلك في رسالة بمناسبة العيد الوطني لروسيا.",
    "أعلنت الوزارة أمس الأحد عن خطة جديدة، بعد هجومها على أوكرانيا العام الماضي.",
    "وصل الوفد غدا الخميس إلى الرياض بمناسبة حلول عيد الفطر المبارك، وكان ذلك قبل الغزو الروسي لأوكرانيا العام الماضي.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("page", ["2024-09-12", "2019-03-01"])
def test_keyed_scores_equal_the_tests_day_by_day(text: str, page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = publication._weighted_tests
    keyed: list[str] = []

    def checked(a: Anchor, days: list[dt.date]) -> list[float]:
        got = real(a, days)
        assert got == [a.weight * a.test(d) for d in days]
        if a.key is not None:
            keyed.append(a.kind)
        return got

    monkeypatch.setattr(publication, "_weighted_tests", checked)
    art = tag_text(text, page=page)
    assert art.dates.publication is not None
    assert "weekday" in keyed  # each text has a weekday beside اليوم/أمس/غدا
