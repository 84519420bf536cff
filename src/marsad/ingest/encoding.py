"""Decode raw page bytes: UTF-8 (with or without BOM), UTF-16, Windows-1256, ISO-8859-6.

The cascade: a byte-order mark decides; else strict UTF-8; else UTF-16 when
NUL bytes sit on every other position; else UTF-8 with a few broken bytes (a
page cut in the middle of a letter, a stray byte) when valid multi-byte
sequences far outnumber broken ones; else a charset the page declares; else
whichever of the two Arabic single-byte code pages yields more Arabic letters
and common Arabic words. Bytes that look like a binary file are refused.
"""

from __future__ import annotations

import codecs
import re

ARABIC_LETTER = re.compile("[\u0621-\u064a]")
COMMON_WORDS = re.compile(r"(?:^|\s)(?:في|من|على|إلى|الى|أن|ان|التي|الذي|عن|مع)(?=\s)")
DECLARED = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
ALIASES = {"windows-1256": "cp1256", "cp1256": "cp1256", "iso-8859-6": "iso8859_6", "iso8859-6": "iso8859_6",
           "arabic": "iso8859_6", "utf-8": "utf-8", "utf8": "utf-8", "utf-16": "utf-16"}


# a well-formed multi-byte UTF-8 sequence; Arabic in Windows-1256 or ISO-8859-6 (letters at 0xC1-0xFE, one
# byte each) almost never forms one, so a page full of them is UTF-8 even with a few broken bytes
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class NotText(ValueError):
    """The bytes are not text in an encoding marsad reads."""


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in head or control / len(head) > 0.05


def _utf16(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even = head[0::2].count(0) / max(1, len(head[0::2]))
    odd = head[1::2].count(0) / max(1, len(head[1::2]))
    # Arabic in UTF-16 has 0x06 high bytes, Latin has 0x00: either way one lane is regular
    lane_even = sum(1 for b in head[0::2] if b in (0, 6)) / max(1, len(head[0::2]))
    lane_odd = sum(1 for b in head[1::2] if b in (0, 6)) / max(1, len(head[1::2]))
    for codec, lane, nul in (("utf-16-le", lane_odd, odd), ("utf-16-be", lane_even, even)):
        if lane > 0.9 and nul > 0.05:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _damaged_utf8(data: bytes, err: UnicodeDecodeError) -> str | None:
    """UTF-8 with a few broken bytes, each read as U+FFFD (a letter cut at the very end is dropped)."""
    if err.reason == "unexpected end of data" and err.end == len(data):
        # the first error is the last letter, cut in two: everything before it is valid UTF-8
        head = data[: err.start]
        return head.decode("utf-8") if UTF8_MULTIBYTE.search(head) else None
    good = len(UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    # Arabic in a single-byte code page gives about one broken sequence per letter and a valid pair only
    # where a letter meets a comma or a guillemet: ten to fifty broken ones for each valid one
    return text if good >= 8 and bad * 3 <= good else None


def encode_text(page: str) -> bytes:
    """A page given as text, as UTF-8 bytes; a lone surrogate (a broken JSON escape) becomes U+FFFD.

    Python strings may hold half of a UTF-16 pair ("\\ud83d" in JSON) that UTF-8 cannot encode;
    a pair split in two escapes is joined again, the rest is read as a broken character, as a decoder would.
    """
    try:
        return page.encode("utf-8")
    except UnicodeEncodeError:
        return page.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def _arabic_score(text: str) -> float:
    return len(ARABIC_LETTER.findall(text)) + 20 * len(COMMON_WORDS.findall(text))


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the name of the encoding it was read in."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as err:
                raise NotText(f"broken {codec} text ({err.reason} at byte {err.start})") from None
    broken: UnicodeDecodeError | None = None
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:
            return text, "utf-8"
    except UnicodeDecodeError as err:
        broken = err
    text16 = _utf16(data)
    if text16 is not None:
        return text16, "utf-16"
    if _looks_binary(data):
        raise NotText("binary data, not a text or HTML page")
    damaged = _damaged_utf8(data, broken) if broken is not None else None
    if damaged is not None:
        return damaged, "utf-8"
    declared = DECLARED.search(data[:4096])
    if declared:
        declared_codec = ALIASES.get(declared.group(1).decode("ascii", "replace").lower())
        if declared_codec in ("cp1256", "iso8859_6"):
            return data.decode(declared_codec, errors="replace"), declared_codec
    best: tuple[float, str, str] | None = None
    for codec in ("cp1256", "iso8859_6"):
        cand = data.decode(codec, errors="replace")
        score = _arabic_score(cand) - 5 * cand.count("\ufffd")
        if best is None or score > best[0]:
            best = (score, cand, codec)
    assert best is not None
    return best[1], best[2]
