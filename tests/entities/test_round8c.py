"""Round 8c rules of the entity stage: follow-ups of round 8b (docs/entities.md, "Round 8c")."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run


@pytest.mark.parametrize(("body", "place", "code"), [
    ("وتجمع المحتجون عند مستديرة الأزهري في حمص أمس.", "مستديرة الأزهري", "SYR"),
    ("وشيع جثمان الفقيد إلى مقبرة أم الحمام بالرياض بعد صلاة العصر.", "مقبرة أم الحمام", "SAU"),
    ("وأقيمت صلاة الميت في جامع الملك خالد بالرياض.", "جامع الملك خالد", "SAU"),
])
def test_landmark_heads_start_a_place(body: str, place: str, code: str) -> None:
    assert codes(run(body))[place] == ("LOC", code)


@pytest.mark.parametrize(("body", "person"), [
    ("وأدى المصلون صلاة الجمعة في جامع خالد بن الوليد في حمص.", "خالد بن الوليد"),
    ("واحتشد الناس أمام جامع عمر بن الخطاب في الدوحة.", "عمر بن الخطاب"),
])
def test_mosque_named_after_a_person_is_not_the_person(body: str, person: str) -> None:
    got = codes(run(body))
    assert person not in got
    assert ("جامع " + person) in got and got["جامع " + person][0] == "LOC"


@pytest.mark.parametrize(("body", "org", "code"), [
    ("وأعلن مجلس الأعمال السعودي الأمريكي عن منتدى للاستثمار.", "مجلس الأعمال السعودي الأمريكي", "USABUS"),
    ("واجتمع مجلس الأعمال الإماراتي الهندي في دبي.", "مجلس الأعمال الإماراتي الهندي", "INDBUS"),
])
def test_business_council_is_business(body: str, org: str, code: str) -> None:
    typ, got = codes(run(body))[org]
    assert typ == "ORG" and got is not None and got.endswith("BUS")


@pytest.mark.parametrize("body", [
    "وقصفت قوات التحالف الدولية مواقع التنظيم قرب الرقة.",
    "وأعلنت قوات التحالف الدولية تدمير مخزن للأسلحة.",
])
def test_coalition_forces_with_feminine_adjective(body: str) -> None:
    assert codes(run(body))["قوات التحالف الدولية"] == ("ORG", "USAMIL")


@pytest.mark.parametrize(("body", "person"), [
    ("وقال قائد الشرطة الإندونيسية بدر الدين هايتي إن التحقيق مستمر.", "بدر الدين هايتي"),
    ("وصرح المتحدث محمد تشاد للصحفيين بأن الوضع هادئ.", "محمد تشاد"),
])
def test_country_name_after_a_given_name_is_a_family_name(body: str, person: str) -> None:
    got = codes(run(body))
    assert got[person][0] == "PER"


@pytest.mark.parametrize(("body", "country"), [
    ("وزار الرئيس بوتين تركيا الأسبوع الماضي.", "تركيا"),
    ("وقال محمد الأردن إن الاجتماع انتهى.", "الأردن"),
])
def test_country_after_a_person_named_otherwise_stays_a_country(body: str, country: str) -> None:
    assert codes(run(body))[country][0] == "GPE"


@pytest.mark.parametrize("body", [
    "واشتبكت المقاومة الشعبية مع الحوثيين وفلول صالح في عدن.",
    "وتقدمت المقاومة على حساب الميليشيات وفلول صالح في تعز.",
])
def test_remnants_of_a_leader_are_not_part_of_his_name(body: str) -> None:
    got = codes(run(body))
    assert got["صالح"] == ("PER", "YEMREB")
    assert not any("فلول" in text for text in got)


@pytest.mark.parametrize(("body", "person"), [
    ("ومن جهة أخرى يواصل المدافع أسامة المولد جلسات العلاج الطبيعي.", "أسامة المولد"),
    ("ويواصل المدافع سعيد المولد تدريباته مع الفريق.", "سعيد المولد"),
])
def test_players_position_before_a_name_with_a_common_family_word(body: str, person: str) -> None:
    assert codes(run(body))[person][0] == "PER"


@pytest.mark.parametrize(("body", "person", "code"), [
    ("وشارك في الحفل المستشار بالسفارة السعودية لدى نيروبي ناصر بن غرم الله الغامدي.",
     "ناصر بن غرم الله الغامدي", "SAUGOV"),
    ("وقال المستشار عمرو عبدالرازق رئيس محكمة الجنايات إن الحكم نهائي في مصر.", "عمرو عبدالرازق", "EGYJUD"),
])
def test_adviser_of_a_body_is_an_official_and_before_a_name_a_judge(body: str, person: str, code: str) -> None:
    assert codes(run(body))[person] == ("PER", code)


@pytest.mark.parametrize("body", [
    "ونشرت الدورية الأكاديمية للتناسل البشري نتائج الدراسة أمس.",
    "وذكرت الدورية الأكاديمية للطب النفسي أن العينة صغيرة.",
])
def test_academic_journal_is_an_organisation(body: str) -> None:
    got = codes(run(body))
    assert any(text.startswith("الدورية الأكاديمية") and typ == "ORG" for text, (typ, _) in got.items())


@pytest.mark.parametrize(("body", "title", "code"), [
    ("وأكد سمو ولي العهد وزير الداخلية أهمية الأمن في المملكة.", "ولي العهد", "SAUGOV"),
    ("واستقبل ولي ولي العهد وزير الدفاع السفير في المملكة.", "ولي ولي العهد", "SAUGOV"),
    ("وبعث الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء برقية إلى المملكة المغربية. وأكدت المملكة دعمها.",
     "ولي العهد", "SAUGOV"),
])
def test_heir_named_by_title_alone_is_the_home_kingdoms(body: str, title: str, code: str) -> None:
    assert codes(run(body, published="2015-08-01"))[title] == ("PER", code)


def test_heir_title_before_a_competition_or_with_a_country_is_no_mention() -> None:
    got = codes(run("وفاز الهلال بكأس ولي العهد في المملكة. وقال ولي العهد البحريني إن الحوار مستمر."))
    assert "ولي العهد" not in got
    assert got["كأس ولي العهد"] == ("MISC", None)


@pytest.mark.parametrize(("phrase", "date", "canonical"), [
    ("سمو ولي العهد وزير الداخلية", "2015-06-10", "Muhammad bin Nayef"),
    ("ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية", "2016-03-01", "Muhammad bin Nayef"),
    ("ولي ولي العهد وزير الدفاع", "2015-06-10", "Mohammed bin Salman"),
    ("صاحب السمو الملكي ولي ولي العهد", "2015-06-10", None),
])
def test_chain_of_titles_resolves_to_the_holder_of_all(phrase: str, date: str, canonical: str | None) -> None:
    from marsad.entities.registry import resolve_title

    res = resolve_title(phrase, date)
    assert (res.canonical if res is not None else None) == canonical


def test_chain_of_titles_before_the_heir_held_both_is_nobody() -> None:
    from marsad.entities.registry import resolve_title

    assert resolve_title("ولي العهد وزير الداخلية", "2013-06-10") is None  # interior minister, not yet the heir


@pytest.mark.parametrize(("body", "person", "code"), [
    ("قتل شخصان في إندونيسيا أمس. وقال رئيس الشرطة الوطنية الجنرال بدر الدين حسن إن التحقيق مستمر.",
     "بدر الدين حسن", "IDNCOP"),
    ("انفجرت عبوة في نيجيريا أمس. وقال قائد الجيش اللواء محمد يوسف إن القوات طوقت المكان.",
     "محمد يوسف", "NGAMIL"),
])
def test_officer_with_an_arab_name_serves_the_storys_country(body: str, person: str, code: str) -> None:
    assert codes(run(body))[person] == ("PER", code)
