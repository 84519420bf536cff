"""Damaged pages give a valid record or one clean error: regressions of the robustness audit (bench/robustness.py).

The inputs are invented sentences damaged the way the audit damages real pages.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.api import analyze
from marsad.article import Article
from marsad.clean.normalize import NormalizedText, normalize
from marsad.errors import InputError
from marsad.events.actors import _skip_prefix
from marsad.ingest.encoding import decode, encode_text
from marsad.language.tokens import Token, sentences, tokenize
from marsad.quotes.view import View
from marsad.record import to_record
from marsad.store.inputs import from_object
from test_record import check_record, spans

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from robustness import parts_marks  # noqa: E402  (the audit's own check of a span)

PAGE = ("وفد أردني يزور القاهرة\n\n"
        "وصل وزير الخارجية الأردني فيصل المومني إلى القاهرة اليوم الأحد في زيارة تستمر يومين. "
        "وقال المومني في مؤتمر صحفي إن بلاده ومصر «تتفقان على ضرورة وقف التصعيد» في المنطقة.\n\n"
        "وأضاف أن عمّان والقاهرة ستعقدان اجتماعا للجنة المشتركة في أيلول المقبل، وأكد أن الأردن يدعم الحوار.")


def parted_marks(rec: dict) -> list[dict]:
    """The record's spans that part a letter from its diacritics."""
    pub = rec["dates"]["publication"] or {}
    return [sp for sp in spans({k: v for k, v in rec.items() if k != "dates"} | {"pub": pub})
            if sp["start"] < sp["end"] and parts_marks(rec["text"], sp["start"], sp["end"])]


# --- a clitic's diacritics stay with the clitic: the entity starts on the name's first letter


@pytest.mark.parametrize(("page", "name"), [
    ("زيارة\n\nوصل وفد من مصر وَالأردنِ إلى بيروت اليوم.", "الأردن"),
    ("زيارة\n\nاجتمع الوزير بـبيروت مع نظيره السوري أمس.", "بيروت"),
    ("زيارة\n\nوصل الوفد الأردني لِـدمشق بعد محادثات في عمّان.", "دمشق"),
])
def test_an_entity_after_a_marked_clitic_starts_on_a_letter(page: str, name: str) -> None:
    rec = to_record(analyze(page))
    found = [e["text"] for e in rec["entities"] if normalize(e["text"]) == normalize(name)]
    assert found and all(text[0].isalpha() and text[0] != "\u0640" for text in found), rec["entities"]
    assert not parted_marks(rec)


# --- a span of the normalised view ends after the diacritics of its last letter


@pytest.mark.parametrize(("text", "query", "want"), [
    ("جرى ذلك يوم الأحدِ الماضي", "الاحد", "الأحدِ"),
    ("جرى ذلك يوم الأحدّ الماضي", "الاحد", "الأحدّ"),
    ("وصل إلى القاهرةِّ، ثم عاد", "القاهره", "القاهرةِّ"),
    ("جرى ذلك يوم الأحدـ الماضي", "الاحد", "الأحد"),  # a tatweel after the word is no mark of its letter
    ("جرى ذلك يوم الأحد\u200f الماضي", "الاحد", "الأحد"),
    ("جرى ذلك يوم الأحد\u200fِ الماضي", "الاحد", "الأحد\u200fِ"),  # a mark pasted before the diacritic
])
def test_normalised_span_keeps_the_last_letters_diacritics(text: str, query: str, want: str) -> None:
    view = NormalizedText.of(text)
    at = view.text.index(query)
    s, e = view.span(at, at + len(query))
    assert text[s:e] == want


def test_publication_evidence_keeps_its_diacritics() -> None:
    page = "اجتماع\n\nعقد مجلس الوزراء اجتماعه الأسبوعي اليومَ الأحدِّ برئاسة رئيس الحكومة."
    rec = to_record(analyze(page, published="2023-05-14"))
    check_record(rec)
    assert not parted_marks(rec)


# --- UTF-8 with a few broken bytes is read as UTF-8, never as a single-byte code page


def test_utf8_cut_in_the_middle_of_a_letter_is_still_utf8() -> None:
    data = PAGE.encode("utf-8")
    for cut in range(len(data) - 12, len(data)):
        text, encoding = decode(data[:cut])
        assert encoding == "utf-8"
        assert PAGE.startswith(text)


