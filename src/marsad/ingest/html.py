"""HTML pages: the main text by trafilatura, the rest by our own reading of the markup.

trafilatura finds the article body well but drops what marsad needs around it:
figure captions and photo credits, the "المصدر:" line, the standfirst, and
dates written in Arabic. The cascade:
1. meta tags and JSON-LD give title, site, url, description and dates;
2. `<figcaption>` (or an element whose class says caption) gives the caption;
3. an element whose class says lead/standfirst/summary gives the lead;
4. trafilatura gives the body, one block per line;
5. an element whose text starts with "المصدر:"/"المصادر:" gives the sources line;
6. a header-like element with a date in it (`<time>`, class date) gives the page date text.
The blocks carry hints; cleaning (`marsad.clean.page`) decides the rest.
"""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from marsad.article import Block

META_KEYS = {
    "title": ("og:title", "twitter:title", "title", "headline"),
    "site": ("og:site_name", "application-name", "publisher"),
    "url": ("og:url",),
    "description": ("og:description", "description", "twitter:description"),
    "published": ("article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
                  "date", "dc.date", "dc.date.issued", "sailthru.date", "article.published", "parsely-pub-date"),
    "modified": ("article:modified_time", "dateModified", "og:updated_time"),
    "author": ("author", "article:author", "dc.creator"),
}
CLASS_CAPTION = re.compile(r"caption|photo-?credit|img-?desc|image-?desc|wp-caption-text", re.I)
CLASS_LEAD = re.compile(r"(?:^|[-_\s])(?:lead|standfirst|summary|excerpt|intro|article-?desc|sub-?title|subhead|strapline|abstract)(?:$|[-_\s])", re.I)
CLASS_DATE = re.compile(r"(?:^|[-_\s])(?:date|time|timestamp|published|pubdate|article-?date|post-?date)(?:$|[-_\s])", re.I)
SOURCE_LINE = re.compile(r"^\s*(?:المصدر|المصادر|مصدر)\s*[:：]")
SPACE = re.compile(r"\s+")
# BBC-style figures: "صدر الصورة، Getty Images" and "التعليق على الصورة، …"
CREDIT_LABEL = re.compile(r"(?:صدر الصورة|مصدر الصورة|حقوق الصورة|Image source)\s*[،,:]\s*(.+?)(?=\s*(?:التعليق على الصورة|Image caption|$))")
CAPTION_LABEL = re.compile(r"^(?:التعليق على الصورة|Image caption)\s*[،,:]\s*")


def _text(node: Node) -> str:
    return SPACE.sub(" ", node.text(separator=" ", strip=True) or "").strip()


def _meta(tree: HTMLParser) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        key = (node.attributes.get("property") or node.attributes.get("name") or node.attributes.get("itemprop") or "")
        content = (node.attributes.get("content") or "").strip()
        if not key or not content:
            continue
        key = key.strip()
        for field, names in META_KEYS.items():
            if key in names or key.lower() in names:
                found.setdefault(field, content)
    for node in tree.css("time[datetime]"):
        found.setdefault("time", node.attributes.get("datetime") or "")
        found.setdefault("time_text", _text(node))
        break
    link = tree.css_first('link[rel="canonical"]')
    if link is not None and link.attributes.get("href"):
        found.setdefault("url", link.attributes.get("href") or "")
    title = tree.css_first("title")
    if title is not None and _text(title):
        found["html_title"] = _text(title)
    return found


def _json_ld(tree: HTMLParser) -> dict[str, str]:
    found: dict[str, str] = {}

    def visit(obj: Any) -> None:
        if isinstance(obj, list):
            for o in obj:
                visit(o)
            return
        if not isinstance(obj, dict):
            return
        if "@graph" in obj:
            visit(obj["@graph"])
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Article" in k or k in ("WebPage", "ReportageNewsArticle")) for k in kinds):
            for src, dst in (("headline", "title"), ("datePublished", "published"), ("dateModified", "modified"),
                             ("url", "url"), ("description", "description")):
                val = obj.get(src)
                if isinstance(val, str) and val.strip():
                    found.setdefault(dst, val.strip())
            pub = obj.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                found.setdefault("site", pub["name"])
            img = obj.get("image")
            if isinstance(img, dict) and isinstance(img.get("caption"), str):
                found.setdefault("caption", img["caption"])

    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True) or ""
        try:
            visit(json.loads(raw))
        except ValueError:
            continue
    return {f"ld_{k}": v for k, v in found.items()}


