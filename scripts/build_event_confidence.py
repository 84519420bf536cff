"""Build src/marsad/data/events/confidence.json: the logistic model behind each event's `confidence`.

usage: .venv/bin/python scripts/build_event_confidence.py [--loso] [--dry-run] [--c C]

1. Analyse every annotated article of the development sets that may be tuned on (`bench/switching.tuning_sets`:
   every bench/devN without an UNSEEN marker; never the held-out bench/gold nor the sets kept unseen) with `marsad.analyze`; for each coded event record the features
   the coder gives it (`marsad.events.confidence.features`, collected as the stage rates the event) and a
   label: 1 when it matches an annotated event with the root and both actors right (`bench/eval_events.py`'s
   `pair`, the evaluation's own matching), else 0.
2. Fit a logistic regression with a strong L2 penalty (scikit-learn) on the one-hot features of all the sets.
3. Correct the intercept for the tuning bias: the rules were tuned on these very sets, so the coder is right
   more often there than on articles nobody read. With the weights fixed, the intercept is refitted on `LEAST_TUNED`,
   the sets no rule was written on (annotated and opened for tuning in the session that refitted the model).
4. Write the weights, the intercept and how they were made to confidence.json (standard JSON; the stage reads
   it with the standard library).
`--loso` measures instead of writing: each set is scored by a model fitted on the others (its intercept refitted on
the least tuned sets but the one scored); printed, summed over the sets: log loss, Brier score, AUC, and bench/eval_events.py's trade-off table
(precision/recall kept at thresholds, reliability per bin), against two baselines (the training sets' share of
right events, overall and per root).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from annotated import annotated  # noqa: E402
from eval_events import confidence_table, pair  # noqa: E402
from marsad.events import confidence  # noqa: E402
from switching import UNTUNED, tuning_sets  # noqa: E402

# the development sets that may be tuned on (every bench/devN without an UNSEEN marker)
SETS = tuning_sets()
# no rule was written on these when the model was refitted (session of 2026-11-28, second): the coder is as right
# there as on articles nobody read
LEAST_TUNED = UNTUNED
OUT = ROOT / "src" / "marsad" / "data" / "events" / "confidence.json"
C = 0.1  # inverse L2 strength: strong, so that rare features stay near zero
SET_SCALE = 10.0  # the sets' own intercepts are all but unpenalised

# the stage's feature function: the model is fitted on exactly what the coder computes at run time
features = confidence.features

Row = tuple[str, str, list[str], int, str]  # set, article, features, label, root


def collect(name: str) -> tuple[list[Row], int]:
    """The coded events of one set with their features and labels, and the number of annotated events."""
    from marsad.api import analyze
    from marsad.errors import InputError
    from marsad.record import to_record

    gold_dir = ROOT / "bench" / name / "saudinewsnet"
    rows: list[Row] = []
    n_gold = 0
    with contextlib.redirect_stderr(io.StringIO()):
        items = list(annotated(gold_dir, "events"))
    for art_name, exp, published in items:
        confidence.FEATURES = []
        try:
            art = analyze(gold_dir / art_name, published=published)
        except (InputError, OSError):
            continue
        finally:
            feats, confidence.FEATURES = confidence.FEATURES, None
        rec = to_record(art)
        got = rec["events"]
        if len(feats) != len(got):
            raise SystemExit(f"{name}/{art_name}: {len(feats)} feature lists for {len(got)} events")
        hits = {ai for _gi, ai in pair(exp["events"], got, rec["text"], True)}
        n_gold += len(exp["events"])
        rows += [(name, art_name, f, int(ai in hits), got[ai]["root"]) for ai, f in enumerate(feats)]
    return rows, n_gold


def vocabulary(rows: Sequence[Row]) -> list[str]:
    return sorted({f for r in rows for f in r[2]})


def matrix(rows: Sequence[Row], vocab: list[str]) -> Any:
    import numpy as np

    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for n, r in enumerate(rows):
        for f in r[2]:
            if f in index:
                x[n, index[f]] = 1.0
    return x


def fit(rows: Sequence[Row], c: float) -> tuple[float, dict[str, float], dict[str, float]]:
    """An L2 logistic regression on the rows: (intercept, weight per feature, intercept per set).

    Each set has an intercept of its own (an indicator column scaled up so that the penalty
    barely touches it): the sets differ in how much the rules were tuned on them, and the weights should
    learn what makes an event right within a set, not which set it comes from. The returned intercept is then
    the mean of the sets' intercepts, each weighted by its events."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(rows)
    x = matrix(rows, vocab)
    y = [r[3] for r in rows]
    names = sorted({r[0] for r in rows})
    xs = np.zeros((len(rows), len(names)))
    for n, r in enumerate(rows):
        xs[n, names.index(r[0])] = SET_SCALE
    lr = LogisticRegression(C=c, max_iter=3000, fit_intercept=False).fit(np.hstack([x, xs]), y)
    coef = lr.coef_[0]
    offsets = {name: float(coef[len(vocab) + k] * SET_SCALE) for k, name in enumerate(names)}
    mean = sum(offsets[r[0]] for r in rows) / len(rows)
    return mean, {f: float(w) for f, w in zip(vocab, coef[: len(vocab)], strict=True)}, offsets


