"""The HTTP API: endpoints, validation, read-only by default, limits, untrusted text, static files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from observatory_data import SCRIPT, TOKEN, script_article, signing_article

from marsad.server.app import STATIC, create_app
from marsad.store import open_store


@pytest.fixture(scope="module")
def client(app: Any) -> TestClient:
    return TestClient(app)


def test_stats_and_articles(client: TestClient) -> None:
    assert client.get("/api/stats").json()["articles"] == 4
    page = client.get("/api/articles", params={"limit": 2}).json()
    assert page["total"] == 4 and len(page["items"]) == 2


def test_article_record_and_story(client: TestClient) -> None:
    art = signing_article()
    got = client.get(f"/api/articles/{art.id}").json()
    assert got["record"]["id"] == art.id
    assert len(got["record"]["events"]) == 2
    assert len(got["story"]["others"]) == 1


def test_unknown_article_is_404(client: TestClient) -> None:
    assert client.get("/api/articles/" + "0" * 64).status_code == 404


def test_search_endpoint(client: TestClient) -> None:
    page = client.get("/api/search", params={"q": "بوتين", "actor": "PRK"}).json()
    assert page["total"] == 2
    assert page["items"][0]["snippet"]["hits"]


@pytest.mark.parametrize("q", ['" OR 1=1 --', "NEAR(", "*", "'; DROP TABLE article; --", "(((", '"'])
def test_injected_search_is_a_string(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    assert r.json()["total"] == 0
    assert client.get("/api/stats").json()["articles"] == 4


@pytest.mark.parametrize(("path", "params"), [
    ("/api/articles", {"since": "yesterday"}),
    ("/api/articles", {"limit": 0}),
    ("/api/articles", {"limit": 100000}),
    ("/api/articles", {"offset": -1}),
    ("/api/articles", {"actor": "RUS' OR '1'='1"}),
    ("/api/articles", {"status": "bogus"}),
    ("/api/articles", {"q": "x" * 501}),
    ("/api/search", {}),
    ("/api/events", {"code": "1;2"}),
    ("/api/dyads", {"a": "RUS"}),
    ("/api/articles/not-an-id", {}),
    ("/api/actors/RUS%25", {}),
])
def test_bad_parameters_are_422(client: TestClient, path: str, params: dict[str, Any]) -> None:
    r = client.get(path, params=params)
    assert r.status_code in (404, 422)
    assert r.status_code != 500


def test_events_merged_with_evidence(client: TestClient) -> None:
    page = client.get("/api/events", params={"source": "rus", "target": "prk"}).json()
    assert page["total"] == 1
    ev = page["items"][0]
    assert ev["n_articles"] == 2 and ev["n_sources"] == 2 and len(ev["evidence"]) == 2


def test_actor_and_dyad(client: TestClient) -> None:
    actor = client.get("/api/actors/RUSGOV").json()
    assert actor["names"][0]["canonical"] == "Vladimir Putin"
    assert actor["timeline"][0]["date"] == "2024-06-19"
    assert client.get("/api/actors/CHN").status_code == 404
    dyad = client.get("/api/dyads", params={"a": "RUS", "b": "PRK"}).json()
    assert dyad["a_to_b"][0]["n_events"] == 1 and dyad["b_to_a"] == []
    assert dyad["events"]["items"][0]["code"] == "057"
    assert client.get("/api/actors").json()["total"] >= 4
    assert client.get("/api/stories").json()["total"] == 1


def test_script_in_article_stays_text_in_json(client: TestClient) -> None:
    art = script_article()
    r = client.get(f"/api/articles/{art.id}")
    assert r.headers["content-type"].startswith("application/json")
    assert SCRIPT in r.json()["record"]["text"]
    assert r.json()["record"]["entities"][0]["text"] == SCRIPT
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_api_is_read_only_without_a_token(tmp_path: Path) -> None:
    c = TestClient(create_app(open_store(tmp_path / "ro.db")))
    r = c.post("/api/articles", json={"page": "عنوان\n\nنص عربي عن الرياض وجدة ومكة المكرمة والمدينة المنورة"})
    assert r.status_code == 403
    assert c.get("/api/stats").json()["articles"] == 0


def test_post_needs_the_right_token(tmp_path: Path) -> None:
    c = TestClient(create_app(open_store(tmp_path / "w.db"), token=TOKEN, max_request_bytes=4096))
    body = {"page": "عنوان الخبر هنا\n\nنص عربي عن الرياض وجدة ومكة المكرمة والمدينة المنورة اليوم", "published": "2024-01-02"}
    assert c.post("/api/articles", json=body).status_code == 401
    assert c.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201 and r.json()["added"] is True
    again = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["added"] is False
    assert c.get(f"/api/articles/{r.json()['id']}").json()["published"] == "2024-01-02"
    bad = c.post("/api/articles", json={"page": "hello world"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422
    big = c.post("/api/articles", json={"page": "ا" * 5000}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert big.status_code == 413


def test_page_and_docs_are_served(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and 'dir="rtl"' in r.text
    assert client.get("/docs").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/api/search"]


def test_static_files_are_offline_and_never_parse_data_as_html() -> None:
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8")
        urls = [u for u in re.findall(r"https?://[^\s\"')]+", text) if u != "http://www.w3.org/2000/svg"]
        assert urls == [], f"{path.name} loads from the network: {urls}"
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in text, f"{path.name} uses {sink}"


def test_marsad_serve_prints_its_url_and_serves(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "serve.db"
    open_store(db).add(script_article())
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", str(db), "--port", str(port)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in line and "1 articles" in line
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
            assert b'dir="rtl"' in r.read()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr is not None:
            proc.stderr.close()


def test_body_limit_counts_chunked_bodies_without_a_length() -> None:
    import asyncio

    from marsad.server.app import BodyLimit

    seen: list[bytes] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        message = await receive()
        seen.append(message["body"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def run(chunks: list[bytes]) -> int:
        queue = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return queue.pop(0)

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await BodyLimit(app, max_bytes=10)({"type": "http", "method": "POST", "headers": []}, receive, send)
        return int(sent[0]["status"])

    assert asyncio.run(run([b"12345", b"678"])) == 200
    assert seen == [b"12345678"]
    assert asyncio.run(run([b"12345", b"67890", b"1"])) == 413
    assert len(seen) == 1  # the app never saw the oversized body


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/docs", "/static/app.js", "/api/stats", "/api/articles/" + "0" * 64):
        headers = client.get(path).headers
        assert headers["content-security-policy"].startswith("default-src 'self'")
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
