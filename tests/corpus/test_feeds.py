"""RSS and Atom feeds, read from files or through a fake fetcher (never the network)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from corpus_data import ENGLISH_PAGE, FakeFetcher, as_html, synthetic_article

from marsad.corpus.run import ingest_corpus
from marsad.errors import InputError
from marsad.ingest.feeds import feed_date, feed_inputs, parse_feed, url_inputs
from marsad.store import open_store


def rss(items: list[str]) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>أخبار</title>'
            + "".join(items) + "</channel></rss>").encode()


def item(link: str, title: str, date: str, description: str = "", encoded: str = "") -> str:
    enc = f"<content:encoded><![CDATA[{encoded}]]></content:encoded>" if encoded else ""
    return (f"<item><title>{html.escape(title)}</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"<description>{html.escape(description)}</description>{enc}</item>")


def teaser_feed() -> tuple[bytes, FakeFetcher]:
    t0, b0 = synthetic_article(0)
    t1, b1 = synthetic_article(1)
    full_title, full_body = synthetic_article(2)
    feed = rss([
        item("https://news.test/a/0", t0, "Mon, 12 Jun 2023 23:30:00 +0300", "مقتطف قصير"),
        item("https://news.test/a/1", t1, "Tue, 13 Jun 2023 08:00:00 +0300", "مقتطف قصير"),
        item("https://news.test/a/gone", "خبر محذوف", "Tue, 13 Jun 2023 09:00:00 +0300", "مقتطف"),
        item("https://news.test/a/pdf", "ملف", "Tue, 13 Jun 2023 09:00:00 +0300", "مقتطف"),
        item("https://news.test/a/full", full_title, "Wed, 14 Jun 2023 10:00:00 GMT", "مقتطف",
             "".join(f"<p>{p}</p>" for p in full_body.split("\n"))),
        item("https://news.test/en", "Markets", "Wed, 14 Jun 2023 10:00:00 GMT", "teaser"),
    ])
    fetcher = FakeFetcher({
        "https://news.test/a/0": (200, "text/html; charset=utf-8", as_html(t0, b0).encode()),
        "https://news.test/a/1": (200, "text/html", as_html(t1, b1).encode()),
        "https://news.test/a/gone": (404, "text/html", b""),
        "https://news.test/a/pdf": (200, "application/pdf", b"%PDF-1.4"),
        "https://news.test/en": (200, "text/html", ENGLISH_PAGE.encode()),
        "https://news.test/feed.xml": (200, "application/rss+xml", feed),
    })
    return feed, fetcher


def test_feed_items_with_teasers_are_fetched_through_the_fetcher() -> None:
    feed, fetcher = teaser_feed()
    skips: list[tuple[str, str]] = []
    got = list(feed_inputs(feed, "feed.xml", lambda e: pytest.fail(str(e)), lambda n, r: skips.append((n, r)),
                           fetcher))
    assert [g.url for g in got] == ["https://news.test/a/0", "https://news.test/a/1", "https://news.test/a/full",
                                    "https://news.test/en"]
    # the local date of the feed's own timestamp: 23:30 at +03:00 is still the 12th there
    assert [g.published for g in got] == ["2023-06-12", "2023-06-13", "2023-06-14", "2023-06-14"]
    assert "https://news.test/a/full" not in fetcher.calls  # its content is the article
    assert sorted(skips) == [("https://news.test/a/gone", "http status 404"),
                             ("https://news.test/a/pdf", "not html (application/pdf)")]


def test_feed_url_ingested_through_a_fake_fetcher(tmp_path: Path) -> None:
    _, fetcher = teaser_feed()
    store = open_store(tmp_path / "s.db")
    summary = ingest_corpus(store, ["https://news.test/feed.xml"], fetcher=fetcher, progress=False)
    assert summary.added == 3
    assert summary.skipped == {"http status 404": 1, "not html (application/pdf)": 1, "not Arabic": 1}
    assert fetcher.calls[0] == "https://news.test/feed.xml"
    store.close()


def test_without_a_fetcher_teasers_are_skipped_not_fetched() -> None:
    feed, _ = teaser_feed()
    skips: list[str] = []
    got = list(feed_inputs(feed, "feed.xml", lambda e: pytest.fail(str(e)), lambda n, r: skips.append(r), None))
    assert [g.url for g in got] == ["https://news.test/a/full"]
    assert skips.count("feed item without article text (not fetched)") == 5


def test_atom_feed_with_full_content() -> None:
    title, body = synthetic_article(5)
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>'
            f'<entry><title>{title}</title><link rel="alternate" href="https://news.test/atom/1"/>'
            '<published>2024-03-01T01:15:00+03:00</published>'
            f'<content type="html">{html.escape("".join(f"<p>{p}</p>" for p in body.split(chr(10))))}</content>'
            '</entry></feed>').encode()
    items = parse_feed(atom, "atom.xml")
    assert [(i.link, i.title, i.published) for i in items] == [("https://news.test/atom/1", title, "2024-03-01")]
    got = list(feed_inputs(atom, "atom.xml", lambda e: pytest.fail(str(e)), lambda n, r: None, None))
    assert len(got) == 1 and title.encode() in got[0].data


@pytest.mark.parametrize("data, reason", [
    (b"<html><body>not a feed</body></html>", "not an RSS or Atom feed"),
    (b"<rss><channel><item>", "not a well-formed feed"),
    (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>', "declares XML entities"),
])
def test_bad_feeds_are_one_clean_error(data: bytes, reason: str) -> None:
    errors: list[InputError] = []
    assert list(feed_inputs(data, "f.xml", errors.append, lambda n, r: None, None)) == []
    assert len(errors) == 1 and reason in str(errors[0]) and str(errors[0]).startswith("f.xml: ")


def test_unreachable_url_is_reported() -> None:
    errors: list[InputError] = []
    got = list(url_inputs("https://nowhere.test/feed", FakeFetcher({}), errors.append, lambda n, r: None))
    assert got == [] and "cannot fetch" in str(errors[0])


@pytest.mark.parametrize("value, expected", [
    ("Mon, 12 Jun 2023 23:30:00 +0300", "2023-06-12"),
    ("Mon, 12 Jun 2023 23:30:00 GMT", "2023-06-12"),
    ("2024-03-01T01:15:00+03:00", "2024-03-01"),
    ("2024-02-30", None),
    ("yesterday", None),
    ("", None),
])
def test_feed_dates(value: str, expected: str | None) -> None:
    assert feed_date(value) == expected
