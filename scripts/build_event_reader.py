"""Build src/marsad/data/events/reader.json: the learned trigger and root reader of the event coder (round 19e).

usage: .venv/bin/python scripts/build_event_reader.py [--cache FILE] [--dry-run]

1. Analyse every annotated article of the development sets dev, dev2 … dev10 (named one by one: never the held-out
   bench/gold nor the fresh set) with `marsad.analyze` (kept in a pickle with `--cache`).
2. Code each article with the rules and collect the reader's candidates (`marsad.events.reader.COLLECT`: the words
   of the segments the rules leave empty that the lexicon does not code) with their features, exactly as the
   stage computes them at run time.
3. Labels. An annotated event whose evidence a rule event overlaps is the rules' business: candidates inside its
   evidence are left out. A candidate inside the evidence of another annotated event may be its trigger; one
   outside all evidence is a negative. Which word of the evidence states the event is not annotated: a first fit
   gives each word of an event's evidence a share 1/k of a positive (detector) and of its root (root model); then
   the word whose features best predict the event (detector probability times the probability of the annotated
   root) is taken as its trigger, the other words of its evidence are left out, and both models are fitted again.
4. Fit (scikit-learn, a dev dependency only: the stage reads the JSON with the standard library): the detector is an
   L2 logistic regression (liblinear, C = 0.3) over all candidates; the root model one L2 logistic regression per
   root against the rest (C = 1.0) over the triggers, roots with 3 triggers or more. Features seen fewer than three times
   are dropped; weights are rounded to four decimals and those under 0.01 dropped.
5. The threshold on the detector's probability is chosen by four inner folds of whole sets (each coded with a model
   fitted on the others; the best events F1 summed over the sets, root and both actors right). The cap on the
   confidence of the reader's events is the share of them found right leaving one set out (`bench/events_reader.py`
   prints it; pass it with `--cap`).
Deterministic: the same sets give the same file.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_events  # noqa: E402
import switching  # noqa: E402
import tally  # noqa: E402
from annotated import annotated  # noqa: E402
from eval_events import pair  # noqa: E402

# the scorer's evidence search, kept once per text and evidence (the folds rescore the same articles often)
evidence_range = functools.cache(eval_events.evidence_range)

# the development sets, named one by one (a glob of bench/dev* would reach the fresh set)
SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")
FORBIDDEN = switching.UNSEEN
OUT = ROOT / "src" / "marsad" / "data" / "events" / "reader.json"
C_DETECT, C_ROOT = 0.3, 1.0
MIN_COUNT = 3  # a feature seen once or twice learns the article it came from
WEIGHT_CUT = 0.01  # smaller weights change no decision of the model
MIN_ROOT = 3  # triggers a root needs to get a model of its own
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
INNER = 4


@dataclass
class Doc:
    set: str
    name: str
    art: Any
    gold: list[dict[str, Any]]
    rules: list[dict[str, Any]] = field(default_factory=list)  # the rules' events (reader off)
    cands: list[tuple[int, int, int, list[str]]] = field(default_factory=list)


def load(sets: Sequence[str], cache: Path | None) -> list[Doc]:
    """The annotated articles of the sets, analysed once (read from / written to `cache`)."""
    from marsad.api import analyze
    from marsad.errors import InputError

    for s in sets:
        if s in FORBIDDEN or not s.startswith("dev"):
            raise SystemExit(f"{s}: development sets only (never bench/gold nor the fresh set)")
    if cache is not None and cache.exists():
        rows = pickle.loads(cache.read_bytes())
        return [Doc(s, n, a, g) for s, n, a, g in rows if s in sets]
    docs = []
    for s in sets:
        d = ROOT / "bench" / s / "saudinewsnet"
        with contextlib.redirect_stderr(io.StringIO()):
            for name, exp, published in annotated(d, "events"):
                try:
                    art = analyze(d / name, published=published)
                except (InputError, OSError):
                    continue
                docs.append(Doc(s, name, art, exp["events"]))
    if cache is not None:
        cache.write_bytes(pickle.dumps([(d.set, d.name, d.art, d.gold) for d in docs]))
    return docs


def as_dict(ev: Any) -> dict[str, Any]:
    """An event as the record writes the parts the scorer reads."""
    return {"evidence": {"start": ev.evidence.start, "end": ev.evidence.end}, "root": ev.root, "code": ev.code,
            "source": {"actor": ev.source.actor} if ev.source else None,
            "target": {"actor": ev.target.actor} if ev.target else None,
            "trigger": (ev.trigger.start, ev.trigger.end) if ev.trigger else None, "confidence": ev.confidence}


def code(doc: Doc, model: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The coder's events for one article with this reader model installed (None: the rules alone)."""
    from marsad.events import reader
    from marsad.events.coder import code_article

    reader.install(model)
    try:
        return [as_dict(e) for e in code_article(doc.art)]
    finally:
        reader.uninstall()


