"""Experiment 19c: how far a coder learned from the development sets gets, leaving one set out (bench only).

usage: .venv/bin/python bench/events_learned.py [--gold DIR ...] [--cache FILE] [--no-rules-features]

Each annotated article of the development sets (default dev, dev2 … dev9; never bench/gold nor the fresh set) is
analysed once by marsad; the rule coder's events are kept for comparison. The text is cut into clauses as the coder
cuts it (`marsad.events.clauses`: segments of a sentence at commas, clause openers and verbs joined by و/ف), and
each clause is described by what marsad's stages give: its words and light stems, the trigger lexicon's readings
(lemma, root of the default code and of the frames, tense), the actor groups in it, its section and place, the
quotes stage's quotes and claims over it; a second variant (left out with `--no-rules-features`) adds the rule
coder's event over it (a stacked model). An
annotated event belongs to the clause its evidence overlaps most (found after the scorecard's folding, as
`eval_events.py` does). Then, for each set in turn, models are fitted on the other sets and measured on it:

1. clause detection: a logistic regression says which clauses hold an annotated event (P/R/F1 over clauses; the
   rule coder "detects" a clause when one of its events lies over it);
2. root: a logistic regression (one root against the rest) over the clauses that hold an annotated event (accuracy against the
   annotated root; the rule coder's root of its event over the clause, where it codes one);
3. actors: source and target ranked among the actor groups of the clause, the groups before it in its sentence,
   the subject carried from the sentences before and the title's first actor (a logistic score per candidate; the
   target may be none); accuracy on the clauses holding an annotated event, against the rule coder's choice where
   it codes the clause;
4. together: every clause whose probability (or, second way, the confidence in the whole event: that probability
   times the root's and each actor's) passes a threshold becomes one event (the clause as evidence, the predicted
   root and actors) and is scored as `eval_events.py` scores marsad (evidence overlap, one to one;
   "events" wants the root and both actors right, "root only" the root). The threshold is chosen on the training
   sets alone: the best summed F1 on a grid, each of four folds of whole training sets predicted by models fitted
   on the others. The union takes the rule coder's events and adds the model's where the rules code nothing over
   the clause (its own threshold, chosen the same way).

Features come from the text and marsad's stages only; the annotation of the held-out set is read only to score.
Findings and figures: docs/events.md, "Experiment 19c".
"""

from __future__ import annotations

import contextlib
import functools
import io
import pickle
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_events  # noqa: E402
from annotated import annotated  # noqa: E402
from eval_events import pair  # noqa: E402
from marsad.events import learned  # noqa: E402
from marsad.events.learned import Cand, Clause, overlap  # noqa: E402
from scorecard import accepts  # noqa: E402
from switching import UNSEEN, unseen  # noqa: E402
from tally import Tally  # noqa: E402

# the scorer's own pairing, its evidence search kept once per text and evidence (thresholds rescore often)
eval_events.evidence_range = functools.cache(eval_events.evidence_range)
evidence_range = eval_events.evidence_range

SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")
GRID = (0.01, 0.02, 0.03, 0.05, 0.07, *(k / 100 for k in range(10, 91, 5)))
# how clauses become events: (union with the rule coder's events, threshold on the whole event's confidence)
MODES = {"m": (False, False), "j": (False, True), "u": (True, False), "uj": (True, True)}
MODE_NAMES = {"m": "model: clauses by their probability", "j": "model: clauses by the confidence in the whole event",
              "u": "union: rules, then model clauses by probability where the rules code nothing",
              "uj": "union: rules, then model clauses by event confidence where the rules code nothing"}
INNER = 4  # folds of the training sets (whole sets each) that choose the threshold
# candidate feature families left out, to compare variants on one cache (`--drop rf`): "rf" what the rule coder's
# finders pick (round 21b; the features only: the candidates the finders add, "where=finder", stay); any prefix of a
# feature name works
DROP: tuple[str, ...] = ()
JOINT = False  # the source and target chosen together (`learned.best_pair`)
PAIRS = "code"  # with JOINT, which may pair (`learned.Model.pairs`): "code" or "mention" (two mentions of one code)
RANK = "pointwise"  # or "pairwise" (`_fit_pairs`)
RANK_C = 0.3



