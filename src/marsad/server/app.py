"""The HTTP API and the web page over one store (`marsad serve`).

Read endpoints live under `/api/`; `/` serves the web page (plain files from
`marsad/web/static`, no CDN), `/docs` a page that renders `/openapi.json`
with the same offline assets.

Safety:
- the API is read-only unless a token is configured (`--token`, or the
  `MARSAD_TOKEN` variable); `POST /api/articles` then needs
  `Authorization: Bearer TOKEN`, compared in constant time;
- request bodies over `max_request_bytes` are refused with 413 before the app
  reads them; every query parameter has a type, a pattern or a range, and
  limits on its length;
- the store binds every user value as an SQL parameter, and search text
  reaches FTS5 only as quoted words (`marsad.store.search`);
- every response carries a Content-Security-Policy that allows scripts and
  styles from the server itself only, so text from an article can never run
  as code in the page even if a bug put it in markup.
"""

from __future__ import annotations

import hmac
import os
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from marsad import __version__
from marsad.config import default
from marsad.errors import InputError
from marsad.ingest.encoding import encode_text
from marsad.store import ArticleQuery, EventQuery, RawInput, Store, open_store

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
ID_PATTERN = r"^[0-9a-f]{64}$"
CODE_PATTERN = r"^[A-Za-z0-9]{1,15}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
SITE_PATTERN = r"^[A-Za-z0-9.\-]{1,200}$"
Status = Literal["asserted", "reported", "alleged", "denied", "alleged-and-denied", "background"]
MAX_OFFSET = 1_000_000

Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Code = Annotated[str | None, Query(pattern=CODE_PATTERN, max_length=15)]
Date = Annotated[str | None, Query(pattern=DATE_PATTERN, max_length=10)]
Site = Annotated[str | None, Query(pattern=SITE_PATTERN, max_length=200)]
Text = Annotated[str | None, Query(max_length=500)]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """ASGI middleware: refuse request bodies larger than `max_bytes` with 413, before the app sees them."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        await JSONResponse({"detail": f"request body larger than {self.max_bytes} bytes"}, status_code=413)(
            {"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


class SecurityHeaders:
    """ASGI middleware: the same protective headers on every response."""

    HEADERS = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class NewArticle(BaseModel):
    """A page to analyse and store."""

    page: str = Field(min_length=1, description="the page: HTML or a plain-text dump")
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, pattern=DATE_PATTERN, description="publication date, YYYY-MM-DD")


def create_app(store: Store, *, token: str | None = None, max_request_bytes: int | None = None) -> Any:
    """The ASGI application: API, web page and offline API docs over `store`."""
    limit = int(max_request_bytes if max_request_bytes is not None else default("max_request_bytes"))  # type: ignore[call-overload]
    app = FastAPI(
        title="marsad observatory",
        version=__version__,
        description="Read-only API over analysed Arabic news articles: records, actors, merged events, dyads, "
                    "search. Writes (POST /api/articles) need a configured token.",
        docs_url=None,  # FastAPI's own docs page loads scripts from a CDN; /docs serves an offline one
        redoc_url=None,
    )

    def require_token(request: Request) -> None:
        if not token:
            raise HTTPException(403, "the API is read-only: start the server with a token (MARSAD_TOKEN) to allow writes")
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise HTTPException(401, "a valid token is required", headers={"WWW-Authenticate": "Bearer"})

    @app.get("/api/stats", tags=["store"], summary="Counts of articles, stories, facts and sites")
    def stats() -> dict[str, Any]:
        return store.stats()

    @app.get("/api/articles", tags=["articles"], summary="Articles, newest first, or by relevance with q")
    def articles(q: Text = None, actor: Code = None, code: Code = None, since: Date = None, until: Date = None,
                 status: Status | None = None, site: Site = None,
                 story: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
                 limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        return store.articles(ArticleQuery(q=q, actor=actor, code=code, since=since, until=until, status=status,
                                           site=site, story=story, limit=limit, offset=offset)).json()

    @app.get("/api/search", tags=["articles"],
             summary="Arabic full-text search: ignores diacritics and letter variants, finds stems and plurals")
    def search(q: Annotated[str, Query(min_length=1, max_length=500)], actor: Code = None, code: Code = None,
               since: Date = None, until: Date = None, status: Status | None = None, site: Site = None,
               story: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
               limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        return store.articles(ArticleQuery(q=q, actor=actor, code=code, since=since, until=until, status=status,
                                           site=site, story=story, limit=limit, offset=offset)).json()

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article's record and its story")
    def article(article_id: Annotated[str, PathParam(pattern=ID_PATTERN)]) -> dict[str, Any]:
        found = store.get(article_id)
        if found is None:
            raise HTTPException(404, "no such article")
        return found

    @app.post("/api/articles", tags=["articles"], status_code=201, dependencies=[Depends(require_token)],
              summary="Analyse a page and store it (needs the token)")
    def add_article(body: NewArticle) -> dict[str, Any]:
        from marsad.store.batch import analyse_input

        item = RawInput("<api>", encode_text(body.page), body.published, body.url)
        try:
            art = analyse_input(item)
        except InputError as err:
            raise HTTPException(422, err.reason) from None
        added = store.add(art, item)
        return {"id": art.id, "added": added, "title": art.title}

    @app.get("/api/actors", tags=["actors"], summary="Actors by number of articles")
    def actors(q: Annotated[str | None, Query(max_length=100)] = None, limit: Limit = 50,
               offset: Offset = 0) -> dict[str, Any]:
        return store.actors(q, limit, offset).json()

    @app.get("/api/actors/{code}", tags=["actors"], summary="One actor (code or prefix): names, partners, timeline")
    def actor(code: Annotated[str, PathParam(pattern=CODE_PATTERN)], since: Date = None,
              until: Date = None) -> dict[str, Any]:
        found = store.actor(code.upper())
        if found is None:
            raise HTTPException(404, "no such actor in the store")
        found["timeline"] = store.timeline(EventQuery(actor=code.upper(), since=since, until=until))
        return found

    @app.get("/api/events", tags=["events"],
             summary="Events merged across articles, with their articles, sources and evidence")
    def events(actor: Code = None, source: Code = None, target: Code = None, code: Code = None,
               since: Date = None, until: Date = None, status: Status | None = None, site: Site = None,
               article: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
               min_confidence: Annotated[float | None, Query(ge=0, le=1, description=(
                   "only events whose confidence (probability that root and both actors are right) is at least this"
               ))] = None,
               method: Annotated[Literal["rules", "learned"] | None, Query(description=(
                   "only reports coded by the rules or by the opt-in learned events (marsad ingest --learned-events)"
               ))] = None,
               limit: Annotated[int, Query(ge=1, le=200)] = 50, offset: Offset = 0) -> dict[str, Any]:
        query = EventQuery(actor=_up(actor), source=_up(source), target=_up(target), code=code, since=since,
                           until=until, status=status, site=site, article=article, min_confidence=min_confidence,
                           method=method, limit=limit, offset=offset)
        return store.events(query).json()

    @app.get("/api/dyads", tags=["events"], summary="Two actors' events in both directions, over time")
    def dyad(a: Annotated[str, Query(pattern=CODE_PATTERN)], b: Annotated[str, Query(pattern=CODE_PATTERN)],
             since: Date = None, until: Date = None, limit: Annotated[int, Query(ge=1, le=200)] = 50,
             offset: Offset = 0) -> dict[str, Any]:
        pair = (a.upper(), b.upper())
        out: dict[str, Any] = {"a": pair[0], "b": pair[1]}
        for name, q in (("a_to_b", EventQuery(source=pair[0], target=pair[1], since=since, until=until)),
                        ("b_to_a", EventQuery(source=pair[1], target=pair[0], since=since, until=until))):
            out[name] = store.timeline(q)
        out["events"] = store.events(EventQuery(dyad=pair, since=since, until=until, limit=limit,
                                                offset=offset)).json()
        return out

    @app.get("/api/stories", tags=["articles"], summary="Stories: near-duplicate articles grouped, largest first")
    def stories(limit: Limit = 20, offset: Offset = 0,
                min_size: Annotated[int, Query(ge=1, le=1000)] = 2) -> dict[str, Any]:
        return store.stories(limit, offset, min_size).json()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return SecurityHeaders(BodyLimit(app, limit))


def _up(code: str | None) -> str | None:
    return code.upper() if code else None


def serve(db: str, host: str, port: int, token: str | None = None) -> int:
    """Run the server until interrupted; prints the URL to open."""
    import uvicorn

    token = token or os.environ.get("MARSAD_TOKEN") or None
    store = open_store(db)
    count = store.count()
    app = create_app(store, token=token)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    print(f"marsad: serving {db} ({count} articles) at http://{shown}:{port}/  (API docs: /docs; Ctrl-C stops)",
          file=sys.stderr, flush=True)
    if count == 0:
        print("marsad: the store is empty; add articles with `marsad ingest PATH...`", file=sys.stderr)
    if token:
        print("marsad: writes allowed with the token (POST /api/articles)", file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    except OSError as err:
        print(f"marsad: cannot listen on {host}:{port} ({err.strerror or err})", file=sys.stderr)
        return 1
    return 0
