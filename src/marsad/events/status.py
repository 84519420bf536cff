"""Status and relays: asserted, reported, alleged, denied or background, and by whom.

`_relays` credits each event of a sentence to the report verb that governs its clause (`_report_verbs`:
"كشفت صحيفة… أن", "حسبما ذكرت…", "جاء في بيان لـ…"), else to the quote or claim of the quotes stage that
covers its trigger; a report by the actor itself, its government or its state media stays asserted
(`_same_codes`). An accusation's بـ complement is an alleged event of the accused (`_embedded`); a claim
of responsibility is the claimer's deed (`_claimed`); a denial pointing back marks the events before it
(`_deny`), settled as denied or alleged-and-denied once the relays are known (`_settle_denials`);
"وكان… قد", "بعد" and standing states in relative clauses are background (`_background`).
"""

from __future__ import annotations

from marsad.article import Article, Claim, Quote
from marsad.events import switches
from marsad.events.actors import Group
from marsad.events.clauses import Sentence
from marsad.events.cues import Cues
from marsad.events.draft import Draft
from marsad.events.frames import _code
from marsad.events.kinds import _excluded, _name
from marsad.events.lexicon import Lexicon
from marsad.events.references import _covering
from marsad.events.subjects import _subject_after, _subject_before
from marsad.events.syntax import ONE_SIDED, _antecedent_is_noun, _bare, _complement_start, _has_prep
from marsad.events.targets import _first_after


def _relays(art: Article, s: Sentence, drafts: list[Draft], cue: Cues) -> None:
    """Who reports each event: report verbs governing its clause ("كشفت صحيفة… أن", "حسبما ذكرت…"),
    else the quote or claim of the quotes stage that covers its trigger. A report by the actor itself, its
    government or its state media leaves the event asserted."""
    reporters = _report_verbs(s, cue)
    for d in drafts:
        if d.embedded:
            continue
        at = s.tokens[d.i].start
        relay: Group | None = None
        relay_name = ""
        alleged = False
        inner: Group | None = None
        for k, g, name, scope_from, is_alleged, via in reporters:
            if (0 <= scope_from <= d.i and k != d.i) or (scope_from < 0 and k > d.i):
                relay, relay_name, alleged, inner = g, name, is_alleged, via
        by_code: str | None = None
        by_name: str | None = None
        via_name: str | None = None
        if relay_name:
            by_code, by_name = (relay.head.code if relay is not None else None), relay_name
            via_name = _name(inner)
        else:
            quote = _covering(art.quotes, at)
            claim = _covering(art.claims, at)
            if isinstance(quote, Quote) and quote.speaker is not None and quote.kind != "fragment":
                by_code, by_name = quote.speaker.actor, quote.speaker.canonical or quote.speaker.text
                if quote.via:
                    # the speaker stays the one to compare with the doer: "وقال كيربي إن واشنطن تدعم…" on a
                    # wire is still Washington's own word (asserted), the agency only carried it
                    via_name, by_name = by_name, quote.via
                    by_code = by_code if switches.WIRE_SELF else None
            elif isinstance(claim, Claim) and claim.by and claim.status in ("reported", "alleged"):
                by_code = claim.by if _code_like(claim.by) else None
                by_name = claim.by
                alleged = claim.status == "alleged"
        if by_name is None:
            continue
        if d.source is not None and by_code and _same_codes(by_code, d.source.head.code, cue):
            d.reported_by = by_name if relay is not None and relay is not d.source else None
            continue
        if d.extra.get("appeal") or d.status == "background":
            d.reported_by = d.reported_by or by_name
            if alleged:
                d.status, d.alleged_by = "alleged", by_name
            continue
        if alleged:
            d.status = "alleged" if d.status == "asserted" else d.status
            d.alleged_by = by_name
        else:
            d.status = "reported" if d.status == "asserted" else d.status
            d.reported_by = by_name
            if via_name:
                d.alleged_by = via_name


