"""Learned clause events: events the rule coder does not code, read by models learned from annotated articles.

An opt-in complement to the rule coder (`marsad.analyze(..., learned_events=True)`, `marsad analyze
--learned-events`; the default pipeline does not run it). Steps, for one analysed article:
1. Cut the text into clauses as the coder does (`events.clauses.build_sentences`: segments of a sentence at
   commas, clause openers and verbs joined by و/ف) and describe each by what marsad's stages give (`clauses_of`):
   its words and light stems, the trigger lexicon's readings (lemma, tense, the root of the default code and of
   the frames), the actor groups in it, its section, the quotes and claims over it. Each clause's candidate actors
   are the groups in it, the groups before it in its sentence, the subject carried from the sentences before and
   the title's first actor, each described by where it stands (before or after the first verb, how far, the word
   before it) and by what the rule coder's argument finders say of the clause's first trigger (`_rule_picks`:
   its source and target as `events.arguments` finds them, whether or not the coder's gates would code it; an
   actor they pick that is no candidate yet, one a pronoun points back to, becomes one).
2. Score them with the logistic models of `data/events/learned.json.gz` (built by
   `scripts/build_learned_events.py` from the annotated development sets, see PROVENANCE.md): the probability
   that the clause states an event, its CAMEO root (one against the rest), and the source and target among the
   candidates (the target may be none), chosen together: the pair of different actors whose probabilities
   multiply highest (`best_pair`; with a model file saying `pairs: "mention"`, two different mentions of one code
   may pair, as in "SAUGOV" praising "SAUGOV").
3. A clause over which the rule coder coded nothing, whose confidence in the whole event (its probability times
   the root's and each actor's; the clause's probability alone for a model file that says so) passes the
   model's threshold, becomes one event: the root's catch-all code ("040" for root 04), the actors with their
   mention spans as evidence, the clause as the event's evidence, the date of a time expression inside the
   clause (else the publication date), the status, relay, accuser or denier of the claim over the clause, and as
   `confidence` the share of such events found right (root and both actors) on annotated sets the model was not
   fitted on, per bin of that confidence (the model file holds the table). `method` is "learned".
A model file that is missing or broken adds nothing (the rule coder's events stand), with no error.
The same clause description feeds the bench experiments (`bench/events_learned.py`, `bench/events_union.py`).
"""

from __future__ import annotations

import gzip
import json
import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from marsad.article import Article, Event, EventActor, Span
from marsad.events import coder
from marsad.events.actors import Group
from marsad.events.arguments import _nominal_arguments, _verbal_arguments
from marsad.events.clauses import Sentence
from marsad.events.codebook import lookup
from marsad.events.cues import Cues, cues
from marsad.events.dates import _after
from marsad.events.draft import Draft
from marsad.events.frames import _code, _other_reading, _reading
from marsad.events.kinds import _same_actor
from marsad.events.lexicon import Analysis, Lexicon, lexicon
from marsad.events.statements import _addressee, _named_about, _spoken_of
from marsad.events.targets import _fallback
from marsad.language.stem import light_stem
from marsad.pipeline import stage
from marsad.resources import data_path

MODEL = ("events", "learned.json.gz")
K = TypeVar("K")
# words before an actor that tell its role in the clause (normalised forms)
ROLE_WORDS = frozenset({"ب", "ل", "مع", "علي", "الي", "في", "من", "عن", "ضد", "بين", "و", "لدي", "عبر", "بحق",
                        "تجاه", "امام", "حول", "مثل", "قبل", "بعد", "نحو", "لصالح", "باسم", "رئيس", "وزير", "قوات"})


@dataclass
class Cand:
    """A candidate actor of a clause: its code, its features, and the group that names it (None for "no one")."""

    code: str | None
    feats: list[str]
    group: Group | None = None


@dataclass
class Clause:
    """A clause of the text with its features and candidate actors; `golds` and `rule` are for the benches."""

    start: int
    end: int
    feats: list[str]
    cands: list[Cand]
    golds: list[dict[str, Any]] = field(default_factory=list)
    rule: dict[str, Any] | None = None
    hints: list[str] = field(default_factory=list)  # features of the "no one" target candidate


