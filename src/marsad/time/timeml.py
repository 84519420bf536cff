"""An article as TimeML: TIMEX3 tags inline over `art.text`, the publication date as DCT.

The document creation time is the date given with `--published`, else the
estimated publication date; relative expressions are marked
`temporalFunction="true"` and anchored to it (`anchorTimeID="t0"`), so the
output can be compared with TimeML-annotated corpora.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from marsad.article import Article

ABSOLUTE = {"year", "decade", "century"}


def _dct(art: Article) -> str | None:
    if art.published:
        return art.published[:10]
    pub = art.dates.publication
    return pub.value if pub else None


def to_timeml(art: Article) -> str:
    """The TimeML document of an article (well-formed XML, TEXT equal to `art.text` once tags are stripped)."""
    dct = _dct(art)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{escape(art.id[:16])}</DOCID>"]
    if dct:
        out.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
                   f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>')
    body: list[str] = []
    pos = 0
    n = 0
    for t in sorted(art.timexes, key=lambda x: (x.span.start, -x.span.end)):
        if t.span.start < pos:
            continue  # TIMEX3 tags do not nest
        n += 1
        body.append(escape(art.text[pos:t.span.start]))
        attrs = [f'tid="t{n}"', f"type={quoteattr(t.type)}", f"value={quoteattr(t.value or '')}"]
        if t.mod:
            attrs.append(f"mod={quoteattr(t.mod)}")
        relative = t.anchor == "publication" and t.granularity not in ABSOLUTE and t.type != "SET"
        attrs.append(f'temporalFunction="{"true" if relative else "false"}"')
        if relative and dct:
            attrs.append('anchorTimeID="t0"')
        body.append(f"<TIMEX3 {' '.join(attrs)}>{escape(t.span.text)}</TIMEX3>")
        pos = t.span.end
    body.append(escape(art.text[pos:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"
