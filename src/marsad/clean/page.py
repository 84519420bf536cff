"""Cleaning: from the page's blocks to the article's fixed text and sections.

Steps of `clean_page`:
1. classify each block: furniture (share buttons, "تابع القراءة", subscribe
   prompts, ads), related-story lists ("اقرأ أيضا" and the headlines under it),
   the page's date header, bylines, the credited-sources line, the title and its
   repeats, captions (a short block ending in a photo credit), body;
2. find the lead: a block the markup calls a lead, or the first content block
   when the dump joins it to the caption or title (a flattened figure or
   header) and enough body follows;
3. assemble `text` as title, lead, body paragraphs, caption, joined by blank
   lines, with one section per part and one span per body paragraph;
4. read the dateline at the start of the body ("الرياض - واس:") and the page
   date (kept in `dates.page`);
5. list every dropped line in `removed`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.article import Article, Block, PageDate, Section, Span
from marsad.clean.normalize import normalize
from marsad.clean.pagedate import is_date_line, parse_date_line, parse_iso
from marsad.pipeline import stage
from marsad.resources import load_json

SENTENCE_END = re.compile(r"[.!?؟…:\"»”)]\s*$")


@dataclass(frozen=True)
class Lexicon:
    furniture: re.Pattern[str]
    related: tuple[str, ...]
    credits_label: re.Pattern[str]
    byline: re.Pattern[str]
    photo_credit: re.Pattern[str]
    agency_tail: re.Pattern[str]


@cache
def lexicon() -> Lexicon:
    data = load_json("lexicon", "boilerplate.json")
    furniture = re.compile(r"^(?:" + "|".join(data["furniture"]) + r")\s*[:.!؟?]?$", re.I)
    labels = "|".join(re.escape(x) for x in data["credits_labels"])
    credits_label = re.compile(rf"^(?:{labels})\s*[:：]\s*(.*)$", re.I)
    bylines = "|".join(re.escape(x) for x in data["byline_labels"])
    byline = re.compile(rf"^(?:{bylines})\s*[:：]\s*\S.{{0,60}}$")
    agencies = sorted((re.escape(a) for a in data["agencies"]), key=len, reverse=True)
    photo_labels = "|".join(re.escape(x) for x in data["photo_credit_labels"])
    # "(الصورة: غيتي)", "(رويترز)", "(Getty Images)", "- أ ف ب", "/ رويترز" at the end of a normalised line
    photo_credit = re.compile(
        rf"(?:\(\s*(?:(?:{photo_labels})\s*[:：]\s*)([^()]{{1,60}})\)|\(\s*((?:{'|'.join(agencies)})(?:\s*[/،,]\s*[^()]{{1,30}})?)\s*\)"
        rf"|[-–/]\s*((?:{'|'.join(agencies)}))\s*)\s*[.]?$",
        re.I,
    )
    agency_tail = re.compile(rf"(?:^|\s)(?:{'|'.join(agencies)})$", re.I)
    return Lexicon(furniture, tuple(data["related_markers"]), credits_label, byline, photo_credit, agency_tail)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).strip().lower()


def _key(text: str) -> str:
    """A comparison key: normalised, without punctuation and quotes."""
    return re.sub(r"[^\w]+", " ", _norm(text)).strip()


def is_furniture(text: str) -> bool:
    n = _norm(text)
    return len(n) <= 80 and bool(lexicon().furniture.match(n))


def related_marker(text: str) -> bool:
    n = _key(text)
    return len(n) <= 40 and any(n == m or n.startswith(m + " ") and len(n) <= len(m) + 12 for m in lexicon().related)


def photo_credit_of(text: str) -> tuple[str, int] | None:
    """The photo credit at the end of a caption-like line and where the credit part starts (original offsets)."""
    if len(text) > 450:
        return None
    n = normalize(text)
    m = lexicon().photo_credit.search(n.lower())
    if not m:
        return None
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    # normalisation only deletes or maps one-to-one; recover original text by index mapping
    from marsad.clean.normalize import NormalizedText

    view = NormalizedText.of(text)
    s, e = view.span(m.start(group), m.end(group))
    cs, _ = view.span(m.start(), m.end())
    credit = text[s:e].strip(" /،,")
    return credit, cs


def credits_of(text: str) -> list[str]:
    """'العربي - وكالات' -> ['العربي', 'وكالات']."""
    parts = re.split(r"\s+[-–—/|+]\s+|[،,؛;]\s*|\s+و(?=\S)", text.strip(" .:"))
    return [p.strip(" .:()") for p in parts if p.strip(" .:()")]


def looks_like_title(text: str) -> bool:
    return 3 <= len(text) <= 250 and len(re.findall(r"[.!?؟]\s", text + " ")) <= 2


def looks_like_headline_item(text: str) -> bool:
    """A related-story entry: short, no sentence end."""
    return len(text) <= 160 and not re.search(r"[.؟?!]\s*$", text)


DATELINE = re.compile(
    r"^\s*([\u0621-\u064a][\u0621-\u064a\s]{1,30}?)\s*"
    r"(?:\(([^()]{1,30})\)\s*[-–—:]?|[-–—]\s*([^\-–—:.،\n]{1,30}?)\s*[:–—-]|:)\s+"
)


def find_dateline(text: str, start: int) -> Span | None:
    """'الرياض - واس:' / 'القاهرة (رويترز) -' / 'لندن:' at the start of the first body paragraph."""
    m = DATELINE.match(text[start : start + 80])
    if not m:
        return None
    place = m.group(1).strip()
    if len(place.split()) > 3:
        return None
    agency = (m.group(2) or m.group(3) or "").strip()
    if not agency and not m.group(0).rstrip().endswith(":"):
        return None
    if agency and not (lexicon().agency_tail.search(_norm(agency)) or len(agency.split()) <= 3):
        return None
    end = start + len(m.group(0).rstrip())
    return Span(start, end, text[start:end])


@dataclass
class _Classified:
    block: Block
    kind: str  # title, lead, body, caption, removed, credits, date, byline
    extra: str | None = None


def classify(blocks: list[Block]) -> tuple[list[_Classified], list[str]]:
    """Sort the blocks into the parts of an article; the second value holds the credited sources."""
    out: list[_Classified] = []
    credits: list[str] = []
    title_key: str | None = None
    in_related = False
    after_credits = False
    seen_body = False
    pending_credits_label = False
    for b in blocks:
        text = b.text.strip()
        if not text:
            continue
        if b.hint == "title" and title_key is None:
            out.append(_Classified(b, "title"))
            title_key = _key(text)
            continue
        if b.hint in ("lead", "caption"):
            kind = b.hint
            if kind == "caption":
                pc = photo_credit_of(text)
                out.append(_Classified(b, "caption", pc[0] if pc else None))
            else:
                out.append(_Classified(b, "lead"))
            continue
        if b.hint == "date" or (not seen_body and is_date_line(text)):
            out.append(_Classified(b, "date", parse_date_line(text)))
            continue
        if pending_credits_label:
            pending_credits_label = False
            if len(text) <= 120:
                credits.extend(credits_of(text))
                out.append(_Classified(b, "credits"))
                after_credits = True
                continue
        cm = lexicon().credits_label.match(_norm(text))
        if cm and len(text) <= 160:
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if rest:
                credits.extend(credits_of(rest))
                after_credits = True
            else:
                pending_credits_label = True
            out.append(_Classified(b, "credits"))
            continue
        if is_furniture(text):
            out.append(_Classified(b, "removed"))
            continue
        if related_marker(text):
            in_related = True
            out.append(_Classified(b, "removed"))
            continue
        if in_related:
            if looks_like_headline_item(text):
                out.append(_Classified(b, "removed"))
                continue
            in_related = False
        if after_credits and seen_body:
            out.append(_Classified(b, "removed"))
            continue
        if lexicon().byline.match(_norm(text)):
            out.append(_Classified(b, "byline"))
            continue
        key = _key(text)
        if title_key is None and looks_like_title(text):
            out.append(_Classified(b, "title"))
            title_key = key
            continue
        if title_key is not None and key == title_key:
            out.append(_Classified(b, "removed"))
            continue
        pc = photo_credit_of(text)
        if pc and (not SENTENCE_END.search(text[: pc[1]]) or len(text) < 300):
            out.append(_Classified(b, "caption", pc[0]))
            continue
        out.append(_Classified(b, "body"))
        seen_body = True
    _mark_lead(out)
    return out, credits


def _mark_lead(items: list[_Classified]) -> None:
    """The lead of a dump: the first content block, glued to a caption or the title, with body after it."""
    if any(c.kind == "lead" for c in items):
        return
    body = [i for i, c in enumerate(items) if c.kind == "body"]
    if len(body) < 3:
        return
    first = body[0]
    prev = items[first - 1] if first > 0 else None
    glued_to_caption = prev is not None and prev.kind in ("caption", "title") and items[first].block.glued
    nxt = items[first + 1] if first + 1 < len(items) else None
    caption_glued_after = nxt is not None and nxt.kind == "caption" and nxt.block.glued
    if (glued_to_caption or caption_glued_after) and len(items[first].block.text) <= 700:
        items[first].kind = "lead"


def assemble(art: Article, items: list[_Classified], credits: list[str]) -> None:
    """Fix `text`, sections and paragraphs from the classified blocks."""
    parts: list[tuple[str, str]] = []
    title = next((c.block.text.strip() for c in items if c.kind == "title"), None)
    if title:
        parts.append(("title", title))
    parts += [("lead", c.block.text.strip()) for c in items if c.kind == "lead"]
    parts += [("body", c.block.text.strip()) for c in items if c.kind == "body"]
    parts += [("caption", c.block.text.strip()) for c in items if c.kind == "caption"]
    text_parts: list[str] = []
    pos = 0
    sections: list[Section] = []
    paragraphs: list[Span] = []
    for kind, chunk in parts:
        if text_parts:
            pos += 2
        start, end = pos, pos + len(chunk)
        text_parts.append(chunk)
        pos = end
        if sections and sections[-1].kind == kind == "body":
            sections[-1] = Section("body", sections[-1].start, end)
        else:
            sections.append(Section(kind, start, end))  # type: ignore[arg-type]
        if kind == "body":
            paragraphs.append(Span(start, end, chunk))
    art.text = "\n\n".join(text_parts)
    art.sections = sections
    art.paragraphs = paragraphs
    art.credits = credits
    art.removed = [c.block.text.strip() for c in items if c.kind in ("removed", "date", "credits")]
    art.removed += [c.block.text.strip() for c in items if c.kind == "title" and c.block.text.strip() != title]
    art.photo_credit = next((c.extra for c in items if c.kind == "caption" and c.extra), None)
    bylines = [c.block.text.strip() for c in items if c.kind == "byline"]
    if bylines:
        art.meta.setdefault("byline", bylines[0])
    if paragraphs:
        art.dateline = find_dateline(art.text, paragraphs[0].start)


def page_dates(art: Article, items: list[_Classified]) -> None:
    """Every date the page claims for itself; the header line first, then the markup."""
    cands: list[PageDate] = []
    for c in items:
        if c.kind == "date":
            cands.append(PageDate(c.extra, c.block.text.strip(), "header"))
    for key, origin in (("ld_published", "json-ld"), ("published", "meta"), ("time", "meta"), ("date_text", "header")):
        val = art.meta.get(key)
        if val:
            cands.append(PageDate(parse_iso(val) or parse_date_line(val), val, origin))
    url = art.source.url or art.meta.get("url")
    if url:
        m = re.search(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|$|-)", url)
        if m:
            cands.append(PageDate(f"{m.group(1)}-{m.group(2)}-{m.group(3)}", m.group(0).strip("/-"), "url"))
    art.dates.candidates = [c for c in cands if c.value]
    art.dates.page = art.dates.candidates[0] if art.dates.candidates else None


@stage("clean", requires={"blocks"}, assigns={"text", "sections", "paragraphs", "title", "lead", "caption",
                                               "credits", "removed", "dates.page"})
def clean_page(art: Article) -> None:
    items, credits = classify(art.blocks)
    if not any(c.kind == "body" for c in items) and any(c.kind == "lead" for c in items):
        for c in items:
            if c.kind == "lead":
                c.kind = "body"
    assemble(art, items, credits)
    page_dates(art, items)
