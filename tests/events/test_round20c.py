"""Round-20c rule: an organ's sanctions and warnings on businesses (docs/events.md "Round 20c"), checked on invented
sentences with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "بلدية الخرج": ("ORG", "SAUGOV", "Al-Kharj municipality"),
        "وزارة التجارة": ("ORG", "SAUGOV", "Ministry of Commerce"),
        "وزارة الموارد البشرية": ("ORG", "SAUGOV", "Ministry of Human Resources"),
        "أمانة الطائف": ("ORG", "SAUGOV", "Taif municipality"),
        "الطائف": ("GPE", "SAU", "Taif"),
        "الدمام": ("GPE", "SAU", "Dammam"),
        "جدة": ("GPE", "SAU", "Jeddah"),
        }
NAME = "SANCTIONED_FIRMS"


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, on: bool) -> list[tuple[str | None, str | None, str]]:
    return switched(code, monkeypatch, NAME, on, text, actors=MORE)


@pytest.mark.parametrize(("text", "want"), [
    # a fine told in the passive after the organ's own deed: the organ fines, the shop's owner is a business
    ("وأغلقت بلدية الخرج محلا لبيع الأغذية، وتم تغريم صاحب المحل خمسة آلاف ريال.", ("SAUGOV", "SAUBUS", "17")),
    # a warning told in the passive: the ministry warns the shops
    ("وضبطت وزارة التجارة مخالفات في أسواق الدمام، كما تم توجيه إنذارات لعدد من المتاجر.", ("SAUGOV", "SAUBUS", "13")),
    # suspending a firm's activity is a sanction on the firm
    ("علقت وزارة الموارد البشرية نشاط إحدى شركات التوظيف في جدة.", ("SAUGOV", "SAUBUS", "17")),
    # cancelling a licence
    ("وألغت وزارة التجارة ترخيص أحد المستودعات في الدمام.", ("SAUGOV", "SAUBUS", "17")),
])
def test_sanctioned_firms(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, text, True)
    assert want not in _with(code, monkeypatch, text, False)


def test_closed_firm_not_its_town(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the bakery closed is the target, not the town it stands in
    text = "ونفذت أمانة الطائف جولات رقابية على الأسواق. وتم إغلاق مخبزا في أحد أحياء الطائف لمخالفته الاشتراطات."
    on = _with(code, monkeypatch, text, True)
    assert ("SAUGOV", "SAUBUS", "17") in on and ("SAUGOV", "SAU", "17") not in on
    assert ("SAUGOV", "SAUBUS", "17") not in _with(code, monkeypatch, text, False)


def test_firm_not_addressed_next(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the firm suspended is not the one the ministry's call goes to next: the people the call names are
    text = ("علقت وزارة الموارد البشرية نشاط إحدى شركات التوظيف في جدة. "
            "ودعت جميع المستهلكين إلى التبليغ عن أي تجاوزات في الأسواق.")
    on = _with(code, monkeypatch, text, True)
    assert ("SAUGOV", "SAUBUS", "17") in on
    assert ("SAUGOV", "SAUCVL", "02") in on and ("SAUGOV", "SAUBUS", "02") not in on
    assert ("SAUGOV", "SAUBUS", "17") not in _with(code, monkeypatch, text, False)


@pytest.mark.parametrize("text", [
    # closing a road or an investigation names no business: no sanction; the shop closed after it is one
    "أغلقت وزارة التجارة الطريق المؤدي إلى السوق. وأغلقت وزارة التجارة متجرا في الدمام.",
    "أغلقت وزارة التجارة التحقيق في القضية. وأغلقت وزارة التجارة متجرا في الدمام.",
])
def test_only_firms_closed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert [t for t in _with(code, monkeypatch, text, True) if t[2] == "17"] == [("SAUGOV", "SAUBUS", "17")]
    assert not any(root == "17" for _, _, root in _with(code, monkeypatch, text, False))


@pytest.mark.parametrize("text", [
    # "مالك" is a given name here, not an owner: with no firm after it, no business is fined
    "وأغلقت بلدية الخرج الطريق المؤدي إلى السوق، وتم تغريم مالك بن سعيد خمسة آلاف ريال.",
    # "صاحب السمو" is a title
    "ووجهت وزارة التجارة إنذارا إلى صاحب السمو بسبب التأخير.",
])
def test_owner_words_need_a_firm(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert not any(t == "SAUBUS" for _, t, _ in _with(code, monkeypatch, text, True))
