"""Round 8d rules of the entity stage: the weakest tuning sets' misses (docs/entities.md, "Round 8d")."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run


@pytest.mark.parametrize(("body", "agency", "code"), [
    ("وارتفعت الأسعار في برلين. وبحسب \"الألمانية\"، فقد تراجع الطلب على الوقود.", "الألمانية", "DEUMED"),
    ("وانتهت المفاوضات بين الناديين دون اتفاق، وفقا للألمانية. وينتظر اللاعب قرار المدرب.", "للألمانية",
     "DEUMED"),
    ("وقتل ثلاثة جنود في الهجوم، حسب الفرنسية.", "الفرنسية", "FRAMED"),
    ("وأعلن الجيش حالة التأهب نقلا عن الفرنسية.", "الفرنسية", "FRAMED"),
])
def test_country_adjective_as_a_source_is_its_news_agency(body: str, agency: str, code: str) -> None:
    assert codes(run(body))[agency] == ("ORG", code)


@pytest.mark.parametrize(("body", "word"), [
    ("ويحق له ذلك وفقا للقوانين الألمانية المعمول بها.", "الألمانية"),
    ("وبحسب الصحف الفرنسية فإن الاتفاق قريب.", "الفرنسية"),
    ("وتحدث اللاعب بالفرنسية مع الصحفيين.", "بالفرنسية"),
    ("وفقا للمصرية، انتهت المباراة بالتعادل.", "للمصرية"),
])
def test_adjective_that_is_no_source_is_no_agency(body: str, word: str) -> None:
    got = codes(run(body))
    assert word not in got or not (got[word][1] or "").endswith("MED")


@pytest.mark.parametrize(("body", "person", "code"), [
    ("وتناول الفيلم الوثائقي سنوات حكم الرئيس العراقي الراحل صدام حسين بالتفصيل.", "صدام حسين", "IRQGOV"),
    ("وشكك الناخبون في إعادة انتخاب الرئيس المحافظ محمود أحمدي نجاد.", "محمود أحمدي نجاد", "IRNGOV"),
])
def test_former_holder_named_by_his_office_is_coded_in_it(body: str, person: str, code: str) -> None:
    assert codes(run(body))[person] == ("PER", code)


@pytest.mark.parametrize(("body", "person"), [
    ("وقال الرئيس الأمريكي السابق جورج بوش إن الحرب كانت ضرورية.", "جورج بوش"),
    ("وكتب المؤلف أن صدام حسين حكم العراق بقبضة من حديد.", "صدام حسين"),
    ("وقال الرئيس إن صدام حسين لم يكن يثق بأحد.", "صدام حسين"),
])
def test_former_holder_without_his_title_or_called_former_stays_elite(body: str, person: str) -> None:
    typ, code = codes(run(body))[person]
    assert typ == "PER" and code is not None and code.endswith("ELI")


@pytest.mark.parametrize(("body", "published", "canonical"), [
    ("عام / نائب خادم الحرمين الشريفين يفتتح مشروعا للإسكان في الطائف.", "2015-08-10", "Muhammad bin Nayef"),
    ("وقدم المدير شكره لنائب خادم الحرمين الشريفين على دعمه.", "2015-08-10", "Muhammad bin Nayef"),
    ("وقدم المدير شكره لنائب خادم الحرمين الشريفين على دعمه.", "2013-05-01", "King Salman"),
])
def test_king_deputy_is_the_crown_prince(body: str, published: str, canonical: str) -> None:
    got = {e.span.text: e for e in run(body, published=published).entities}
    deputy = got["نائب خادم الحرمين الشريفين"]
    assert (deputy.type, deputy.actor, deputy.canonical) == ("PER", "SAUGOV", canonical)


def test_king_epithet_alone_is_still_the_king() -> None:
    got = {e.span.text: e for e in run("وقدم المدير شكره لخادم الحرمين الشريفين على دعمه.", "2015-08-10").entities}
    assert got["خادم الحرمين الشريفين"].canonical == "King Salman"


@pytest.mark.parametrize(("body", "org"), [
    ("وأعلنت الجوازات في الرياض تمديد ساعات العمل في المطار.", "الجوازات"),
    ("وأعلنت الجوازات السعودية تمديد ساعات العمل.", "الجوازات السعودية"),
    ("وأوضحت جوازات المنطقة الشرقية أن المهلة تنتهي غدا.", "جوازات المنطقة الشرقية"),
])
def test_passports_directorate_is_government(body: str, org: str) -> None:
    assert codes(run(body))[org] == ("ORG", "SAUGOV")


def test_police_stay_police() -> None:
    assert codes(run("وأعلنت الشرطة في الرياض القبض على المتهم."))["الشرطة"] == ("ORG", "SAUCOP")


@pytest.mark.parametrize(("body", "org", "code"), [
    ("وقصفت القوات الجوية مواقع في حلب، وتقدمت القوات النظامية في ريف إدلب بسوريا.", "القوات الجوية", "SYRMIL"),
    ("وقصفت القوات الجوية مواقع في حلب، وتقدمت القوات النظامية في ريف إدلب بسوريا.", "القوات النظامية", "SYRMIL"),
    ("وقتل جنود من الجيش النظامي في عدن اليمنية أمس.", "الجيش النظامي", "YEMMIL"),
    ("وقالت المعارضة إن الطيران قصف حلب وإدلب في سوريا.", "المعارضة", "SYROPP"),
])
def test_state_forces_and_opposition_named_alone_take_the_story_country(body: str, org: str, code: str) -> None:
    assert codes(run(body))[org] == ("ORG", code)


def test_state_body_with_a_definite_word_after_is_left_to_the_longer_name() -> None:
    assert "المعارضة" not in codes(run("وقال المرصد المقرب من المعارضة المناوئة للنظام السوري إن الطيران قصف حلب."))