# per clause: probability that it holds an event, root, source, target, and the confidence in the whole event
# (that probability times those of the root and of each actor)
Pred = tuple[float, str, str | None, str | None, float]


@dataclass
class Doc:
    set: str
    name: str
    text: str
    gold: list[dict[str, Any]]
    rules: list[dict[str, Any]]
    clauses: list[Clause]
    lost: int = 0  # annotated events whose evidence is not found or lies in no clause


# ---------------------------------------------------------------- reading the sets


def read_doc(set_name: str, gold_dir: Path, name: str, exp: dict[str, Any], published: str | None) -> Doc | None:
    """One article: marsad's analysis, its clauses with features and candidates (`marsad.events.learned`,
    as the shipped learned step reads them), the rule coder's events and the annotation attached."""
    from marsad.api import analyze
    from marsad.errors import InputError
    from marsad.record import to_record

    try:
        art = analyze(gold_dir / name, published=published)
    except (InputError, OSError) as err:
        print(f"skip {name}: {err}", file=sys.stderr)
        return None
    rec = to_record(art)
    text = rec["text"]
    clauses = learned.clauses_of(art)
    for c in clauses:
        for cand in c.cands:
            cand.group = None  # the groups are for making events; the benches keep the codes and features
    rules = rec["events"]
    # the rule coder's events: each on the clause its evidence overlaps most
    for ev in rules:
        e0, e1 = ev["evidence"]["start"], ev["evidence"]["end"]
        best = max(clauses, key=lambda c: overlap(c.start, c.end, e0, e1), default=None)
        if best is not None and overlap(best.start, best.end, e0, e1) > 0 and best.rule is None:
            best.rule = ev
    lost = 0
    for g in exp["events"]:
        where = evidence_range(text, g.get("evidence", ""))
        best = None
        if where is not None:
            best = max(clauses, key=lambda c: overlap(c.start, c.end, *where), default=None)
        if best is None or where is None or overlap(best.start, best.end, *where) == 0:
            lost += 1
            continue
        best.golds.append(g)
    return Doc(set_name, name, text, exp["events"], rules, clauses, lost)


def read_sets(sets: Iterable[tuple[str, Path]]) -> list[Doc]:
    docs: list[Doc] = []
    for set_name, gold_dir in sets:
        for name, exp, published in annotated(gold_dir, "events"):
            doc = read_doc(set_name, gold_dir, name, exp, published)
            if doc is not None:
                docs.append(doc)
    return docs


def cached_docs(named: Sequence[tuple[str, Path]], cache: Path | None) -> list[Doc] | None:
    """The analysed sets (set name, folder), read from the pickle `cache` when it exists, else read and kept there;
    None, after one line on stderr, when a set lies in a set kept unseen."""
    if (kept := unseen([d for _n, d in named])) is not None:
        print(f"{kept}: development sets only, never {' or '.join('bench/' + u for u in UNSEEN)}", file=sys.stderr)
        return None
    if cache is not None and cache.exists():
        docs: list[Doc] = pickle.loads(cache.read_bytes())
        return docs
    with contextlib.redirect_stderr(io.StringIO()):
        docs = read_sets(named)
    if cache is not None:
        cache.write_bytes(pickle.dumps(docs))
    return docs


def add_variant_options(ap: Any) -> None:
    """The options that choose a variant of the actor rankers (module settings `DROP`, `RANK`, `RANK_C`, `JOINT`,
    `PAIRS`)."""
    ap.add_argument("--drop", default="", help="candidate feature families to leave out (bench/events_learned.py DROP)")
    ap.add_argument("--rank", choices=("pointwise", "pairwise"), default="pointwise", help="how the actor rankers learn")
    ap.add_argument("--joint", action="store_true", help="choose the source and target together")
    ap.add_argument("--pairs", choices=("code", "mention"), default="code",
                    help="with --joint, which may pair: never one code twice, or two mentions of one code (the build's)")
    ap.add_argument("--rank-c", type=float, default=0.3, help="the actor rankers' C")


