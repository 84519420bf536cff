"""A store with facts, the app over it, and a live server for the browser tests."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "store"))

from observatory_data import (  # noqa: E402
    PAGE_SIGNING_COPY,
    TOKEN,
    other_article,
    script_article,
    signing_article,
)

from marsad.server.app import create_app  # noqa: E402
from marsad.store import open_store  # noqa: E402
from marsad.store.sqlite import SQLiteStore  # noqa: E402


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    store = open_store(tmp_path_factory.mktemp("web") / "web.db")
    assert isinstance(store, SQLiteStore)
    store.add(signing_article())
    store.add(signing_article(PAGE_SIGNING_COPY, "https://other-news.test/b/2"))
    store.add(other_article())
    store.add(script_article())
    return store


@pytest.fixture(scope="session")
def app(web_store: SQLiteStore) -> Any:
    return create_app(web_store, token=TOKEN, max_request_bytes=64 * 1024)


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve `app` on a free local port in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           ws="none", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def server_url(app: Any) -> Iterator[str]:
    with running(app) as url:
        yield url


@pytest.fixture(scope="session")
def sample_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a store holding the bundled sample page, analysed by the full pipeline."""
    from marsad.store.batch import ingest

    store = open_store(tmp_path_factory.mktemp("sample") / "sample.db")
    tally = ingest(store, [ROOT / "samples" / "pages"], progress=False)
    assert tally.added == 1
    with running(create_app(store)) as url:
        yield url
