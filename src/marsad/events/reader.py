"""A learned trigger and root reader: triggers proposed where the trigger lexicon reads none (round 19e).

Steps, for each sentence once the rules have coded it (`propose`, called by `coder.code_article`; it proposes
nothing without a model, and none ships: round 19e measured the reader leaving one set out and did not keep it, see
docs/events.md "Round 19e"; `bench/events_reader.py` installs the models it fits with `install`):
1. Candidates (`candidates`): in each segment of the sentence where the rules coded no event, the words that are
   no actor, no number, no function word, no title, office, member or place noun of the coder's own lists, and that
   the lexicon reads as no trigger (or as one without a code).
2. Features (`features`): the word, its light stem, its first and last letters without و/ف (the shapes of verbs,
   deed nouns and participles), the lexicon's lemma when it reads the word without a code, the words beside it, its
   place in the segment, the actor groups before and after it and in the segment, the section, a quote over it.
3. Scores (a model shaped as `data/events/reader.json` would be, built by `scripts/build_event_reader.py` from the
   annotated development sets): a logistic detector gives the probability that the word states an
   annotated event; the best word of each segment over the model's threshold becomes a trigger, its root the one a
   one-against-the-rest logistic model scores highest, its code the root's base code ("04" -> "040").
4. Its reading: a verb at the head of its segment or beside an actor (never after a preposition), present when it
   opens with ي/ت/ن, else past; a noun elsewhere, as `frames._reading` decides between the two readings of a word.
The coder then runs its usual steps on each proposal (filters, subject and target, status, date, place, repeats);
the drafts are marked (`extra["learned"]`, the detector's probability) and their confidence is capped at the
share of such events found right on sets the model was not trained on (`capped`).
A model file that is missing or broken proposes nothing.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from marsad.article import Article
from marsad.events.actors import role_words
from marsad.events.clauses import PUNCT, QUOTE, Sentence
from marsad.events.cues import Cues
from marsad.events.lexicon import Analysis, Lexicon, Trigger
from marsad.language.stem import light_stem
from marsad.resources import load_json

# when a list, `propose` appends here every candidate it scores: (start, end, segment start offset, features),
# also when no model is installed (scripts/build_event_reader.py reads them to train one); None in normal runs
COLLECT: list[tuple[int, int, int, list[str]]] | None = None

# words that state no deed however they are read (prepositions, particles, pronouns, numbers' words, time words
# the lexicon leaves alone); the model learns the rest
FUNCTION_WORDS = frozenset({
    "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم", "قد", "لقد", "لم", "لن", "لا", "ما", "ماذا", "هل", "كل",
    "بعد", "قبل", "خلال", "منذ", "حتي", "عند", "لدي", "بين", "حول", "ضد", "عبر", "نحو", "دون", "غير", "سوي", "الذي",
    "التي", "الذين", "اللذين", "اللتين", "اللاتي", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هو", "هي", "هم", "هن", "نحن",
    "انه", "انها", "انهم", "كما", "كان", "كانت", "يكون", "تكون", "وكان", "وكانت", "وقد", "وفي", "ومن", "والتي",
    "والذي", "اي", "بعض", "جميع", "كافه", "امس", "اليوم", "غدا", "الان", "حيث", "حين", "عندما", "بينما", "فيما",
    "لكن", "ولكن", "اذا", "اذ", "لان", "لها", "له", "لهم", "بها", "به", "منها", "منه", "عليه", "عليها", "فيه", "فيها",
    "ايضا", "وذلك", "وهو", "وهي", "الا", "اما", "وان", "بان", "بانه", "بانها", "لانه", "انما", "ضمن", "اثناء",
})
PREPOSITIONS_BEFORE = frozenset({"في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حول", "ضد",
                                 "عبر", "نحو", "دون", "لدي", "عند", "بين", "اثناء", "هذا", "هذه", "ذلك", "تلك"})
PRESENT_LETTERS = frozenset("يتن")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _bare(word: str) -> str:
    """The word without a leading و or ف (when enough letters remain)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word


