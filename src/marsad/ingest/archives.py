"""Corpus files beyond single pages: tar archives, web archives and feeds, each read into `RawInput`s.

`file_inputs` decides by name:
1. `.warc`, `.warc.gz` (and ARC): the article pages of the archive
   (`marsad.ingest.warc`);
2. `.tar`, `.tar.gz`, `.tgz`, `.tar.bz2`, `.tar.xz`: each member, read by its
   own name (pages, JSON, JSON lines, WARC, feeds), members streamed in
   archive order; links, devices and oversized members are skipped;
3. `.rss`, `.atom`, `.xml`: a feed (`marsad.ingest.feeds`), item links fetched
   through the `Fetcher` when the feed holds only teasers;
4. anything else: the store's own reader (`marsad.store.inputs`).
Skips (records or items that hold no article) go to `on_skip(name, reason)`;
input that cannot be read goes to `on_error` as one `InputError`.
"""

from __future__ import annotations

import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from marsad.errors import InputError
from marsad.ingest.feeds import FEED_SUFFIXES, feed_inputs
from marsad.ingest.fetch import Fetcher
from marsad.ingest.warc import WARC_SUFFIXES, is_warc, warc_records
from marsad.store.base import RawInput

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
CORPUS_SUFFIXES = TAR_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES
MAX_MEMBER_BYTES = 512 * 1024 * 1024

SkipHandler = Callable[[str, str], None]
ErrorHandler = Callable[[InputError], None]


def _ignore_skip(name: str, reason: str) -> None:
    return None


def is_tar(name: str) -> bool:
    return name.lower().endswith(TAR_SUFFIXES)


def is_feed(name: str) -> bool:
    return name.lower().endswith(FEED_SUFFIXES)


def handles(name: str | Path) -> bool:
    """Whether `file_inputs` (rather than the store's page reader) reads this file."""
    return str(name).lower().endswith(CORPUS_SUFFIXES)


def default_fetcher() -> Fetcher:
    from marsad.ingest.fetch import UrlFetcher

    return UrlFetcher()


def member_inputs(name: str, stream: IO[bytes], size: int, on_error: ErrorHandler, on_skip: SkipHandler,
                  fetcher: Fetcher | None) -> Iterator[RawInput]:
    """The inputs of one archive member (or any named stream), read by the member's own name."""
    from marsad.store import inputs

    lower = name.lower()
    if is_warc(lower):
        for _end, page in warc_records(stream, name, on_error, on_skip):
            if page is not None:
                yield page
        return
    if size > MAX_MEMBER_BYTES:
        on_error(InputError(name, "archive member too large"))
        return
    data = stream.read()
    if is_feed(lower):
        yield from feed_inputs(data, name, on_error, on_skip, fetcher)
    elif lower.endswith(".json"):
        yield from inputs._from_json_text(data.decode("utf-8", errors="replace"), name, on_error)
    elif lower.endswith((".jsonl", ".ndjson")):
        yield from inputs._from_jsonl(iter(data.decode("utf-8", errors="replace").splitlines()), name, on_error)
    else:
        yield RawInput(name, data)


def tar_inputs(path: str | Path, on_error: ErrorHandler, on_skip: SkipHandler = _ignore_skip,
               fetcher: Fetcher | None = None) -> Iterator[RawInput]:
    """Every input in a tar archive, member by member, in archive order (streamed, never unpacked to disk)."""
    name = str(path)
    try:
        tf = tarfile.open(path, mode="r:*")
    except (tarfile.TarError, OSError, EOFError) as err:
        on_error(InputError(name, f"not a readable tar archive ({err})"))
        return
    count = 0
    try:
        with tf:
            for info in tf:
                member = f"{name}:{info.name}"
                base = Path(info.name).name
                if info.isdir():
                    continue
                if not info.isfile():
                    on_skip(member, "tar member is not a regular file")
                    continue
                if base.startswith(".") or base.endswith(".expected.json"):
                    continue
                stream = tf.extractfile(info)
                if stream is None:
                    continue
                count += 1
                yield from member_inputs(member, stream, info.size, on_error, on_skip, fetcher)
    except (tarfile.TarError, OSError, EOFError, ValueError) as err:
        where = f"after {count} members" if count else "at the first member"
        on_error(InputError(name, f"truncated or damaged tar archive {where} ({err})"))


def file_inputs(path: str | Path, on_error: ErrorHandler, on_skip: SkipHandler = _ignore_skip,
                fetcher: Fetcher | None = None) -> Iterator[RawInput]:
    """The inputs of one corpus file (WARC, tar, feed); see the module docstring."""
    name = str(path)
    if is_warc(name):
        from marsad.ingest.warc import warc_inputs

        for _end, page in warc_inputs(path, on_error, on_skip):
            if page is not None:
                yield page
    elif is_tar(name):
        yield from tar_inputs(path, on_error, on_skip, fetcher if fetcher is not None else default_fetcher())
    elif is_feed(name):
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            on_error(InputError(name, err.strerror or str(err)))
            return
        yield from feed_inputs(data, name, on_error, on_skip, fetcher if fetcher is not None else default_fetcher())
    else:
        on_error(InputError(name, "not a corpus file (WARC, tar archive or feed)"))
