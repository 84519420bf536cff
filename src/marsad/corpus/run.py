"""`marsad ingest` at corpus scale: every core analyses, one writer stores, checkpoints make runs resumable.

`ingest_corpus`:
1. enumerate the sources under the paths (`marsad.corpus.sources`): files,
   WARC files, tar archives, feeds, URLs, Parquet tables from `marsad spark`;
2. skip a source its checkpoint says is done (same size and time); resume a
   WARC at the byte offset after its last finished record; replay other
   sources up to their checkpoint without analysing again;
3. skip an input whose content hash (the record id) is stored already;
4. analyse the rest: in this process (`workers=1`), or in a pool of worker
   processes that each build the pipeline once and send back analysed
   articles; at most a few inputs per worker are in flight, so memory stays
   flat on inputs of any size;
5. store each article in the parent, one transaction per article (the
   store's single writer); Parquet articles are stored without analysis;
6. advance each source's checkpoint to the last item before which every item
   is finished, saved at most every second and at the end, so a run killed at
   any point loses nothing: the rerun resumes there, and anything stored
   after the last checkpoint is found by its hash;
7. count what was read, analysed, stored, already stored, skipped (by reason:
   records with no article, non-Arabic pages) and failed (by reason).
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.article import Article
from marsad.corpus.progress import Progress
from marsad.corpus.sources import Analysed, Source, iter_sources
from marsad.errors import InputError
from marsad.ingest.fetch import Fetcher
from marsad.store.base import RawInput, Store

SAVE_EVERY_S = 1.0
IN_FLIGHT_PER_WORKER = 4
MAX_ERRORS = 1000
# InputError reasons that mean "not an Arabic news article" rather than "broken": counted as skips
SKIP_REASONS = (("not Arabic text", "not Arabic"), ("no article text", "no article text"),
                ("empty input", "empty page"))
FAIL_REASONS = (("truncated or damaged", "damaged archive"), ("damaged WARC", "damaged archive"),
                ("input too large", "too large"), ("binary data", "not text"), ("not valid JSON", "bad JSON"),
                ("no such file", "no such file"), ("cannot fetch", "fetch failed"), ("http status", "http error"),
                ("not a ", "unreadable input"), ("internal error", "internal error"))


def classify(reason: str) -> tuple[str, str]:
    """('skip' or 'fail', short reason) for the reason of an `InputError`."""
    for needle, short in SKIP_REASONS:
        if needle in reason:
            return "skip", short
    for needle, short in FAIL_REASONS:
        if needle in reason:
            return "fail", short
    return "fail", reason.split("(")[0].strip()[:60] or "unreadable input"


@dataclass
class Summary:
    read: int = 0  # inputs read (pages, records with an article candidate, Parquet rows)
    analysed: int = 0  # inputs the pipeline analysed in this run
    added: int = 0  # articles newly stored
    already: int = 0  # inputs whose article was stored before (or twice in this run)
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    resumed: int = 0  # sources resumed from a checkpoint
    done_before: int = 0  # sources a checkpoint says are finished
    workers: int = 1
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    interrupted: str | None = None

    def note(self, message: str) -> None:
        """Keep the first `MAX_ERRORS` failure messages (every one is also reported as it happens)."""
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(message)

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    @property
    def n_failed(self) -> int:
        return sum(self.failed.values())

    def rate(self) -> float:
        return self.analysed / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        return (f"{self.read} inputs: {self.added} added, {self.already} already stored, {self.n_skipped} skipped,"
                f" {self.n_failed} failed in {self.seconds:.1f}s ({self.analysed} analysed, {self.rate():.1f}"
                f" articles/s, {self.rate() / max(self.workers, 1):.1f} per worker, {self.workers} worker"
                f"{'s' if self.workers != 1 else ''})")

    def lines(self) -> list[str]:
        out = [self.line()]
        if self.done_before or self.resumed:
            out.append(f"  checkpoints: {self.done_before} sources done before, {self.resumed} resumed")
        for label, counts in (("skipped", self.skipped), ("failed", self.failed)):
            if counts:
                out.append(f"  {label}: " + ", ".join(f"{n} {r}" for r, n in counts.most_common()))
        if self.interrupted:
            out.append(f"  stopped early: {self.interrupted}; run the same command again to continue")
        return out


class Checkpoints:
    """Per-source progress in the store's SQLite file (table `ingest_progress`, made by the store's migrations),
    or in memory."""

    def __init__(self, db: str | None):
        self.conn: sqlite3.Connection | None = None
        self.mem: dict[str, tuple[str, int, bool]] = {}
        if db and db != ":memory:":
            from marsad.store.schema import migrate

            self.conn = sqlite3.connect(db, timeout=30.0, isolation_level=None)
            migrate(self.conn)  # a no-op on the store ingest writes to, which opened (and migrated) it first

    def get(self, key: str) -> tuple[str, int, bool] | None:
        if self.conn is None:
            return self.mem.get(key)
        row = self.conn.execute("SELECT stamp, position, done FROM ingest_progress WHERE source = ?",
                                (key,)).fetchone()
        return (row[0], int(row[1]), bool(row[2])) if row else None

    def save(self, key: str, stamp: str, position: int, done: bool) -> None:
        self.mem[key] = (stamp, position, done)
        if self.conn is not None:
            self.conn.execute(
                "INSERT INTO ingest_progress (source, stamp, position, done, updated) VALUES (?, ?, ?, ?,"
                " datetime('now')) ON CONFLICT(source) DO UPDATE SET stamp = excluded.stamp,"
                " position = excluded.position, done = excluded.done, updated = excluded.updated",
                (key, stamp, position, int(done)))

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


class Watermark:
    """The resumable position of one source: the mark of the last item before which all items are finished."""

    def __init__(self, source: Source, start: int):
        self.source = source
        self.position = start
        self.queue: list[tuple[int, int]] = []  # (seq, mark) in reading order
        self.finished: set[int] = set()
        self.head = 0
        self.read_all = False
        self.dirty = False

    def add(self, seq: int, mark: int) -> None:
        self.queue.append((seq, mark))

    def finish(self, seq: int) -> None:
        self.finished.add(seq)
        while self.head < len(self.queue) and self.queue[self.head][0] in self.finished:
            s, mark = self.queue[self.head]
            self.finished.discard(s)
            self.position = mark
            self.head += 1
            self.dirty = True
        if self.head > 1024:  # keep the queue short on long sources
            del self.queue[: self.head]
            self.head = 0

    @property
    def complete(self) -> bool:
        return self.read_all and self.head >= len(self.queue)


# --- the worker side ------------------------------------------------------------------------------

_PIPELINE: Any = None
_MAX_BYTES: int | None = None
_SETTLED = False
# young-generation collections every 20,000 new objects rather than 700: an article makes far more than 700, so
# the default collects many times per article and promotes its short-lived objects to older generations
GC_THRESHOLD = (20_000, 10, 10)


def settle() -> None:
    """Once per process, after its first article: what is loaded by then (lexicons, models, registries) lives as
    long as the process, so the garbage collector leaves it out of every collection from now on (`gc.freeze`)
    and collects less often; otherwise each full collection walks all of it again, a tenth of the run time
    over the SaudiNewsNet sample. Outputs are the same either way. Only for processes that exist to analyse
    (workers, `marsad ingest`): frozen objects are also hidden from `gc.get_referrers`."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLD)