def use_variant(args: Any) -> None:
    """Set the module's ranker settings from `add_variant_options`' options."""
    global DROP, RANK, RANK_C, JOINT, PAIRS
    DROP = tuple(x for x in args.drop.split(",") if x)
    RANK, RANK_C, JOINT, PAIRS = args.rank, args.rank_c, args.joint, args.pairs


# ---------------------------------------------------------------- the models


def _actor(ev: dict[str, Any] | None, role: str) -> str | None:
    return ((ev or {}).get(role) or {}).get("actor")


def _root_label(g: dict[str, Any]) -> str:
    spec = g.get("cameo_root")
    return str(spec["accept"][0]) if isinstance(spec, dict) else str(spec)


_FEATS: dict[tuple[int, bool], dict[str, float]] = {}  # built once per clause and variant


def clause_feats(c: Clause, rules_feats: bool) -> dict[str, float]:
    key = (id(c), rules_feats)
    if key not in _FEATS:
        _FEATS[key] = _clause_feats(c, rules_feats)
    return _FEATS[key]


def _clause_feats(c: Clause, rules_feats: bool) -> dict[str, float]:
    f = learned.clause_features(c)
    if rules_feats:
        if c.rule is None:
            f["rule=none"] = 1.0
        else:
            f["rule=coded"] = 1.0
            f["rule_root=" + c.rule["root"]] = 1.0
            f["rule_status=" + c.rule.get("status", "")] = 1.0
    return f


def _dropped(key: str) -> bool:
    return any(key.startswith((p, "none|" + p)) for p in DROP)


def cand_feats(c: Clause, cand: Cand, root: str, role: str, rules_feats: bool) -> dict[str, float]:
    f = learned.candidate_features(c, cand, root)
    if DROP:
        f = {k: v for k, v in f.items() if not _dropped(k)}
    if rules_feats and c.rule is not None:
        if cand.code is None:
            if _actor(c.rule, "target") is None:
                f["none|rule_none"] = 1.0
        else:
            for r in ("source", "target"):
                if _actor(c.rule, r) == cand.code:
                    f[f"rule_{r}"] = 1.0
                    f[f"rule_{r}|r={root}"] = 1.0
    return f


