"""Round 8b rules of the entity stage: mentions the passes missed or mis-coded (docs/entities.md, "Round 8b")."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run


@pytest.mark.parametrize(("body", "name", "code"), [
    ("وشارك في الندوة أمس سفير خادم الحرمين الشريفين لدى نيروبي سلمان بن راشد الحمدان مع عدد من الأكاديميين.",
     "سلمان بن راشد الحمدان", "SAUGOV"),
    ("وافتتح سفير خادم الحرمين الشريفين لدى دولة قطر الدكتور منصور بن خالد الراجحي المعرض.",
     "منصور بن خالد الراجحي", "SAUGOV"),
])
def test_envoy_of_a_head_of_state_holds_an_office_of_that_state(body: str, name: str, code: str) -> None:
    got = codes(run(body))
    assert got[name] == ("PER", code)  # not the country the envoy is sent to, nor the country alone


@pytest.mark.parametrize(("body", "org", "code"), [
    ("واستجاب المنظمون لطلب الاتحاد الكويتي الذي يمر بظروف صعبة.", "الاتحاد الكويتي", "KWT"),
    ("وأوقف الاتحاد الروسي لألعاب القوى ثلاثة عدائين أمس.", "الاتحاد الروسي لألعاب القوى", "RUS"),
    ("وأعلن الاتحاد العماني للسباحة موعد البطولة.", "الاتحاد العماني للسباحة", "OMN"),
])
def test_union_named_by_a_nationality_is_that_countrys_federation(body: str, org: str, code: str) -> None:
    assert codes(run(body))[org] == ("ORG", code)


def test_federation_field_is_no_part_of_the_presidents_name() -> None:
    got = codes(run("وقد زار رئيس الاتحاد الروسي لألعاب القوى فالنتين بالاخنيتشيف الملعب الجديد."))
    assert got["فالنتين بالاخنيتشيف"][0] == "PER"
    assert not any(text.startswith("القوى") for text in got)


def test_club_followed_by_a_players_nationality_is_no_federation() -> None:
    got = codes(run("وشارك محترف الاتحاد الغاني مونتاري في المعسكر."))
    assert "الاتحاد الغاني" not in got
    assert got["مونتاري"] == ("PER", "GHA")


@pytest.mark.parametrize(("body", "event"), [
    ("وأيد رئيس الاتحاد تأجيل خليجي 23 إلى العام المقبل.", "خليجي 23"),
    ("ونجحت السعودية في استضافة خليجي 22 في نوفمبر.", "خليجي 22"),
    ("وفازت العداءة بذهبية أولمبياد لندن 2012 في سباق 800 متر.", "أولمبياد لندن 2012"),
    ("ويستعد المنتخب لمونديال 2018 منذ الآن.", "مونديال 2018"),
])
def test_tournament_named_by_its_edition_is_misc(body: str, event: str) -> None:
    assert codes(run(body))[event] == ("MISC", None)


def test_gulf_adjective_without_an_edition_is_no_event() -> None:
    assert not any(typ == "MISC" for typ, _ in codes(run("وقال إن لاعبي المنتخب الخليجي 3 لاعبين فقط.")).values())


@pytest.mark.parametrize(("body", "place"), [
    ("وأوضح وكيل محافظة الحرث عبده مجرشي أن الجهات الحكومية في المملكة باشرت عملها.", "محافظة الحرث"),
    ("وأقيم العزاء في قرية الزاوية في محافظة صامطة بالمملكة.", "محافظة صامطة"),
    ("وعقدت الندوة في مدينة كولومبس بولاية أوهاي الأمريكية.", "ولاية أوهاي"),
])
def test_province_word_before_an_unknown_place_names_a_province(body: str, place: str) -> None:
    assert codes(run(body))[place][0] == "GPE"


@pytest.mark.parametrize("body", [
    "وفاز الرئيس بولاية ثانية في الانتخابات.",
    "وشدد على المحافظة على الأمن في محافظة جدة.",
])
def test_province_word_as_a_common_noun_names_nothing(body: str) -> None:
    assert not any(text.startswith(("ولاية", "محافظة على")) for text in codes(run(body)))


def test_nisba_after_an_unknown_state_gives_its_country() -> None:
    assert codes(run("وعقدت الندوة بولاية أوهاي الأمريكية أمس."))["ولاية أوهاي"] == ("GPE", "USA")


@pytest.mark.parametrize(("body", "name", "code"), [
    ("وتأكد رحيل المحترف البولندي زوكالا بعد نهاية عقده.", "زوكالا", "POL"),
    ("وينتظر النادي حصول المحترف الفنزويلي يوهاندري على الجنسية.", "يوهاندري", "VEN"),
    ("وأكد البائع العماني أمجد أن المبيعات تضاعفت.", "أمجد", "OMN"),
    ('وقال البائع العماني "أمجد": "المبيعات تضاعفت هذا الموسم".', "أمجد", "OMN"),
])
def test_nationality_before_an_unknown_word_names_a_person_of_that_country(body: str, name: str, code: str) -> None:
    assert codes(run(body))[name] == ("PER", code)


@pytest.mark.parametrize("body", [
    "وقال إن المنتخب السعودي يواجه منافسا قويا.",
    "وارتفع الريال السعودي أمس أمام الدولار.",
])
def test_nationality_before_a_common_word_names_nobody(body: str) -> None:
    assert not any(typ == "PER" for typ, _ in codes(run(body)).values())


@pytest.mark.parametrize(("body", "names"), [
    ("ويشارك في المسلسل كل من خالد أمين وغدير السبتي وهيا عبدالسلام وليلى عبدالله.",
     ("غدير السبتي", "هيا عبدالسلام", "ليلى عبدالله")),
    ("وسيغيب ناصر الشمراني وسالم الدوسري عن المباراة بداعي الإيقاف.", ("ناصر الشمراني", "سالم الدوسري")),
])
def test_list_of_people_splits_at_and_before_a_given_name(body: str, names: tuple[str, ...]) -> None:
    got = codes(run(body))
    for name in names:
        assert got[name][0] == "PER"


def test_given_name_starting_with_waw_stays_one_name() -> None:
    got = codes(run("وقال المذيع وليد الفراج إن المباراة صعبة."))
    assert got["وليد الفراج"][0] == "PER"


@pytest.mark.parametrize(("body", "name"), [
    ("وجمدت اللجنة أموال الرئيس السابق ونجله أحمد وزعيم التمرد.", "أحمد"),
    ("وتمثل في الفيلم بجوار زوجها براد بيت للمرة الثانية.", "براد بيت"),
])
def test_kinship_noun_is_no_part_of_the_name_after_it(body: str, name: str) -> None:
    got = codes(run(body))
    assert got[name][0] == "PER"
    assert not any(text.startswith(("نجله", "زوجها")) or text.endswith("وزعيم") for text in got)


def test_kinship_noun_before_a_common_word_names_nobody() -> None:
    assert not any(typ == "PER" for typ, _ in codes(run("وقالت إن زوجها يعمل في مكتب صغير.")).values())


@pytest.mark.parametrize(("body", "name"), [
    ("وأكد عبد الرحمن العطيشان بحضور المسؤولين أهمية المعرض.", "عبد الرحمن العطيشان"),
    ("وكرمت الجمعية الدكتور تركي منور المخلفي من جامعة القصيم.", "تركي منور المخلفي"),
    ("وأوضح مدير فرع الهيئة في محافظة ينبع سامر بن علي العنيني أن العمل مستمر.", "سامر بن علي العنيني"),
])
def test_person_takes_the_rest_of_the_name(body: str, name: str) -> None:
    assert codes(run(body))[name][0] == "PER"



@pytest.mark.parametrize(("body", "org"), [
    ("وبث مركز الأمير فهد بن سلمان الإعلامي بالنادي خبرا عن المسجد.", "مركز الأمير فهد بن سلمان الإعلامي"),
    ("ونقل المصاب إلى مستشفى الملك فهد بن عبدالعزيز أمس.", "مستشفى الملك فهد بن عبدالعزيز"),
])
def test_body_named_after_a_royal_takes_the_whole_lineage(body: str, org: str) -> None:
    assert codes(run(body))[org][0] == "ORG"


@pytest.mark.parametrize(("body", "name", "expected"), [
    ("ورصد الباحثون بجامعة «إراسموس روتردام» الهولندية النتائج.", "جامعة «إراسموس روتردام", ("ORG", "NLDEDU")),
    ("وقال الباحث لصحيفة «فوكسكرانت» الهولندية أمس إن النتائج مهمة.", "فوكسكرانت", ("ORG", "NLDMED")),
    ('ويشارك الممثل في مسلسل "خمس بنات" الذي يعرض قريبا.', "خمس بنات", ("MISC", None)),
    ('وينتظر عرض مسلسل "حرب القلوب" على القناة.', "حرب القلوب", ("MISC", None)),
])
def test_quoted_name_after_what_it_names(body: str, name: str, expected: tuple[str, str | None]) -> None:
    assert codes(run(body))[name] == expected


def test_quoted_company_name_leaves_the_head_out() -> None:
    got = codes(run('وقال إن الخطوط مقطوعة بين الصندوق وشركة "سمة" منذ مدة.'))
    assert got["سمة"][0] == "ORG"
    assert not any(text.startswith("شركة") for text in got)


@pytest.mark.parametrize(("body", "names"), [
    ("وأوضح كل من فيصل المعيقل وفهد الشثري أن الخطة تسير ببطء.", ("فيصل المعيقل", "فهد الشثري")),
    ("وحضر الفنان التشكيلي عبدالقادر العبيدان الافتتاح.", ("عبدالقادر العبيدان",)),
])
def test_given_name_and_a_rare_family_name_are_a_person(body: str, names: tuple[str, ...]) -> None:
    got = codes(run(body))
    for name in names:
        assert got[name][0] == "PER"


@pytest.mark.parametrize("body", [
    "وشددت الدوريات الرقابة على المتسللين عبر الحدود.",  # the preposition على, not the name علي
    "وأكد الأمين العام أن العمل مستمر.",
])
def test_given_name_spelling_before_a_common_word_names_nobody(body: str) -> None:
    assert not any(typ == "PER" for typ, _ in codes(run(body)).values())


@pytest.mark.parametrize(("body", "name", "code"), [
    ("ووصل إلى موقع الحادث العقيد ركن إبراهيم العمير من القوات السعودية.", "إبراهيم العمير", "SAUMIL"),
    ("وكرمت الجمعية في الرياض اللواء متقاعد سعد الحربي.", "سعد الحربي", "SAUMIL"),
])
def test_qualified_rank_still_gives_its_role(body: str, name: str, code: str) -> None:
    assert codes(run(body))[name] == ("PER", code)


def test_where_an_office_is_held_may_name_the_place_with_its_kind() -> None:
    got = codes(run("وزار القنصل السعودي العام بالإنابة في مدينة تبريز الإيرانية ماجد السويلم مقر البعثة أمس."))
    assert got["ماجد السويلم"] == ("PER", "SAUGOV")  # the consul's country, not his post's


@pytest.mark.parametrize(("body", "event"), [
    ("وتأهلت الفرق الأربع في دوري عبداللطيف جميل للمحترفين إلى الدور الثاني.", "دوري عبداللطيف جميل للمحترفين"),
    ("وسجل اللاعب عشرة أهداف في دوري عبداللطيف جميل الموسم الماضي.", "دوري عبداللطيف جميل"),
])
def test_competition_named_after_a_person_is_misc(body: str, event: str) -> None:
    assert codes(run(body))[event] == ("MISC", None)
