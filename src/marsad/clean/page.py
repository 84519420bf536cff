"""Cleaning: from the page's blocks to the article's fixed text and sections.

Steps of `clean_page`:
1. classify each block: furniture (share buttons, "تابع القراءة", subscribe
   prompts, ads), related-story lists ("اقرأ أيضا" and the headlines under it),
   the page's date header, bylines, the credited-sources line, the paper a
   source-link line names ("رابط الخبر بصحيفة …: <title>"), the title and its
   repeats, captions (a short block ending in a photo credit), body;
2. find the lead: a block the markup calls a lead, or the first content block
   when the dump joins it to the caption or title (a flattened figure or
   header) and enough body follows;
3. assemble `text` as title, lead, body paragraphs, caption, bylines (each once,
   last), joined by blank lines, with one section per part and one span per
   body paragraph;
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
    prefix: re.Pattern[str]
    outlets: frozenset[str] = frozenset()  # papers whose datelines name them before the place
    source_link: re.Pattern[str] | None = None  # "رابط الخبر بصحيفة الوئام: …", the paper's name in group 1


@cache
def lexicon() -> Lexicon:
    data = load_json("lexicon", "boilerplate.json")
    furniture = re.compile(r"^(?:" + "|".join(data["furniture"]) + r")\s*[:.!؟?]?$", re.I)
    labels = "|".join(re.escape(x) for x in data["credits_labels"])
    credits_label = re.compile(rf"^(?:{labels})\s*[:：]\s*(.*)$", re.I)
    bylines = "|".join(re.escape(x) for x in data["byline_labels"])
    byline = re.compile(rf"^(?:{bylines})\s*[:：\-–]?\s*[^\s:：]+(?:\s+[^\s:：]+){{0,4}}$")
    agencies = sorted((re.escape(a) for a in data["agencies"]), key=len, reverse=True)
    photo_labels = "|".join(re.escape(x) for x in data["photo_credit_labels"])
    # "(الصورة: غيتي)", "(رويترز)", "(Getty Images)", "- أ ف ب", "/ رويترز" at the end of a normalised line
    photo_credit = re.compile(
        rf"(?:\(\s*(?:(?:{photo_labels})\s*[:：]\s*)([^()]{{1,60}})\)|\(\s*((?:{'|'.join(agencies)})(?:\s*[/،,]\s*[^()]{{1,30}})?)\s*\)"
        rf"|[-–/]\s*((?:{'|'.join(agencies)}))\s*)\s*[.]?$",
        re.I,
    )
    agency_tail = re.compile(rf"(?:^|\s)(?:{'|'.join(agencies)})$", re.I)
    prefix = re.compile(r"^(?:" + "|".join(data["furniture_prefixes"]) + r")\s+", re.I)
    links = "|".join(re.escape(x) for x in data.get("source_link_labels", ()))
    # "رابط الخبر بصحيفة الوئام: <title>": the paper's name, up to four words, then a colon, a link or the end
    # ("ب" only glued to a paper's word or the article, so a name starting with "ب" stays whole)
    source_link = re.compile(
        rf"^(?:{links})\s+(?:ب(?=ال|صحيفه|جريده|موقع|مجله)|(?:في|علي|من)\s+)?"
        r"([^\W\d_][^\s:：]*(?:\s+[^\s:：]+){0,3}?)\s*(?:[:：]|https?://|$)", re.I) if links else None
    return Lexicon(furniture, tuple(data["related_markers"]), credits_label, byline, photo_credit, agency_tail, prefix,
                   frozenset(data.get("outlets_before_place", ())), source_link)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).strip().lower()


def _key(text: str) -> str:
    """A comparison key: normalised, without punctuation and quotes."""
    return re.sub(r"[^\w]+", " ", _norm(text)).strip()


def is_furniture(text: str) -> bool:
    n = _norm(text)
    return len(n) <= 200 and bool(lexicon().furniture.match(n))


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


def source_link_paper(text: str) -> str | None:
    """'رابط الخبر بصحيفة الوئام: <title>' -> 'صحيفة الوئام' (original text): the paper that published the story."""
    pattern = lexicon().source_link
    if pattern is None or len(text) > 300:
        return None
    from marsad.clean.normalize import NormalizedText

    view = NormalizedText.of(text)
    m = pattern.match(view.text.lower())
    if not m or re.match(r"https?$|www", m.group(1)):
        return None
    s, e = view.span(m.start(1), m.end(1))
    return text[s:e].strip() or None


def credits_of(text: str) -> list[str]:
    """'العربي - وكالات' -> ['العربي', 'وكالات']."""
    parts = re.split(r"\s+[-–—/|+]\s+|[،,؛;]\s*|\s+و(?=\S)", text.strip(" .:"))
    return [p.strip(" .:()") for p in parts if p.strip(" .:()")]


def looks_like_title(text: str) -> bool:
    return 3 <= len(text) <= 250 and len(re.findall(r"[.!?؟]\s", text + " ")) <= 2


def looks_like_headline_item(text: str) -> bool:
    """A related-story entry: short, a list bullet or no sentence end."""
    return len(text) <= 160 and (bool(re.match(r"^[-•*·▪]\s", text)) or not re.search(r"[.؟?!]\s*$", text))


DATELINE = re.compile(
    r"^\s*([\u0621-\u064a][\u0621-\u064a\s]{1,30}?)\s*"
    r"(?:\(([^()]{1,30})\)\s*[-–—:]?|[-–—/]\s*([^\-–—:.،\n]{1,30}?)\s*[:–—-]|[:\-–—])\s+"
)
WORDS = re.compile(r"\S+")


def find_dateline(text: str, start: int) -> Span | None:
    """'الرياض - واس:' / 'القاهرة (رويترز) -' / 'لندن:' / 'القاهرة- ' at the start of the first body paragraph."""
    m = DATELINE.match(text[start : start + 80])
    if not m:
        return None
    place = m.group(1).strip()
    if len(place.split()) > 3:
        return None
    agency = (m.group(2) or m.group(3) or "").strip()
    if agency and not (lexicon().agency_tail.search(_norm(agency)) or len(agency.split()) <= 3):
        return None
    end = start + len(m.group(0).rstrip())
    return Span(start, end, text[start:end])


def standalone_dateline(text: str) -> bool:
    """A block that is only 'PLACE/ AGENCY' or 'PLACE - AGENCY' (Anadolu, Sky News Arabia layouts), or
    'OUTLET – PLACE' (Saudi papers: "عين اليوم – الرياض"; with the outlet last, "طارق قمقوم – عين اليوم" is a
    byline)."""
    n = _norm(text)
    m = re.match(r"^([^\W\d_][^/\-–—()]{1,25}?)\s*(?:[/\-–—]\s*|\(\s*)([^()]{2,30}?)\s*\)?\s*[:.]?$", n)
    if not m or len(m.group(1).split()) > 2:
        return False
    first, second = m.group(1).strip(), m.group(2).strip()
    if lexicon().agency_tail.search(second):
        return True
    # (the whole first part is the outlet, "عين اليوم", and the place after it one or two words; a paper named
    # after a city, "الرياض – عكاظ", is a place and a paper either way)
    return first in lexicon().outlets and 1 <= len(second.split()) <= 2


def dated_dateline(text: str) -> str | None:
    """'جدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس' (SPA): place, date, agency. Returns the date."""
    if len(text) > 120:
        return None
    n = _norm(text)
    agency = lexicon().agency_tail.search(n)
    # (the day's number is glued to the place in about one SPA dateline in a hundred: "الدمام25 شوال …")
    first = re.match(r"^([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*\d", n)
    if not agency or not first or agency.end() != len(n):
        return None
    return parse_date_line(text)


def header_byline(text: str) -> bool:
    """'القاهرة: محمد عبده حسنين', 'أحمد يلدز |' : a short place-or-name line without a sentence in it."""
    words = WORDS.findall(text)
    return 2 <= len(words) <= 8 and bool(re.search(r"[:|]|\s[-–—ـ]+\s?|\s?[-–—ـ]+\s", text)) and not re.search(r"[.؟?!]", text)


@dataclass
class _Classified:
    block: Block
    kind: str  # title, lead, body, caption, removed, credits, date, byline, dateline, source
    extra: str | None = None


def classify(blocks: list[Block]) -> tuple[list[_Classified], list[str]]:
    """Sort the blocks into the parts of an article; the second value holds the credited sources."""
    out: list[_Classified] = []
    credits: list[str] = []
    title_key: str | None = None
    lead_keys: set[str] = set()
    in_related = False
    after_credits = False
    seen_body = False
    pending_credits_label = False
    for b in blocks:
        text = b.text.strip()
        pm = lexicon().prefix.match(text)
        if pm:  # gallery buttons glued before the line ("Next Previous …")
            out.append(_Classified(Block(pm.group(0).strip()), "removed"))
            b = Block(text[pm.end():], b.hint, b.glued)
            text = b.text.strip()
        if not text:
            continue
        if b.hint == "title" and title_key is None:
            out.append(_Classified(b, "title"))
            title_key = _key(text)
            continue
        if b.hint == "caption":
            pc = photo_credit_of(text)
            out.append(_Classified(b, "caption", pc[0] if pc else None))
            continue
        if b.hint == "lead":
            out.append(_Classified(b, "lead"))
            lead_keys.add(_key(text))
            continue
        spa = dated_dateline(text) if not seen_body else None
        if spa:
            out.append(_Classified(b, "dateline", spa))
            continue
        if b.hint == "date" or (not seen_body and (is_date_line(text) or _dated_header(text))):
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
            rest = re.split(r"[:：]", text, maxsplit=1)[1].strip() if re.search(r"[:：]", text) else ""
            if rest:
                credits.extend(credits_of(rest))
                after_credits = True
            else:
                pending_credits_label = True
            out.append(_Classified(b, "credits"))
            continue
        paper = source_link_paper(text)
        if paper:
            credits.append(paper)
            out.append(_Classified(b, "source", paper))
            continue
        if related_marker(text):
            in_related = True
            out.append(_Classified(b, "removed"))
            continue
        if is_furniture(text):
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
        key = _key(text)
        if title_key is None and looks_like_title(text):
            out.append(_Classified(b, "title"))
            title_key = key
            continue
        if key == title_key or key in lead_keys:
            out.append(_Classified(b, "removed"))
            continue
        if lexicon().byline.match(_norm(text)) and len(text) <= 60:
            out.append(_Classified(b, "byline"))
            continue
        if standalone_dateline(text):
            out.append(_Classified(b, "dateline"))
            continue
        if not seen_body and header_byline(text):
            out.append(_Classified(b, "byline"))
            continue
        pc = photo_credit_of(text)
        labelled = pc is not None and bool(re.search(r"\(\s*(?:الصورة|صورة|تصوير|الصور)\s*[:：]", text[pc[1]:]))
        if pc and len(WORDS.findall(text[: pc[1]])) >= 4 and (labelled or not SENTENCE_END.search(text[: pc[1]])):
            out.append(_Classified(b, "caption", pc[0]))
            continue
        out.append(_Classified(b, "body"))
        seen_body = True
    if not any(c.kind == "body" for c in out):
        for c in out:
            if c.kind == "caption" and c.block.hint != "caption":
                c.kind = "body"
    _mark_tail(out, credits)
    _mark_lead(out)
    return out, credits


def _dated_header(text: str) -> bool:
    """A header line holding the page date among a few other words ('أحمد يلدز |08.05.2024 - محدث : 08.05.2024')."""
    return len(text) <= 100 and parse_date_line(text) is not None and not re.search(r"[.؟?!،]\s*$", text) \
        and len(re.findall(r"[^\W\d_]{2,}", text)) <= 6


def _mark_tail(items: list[_Classified], credits: list[str]) -> None:
    """After the last paragraph: a lone agency line is a credit, a run of one-to-three-word lines is tags."""
    body = [i for i, c in enumerate(items) if c.kind == "body"]
    while body:
        c = items[body[-1]]
        text = c.block.text.strip()
        if len(body) > 1 and lexicon().agency_tail.search(_norm(text)) and len(text.split()) <= 3 \
                and lexicon().agency_tail.search(_norm(text)).start() == 0:  # type: ignore[union-attr]
            c.kind = "credits"
            credits.append(text)
        elif len(body) > 1 and len(text.split()) <= 3 and not re.search(r"[.؟?!،:]", text):
            c.kind = "removed"
        else:
            break
        body.pop()


def _mark_lead(items: list[_Classified]) -> None:
    """The lead of a dump: a standfirst between title and body, or a block glued to the caption or title."""
    if any(c.kind == "lead" for c in items):
        return
    body = [i for i, c in enumerate(items) if c.kind == "body"]
    if len(body) < 3:
        return
    first = body[0]
    block = items[first].block
    words = len(WORDS.findall(block.text))
    prev = next((items[i] for i in range(first - 1, -1, -1) if items[i].kind not in ("removed", "date", "byline", "source")), None)
    glued_to_caption = first > 0 and items[first - 1].kind in ("caption", "title") and block.glued
    nxt = items[first + 1] if first + 1 < len(items) else None
    caption_glued_after = nxt is not None and nxt.kind == "caption" and nxt.block.glued
    standfirst = (prev is not None and prev.kind == "title" and 5 <= words <= 18
                  and not re.search(r"[.؟?!:]\s*$", block.text) and items[body[1]].kind == "body")
    if ((glued_to_caption or caption_glued_after) and 8 <= words and len(block.text) <= 700) or standfirst:
        items[first].kind = "lead"


def assemble(art: Article, items: list[_Classified], credits: list[str]) -> None:
    """Fix `text`, sections and paragraphs from the classified blocks."""
    parts: list[tuple[str, str]] = []
    title = next((c.block.text.strip() for c in items if c.kind == "title"), None)
    if title:
        parts.append(("title", title))
    parts += [("lead", c.block.text.strip()) for c in items if c.kind == "lead"]
    pending_dateline = ""
    merged_dateline: str | None = None  # a dateline block joined to the paragraph after it
    for c in items:
        if c.kind == "dateline":
            pending_dateline = c.block.text.strip()
        elif c.kind == "body":
            if pending_dateline and merged_dateline is None and not any(k == "body" for k, _ in parts):
                merged_dateline = pending_dateline
            parts.append(("body", f"{pending_dateline} {c.block.text.strip()}".strip()))
            pending_dateline = ""
    parts += [("caption", c.block.text.strip()) for c in items if c.kind == "caption"]
    # who wrote and who published the story, last (like the caption, out of the reading order, so no sentence
    # of the story can take a byline's name for its subject): the names in them are the record's entities
    signed: list[str] = []
    for c in items:
        line = (c.extra or "") if c.kind == "source" else c.block.text.strip() if c.kind == "byline" else ""
        if line and _key(line) not in {_key(x) for x in signed}:
            signed.append(line)
    parts += [("byline", line) for line in signed]
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
    art.removed = [c.block.text.strip() for c in items if c.kind in ("removed", "date", "credits", "source")]
    art.removed += [c.block.text.strip() for c in items if c.kind == "title" and c.block.text.strip() != title]
    art.photo_credit = next((c.extra for c in items if c.kind == "caption" and c.extra), None) or art.meta.get(
        "photo_credit")
    bylines = [c.block.text.strip() for c in items if c.kind == "byline"]
    if bylines:
        art.meta.setdefault("byline", bylines[0])
    if paragraphs and merged_dateline:
        first = paragraphs[0].start
        art.dateline = Span(first, first + len(merged_dateline), merged_dateline)
    elif paragraphs:
        art.dateline = find_dateline(art.text, paragraphs[0].start)


def page_dates(art: Article, items: list[_Classified]) -> None:
    """Every date the page claims for itself; the header line first, then the markup."""
    cands: list[PageDate] = []
    for c in items:
        if c.kind == "date":
            cands.append(PageDate(c.extra, c.block.text.strip(), "header"))
        elif c.kind == "dateline" and c.extra:
            cands.append(PageDate(c.extra, c.block.text.strip(), "dateline"))
    for key, origin in (("ld_published", "json-ld"), ("published", "meta"), ("time", "meta"), ("date_text", "header")):
        val = art.meta.get(key)
        if val:
            cands.append(PageDate(parse_iso(val) or parse_date_line(val), val, origin))
    url = art.source.url or art.meta.get("url")
    if url:
        m = re.search(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|$|-)", url)
        if m:
            cands.append(PageDate(f"{m.group(1)}-{m.group(2)}-{m.group(3)}", m.group(0).strip("/-"), "url"))
    if art.meta.get("crawled"):  # the WARC-Date: when a crawler saw the page, so last and only a bound
        cands.append(PageDate(parse_iso(art.meta["crawled"]), art.meta["crawled"], "crawl"))
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
