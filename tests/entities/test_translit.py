"""English names spelled for people the registry does not know (marsad.entities.translit)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.api import analyze
from marsad.article import Article
from marsad.clean.page import clean_page
from marsad.entities.stage import tag_entities
from marsad.entities.translit import romanize, spell, table
from marsad.language.tokens import tag_tokens
from marsad.pipeline import Pipeline

PIPELINE = Pipeline([clean_page, tag_tokens, tag_entities])


def run(body: str) -> Article:
    return analyze(f"عنوان الخبر\n\n{body}\n", published="2023-06-12", pipeline=PIPELINE)


@pytest.mark.parametrize(("arabic", "english"), [
    ("محمد", "mohamed"),  # the lists' most frequent spelling
    ("خالد", "khaled"),
    ("ابراهيم", "ibrahim"),
    ("عبدالرحمن", "abdulrahman"),
])
def test_table_holds_common_name_words(arabic: str, english: str) -> None:
    assert table()[arabic] == english


def test_table_words_are_normalised_and_without_the_article() -> None:
    tab = table()
    assert len(tab) > 5000
    assert not any(w.startswith("ال") and len(w) >= 5 and w[2:] in tab for w in list(tab)[:2000])
    assert not any(c in w for w in tab for c in "أإآةى")


@pytest.mark.parametrize(("words", "name"), [
    ("خالد العنزي", "Khaled al-Anazi"),  # the article: "al-" joined to the next word, lower case inside
    ("العنزي", "Al-Anazi"),  # capitalised when it starts the name
    ("محمد بن سعود", "Mohamed bin Saud"),
    ("أبو بكر البغدادي", "Abu Bakr al-Baghdadi"),
    ("عبد الله", "Abdullah"),  # two words, one name
    ("عبدالله بن عبدالعزيز", "Abdullah bin Abdulaziz"),
    ("عبد الرحمن", "Abdulrahman"),
    ("سعود آل سعود", "Saud Al Saud"),
    ("فاطِمَة", "Fatima"),  # diacritics and ة fold before the lookup
])
def test_romanize(words: str, name: str) -> None:
    assert romanize(words.split()) == name


@pytest.mark.parametrize(("word", "latin"), [
    ("بوخش", "bukhash"),  # a consonant cluster takes "a"
    ("وليد", "walid"),  # an initial و is a consonant
    ("سيول", "sayul"),
])
def test_spell_rules(word: str, latin: str) -> None:
    assert spell(word) == latin


def test_word_missing_from_the_table_is_spelled_by_rule() -> None:
    assert "بوخش" not in table()
    assert romanize(["رشاد", "بوخش"]) == "Rashad Bukhash"


def test_nothing_to_spell_is_none() -> None:
    assert romanize([]) is None
    assert romanize(["١٢٣", "..."]) is None


@given(st.lists(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىأإآ ", min_size=1, max_size=8), max_size=5))
def test_romanize_never_fails_and_is_latin(words: list[str]) -> None:
    name = romanize(words)
    assert name is None or all(c.isascii() for c in name)


def test_unknown_person_gets_a_transliterated_name_without_an_entity_id() -> None:
    art = run("وقال المواطن رشاد محمد بوخش إن الطريق مغلق منذ أسبوع.")
    people = [e for e in art.entities if e.type == "PER"]
    assert people
    for e in people:
        assert e.canonical and e.canonical.isascii()
        assert e.entity_id is None
    assert any("Bukhash" in (e.canonical or "") for e in people)


def test_registry_people_keep_their_registry_name() -> None:
    art = run("قال الرئيس الروسي فلاديمير بوتين إن روسيا لن تتراجع.")
    putin = [e for e in art.entities if e.type == "PER"]
    assert putin and putin[0].entity_id is not None
    assert putin[0].canonical == "Vladimir Putin"