def _init_worker(max_bytes: int | None, learned_events: bool = False) -> None:
    global _PIPELINE, _MAX_BYTES
    import signal

    from marsad.api import pipeline_for

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it saves checkpoints

    _PIPELINE = pipeline_for(learned_events)
    _MAX_BYTES = max_bytes


def analyse(item: RawInput, pipeline: Any = None, max_bytes: int | None = None) -> tuple[str, Any, str]:
    """('ok', article, ''), ('skip' | 'fail', short reason, message) for one input; never raises."""
    from marsad.ingest.read import read_page

    try:
        art = read_page(item.data, item.name, path=item.name if _is_file(item.name) else None, url=item.url,
                        published=item.published, max_bytes=max_bytes)
        if item.crawled:
            art.meta.setdefault("crawled", item.crawled)
        art = (pipeline or _PIPELINE)(art)
    except InputError as err:
        kind, short = classify(err.reason)
        return kind, short, str(err)
    except Exception as err:  # noqa: BLE001 - one bad page must not stop the others
        return "fail", f"internal error ({type(err).__name__})", \
            f"{item.name}: internal error while analysing ({type(err).__name__}: {err})"
    return "ok", slim(art), ""


def _analyse_in_worker(item: RawInput) -> tuple[str, Any, str]:
    kind, value, message = analyse(item, _PIPELINE, _MAX_BYTES)
    settle()
    return kind, index_ahead(value) if kind == "ok" else value, message


def slim(art: Article) -> Article:
    """The article without what the store never reads (stage scratch data), so it crosses processes cheaply."""
    art.annotations = {}
    return art


def index_ahead(art: Article) -> Article:
    """Compute the store's index columns here (in the worker), so the single writer only writes."""
    from marsad.store.sqlite import index_columns

    slim(art)
    art.annotations["store.index"] = index_columns(art)
    return art


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False


def _context() -> Any:
    # fork shares the parent's imported modules; elsewhere each worker imports marsad itself
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


# --- the parent side ------------------------------------------------------------------------------