def _first(tree: HTMLParser, selector: str, pattern: re.Pattern[str], *, max_len: int) -> str | None:
    for node in tree.css(selector):
        cls = " ".join(filter(None, [node.attributes.get("class"), node.attributes.get("id")]))
        if pattern.search(cls):
            text = _text(node)
            if 0 < len(text) <= max_len:
                return text
    return None


def html_blocks(html: str, url: str | None = None) -> tuple[list[Block], dict[str, str]]:
    """Blocks with hints and the page metadata of one HTML page."""
    import trafilatura

    tree = HTMLParser(html)
    meta = _meta(tree)
    meta.update(_json_ld(tree))
    for key in ("title", "published", "modified", "url", "description", "site"):
        if f"ld_{key}" in meta and key not in meta:
            meta[key] = meta[f"ld_{key}"]

    caption = None
    fig = tree.css_first("figure figcaption") or tree.css_first("figcaption")
    if fig is not None and _text(fig):
        caption = CAPTION_LABEL.sub("", _text(fig)).strip()
        figure = fig.parent
        credit = CREDIT_LABEL.search(_text(figure)) if figure is not None else None
        if credit:
            meta["photo_credit"] = credit.group(1).strip()
    caption = caption or _first(tree, "div, p, span", CLASS_CAPTION, max_len=500) or meta.get("ld_caption")
    lead = _first(tree, "p, div, h2, h3, span", CLASS_LEAD, max_len=700) or _bold_intro(tree)
    date_text = _first(tree, "time, span, div, p", CLASS_DATE, max_len=120)
    if date_text:
        meta["date_text"] = date_text
    sources = None
    for node in tree.css("p, div, span, strong"):
        t = _text(node)
        if SOURCE_LINE.match(t) and len(t) < 200:
            sources = t
            break

    # trafilatura reads the tree again; the figure and lead are handled above, so keep its defaults.
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True)
    body = ""
    if doc is not None:
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        body = d.get("text") or ""
        for key in ("title", "sitename", "date", "url", "author", "description"):
            val = d.get(key)
            if isinstance(val, str) and val:
                meta.setdefault({"sitename": "site", "date": "published"}.get(key, key), val)

    blocks: list[Block] = []
    title = meta.get("title") or meta.get("html_title")
    if title:
        blocks.append(Block(_strip_site_suffix(title, meta.get("site")), hint="title"))
    if date_text:
        blocks.append(Block(date_text, hint="date"))
    if lead:
        blocks.append(Block(lead, hint="lead"))
    if caption:
        blocks.append(Block(caption, hint="caption"))
    for line in body.split("\n"):
        line = line.strip()
        if line:
            blocks.append(Block(line))
    if sources and not any(SOURCE_LINE.match(b.text) for b in blocks):
        blocks.append(Block(sources))
    return blocks, meta


def _strip_site_suffix(title: str, site: str | None) -> str:
    """'Headline - Site' and 'Headline | Site' lose the site part."""
    parts = re.split(r"\s+[|\-–—]\s+", title)
    if len(parts) > 1:
        tail = parts[-1].strip()
        if (site and (tail in site or site in tail)) or len(tail.split()) <= 3 and len(parts[0]) > 3 * len(tail):
            return title[: title.rfind(tail)].rstrip(" |-–—")
    return title


def _bold_intro(tree: HTMLParser) -> str | None:
    """An intro paragraph set wholly in bold, as the first paragraph of the article (BBC Arabic)."""
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        return None
    for p in root.css("p"):
        text = _text(p)
        if len(text) < 40:
            continue
        bold = p.css_first("b, strong")
        return text if bold is not None and _text(bold) == text else None
    return None
