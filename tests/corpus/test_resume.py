"""Many cores and checkpoints: a killed `--workers 2` run loses nothing and the rerun continues."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
from corpus_data import Record, repo_pages, synthetic_objects, write_jsonl, write_warc

from marsad.corpus.run import Checkpoints, Summary, classify, ingest_corpus
from marsad.store import open_store


def stored_ids(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM article")]
    finally:
        conn.close()


def test_killed_parallel_ingest_resumes_and_stores_everything_once(tmp_path: Path) -> None:
    total = 300
    src = write_jsonl(tmp_path / "many.jsonl", synthetic_objects(total, seed=5))
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "marsad.cli", "ingest", "--db", str(db), "--quiet", "--workers", "2", str(src)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path,
                            start_new_session=True)
    deadline = time.monotonic() + 90
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                stored = conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
                saved = conn.execute("SELECT MAX(position) FROM ingest_progress").fetchone()[0] or 0
                conn.close()
            except sqlite3.OperationalError:
                stored = saved = 0  # not created yet
            if stored >= 30 and saved > 0:  # a checkpoint was saved, and work went on after it
                break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, as a crash or an OOM kill would
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = len(stored_ids(db))
    assert 30 <= partial < total

    done = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    ids = stored_ids(db)
    assert len(ids) == total == len(set(ids))
    first = done.stderr.splitlines()[0]
    # what the first run stored is not analysed again: the checkpoint skips it, the hash check catches the rest
    assert f"{total - partial} added" in first, done.stderr
    assert "0 failed" in first
    assert "resumed" in done.stderr

    again = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert again.returncode == 0
    assert "0 inputs: 0 added" in again.stderr and "1 sources done before" in again.stderr


def test_warc_checkpoint_resumes_at_the_byte_offset(tmp_path: Path) -> None:
    pages = repo_pages()
    path = write_warc(tmp_path / "c.warc.gz", [Record(f"https://news.test/{i}", d) for i, (_, d) in
                                                enumerate(pages)], gzip=True)
    db = tmp_path / "s.db"
    store = open_store(db)
    # a first run that stopped after the first two pages: pretend by storing them and saving the offset
    from marsad.ingest.warc import warc_inputs

    records = list(warc_inputs(path, lambda e: pytest.fail(str(e))))
    ck = Checkpoints(str(db))
    from marsad.corpus.sources import _stamp

    ck.save(str(path), _stamp(path), records[2][0], False)  # warcinfo and two pages done
    ck.close()
    summary = ingest_corpus(store, [path], progress=False)
    assert summary.resumed == 1
    assert summary.read == len(pages) - 2  # the first two records were never read again
    assert summary.added == len(pages) - 2
    # the file changed: its checkpoint no longer applies and it is read from the start
    path.write_bytes(path.read_bytes())
    os.utime(path, (time.time() + 5, time.time() + 5))
    again = ingest_corpus(store, [path], progress=False)
    assert again.read == len(pages) and again.already == len(pages) - 2 and again.added == 2
    store.close()


def test_tar_archive_members_of_every_kind(tmp_path: Path) -> None:
    objs = synthetic_objects(4, seed=9)
    warc = write_warc(tmp_path / "inner.warc.gz", [Record("https://news.test/w", repo_pages()[0][1])], gzip=True)
    members = {
        "day/a.json": json.dumps(objs[:2], ensure_ascii=False).encode(),
        "day/b.jsonl": (json.dumps(objs[2], ensure_ascii=False) + "\n").encode(),
        "day/c.txt": (objs[3]["title"] + "\n\n" + objs[3]["content"]).encode(),
        "day/inner.warc.gz": warc.read_bytes(),
        "day/.hidden.txt": b"skip me",
    }
    tgz = tmp_path / "corpus.tar.gz"
    with tarfile.open(tgz, "w:gz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    store = open_store(tmp_path / "s.db")
    summary = ingest_corpus(store, [tgz], progress=False)
    assert (summary.added, summary.n_failed) == (5, 0)
    assert summary.skipped["warc warcinfo record"] == 1
    store.close()
    # a truncated archive keeps what it read and says so once
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(tgz.read_bytes()[: tgz.stat().st_size // 2])
    store = open_store(tmp_path / "t.db")
    lines: list[str] = []
    summary = ingest_corpus(store, [cut], progress=False, report=lines.append)
    assert summary.n_failed == 1 and len(lines) == 1 and lines[0].startswith(f"{cut}: truncated or damaged")
    store.close()


def test_summary_and_progress_lines(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", synthetic_objects(3))
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n" + json.dumps({"title": "Hello", "content": "An English page about markets."}) + "\n")
    out = io.StringIO()
    store = open_store(tmp_path / "s.db")
    from marsad.corpus import progress as progress_mod

    bar = progress_mod.Progress(enabled=True, out=out, every_s=0.0)
    summary = Summary(read=3, analysed=3, added=3)
    bar.update(summary)
    bar.close(summary)
    assert "3 read, 3 stored" in out.getvalue() and "articles/s" in out.getvalue()
    summary = ingest_corpus(store, [src], progress=False, report=lambda m: None)
    lines = summary.lines()
    assert lines[0].startswith("4 inputs: 3 added, 0 already stored, 1 skipped, 1 failed")
    assert "  skipped: 1 not Arabic" in lines and "  failed: 1 bad JSON" in lines
    store.close()


@pytest.mark.parametrize("reason, expected", [
    ("not Arabic text (3% of letters are Arabic)", ("skip", "not Arabic")),
    ("no article text found", ("skip", "no article text")),
    ("input too large (20.0 MB; the limit is 16.0 MB, see --max-bytes)", ("fail", "too large")),
    ("truncated or damaged WARC after 3 records (near byte 10): x", ("fail", "damaged archive")),
])
def test_reasons_are_classified(reason: str, expected: tuple[str, str]) -> None:
    assert classify(reason) == expected


def test_a_dead_worker_stops_the_run_cleanly_and_the_rerun_finishes(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.corpus.run as run_mod

    total = 24
    src = write_jsonl(tmp_path / "a.jsonl", synthetic_objects(total, seed=13))
    real = run_mod.analyse

    def dies_on_item_10(item, pipeline=None, max_bytes=None):  # type: ignore[no-untyped-def]
        if item.name.endswith(":10"):
            os._exit(1)  # as the kernel's OOM killer would end it
        return real(item, pipeline, max_bytes)

    monkeypatch.setattr(run_mod, "analyse", dies_on_item_10)  # the forked workers inherit it
    store = open_store(tmp_path / "s.db")
    first = ingest_corpus(store, [src], workers=2, progress=False)
    assert first.interrupted and "worker process died" in first.interrupted
    assert first.added < total
    monkeypatch.setattr(run_mod, "analyse", real)
    second = ingest_corpus(store, [src], workers=2, progress=False)
    assert second.interrupted is None and second.n_failed == 0
    assert store.count() == total == first.added + second.added
    store.close()


def test_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", synthetic_objects(8, seed=17))
    dbs = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        store = open_store(db)
        assert ingest_corpus(store, [src], workers=workers, progress=False).added == 8
        store.close()
        dbs.append(db)

    def rows(db: Path) -> list[list[tuple[object, ...]]]:
        conn = sqlite3.connect(db)
        try:
            return [sorted(conn.execute(sql)) for sql in (
                "SELECT a.id, f.title, f.body, f.stems, f.roots FROM article a JOIN article_fts f ON f.rowid = a.num",
                "SELECT article_id, signature FROM minhash",
                "SELECT id, story_id, record FROM article")]
        finally:
            conn.close()

    assert rows(dbs[0]) == rows(dbs[1])
