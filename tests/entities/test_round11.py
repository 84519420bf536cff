"""Round 11 rules and data of the entity stage (docs/entities.md, "Round 11"), on invented sentences.

Each rule has a module switch; every rule's test here fails with its switch off (`switched` turns it off for one
test); the data tests fail without their rows (the Latin names without `build_registry.LATIN_BRANDS`)."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import PIPELINE, codes, run, switched

from marsad.api import analyze
from marsad.entities import institutions, offices, registry, short_forms


def _codes(body: str, published: str = "2015-08-01") -> dict[str, tuple[str, str | None]]:
    return codes(run(body, published=published))


# registry.STATE_FORCES: a state's guards and security forces named by what they are
@pytest.mark.parametrize(("body", "name", "code"), [
    ("وأعلن الحرس الوطني في الكويت رفع درجة الاستعداد في معسكراته.", "الحرس الوطني", "KWTMIL"),
    ("وقال أحد رجال الحرس الوطني المرابطين قرب المنفذ إن الوضع هادئ في الكويت.", "الحرس الوطني", "KWTMIL"),
    ("وتمكنت القوات الأمنية العراقية من استعادة قرية قرب تكريت.", "القوات الأمنية العراقية", "IRQCOP"),
    ("وأوقف الأمن الأردني ثلاثة مطلوبين في مدينة الزرقاء.", "الأمن الأردني", "JORCOP"),
    ("وشكا المسافرون من تأخير ضباط حرس الحدود الفرنسيين لهم في ميناء كاليه.", "حرس الحدود الفرنسيين", "FRACOP"),
    ("وقال الحرس الجمهوري السوري إنه صد هجوما قرب دمشق.", "الحرس الجمهوري السوري", "SYRMIL"),
])
def test_a_state_force_named_by_what_it_is(body: str, name: str, code: str) -> None:
    assert _codes(body).get(name) == ("ORG", code)
    with switched(registry, "STATE_FORCES", False):
        assert _codes(body).get(name) != ("ORG", code)


@pytest.mark.parametrize("body", [
    "وناقش الخبراء في عمان الأمن القومي وتحديات الأمن في المنطقة.",
    "وأكد الوزير أن الأمن الغذائي أولوية للأردن.",
])
def test_security_alone_is_no_body(body: str) -> None:
    assert not any(k.startswith("الأمن") for k in _codes(body)), _codes(body)


# offices.ARMED_GROUP_MEMBERS: a member of an armed group is coded as the group
@pytest.mark.parametrize(("body", "name", "code"), [
    ("وأسفر القصف على مواقع تنظيم داعش قرب الرقة عن مقتل عشرة عناصر، أحدهم القيادي أبو يوسف الحمصي.",
     "أبو يوسف الحمصي", "IMGMUSISI"),
    ("واعتقلت الشرطة زوجة أبي صهيب الإدلبي أحد قياديي جبهة النصرة في بلدة حدودية.", "أبي صهيب الإدلبي", "SYRREB"),
    ("وقتل سالم الرقاوي، أحد عناصر تنظيم داعش، في قصف على ريف حلب.", "سالم الرقاوي", "IMGMUSISI"),
])
def test_a_member_of_an_armed_group_is_coded_as_the_group(body: str, name: str, code: str) -> None:
    assert _codes(body).get(name) == ("PER", code)
    with switched(offices, "ARMED_GROUP_MEMBERS", False):
        assert _codes(body).get(name) != ("PER", code)


def test_a_commander_of_a_party_keeps_the_party() -> None:
    found = _codes("وقال القيادي في حزب الإصلاح اليمني ناصر العديني إن الحوار متعثر.")
    assert found.get("ناصر العديني") == ("PER", "YEMOPP"), found
    # with no group named anywhere, no role is guessed
    found = _codes("وقال القيادي البارز ناصر العديني إن الانتخابات في الكويت ستجرى في موعدها.")
    assert found.get("ناصر العديني") == ("PER", "KWT"), found


# institutions.CREDITED_OUTLETS: an outlet named in quotation marks or brackets after a credit's cue
@pytest.mark.parametrize(("body", "name"), [
    ("وقال مدير مستشفى الولادة في جدة لـ«الرياض» إن الحالات مستقرة.", "الرياض"),
    ("وعلمت مصادر (الجزيرة) أن إدارة النادي في جدة ستعلن قرارها غدا.", "الجزيرة"),
    ("ونقلت صحيفة “مكة” عن مسؤولين في مكاتب التوظيف بجدة أن الطلبات زادت.", "مكة"),
])
def test_a_credited_outlet_is_an_outlet(body: str, name: str) -> None:
    assert _codes(body).get(name) == ("ORG", "SAUMED")
    with switched(institutions, "CREDITED_OUTLETS", False):
        assert _codes(body).get(name) != ("ORG", "SAUMED")


def test_a_source_described_in_brackets_is_no_outlet() -> None:
    found = _codes("وقالت مصادر (مطلعة) إن الاجتماع تأجل في جدة، وذكرت مصادر (لم تسمها) أن القرار صدر.")
    assert not any(t == "ORG" for t, _ in found.values()), found


def test_a_body_after_la_stays_itself() -> None:
    # "التابعة لـ«داعش»": no verb of saying, and a body a list knows
    found = _codes("وانسحبت العناصر التابعة لـ«داعش» من القرية، بحسب ما قاله مسؤول لـ\"الحياة\".")
    assert found.get("داعش") == ("ORG", "IMGMUSISI"), found
    assert found.get("الحياة") == ("ORG", "SAUMED"), found


# data: outlets and companies by their Latin names (scripts/build_registry.py LATIN_BRANDS)
@pytest.mark.parametrize(("body", "name", "code"), [
    ("وقال مسؤول لشبكة CNN الأمريكية إن المفاوضات مستمرة.", "CNN", "USAMED"),
    ("ونشر الحساب الرسمي على موقع twitter صورا للحادث.", "twitter", "USABUS"),
])
def test_latin_brand_names(body: str, name: str, code: str) -> None:
    assert _codes(body).get(name) == ("ORG", code)


# data: legislatures (curated/agents.tsv, curated/orgs.tsv, roles.tsv)
@pytest.mark.parametrize(("body", "name", "code"), [
    ("وصوت مجلس العموم البريطاني على مشروع القانون.", "مجلس العموم البريطاني", "GBRLEG"),
    ("وأقر مجلس الأعيان الأردني الموازنة العامة.", "مجلس الأعيان الأردني", "JORLEG"),
    ("وناقش البوندستاغ طلب الحكومة في برلين.", "البوندستاغ", "DEULEG"),
    ("وأحال مجلس اللوردات المشروع إلى لجنة في لندن.", "مجلس اللوردات", "GBRLEG"),
])
def test_legislatures(body: str, name: str, code: str) -> None:
    assert _codes(body).get(name) == ("ORG", code)


# institutions.COMPETITION_NAMES: where a competition's name ends
@pytest.mark.parametrize(("body", "name"), [
    ("وانضم المهاجم إلى ناد منافس في الدوري الإنجليزي الممتاز مقابل مبلغ كبير.", "الدوري الإنجليزي الممتاز"),
    ("ويحتل الفريق المركز الرابع في دوري الدرجة الأولى الألماني هذا الموسم.", "دوري الدرجة الأولى الألماني"),
    ("وتعاقد النادي، متصدر الدوري الإيطالي لكرة القدم، مع حارس جديد.", "الدوري الإيطالي"),
    ("وفاز الفريق على منافسه في نهائي كأس الإمارات الودية أمس.", "كأس الإمارات"),
    ("ونال المنتخب لقب كأس آسيا 4 مرات في تاريخه.", "كأس آسيا"),
    ("وتنطلق بطولة العالم للسباحة في مدينة قازان الشهر المقبل.", "بطولة العالم للسباحة"),
])
def test_a_competition_name_ends_where_it_should(body: str, name: str) -> None:
    assert _codes(body).get(name, ("", None))[0] == "MISC", _codes(body)
    with switched(institutions, "COMPETITION_NAMES", False):
        assert _codes(body).get(name, ("", None))[0] != "MISC"


def test_the_olympic_games_are_a_competition() -> None:
    assert _codes("وتأهل السباح إلى الألعاب الأولمبية المقبلة.").get("الألعاب الأولمبية") == ("MISC", None)


# short_forms.HEADLINE_MINISTRY_FORMS: a headline's ministry by its field in quotation marks or with its adjective
def _headline(title: str, body: str) -> dict[str, tuple[str, str | None]]:
    art = analyze(f"{title}\n\n{body}\n", published="2015-08-01", pipeline=PIPELINE)
    return codes(art)


@pytest.mark.parametrize(("title", "name", "code"), [
    ("«الصحة» تتجاوب مع شكوى مريض في جدة", "الصحة", "SAUGOV"),
    ("“التجارة”: إغلاق محلين مخالفين في الدمام", "التجارة", "SAUGOV"),
    ("الداخلية الكويتية: القبض على ثلاثة مطلوبين", "الداخلية الكويتية", "KWTGOV"),
])
def test_a_headline_names_a_ministry_by_its_field(title: str, name: str, code: str) -> None:
    body = "وأوضح مصدر في الوزارة أن الإجراءات مستمرة في المملكة العربية السعودية."
    if "الكويتية" in title:
        body = "وأوضح مصدر في الوزارة أن الإجراءات مستمرة في الكويت."
    assert _headline(title, body).get(name) == ("ORG", code)
    with switched(short_forms, "HEADLINE_MINISTRY_FORMS", False):
        assert _headline(title, body).get(name) != ("ORG", code)