def _fit(x: Any, y: list[Any], c: float) -> Any:
    """A logistic regression (liblinear, fast on sparse one-hot rows; one against the rest for the roots)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    lr = LogisticRegression(C=c, solver="liblinear")
    return (OneVsRestClassifier(lr) if len(set(y)) > 2 else lr).fit(_int32(x), y)


def _fit_pairs(x: Any, y: list[int], groups: list[int], c: float) -> Any:
    """A pairwise ranker: a logistic regression without intercept on the differences between each right
    candidate of a clause and each wrong one (half of them turned round, so both classes are seen); its score
    orders a clause's candidates as the pointwise model's probability does."""
    import numpy as np
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    by: dict[int, tuple[list[int], list[int]]] = {}
    for k, (label, g) in enumerate(zip(y, groups, strict=True)):
        by.setdefault(g, ([], []))[0 if label else 1].append(k)
    left: list[int] = []
    right: list[int] = []
    signs: list[int] = []
    for good, bad in by.values():
        for a in good:
            for b in bad:
                flip = len(signs) % 2
                left.append(b if flip else a)
                right.append(a if flip else b)
                signs.append(0 if flip else 1)
    x = x.tocsr()
    diff = sparse.csr_matrix(x[np.array(left)] - x[np.array(right)])
    lr = LogisticRegression(C=c, solver="liblinear", fit_intercept=False)
    return lr.fit(_int32(diff), signs)


def _int32(x: Any) -> Any:
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")
    return x


class Model:
    """The three parts fitted on a list of documents."""

    def __init__(self, docs: list[Doc], rules_feats: bool):
        from sklearn.feature_extraction import DictVectorizer

        self.rules_feats = rules_feats
        clauses = [c for d in docs for c in d.clauses]
        self.vec = DictVectorizer()
        x = self.vec.fit_transform([clause_feats(c, rules_feats) for c in clauses])
        y = [1 if c.golds else 0 for c in clauses]
        self.detect = _fit(x, y, 0.3)
        pos = [c for c in clauses if c.golds]
        self.root = _fit(self.vec.transform([clause_feats(c, rules_feats) for c in pos]),
                         [_root_label(c.golds[0]) for c in pos], 1.0)
        self.rankers = {}
        for role in ("source", "target"):
            rows, labels, groups = [], [], []
            for k, c in enumerate(pos):
                root = _root_label(c.golds[0])
                for cand in learned.candidates(c, role):
                    rows.append(cand_feats(c, cand, root, role, rules_feats))
                    labels.append(1 if any(accepts(g.get(role), cand.code) for g in c.golds) else 0)
                    groups.append(k)
            vec = DictVectorizer()
            xr = vec.fit_transform(rows)
            fit = _fit_pairs(xr, labels, groups, RANK_C) if RANK == "pairwise" else _fit(xr, labels, RANK_C)
            self.rankers[role] = (vec, fit)

    def predict(self, docs: list[Doc]) -> list[list[Pred]]:
        """Per document, per clause: (probability of an event, root, source, target)."""
        clauses = [c for d in docs for c in d.clauses]
        if not clauses:
            return [[] for _ in docs]
        x = _int32(self.vec.transform([clause_feats(c, self.rules_feats) for c in clauses]))
        probs = self.detect.predict_proba(x)[:, 1]
        root_p = self.root.predict_proba(x)
        roots = [str(self.root.classes_[k]) for k in root_p.argmax(axis=1)]
        if JOINT:
            sources, targets = self._pairs(clauses, roots)
        else:
            sources = self._best(clauses, roots, "source", [None] * len(clauses))
            targets = self._best(clauses, roots, "target", [code for code, _ in sources])
        rows = [(float(p), root, src, tgt, float(p * rp.max() * sp * tp)) for p, rp, root, (src, sp), (tgt, tp)
                in zip(probs, root_p, roots, sources, targets, strict=True)]
        out, k = [], 0
        for d in docs:
            out.append(rows[k : k + len(d.clauses)])
            k += len(d.clauses)
        return out

    def _scores(self, clauses: list[Clause], roots: list[str], role: str) -> list[list[tuple[str | None, float]]]:
        """Every candidate of each clause for the role with its probability."""
        lists = [learned.candidates(c, role) for c in clauses]
        rows = [cand_feats(c, k, root, role, self.rules_feats) for c, root, ks in zip(clauses, roots, lists, strict=True)
                for k in ks]
        vec, lr = self.rankers[role]
        scores = lr.predict_proba(_int32(vec.transform(rows)))[:, 1] if rows else []
        out, at = [], 0
        for ks in lists:
            out.append([(k.code, float(scores[at + n])) for n, k in enumerate(ks)])
            at += len(ks)
        return out

    def _pairs(self, clauses: list[Clause], roots: list[str]) -> tuple[list[tuple[str | None, float]],
                                                                       list[tuple[str | None, float]]]:
        """The source and target chosen together: the pair of different actors with the highest product of
        probabilities (`learned.Model.pair`)."""
        src, tgt = [], []
        for ss, ts in zip(self._scores(clauses, roots, "source"), self._scores(clauses, roots, "target"), strict=True):
            if PAIRS == "mention":  # a candidate is its place in the list (the same in both, the target's "no one" last)
                (s_, sp), (t_, tp) = learned.best_pair([((k, c), p) for k, (c, p) in enumerate(ss)],
                                                       [((k, c), p) for k, (c, p) in enumerate(ts)], _place)
                src.append((s_[1] if s_ is not None else None, sp))
                tgt.append((t_[1] if t_ is not None else None, tp))
                continue
            s1, t1 = learned.best_pair(ss, ts, lambda code: code)
            src.append(s1)
            tgt.append(t1)
        return src, tgt

    def _best(self, clauses: list[Clause], roots: list[str], role: str,
              other: list[str | None]) -> list[tuple[str | None, float]]:
        """The best scored candidate of each clause for the role (not the actor `other` holds), its probability."""
        lists = [[k for k in learned.candidates(c, role) if k.code is None or k.code != o] for c, o in zip(clauses, other,
                                                                                                     strict=True)]
        rows = [cand_feats(c, k, root, role, self.rules_feats) for c, root, ks in zip(clauses, roots, lists, strict=True)
                for k in ks]
        if not rows:
            return [(None, 0.0)] * len(clauses)
        vec, lr = self.rankers[role]
        scores = lr.predict_proba(_int32(vec.transform(rows)))[:, 1]
        out: list[tuple[str | None, float]] = []
        at = 0
        for ks in lists:
            if not ks:
                out.append((None, 0.0))
                continue
            part = scores[at : at + len(ks)]
            out.append((ks[int(part.argmax())].code, float(part.max())))
            at += len(ks)
        return out


def _place(k: tuple[int, str | None] | None) -> str | None:
    """A candidate's mention for `learned.best_pair` when two mentions of one code may pair (`PAIRS`)."""
    return None if k is None or k[1] is None else str(k[0])


