"""The codebook shipped as data: every root, labels, Goldstein scores, quad classes, PLOVER."""

from __future__ import annotations

import pytest

from marsad.events.codebook import codebook, lookup


def test_every_cameo_root_is_present() -> None:
    roots = {c.root for c in codebook().values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert all(f"{i:02d}" in codebook() for i in range(1, 21))


@pytest.mark.parametrize(("code", "goldstein", "quad"), [
    ("010", 0.0, 1), ("030", 4.0, 1), ("057", 8.0, 1), ("072", 8.3, 2), ("112", -2.0, 3),
    ("138", -7.0, 3), ("141", -6.5, 4), ("163", -8.0, 4), ("173", -5.0, 4), ("190", -10.0, 4), ("2042", -10.0, 4),
])
def test_goldstein_and_quad_class(code: str, goldstein: float, quad: int) -> None:
    c = lookup(code)
    assert (c.goldstein, c.quad_class) == (goldstein, quad)


@pytest.mark.parametrize(("code", "event"), [
    ("010", None), ("020", None), ("030", "AGREE"), ("042", "CONSULT"), ("051", "SUPPORT"), ("072", "AID"),
    ("081", "CONCEDE"), ("0841", "RETREAT"), ("112", "ACCUSE"), ("120", "REJECT"), ("138", "THREATEN"),
    ("141", "PROTEST"), ("154", "MOBILIZE"), ("163", "COERCE"), ("173", "COERCE"), ("186", "ASSAULT"),
    ("190", "ASSAULT"), ("202", "ASSAULT"),
])
def test_plover_equivalents(code: str, event: str | None) -> None:
    assert lookup(code).plover_event == event


def test_every_code_has_a_label_and_score() -> None:
    book = codebook()
    assert len(book) >= 300
    assert all(c.label and c.goldstein is not None and 1 <= c.quad_class <= 4 for c in book.values())


def test_unknown_code_falls_back_to_its_root() -> None:
    assert lookup("0199").code == "01"