def bucket(n: int, edges: Sequence[int]) -> str:
    """The first edge n does not pass ("<=2"), or beyond the last (">20")."""
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def clauses_of(art: Article) -> list[Clause]:
    """Step 1 of the module doc: every clause with its features and candidate actors."""
    lex = lexicon()
    sents = coder.read_sentences(art)[1]  # built afresh: the rule coder's run changed its own sentences' subjects
    quotes = [(q.span.start, q.span.end, q.kind) for q in art.quotes]
    claims = [(c.span.start, c.span.end, c.status, c.kind) for c in art.claims]
    title = next((g for s in sents if s.section == "title" for g in s.groups), None)
    title_actor = title.head.code if title is not None else None
    carried: list[Group] = []  # the sentence-head subject carried through the body
    out: list[Clause] = []
    read: list[tuple[Sentence, list[tuple[int, int, Clause]]]] = []  # each sentence's clauses, for `_rule_picks`
    for s in sents:
        mine: list[tuple[int, int, Clause]] = []
        # an actor at the head of a sentence is its subject, else the body carries one on
        opening = [s.groups[0]] if s.groups and s.groups[0].t0 <= 3 else []
        carried = opening or (carried if s.section == "body" else [])
        for k, (a, b) in enumerate(s.segments):
            words = [j for j in range(a, b) if s.tokens[j].is_word]
            if not words:
                continue
            c0, c1 = s.tokens[a].start, s.tokens[b - 1].end
            f = [f"sec={s.section}", f"sent={bucket(s.index, (0, 1, 2, 4, 8))}", f"seg={bucket(k, (0, 1, 2))}",
                 f"len={bucket(len(words), (2, 4, 7, 12, 20))}", f"first={s.norms[words[0]]}"]
            verb_at = -1
            head_lemma = None  # the lemma of the clause's first verb reading
            for j in words:
                w = s.norms[j]
                f.append("w=" + w)
                f.append("st=" + light_stem(w))
                for an in lex.analyse(w, s.tokens[j].text):
                    tr = an.trigger
                    f += ["lem=" + tr.lemma, "tt=" + an.tense, f"lt={tr.lemma}|{an.tense}"]
                    if tr.code:
                        f.append("troot=" + tr.code[:2])
                    f += ["froot=" + fr.code[:2] for fr in tr.frames if fr.code]
                    if an.flag:
                        f.append("tflag=" + an.flag)
                    if an.tense in ("past", "pres") and verb_at < 0:
                        verb_at, head_lemma = j, tr.lemma
                        f += ["v1=" + tr.lemma, f"v1pos={bucket(j - a, (0, 1, 3))}"]
                        if tr.code:
                            f.append("v1root=" + tr.code[:2])
            groups = [g for g in s.groups if a <= g.t0 < b]
            f.append(f"ng={bucket(len(groups), (0, 1, 2))}")
            f += [f"gk={g.head.kind}" for g in groups]
            f += [f"grole={g.head.code[3:6] or 'none'}" for g in groups]
            if len({g.head.country for g in groups}) > 1:
                f.append("countries>1")
            f += [f"quote={kind}" for q0, q1, kind in quotes if overlap(q0, q1, c0, c1)]
            f += [f"claim={st}|{kind}" for q0, q1, st, kind in claims if overlap(q0, q1, c0, c1)]
            cands: list[Cand] = []
            prior = [g for g in s.groups if g.t0 < a]
            for rank, g in enumerate([*groups, *reversed(prior)]):
                inside = g.t0 >= a
                prev = s.norms[g.t0 - 1] if g.t0 > 0 else "^"
                first = s.norms[g.t0]
                head = g.head
                cf = [f"where={'clause' if inside else 'before'}", f"rank={bucket(rank, (0, 1, 2))}",
                      f"kind={head.kind}", f"role={head.code[3:6] or 'none'}", f"clen={len(head.code)}",
                      f"prev={prev if prev in ROLE_WORDS else 'other'}", f"proc={first[:1] if first[:1] in 'بلو' else '-'}"]
                if g.coordinated:
                    cf.append("coordinated")
                if g.lead is not None:
                    cf.append("led")
                if verb_at >= 0 and head_lemma is not None:
                    side = "before" if g.t0 < verb_at else "after"
                    dist = bucket(abs(g.t0 - verb_at), (1, 2, 4, 8))
                    # the verb's frame: which actor its lemma takes after which word, and the subject right after it
                    cf += ["side=" + side, "dist=" + dist, f"sd={side}|{dist}",
                           f"prev={prev if prev in ROLE_WORDS else 'other'}|v={head_lemma}",
                           f"sd={side}|{dist}|v={head_lemma}"]
                else:
                    cf.append("side=noverb")
                if head.code == title_actor:
                    cf.append("title_actor")
                if carried and head.code == carried[0].head.code:
                    cf.append("carried")
                cands.append(Cand(head.code, cf, g))
            if carried and not any(c.code == carried[0].head.code for c in cands):
                head = carried[0].head
                cands.append(Cand(head.code, ["where=carried", f"kind={head.kind}", f"role={head.code[3:6] or 'none'}"],
                                  carried[0]))
            if title is not None and not any(c.code == title_actor for c in cands):
                cands.append(Cand(title_actor, ["where=title", "title_actor"], title))
            clause = Clause(c0, c1, f, cands)
            out.append(clause)
            mine.append((a, b, clause))
        read.append((s, mine))
    _rule_picks(art, sents, read, lex, cues())
    return out


