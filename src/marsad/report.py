"""The readable text report of an article, as `marsad analyze --format text` prints it."""

from __future__ import annotations

import textwrap
from collections import defaultdict

from marsad.article import Article


def _wrap(text: str, indent: str = "  ") -> str:
    return "\n".join(textwrap.fill(p, 100, initial_indent=indent, subsequent_indent=indent) for p in text.split("\n"))


def render(art: Article) -> str:
    out: list[str] = []
    out.append(f"# {art.title}")
    src = art.source
    out.append(f"source: {src.path or src.url or '-'}" + (f"  site: {src.site}" if src.site else ""))
    out.append(f"id: {art.id[:16]}  encoding: {art.encoding}  type: {art.media_type}")
    page, pub = art.dates.page, art.dates.publication
    if page:
        out.append(f"page date: {page.value}  ({page.origin}: {page.text})")
    if pub:
        flag = "  CONFLICT with the page date" if pub.conflict else ""
        rests = f"  (rests on: {pub.origin})" if pub.origin else ""
        out.append(f"publication date: {pub.value}  confidence {pub.confidence:.2f}{rests}{flag}")
        if pub.why:
            out.append(f"  why: {pub.why}")
        for ev in pub.evidence:
            out.append(f"  - '{ev.span.text}' [{ev.span.start}:{ev.span.end}]: {ev.why}")
    if art.dateline:
        out.append(f"dateline: {art.dateline.text}")
    if art.lead:
        out.append("\n## Lead\n" + _wrap(art.lead))
    out.append(f"\n## Body ({len(art.paragraphs)} paragraphs)")
    for i, p in enumerate(art.paragraphs, 1):
        out.append(_wrap(f"[{i}] {p.text}"))
    if art.caption:
        out.append("\n## Caption\n" + _wrap(art.caption))
    if art.photo_credit:
        out.append(f"photo credit: {art.photo_credit}")
    if art.credits:
        out.append(f"credited sources: {' | '.join(art.credits)}")
    if art.removed:
        out.append(f"removed ({len(art.removed)}): " + " | ".join(r[:40] for r in art.removed))
    if art.timexes:
        out.append(f"\n## Dates ({len(art.timexes)})")
        for t in art.timexes:
            kind = "" if t.type == "DATE" else f" {t.type}"
            out.append(f"  {t.value or '?':12} {t.granularity:9} '{t.span.text}' [{t.span.start}:{t.span.end}]{kind}")
    if art.entities:
        out.append(f"\n## Entities ({len(art.entities)}), by actor")
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for e in art.entities:
            groups[(e.actor or "-", e.canonical or e.span.text)].append(e.span.text)
        for (actor, canon), forms in sorted(groups.items()):
            uniq = sorted(set(forms), key=forms.index)
            out.append(f"  {actor:10} {canon}: {'، '.join(uniq)} ({len(forms)}x)")
    if art.quotes:
        out.append(f"\n## Quotes ({len(art.quotes)})")
        for q in art.quotes:
            who = q.speaker.canonical or q.speaker.text if q.speaker else "?"
            # relays are kept nearest the speaker first; read outward: "via paper <- agency"
            via = f" via {' <- '.join(reversed(q.relays)) if q.relays else q.via}" if (q.via or q.relays) else ""
            status = f" ({q.status})" if q.status not in ("asserted", "reported") else ""
            cue = f" [{q.cue.text}]" if q.cue else ""
            out.append(_wrap(f"- [{q.kind}] {who}{via}{cue}{status}: «{q.span.text}»"))
    if art.events:
        out.append(f"\n## Events ({len(art.events)})")
        out.append(f"  {'date':10} {'source':10} → {'target':10} {'label':42} {'code':5} {'score':>5} {'conf':>4}  "
                   f"{'status':18} relay")
        for ev_ in art.events:
            src_ = ev_.source.actor if ev_.source and ev_.source.actor else "-"
            tgt = ev_.target.actor if ev_.target and ev_.target.actor else "-"
            relay = "; ".join(f"{k} {v}" for k, v in (("reported by", ev_.reported_by), ("alleged by", ev_.alleged_by),
                                                    ("denied by", ev_.denied_by)) if v)
            g = f"{ev_.goldstein:+.1f}" if ev_.goldstein is not None else "-"
            label = ev_.label if len(ev_.label) <= 42 else ev_.label[:41] + "…"
            conf = f"{ev_.confidence:.2f}" if ev_.confidence is not None else "-"  # P(root and both actors right)
            out.append(f"  {ev_.date or '-':10} {src_:10} → {tgt:10} {label:42} {ev_.code:5} {g:>5} {conf:>4}  "
                       f"{ev_.status:18} {relay}".rstrip())
            learned = " (learned)" if ev_.method == "learned" else ""  # the opt-in learned clause models
            out.append(f"  {'':10} «{ev_.evidence.text}»{learned}")
    return "\n".join(out) + "\n"