def refit_intercept(rows: Sequence[Row], intercept: float, weights: dict[str, float]) -> float:
    """The intercept that makes the model's log likelihood on `rows` largest, the weights fixed (Newton steps)."""
    margins = [sum(weights.get(f, 0.0) for f in r[2]) for r in rows]
    b = intercept
    for _ in range(50):
        ps = [1 / (1 + math.exp(-(b + m))) for m in margins]
        grad = sum(r[3] - p for r, p in zip(rows, ps, strict=True))
        hess = sum(p * (1 - p) for p in ps)
        if hess <= 0:
            break
        step = grad / hess
        b += step
        if abs(step) < 1e-9:
            break
    return b


def predict(model: tuple[float, dict[str, float]], f: list[str]) -> float:
    """The probability a model (intercept, weights) gives to an event with features f."""
    b, w = model
    return 1 / (1 + math.exp(-(b + sum(w.get(n, 0.0) for n in f))))


def root_prior(rows: Sequence[Row], k: float = 5.0) -> tuple[dict[str, float], float]:
    """The share of right events per root in `rows`, shrunk towards the overall share by k pseudo-events."""
    overall = sum(r[3] for r in rows) / len(rows)
    by: dict[str, list[int]] = {}
    for r in rows:
        by.setdefault(r[4], []).append(r[3])
    return {root: (sum(v) + k * overall) / (len(v) + k) for root, v in by.items()}, overall


def measures(pred: list[tuple[float, int]]) -> str:
    eps = 1e-9
    loss = -sum(y * math.log(max(p, eps)) + (1 - y) * math.log(max(1 - p, eps)) for p, y in pred) / len(pred)
    brier = sum((p - y) ** 2 for p, y in pred) / len(pred)
    pos = [p for p, y in pred if y]
    neg = [p for p, y in pred if not y]
    auc = sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / (len(pos) * len(neg)) if pos and neg else 0.0
    mean = sum(p for p, _y in pred) / len(pred)
    right = sum(y for _p, y in pred) / len(pred)
    return f"log loss {loss:.3f}  Brier {brier:.3f}  AUC {auc:.3f}  mean confidence {mean:.3f} vs right {right:.3f}"


def within_auc(pred: dict[str, list[tuple[float, int]]]) -> float:
    """The AUC inside each set, averaged weighting each set by its events: how well the model ranks the events
    of one set, whatever the set's overall share of right events."""
    out = []
    for p in pred.values():
        pos = [a for a, y in p if y]
        neg = [a for a, y in p if not y]
        if pos and neg:
            out.append((sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / (len(pos) * len(neg)), len(p)))
    return sum(a * n for a, n in out) / sum(n for _a, n in out) if out else 0.0