class _Run:
    def __init__(self, store: Store, summary: Summary, report: Callable[[str], None], checkpoints: Checkpoints,
                 bar: Progress, raws: dict[int, RawInput]):
        self.store = store
        self.summary = summary
        self.report = report
        self.checkpoints = checkpoints
        self.bar = bar
        self.raws = raws
        self.marks: dict[str, Watermark] = {}
        self.last_save = time.monotonic()

    def error(self, err: InputError) -> None:
        kind, short = classify(err.reason)
        (self.summary.skipped if kind == "skip" else self.summary.failed)[short] += 1
        if kind == "fail":
            self.summary.note(str(err))
            self.report(str(err))

    def skip(self, name: str, reason: str) -> None:
        self.summary.skipped[reason] += 1

    def store_article(self, art: Article, raw: RawInput | None) -> None:
        if self.store.add(art, raw):
            self.summary.added += 1
        else:
            self.summary.already += 1

    def result(self, outcome: tuple[str, Any, str], raw: RawInput) -> None:
        kind, value, message = outcome
        if kind == "ok":
            self.summary.analysed += 1
            self.store_article(value, raw)
        elif kind == "skip":
            self.summary.analysed += 1
            self.summary.skipped[value] += 1
        else:
            self.summary.failed[value] += 1
            self.summary.note(message)
            self.report(message)
        self.bar.update(self.summary)

    def save(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last_save < SAVE_EVERY_S:
            return
        self.last_save = now
        for key, wm in list(self.marks.items()):
            if wm.dirty or wm.complete:
                self.checkpoints.save(key, wm.source.stamp, wm.position, wm.complete)
                wm.dirty = False
            if wm.complete:
                del self.marks[key]


def ingest_corpus(store: Store, paths: list[str | Path], *, workers: int = 1, progress: bool | None = None,
                  max_bytes: int | None = None, fetcher: Fetcher | None = None,
                  report: Callable[[str], None] | None = None, db: str | None = None,
                  tune_gc: bool = False, learned_events: bool = False) -> Summary:
    """Analyse and store every input under `paths` (see the module docstring for the steps); with
    `learned_events`, the opt-in learned events are added (`marsad.events.learned`, the store marks them).

    `tune_gc`: the run owns its process (the `marsad ingest` command), so the garbage collector is tuned for
    it (`settle`); worker processes always are."""
    say = report or (lambda msg: print(f"marsad: {msg}", file=sys.stderr))
    workers = max(1, int(workers))
    summary = Summary(workers=workers)
    checkpoints = Checkpoints(db if db is not None else getattr(store, "path", None))
    bar = Progress(enabled=progress)
    raws: dict[int, RawInput] = {}
    run = _Run(store, summary, say, checkpoints, bar, raws)
    pool: ProcessPoolExecutor | None = None
    pending: dict[Future[tuple[str, Any, str]], tuple[int, Watermark]] = {}
    pipeline: Any = None
    t0 = time.monotonic()

    def drain(block_until: int) -> None:
        while len(pending) > block_until:
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for fut in done:
                seq, wm = pending.pop(fut)
                raw = raws.pop(seq)
                try:
                    outcome = fut.result()
                except BrokenProcessPool:
                    raise
                except Exception as err:  # noqa: BLE001 - e.g. an article a stage made unpicklable
                    outcome = ("fail", f"internal error ({type(err).__name__})",
                               f"{raw.name}: internal error in a worker ({type(err).__name__}: {err})")
                run.result(outcome, raw)
                wm.finish(seq)
            run.save()

    try:
        if workers > 1:
            pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker,
                                       initargs=(max_bytes, learned_events))
        else:
            from marsad.api import pipeline_for

            pipeline = pipeline_for(learned_events)
        seq = 0
        for source in iter_sources(list(paths), run.error, run.skip, fetcher):
            saved = checkpoints.get(source.key)
            start = 0
            if saved is not None and saved[0] == source.stamp and source.stamp:
                if saved[2]:
                    summary.done_before += 1
                    continue
                start = saved[1]
                summary.resumed += 1 if start else 0
            wm = Watermark(source, start)
            run.marks[source.key] = wm
            replay = 0 if source.seeks else start
            for mark, payload in source.items(start):
                seq += 1
                wm.add(seq, mark)
                if payload is None:
                    wm.finish(seq)
                    continue
                summary.read += 1
                if isinstance(payload, Analysed):
                    run.store_article(payload.article, payload.raw)
                    wm.finish(seq)
                elif not store.has(hashlib.sha256(payload.data).hexdigest()):
                    if mark <= replay:  # finished in an earlier run without an article: skipped or failed then
                        summary.skipped["done in an earlier run"] += 1
                        wm.finish(seq)
                    elif pool is None:
                        run.result(analyse(payload, pipeline, max_bytes), payload)
                        wm.finish(seq)
                        if tune_gc:
                            settle()
                    else:
                        raws[seq] = payload
                        pending[pool.submit(_analyse_in_worker, payload)] = (seq, wm)
                        drain(workers * IN_FLIGHT_PER_WORKER)
                else:
                    summary.already += 1
                    wm.finish(seq)
                bar.update(summary)
                run.save()
            wm.read_all = True
        drain(0)
    except BrokenProcessPool:
        summary.interrupted = (f"a worker process died (out of memory?); the {len(pending)} inputs in flight"
                               " are analysed again by the next run")
        pending.clear()
    except KeyboardInterrupt:  # Ctrl-C: keep what is finished, save the checkpoints, say how to go on
        summary.interrupted = "interrupted"
        pending.clear()
    finally:
        if pool is not None:
            pool.shutdown(wait=summary.interrupted is None, cancel_futures=True)
        run.save(force=True)
        checkpoints.close()
        summary.seconds = time.monotonic() - t0
        bar.close(summary)
    return summary