def _first_trigger(s: Sentence, a: int, b: int, lex: Lexicon,
                   cue: Cues) -> tuple[int, Analysis, str, int, bool] | None:
    """The clause's first coded trigger as the coder reads it (its first verb when it has one): word, reading,
    code, the end of its window, and False; else its first reading whose frames name a code though no cue
    chose one ("frame without cue"), with that code and True."""
    first = loose = None
    for j in range(a, b):
        if s.group_at[j] >= 0 or not s.tokens[j].is_word:
            continue
        analyses = lex.analyse(s.norms[j])
        an = _reading(s, j, analyses)
        if an is None or (an.tense == "part" and not an.definite and j != s.segments[s.seg_of[j]][0]):
            continue
        code, end = _code(s, j, an, cue)
        if code is None and (reread := _other_reading(s, j, analyses, an, cue)) is not None:
            an, code, end = reread
        if code is None:
            some = an.trigger.code or next((fr.code for fr in an.trigger.frames if fr.code), None)
            if some is not None and loose is None:
                loose = (j, an, some, max(end, min(b, j + 8)), True)
            continue
        if an.tense in ("past", "pres"):
            return j, an, code, end, False
        first = first or (j, an, code, end, False)
    return first or loose


def _rule_pick(art: Article, s: Sentence, sents: list[Sentence], a: int, b: int, lex: Lexicon,
               cue: Cues) -> Draft | None:
    """What the coder's argument finders say of the clause's first trigger, whether or not its gates (negation,
    the future, the passive, a missing side) would let it be coded."""
    found = _first_trigger(s, a, b, lex, cue)
    if found is None:
        return None
    i, an, code, end, loose = found
    d = Draft(s, i, an, code, window_end=end)
    d.extra["article"] = art
    d.extra["told"] = ([], [])
    d.extra["loose"] = loose
    if an.tense == "noun":
        _nominal_arguments(d, s, sents, cue)
    else:
        _verbal_arguments(d, s, sents, cue)
        if isinstance(genitive := d.extra.get("masdar"), Group):
            d.source = genitive  # "دعم طهران لنظام…": the coder reads a masdar, its genitive the doer
            d.extra["how"] = "masdar"
    if d.source is None and not d.extra.get("not_a_verb"):
        _fallback(d, s, i, end, cue)
    if d.source is None:
        return d
    if d.target is not None and _same_actor(d.source.head.code, d.target.head.code):
        d.target = None
    if an.trigger.roles.get("stmt") and d.code == "010":
        d.target = _addressee(s, i, end, d.source, cue) or _named_about(_spoken_of(s, i, d.source, cue))
    elif d.target is None and not an.trigger.roles.get("deny"):
        _fallback(d, s, i, end, cue)
    return d