def _report_verbs(s: Sentence, cue: Cues) -> list[tuple[int, Group | None, str, int, bool, Group | None]]:
    """(verb index, reporter, its name, first token it governs or -1 for a trailing "حسبما", alleged?, via).

    The reporter is an actor, or an unnamed source ("أفاد شهود عيان بـ", "ذكرت مصادر أمنية أن") named
    by its words."""
    out: list[tuple[int, Group | None, str, int, bool, Group | None]] = []
    norms = s.norms
    for j, w in enumerate(norms):
        if w not in cue.report_verbs and not (w.endswith("ه") and w[:-1] in cue.report_verbs):
            continue
        trailing = j > 0 and (norms[j - 1] in cue.relay_after or (
            norms[j - 1] == "ما" and j > 1 and norms[j - 2] in cue.relay_after))  # "بحسب ما أكده مسؤول"
        g = _subject_after(s, j, cue) or (None if trailing else _subject_before(s, j, cue))
        name = _name(g) or ""
        if g is None:
            if j + 1 < len(norms) and (norms[j + 1] in cue.people or norms[j + 1] in ("مصدر", "مسؤول")):
                words = [s.tokens[k].text for k in range(j + 1, min(len(norms), j + 3))
                         if s.tokens[k].is_word and norms[k] not in cue.complementizers]
                name = " ".join(words[:2])
            if not name:
                continue
        if trailing:
            out.append((j, g, name, -1, False, None))
            continue
        comp = next((k for k in range(j + 1, min(len(norms), j + 12)) if norms[k] in cue.complementizers
                     or (k > j + 1 and norms[k][:1] == "ب" and s.group_at[k] < 0 and g is None)), None)
        if comp is None:
            continue
        via = None
        for k in range(j + 1, comp):
            if norms[k] in ("نقلا", "نقلاً") and k + 2 < len(norms):
                via = s.group_starting(k + 2)
        out.append((j, g, name, comp, _allege_before(norms, j, cue), via))
    for j, w in enumerate(norms):
        # "وجاء في بيان لوزارة الخارجية الباكستانية أن…": the statement's author reports what follows
        if "بيان" not in w or not ({w, _bare(w), w[1:]} & {"بيان", "بيانا"}) or j + 1 >= len(norms):
            continue
        g = next((s.group_starting(k) for k in range(j + 1, min(len(norms), j + 4)) if s.group_starting(k)), None)
        comp = next((k for k in range(j + 1, min(len(norms), j + 10)) if norms[k] in cue.complementizers), None)
        if g is not None and comp is not None and g.t0 < comp:
            out.append((j, g, _name(g) or "", comp, False, None))
    return out


def _allege_before(norms: list[str], j: int, cue: Cues) -> bool:
    return any(norms[k] in cue.allege for k in range(j, min(len(norms), j + 8)))


def _same_codes(r: str, a: str, cue: Cues) -> bool:
    return r == a or (r[:3] == a[:3] and (r[3:6] in cue.self_roles or len(r) == 3 or len(a) == 3))


def _code_like(value: str | None) -> bool:
    return value is not None and value.isupper() and value.isalpha() and 3 <= len(value) <= 9


def _embedded(d: Draft, s: Sentence, lex: Lexicon, cue: Cues) -> list[Draft]:
    """The deed an accusation names ("اتهمت X Y بتزويد Z"): an alleged event of the accused."""
    prep = d.an.trigger.roles.get("embed")
    if not isinstance(prep, str) or d.target is None:
        return []
    for j in range(d.i + 1, min(len(s.tokens), d.window_end + 1)):
        w = s.norms[j]
        if s.group_at[j] >= 0 or not _has_prep(w, prep):
            continue
        for an in lex.analyse(w):
            if an.tense != "noun":
                continue
            code, end = _code(s, j, an, cue)
            if code is None:
                continue
            e = Draft(s, j, an, code, window_end=end, embedded=True, accuser=d.source)
            e.source = d.target
            exclude = {d.target.head.code}
            tgt = None
            for g in s.groups:
                if j < g.t0 < end and not _excluded(g.head.code, exclude):
                    tgt = g
                    break
            e.target = tgt
            if tgt is None and e.root not in ONE_SIDED:
                return []  # "اتهم المملكة بدعم الإرهاب": an alleged deed with no one at the other end
            e.status = "alleged"
            e.alleged_by = _name(d.source)
            return [e]
        break
    return []


