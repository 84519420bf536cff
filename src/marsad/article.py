"""The article and its facts: one object flows through the pipeline.

`Article.raw` keeps the input bytes as read. Cleaning fixes `Article.text` once;
every later fact (entity, time expression, quote, event) points back into that
text by code-point offsets, so each fact can be shown with the words behind it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

SectionKind = Literal["title", "lead", "body", "caption", "byline"]


@dataclass(frozen=True)
class Span:
    """A stretch of `Article.text`: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    start: int
    end: int


@dataclass
class Source:
    path: str | None = None
    url: str | None = None
    site: str | None = None


@dataclass
class PageDate:
    """The date the page shows (header line, meta tag, JSON-LD, URL)."""

    value: str | None
    text: str
    origin: str  # "header", "meta", "json-ld", "url", "dateline", "given"


@dataclass
class DateEvidence:
    span: Span
    why: str

    def json(self) -> dict[str, Any]:
        return {**self.span.json(), "why": self.why}


@dataclass
class Publication:
    value: str | None
    confidence: float
    conflict: bool
    evidence: list[DateEvidence] = field(default_factory=list)
    origin: str = ""  # what the value rests on: "text", "page", "given", ...
    why: str = ""

    def json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "confidence": round(self.confidence, 3),
            "conflict": self.conflict,
            "origin": self.origin,
            "why": self.why,
            "evidence": [e.json() for e in self.evidence],
        }


@dataclass
class Dates:
    page: PageDate | None = None
    candidates: list[PageDate] = field(default_factory=list)  # every date the page itself claims
    publication: Publication | None = None


@dataclass
class Entity:
    span: Span
    type: str  # PER, ORG, GPE, LOC, MISC
    actor: str | None = None
    canonical: str | None = None
    entity_id: str | None = None
    origin: str = ""  # "registry", "model", "alias", ...

    def json(self) -> dict[str, Any]:
        return {
            **self.span.json(),
            "type": self.type,
            "actor": self.actor,
            "canonical": self.canonical,
            "entity_id": self.entity_id,
            "origin": self.origin,
        }


@dataclass
class Timex:
    span: Span
    value: str | None
    granularity: str  # "day", "week", "month", "year", "decade", "century", "duration", "set", "time"
    type: str = "DATE"  # TimeML TIMEX3 type: DATE, TIME, DURATION, SET
    anchor: str | None = None  # what the value was resolved against, e.g. "publication"
    mod: str | None = None  # TimeML mod: START, MID, END ("مطلع العام", "منتصف يونيو", "أواخر الشهر")

    def json(self) -> dict[str, Any]:
        out = {
            **self.span.json(),
            "value": self.value,
            "granularity": self.granularity,
            "type": self.type,
        }
        if self.mod:
            out["mod"] = self.mod
        return out


@dataclass
class Speaker:
    text: str
    canonical: str | None = None
    actor: str | None = None
    span: Span | None = None

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "canonical": self.canonical, "actor": self.actor}
        if self.span is not None:
            out["start"], out["end"] = self.span.start, self.span.end
        return out


@dataclass
class Quote:
    span: Span
    kind: str  # "direct", "fragment", "indirect"
    speaker: Speaker | None = None
    cue: Span | None = None
    via: str | None = None  # the last relay, by canonical name
    relays: list[str] = field(default_factory=list)  # the whole chain, nearest first
    status: str = "reported"

    def json(self) -> dict[str, Any]:
        return {
            **self.span.json(),
            "kind": self.kind,
            "speaker": self.speaker.json() if self.speaker else None,
            "cue": self.cue.json() if self.cue else None,
            "via": self.via,
            "relays": list(self.relays),
            "status": self.status,
        }


@dataclass
class Claim:
    """The status of a stretch of text: asserted, reported, alleged, denied..."""

    span: Span
    status: str
    cue: Span | None = None
    by: str | None = None  # actor code or canonical name of the reporter/accuser/denier
    negated: bool = False
    hedged: bool = False
    # who stands behind the clause, each an actor code when linked, else a canonical name or the words
    speaker: str | None = None  # whose words the clause is ("قالت واشنطن إن …": USA)
    reported_by: str | None = None  # the relay that carried it ("حسبما ذكرت وكالة …")
    alleged_by: str | None = None
    denied_by: str | None = None
    kind: str = "clause"  # "clause" (the article's own sentence part) or "content" (someone's words)

    def json(self) -> dict[str, Any]:
        return {
            **self.span.json(),
            "status": self.status,
            "kind": self.kind,
            "cue": self.cue.json() if self.cue else None,
            "by": self.by,
            "speaker": self.speaker,
            "reported_by": self.reported_by,
            "alleged_by": self.alleged_by,
            "denied_by": self.denied_by,
            "negated": self.negated,
            "hedged": self.hedged,
        }


