"""Heads of state and government of 2010-2025 (curated/leaders.tsv): a name or a title is linked to the office
holder of the article's date, and a leader who has left office is coded as a former official (ISO3+ELI)."""

from __future__ import annotations

import re

import pytest

from marsad.api import analyze
from marsad.article import Article
from marsad.clean.page import clean_page
from marsad.entities.registry import registry, resolve_title
from marsad.entities.stage import tag_entities
from marsad.language.tokens import tag_tokens
from marsad.pipeline import Pipeline
from marsad.resources import data_path

PIPELINE = Pipeline([clean_page, tag_tokens, tag_entities])


def run(body: str, published: str) -> Article:
    return analyze(f"عنوان الخبر\n\n{body}\n", published=published, pipeline=PIPELINE)


def linked(art: Article, name: str) -> tuple[str | None, str | None]:
    """(canonical, actor) of the entity whose span is `name`."""
    for e in art.entities:
        if e.span.text == name:
            return e.canonical, e.actor
    raise AssertionError(f"{name!r} not among {[e.span.text for e in art.entities]}")


@pytest.mark.parametrize(("body", "name", "published", "canonical", "code"), [
    # in office on the date, then out of office
    ("واستقبل الرئيس الكيني أوهورو كينياتا وفدا تجاريا في نيروبي.", "أوهورو كينياتا", "2015-07-25",
     "Uhuru Kenyatta", "KENGOV"),
    ("وحضر أوهورو كينياتا حفلا للمزارعين في مومباسا.", "أوهورو كينياتا", "2023-01-01",
     "Uhuru Kenyatta", "KENELI"),
    ("وقال جاكوب زوما أمام البرلمان إن الكهرباء ستعود قريبا.", "جاكوب زوما", "2016-03-10",
     "Jacob Zuma", "ZAFGOV"),
    ("ومثل جاكوب زوما أمام المحكمة في قضية فساد.", "جاكوب زوما", "2021-07-01", "Jacob Zuma", "ZAFELI"),
    ("والتقى محمدو بخاري حكام الولايات الشمالية.", "محمدو بخاري", "2019-02-01", "Muhammadu Buhari", "NGAGOV"),
    ("وأعلنت ديلما روسيف خطة لدعم الصناعة.", "ديلما روسيف", "2013-05-20", "Dilma Rousseff", "BRAGOV"),
    ("وزار ستيفن هاربر قاعدة عسكرية في الشمال.", "ستيفن هاربر", "2014-09-01", "Stephen Harper", "CANGOV"),
    ("وانتقد ستيفن هاربر الحكومة الجديدة.", "ستيفن هاربر", "2017-09-01", "Stephen Harper", "CANELI"),
    # before the first role a person keeps the country
    ("وحضر جاسيندا أرديرن مؤتمرا للشباب.", "جاسيندا أرديرن", "2012-06-01", "Jacinda Ardern", "NZL"),
    # ministers and international bodies
    ("وبحث وزير الدفاع التركي خلوصي أكار الوضع على الحدود.", "خلوصي أكار", "2020-02-01", "Hulusi Akar", "TURGOV"),
    ("وصرح جان كلود يونكر بأن الاتحاد متماسك.", "جان كلود يونكر", "2016-06-30", "Jean-Claude Juncker",
     "IGOEUREEC"),
])
def test_a_leader_is_linked_with_the_role_of_the_date(body: str, name: str, published: str, canonical: str,
                                                      code: str) -> None:
    assert linked(run(body, published), name) == (canonical, code)


@pytest.mark.parametrize(("title", "date", "holder"), [
    ("الرئيس الكيني", "2015-07-25", "Uhuru Kenyatta"),
    ("الرئيس الكيني", "2023-01-01", "William Ruto"),
    ("رئيس الوزراء البريطاني", "2015-06-01", "David Cameron"),
    ("رئيس الوزراء البريطاني", "2017-06-01", "Theresa May"),
    ("رئيس الوزراء الأسترالي", "2014-03-01", "Tony Abbott"),
    ("رئيس الوزراء الأسترالي", "2016-03-01", "Malcolm Turnbull"),
    ("الرئيس النيجيري", "2012-01-01", "Goodluck Jonathan"),
    ("وزير الدفاع المصري", "2016-01-01", "Sedki Sobhy"),
    ("وزير الخارجية الجزائري", "2015-01-01", "Ramtane Lamamra"),
    ("الأمين العام لمنظمة التعاون الإسلامي", "2018-01-01", "Yousef Al-Othaimeen"),
])
def test_a_title_names_the_holder_of_the_date(title: str, date: str, holder: str) -> None:
    res = resolve_title(title, date)
    assert res is not None and res.canonical == holder


OFFICES = {"president", "king", "emir", "sultan", "leader", "pm", "vp", "fm", "dm", "crown_prince", "sg", "speaker",
           "spokesman", "minister", "commander"}


def rows(name: str) -> list[list[str]]:
    text = data_path("entities", "curated", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.startswith("P\t")]


def test_the_file_is_well_formed_and_repeats_no_one() -> None:
    """Four columns, known offices, ISO dates that end after they start, no person of people.tsv again."""
    known = {r[1] for r in rows("people.tsv")}
    seen: set[str] = set()
    for row in rows("leaders.tsv"):
        assert len(row) == 4 and row[1] not in known | seen and row[2], row
        seen.add(row[1])
        for part in row[3].split(";"):
            actor, office, start, end = part.split()
            assert office in OFFICES and re.fullmatch(r"\d{4}-\d{2}-\d{2}", start), part
            assert end == "-" or (re.fullmatch(r"\d{4}-\d{2}-\d{2}", end) and start < end), part
            assert registry().lookup(actor) is not None, part  # a country, or a body or role code