def _claimed(d: Draft, s: Sentence, lex: Lexicon, cue: Cues) -> list[Draft]:
    """The deed an actor claims ("أعلن داعش مسؤوليته عن هجوم", "تبنى الهجوم"): that actor's event."""
    for j in range(d.i + 1, min(len(s.tokens), d.window_end + 1)):
        if s.group_at[j] >= 0:
            continue
        for an in lex.analyse(s.norms[j]):
            if an.tense != "noun" or an.trigger.code is None:
                continue
            code, end = _code(s, j, an, cue)
            if code is None or code[:2] not in ONE_SIDED:
                continue
            e = Draft(s, j, an, code, window_end=end, embedded=True)
            e.source = d.source
            e.target = _first_after(s, j, end, d.source, {d.source.head.code} if d.source else set(), cue)
            return [e]
    return []


def _deny(d: Draft, drafts: list[Draft], s: Sentence, sents: list[Sentence], cue: Cues,
          earlier: list[Draft]) -> None:
    """A denial pointing back ("وهو ما نفته X", "لكن X نفت ذلك", "نفى الاتهامات"): the alleged events of
    the clauses before (this sentence, else the one before in the paragraph) are denied by X."""
    seg = s.seg_of[d.i]
    opener = s.norms[s.segments[seg][0] : d.i]
    comp = _complement_start(s, d.i, d.window_end)
    first = s.norms[comp] if comp < len(s.norms) else ""
    pointing = (opener and opener[-1] in ("ما", "الذي")) or d.an.obj is not None or first in cue.anaphors \
        or _bare(first).startswith(("اتهام", "مزاعم", "ادعاء", "تقارير", "انباء"))
    if not pointing:
        return
    denier = d.source
    targets = [e for e in drafts if e is not d and e.sent is s and s.seg_of[e.i] < seg]
    if not targets and s.index > 0:
        prev = sents[s.index - 1]
        if prev.paragraph == s.paragraph:
            targets = [e for e in earlier if e.sent is prev]
    for e in targets:
        if e.status != "background" and not e.extra.get("deny_event") and not e.an.trigger.roles.get("embed"):
            e.denied_by = _name(denier)  # the status is settled once the relays are known (`_settle_denials`)
    accuser = next((e.accuser for e in targets if e.accuser is not None), None)
    if accuser is not None:
        d.target = accuser


def _settle_denials(drafts: list[Draft]) -> None:
    """A denied claim: alleged (or reported by a third party) and denied, or plainly denied."""
    for e in drafts:
        if not e.denied_by or e.status in ("denied", "alleged-and-denied"):
            continue
        if e.status in ("alleged", "reported"):
            e.alleged_by = e.alleged_by or e.reported_by  # a third party's claim the actor denies
            e.status = "alleged-and-denied"
        elif e.status == "asserted":
            e.status = "denied"


def _background(d: Draft, s: Sentence, cue: Cues) -> None:
    i = d.i
    norms = s.norms
    seg_start = s.segments[s.seg_of[i]][0]
    region = norms[max(0, seg_start - 1) : i]
    if any(w in cue.background_openers for w in region) and (
            "قد" in region or "سبق" in region or "وسبق" in region or d.an.tense == "past"):
        d.background = True  # "وكان X (قد) اتهم": the pluperfect of earlier context
    if i > 0 and norms[i - 1] in cue.temporal_background:
        d.background = True
    if norms[seg_start] in cue.temporal_background and norms[seg_start] not in ("قبل", "وقبل") and i - seg_start <= 5:
        d.background = True  # "وبعد أشهر من الخلافات التقى…", "بعد أيام من استدعاء…"
    if i > 1 and norms[i - 2] in cue.temporal_background and norms[i - 1] in ("بدء", "بدايه", "انطلاق"):
        d.background = True
    if i > 1 and norms[i - 2] in cue.temporal_background and norms[i - 1] in ("ان", "أن"):
        d.background = True
    if d.an.tense == "past" and i > 0 and norms[i - 1] in ("الذي", "التي", "الذين"):
        d.background = True  # "نوري المالكي الذي اتهم المملكة…": an earlier act told to describe someone
    if d.an.tense == "past" and d.an.obj is not None and _antecedent_is_noun(s, i, d.an):
        d.background = True  # a standing state told in a relative clause ("عقوبات فرضها…")
    if d.background:
        d.status = "background"
