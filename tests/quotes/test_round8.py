"""Round 8: a relay set off between the speaker and the reported words ("قال X، حسبما نقلت Y، إن")."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def quotes_of(body: str) -> list[tuple[str | None, list[str], str]]:
    art = analyze(f"عنوان الخبر\n\n{body}\n", published="2016-01-03")
    return [(q.speaker.text if q.speaker else None, q.relays, q.span.text) for q in art.quotes]


@pytest.mark.parametrize(("body", "speaker", "via"), [
    ("وقال مصدر مسؤول في وزارة الخارجية، حسبما نقلت وكالة الأنباء السعودية، إن المملكة تحمل طهران المسؤولية.",
     "مصدر مسؤول", "Saudi Press Agency"),
    ("وقال مصدر مسؤول في وزارة الخارجية، بحسب وكالة الأنباء السعودية، إن المملكة تحمل طهران المسؤولية.",
     "مصدر مسؤول", "Saudi Press Agency"),
    ("وقال وزير الخارجية، حسبما نقلت وكالة رويترز، إن بلاده تحمل طهران المسؤولية.", "وزير الخارجية", "Reuters"),
    ("وقال المتحدث، بحسب رويترز، إن الهجوم فشل.", "المتحدث", "Reuters"),
])
def test_relay_aside_between_speaker_and_words(body: str, speaker: str, via: str) -> None:
    got = quotes_of(body)
    assert len(got) == 1
    who, relays, text = got[0]
    assert who == speaker and via in relays
    assert not text.startswith(("حسب", "بحسب", "وفقا"))


def test_name_between_commas_is_still_the_speaker() -> None:
    (who, _, _), = quotes_of("وقال وزير الخارجية، رغوبار داس، إن الهجوم فشل.")
    assert who == "رغوبار داس"