@cache
def _no_deeds(cue: Cues) -> frozenset[str]:
    """Words of the coder's own lists that name people, offices, places or a verb's mood, never a deed: titles and
    role nouns ("الرئيس", "حكومة", "الناطق"), members and civilians, place heads, verbs of aspect and modality."""
    words = {*role_words(), *cue.offices, *cue.members, *cue.people, *cue.civilians, *cue.place_heads, *cue.skippers,
             *cue.aspect, *cue.modal, *cue.prepositions, *cue.relatives, *cue.complementizers}
    return frozenset(w for w in words if " " not in w)


def _plain(word: str) -> str:
    """The word without و/ف and the article."""
    b = _bare(word)
    return b[2:] if b.startswith("ال") and len(b) > 4 else b


def candidates(s: Sentence, coded: list[Any], lex: Lexicon, cue: Cues) -> list[int]:
    """Token indices of the words the reader may read as a trigger: in segments the rules left without an event,
    neither actor nor number nor function word nor a word of the coder's lists of people and offices (`_no_deeds`),
    and no trigger the lexicon codes."""
    busy = {s.seg_of[d.i] for d in coded if getattr(d, "sent", None) is s}
    stop = _no_deeds(cue)
    out = []
    for i, tok in enumerate(s.tokens):
        if s.group_at[i] >= 0 or not tok.is_word or s.seg_of[i] in busy:
            continue
        w = s.norms[i]
        if len(w) < 3 or w in FUNCTION_WORDS or w in PUNCT or w in QUOTE:
            continue
        if w in stop or _bare(w) in stop or _plain(w) in stop or "ال" + _plain(w) in stop:
            continue
        if any(a.trigger.code or a.trigger.frames for a in lex.analyse(w, tok.text)):
            continue  # the lexicon's word: the rules dropped it for a reason of their own
        out.append(i)
    return out


def features(s: Sentence, i: int, lex: Lexicon, quotes: list[tuple[int, int]]) -> list[str]:
    """The one-hot features of candidate word i (names of the features present)."""
    w = s.norms[i]
    b = _bare(w)
    a, end = s.segments[s.seg_of[i]]
    at = i - a
    prev = s.norms[i - 1] if i > a else "^"
    nxt = s.norms[i + 1] if i + 1 < end else "$"
    f = [f"w={w}", f"st={light_stem(w)}", f"b2={b[:2]}", f"e2={b[-2:]}", f"e1={b[-1:]}", f"b1={b[:1]}",
         f"len={_bucket(len(b), (3, 4, 5, 6, 7))}", f"at={_bucket(at, (0, 1, 2, 4, 8))}", f"sec={s.section}",
         f"sent={_bucket(s.index, (0, 1, 3))}"]
    if w[:1] in ("و", "ف") and len(w) > 4:
        f.append("conj")
    f.append("p1=" + ("ACTOR" if i > a and s.group_at[i - 1] >= 0 else prev))
    f.append("n1=" + ("ACTOR" if i + 1 < end and s.group_at[i + 1] >= 0 else nxt))
    if i > a + 1:
        f.append("p2=" + ("ACTOR" if s.group_at[i - 2] >= 0 else s.norms[i - 2]))
    after = s.group_starting(i + 1)
    before = s.group_ending(i - 1)
    if after is not None:
        f += [f"ga={after.head.kind}", f"gar={after.head.code[3:6] or 'none'}", f"ga|{b[:1]}"]
    if before is not None:
        f += [f"gb={before.head.kind}", f"gbr={before.head.code[3:6] or 'none'}"]
    groups = [g for g in s.groups if a <= g.t0 < end]
    f.append(f"ng={_bucket(len(groups), (0, 1, 2))}")
    f += [f"gk={g.head.kind}" for g in groups[:3]]
    for an in lex.analyse(w, s.tokens[i].text):
        f += ["lem=" + an.trigger.lemma, "lt=" + an.tense]  # read by the lexicon, without a code here
    tok = s.tokens[i]
    if any(q0 <= tok.start and tok.end <= q1 for q0, q1 in quotes):
        f.append("quoted")
    return f


