"""Web archives: the article pages inside WARC and WARC.gz files (Common Crawl's CC-NEWS, crawls by wget).

The library is warcio: marsad analyses tens of pages per second per core, so
reading a WARC (thousands of records per second with warcio) is never the
bottleneck; warcio is pure Python, so it installs wherever marsad does
(Spark executors included), it writes WARC files (tests build theirs with it)
and it reports each record's offset, which is what a checkpoint needs.

`warc_inputs` reads the records in order:
1. `response` records carry an HTTP response; `resource` records a stored file;
   `request`, `metadata`, `warcinfo`, `revisit`, `conversion` records and
   `dns:` lookups carry no page and are skipped;
2. a response whose status is not 200, whose type is not HTML, or whose URL is
   a `robots.txt` is skipped;
3. each page becomes a `RawInput` named `FILE@OFFSET`, with the record's URL
   and its WARC-Date as `crawled`: the day the page was seen, a page-date
   candidate and never a publication date forced on the article;
4. a file that ends early or breaks mid-way keeps every record read before the
   break, and the break is reported once, as one line.
Each skip is reported to `on_skip(name, reason)` so runs can count them.
"""

from __future__ import annotations

import io
import os
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from marsad.errors import InputError
from marsad.store.base import RawInput

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORDS = ("response", "resource")
MAX_RECORD_BYTES = 16 * 1024 * 1024  # larger payloads are skipped without being held in memory
ROBOTS = re.compile(r"^[a-z]+://[^/]+/robots\.txt(?:$|\?)", re.I)

SkipHandler = Callable[[str, str], None]
ErrorHandler = Callable[[InputError], None]


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def _ignore_skip(name: str, reason: str) -> None:
    return None


def _page_of(record: Any) -> tuple[bytes | None, str]:
    """The page bytes a record holds, or None and the reason it holds none."""
    rec_type = record.rec_type or "unknown"
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    if rec_type not in PAGE_RECORDS:
        return None, f"warc {rec_type} record"
    if url.lower().startswith("dns:"):
        return None, "warc dns record"
    if ROBOTS.match(url):
        return None, "robots.txt"
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status != "200":
            return None, f"http status {status or 'missing'}"
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
        if rec_type == "response" and ctype.startswith("application/http"):
            return None, "http response without headers"
    media = ctype.split(";")[0].strip().lower()
    if media and media not in HTML_TYPES:
        return None, f"not html ({media})"
    if (record.length or 0) > MAX_RECORD_BYTES:
        return None, "record too large"
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if not data.strip():
        return None, "empty page"
    return data, ""


def warc_records(stream: IO[bytes], name: str, on_error: ErrorHandler, on_skip: SkipHandler = _ignore_skip,
                 *, base_offset: int = 0) -> Iterator[tuple[int, RawInput | None]]:
    """(end offset, page or None) for every record of an open WARC stream, in order.

    The end offset is the byte offset (compressed, for WARC.gz) just past the
    record, where a later run may seek to resume; records without a page yield
    None so callers can checkpoint past them too.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    end = base_offset
    try:
        records = ArchiveIterator(stream)
        records.INC_RECORD = ""  # warcio prints a three-line warning per bad length; counted and reported below
        for record in records:
            data, reason = _page_of(record)
            # warcio reads the rest of the record when asked for its offset: ask only after the payload is read
            offset = records.get_record_offset()  # absolute: warcio counts from the stream position
            left = getattr(record.raw_stream, "limit", 0)
            if left:
                raise EOFError(f"the record at byte {offset} ends {left} bytes early")
            end = offset + records.get_record_length()
            count += 1
            rec_name = f"{name}@{offset}"
            if data is None:
                on_skip(rec_name, reason)
                yield end, None
            else:
                yield end, RawInput(rec_name, data, None, record.rec_headers.get_header("WARC-Target-URI") or None,
                                    crawled=record.rec_headers.get_header("WARC-Date") or None)
        # warcio stops quietly at a record cut short in its headers: bytes left past the last record mean a break
        tail = _tail(stream, end)
        if tail:
            raise EOFError(f"{tail} unreadable bytes after the last whole record")
        if records.err_count:
            on_error(InputError(name, f"damaged WARC: {records.err_count} records with a wrong Content-Length"
                                      " (read past them)"))
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, IndexError, AttributeError,
            TypeError) as err:
        # warcio fails with AttributeError/TypeError on headers it cannot parse (a response without a URI)
        malformed = isinstance(err, (AttributeError, TypeError))
        reason = ("malformed record headers" if malformed else
                  str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__)
        where = f"after {count} records" if count else "at the first record"
        on_error(InputError(name, f"truncated or damaged WARC {where} (near byte {end}): {reason}"))


def _tail(stream: IO[bytes], end: int) -> int:
    """How many bytes other than blank lines follow `end` in a seekable stream (0 when it cannot tell)."""
    try:
        size = os.fstat(stream.fileno()).st_size
        if size <= end:
            return 0
        stream.seek(end)
        return 0 if not stream.read(4096).strip() else size - end
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return 0


def warc_inputs(path: str | Path, on_error: ErrorHandler, on_skip: SkipHandler = _ignore_skip,
                *, start: int = 0) -> Iterator[tuple[int, RawInput | None]]:
    """The records of the WARC file at `path`, from byte offset `start` (a record boundary)."""
    name = str(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally; the generator may stop early
    except OSError as err:
        on_error(InputError(name, err.strerror or str(err)))
        return
    try:
        if start:
            # an uncompressed WARC puts blank lines between records, which warcio reads as part of the next one
            fh.seek(start)
            while fh.read(1) in (b"\r", b"\n"):
                start += 1
            fh.seek(start)
        yield from warc_records(fh, name, on_error, on_skip, base_offset=start)
    finally:
        fh.close()