@dataclass
class EventActor:
    actor: str | None
    canonical: str | None
    span: Span

    def json(self) -> dict[str, Any]:
        return {"actor": self.actor, "canonical": self.canonical, **self.span.json()}


@dataclass
class Place:
    span: Span
    country: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None

    def json(self) -> dict[str, Any]:
        return {**self.span.json(), "country": self.country, "name": self.name, "lat": self.lat, "lon": self.lon}


@dataclass
class Event:
    source: EventActor | None
    target: EventActor | None
    code: str
    root: str
    label: str
    goldstein: float | None
    quad_class: int | None
    evidence: Span
    plover_event: str | None = None
    plover_mode: str | None = None
    date: str | None = None
    place: Place | None = None
    status: str = "asserted"
    reported_by: str | None = None
    alleged_by: str | None = None
    denied_by: str | None = None
    trigger: Span | None = None
    negated: bool = False
    confidence: float | None = None  # probability that root, source and target are all right (events.confidence)
    method: str = "rules"  # "rules" (the rule coder) or "learned" (events.learned, opt-in)

    def json(self) -> dict[str, Any]:
        return {
            "source": self.source.json() if self.source else None,
            "target": self.target.json() if self.target else None,
            "code": self.code,
            "root": self.root,
            "label": self.label,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": {"event": self.plover_event, "mode": self.plover_mode},
            "date": self.date,
            "place": self.place.json() if self.place else None,
            "status": self.status,
            "reported_by": self.reported_by,
            "alleged_by": self.alleged_by,
            "denied_by": self.denied_by,
            "trigger": self.trigger.json() if self.trigger else None,
            "evidence": self.evidence.json(),
            "confidence": self.confidence,
            "method": self.method,
        }


@dataclass
class Block:
    """One block of the page before cleaning: a line of a text dump or an HTML element.

    `hint` carries what the reader already knows about the block (an HTML
    `<figcaption>` is a caption, a `<title>` the title), `glued` that it was
    joined to the previous block without a blank line.
    """

    text: str
    hint: str | None = None
    glued: bool = False


@dataclass
class Article:
    """One news article: the raw input, its clean text, and the facts found in it."""

    raw: bytes
    source: Source = field(default_factory=Source)
    encoding: str = "utf-8"
    decoded: str = ""  # the raw input decoded, before any cleaning
    media_type: str = "text/plain"  # or "text/html"
    published: str | None = None  # a publication date given by the caller (ISO 8601)

    # filled by ingest
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # what the page's markup says (title, site, dates...)

    # filled by clean; `text` is fixed from then on
    text: str = ""
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    photo_credit: str | None = None
    credits: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    dateline: Span | None = None
    dates: Dates = field(default_factory=Dates)
    language: str = "ar"

    # filled by later stages
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # free room for stage-to-stage data that is not part of the record (tokens, sentences...)
    annotations: dict[str, Any] = field(default_factory=dict)
    # the names of the stages that analysed the article, in order (set by the pipeline; the store keeps them, so
    # `marsad reprocess` analyses an article again the way it was first analysed)
    stages: list[str] = field(default_factory=list)

    @cached_property
    def id(self) -> str:
        """sha256 of the raw input bytes (computed once: the raw input never changes)."""
        return hashlib.sha256(self.raw).hexdigest()

    def span(self, start: int, end: int) -> Span:
        """A span of `text`, checked to lie inside it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        return Span(start, end, self.text[start:end])

    def section_text(self, kind: SectionKind) -> str | None:
        parts = [self.text[s.start : s.end] for s in self.sections if s.kind == kind]
        return "\n\n".join(parts) if parts else None

    def section_of(self, offset: int) -> SectionKind | None:
        for s in self.sections:
            if s.start <= offset < s.end:
                return s.kind
        return None

    @property
    def title(self) -> str:
        return self.section_text("title") or ""

    @property
    def lead(self) -> str | None:
        return self.section_text("lead")

    @property
    def caption(self) -> str | None:
        return self.section_text("caption")

    @property
    def normalized(self) -> Any:
        """The normalised view of `text` (see `marsad.clean.normalize`), built once."""
        view = self.annotations.get("normalized")
        if view is None or view.source != self.text:
            from marsad.clean.normalize import NormalizedText

            view = NormalizedText.of(self.text)
            self.annotations["normalized"] = view
        return view
