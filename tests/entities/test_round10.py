"""Round 10 rules of the entity stage (docs/entities.md, "Round 10"), on invented sentences.

Each rule has a module switch; every test here fails with its rule's switch off."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run

from marsad.article import Article


def _codes(body: str, published: str = "2015-08-01") -> dict[str, tuple[str, str | None]]:
    return codes(run(body, published=published))


def _entity(art: Article, text: str) -> tuple[str, str | None, str | None] | None:
    return next(((e.type, e.actor, e.canonical) for e in art.entities if e.span.text == text), None)


# offices.OFFICE_BODY_COUNTRY: the office holder takes the country the body he serves gets from the context
@pytest.mark.parametrize(("body", "name", "code"), [
    ("قررت وزارة العمل تعليق استقدام العمالة من كينيا وتنزانيا وأوغندا. وأوضح المتحدث الرسمي لوزارة العمل ماجد "
     "القحطاني أن القرار مؤقت. وأكدت المملكة حرصها على العمالة.", "ماجد القحطاني", ("PER", "SAUGOV")),
    ("قررت وزارة الصحة منع استيراد الدواجن من فرنسا وبلجيكا وهولندا. وبين المتحدث باسم وزارة الصحة الدكتور "
     "سامي العريفي أن الحظر مؤقت. وأكدت المملكة سلامة المنتجات المحلية.", "سامي العريفي", ("PER", "SAUGOV")),
])
def test_an_office_holder_takes_his_bodys_country(body: str, name: str, code: tuple[str, str]) -> None:
    assert _codes(body).get(name) == code


# offices.QUOTED_BODY_TITLE: quotation marks around the body a title names
@pytest.mark.parametrize(("body", "name", "code"), [
    ("وقال الرئيس التنفيذي لشركة «التصنيع» المهندس نايف العبيد إن أرباح الربع الثاني ارتفعت.", "نايف العبيد",
     ("PER", "SAUBUS")),
    ("وأكد المهندس نايف بن سالم العبيد، الرئيس التنفيذي لشركة «التصنيع» أن المبيعات تحسنت.",
     "نايف بن سالم العبيد", ("PER", "SAUBUS")),
])
def test_a_body_in_quotation_marks_stays_in_the_title(body: str, name: str, code: tuple[str, str]) -> None:
    assert _codes(body).get(name) == code


# offices.BYLINE_NAME: the words before a byline's dash are the reporter
@pytest.mark.parametrize(("byline", "name"), [
    ("هتون الخيرات – عين اليوم", "هتون الخيرات"),
    ("ربى أبوالعلا – عين اليوم", "ربى أبوالعلا"),
    ("عبدالمحسن آل حمدان – عين اليوم", "عبدالمحسن آل حمدان"),
])
def test_a_byline_names_its_reporter(byline: str, name: str) -> None:
    art = run(f"{byline}\nافتتحت الجمعية الخيرية معرضها السنوي في مدينة الطائف بحضور عدد من المسؤولين.")
    found = _entity(art, name)
    assert found is not None and found[:2] == ("PER", "SAUMED")


# places.DISTRICT_QUOTED: a district named in quotation marks is a place
@pytest.mark.parametrize(("body", "name"), [
    ("وسيطرت المقاومة على مديرية «بني مطرف» في محافظة إب اليمنية بعد معارك.", "بني مطرف"),
    ("وتقدمت القوات اليمنية نحو مديرية «حيفان» جنوبي البلاد.", "حيفان"),
    ("واستهدفت الغارات مواقع للمتمردين في اليمن فمديرية «شدا» الحدودية.", "شدا"),
])
def test_a_quoted_district_is_a_place(body: str, name: str) -> None:
    assert _codes(body).get(name) == ("GPE", "YEM")


# places.QUOTED_PLACES: little-known places in quotation marks after a word for their kind
@pytest.mark.parametrize(("body", "names"), [
    ("وقصفت الطائرات مواقع للمسلحين في مناطق «الشقب وحيس والقبيطة» بمحافظة تعز اليمنية.",
     {"الشقب": ("GPE", "YEM"), "حيس": ("GPE", "YEM"), "القبيطة": ("GPE", "YEM")}),
    ("وتمركز المسلحون في جبل «الحشاء» المطل على قرية «بني يوسف» في اليمن.",
     {"الحشاء": ("LOC", "YEM"), "بني يوسف": ("GPE", "YEM")}),
])
def test_quoted_places_after_their_kind(body: str, names: dict[str, tuple[str, str]]) -> None:
    found = _codes(body)
    assert {n: found.get(n) for n in names} == names


# short_forms.LEADER_SURNAME: a leader named by his family name in a story about his country
@pytest.mark.parametrize(("body", "name", "code", "canonical"), [
    ("وتظاهر سكان في حمص بسوريا مطالبين بمحاسبة ضابط مقرب من الأسد.", "الأسد", ("PER", "SYRGOV"),
     "Bashar al-Assad"),
    ("وقال مقربون من عباس في رام الله إن اللجنة الفلسطينية اجتمعت مساء أمس.", "عباس", ("PER", "PSEGOV"),
     "Mahmoud Abbas"),
])
def test_a_leader_by_his_family_name(body: str, name: str, code: tuple[str, str], canonical: str) -> None:
    found = _entity(run(body), name)
    assert found is not None and found[:2] == code and found[2] == canonical


# context.CITY_CLUB_COUNTRY: a club the recogniser finds by its city's word keeps its own country
def test_a_club_named_by_its_city_keeps_its_country() -> None:
    found = _codes("وفاز برشلونة على ميلان بثلاثة أهداف في مباراة ودية أقيمت أمس.")
    assert found.get("برشلونة") == ("ORG", "ESP")


# context.STATED_NATIONALITY: a nationality said beside the name
@pytest.mark.parametrize(("body", "name", "code"), [
    ('وقال "ناصر بن حمد الراشدي"، وهو أحد أقدم العمانيين المقيمين في أبها، إن الإقبال كبير في المملكة.',
     "ناصر بن حمد الراشدي", ("PER", "OMN")),
    ("وأوضح فارس منصور أحد المقيمين السودانيين أن القرار أسعدهم في المملكة.", "فارس منصور",
     ("PER", "SDN")),
    ("وكان على متن القارب قبطان وهو مصري الجنسية يدعى رامي حسن الشاذلي، بحسب السلطات الإيطالية.",
     "رامي حسن الشاذلي", ("PER", "EGY")),
])
def test_a_stated_nationality_is_the_persons_country(body: str, name: str, code: tuple[str, str]) -> None:
    assert _codes(body).get(name) == code


def test_a_nationality_of_something_else_is_no_clue() -> None:
    # a singular adjective after "أحد" describes the noun it follows, not the person; the plural one does
    found = _codes("وقال سلطان الدوسري أحد لاعبي المنتخب القطري إن المباراة صعبة، وأوضح فارس منصور أحد المقيمين "
                   "السودانيين أن القرار أسعدهم في المملكة.")
    assert found.get("سلطان الدوسري", ("", None))[1] != "QAT" and found.get("فارس منصور") == ("PER", "SDN")


# people.TRAILING_ALI: "علي" before a punctuation mark ends a name (the preposition needs an object)
@pytest.mark.parametrize(("body", "name"), [
    ("وحضر الأمسية الفنان القدير ناصر علي، والملحن خالد الكبيسي في الدوحة.", "ناصر علي"),
    ("وقال مدير المستشفى الدكتور عبدالرحمن الطاهر علي، إن الحالات مستقرة في الخرطوم.", "عبدالرحمن الطاهر علي"),
])
def test_ali_before_a_punctuation_mark_ends_a_name(body: str, name: str) -> None:
    assert _codes(body).get(name, ("", None))[0] == "PER"


def test_the_preposition_before_its_object_stays_out() -> None:
    found = _codes("وحصل الفريق على المركز الأول، وعلى جائزة اللعب النظيف، وتسلمها الفنان ناصر علي، في الدوحة.")
    assert not any(k.endswith(("على", "علي")) for k in found if k != "ناصر علي") and "ناصر علي" in found


# Data of the round (roles.tsv titles and ranks, curated/orgs.tsv): no switch; each case fails without its row.
@pytest.mark.parametrize(("body", "name", "code"), [
    # a team's technical director is its coach, no official of the state its club is in
    ("وقال المدير الفني لفريق بايرن ميونيخ يواخيم لوف إن الفريق جاهز للمباراة.", "يواخيم لوف", ("PER", "DEU")),
    # an aircraft's captain commands no forces
    ("وقال قائد الطائرة فهد العتيبي إن الهبوط كان آمنا، وأكدت المملكة سلامة الركاب.", "فهد العتيبي",
     ("PER", "SAU")),
    # a conscript's rank in a story about the police
    ("وأصيب النقيب هشام فتحي والمجند محمود عبدالله في الهجوم على قسم الشرطة بالقاهرة.", "محمود عبدالله",
     ("PER", "EGYCOP")),
    # listed companies and clubs named by their brand
    ("وأعلنت شركة المراعي نتائج الربع الثاني، وارتفع سهم المراعي في تداول.", "شركة المراعي", ("ORG", "SAUBUS")),
    ("وتعاقد توتنهام مع المدافع الشاب لمدة أربعة مواسم.", "توتنهام", ("ORG", "GBR")),
])
def test_titles_ranks_and_names_of_the_round(body: str, name: str, code: tuple[str, str]) -> None:
    assert _codes(body).get(name) == code