# ---------------------------------------------------------------- scoring


def _event(c: Clause, root: str, src: str | None, tgt: str | None) -> dict[str, Any]:
    return {"evidence": {"start": c.start, "end": c.end}, "root": root,
            "source": {"actor": src} if src else None, "target": {"actor": tgt} if tgt else None}


def model_events(d: Doc, pred: list[Pred], threshold: float,
                 union: bool, joint: bool) -> list[dict[str, Any]]:
    """The model's events over one document: clauses whose probability (with `joint`, the confidence in the whole
    event) passes the threshold; with `union`, the rule coder's first and the model's where the rules code
    nothing over the clause."""
    out = list(d.rules) if union else []
    for c, (p, root, src, tgt, conf) in zip(d.clauses, pred, strict=True):
        if (conf if joint else p) < threshold:
            continue
        if union and any(overlap(c.start, c.end, r["evidence"]["start"], r["evidence"]["end"]) for r in d.rules):
            continue
        out.append(_event(c, root, src, tgt))
    return out


def score_events(docs: list[Doc], events: list[list[dict[str, Any]]], with_actors: bool) -> Tally:
    t = Tally()
    for d, got in zip(docs, events, strict=True):
        t.add(len(pair(d.gold, got, d.text, with_actors)), len(got), len(d.gold))
    return t


def best_threshold(docs: list[Doc], preds: list[list[Pred]],
                   union: bool, joint: bool) -> float:
    best, best_f = GRID[-1], -1.0
    for th in GRID:
        f = score_events(docs, [model_events(d, p, th, union, joint) for d, p in zip(docs, preds, strict=True)],
                         True).prf()[2]
        if f > best_f:
            best, best_f = th, f
    return best


def by_set(docs: list[Doc]) -> dict[str, list[Doc]]:
    out: dict[str, list[Doc]] = {}
    for d in docs:
        out.setdefault(d.set, []).append(d)
    return out


