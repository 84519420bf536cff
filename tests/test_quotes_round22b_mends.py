"""Round 22b's rules on the sentences a review found them wrong on (docs/quotes.md, "Round 22b"): a title repeated
word for word names the person it named, not a newer holder of its noun; the last speaker stands for a title only
as far as `LAST_SPEAKER_WORDS` reaches; an epithet takes the speaker of its verb's gender; a statement does not go on
past a person named since."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import marsad.quotes.stage as stage
from marsad.article import Article
from quotes import conftest as harness
from quotes.conftest import who

Run = Callable[..., Article]
QADI = ("PER", "SAUGOV", "Saleh Al-Qadi")
ZAHRANI = ("PER", "SAUGOV", "Fahd Al-Zahrani")
SUBAIE = ("PER", "KWT", "Khalid Al-Subaie")
GLASER = ("PER", "USAGOV", "Daniel Glaser")
HIND = ("PER", "USAGOV", "Hind Smith")
SAYYAF = ("PER", "IMGSEP", "Abu Sayyaf")
TREASURY = ("ORG", "USAGOV", "Department of the Treasury")


@pytest.fixture
def run() -> Run:
    go: Run = harness.run.__wrapped__()
    return go


def _speakers(art: Article, words: str) -> set[str | None]:
    return {who(q) for q in art.quotes if words in q.span.text}


def test_a_title_repeated_word_for_word_names_whom_it_named(run: Run) -> None:
    body = ("أكد أمين منطقة عسير صالح القاضي أن المشاريع ستنجز في موعدها. وقال أمين منطقة جازان فهد الزهراني إن "
            "الأمطار أخرت العمل. من جانبه، أكد أمين منطقة عسير أن التقارير ترفع كل شهر إلى الوزارة.")
    names = {"صالح القاضي": QADI, "فهد الزهراني": ZAHRANI}
    assert _speakers(run(body, names), "التقارير ترفع") == {"Saleh Al-Qadi"}


def test_a_long_title_is_not_the_last_speaker(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("قال اللواء خالد السبيعي إن التحقيق مستمر. وقال نائب الرئيس العراقي ناصر الدوسري أحد أقارب الضحية إن "
            "العائلة تنتظر النتائج.")
    assert "Khalid Al-Subaie" not in _speakers(run(body, {"خالد السبيعي": SUBAIE}), "العائلة تنتظر")
    monkeypatch.setattr(stage, "TITLE_LAST_SPEAKER", False)
    assert "Khalid Al-Subaie" not in _speakers(run(body, {"خالد السبيعي": SUBAIE}), "العائلة تنتظر")


def test_an_epithet_takes_the_speaker_of_its_verbs_gender(run: Run) -> None:
    body = ("أعلن دانيال غليزر أن التنظيم يجني أموالا طائلة. وقالت هند سميث إن العقوبات ستتوسع. وكانت القوات قد "
            "قتلت أبو سياف في مايو. ولفت المسؤول المالي الأمريكي إلى أن التنظيم يدفع رواتب شهرية لعناصره.")
    got = _speakers(run(body, {"دانيال غليزر": GLASER, "هند سميث": HIND, "أبو سياف": SAYYAF}), "يدفع رواتب")
    assert "Hind Smith" not in got and got == {"Daniel Glaser"}


def test_a_statement_does_not_go_on_past_a_person_named_since(run: Run) -> None:
    body = ("وقالت وزارة الخزانة في بيان إن العقوبات تشمل أربع شركات. واستقبل الرئيس خالد السبيعي الوفد الزائر أمس "
            "في قصره. وأوضح أن بلاده ترحب بالاستثمار.")
    got = _speakers(run(body, {"خالد السبيعي": SUBAIE, "وزارة الخزانة": TREASURY}), "ترحب بالاستثمار")
    assert "Department of the Treasury" not in got
