"""Roles from words: institution names, titles and ranks of people, long names, provinces."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.clean.page import clean_page
from marsad.entities.recognizer import recognizer
from marsad.entities.roles import role_table
from marsad.entities.stage import tag_entities
from marsad.language.tokens import tag_tokens
from marsad.pipeline import Pipeline

PIPELINE = Pipeline([clean_page, tag_tokens, tag_entities])
needs_model = pytest.mark.skipif(recognizer() is None, reason="no packaged model")


def run(body: str, published: str = "2015-08-01") -> Article:
    return analyze(f"عنوان الخبر\n\n{body}\n", published=published, pipeline=PIPELINE)


def by_text(art: Article) -> dict[str, tuple[str, str | None]]:
    return {e.span.text: (e.type, e.actor) for e in art.entities}


def norms(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


@pytest.mark.parametrize(
    ("words", "end", "role"),
    [
        ("مجلس شباب منطقة تبوك في", 4, "GOV"),  # an indefinite head's genitive chain, up to a function word
        ("المحكمة المركزية قررت", 2, "JUD"),  # a definite head and its adjective, not the verb after it
        ("جامعة الملك فيصل تعلن", 3, "EDU"),  # a royal title and the name it carries
        ("الجمعية الخيرية لرعاية الأيتام أمس", 4, "CVL"),  # a purpose phrase with لـ and its genitive
        ("الإدارة العامة لمرور الدمام ،", 4, "COP"),  # a word inside fixes the role
        ("لشركة واحة النخيل المهندس", 3, "BUS"),  # a leading clitic; a word starting with و that is one word
        ("الوكالة الاتحادية للعمل قالت", 3, "GOV"),
        ("صحيفة الوطن الصادرة", 2, "~MED"),  # a descriptor head: the name is what follows it
    ],
)
def test_institution_extent_and_role(words: str, end: int, role: str) -> None:
    got = role_table().institution(norms(words), 0, lambda j: 0, lambda w: True, lambda w: False)
    assert got == (end, role)


@pytest.mark.parametrize(
    "words",
    [
        "شركة كبيرة",  # a generic phrase: the head and a common word
        "وزارة",  # a head alone is no name
        "المحكمة",
    ],
)
def test_generic_heads_are_not_names(words: str) -> None:
    got = role_table().institution(norms(words), 0, lambda j: 0, lambda w: False, lambda w: True)
    assert got is None


def test_a_verb_ends_the_chain_of_an_indefinite_head() -> None:
    words = norms("وزارة تقرر عدد الوظائف")
    got = role_table().institution(words, 0, lambda j: 0, lambda w: True, lambda w: False,
                                   lambda w: w == normalize("تقرر"))
    assert got is None


def test_board_of_an_institution_is_the_institution() -> None:
    words = norms("مجلس إدارة الجمعية الخيرية")
    table = role_table()
    assert table.institution(words, 0, lambda j: 0, lambda w: True) == (2, "^")
    assert table.institution(words, 2, lambda j: 0, lambda w: True) == (4, "CVL")


@pytest.mark.parametrize(
    ("sentence", "text", "type_", "actor"),
    [
        # a nisba adjective inside the name gives the country
        ("وقالت مصلحة السجون الإسرائيلية إن الأسير نقل.", "مصلحة السجون الإسرائيلية", "ORG", "ISRCOP"),
        ("وأصدرت الجمعية الأردنية للتصوير بيانا.", "الجمعية الأردنية للتصوير", "ORG", "JORCVL"),
        # a place read after بـ ends the name and gives its country
        ("ونظمت الغرفة التجارية الصناعية بأبها ملتقى.", "الغرفة التجارية الصناعية بأبها", "ORG", "SAUBUS"),
        # a place inside a name is part of it
        ("وقضت محكمة جنايات القاهرة بسجن المتهمين.", "محكمة جنايات القاهرة", "ORG", "EGYJUD"),
        # a newspaper is named without the word "صحيفة"
        ("وعنونت صحيفة ذي ستاندارد الكينية صفحتها الأولى.", "ذي ستاندارد الكينية", "ORG", "KENMED"),
        # a body of an international organisation is coded as the organisation
        ("وقدم صندوق أوبك للتنمية الدولية قرضا للحكومة.", "صندوق أوبك للتنمية الدولية", "ORG", "IGOOPC"),
        # a sentence naming two countries, neither the article's own: the nearest one
        ("وكتبت صحيفة ذي ستار في نيروبي أن وفدا من واشنطن وصل أمس.", "ذي ستار", "ORG", "KENMED"),
        # a registry facility takes its head's role
        ("ونقل المصابون إلى مستشفى بقيق العام.", "مستشفى بقيق العام", "ORG", "SAUHLH"),
    ],
)
def test_institution_names(sentence: str, text: str, type_: str, actor: str) -> None:
    assert by_text(run(sentence))[text] == (type_, actor)


@needs_model
@pytest.mark.parametrize(
    ("sentence", "text", "actor"),
    [
        # a function title before the name, with the country of its complement
        ("وأوضح وزير الداخلية اليمني عبده الحذيفي أن الحكومة تعمل.", "عبده الحذيفي", "YEMGOV"),
        # a title in apposition after the name
        ("وقال رودريش إجلر، رئيس المكتب الاتحادي للإحصاء في ألمانيا، إن العدد ارتفع.", "رودريش إجلر", "DEUGOV"),
        # the office belongs to the institution named in the title
        ("وقال مدير مستشفى بقيق العام محمد بن عايش الداموكي إن الحالات مستقرة.", "محمد بن عايش الداموكي", "SAUHLH"),
        # a rank in a sentence about the police is a police rank; elsewhere a military one
        ("وأصيب ضابط شرطة هو العقيد هشام العزب في القاهرة.", "هشام العزب", "EGYCOP"),
        ("وقاد العقيد سامي الحربي الكتيبة في اليمن.", "سامي الحربي", "YEMMIL"),
    ],
)
def test_people_take_the_role_of_their_title(sentence: str, text: str, actor: str) -> None:
    assert by_text(run(sentence))[text] == ("PER", actor)


@needs_model
def test_a_rank_after_wa_starts_the_next_person() -> None:
    got = by_text(run("وأصيب في القاهرة ضابطا شرطة هما العقيد هشام العزب والرائد أحمد فكرى."))
    assert "هشام العزب" in got and "أحمد فكرى" in got


@needs_model
def test_nasab_chain_and_family_name_make_one_person() -> None:
    art = run("وافتتح محافظ بقيق محمد بن سعود المتحمي معرضا للكتاب. وتجول المتحمي في الأجنحة.")
    got = by_text(art)
    assert got["محمد بن سعود المتحمي"] == ("PER", "SAUGOV")
    assert got["المتحمي"] == ("PER", "SAUGOV")


def test_places_after_a_province_word_are_provinces() -> None:
    got = by_text(run("وتحفظت اللجنة على مستشفيات بمحافظات القاهرة والجيزة ودمياط وأسيوط."))
    for name in ("الجيزة", "دمياط", "أسيوط"):
        assert got[name] == ("LOC", "EGY")


@pytest.mark.parametrize(
    ("kind", "phrase"),
    [("titles", "محافظ"), ("titles", "المحافظ"), ("heads", "وزارة"), ("heads", "الوزارة"), ("ranks", "العقيد")],
)
def test_table_reads_both_definite_forms(kind: str, phrase: str) -> None:
    table = role_table()
    assert table.find(getattr(table, kind), norms(phrase), 0) is not None


def test_honorific_al_amir_is_not_a_title() -> None:
    table = role_table()
    assert table.title_at(norms("الأمير فيصل"), 0) is None
    assert table.title_at(norms("أمير منطقة عسير"), 0) is not None
