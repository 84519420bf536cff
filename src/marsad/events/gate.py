"""A learned gate for statements (round 18c): whether a saying verb with a known speaker is a political act.

The hand rules of the coder keep a statement (010) for an official speaking of another actor, any official in
the story's opening, an organised body speaking of another country and a civil body on its own country's actors
(`statements`). The annotators' choice weighs more at once: who speaks, where in the story, about whom, how. Steps:
1. `features` describes one candidate at the point of the coder where the hand rules decide (after a former
   official and a clause naming only the speaker are set aside): the speaker's kind and role, the section and the
   sentence's place in the story, the saying word, whether the words name another actor or country, harsh words,
   an addressee, a hedge, whether the speaker was named before, the length of the words, whether a deed word
   follows in the sentence, and the hand rules' own verdicts. Every feature is a name with the value 1.
2. `probability` is a logistic model over those names, read from `data/events/statement_gate.json` (built by
   `scripts/train_statement_gate.py` from the annotated development sets; see its PROVENANCE.md lines).
3. `keep`: the coder keeps the candidate when its probability reaches the model's threshold, chosen on the
   training sets (the script's docstring says how). Behind `switches.LEARNED_STATEMENT_GATE`.

`CANDIDATES`, when a list, receives each candidate as the coder meets it (features, the clause's offsets, the
source code and root it would get) for the training script; None in normal runs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from marsad.article import Article
from marsad.events import switches
from marsad.events.actors import Group, capitals
from marsad.events.clauses import QUOTE, Sentence
from marsad.events.cues import Cues
from marsad.events.draft import Draft
from marsad.events.kinds import _civil_body, _official, _organised, _state
from marsad.events.lexicon import Analysis, Lexicon
from marsad.events.statements import _about_another, _addressee, _continued, _hedge, _opening, _spoken_of
from marsad.events.subjects import _subject_end
from marsad.resources import load_json

# when a list, the coder appends here each statement candidate (see `Candidate`); None in normal runs
CANDIDATES: list[Candidate] | None = None
# a model given in-process (the training script's cross-validation); None reads the shipped file
MODEL: dict[str, Any] | None = None


@dataclass(frozen=True)
class Facts:
    """What the coder's hand rules found about the candidate, which the model weighs with the rest."""

    about: bool  # the words name an actor of another country (`_spoken_of`)
    other: bool  # a civil body's words name another actor of its own country
    harsh: bool  # the words reproach (`harsh_words`)
    hand_keep: bool  # the hand rules' verdict


@dataclass(frozen=True)
class Candidate:
    """One statement candidate as the training script reads it."""

    features: dict[str, float]
    start: int  # the clause's offsets in the text (the event's evidence would lie there)
    end: int
    source: str  # the actor code the event would give its source
    roots: tuple[str, ...]  # the roots it would get ("01", and "11" for harsh words)
    trigger: int  # the saying word's offset in the text (the event's trigger)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge n does not pass ("<=5"), else the last one passed (">25")."""
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _role(code: str) -> str:
    """The speaker's sector: a state role, MED, CVL…, an international body, or a bare country."""
    if code[:3] in ("IGO", "NGO", "IMG"):
        return code[:3]
    return code[3:6] if len(code) >= 6 else "none"


def _place(s: Sentence, sents: list[Sentence]) -> str:
    """Where the sentence stands in the story: title, lead, or the rank of the body sentence."""
    if s.section != "body":
        return s.section or "none"
    rank = sum(1 for x in sents if x.section == "body" and x.index < s.index)
    return "body" + _bucket(rank, (0, 1, 2, 5, 10))


