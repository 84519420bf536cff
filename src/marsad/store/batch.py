"""Ingest many inputs into a store, and re-analyse stored inputs after an upgrade.

`ingest`:
1. enumerate the inputs (`marsad.store.inputs.iter_inputs`) so the progress
   bar knows the total;
2. skip inputs whose content hash (the record id) is already stored, so a
   re-run after a crash or on the same files adds nothing twice;
3. analyse each page with the default pipeline and store it in one
   transaction; a page that cannot be analysed is reported and skipped.

`reprocess` reads every stored raw input and stores its new analysis in
place of the old one, again one article per transaction.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from marsad.article import Article
from marsad.errors import InputError
from marsad.pipeline import Pipeline
from marsad.store.base import RawInput, Store
from marsad.store.inputs import iter_inputs


@dataclass
class Tally:
    seen: int = 0
    added: int = 0
    skipped: int = 0  # already stored
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self, verb: str = "added") -> str:
        rate = self.added / self.seconds if self.seconds > 0 else 0.0
        return (f"{self.seen} inputs: {self.added} {verb}, {self.skipped} already stored, {self.failed} failed"
                f" in {self.seconds:.1f}s ({rate:.1f} articles/s)")


class Progress:
    """A one-line progress bar on a terminal; silent elsewhere (logs stay clean)."""

    def __init__(self, total: int, label: str, out: TextIO | None = None, enabled: bool | None = None):
        self.total = max(total, 1)
        self.label = label
        self.out = out or sys.stderr
        self.enabled = self.out.isatty() if enabled is None else enabled
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, done: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last < 0.1):
            return
        self._last = now
        frac = min(done / self.total, 1.0)
        width = 30
        bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
        rate = done / (now - self.start) if now > self.start else 0.0
        self.out.write(f"\r{self.label} [{bar}] {done}/{self.total} {rate:.0f}/s ")
        self.out.flush()

    def close(self) -> None:
        if self.enabled:
            self.update(self.total, force=True)
            self.out.write("\n")
            self.out.flush()


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False


def analyse_input(item: RawInput, pipeline: Pipeline | None = None, max_bytes: int | None = None) -> Article:
    """The analysed article of one input (raises `InputError`)."""
    from marsad.api import default_pipeline
    from marsad.ingest.read import read_page

    art = read_page(item.data, item.name, path=item.name if _is_file(item.name) else None,
                    url=item.url, published=item.published, max_bytes=max_bytes)
    if item.crawled:  # the WARC-Date: a page-date candidate, as when the input was first analysed
        art.meta.setdefault("crawled", item.crawled)
    return (pipeline or default_pipeline())(art)


def _store_all(store: Store, items: Iterable[RawInput], total: int, label: str, replace: bool,
               report: Callable[[str], None], progress: bool | None, max_bytes: int | None,
               choose: Callable[[RawInput], Pipeline] | None = None) -> Tally:
    tally = Tally()
    bar = Progress(total, label, enabled=progress)
    t0 = time.monotonic()
    for item in items:
        tally.seen += 1
        if not replace and store.has(hashlib.sha256(item.data).hexdigest()):
            tally.skipped += 1
        else:
            try:
                art = analyse_input(item, choose(item) if choose else None, max_bytes=max_bytes)
                if store.add(art, item, replace=replace):
                    tally.added += 1
                else:
                    tally.skipped += 1
            except InputError as err:
                tally.failed += 1
                tally.errors.append(str(err))
                report(str(err))
            except Exception as err:  # noqa: BLE001 - one bad page must not stop the others
                tally.failed += 1
                msg = f"{item.name}: internal error while analysing ({type(err).__name__}: {err})"
                tally.errors.append(msg)
                report(msg)
        bar.update(tally.seen)
    bar.close()
    tally.seconds = time.monotonic() - t0
    return tally


def ingest(store: Store, paths: list[str | Path], *, report: Callable[[str], None] | None = None,
           progress: bool | None = None, max_bytes: int | None = None) -> Tally:
    """Analyse and store every input under `paths` that is not stored yet."""
    say = report or (lambda msg: print(f"marsad: {msg}", file=sys.stderr))
    enum_errors: list[InputError] = []
    items = list(iter_inputs(list(paths), enum_errors.append))
    for err in enum_errors:
        say(str(err))
    tally = _store_all(store, items, len(items), "ingest", False, say, progress, max_bytes)
    tally.failed += len(enum_errors)
    tally.errors[:0] = [str(e) for e in enum_errors]
    return tally


def reprocess(store: Store, *, report: Callable[[str], None] | None = None, progress: bool | None = None,
              max_bytes: int | None = None, learned_events: bool | None = None) -> Tally:
    """Re-analyse every stored raw input with the current pipeline: each article as it was analysed before, with
    or without the opt-in learned events (its stored pipeline says), unless `learned_events` says for all."""
    from marsad.api import pipeline_for
    from marsad.store.sqlite import learned_in

    # each article's stored pipeline, read once (a store without the fast path answers one article at a time)
    kept: dict[str, str] | None = getattr(store, "pipelines", lambda: None)() if learned_events is None else None

    def choose(item: RawInput) -> Pipeline:
        learned = learned_events
        if learned is None:
            rid = hashlib.sha256(item.data).hexdigest()
            if kept is not None:
                learned = learned_in(kept.get(rid))
            else:
                found = store.get(rid)
                learned = learned_in(found.get("pipeline")) if found else False
        return pipeline_for(learned)

    say = report or (lambda msg: print(f"marsad: {msg}", file=sys.stderr))
    return _store_all(store, store.raw_inputs(), store.count(), "reprocess", True, say, progress, max_bytes, choose)