def run(docs: list[Doc], rules_feats: bool, label: str) -> None:
    sets = by_set(docs)
    names = list(sets)
    rows: dict[str, dict[str, Any]] = {}
    keys = ("det_m", "det_r", "root_m", "root_r", "root_rc", "src_m", "src_r", "tgt_m", "tgt_r", "both_m", "both_r",
            "src_a", "tgt_a", "both_a", *(f"{k}_{m}" for k in ("ev", "ro") for m in ("r", *MODES)))
    total: dict[str, Any] = {}
    for held in names:
        train = [d for n in names if n != held for d in sets[n]]
        test = sets[held]
        # the threshold from the training sets alone: each predicted by a model fitted on the others
        inner_docs: list[Doc] = []
        inner_preds: list[list[Pred]] = []
        rest = [n for n in names if n != held]
        for fold in range(INNER):
            part = rest[fold::INNER]
            inner = [d for n in part for d in sets[n]]
            inner_docs += inner
            inner_preds += Model([d for n in rest if n not in part for d in sets[n]], rules_feats).predict(inner)
        thresholds = {m: best_threshold(inner_docs, inner_preds, union, joint) for m, (union, joint) in MODES.items()}
        th = thresholds["m"]
        preds = Model(train, rules_feats).predict(test)
        r: dict[str, Any] = {k: Tally() for k in keys}
        r["th"] = thresholds
        for d, pred in zip(test, preds, strict=True):
            for c, (p, root, src, tgt, _conf) in zip(d.clauses, pred, strict=True):
                gold = bool(c.golds)
                r["det_m"].add(int(gold and p >= th), int(p >= th), int(gold))
                r["det_r"].add(int(gold and c.rule is not None), int(c.rule is not None), int(gold))
                if not gold:
                    continue
                ok_root = any(accepts(g.get("cameo_root"), root) for g in c.golds)
                r["root_m"].add(int(ok_root), 1, 1)
                r["src_a"].add(int(any(accepts(g.get("source"), src) for g in c.golds)), 1, 1)
                r["tgt_a"].add(int(any(accepts(g.get("target"), tgt) for g in c.golds)), 1, 1)
                r["both_a"].add(int(any(accepts(g.get("source"), src) and accepts(g.get("target"), tgt)
                                        for g in c.golds)), 1, 1)
                rule = c.rule
                r["root_r"].add(int(rule is not None and any(accepts(g.get("cameo_root"), rule["root"])
                                                             for g in c.golds)), 1, 1)
                if rule is not None:
                    r["root_rc"].add(int(any(accepts(g.get("cameo_root"), rule["root"]) for g in c.golds)), 1, 1)
                    rs, rt = _actor(rule, "source"), _actor(rule, "target")
                    r["src_r"].add(int(any(accepts(g.get("source"), rs) for g in c.golds)), 1, 1)
                    r["tgt_r"].add(int(any(accepts(g.get("target"), rt) for g in c.golds)), 1, 1)
                    r["both_r"].add(int(any(accepts(g.get("source"), rs) and accepts(g.get("target"), rt)
                                            for g in c.golds)), 1, 1)
                    # the model's actors on the same clauses, for a like-for-like comparison
                    r["src_m"].add(int(any(accepts(g.get("source"), src) for g in c.golds)), 1, 1)
                    r["tgt_m"].add(int(any(accepts(g.get("target"), tgt) for g in c.golds)), 1, 1)
                    r["both_m"].add(int(any(accepts(g.get("source"), src) and accepts(g.get("target"), tgt)
                                            for g in c.golds)), 1, 1)
        for key, (union, joint) in MODES.items():
            events = [model_events(d, p, thresholds[key], union, joint) for d, p in zip(test, preds, strict=True)]
            r["ev_" + key] = score_events(test, events, True)
            r["ro_" + key] = score_events(test, events, False)
        r["ev_r"] = score_events(test, [d.rules for d in test], True)
        r["ro_r"] = score_events(test, [d.rules for d in test], False)
        rows[held] = r
        for k in keys:
            total.setdefault(k, Tally()).add(r[k].tp, r[k].got, r[k].want)
        print(f"  fitted {label} without {held} ({time.strftime('%H:%M:%S')})", file=sys.stderr)
    _print(label, rows, total, keys)