def collect(docs: list[Doc]) -> None:
    """The rules' events and the reader's candidates with their features, for each article."""
    from marsad.events import reader

    for d in docs:
        reader.COLLECT = []
        try:
            d.rules = code(d, None)
            d.cands = reader.COLLECT
        finally:
            reader.COLLECT = None


def root_label(g: dict[str, Any]) -> str:
    spec = g.get("cameo_root")
    return str(spec["accept"][0]) if isinstance(spec, dict) else str(spec)


def labels(d: Doc) -> list[int | None]:
    """Per candidate: the index of the annotated event whose evidence holds it, -1 for a negative, None when left
    out (inside the evidence of an event a rule event overlaps)."""
    text = d.art.text
    spans = []
    for g in d.gold:
        where = evidence_range(text, g.get("evidence", ""))
        if where is None:
            spans.append(None)
            continue
        lo, hi = where
        ruled = any(r["evidence"]["start"] < hi and r["evidence"]["end"] > lo for r in d.rules)
        spans.append((lo, hi, ruled))
    out: list[int | None] = []
    for start, end, _seg, _f in d.cands:
        hit: int | None = -1
        for gi, sp in enumerate(spans):
            if sp is not None and sp[0] < end and sp[1] > start:
                if sp[2]:
                    hit = None
                    break
                if hit == -1:
                    hit = gi
        out.append(hit)
    return out


def _fit(rows: list[dict[str, float]], y: list[Any], w: list[float], c: float) -> tuple[Any, dict[str, Any]]:
    """L2 logistic regressions (liblinear), one per class against the rest (one for two classes: key "1")."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = _int32(vec.fit_transform(rows))
    classes = sorted({str(v) for v in y})
    out = {}
    for cls in (["1"] if set(classes) <= {"0", "1"} else classes):
        lr = LogisticRegression(C=c, solver="liblinear", random_state=0)
        out[cls] = lr.fit(x, [int(str(v) == cls) for v in y], sample_weight=w)
    return vec, out


def _int32(x: Any) -> Any:
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")
    return x


def _proba(vec: Any, models: dict[str, Any], rows: list[dict[str, float]]) -> dict[str, Any]:
    """Per class, the probability of each row (one against the rest, normalised over the classes)."""
    x = _int32(vec.transform(rows))
    raw = {cls: lr.predict_proba(x)[:, 1] for cls, lr in models.items()}
    if len(raw) == 1:
        return raw
    total = sum(raw.values())
    return {cls: p / total for cls, p in raw.items()}


def _part(vec: Any, coef: Any, intercept: float) -> dict[str, Any]:
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(v), 4) for n, v in zip(names, coef, strict=True) if abs(v) >= WEIGHT_CUT}
    return {"intercept": round(float(intercept), 4), "weights": dict(sorted(weights.items()))}


def fit(docs: list[Doc], threshold: float = 0.5, cap: float = 0.0) -> dict[str, Any]:
    """The reader's model (shaped as reader.json) fitted on these articles, their candidates collected."""
    rows: list[list[str]] = []
    labs: list[tuple[int, int]] = []  # (article, event) or (-1, -1) for a negative
    roots: dict[tuple[int, int], str] = {}
    for k, d in enumerate(docs):
        for (_s, _e, _seg, f), lab in zip(d.cands, labels(d), strict=True):
            if lab is None:
                continue
            rows.append(f)
            labs.append((k, lab) if lab >= 0 else (-1, -1))
            if lab >= 0:
                roots[(k, lab)] = root_label(d.gold[lab])
    counts = Counter(n for f in rows for n in set(f))
    feats = [{n: 1.0 for n in f if counts[n] >= MIN_COUNT} for f in rows]
    share = Counter(lab for lab in labs if lab[0] >= 0)
    pos = [j for j, lab in enumerate(labs) if lab[0] >= 0]
    # first fit: every word of an event's evidence a share of its trigger
    det_vec, det = _fit(feats, [int(lab[0] >= 0) for lab in labs],
                        [1.0 / share[lab] if lab[0] >= 0 else 1.0 for lab in labs], C_DETECT)
    root_vec, root = _fit([feats[j] for j in pos], [roots[labs[j]] for j in pos],
                          [1.0 / share[labs[j]] for j in pos], C_ROOT)
    # the trigger of each event: the word of its evidence whose features best predict it
    p_det = _proba(det_vec, det, [feats[j] for j in pos])["1"]
    p_root = _proba(root_vec, root, [feats[j] for j in pos])
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for n, j in enumerate(pos):
        r = roots[labs[j]]
        value = p_det[n] * (p_root[r][n] if r in p_root else 0.0)
        if labs[j] not in best or value > best[labs[j]][0]:
            best[labs[j]] = (value, j)
    chosen = {j for _value, j in best.values()}
    keep = [j for j, lab in enumerate(labs) if lab[0] < 0 or j in chosen]
    det_vec, det = _fit([feats[j] for j in keep], [int(labs[j][0] >= 0) for j in keep], [1.0] * len(keep), C_DETECT)
    per_root = Counter(roots[labs[j]] for j in chosen)
    trig = sorted(j for j in chosen if per_root[roots[labs[j]]] >= MIN_ROOT)
    root_vec, root = _fit([feats[j] for j in trig], [roots[labs[j]] for j in trig], [1.0] * len(trig), C_ROOT)
    out: dict[str, Any] = {"threshold": threshold, "cap": cap,
                           "detect": _part(det_vec, det["1"].coef_[0], det["1"].intercept_[0])}
    out["roots"] = {cls: _part(root_vec, lr.coef_[0], lr.intercept_[0]) for cls, lr in root.items()}
    out["triggers"] = len(chosen)
    return out


