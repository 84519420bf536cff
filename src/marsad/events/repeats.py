"""One event per deed: the repeats dropped once every sentence is coded.

`_dedup`: a title or lead event the body tells again (a quoted headline stays), a headline statement whose
speaker the body tells of (round 17c) and, in one sentence, one event per code and pair of actors;
`_drop_nominal_repeats`: a noun naming a deed the same actor was already told doing (another partner makes
another meeting; the repeat that names a target replaces the bare one); `_drop_message_contents`: the
expression a message carries ("بعث برقية… وأعرب فيها"); `_drop_quoted_repeats`: the actor's own quoted words
repeating a deed already told; `_drop_said_on`: "…، وقال:" after an act of the same speaker in its sentence.
"""

from __future__ import annotations

from marsad.article import Article
from marsad.events import switches
from marsad.events.draft import Draft
from marsad.events.kinds import _same_actor
from marsad.events.references import _covering

MESSAGES = frozenset({"بعث", "أرسل"})
EXPRESSIONS = frozenset({"أعرب", "عبّر"})


def _dedup(drafts: list[Draft]) -> list[Draft]:
    """One event per deed: repeats of a body event in the title or lead go, and so do same-trigger repeats."""
    def key(d: Draft) -> tuple[str, str, str]:
        return (d.source.head.country if d.source else "", d.target.head.country if d.target else "", d.root)

    body = {key(d) for d in drafts if d.sent.section == "body"}
    body_loose = {(k[0], k[2]) for k in body}
    body_sources = {k[0] for k in body if k[0]}
    out: list[Draft] = []
    seen: set[tuple[int, int | str, str, str]] = set()
    for d in drafts:
        k0 = key(d)
        if d.sent.section in ("title", "lead") and (k0 in body or (k0[0], k0[2]) in body_loose) \
                and not d.extra.get("headline_quote"):
            continue  # the headline or lead repeats a deed the body tells (a quoted headline is its own statement)
        if switches.HEADLINE_STATEMENT and d.sent.section == "title" and d.code == "010" \
                and not d.extra.get("headline_quote") and k0[0] in body_sources:
            continue  # "الجيش النيجيري يعلن عن تحرير 12 رهينة…": the body tells what the headline's speaker made known
        # one sentence telling the same deed twice ("وجرى خلال الاستقبال استعراض العلاقات… وبحث آفاق التعاون")
        k = (d.sent.index, d.code if switches.SENTENCE_REPEAT else d.i, d.source.head.code if d.source else "",
             d.target.head.code if d.target else "")
        if k in seen:
            continue
        seen.add(k)
        out.append(d)
    return out


def _drop_nominal_repeats(drafts: list[Draft]) -> list[Draft]:
    """A noun naming a deed already told ("زيارة أوباما" after "زار أوباما كينيا") is a reference, not a
    second deed."""
    out: list[Draft] = []
    seen: set[tuple[str, str]] = set()
    seen_root: set[tuple[str, str, int]] = set()
    partners: dict[tuple[str, str], list[str | None]] = {}
    for d in drafts:
        # a visit and a meeting told in two sentences are two deeds; in one ("التقى … خلال زيارة") one frames the other
        key = (d.source.head.code if d.source else "", d.code)
        repeat = d.an.tense == "noun" and not d.embedded and (
            (key[0], d.root, d.sent.index) in seen_root or key in seen)
        if repeat and switches.OTHER_PARTNER and d.an.trigger.roles.get("sym") and d.target is not None and partners.get(key) \
                and not any(p is None or _same_actor(p, d.target.head.code) for p in partners[key]):
            repeat = False  # "مؤتمر عقده مع نظيره الألماني" then "مباحثات يعقدها مع نظيره الروسي": another meeting
        if repeat and switches.TARGETED_REPEAT and d.target is not None:
            # "ونسب الهجوم لمتمردي حزب العمال الذي صعد هجماته ضد قوات الأمن": the noun that names the other side
            # tells the deed better than the bare one before it
            k = next((n for n, e in enumerate(out) if e.an.tense == "noun" and e.target is None and not e.embedded
                      and (e.source.head.code if e.source else "") == key[0] and e.root == d.root), -1)
            if k >= 0:
                out[k] = d
                continue
        if repeat:
            continue
        if not d.embedded:
            seen.add(key)
            seen_root.add((key[0], d.root, d.sent.index))
            partners.setdefault(key, []).append(d.target.head.code if d.target else None)
        out.append(d)
    return out


def _drop_message_contents(drafts: list[Draft]) -> list[Draft]:
    """"بعث الملك برقية تهنئة للرئيس… وأعرب فيها عن أصدق التهاني": the expression that follows a message to the
    same addressee is what the message says, one deed."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and d.an.trigger.lemma in EXPRESSIONS and prev.an.trigger.lemma in MESSAGES \
                and d.sent.index - prev.sent.index in (0, 1) and d.sent.section == prev.sent.section \
                and d.source is not None and prev.source is not None and prev.target is not None \
                and d.source.head.code == prev.source.head.code \
                and (d.target is None or _same_actor(d.target.head.code, prev.target.head.code)):
            continue
        out.append(d)
    return out


def _drop_said_on(drafts: list[Draft]) -> list[Draft]:
    """"أعرب المدير عن أسفه للحادث، وقال: …", "نقل المدير تحيات الأمير للمصابين، وقال: إن الزيارة…": a saying
    verb joined by و in the sentence of a deed or statement the same speaker was just coded for gives the words of
    that act, not a second statement (round 18e)."""
    out: list[Draft] = []
    for d in drafts:
        if switches.SAID_ON and d.code == "010" and d.an.trigger.roles.get("stmt") and d.an.tense in ("past", "pres") \
                and d.sent.norms[d.i].startswith("و") and d.source is not None and any(
                    o.sent is d.sent and o.i < d.i and o.source is not None
                    and o.source.head.code == d.source.head.code
                    and not any(w in (".", "!", "?", "؟") for w in d.sent.norms[o.i : d.i]) for o in out):
            continue
        out.append(d)
    return out


def _drop_quoted_repeats(art: Article, drafts: list[Draft]) -> list[Draft]:
    """The actor's own words repeating what the article already told ("أعربت روسيا عن تعازيها… «نعرب عن
    تعازينا»") are the same deed."""
    out: list[Draft] = []
    seen: set[tuple[str, str, str]] = set()
    for d in drafts:
        key = (d.source.head.code if d.source else "", d.target.head.code if d.target else "", d.code)
        q = _covering(art.quotes, d.sent.tokens[d.i].start)
        speaker = q.speaker.actor if q is not None and q.speaker is not None else None
        own = speaker is not None and d.source is not None and speaker[:3] == d.source.head.code[:3]
        if key in seen and own:
            continue
        seen.add(key)
        out.append(d)
    return out
