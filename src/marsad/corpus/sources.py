"""The units a corpus run reads and checkpoints: one `Source` per file, folder entry, URL or Parquet table.

Each source has a `key` (its path or URL) and a `stamp` (size and modification
time) so a checkpoint made on one version of a file is not applied to another.
`Source.items(start)` yields `(mark, payload)` in order: the mark is where a
later run may resume after this item (a byte offset for WARC files, which
seek there; an item count elsewhere, where earlier items are re-read but not
re-analysed), the payload a `RawInput` to analyse, an already analysed
article (`Analysed`) (Parquet tables written by `marsad spark`), or None for a record
that holds no article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.article import Article
from marsad.errors import InputError
from marsad.ingest.fetch import Fetcher
from marsad.store.base import RawInput

SkipHandler = Callable[[str, str], None]
ErrorHandler = Callable[[InputError], None]


@dataclass(frozen=True)
class Analysed:
    """An article analysed elsewhere (by `marsad spark`) and the input it was made from."""

    article: Article
    raw: RawInput


Payload = RawInput | Analysed | None


@dataclass
class Source:
    key: str
    stamp: str
    kind: str  # "warc", "parquet", "url", "file"
    path: Path | None
    on_error: ErrorHandler
    on_skip: SkipHandler
    fetcher: Fetcher | None = None

    @property
    def seeks(self) -> bool:
        """Whether `items(start)` starts at `start` (else it replays the items before it)."""
        return self.kind == "warc"

    def items(self, start: int = 0) -> Iterator[tuple[int, Payload]]:
        if self.kind == "warc":
            from marsad.ingest.warc import warc_inputs

            assert self.path is not None
            yield from warc_inputs(self.path, self.on_error, self.on_skip, start=start)
            return
        if self.kind == "parquet":
            from marsad.corpus.parquet import parquet_articles

            assert self.path is not None
            for i, (art, raw) in enumerate(parquet_articles(self.path, self.on_error), start=1):
                yield i, Analysed(art, raw)
            return
        yield from enumerate(self._inputs(), start=1)

    def _inputs(self) -> Iterator[RawInput]:
        from marsad.ingest import archives
        from marsad.store import inputs

        if self.kind == "url":
            from marsad.ingest.feeds import url_inputs

            yield from url_inputs(self.key, self.fetcher or archives.default_fetcher(), self.on_error, self.on_skip)
            return
        assert self.path is not None
        if archives.handles(self.path):
            yield from archives.file_inputs(self.path, self.on_error, self.on_skip, self.fetcher)
        else:
            yield from inputs._from_file(self.path, self.on_error)


def is_parquet_table(path: Path) -> bool:
    """A Parquet file, or a folder of them as Spark writes it (`part-*.parquet`)."""
    if path.is_file():
        return path.suffix.lower() == ".parquet"
    return path.is_dir() and any(path.glob("*.parquet"))


def _stamp(path: Path) -> str:
    try:
        if path.is_dir():
            parts = sorted(f"{p.name}:{p.stat().st_size}" for p in path.glob("*.parquet"))
            return "dir:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
        st = path.stat()
    except OSError:
        return ""
    return f"{st.st_size}:{int(st.st_mtime)}"


def _table_in(folder: Path) -> Path | None:
    """The articles table of a folder `marsad spark --out` wrote, or the folder itself when it is one table."""
    if (folder / "articles").is_dir() and is_parquet_table(folder / "articles"):
        return folder / "articles"
    return folder if is_parquet_table(folder) else None


def _walk(root: Path) -> Iterator[Path]:
    """Files and Parquet tables under a folder, sorted; hidden entries and golden files left out."""
    from marsad.ingest import archives
    from marsad.store import inputs

    table = _table_in(root)
    if table is not None:
        yield table
        return
    for child in sorted(root.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file() and not child.name.endswith(".expected.json") and (
                child.suffix.lower() in inputs.SUPPORTED or archives.handles(child)
                or child.suffix.lower() == ".parquet"):
            yield child


def iter_sources(paths: list[str | Path], on_error: ErrorHandler, on_skip: SkipHandler,
                 fetcher: Fetcher | None = None) -> Iterator[Source]:
    """One source per input file, Parquet table or URL under `paths`, in the order given."""
    from marsad.ingest.warc import is_warc

    for p in paths:
        if str(p).lower().startswith(("http://", "https://")):
            yield Source(str(p), "", "url", None, on_error, on_skip, fetcher)
            continue
        path = Path(p)
        if not path.exists():
            on_error(InputError(str(path), "no such file or folder"))
            continue
        found = [path] if path.is_file() else list(_walk(path))
        for f in found:
            kind = "parquet" if is_parquet_table(f) else "warc" if is_warc(f.name) else "file"
            yield Source(str(f), _stamp(f), kind, f, on_error, on_skip, fetcher)