def runtime(m: dict[str, Any]) -> dict[str, Any]:
    """A fitted model as `marsad.events.reader` holds it once read from JSON."""
    return {"threshold": m["threshold"], "cap": m["cap"],
            "detect": (m["detect"]["intercept"], m["detect"]["weights"]),
            "roots": {r: (v["intercept"], v["weights"]) for r, v in m["roots"].items()}}


class Tally(tally.Tally):
    """Experiment 19c's counts (`bench/events_learned.py`), summed per fold and printed as P/R/F1 (right/coded)."""

    def merge(self, other: tally.Tally) -> None:
        self.add(other.tp, other.got, other.want)

    def cell(self) -> str:
        p, r, f = self.prf()
        return f"{p:.3f}/{r:.3f}/{f:.3f} ({self.tp}/{self.got})"


def score(docs: list[Doc], events: list[list[dict[str, Any]]], with_actors: bool = True) -> Tally:
    t = Tally()
    for d, got in zip(docs, events, strict=True):
        t.add(len(pair(d.gold, got, d.art.text, with_actors)), len(got), len(d.gold))
    return t


def choose_threshold(docs: list[Doc], scored: Sequence[str] | None = None) -> tuple[float | None, dict[float, Tally]]:
    """The threshold with the best events F1 over these articles' sets (only the sets `scored`, when given), each
    set coded by a model fitted on the others (`INNER` folds of whole sets); None when the rules alone do better
    than every threshold."""
    names = list(dict.fromkeys(d.set for d in docs))
    kept = [d for d in docs if scored is None or d.set in scored]
    tallies = {t: Tally() for t in GRID}
    rules = score(kept, [d.rules for d in kept])
    for fold in range(INNER):
        part = names[fold::INNER]
        test = [d for d in kept if d.set in part]
        if not test:
            continue
        m = fit([d for d in docs if d.set not in part])
        for t in GRID:
            m["threshold"] = t
            tallies[t].merge(score(test, [code(d, runtime(m)) for d in test]))
    best = max(GRID, key=lambda t: (round(tallies[t].prf()[2], 6), t))
    return (best if tallies[best].prf()[2] > rules.prf()[2] else None), tallies


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the analysed sets in this pickle (read it when it exists)")
    ap.add_argument("--cap", type=float, required=True,
                    help="the share of the reader's events right leaving one set out (bench/events_reader.py)")
    ap.add_argument("--dry-run", action="store_true", help="print the model's size and threshold, write nothing")
    args = ap.parse_args(argv)
    docs = load(SETS, args.cache)
    collect(docs)
    threshold, tallies = choose_threshold(docs)
    for t, counts in tallies.items():
        print(f"threshold {t:.2f}: inner folds events {counts.cell()}")
    if threshold is None:
        print("the rules alone do better than every threshold on the inner folds: no model written")
        return 1
    m = fit(docs, threshold, args.cap)
    m["built_from"] = {"sets": list(SETS), "articles": len(docs), "triggers": m.pop("triggers"),
                       "candidates": sum(len(d.cands) for d in docs), "c_detect": C_DETECT, "c_root": C_ROOT}
    text = json.dumps(m, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    size = sum(len(p["weights"]) for p in [m["detect"], *m["roots"].values()])
    print(f"threshold {threshold}, roots {sorted(m['roots'])}, weights {size}, {len(text.encode()) // 1024} KiB")
    if not args.dry_run:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
