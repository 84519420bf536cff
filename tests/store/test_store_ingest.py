"""`marsad ingest`: inputs of every kind, idempotence, crash safety, and `marsad reprocess`."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.errors import InputError
from marsad.store import open_store
from marsad.store.batch import ingest, reprocess
from marsad.store.inputs import iter_inputs

ROOT = Path(__file__).resolve().parents[2]
# words of everyday Arabic news, to make distinct synthetic articles
VOCAB = ("الحكومة الوزير المدينة الاجتماع المشروع الاقتصاد السوق الطلاب المدارس المستشفى الطريق "
         "الشركة الرئيس البرلمان المجلس القرار الميزانية الأسعار النفط المياه الزراعة السياحة "
         "الشرطة المحكمة الانتخابات الجامعة المواطنين الخدمات التعليم الصحة الرياضة المنتخب "
         "أعلن أكد قال أوضح افتتح ناقش أطلق بحث استقبل وافق رفض طالب دعا زار وقع أشار "
         "اليوم أمس الأسبوع الجديد الكبير الأول الثاني العام المحلي الوطني الدولي الخاص").split()


def synthetic(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        title = " ".join(rng.choices(VOCAB, k=7))
        paras = ["، ".join(" ".join(rng.choices(VOCAB, k=9)) for _ in range(5)) + "." for _ in range(3)]
        out.append({"source": "test", "url": f"https://synthetic.test/{i}", "date_extracted": "2015-07-21 10:00:00",
                    "title": title, "author": "", "content": "\n".join(paras)})
    return out


def write_jsonl(path: Path, items: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    return path


def test_inputs_of_every_kind(tmp_path: Path) -> None:
    items = synthetic(6)
    (tmp_path / "d").mkdir()
    with zipfile.ZipFile(tmp_path / "d" / "day.zip", "w") as zf:
        zf.writestr("day.json", json.dumps(items[:2], ensure_ascii=False))
    write_jsonl(tmp_path / "d" / "more.jsonl", items[2:4])
    (tmp_path / "d" / "one.json").write_text(json.dumps(items[4], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "d" / "page.txt").write_text(items[5]["title"] + "\n\n" + items[5]["content"], encoding="utf-8")
    (tmp_path / "d" / "page.expected.json").write_text("{}", encoding="utf-8")
    (tmp_path / "d" / "notes.md").write_text("not an input", encoding="utf-8")
    errors: list[InputError] = []
    got = list(iter_inputs([tmp_path / "d"], errors.append))
    assert errors == []
    assert len(got) == 6
    first = next(g for g in got if g.url == items[0]["url"])
    assert first.data.decode() == items[0]["title"] + "\n\n" + items[0]["content"]
    assert first.published == "2015-07-21"


def test_bad_inputs_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    (tmp_path / "fake.zip").write_bytes(b"not a zip")
    write_jsonl(tmp_path / "ok.jsonl", synthetic(2))
    with (tmp_path / "ok.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("{not json\n" + json.dumps({"title": "no content"}) + "\n")
    errors: list[InputError] = []
    got = list(iter_inputs([tmp_path / "broken.json", tmp_path / "fake.zip", tmp_path / "ok.jsonl",
                            tmp_path / "missing.txt"], errors.append))
    assert len(got) == 2
    assert len(errors) == 5
    assert all(str(e).startswith(str(tmp_path)) for e in errors)


def test_reingest_adds_no_duplicates(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", synthetic(12))
    store = open_store(tmp_path / "s.db")
    first = ingest(store, [src], progress=False)
    assert (first.added, first.skipped, first.failed) == (12, 0, 0)
    again = ingest(store, [src, src], progress=False)
    assert (again.added, again.skipped) == (0, 24)
    assert store.count() == 12


def test_cli_ingest_search_and_reprocess(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.db")
    assert main(["ingest", "--db", db, "--quiet", str(ROOT / "samples" / "pages")]) == 0
    assert "1 added" in capsys.readouterr().err
    assert main(["search", "--db", db, "كيم"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 articles")
    assert main(["reprocess", "--db", db, "--quiet"]) == 0
    assert "1 re-analysed" in capsys.readouterr().err
    assert open_store(db).count() == 1


def test_reprocess_replaces_every_article(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", synthetic(5))
    store = open_store(tmp_path / "s.db")
    ingest(store, [src], progress=False)
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute("UPDATE article SET pipeline = 'old'")
    conn.commit()
    tally = reprocess(store, progress=False)
    assert (tally.added, tally.failed) == (5, 0)
    assert conn.execute("SELECT COUNT(*) FROM article WHERE pipeline = 'old'").fetchone()[0] == 0
    assert store.count() == 5
    assert_complete(tmp_path / "s.db")


def assert_complete(db: Path) -> int:
    """Every stored article has its raw input, a valid record, its search row and its signature."""
    conn = sqlite3.connect(db)
    n = conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
    assert conn.execute("SELECT COUNT(*) FROM raw").fetchone()[0] == n
    assert conn.execute("SELECT COUNT(*) FROM article a JOIN raw r ON r.id = a.id").fetchone()[0] == n
    assert conn.execute("SELECT COUNT(*) FROM article_fts").fetchone()[0] == n
    assert conn.execute("SELECT COUNT(*) FROM article a JOIN article_fts f ON f.rowid = a.num").fetchone()[0] == n
    assert conn.execute("SELECT COUNT(*) FROM minhash").fetchone()[0] == n  # synthetic texts are long enough
    assert conn.execute("SELECT COUNT(*) FROM lsh").fetchone()[0] == 32 * n
    for (record,) in conn.execute("SELECT record FROM article"):
        rec = json.loads(record)
        assert rec["text"] and rec["title"]
    return int(n)


def test_ingest_killed_midway_loses_nothing(tmp_path: Path) -> None:
    total = 150
    src = write_jsonl(tmp_path / "many.jsonl", synthetic(total, seed=11))
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "marsad.cli", "ingest", "--db", str(db), "--quiet", str(src)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    deadline = time.monotonic() + 60
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                    stored = conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
                    conn.close()
                except sqlite3.OperationalError:
                    stored = 0  # schema not created yet
            if stored >= 20:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = assert_complete(db)
    assert 20 <= partial < total
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{total - partial} added, {partial} already stored" in done.stderr
    assert assert_complete(db) == total
