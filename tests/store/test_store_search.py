"""Arabic search: normalisation, light stems and broken plurals, and queries that must stay text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from observatory_data import other_article, script_article, signing_article

from marsad.api import analyze
from marsad.clean.normalize import normalize
from marsad.language.stem import fold, light_stem, skeleton
from marsad.store import ArticleQuery, open_store
from marsad.store.search import fts_query, parse, snippet
from marsad.store.sqlite import SQLiteStore

MISSILES = ("هجوم بصواريخ على مواقع عسكرية\n\n"
            "تعرضت مواقع عسكرية لهجوم بصواريخ بعيدة المدى فجر اليوم، وأعلنت وزارة الدفاع "
            "أن الدفاعات الجوية اعترضت عدداً منها فوق المدارس والمستشفيات.\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    s = open_store(tmp_path_factory.mktemp("search") / "s.db")
    assert isinstance(s, SQLiteStore)
    for art in (signing_article(), other_article(), script_article(),
                analyze(MISSILES, published="2024-07-01", url="https://war.test/1")):
        s.add(art)
    return s


@pytest.mark.parametrize(("word", "stem"), [
    ("بصواريخ", "صواريخ"),
    ("والصواريخ", "صواريخ"),
    ("للصواريخ", "صواريخ"),
    ("الصاروخين", "صاروخ"),
    ("صواريخه", "صواريخ"),
    ("المدرسة", "مدرس"),
    ("روسيا", "روسيا"),
    ("لروسيا", "روسيا"),
    ("كيم", "كيم"),  # too short to strip
])
def test_light_stem(word: str, stem: str) -> None:
    assert light_stem(normalize(word)) == normalize(stem)


@pytest.mark.parametrize(("plural", "singular"), [
    ("صواريخ", "صاروخ"),
    ("مدارس", "مدرسة"),
    ("مواقع", "موقع"),
    ("مطارات", "مطار"),
])
def test_broken_and_sound_plurals_share_a_skeleton(plural: str, singular: str) -> None:
    def key(w: str) -> str:
        return skeleton(light_stem(normalize(w)))

    assert key(plural) == key(singular)


@pytest.mark.parametrize(("query", "url"), [
    ("صاروخ", "https://war.test/1"),  # clitic + broken plural: بصواريخ
    ("الصاروخ", "https://war.test/1"),
    ("مدرسة", "https://war.test/1"),  # المدارس
    ("وقع", "https://example-news.test/a/1"),  # text has وقّع with a shadda
    ("اتفاقيه", "https://example-news.test/a/1"),  # ta marbuta written as ha
    ("اون", "https://example-news.test/a/1"),  # alef with hamza written bare
    ("الأمطار", "https://weather.test/rain"),
    ('"الدفاع المدني"', "https://weather.test/rain"),
])
def test_search_finds_variants(store: SQLiteStore, query: str, url: str) -> None:
    page = store.articles(ArticleQuery(q=query))
    assert url in [i["url"] for i in page.items]


def test_phrase_needs_the_words_in_order(store: SQLiteStore) -> None:
    assert store.articles(ArticleQuery(q='"المدني الدفاع"')).total == 0


def test_all_words_must_match(store: SQLiteStore) -> None:
    assert store.articles(ArticleQuery(q="صاروخ أمطار")).total == 0


def test_exact_word_ranks_above_skeleton_match(tmp_path: Path) -> None:
    s = open_store(tmp_path / "rank.db")
    exact = analyze("خبر عن صاروخ جديد\n\nأعلن الجيش تجربة صاروخ جديد بنجاح في الصحراء اليوم.\n")
    loose = analyze("خبر عن الصراخ\n\nسمع السكان صراخا عاليا في الحي القديم مساء أمس قرب السوق.\n")
    s.add(loose)
    s.add(exact)
    ids = [i["id"] for i in s.articles(ArticleQuery(q="صاروخ")).items]
    assert ids[0] == exact.id


def test_snippet_offsets_point_into_the_original_text(store: SQLiteStore) -> None:
    item = store.articles(ArticleQuery(q="صاروخ")).items[0]
    snip = item["snippet"]
    assert snip["hits"]
    text = snip["text"]
    assert [text[s:e] for s, e in snip["hits"]][:2] == ["بصواريخ", "بصواريخ"]


def test_snippet_keeps_diacritics_of_the_original() -> None:
    text = "وقّع الرئيس الاتفاق"
    snip = snippet(text, parse("وقع"))
    s, e = snip["hits"][0]
    assert snip["text"][s:e] == "وقّع"


INJECTIONS = ['" OR 1=1 --', "NEAR(", "*", "'; DROP TABLE article; --", "title:بوتين", '"unbalanced', "(",
              "^بوتين", "AND", "OR NOT", "بوتين*", "{title body}: x", "NEAR(بوتين كيم, 2)", "\x00", "%_",
              "\\", "' OR '1'='1", ")))))", "- بوتين"]


@pytest.mark.parametrize("query", INJECTIONS)
def test_injected_query_is_plain_text(store: SQLiteStore, query: str) -> None:
    before = store.count()
    page = store.articles(ArticleQuery(q=query))
    assert page.total <= before
    assert store.count() == before
    # whatever the syntax, the words inside are searched as words
    words = [w for w in parse(query).terms]
    if words == ["بوتين"]:
        assert page.total == 1


def test_fts_query_quotes_every_word() -> None:
    expr = fts_query(parse('" OR 1=1 -- NEAR( *'))
    assert expr is not None
    for bare in (" OR 1", "NEAR(", "*", "--"):
        assert bare not in expr.replace(" OR stems", "").replace(" OR roots", "")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_query_runs(store_for_hypothesis: SQLiteStore, q: str) -> None:
    page = store_for_hypothesis.articles(ArticleQuery(q=q))
    assert page.total >= 0


@pytest.fixture(scope="module")
def store_for_hypothesis(store: SQLiteStore) -> SQLiteStore:
    return store


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
                                  st.sampled_from("\u200f\u0640«»،؟ abc123"), st.characters()), max_size=80))
def test_fold_is_normalize(text: str) -> None:
    assert fold(text) == normalize(text)


def test_english_canonical_names_find_arabic_articles(store: SQLiteStore) -> None:
    urls = [i["url"] for i in store.articles(ArticleQuery(q="Putin")).items]
    assert urls == ["https://example-news.test/a/1"]
    assert store.articles(ArticleQuery(q="Kim Jong Un")).total == 1
    assert store.articles(ArticleQuery(q="Obama")).total == 0


def test_english_name_search_highlights_the_arabic_name(store: SQLiteStore) -> None:
    snip = store.articles(ArticleQuery(q="Putin")).items[0]["snippet"]
    assert [snip["text"][s:e] for s, e in snip["hits"]] == ["فلاديمير بوتين"]