def features(s: Sentence, i: int, an: Analysis, source: Group, window_end: int, sents: list[Sentence],
             cue: Cues, lex: Lexicon, facts: Facts, art: Article | None = None) -> dict[str, float]:
    """The names that describe a statement candidate (`i` the saying word, `source` its speaker; `art` gives the
    quotes stage's reading of the saying word)."""
    h = source.head
    here = any(g is source for g in s.groups)
    start = _subject_end(s, i, source, cue) if here and source.t0 > i else i + 1
    nxt = next((s.norms[k] for k in range(start, len(s.norms)) if s.norms[k] not in ("،", ",")), "")
    opens = "that" if nxt in cue.complementizers else "colon" if nxt == ":" else "quote" if (
        nxt in QUOTE or nxt in ("«", "»")) else "about" if nxt in ("عن",) else "other"
    deeds = sum(1 for k in range(window_end, len(s.norms)) if s.group_at[k] < 0 and s.tokens[k].is_word and any(
        not a.trigger.roles.get("stmt") and a.trigger.code for a in lex.analyse(s.norms[k])))
    inner = sum(1 for k in range(i + 1, window_end) if s.group_at[k] < 0 and s.tokens[k].is_word and any(
        not a.trigger.roles.get("stmt") and a.trigger.code for a in lex.analyse(s.norms[k])))
    seen = any(g.head.code == h.code for x in sents if x.index < s.index for g in x.groups)
    others = {g.head.code for g in s.groups if g is not source and g.head.country != h.country}
    told = sum(1 for x in sents if any(g.head.code == h.code for g in x.groups))
    trig = s.tokens[i]
    quote = next((q for q in (art.quotes if art is not None else []) if q.cue is not None
                  and q.cue.start < trig.end and q.cue.end > trig.start), None)
    names = [
        "kind=" + h.kind,
        "role=" + _role(h.code),
        "kind_role=" + h.kind + "/" + _role(h.code),
        "place=" + _place(s, sents),
        "cue=" + an.trigger.lemma,
        "tense=" + an.tense,
        "opens=" + opens,
        "words=" + _bucket(window_end - i, (5, 12, 25, 40)),
        "sentence=" + _bucket(len(s.tokens), (10, 20, 35, 60)),
        "position=" + _bucket(i, (0, 2, 5, 12)),
        "deeds_after=" + _bucket(deeds, (0, 1, 3)),
        "deeds_inside=" + _bucket(inner, (0, 1, 3)),
        "foreign_actors=" + _bucket(len(others), (0, 1, 2)),
        "speaker_sentences=" + _bucket(told, (1, 2, 4)),
        "quote=" + (quote.kind if quote is not None else "none"),
    ]
    flags = {
        "official": _official(source), "organised": _organised(source), "civil": _civil_body(source),
        "state": _state(source), "adjective": source.is_adjective, "in_sentence": here, "named_before": seen,
        "opening": _opening(s, sents), "about_another": _about_another(s, i, source, cue),
        "about": facts.about, "other": facts.other, "harsh": facts.harsh, "hedge": _hedge(s, i),
        "continued": _continued(s, i, source), "addressee": _addressee(s, i, window_end, source, cue) is not None,
        "home_actor": _spoken_of(s, i, source, cue, home_too=True) is not None, "object_pronoun": an.obj is not None,
        "hand_keep": facts.hand_keep, "coordinated": bool(source.coordinated),
        "in_title": any(g.head.code == h.code for x in sents if x.section == "title" for g in x.groups),
        "relayed": quote is not None and quote.via is not None,
    }
    flags["official&about_another"] = flags["official"] and flags["about_another"]
    flags["official&opening"] = flags["official"] and flags["opening"]
    names += [k for k, v in flags.items() if v]
    return dict.fromkeys(names, 1.0)


def model() -> dict[str, Any]:
    """The model in use: one given in-process, else the shipped file (an empty model keeps nothing)."""
    if MODEL is not None:
        return MODEL
    try:
        data: Any = load_json("events", "statement_gate.json")
    except (OSError, ValueError):
        return {"bias": -10.0, "weights": {}, "threshold": 1.0}
    return data if isinstance(data, dict) else {"bias": -10.0, "weights": {}, "threshold": 1.0}


def probability(feats: dict[str, float], m: dict[str, Any] | None = None) -> float:
    """The model's probability that the candidate is an annotated statement."""
    m = m if m is not None else model()
    w = m.get("weights", {})
    z = float(m.get("bias", 0.0)) + sum(float(w.get(k, 0.0)) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def keep(feats: dict[str, float]) -> bool:
    """Whether the gate keeps the candidate: its probability reaches the model's threshold."""
    m = model()
    return probability(feats, m) >= float(m.get("threshold", 0.5))


def decide(d: Draft, sents: list[Sentence], cue: Cues, lex: Lexicon, facts: Facts) -> bool:
    """Whether the statement draft `d` (its speaker found) is kept: the model's verdict with the switch on, else
    the hand rules'; the candidate goes to `CANDIDATES` when that is a list."""
    s, i, source = d.sent, d.i, d.source
    if source is None:
        return facts.hand_keep
    art = d.extra.get("article")
    feats = features(s, i, d.an, source, d.window_end, sents, cue, lex, facts, art if isinstance(art, Article) else None)
    if CANDIDATES is not None:
        h = source.head
        code = h.code + "GOV" if switches.CAPITAL_DOER and h.kind == "GPE" and len(h.code) == 3 \
            and h.canonical in capitals() else h.code  # as the event would name it: a capital speaks for its government
        first = s.tokens[s.segments[s.seg_of[i]][0]]
        last = s.tokens[max(i, min(d.window_end, len(s.tokens)) - 1)]
        CANDIDATES.append(Candidate(feats, first.start, last.end, code, ("01", "11") if facts.harsh else ("01",),
                                    s.tokens[i].start))
    return keep(feats) if switches.LEARNED_STATEMENT_GATE else facts.hand_keep
