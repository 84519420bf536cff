"""Round-4 rules: the outlet's own country, bylines, coalitions, the leadership, nisbas that are common words."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.article import Article
from marsad.clean.page import clean_page
from marsad.entities.context import outlet_country
from marsad.entities.stage import tag_entities
from marsad.language.tokens import tag_tokens
from marsad.pipeline import Pipeline

PIPELINE = Pipeline([clean_page, tag_tokens, tag_entities])


def run(body: str, published: str = "2015-08-10", title: str = "عنوان الخبر") -> Article:
    return analyze(f"{title}\n\n{body}\n", published=published, pipeline=PIPELINE)


def actors(art: Article) -> dict[str, tuple[str, str | None]]:
    return {e.span.text: (e.type, e.actor) for e in art.entities}


@pytest.mark.parametrize(("body", "text", "actor"), [
    # a state body named without a country is the home country's, whatever country the sentence deals with
    ("أعلنت وزارة العمل وقف استقدام العمالة من الفلبين. وقالت المملكة إن القرار مؤقت.", "وزارة العمل", "SAUGOV"),
    # an official with a bare title, in a sentence naming the home country among others
    ("زار وزير الخارجية المصري المملكة، وحضر اللقاء من مصر والمملكة وزير الخارجية الأستاذ فهد بن سالم العتيبي.",
     "فهد بن سالم العتيبي", "SAUGOV"),
])
def test_home_country_from_the_kingdom(body: str, text: str, actor: str) -> None:
    assert actors(run(body))[text][1] == actor


def test_foreign_sentence_keeps_its_country_without_a_home() -> None:
    # no bare "المملكة", no outlet: the sentence's country still decides
    got = actors(run("أعلنت وزارة العمل في الفلبين وقف سفر العمال إلى الخارج."))
    assert got["وزارة العمل"][1] == "PHLGOV"


def test_bare_kingdom_with_no_kingdom_named_is_the_saudi_one() -> None:
    got = actors(run("أكدت وزارة التجارة والصناعة أن المملكة تراقب الأسواق."))
    assert got["المملكة"] == ("GPE", "SAU")
    assert got["وزارة التجارة والصناعة"] == ("ORG", "SAUGOV")


@pytest.mark.parametrize(("url", "iso"), [("https://www.okaz.com.sa/news/1", "SAU"), ("http://example.com/a", None),
                                          ("http://news.gov.kw/x", "KWT"), (None, None)])
def test_outlet_country(url: str | None, iso: str | None) -> None:
    assert outlet_country(url) == iso


def test_title_chain_gives_the_country_of_an_earlier_title() -> None:
    got = actors(run("صرح الناطق الرسمي باسم الرئاسة المصرية السفير سامر فؤاد بأن اللقاء كان مثمرا في المملكة."))
    assert got["سامر فؤاد"][1] == "EGYGOV"


def test_comma_between_title_and_name() -> None:
    got = actors(run("وقع الاتفاقية مدير الشؤون الصحية بمنطقة الرياض، الدكتور سالم الحربي في المملكة."))
    assert got["سالم الحربي"][1] == "SAUGOV"


@pytest.mark.parametrize(("body", "person"), [
    ("فهد الزهراني- سبق: افتتح أمير المنطقة المعرض أمس.", "فهد الزهراني"),
    ("ماجد العنزي -سبق:أعلنت البلدية افتتاح الحديقة.", "ماجد العنزي"),
])
def test_byline_names_the_outlet_and_its_reporter(body: str, person: str) -> None:
    got = actors(run(body))
    assert got["سبق"] == ("ORG", "SAUMED")
    assert got[person] == ("PER", "SAUMED")


def test_outlet_word_outside_a_byline_stays_a_word() -> None:
    got = actors(run("قال المسؤول إن الاتفاق سبق أن أعلن في العام الماضي."))
    assert "سبق" not in got


@pytest.mark.parametrize(("body", "text", "actor"), [
    ("أعلنت قوات التحالف بقيادة الولايات المتحدة أنها شنت غارات على مواقع في سوريا.", "قوات التحالف", "USAMIL"),
    ("قصفت قوات التحالف الذي تقوده السعودية مواقع الحوثيين في اليمن.", "قوات التحالف", "SAUMIL"),
    ("شنت طائرات التحالف غارات على مواقع المسلحين في محافظة مأرب اليمنية وفي اليمن.", "التحالف", "SAUMIL"),
    ("شنت طائرات التحالف غارات على مواقع تنظيم داعش في العراق.", "التحالف", "USAMIL"),
])
def test_coalitions(body: str, text: str, actor: str) -> None:
    assert actors(run(body))[text] == ("ORG", actor)


def test_coalition_before_either_war_has_no_code() -> None:
    got = actors(run("شنت طائرات التحالف غارات على مواقع في اليمن.", published="2010-05-01"))
    assert "التحالف" not in got


def test_leadership_congratulating_is_the_home_government() -> None:
    got = actors(run("القيادة تهنئ رئيس سنغافورة بذكرى استقلال بلاده، وأكدت المملكة عمق العلاقات."))
    assert got["القيادة"] == ("ORG", "SAUGOV")


def test_leadership_without_a_home_country_is_left_alone() -> None:
    got = actors(run("القيادة تهنئ رئيس سنغافورة بذكرى استقلال بلاده."))
    assert "القيادة" not in got


@pytest.mark.parametrize(("body", "person", "actor"), [
    ("قال وزير المالية البريطاني جورج أوسبورن إن بريطانيا ستخفض الضرائب.", "جورج أوسبورن", "GBRGOV"),
    ("أكد مدير عام الجوازات اللواء سليمان اليحيى أن الجوازات في السعودية جاهزة.", "سليمان اليحيى", "SAUGOV"),
])
def test_titles(body: str, person: str, actor: str) -> None:
    assert actors(run(body))[person][1] == actor


def test_finance_is_not_mali() -> None:
    got = actors(run("أعلنت وزارة المالية في الكويت زيادة الرواتب."))
    assert all(not (a or "").startswith("MLI") for _, a in got.values())


@pytest.mark.parametrize(("body", "text", "actor"), [
    ("وصل الوفد إلى الرياض، وجدة، وأبها في السعودية.", "جدة", "SAU"),
    ("وصل الوفد الأردني إلى عمان قادما من الأردن.", "عمان", "JOR"),
    ("زار وزير خارجية سلطنة عمان الأردن، ثم عاد إلى عمان.", "عمان", "OMN"),
])
def test_ambiguous_place_names(body: str, text: str, actor: str) -> None:
    assert actors(run(body))[text][1] == actor


def test_passports_directorate_of_a_region() -> None:
    got = actors(run("أعلنت جوازات المنطقة الشرقية في السعودية تمديد ساعات العمل."))
    assert got["جوازات المنطقة الشرقية"] == ("ORG", "SAUGOV")


def test_eu_uses_the_phoenix_code() -> None:
    assert actors(run("قال الاتحاد الأوروبي إنه سيدعم اللاجئين."))["الاتحاد الأوروبي"][1] == "IGOEUREEC"


def test_financial_adjective_keeps_a_phrase_generic() -> None:
    # "مالي" is not read as Mali, but it is still an adjective: "مركز مالي" is no institution's name
    got = actors(run("يتمتع البنك في قطر بمركز مالي قوي."))
    assert not any("مالي" in text for text in got)


@pytest.mark.parametrize(("body", "text", "actor"), [
    ("افتتحت جامعة الملك عبد العزيز في جدة مركزا للأبحاث.", "جامعة الملك عبد العزيز", "SAUEDU"),
    ("تستقبل مدينة الملك عبد الله الطبية في مكة المرضى.", "مدينة الملك عبد الله الطبية", "SAUGOV"),
])
def test_royal_name_written_apart(body: str, text: str, actor: str) -> None:
    assert actors(run(body))[text] == ("ORG", actor)


def test_national_security_council_is_no_security_council() -> None:
    got = actors(run("حضر اللقاء الأمين العام المساعد لمجلس الأمن الوطني في الإمارات."))
    assert not any(a == "IGOUNO" for _, a in got.values())
    assert any(text.endswith("مجلس الأمن الوطني") for text in got)


@pytest.mark.parametrize(("words", "start", "want"), [
    (["ومعالي", "علي", "بن", "حماد", "الشامسي"], 2, 1),   # a given name before "بن" joins the person
    (["قال", "المسؤول", "بن", "حماد", "الشامسي"], 2, 2),  # a common word does not
])
def test_person_starting_at_bin_takes_its_given_name(words: list[str], start: int, want: int) -> None:
    from marsad.clean.normalize import normalize
    from marsad.entities.mention import _Found
    from marsad.entities.namewords import _given_name_test
    from marsad.entities.people import _headless_nasab_pass

    norms = [normalize(w) for w in words]
    found = [_Found(start, len(words), "PER", None, None, None, "model")]
    assert _headless_nasab_pass(norms, found, _given_name_test())[0].start == want


def test_reporter_of_a_byline_section_writes_for_its_outlet() -> None:
    # the cleaning stage keeps a byline line as a section after the story; its reporter is the outlet's
    body = ("طارق المالكي – عين اليوم\n\n"
            "وأعلنت وزارة الصحة أمس افتتاح مستشفى جديد في مدينة تبوك بحضور عدد من المسؤولين.\n\n"
            "وأوضح المتحدث باسم الوزارة أن المستشفى يستقبل المرضى من الأسبوع المقبل.")
    art = run(body, title="افتتاح مستشفى جديد في تبوك")
    assert [s.kind for s in art.sections][-1] == "byline"
    assert actors(art).get("طارق المالكي") == ("PER", "SAUMED")