def _tense(s: Sentence, i: int) -> str:
    """How the proposal is read: a verb at the head of its segment or subclause or beside an actor, never after a
    preposition or a demonstrative; a noun elsewhere (as `frames._reading` chooses between a word's readings)."""
    w = s.norms[i]
    if w.startswith(("ال", "وال", "فال", "بال", "لل")) or w.endswith("ات") or s.tokens[i].text.endswith("ة"):
        return "noun"
    if i > 0 and s.norms[i - 1] in PREPOSITIONS_BEFORE:
        return "noun"
    head = i == s.segments[s.seg_of[i]][0] or i == s.subs[s.sub_of[i]][0]
    beside = s.group_ending(i - 1) is not None or s.group_starting(i + 1) is not None
    if not (head or beside):
        return "noun"
    return "pres" if _bare(w)[:1] in PRESENT_LETTERS and len(_bare(w)) >= 4 else "past"


def reading(s: Sentence, i: int, root: str) -> Analysis:
    """The lexicon-like reading of a proposed trigger: its root's base code, no frames, no roles."""
    w = s.norms[i]
    tense = _tense(s, i)
    prefix = w[:1] if w[:1] in ("و", "ف") and len(w) > 4 else ""
    trigger = Trigger(-1, "N" if tense == "noun" else "V", light_stem(w), root + "0", (), {})
    definite = w[len(prefix):].startswith("ال")
    return Analysis(trigger, tense, None, None, None, prefix, "def" if definite else "", definite)


Model = dict[str, Any]
_INSTALLED: list[Model | None] = []  # a model given by `install` (the bench's folds) instead of the packaged one


def install(m: Model | None) -> None:
    """Use this model (a dict shaped as reader.json) until `uninstall`; None proposes nothing."""
    _INSTALLED[:] = [m]


def uninstall() -> None:
    _INSTALLED.clear()


def parse(data: Any) -> Model | None:
    """A model from its JSON form (threshold, cap, detect and per root: intercept and weights by feature name);
    None when it is not one."""
    try:
        m = {"threshold": float(data["threshold"]), "cap": float(data["cap"]),
             "detect": (float(data["detect"]["intercept"]), {str(k): float(v) for k, v in data["detect"]["weights"].items()}),
             "roots": {str(r): (float(v["intercept"]), {str(k): float(x) for k, x in v["weights"].items()})
                       for r, v in data["roots"].items()}}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return m if m["roots"] else None


@cache
def _packaged() -> Model | None:
    try:
        return parse(load_json("events", "reader.json"))
    except (OSError, ValueError):
        return None


def model() -> Model | None:
    """The model in use: an installed one, else a packaged `data/events/reader.json` (None: none ships)."""
    return _INSTALLED[0] if _INSTALLED else _packaged()


def _z(part: tuple[float, dict[str, float]], names: list[str]) -> float:
    intercept, weights = part
    return intercept + sum(weights.get(n, 0.0) for n in names)


def probability(m: Model, names: list[str]) -> float:
    """The detector's probability that a word with these features states an event."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, _z(m["detect"], names)))))


def root_of(m: Model, names: list[str]) -> str:
    """The root the root model scores highest (ties: the smaller root)."""
    return max(sorted(m["roots"]), key=lambda r: _z(m["roots"][r], names))


def propose(art: Article, s: Sentence, coded: list[Any], lex: Lexicon, cue: Cues) -> dict[int, tuple[Analysis, float]]:
    """The reader's triggers in one sentence the rules have coded (`coded`: its drafts): token index -> (reading,
    probability), at most one per segment."""
    m = model()
    if m is None and COLLECT is None:
        return {}
    quotes = [(q.span.start, q.span.end) for q in art.quotes]
    best: dict[int, tuple[float, int, list[str]]] = {}
    for i in candidates(s, coded, lex, cue):
        names = features(s, i, lex, quotes)
        if COLLECT is not None:
            COLLECT.append((s.tokens[i].start, s.tokens[i].end, s.tokens[s.segments[s.seg_of[i]][0]].start, names))
        if m is None:
            continue
        p = probability(m, names)
        seg = s.seg_of[i]
        if p >= m["threshold"] and (seg not in best or p > best[seg][0]):
            best[seg] = (p, i, names)
    return {i: (reading(s, i, root_of(m, names)), p) for p, i, names in best.values()} if m is not None else {}


def capped(confidence: float | None) -> float | None:
    """The confidence of an event the reader proposed: the rule model's, at most the share of the reader's events
    found right on sets its model was not trained on."""
    m = model()
    if confidence is None or m is None:
        return confidence
    return min(confidence, m["cap"])
