"""News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, from files or through a `Fetcher`.

`feed_inputs` turns a feed into pages:
1. parse the feed (`parse_feed`): each item's link, title, date and content;
   a document that declares entities is refused (no entity expansion);
2. an item whose content holds an article (`content:encoded`, Atom `content`,
   at least `MIN_ARTICLE_CHARS` of text) becomes a small HTML page of its
   title and content, named after its link;
3. otherwise the item's link is fetched through the `Fetcher` and the page it
   returns is the input; without a fetcher, or when the fetch fails or
   returns no HTML page, the item is skipped with the reason;
4. the item's date (the publisher's own pubDate/published) is the input's
   publication date, the local calendar day of the feed's own timestamp.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from marsad.errors import InputError
from marsad.ingest.fetch import Fetched, Fetcher, FetchError
from marsad.store.base import RawInput

FEED_SUFFIXES = (".rss", ".atom", ".xml")
MIN_ARTICLE_CHARS = 400  # shorter content is a teaser; the article is behind the link
TAG = re.compile(r"<[^>]+>")
FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)\b")
HTML_TYPES = ("text/html", "application/xhtml+xml")

SkipHandler = Callable[[str, str], None]
ErrorHandler = Callable[[InputError], None]


@dataclass(frozen=True)
class FeedItem:
    link: str | None
    title: str
    published: str | None  # ISO date
    content: str  # HTML or text as the feed gives it; may be a teaser


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(elem: ET.Element, *names: str) -> ET.Element | None:
    for child in elem:
        if _local(child.tag) in names:
            return child
    return None


def _child_text(elem: ET.Element, *names: str) -> str:
    for name in names:
        child = _child(elem, name)
        if child is not None:
            if len(child):  # Atom xhtml content: keep the markup
                return "".join(ET.tostring(c, encoding="unicode") for c in child).strip()
            if child.text and child.text.strip():
                return child.text.strip()
    return ""


def feed_date(value: str) -> str | None:
    """The local calendar date of an RSS (RFC 822) or Atom (ISO 8601) timestamp."""
    value = value.strip()
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    return None


def _atom_link(entry: ET.Element) -> str | None:
    best = None
    for child in entry:
        if _local(child.tag) == "link" and child.get("href"):
            if child.get("rel", "alternate") == "alternate":
                return child.get("href")
            best = best or child.get("href")
    return best


def looks_like_feed(data: bytes) -> bool:
    return bool(FEED_ROOT.search(data[:2048]))


def parse_feed(data: bytes, name: str) -> list[FeedItem]:
    """The items of an RSS or Atom feed, in feed order; `InputError` when it is not one."""
    if b"<!ENTITY" in data[:65536]:
        raise InputError(name, "feed declares XML entities; refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise InputError(name, f"not a well-formed feed ({err})") from None
    kind = _local(root.tag)
    if kind not in ("rss", "feed", "RDF"):
        raise InputError(name, f"not an RSS or Atom feed (root element <{kind}>)")
    items: list[FeedItem] = []
    for elem in root.iter():
        tag = _local(elem.tag)
        if tag == "item":  # RSS 2.0 and RSS 1.0
            link = _child_text(elem, "link") or (elem.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about") or "")
            guid = _child(elem, "guid")
            if not link and guid is not None and (guid.get("isPermaLink", "true") == "true") and guid.text:
                link = guid.text.strip()
            items.append(FeedItem(
                link or None,
                html.unescape(_child_text(elem, "title")),
                feed_date(_child_text(elem, "pubDate", "date", "published", "updated")),
                _child_text(elem, "encoded") or _child_text(elem, "description"),
            ))
        elif tag == "entry":  # Atom
            items.append(FeedItem(
                _atom_link(elem),
                html.unescape(TAG.sub("", _child_text(elem, "title"))),
                feed_date(_child_text(elem, "published", "updated")),
                _child_text(elem, "content") or _child_text(elem, "summary"),
            ))
    return items


def _text_length(content: str) -> int:
    return len(" ".join(html.unescape(TAG.sub(" ", content)).split()))


def item_page(item: FeedItem) -> bytes:
    """A small HTML page of the item's title and content (the content is markup already, or plain text)."""
    body = item.content if TAG.search(item.content) else "".join(
        f"<p>{html.escape(p.strip())}</p>" for p in item.content.split("\n") if p.strip())
    link = f'<link rel="canonical" href="{html.escape(item.link)}">' if item.link else ""
    title = html.escape(item.title)
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title>{link}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


def fetch_page(url: str, fetcher: Fetcher, published: str | None = None) -> tuple[RawInput | None, str]:
    """The page at `url` as an input, or None and the reason it is not one."""
    try:
        got = fetcher.fetch(url)
    except FetchError as err:
        return None, f"fetch failed ({err.reason})"
    return _page_of(got, url, published)


def _page_of(got: Fetched, url: str, published: str | None) -> tuple[RawInput | None, str]:
    if got.status != 200:
        return None, f"http status {got.status}"
    media = got.content_type.split(";")[0].strip().lower()
    if media and media not in HTML_TYPES and not media.startswith("text/"):
        return None, f"not html ({media})"
    if not got.data.strip():
        return None, "empty page"
    return RawInput(got.url or url, got.data, published, got.url or url), ""


def feed_inputs(data: bytes, name: str, on_error: ErrorHandler, on_skip: SkipHandler,
                fetcher: Fetcher | None = None) -> Iterator[RawInput]:
    """The article pages of one feed (see the module docstring for the cascade)."""
    try:
        items = parse_feed(data, name)
    except InputError as err:
        on_error(err)
        return
    for i, item in enumerate(items):
        item_name = item.link or f"{name}#{i}"
        if _text_length(item.content) >= MIN_ARTICLE_CHARS:
            yield RawInput(item_name, item_page(item), item.published, item.link)
            continue
        if not item.link:
            on_skip(item_name, "feed item without article text or link")
            continue
        if fetcher is None:
            on_skip(item_name, "feed item without article text (not fetched)")
            continue
        page, reason = fetch_page(item.link, fetcher, item.published)
        if page is None:
            on_skip(item_name, reason)
        else:
            yield page


def url_inputs(url: str, fetcher: Fetcher, on_error: ErrorHandler, on_skip: SkipHandler) -> Iterator[RawInput]:
    """A URL given on the command line: a feed's articles, or the one page it is."""
    try:
        got = fetcher.fetch(url)
    except FetchError as err:
        on_error(InputError(url, f"cannot fetch ({err.reason})"))
        return
    if got.status != 200:
        on_error(InputError(url, f"http status {got.status}"))
        return
    media = got.content_type.split(";")[0].strip().lower()
    if "rss" in media or "atom" in media or (("xml" in media or not media) and looks_like_feed(got.data)):
        yield from feed_inputs(got.data, url, on_error, on_skip, fetcher)
        return
    page, reason = _page_of(got, url, None)
    if page is None:
        on_skip(url, reason)
    else:
        yield page
