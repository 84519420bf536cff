"""Turn raw page bytes (a text dump or an HTML page) into an `Article` with blocks.

The cascade in `read_page`:
1. refuse empty and oversized input;
2. decode (`marsad.ingest.encoding.decode`), refusing binary data;
3. HTML when the text starts like markup, else a plain-text dump;
4. split into blocks (lines of the dump, or what `marsad.ingest.html` finds);
5. refuse input with too little Arabic to be an Arabic news page.
"""

from __future__ import annotations

import re
from pathlib import Path

from marsad.article import Article, Block, Source
from marsad.config import default
from marsad.errors import InputError
from marsad.ingest.encoding import ARABIC_LETTER, NotText, decode

HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|div|p)\b", re.I | re.S)
LETTER = re.compile(r"[^\W\d_]")


def is_html(text: str) -> bool:
    return bool(HTML_START.match(text[:2048])) or text.count("</p>") + text.count("<br") >= 3


def text_blocks(text: str) -> list[Block]:
    """Blocks of a plain-text dump: one per non-empty line; `glued` when no blank line precedes it."""
    blocks: list[Block] = []
    blank = True
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        if not line:
            blank = True
            continue
        blocks.append(Block(line, glued=not blank and bool(blocks)))
        blank = False
    return blocks


def arabic_ratio(text: str) -> float:
    letters = len(LETTER.findall(text))
    return len(ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def read_page(
    data: bytes,
    name: str = "<input>",
    *,
    path: str | None = None,
    url: str | None = None,
    published: str | None = None,
    max_bytes: int | None = None,
) -> Article:
    """An article with its blocks and page metadata, or `InputError` naming `name`."""
    limit = int(max_bytes if max_bytes is not None else default("max_bytes"))  # type: ignore[call-overload]
    if not data or not data.strip():
        raise InputError(name, "empty input")
    if len(data) > limit:
        raise InputError(name, f"input too large ({len(data) / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB, see --max-bytes)")
    try:
        text, encoding = decode(data)
    except NotText as err:
        raise InputError(name, str(err)) from None
    art = Article(raw=data, source=Source(path=path, url=url), encoding=encoding, decoded=text, published=published)
    if is_html(text):
        from marsad.ingest.html import html_blocks

        art.media_type = "text/html"
        art.blocks, art.meta = html_blocks(text, url=url)
        if art.meta.get("url") and not url:
            art.source.url = art.meta["url"]
    else:
        art.blocks = text_blocks(text)
    art.source.site = art.meta.get("site") or _site_of(art.source.url)
    body = "\n".join(b.text for b in art.blocks)
    if not body.strip():
        raise InputError(name, "no article text found")
    ratio = arabic_ratio(body)
    if ratio < float(default("min_arabic_ratio")):  # type: ignore[arg-type]
        raise InputError(name, f"not Arabic text ({ratio:.0%} of letters are Arabic)")
    return art


def _site_of(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url, re.I)
    return m.group(1).lower() if m else None


def read_path(path: str | Path, *, published: str | None = None, url: str | None = None,
              max_bytes: int | None = None) -> Article:
    """Read one file (or '-' for standard input) into an article."""
    import sys

    name = str(path)
    limit = int(max_bytes if max_bytes is not None else default("max_bytes"))  # type: ignore[call-overload]
    try:
        if name == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            p = Path(path)
            if p.is_dir():
                raise InputError(name, "is a directory")
            with p.open("rb") as fh:
                data = fh.read(limit + 1)
    except OSError as err:
        raise InputError(name, err.strerror or str(err)) from None
    if len(data) > limit:
        raise InputError(name, f"input too large (over {limit / 1e6:.1f} MB; see --max-bytes)")
    return read_page(data, name, path=None if name == "-" else name, url=url, published=published,
                     max_bytes=limit)