def _rule_picks(art: Article, sents: list[Sentence], read: list[tuple[Sentence, list[tuple[int, int, Clause]]]],
                lex: Lexicon, cue: Cues) -> None:
    """Mark the candidates the coder's finders pick as source and target (`_rule_pick`), adding the pick when it
    is no candidate yet (an actor of an earlier sentence a pronoun points to). The subject runs on as the coder's
    head-of-sentence rule and its carry between body sentences set it, not as its update after each coded deed."""
    prev: Sentence | None = None
    for s, clauses in read:
        if prev is not None and s.section == prev.section == "body":
            s.subject = list(prev.subject)
        coder.open_subject(s, lex, cue)
        for a, b, c in clauses:
            try:
                d = _rule_pick(art, s, sents, a, b, lex, cue)
            except (IndexError, KeyError, ValueError):
                d = None  # the finders were written for triggers that pass the gates: a reading they trip on gives no hint
            if d is None:
                c.hints.append("rf=notrig")
                continue
            root = d.code[:2]
            c.hints.append(f"rf=trig|{'verb' if d.an.tense in ('past', 'pres') else d.an.tense}")
            if d.extra.get("loose"):
                c.hints.append("rf=loose")
            how = str(d.extra.get("how") or next((k for k in ("carried", "after_subject", "fallback", "agent")
                                                  if d.extra.get(k)), "other"))
            for role, g in (("src", d.source), ("tgt", d.target)):
                if g is None:
                    c.hints += [f"rf_{role}=none", f"rf_{role}=none|fr={root}"]
                    continue
                marks = [f"rf={role}", f"rf={role}|fr={root}", f"rf={role}|how={how}",
                         f"rf={role}|loose={'yes' if d.extra.get('loose') else 'no'}"]
                hit = [k for k in c.cands if k.code == g.head.code]
                for k in hit:
                    k.feats += marks
                if not hit:
                    h = g.head
                    c.cands.append(Cand(h.code, ["where=finder", f"kind={h.kind}", f"role={h.code[3:6] or 'none'}",
                                                 *marks], g))
        prev = s


def clause_features(c: Clause) -> dict[str, float]:
    """The detector's and root chooser's one-hot features of a clause."""
    return dict.fromkeys(c.feats, 1.0)


# round 23 (a switch; the build script and the stage read a candidate through `candidate_features`, so a model is
# always scored on the features it was fitted on, and an older model file reads the new ones as weight 0)
CANDIDATE_MORE = True  # a candidate's code and country, its mentions in the clause, its marks crossed with its side


def candidate_features(c: Clause, cand: Cand, root: str) -> dict[str, float]:
    """A ranker's one-hot features of a candidate actor, each also crossed with the clause's root."""
    if cand.code is None:
        f = {"none": 1.0, f"none|r={root}": 1.0, f"none|ncand={bucket(len(c.cands), (0, 1, 2))}": 1.0}
        for x in c.hints:
            f["none|" + x] = 1.0
            f[f"none|{x}|r={root}"] = 1.0
        return f
    f = {"bias": 1.0}
    marks = cand.feats
    if CANDIDATE_MORE:
        # round 23: who the actor is (its code and country: a government acts more often than it is acted on), how
        # many of the clause's candidates name it, and its kind, role, word before it and place by its side of the verb
        side = next((x for x in cand.feats if x.startswith("side=")), "side=?")
        same = sum(1 for k in c.cands if k.code == cand.code)
        marks = [*marks, "ctry=" + cand.code[:3], "code=" + cand.code, "ndup=" + bucket(same, (1, 2)),
                 *(f"{x}|{side}" for x in cand.feats
                   if "|" not in x and x.startswith(("kind=", "role=", "prev=", "proc=", "where=")))]
    for x in marks:
        f[x] = 1.0
        f[f"{x}|r={root}"] = 1.0
    f[f"ncand={bucket(len(c.cands), (1, 2, 3))}"] = 1.0
    return f


def candidates(c: Clause, role: str) -> list[Cand]:
    """The candidates of a role: the target may be no one."""
    return [*c.cands, Cand(None, [])] if role == "target" else list(c.cands)