def test_utf8_with_a_stray_byte_is_read_as_utf8_with_a_replacement_character() -> None:
    data = PAGE.encode("utf-8")
    damaged = data[:200] + b"\xff" + data[200:]
    text, encoding = decode(damaged)
    assert encoding == "utf-8"
    assert "\ufffd" in text and text.replace("\ufffd", "") == PAGE


def test_a_short_utf8_page_with_several_stray_bytes_is_still_utf8() -> None:
    page = "وصل وزير الخارجية إلى عمّان اليوم في زيارة رسمية"
    damaged = bytearray(page.encode("utf-8"))
    for i in (5, 17, 33, 47, 61, 75):  # one letter in seven garbled: eleven broken sequences, 35 whole letters
        damaged[i] = 0xFF
    text, encoding = decode(bytes(damaged))
    assert encoding == "utf-8" and text.count("\ufffd") == 11


def test_windows_1256_page_is_not_taken_for_damaged_utf8() -> None:
    # Arabic commas (0xA1) after letters make a few valid UTF-8 pairs: still far fewer than the broken bytes
    page = "، ".join(["تحدث الوزير"] * 40)
    assert decode(page.encode("cp1256")) == (page, "cp1256")


def test_a_page_cut_mid_letter_gives_the_record_of_its_text() -> None:
    data = PAGE.encode("utf-8")
    cut = next(i for i in range(len(data) - 1, 0, -1) if data[i] >= 0xC0) + 1  # just after a lead byte
    rec = to_record(analyze(data[:cut]))
    check_record(rec)
    assert rec["encoding"] == "utf-8"
    assert "الخارجية الأردني" in rec["text"]


# --- a page cut right after a word the quotes stage reads past: it asks for the token after the last one


@pytest.mark.parametrize("page", [
    "خبر\n\nوأشار وزير الداخلية الأردني إلى",  # the object of the verb after إلى (entity_on)
    "خبر\n\nقال مصدر أمني اليوم الأحد إن مسلحين هاجموا مركزا للشرطة، وأشار إلى",
    "خبر\n\nأفاد شهود اليوم بمقتل عشرة مسلحين، ب",
    "خبر\n\nوقال المتحدث باسم وزارة الداخلية الأردنية لوكالة",  # the outlet addressed (addressee)
    "خبر\n\nوأكد مصدر مسؤول في الوزارة لصحيفة",
    "خبر\n\nوأوضح البيان الصادر عن",  # the statement's author (_author)
])
@pytest.mark.parametrize("learned", [False, True])
def test_a_page_cut_after_a_preposition_gives_a_record(page: str, learned: bool) -> None:
    check_record(to_record(analyze(page, learned_events=learned)))


# --- a lone surrogate (a broken JSON escape) becomes U+FFFD instead of a crash


def test_encode_text_replaces_lone_surrogates_and_joins_split_pairs() -> None:
    assert encode_text("قال\ud800 الوزير") == "قال\ufffd الوزير".encode()
    assert encode_text("x\ud83d\ude00y") == "x😀y".encode()


def test_a_page_with_a_lone_surrogate_gives_a_record() -> None:
    rec = to_record(analyze(PAGE[:80] + "\udc80" + PAGE[80:]))
    check_record(rec)
    assert "\ufffd" in rec["text"]


def test_a_json_article_with_a_lone_surrogate_is_an_input() -> None:
    raw = json.dumps({"title": "عنوان", "content": PAGE}, ensure_ascii=False)
    obj = json.loads(raw.replace("القاهرة", "القاهرة\\ud800", 1))
    item = from_object(obj, "items.json[0]")
    assert "\ufffd".encode() in item.data


# --- an invisible mark pasted inside a word leaves it one word


def test_a_word_with_an_invisible_mark_inside_is_one_token() -> None:
    toks = tokenize("قال س\u2069َامر \u200fالوزير")
    assert [t.norm for t in toks if t.is_word] == ["قال", "سامر", "الوزير"]


def test_an_invisible_mark_between_words_is_no_token() -> None:
    assert [t.text for t in tokenize("وزير \u200fالخارجية\u200f، \u202bقال\u202c")] == ["وزير", "الخارجية", "،", "قال"]


def test_invisible_marks_at_a_sentences_edges_are_trimmed_and_alone_make_no_sentence() -> None:
    text = "\u200fقال الوزير.\u200f \u202bوأضاف أن الأمر انتهى. \xa0\u200e"
    assert [s.text for s in sentences(text)] == ["قال الوزير.", "وأضاف أن الأمر انتهى."]


