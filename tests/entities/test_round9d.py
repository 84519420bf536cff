"""Round 9d rules of the entity stage (docs/entities.md, "Round 9d"), on invented sentences."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run

from marsad.entities.namewords import _verb_form


def _codes(body: str, published: str = "2015-08-01") -> dict[str, tuple[str, str | None]]:
    return codes(run(body, published=published))


@pytest.mark.parametrize(("word", "verb"), [
    ("تجمعوا", True),  # a past plural
    ("وصلوا", True),
    ("مبايعه", True),  # a verbal noun of form III (normalised ة)
    ("مشاركه", True),
    ("منيره", False),  # a given name
    ("ماجده", False),
    ("اوتاوا", False),  # a name in ـاوا, no verb ending
])
def test_verb_forms(word: str, verb: bool) -> None:
    assert _verb_form(word, {}) is verb


def test_a_name_list_word_is_no_verb_form() -> None:
    assert not _verb_form("مشاركه", {"مشاركه": "P"})


@pytest.mark.parametrize(("body", "word"), [
    ("وكان عدد كبير من المواطنين تجمعوا مساء الجمعة في وسط نيروبي.", "تجمعوا"),
    ("أعلن مقاتلون من الشيشان مبايعة تنظيم داعش في تسجيل صوتي.", "مبايعة"),
])
def test_verbs_and_verbal_nouns_are_no_names(body: str, word: str) -> None:
    assert word not in _codes(body)


def test_a_noun_for_everyone_ends_no_person() -> None:
    found = _codes("ودعا المهندس خالد العنزي الجميع لحضور المحاضرة في الرياض.")
    assert "خالد العنزي الجميع" not in found and found.get("خالد العنزي", ("", None))[0] == "PER"


@pytest.mark.parametrize(("body", "name", "code"), [
    # a district is a place, named without its word
    ("وسقط عدد من القتلى في مديرية أرحب خلال اشتباكات ليلية في اليمن.", "أرحب",
     ("GPE", "YEM")),
    ("وتقدمت القوات الحكومية نحو مديرية الرضمة شرقي إب بعد معارك عنيفة في اليمن.", "الرضمة",
     ("GPE", "YEM")),
])
def test_districts_are_places(body: str, name: str, code: tuple[str, str]) -> None:
    assert _codes(body).get(name) == code


def test_a_directorate_named_by_its_field_stays_a_body() -> None:
    found = _codes("وقالت مديرية الأمن في محافظة عدن اليمنية إنها اعتقلت مشتبها.")
    assert found.get("مديرية الأمن") == ("ORG", "YEMGOV")


def test_a_town_takes_the_country_of_the_place_it_lies_in() -> None:
    found = _codes("وهاجم مستوطنون قرية دوما بالضفة الغربية وأحرقوا منزلا.")
    assert found.get("دوما") == ("GPE", "PSE")


def test_an_adverb_spelt_like_a_town_is_none() -> None:
    assert "دوما" not in _codes("وقال الأمين العام: سأبقى دوما في خدمة الثورة الإيرانية.")


def test_a_state_body_is_the_storys_not_a_foreign_persons() -> None:
    body = ("زار وزير الخارجية السعودي الرياض أمس وقال إن السعودية ترحب بالاتفاق. وفي حديث له عن نظيره الأميركي "
            "جون كيري قال إنه صديق قديم، وفي جلسة لمجلس الشورى قدم اعتذاره للأعضاء. وأكدت السعودية دعمها للحل.")
    assert _codes(body).get("مجلس الشورى") == ("ORG", "SAUGOV")


@pytest.mark.parametrize(("body", "name", "code"), [
    ("وتعقد لجنة مبادرة السلام العربية اجتماعا طارئا الشهر المقبل في الكويت.",
     "لجنة مبادرة السلام العربية", "IGOARL"),
    ("وذكرت صحيفة ذي ديلي نيشن أن أسعار الشاي ارتفعت في الأسواق.", "ذي ديلي نيشن", "KENMED"),
    ("ومنحت الفيدرالية العالمية لأصدقاء الأمم المتحدة جائزتها السنوية لطبيبة من السودان.",
     "الفيدرالية العالمية لأصدقاء الأمم المتحدة", "NGO"),
])
def test_registry_entries(body: str, name: str, code: str) -> None:
    assert _codes(body).get(name) == ("ORG", code)


@pytest.mark.parametrize(("body", "word"), [
    # a verb before the body that is its subject
    ("عمّان: دان مجلس الأعيان الأردني بشدة إحراق المنزل في الضفة.", "دان"),
    # و + a word in hamza is no valley
    ("وأدى التقدم السريع للقوات في اليمن إلى فرار المسلحين.", "وأدى التقدم"),
    # an indefinite noun phrase is no body's name
    ("وأحيل المتهمون إلى المحاكمة بتهمة إنشاء وإدارة تنظيم إرهابي في مصر.", "إدارة تنظيم"),
])
def test_common_words_are_no_names(body: str, word: str) -> None:
    assert word not in _codes(body)


@pytest.mark.parametrize(("body", "name", "code"), [
    ("وقالت إدارة المرور في الرياض إن الطرق مزدحمة.", "إدارة المرور", ("ORG", "SAUCOP")),
    ("وسيول وادي حنيفة تغمر الطرق في الرياض.", "وادي حنيفة", ("LOC", "SAU")),
    ("وقال دان براون إن الرواية الجديدة تصدر في لندن.", "دان براون", ("PER", "GBR")),
])
def test_names_like_them_stay(body: str, name: str, code: tuple[str, str]) -> None:
    assert _codes(body).get(name) == code


def test_a_town_placed_by_a_compass_word_takes_the_country_of_the_place_near_it() -> None:
    found = _codes("وأحرق مستوطنون منزلا في قرية دوما جنوب نابلس فجر اليوم.")
    assert found.get("دوما") == ("GPE", "PSE")
