"""Exports: GDELT 2.0 event rows (61 columns in GDELT's order) and PLOVER records."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article
from marsad.events.export import GDELT_COLUMNS, gdelt_rows, gdelt_tsv, plover_records


def test_gdelt_rows_have_the_61_columns(code: Callable[..., Article]) -> None:
    art = code("فرضت الولايات المتحدة عقوبات على إيران. ودعا بوتين الصين إلى الحوار.")
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[26] == "EventCode" and GDELT_COLUMNS[-1] == "SOURCEURL"
    lines = gdelt_tsv(art).splitlines()
    assert len(lines) == len(art.events) == 2
    assert all(len(line.split("\t")) == 61 for line in lines)
    row = dict(zip(GDELT_COLUMNS, gdelt_rows(art)[0], strict=True))
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor2Code"]) == ("USA", "USA", "IRN")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("163", "163", "16")
    assert (row["QuadClass"], row["GoldsteinScale"], row["SQLDATE"]) == ("4", "-8", "20230612")


def test_gdelt_dates_keep_their_precision(code: Callable[..., Article]) -> None:
    art = code("في يناير اتهمت الولايات المتحدة كوريا الشمالية بدعم روسيا.", timexes=[("في يناير", "2023-01", "month")])
    row = dict(zip(GDELT_COLUMNS, gdelt_rows(art)[0], strict=True))
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("", "202301", "2023")


def test_plover_records_skip_statements_and_appeals(code: Callable[..., Article]) -> None:
    art = code("فرضت الولايات المتحدة عقوبات على إيران. ودعا بوتين الصين إلى الحوار.")
    recs = plover_records(art)
    assert [r["event"] for r in recs] == ["COERCE"]
    assert recs[0]["source"][0]["code"] == "USA" and recs[0]["text"] in art.text


@pytest.mark.usefixtures("targetless_force")
def test_gdelt_action_place(code: Callable[..., Article]) -> None:
    art = code("قصفت روسيا مواقع للمعارضة في حلب.")
    row = dict(zip(GDELT_COLUMNS, gdelt_rows(art)[0], strict=True))
    assert (row["ActionGeo_FullName"], row["ActionGeo_CountryCode"], row["ActionGeo_Type"]) == ("Aleppo", "SY", "4")
