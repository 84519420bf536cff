"""Inputs for corpus tests, built here: WARC files (written with warcio), feeds, a fake fetcher, pages.

The Arabic pages are the repository's own test pages (tests/pages) as HTML,
plus synthetic articles made of everyday news words, so the tests need
nothing outside the repository.
"""

from __future__ import annotations

import html
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

from marsad.ingest.fetch import Fetched, FetchError

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "pages"

WORDS = ("أعلنت الحكومة اليوم عن خطة جديدة لتطوير الطرق والمدارس والمستشفيات في عدد من المحافظات "
         "وقال الوزير إن المشروع يهدف إلى تحسين الخدمات للمواطنين وتوفير فرص عمل للشباب خلال العام المقبل "
         "وأضاف أن الميزانية تشمل دعم الزراعة والمياه والسياحة والتعليم والصحة والنقل والطاقة "
         "وناقش المجلس القرار في جلسة طويلة حضرها النواب وممثلو الشركات والجامعات والبلديات").split()
ENGLISH_PAGE = ("<!doctype html><html><head><title>Markets rally as rates hold</title></head><body><article>"
                "<h1>Markets rally as rates hold</h1>" + "<p>Stocks rose on Tuesday after the central bank held"
                " interest rates steady, and traders said the outlook had improved for the quarter.</p>" * 6 +
                "</article></body></html>")


def synthetic_article(i: int, seed: int = 3) -> tuple[str, str]:
    """(title, body) of a distinct synthetic Arabic article."""
    rng = random.Random(seed * 100_003 + i)
    title = " ".join(rng.choices(WORDS, k=8))
    paras = [" ".join(rng.choices(WORDS, k=40)) + "." for _ in range(4)]
    return title, "\n".join(paras)


def synthetic_objects(n: int, seed: int = 3) -> list[dict[str, str]]:
    out = []
    for i in range(n):
        title, body = synthetic_article(i, seed)
        out.append({"url": f"https://news.test/{seed}/{i}", "date_extracted": "2015-07-21 10:00:00",
                    "title": title, "content": body})
    return out


def write_jsonl(path: Path, objects: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    return path


def as_html(title: str, body: str) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body><article><h1>{html.escape(title)}</h1>{paras}</article></body></html>")


def repo_pages() -> list[tuple[str, bytes]]:
    """(name, HTML bytes) of the repository's test pages: HTML ones as they are, text dumps wrapped in HTML."""
    out = []
    for f in sorted(PAGES.glob("*-style.*")):
        if f.suffix == ".html":
            out.append((f.name, f.read_bytes()))
        elif f.suffix == ".txt":
            lines = [line for line in f.read_text(encoding="utf-8").split("\n") if line.strip()]
            out.append((f.name, as_html(lines[0], "\n".join(lines[1:])).encode("utf-8")))
    return out


@dataclass
class Record:
    """One WARC record to write: a response (status, type, body), or another record type."""

    url: str
    body: bytes
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    rec_type: str = "response"
    date: str = "2024-09-12T10:00:00Z"


def write_warc(path: Path, records: list[Record], *, gzip: bool) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "marsad tests"}))
        for r in records:
            headers = {"WARC-Date": r.date}
            if r.rec_type == "response" and not r.url.startswith("dns:"):
                hh = StatusAndHeaders(r.status, [("Content-Type", r.content_type)], protocol="HTTP/1.1")
                rec = w.create_warc_record(r.url, "response", payload=io.BytesIO(r.body), length=len(r.body), http_headers=hh,
                                           warc_headers_dict=headers)
            elif r.url.startswith("dns:"):
                rec = w.create_warc_record(r.url, "response", payload=io.BytesIO(r.body), length=len(r.body),
                                           warc_content_type="text/dns", warc_headers_dict=headers)
            elif r.rec_type == "request":
                hh = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.test")], is_http_request=True)
                rec = w.create_warc_record(r.url, "request", payload=io.BytesIO(b""), length=0, http_headers=hh,
                                           warc_headers_dict=headers)
            else:
                rec = w.create_warc_record(r.url, r.rec_type, payload=io.BytesIO(r.body), length=len(r.body),
                                           warc_content_type="application/warc-fields", warc_headers_dict=headers)
            w.write_record(rec)
    return path


def mixed_records() -> list[Record]:
    """Arabic article pages among every kind of record a crawl holds that is not an article."""
    pages = repo_pages()
    recs = [Record(f"https://news.test/ar/{name}", data) for name, data in pages[:3]]
    recs += [
        Record("https://news.test/en/markets", ENGLISH_PAGE.encode()),
        Record("https://news.test/gone", b"<html><body>not found</body></html>", status="404 Not Found"),
        Record("https://news.test/ar/x", b"", rec_type="request"),
        Record("dns:news.test", b"20240912100000\nnews.test. 300 IN A 192.0.2.1\n"),
        Record("https://news.test/ar/x", b"fetchTimeMs: 120\n", rec_type="metadata"),
        Record("https://news.test/robots.txt", b"User-agent: *\nDisallow:\n", content_type="text/plain"),
        Record("https://news.test/logo.png", b"\x89PNG....", content_type="image/png"),
        Record("https://news.test/empty", b"<html><body><script>var page = 1;</script></body></html>"),
    ]
    recs += [Record(f"https://news.test/ar/{name}#2", data) for name, data in pages[3:5]]
    return recs


class FakeFetcher:
    """A `Fetcher` over a dict: URL -> (status, content type, body); anything else fails like a dead host."""

    def __init__(self, pages: dict[str, tuple[int, str, bytes]]):
        self.pages = pages
        self.calls: list[str] = []

    def fetch(self, url: str) -> Fetched:
        self.calls.append(url)
        if url not in self.pages:
            raise FetchError(url, "name or service not known")
        status, ctype, body = self.pages[url]
        return Fetched(url, status, ctype, body)
