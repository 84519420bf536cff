"""WARC and WARC.gz: article records read with their URL and date, every other record skipped by reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_data import ENGLISH_PAGE, Record, mixed_records, repo_pages, write_warc

from marsad.corpus.run import ingest_corpus
from marsad.errors import InputError
from marsad.ingest.warc import warc_inputs
from marsad.store import ArticleQuery, open_store
from marsad.store.inputs import iter_inputs


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_mixed_records_are_read_or_skipped_by_reason(tmp_path: Path, gzip: bool) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), mixed_records(), gzip=gzip)
    skips: list[tuple[str, str]] = []
    errors: list[InputError] = []
    out = list(warc_inputs(path, errors.append, lambda n, r: skips.append((n, r))))
    pages = [p for _, p in out if p is not None]
    assert errors == []
    # three Arabic pages, the English page, the nav-only page and two more Arabic ones are HTML responses
    assert [p.url for p in pages] == [r.url for r in mixed_records() if r.url.startswith("https://news.test/")
                                      and r.status == "200 OK" and r.rec_type == "response"
                                      and r.content_type.startswith("text/html")]
    assert all(p.crawled == "2024-09-12T10:00:00Z" and p.published is None for p in pages)
    assert all(p.name.startswith(f"{path}@") for p in pages)
    reasons = sorted(r for _, r in skips)
    assert reasons == sorted(["warc warcinfo record", "http status 404", "warc request record", "warc dns record",
                              "warc metadata record", "robots.txt", "not html (image/png)"])


def test_ingest_counts_skips_and_keeps_url_and_crawl_date(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", mixed_records(), gzip=True)
    store = open_store(tmp_path / "s.db")
    summary = ingest_corpus(store, [path], progress=False)
    assert summary.added == 5 and summary.n_failed == 0
    assert summary.skipped["not Arabic"] == 1
    assert summary.skipped["no article text"] == 1
    assert summary.skipped["warc dns record"] == 1 and summary.skipped["http status 404"] == 1
    first = store.articles(__import__("marsad.store", fromlist=["ArticleQuery"]).ArticleQuery(limit=50)).items
    assert {a["url"] for a in first} == {r.url for r in mixed_records() if "/ar/" in r.url and r.rec_type == "response"
                                         and r.body}
    rec = store.get(first[0]["id"])
    assert rec is not None
    crawl = [c for c in rec["record"]["dates"]["candidates"] if c["origin"] == "crawl"]
    assert crawl and crawl[0]["value"] == "2024-09-12"
    store.close()


def test_truncated_warc_gz_reads_what_it_can_and_reports_one_line(tmp_path: Path) -> None:
    pages = repo_pages()
    recs = [Record(f"https://news.test/{i}", data) for i, (_, data) in enumerate(pages[:4])]
    whole = write_warc(tmp_path / "whole.warc.gz", recs, gzip=True)
    data = whole.read_bytes()
    ends = [end for end, _ in warc_inputs(whole, lambda e: None)]
    assert len(ends) == 5  # warcinfo and four pages
    # cut inside the last page's record: the first three pages are whole
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: (ends[3] + ends[4]) // 2])
    errors: list[InputError] = []
    got = [p for _, p in warc_inputs(cut, errors.append) if p is not None]
    assert [p.url for p in got] == [r.url for r in recs[:3]]
    assert len(errors) == 1
    msg = str(errors[0])
    assert msg.startswith(f"{cut}: truncated or damaged WARC after 4 records") and "\n" not in msg

    store = open_store(tmp_path / "s.db")
    lines: list[str] = []
    summary = ingest_corpus(store, [cut], progress=False, report=lines.append)
    assert summary.added == 3 and summary.failed == {"damaged archive": 1}
    assert len(lines) == 1 and lines[0] == msg
    store.close()


def test_garbage_is_one_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00garbage" * 20)
    errors: list[InputError] = []
    assert [p for _, p in warc_inputs(bad, errors.append) if p is not None] == []
    assert len(errors) == 1 and str(errors[0]).startswith(f"{bad}: truncated or damaged WARC at the first record")


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_reading_resumes_at_a_record_offset(tmp_path: Path, gzip: bool) -> None:
    pages = repo_pages()
    recs = [Record(f"https://news.test/{i}", data) for i, (_, data) in enumerate(pages[:4])]
    path = write_warc(tmp_path / ("c.warc.gz" if gzip else "c.warc"), recs, gzip=gzip)
    full = list(warc_inputs(path, lambda e: None))
    for k in range(len(full)):
        rest = list(warc_inputs(path, lambda e: pytest.fail(str(e)), start=full[k][0]))
        assert [p.url if p else None for _, p in rest] == [p.url if p else None for _, p in full[k + 1:]]


def test_store_inputs_dispatch_reads_warc_in_folders(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    write_warc(tmp_path / "d" / "a.warc.gz", [Record("https://news.test/en", ENGLISH_PAGE.encode())] +
               [Record(f"https://news.test/{i}", data) for i, (_, data) in enumerate(repo_pages()[:2])], gzip=True)
    got = list(iter_inputs([tmp_path / "d"], lambda e: pytest.fail(str(e))))
    assert [g.url for g in got] == ["https://news.test/en", "https://news.test/0", "https://news.test/1"]


def test_a_wrong_content_length_is_one_line_and_the_rest_is_read(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    pages = repo_pages()
    path = write_warc(tmp_path / "c.warc", [Record(f"https://news.test/{i}", d) for i, (_, d) in
                                            enumerate(pages[:2])], gzip=False)
    data = path.read_bytes()
    # the warcinfo record claims 10 bytes fewer than it holds
    head = data.index(b"Content-Length: ") + len(b"Content-Length: ")
    length = int(data[head:data.index(b"\r\n", head)])
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[:head] + str(length - 10).encode() + data[data.index(b"\r\n", head):])
    errors: list[InputError] = []
    got = [p.url for _, p in warc_inputs(bad, errors.append) if p is not None]
    assert got == ["https://news.test/0", "https://news.test/1"]
    assert [str(e) for e in errors] == [f"{bad}: damaged WARC: 1 records with a wrong Content-Length (read past them)"]
    assert capsys.readouterr().err == ""


def test_reprocess_keeps_the_crawl_date(tmp_path: Path) -> None:
    from marsad.store.batch import reprocess

    path = write_warc(tmp_path / "crawl.warc.gz", mixed_records(), gzip=True)
    store = open_store(tmp_path / "s.db")
    ingest_corpus(store, [path], progress=False)
    assert {r.crawled for r in store.raw_inputs()} == {"2024-09-12T10:00:00Z"}
    ids = [r["id"] for r in store.articles(ArticleQuery(limit=50)).items]
    before = {i: store.get(i)["record"] for i in ids}  # type: ignore[index]
    tally = reprocess(store, progress=False)
    assert tally.failed == 0 and tally.added == len(ids)
    after = {i: store.get(i)["record"] for i in ids}  # type: ignore[index]
    assert after == before
    for rec in after.values():
        assert [c["value"] for c in rec["dates"]["candidates"] if c["origin"] == "crawl"] == ["2024-09-12"]
    store.close()