def loso(data: dict[str, tuple[list[Row], int]], c: float) -> None:
    """Leave one set out: each set scored by models fitted on the other sets; tables summed over them."""
    methods = ("model, intercept of the least tuned sets", "model, mean intercept of the training sets", "root prior",
               "overall prior")
    preds: dict[str, dict[str, list[tuple[float, int]]]] = {m: {} for m in methods}
    per_set: list[str] = []
    for held in SETS:
        train = [r for name in SETS if name != held for r in data[name][0]]
        test = data[held][0]
        if not test:
            continue
        mean_b, weights, _offsets = fit(train, c)
        prior, overall = root_prior(train)
        b_least = refit_intercept([r for name in LEAST_TUNED if name != held for r in data[name][0]], 0.0, weights)
        preds[methods[0]][held] = [(predict((b_least, weights), r[2]), r[3]) for r in test]
        preds[methods[1]][held] = [(predict((mean_b, weights), r[2]), r[3]) for r in test]
        preds[methods[2]][held] = [(prior.get(r[4], overall), r[3]) for r in test]
        preds[methods[3]][held] = [(overall, r[3]) for r in test]
        right = sum(r[3] for r in test)
        mean = sum(p for p, _y in preds[methods[1]][held]) / len(test)
        ranked = within_auc({held: preds[methods[1]][held]})
        per_set.append(f"  {held:5} events {len(test):4}  right {right:4} ({right / len(test):.3f})  "
                       f"mean confidence (mean intercept) {mean:.3f}  AUC {ranked:.3f}  "
                       f"root prior AUC {within_auc({held: preds[methods[2]][held]}):.3f}")
    print(f"leave one set out over {', '.join(SETS)} (C={c})")
    print("per held-out set (weights fitted on the other sets):")
    print("\n".join(per_set))
    for name, by in preds.items():
        pred = [p for v in by.values() for p in v]
        print(f"{name}: {len(pred)} events; {measures(pred)}  AUC within sets {within_auc(by):.3f}")
    for name in (methods[1], methods[2], methods[0]):
        n_gold = sum(data[held][1] for held in preds[name])
        print(f"trade-off, {name} ({len(preds[name])} held-out sets summed, {n_gold} annotated events):")
        for line in confidence_table([(p, bool(y)) for v in preds[name].values() for p, y in v], n_gold):
            print("  " + line)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--loso", action="store_true", help="measure leaving one set out; write nothing")
    ap.add_argument("--dry-run", action="store_true", help="print the model instead of writing it")
    ap.add_argument("--c", type=float, default=C, help=f"inverse L2 strength (default {C})")
    args = ap.parse_args(argv)
    data = {name: collect(name) for name in SETS}
    rows = [r for name in SETS for r in data[name][0]]
    print(f"{len(rows)} coded events, {sum(r[3] for r in rows)} right, over {len(SETS)} sets")
    if args.loso:
        loso(data, args.c)
        return 0
    intercept, weights, offsets = fit(rows, args.c)
    corrected = refit_intercept([r for name in LEAST_TUNED for r in data[name][0]], intercept, weights)
    out = {
        "about": "logistic model of P(root, source and target right) per coded event; "
                 "see src/marsad/data/events/PROVENANCE.md",
        "built_by": "scripts/build_event_confidence.py",
        "sets": list(SETS),
        "events": len(rows),
        "right": sum(r[3] for r in rows),
        "C": args.c,
        "intercept_per_set": {name: round(b, 4) for name, b in offsets.items()},
        "intercept_all_sets": round(intercept, 4),
        "intercept": round(corrected, 4),
        "weights": {f: round(w, 4) for f, w in sorted(weights.items())},
    }
    text = json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    if args.dry_run:
        print(text)
    else:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} weights, intercept {corrected:.3f} "
              f"(all sets {intercept:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
