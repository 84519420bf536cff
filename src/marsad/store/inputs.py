"""What `marsad ingest PATH...` accepts, turned into `RawInput`s.

- a page file (`.txt`, `.html`, `.htm`, or any other file): one input;
- a folder: every supported file below it, in sorted order;
- a `.zip` archive: each `.json` member holding a JSON array of articles,
  as in the SaudiNewsNet corpus ({source, url, date_extracted, title,
  author, content}); other members are read as page files;
- a `.json` file: an array of such objects, or one object;
- a `.jsonl` file: one such object per line;
- WARC files, tar archives and feeds (`marsad.ingest.archives`), and
  `http(s)://` URLs of feeds or pages (`marsad.ingest.feeds`).

An article object becomes the page `TITLE\\n\\nCONTENT` (or its `page`,
`html` or `text` field), with `published` (or the date of
`date_extracted`) and `url`. Golden files (`*.expected.json`) are skipped.
Problems are reported as `InputError`s through `on_error` and never stop the
other inputs.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.ingest.encoding import encode_text
from marsad.store.base import RawInput

PAGE_SUFFIXES = {".txt", ".html", ".htm", ".xhtml"}
SUPPORTED = PAGE_SUFFIXES | {".zip", ".json", ".jsonl", ".ndjson"}
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # a zip member larger than this is refused, not inflated

ErrorHandler = Callable[[InputError], None]


def _skip(path: Path) -> bool:
    return path.name.endswith(".expected.json") or path.name.startswith(".")


def from_object(obj: Any, name: str) -> RawInput:
    """One article object (SaudiNewsNet style or {page, url, published}) as an input."""
    if not isinstance(obj, dict):
        raise InputError(name, "not a JSON object")
    page = obj.get("page") or obj.get("html") or obj.get("text")
    if not isinstance(page, str) or not page.strip():
        title, content = obj.get("title"), obj.get("content")
        if not isinstance(content, str) or not content.strip():
            raise InputError(name, "no 'content' (or 'page', 'html', 'text') field")
        page = f"{title.strip()}\n\n{content}" if isinstance(title, str) and title.strip() else content
    published = obj.get("published") or obj.get("date_extracted") or obj.get("date")
    published = published[:10] if isinstance(published, str) and len(published) >= 10 else None
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return RawInput(name, encode_text(page), published, url)


def _from_json_text(text: str, name: str, on_error: ErrorHandler) -> Iterator[RawInput]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        on_error(InputError(name, f"not valid JSON ({err.msg} at line {err.lineno})"))
        return
    items = data if isinstance(data, list) else [data]
    for i, obj in enumerate(items):
        try:
            yield from_object(obj, f"{name}[{i}]")
        except InputError as err:
            on_error(err)


def _from_jsonl(lines: Iterator[str], name: str, on_error: ErrorHandler) -> Iterator[RawInput]:
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield from_object(json.loads(line), f"{name}:{n}")
        except json.JSONDecodeError as err:
            on_error(InputError(f"{name}:{n}", f"not valid JSON ({err.msg})"))
        except InputError as err:
            on_error(err)


def _from_zip(path: Path, on_error: ErrorHandler) -> Iterator[RawInput]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        on_error(InputError(str(path), f"not a readable zip archive ({err})"))
        return
    with zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            member = Path(info.filename)
            name = f"{path}:{info.filename}"
            if info.is_dir() or _skip(member):
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                on_error(InputError(name, "archive member too large"))
                continue
            try:
                data = zf.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError) as err:
                on_error(InputError(name, f"cannot read archive member ({err})"))
                continue
            suffix = member.suffix.lower()
            if suffix == ".json":
                yield from _from_json_text(data.decode("utf-8", errors="replace"), name, on_error)
            elif suffix in (".jsonl", ".ndjson"):
                yield from _from_jsonl(iter(data.decode("utf-8", errors="replace").splitlines()), name, on_error)
            else:
                yield RawInput(name, data)


def _from_file(path: Path, on_error: ErrorHandler) -> Iterator[RawInput]:
    from marsad.ingest import archives  # WARC, tar archives and feeds: marsad.ingest.archives reads them

    if archives.handles(path):
        yield from archives.file_inputs(path, on_error)
        return
    suffix = path.suffix.lower()
    if suffix == ".zip":
        yield from _from_zip(path, on_error)
        return
    try:
        if suffix in (".jsonl", ".ndjson"):
            with path.open(encoding="utf-8", errors="replace") as fh:
                yield from _from_jsonl(iter(fh), str(path), on_error)
            return
        data = path.read_bytes()
    except OSError as err:
        on_error(InputError(str(path), err.strerror or str(err)))
        return
    if suffix == ".json":
        yield from _from_json_text(data.decode("utf-8", errors="replace"), str(path), on_error)
    else:
        yield RawInput(str(path), data)


def iter_inputs(paths: list[str | Path], on_error: ErrorHandler) -> Iterator[RawInput]:
    """Every input under `paths`, in the order given (folders sorted)."""
    from marsad.ingest import archives

    for p in paths:
        if str(p).lower().startswith(("http://", "https://")):  # a feed or a page, through the one fetcher
            from marsad.ingest.feeds import url_inputs

            yield from url_inputs(str(p), archives.default_fetcher(), on_error, lambda name, reason: None)
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and (child.suffix.lower() in SUPPORTED or archives.handles(child)) and not _skip(child) \
                        and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield from _from_file(child, on_error)
        elif path.is_file():
            yield from _from_file(path, on_error)
        else:
            on_error(InputError(str(path), "no such file or folder"))