def test_a_page_ending_in_an_invisible_mark_after_a_dateline_gives_a_record() -> None:
    page = "خبر\n\nعمّان - بترا: قال وزير الخارجية الأردني إن الاجتماع انتهى. \xa0\u200e"
    check_record(to_record(analyze(page)))


def test_direction_marks_before_words_leave_the_entities_as_they_are() -> None:
    marked = PAGE.replace(" ", " \u200f")
    plain = [(e["text"].replace("\u200f", ""), e["actor"]) for e in to_record(analyze(PAGE))["entities"]]
    rec = to_record(analyze(marked))
    check_record(rec)
    assert [(e["text"].replace("\u200f", ""), e["actor"]) for e in rec["entities"]] == plain


def test_a_country_with_a_bidi_mark_inside_is_found_whole() -> None:
    rec = to_record(analyze("زيارة\n\nوصل وزير الخارجية إلى الأر\u202bدن اليوم في زيارة رسمية."))
    check_record(rec)
    assert [e["text"] for e in rec["entities"] if e["actor"] == "JOR"] == ["الأر\u202bدن"]


# --- property: invented sentences sprinkled with diacritics, tatweel and invisible marks


WORDS = ["قال", "وزير", "الخارجية", "المصري", "والأردن", "بالقاهرة", "لبيروت", "اليوم", "الأحد", "إن", "الحكومة",
         "ستعقد", "اجتماعا", "في", "أيلول", "المقبل", "«", "»", "،", ".", "\n\n", "الرئيس", "السوري", "دمشق"]
MARKS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640", "\u200f", "\u200b"]


def sprinkle(text: str, seed: int) -> str:
    rnd = random.Random(seed)
    return "".join(ch + (rnd.choice(MARKS) if "\u0621" <= ch <= "\u064a" and rnd.random() < 0.3 else "")
                   for ch in text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=3, max_size=60), st.integers(0, 2**16))
def test_marked_pages_give_valid_records_whose_spans_keep_letters_whole(words: list[str], seed: int) -> None:
    page = "خبر\n\n" + sprinkle(" ".join(words), seed)
    try:
        rec = to_record(analyze(page))
    except InputError:
        return
    check_record(rec)
    assert not parted_marks(rec)


# --- the quotes view answers "inside a quotation?" and "which entities here?" by bisection, as a scan would


@pytest.fixture(scope="module")
def quotes_article() -> Article:
    return analyze(PAGE)


@pytest.fixture(scope="module")
def quotes_view(quotes_article: Article) -> View:
    return View(quotes_article)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 60)), max_size=8), st.integers(0, 300))
def test_masked_ranges_are_found_as_a_scan_finds_them(quotes_article: Article, ranges: list[tuple[int, int]],
                                                      offset: int) -> None:
    v = View(quotes_article)
    for a, n in ranges:
        v.mask(a, a + n)
        assert v.is_masked(offset) == any(a <= offset < b for a, b in v.masked)


@given(st.integers(0, len(PAGE)), st.integers(0, 80))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_entities_in_a_range_are_those_a_scan_finds(quotes_view: View, start: int, width: int) -> None:
    v = quotes_view
    end = start + width
    assert v.entities_in(start, end) == [e for e in v.ents if e.span.start < end and e.span.end > start]


# --- an event actor after a marked clitic starts on a letter too


def test_event_target_after_a_marked_clitic_starts_on_a_letter() -> None:
    rec = to_record(analyze("خبر\n\nونددت الحكومة الأردنية بِالمتظاهرين الذين هاجموا السفارة.", published="2023-05-14"))
    targets = [e["target"]["text"] for e in rec["events"] if e["target"]]
    assert targets == ["المتظاهرين"]
    assert not parted_marks(rec)


@pytest.mark.parametrize(("word", "n", "rest"), [("بِالمتظاهرين", 1, "المتظاهرين"), ("وَبِـالقوات", 2, "القوات"),
                                                 ("والجيش", 1, "الجيش"), ("ولِ", 2, "")])
def test_skip_prefix_leaves_the_clitics_marks_behind(word: str, n: int, rest: str) -> None:
    tok = tokenize("قال " + word)[1]
    assert rec_text(tok, _skip_prefix(tok, n)) == rest


def rec_text(tok: Token, start: int) -> str:
    return ("قال " + tok.text)[start:]