def _print(label: str, rows: dict[str, dict[str, Any]], total: dict[str, Any], keys: Sequence[str]) -> None:
    print(f"\n#### {label}")
    print("\n1. clause detection, P R F1 (tp/predicted/annotated clauses)")
    print(f"{'set':6} {'thr':>4}  {'model':32} {'rule coder':32}")
    for n, r in [*rows.items(), ("sum", {**total, "th": None})]:
        th = f"{r['th']['m']:.2f}" if r.get("th") is not None else ""
        print(f"{n:6} {th:>4}  {r['det_m'].cell():32} {r['det_r'].cell():32}")
    print("\n2. root on clauses holding an annotated event: accuracy (right/clauses)")
    print(f"{'set':6} {'model':18} {'rule coder (all)':20} {'rule coder (where it codes)':28}")
    for n, r in [*rows.items(), ("sum", total)]:
        print(f"{n:6} {_acc(r['root_m']):18} {_acc(r['root_r']):20} {_acc(r['root_rc']):28}")
    print("\n3. actors on the clauses holding an annotated event that the rule coder codes: accuracy model | rules")
    print(f"{'set':6} {'source':28} {'target':28} {'both':28}")
    for n, r in [*rows.items(), ("sum", total)]:
        print(f"{n:6} {_acc(r['src_m'])} | {_acc(r['src_r']):12} {_acc(r['tgt_m'])} | {_acc(r['tgt_r']):12} "
              f"{_acc(r['both_m'])} | {_acc(r['both_r']):12}")
    print("   the model's actors on every clause holding an annotated event")
    for n, r in [*rows.items(), ("sum", total)]:
        print(f"{n:6} {_acc(r['src_a']):28} {_acc(r['tgt_a']):28} {_acc(r['both_a']):28}")
    print("\n4. events as eval_events.py scores them, P R F1 (tp/coded/annotated); root and both actors right | root only")
    for key, title in (("r", "rule coder (marsad as it stands)"), *((m, MODE_NAMES[m]) for m in MODES)):
        print(f"  {title}")
        for n, r in [*rows.items(), ("sum", {**total, "th": None})]:
            th = f"{r['th'][key]:.2f}" if r.get("th") is not None and key in r["th"] else ""
            print(f"{n:6} {th:>5}  {r['ev_' + key].cell():32} | {r['ro_' + key].cell():32}")


def _acc(t: Tally) -> str:
    return f"{t.tp / t.got if t.got else 0.0:.3f} ({t.tp}/{t.got})"


def ceilings(docs: list[Doc]) -> None:
    """What the clause frame allows at best: events lost, clauses with two events, actors among the candidates."""
    n = sum(len(d.gold) for d in docs)
    lost = sum(d.lost for d in docs)
    pos = [c for d in docs for c in d.clauses if c.golds]
    multi = sum(len(c.golds) - 1 for c in pos)
    src = sum(any(any(accepts(g.get("source"), k.code) for k in c.cands) for g in c.golds) for c in pos)
    tgt = sum(any(g.get("target") is None or any(accepts(g.get("target"), k.code) for k in c.cands)
                  for g in c.golds) for c in pos)
    both = sum(any(any(accepts(g.get("source"), k.code) for k in c.cands) and (
        accepts(g.get("target"), None) or any(accepts(g.get("target"), k.code) for k in c.cands)) for g in c.golds)
        for c in pos)
    clauses = sum(len(d.clauses) for d in docs)
    print(f"articles {len(docs)}, clauses {clauses}, annotated events {n}: {lost} not found in a clause, "
          f"{len(pos)} clauses hold one or more ({multi} events share a clause with another: one event per clause "
          f"finds at most {len(pos)})")
    print(f"candidates hold an accepted source on {src}/{len(pos)} of those clauses, an accepted target (or none "
          f"wanted) on {tgt}, both on {both}")


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--gold", action="append", type=Path, help="a development set (default: dev, dev2 … dev9)")
    ap.add_argument("--cache", type=Path, help="keep the analysed sets in this pickle (read it when it exists)")
    ap.add_argument("--no-rules-features", action="store_true", help="only the learned model without the rule "
                    "coder's events as features (the default prints both)")
    args = ap.parse_args(argv)
    dirs = args.gold or [ROOT / "bench" / s / "saudinewsnet" for s in SETS]
    t0 = time.time()
    found = cached_docs([(g.parent.name, g) for g in dirs], args.cache)
    if found is None:
        return 2
    docs = found
    print(f"read {len(docs)} articles in {time.time() - t0:.0f} s", file=sys.stderr)
    if len(by_set(docs)) < 3:
        print("leave one set out needs three sets or more", file=sys.stderr)
        return 2
    ceilings(docs)
    if not args.no_rules_features:
        run(docs, True, "learned, with the rule coder's event over the clause among the features")
    run(docs, False, "learned from marsad's stages and the text only (no rule coder features)")
    print(f"\n({time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