def best_pair(sources: Sequence[tuple[K, float]], targets: Sequence[tuple[K, float]],
              code: Callable[[K], str | None]) -> tuple[tuple[K | None, float], tuple[K | None, float]]:
    """The source and the target (candidates with their probabilities) whose product of probabilities is
    highest, the target not of the source's code: a clause's likeliest target can show which of two actors is
    the doer, where choosing the source first cannot."""
    best: tuple[tuple[K | None, float], tuple[K | None, float]] = ((None, 0.0), (None, 0.0))
    score = -1.0
    for src in sources:
        for tgt in targets:
            if code(tgt[0]) is not None and code(tgt[0]) == code(src[0]):
                continue
            if src[1] * tgt[1] > score:
                best, score = (src, tgt), src[1] * tgt[1]
    return best


# ---------------------------------------------------------------- the models, scored in plain Python


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@dataclass
class Linear:
    """One logistic model: weights per feature name and an intercept."""

    weights: dict[str, float]
    bias: float

    def prob(self, feats: dict[str, float]) -> float:
        return _sigmoid(self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items()))


@dataclass
class Model:
    """The four parts (step 2 of the module doc) and how they are used (threshold, confidence table)."""

    detect: Linear
    roots: dict[str, Linear]  # one against the rest, probabilities normalised over the roots
    source: Linear
    target: Linear
    threshold: float
    calibration: list[tuple[float, float]]  # (lowest score of a bin, share right in it), ascending
    about: dict[str, Any]
    # what the threshold and the table apply to: "event", the confidence in the whole event (the clause's
    # probability times the root's and each actor's), or "clause", the clause's probability alone
    select: str = "clause"
    # which source and target may pair: "code", never two actors of one code (round 21b); "mention", two different
    # mentions of one code too ("SAUGOV" praising "SAUGOV", a quarter of the annotated events; round 23)
    pairs: str = "code"
    _roots_by_feature: tuple[list[str], list[float], dict[str, list[tuple[int, float]]]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def root(self, feats: dict[str, float]) -> tuple[str, float]:
        names, biases, by_feature = self._root_table()
        z = [0.0] * len(names)
        for k, v in feats.items():
            for at, w in by_feature.get(k, ()):
                z[at] += w * v
        scores = [_sigmoid(b + x) for b, x in zip(biases, z, strict=True)]  # summed as `Linear.prob` sums
        total = sum(scores) or 1.0
        best = max(range(len(names)), key=lambda at: scores[at])  # the first of equals, as over the dict
        return names[best], scores[best] / total

    def _root_table(self) -> tuple[list[str], list[float], dict[str, list[tuple[int, float]]]]:
        """The root models' weights by feature (one pass over a clause's features scores every root)."""
        if self._roots_by_feature is None:
            names = list(self.roots)
            by_feature: dict[str, list[tuple[int, float]]] = {}
            for at, name in enumerate(names):
                for k, w in self.roots[name].weights.items():
                    by_feature.setdefault(k, []).append((at, w))
            self._roots_by_feature = (names, [self.roots[n].bias for n in names], by_feature)
        return self._roots_by_feature

    def pair(self, c: Clause, root: str) -> tuple[tuple[Cand | None, float], tuple[Cand | None, float]]:
        """The source and target chosen together (`best_pair`), each with its probability."""
        scored = {role: [(k, (self.source if role == "source" else self.target).prob(candidate_features(c, k, root)))
                         for k in candidates(c, role)] for role in ("source", "target")}
        if self.pairs == "mention":
            return best_pair(scored["source"], scored["target"], _mention)
        return best_pair(scored["source"], scored["target"], lambda k: k.code if k is not None else None)

    def confidence(self, p: float) -> float | None:
        out = None
        for low, share in self.calibration:
            if p >= low:
                out = share
        return out


def _mention(k: Cand | None) -> str | None:
    """A candidate's mention as `best_pair` compares them when two mentions of one code may pair: itself (the
    "no one" target has none)."""
    return None if k is None or k.code is None else str(id(k))


def _linear(spec: dict[str, Any]) -> Linear:
    return Linear({str(k): float(v) for k, v in spec["weights"].items()}, float(spec["bias"]))


def model_from(data: dict[str, Any]) -> Model:
    """A model from its JSON form (the file `scripts/build_learned_events.py` writes)."""
    if not data["roots"]:
        raise ValueError("a model without roots")
    return Model(
        detect=_linear(data["detect"]),
        roots={str(r): _linear(m) for r, m in data["roots"].items()},
        source=_linear(data["source"]),
        target=_linear(data["target"]),
        threshold=float(data["threshold"]),
        calibration=sorted((float(a), float(b)) for a, b in data.get("calibration", [])),
        about=dict(data.get("about", {})),
        select="event" if data.get("select") == "event" else "clause",
        pairs="mention" if data.get("pairs") == "mention" else "code",
    )


@cache
def model() -> Model | None:
    """The shipped model, or None when its file is missing or broken."""
    try:
        with gzip.open(data_path(*MODEL), "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return model_from(data) if isinstance(data, dict) else None
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, AttributeError):
        return None


# ---------------------------------------------------------------- events


def _actor(cand: Cand | None) -> EventActor | None:
    if cand is None or cand.code is None or cand.group is None:
        return None
    h = cand.group.head
    return EventActor(cand.code, h.canonical, Span(h.start, h.end, h.text))


def _date(art: Article, c: Clause, times: list[tuple[int, int, str]]) -> tuple[str | None, bool]:
    """The date of a time expression inside the clause that can date a deed (`coder.event_times`), else the
    publication date; and whether that date lies after publication (a plan, which the rule coder does not code)."""
    pub = art.dates.publication.value if art.dates.publication else None
    for start, end, value in times:
        if c.start <= start and end <= c.end:
            return value, bool(pub) and _after(value, pub or "")
    return pub, False


def learned_events(art: Article, found: Sequence[Event], m: Model | None = None) -> list[Event]:
    """Step 3 of the module doc: the learned events of the clauses where `found` (the rules' events) has none."""
    m = model() if m is None else m
    if m is None:
        return []
    out: list[Event] = []
    times = coder.event_times(art)
    for c in clauses_of(art):
        if any(overlap(c.start, c.end, e.evidence.start, e.evidence.end) for e in [*found, *out]):
            continue
        feats = clause_features(c)
        p = m.detect.prob(feats)
        if p < m.threshold:
            continue  # the whole event's confidence is never above the clause's probability
        root, rp = m.root(feats)
        (src, sp), (tgt, tp) = m.pair(c, root)
        score = p * rp * sp * tp if m.select == "event" else p
        if score < m.threshold:
            continue
        try:
            code = lookup(root + "0")
        except KeyError:
            continue
        # the innermost claim that holds the clause (the words of a quote inside a reported sentence are the
        # quote's), else the one that overlaps it most
        over = [cl for cl in art.claims if overlap(cl.span.start, cl.span.end, c.start, c.end)]
        holding = [cl for cl in over if cl.span.start <= c.start and c.end <= cl.span.end]
        claim = (min(holding, key=lambda cl: cl.span.end - cl.span.start) if holding else
                 max(over, key=lambda cl: overlap(cl.span.start, cl.span.end, c.start, c.end), default=None))
        status = claim.status if claim is not None and claim.status in (
            "asserted", "reported", "alleged", "denied", "alleged-and-denied", "background") else "asserted"
        when, planned = _date(art, c, times)
        if status == "background":
            # earlier context ("وكان … قد"): dated only by its own time expression, never a plan (as the coder does)
            when = when if any(c.start <= a and b <= c.end for a, b, _v in times) else None
        elif planned:
            continue  # "يزور … الأسبوع المقبل": a plan, not a deed, as the rule coder reads it
        out.append(Event(
            source=_actor(src), target=_actor(tgt), code=code.code, root=code.root, label=code.label,
            goldstein=code.goldstein, quad_class=code.quad_class, evidence=art.span(c.start, c.end),
            plover_event=code.plover_event, plover_mode=code.plover_mode, date=when,
            status=status, reported_by=claim.reported_by if claim is not None else None,
            alleged_by=claim.alleged_by if claim is not None else None,
            denied_by=claim.denied_by if claim is not None else None,
            confidence=m.confidence(score), method="learned"))
    return out


@stage("learned_events", requires={"events"}, assigns={"events"})
def add_learned_events(art: Article) -> None:
    """Add the learned events of the clauses the rule coder left uncoded (steps in the module doc)."""
    art.events = [*art.events, *learned_events(art, art.events)]
