"""Train the event coder's learned statement gate (round 18c, `marsad.events.gate`) on annotated development sets.

usage: .venv/bin/python scripts/train_statement_gate.py --gold DIR [--gold DIR ...] [--out PATH]
           [--heldout DIR ...] [--cv] [--c C]

Steps:
1. Collect: marsad analyses every article of each `--gold` set annotated for events, with the coder's hand rules
   deciding (`switches.LEARNED_STATEMENT_GATE` off), and `gate.CANDIDATES` receives each statement candidate
   (a saying verb with a known speaker, at the point where the hand rules decide). The set's events figures
   under the hand rules (matched, coded, annotated; as `bench/eval_events.py` counts them) are kept too.
2. Label: a candidate is 1 when an annotated event whose evidence overlaps its clause has root 01 (or 11, for
   words the coder reads as harsh) and accepts the candidate's source code; else 0.
3. Fit: an L2 logistic regression (scikit-learn, of the dev extra; C given by `--c`) over the one-hot features.
4. Threshold, chosen on the training sets only: each training set gets probabilities from a model fitted on the
   other training sets (out of fold); for each threshold t on a grid of 0.05 to 0.95 the events F1 of the training
   sets is predicted as if the gate had decided: matched events = the hand rules' matched events, less the
   positive candidates the hand rules kept, plus the positive candidates with p >= t; coded events likewise with
   all the candidates each side keeps. The t with the best predicted F1 is written (the lowest of ties).
5. Write the weights, the bias, the threshold and what it was trained on as JSON (`--out`).

`--heldout DIR`: after training, the events P/R/F1 of each held-out set with the switch off and on (the model
given in-process). `--cv`: leave one `--gold` set out in turn, train on the others (steps 3-4) and print the
held-out set's figures off and on, and the sum over the sets. Development sets only: the script refuses
bench/gold and the fresh set, like the switch benches.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from annotated import annotated  # noqa: E402
from eval_events import evidence_range, pair  # noqa: E402
from scorecard import accepts  # noqa: E402
from switching import UNSEEN, unseen  # noqa: E402

OUT = ROOT / "src" / "marsad" / "data" / "events" / "statement_gate.json"
GRID = [round(0.05 + 0.01 * k, 2) for k in range(91)]


@dataclass
class SetRun:
    """One set analysed: its events figures and its labelled statement candidates."""

    name: str
    tp: int
    got: int
    gold: int
    rows: list[tuple[dict[str, float], int]]  # (features, label)


def label(cand: Any, text: str, gold: list[dict[str, Any]]) -> int:
    """1 when an annotated statement (or reproach, for harsh words) over the candidate's clause accepts its source."""
    for g in gold:
        where = evidence_range(text, g.get("evidence", ""))
        if where is None or not (where[0] < cand.end and where[1] > cand.start):
            continue
        if any(accepts(g.get("cameo_root"), r) for r in cand.roots) and accepts(g.get("source"), cand.source):
            return 1
    return 0


def run(gold_dir: Path, collect: bool) -> SetRun:
    """The set's events figures as the coder stands (switch and model as set by the caller); with `collect`,
    its statement candidates, labelled."""
    from marsad.api import analyze
    from marsad.errors import InputError
    from marsad.events import gate
    from marsad.record import to_record

    tp = got = n_gold = 0
    rows: list[tuple[dict[str, float], int]] = []
    for name, exp, published in annotated(gold_dir, "events"):
        gate.CANDIDATES = [] if collect else None
        try:
            art = analyze(gold_dir / name, published=published)
        except (InputError, OSError) as err:
            print(f"skip {name}: {err}", file=sys.stderr)
            continue
        finally:
            cands, gate.CANDIDATES = gate.CANDIDATES or [], None
        rec = to_record(art)
        gold, events = exp["events"], rec["events"]
        tp += len(pair(gold, events, rec["text"], True))
        got += len(events)
        n_gold += len(gold)
        rows += [(c.features, label(c, art.text, gold)) for c in cands]
    return SetRun(str(gold_dir), tp, got, n_gold, rows)


def fit(rows: list[tuple[dict[str, float], int]], c: float) -> dict[str, Any]:
    """Weights and bias of an L2 logistic regression over the rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _ in rows])
    y = [lab for _, lab in rows]
    if len(set(y)) < 2:
        return {"bias": 10.0 if y and y[0] else -10.0, "weights": {}}
    lr = LogisticRegression(C=c, max_iter=2000)
    lr.fit(x, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), lr.coef_[0], strict=True)
               if abs(w) >= 1e-4}
    return {"bias": round(float(lr.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def predicted_f1(runs: list[SetRun], probs: list[list[float]], t: float) -> float:
    """The training sets' events F1 had the gate kept the candidates with p >= t (see step 4)."""
    tp = sum(r.tp for r in runs)
    got = sum(r.got for r in runs)
    gold = sum(r.gold for r in runs)
    for r, ps in zip(runs, probs, strict=True):
        for (f, y), p in zip(r.rows, ps, strict=True):
            delta = int(p >= t) - int("hand_keep" in f)
            tp += y * delta
            got += delta
    return 2 * tp / (got + gold) if got + gold else 0.0


def train(runs: list[SetRun], c: float) -> dict[str, Any]:
    """The model fitted on all the runs, with the threshold chosen out of fold on them (steps 3-4)."""
    from marsad.events.gate import probability

    probs = []
    for k, r in enumerate(runs):
        inner = fit([row for j, o in enumerate(runs) if j != k for row in o.rows], c) if len(runs) > 1 else fit(r.rows, c)
        probs.append([probability(f, inner) for f, _ in r.rows])
    best = max(GRID, key=lambda t: (predicted_f1(runs, probs, t), -t))
    m = fit([row for r in runs for row in r.rows], c)
    m["threshold"] = best
    m["predicted_f1"] = round(predicted_f1(runs, probs, best), 4)
    m["hand_f1"] = round(2 * sum(r.tp for r in runs) / sum(r.got + r.gold for r in runs), 4)
    return m


def figures(gold_dir: Path, m: dict[str, Any] | None) -> tuple[int, int, int]:
    """(matched, coded, annotated) events of a set, with the gate off (m None) or on with the model m."""
    from marsad.events import gate, switches

    saved = switches.LEARNED_STATEMENT_GATE, gate.MODEL
    switches.LEARNED_STATEMENT_GATE, gate.MODEL = m is not None, m
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            r = run(gold_dir, collect=False)
    finally:
        switches.LEARNED_STATEMENT_GATE, gate.MODEL = saved
    return r.tp, r.got, r.gold


def line(tag: str, f: tuple[int, int, int]) -> str:
    tp, got, gold = f
    p = tp / got if got else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{tag:4} events P {p:.3f} ({tp}/{got})  R {r:.3f} ({tp}/{gold})  F1 {f1:.3f}"


def compare(dirs: list[Path], m: dict[str, Any], total: list[list[int]]) -> None:
    for d in dirs:
        off, on = figures(d, None), figures(d, m)
        for k, f in enumerate((off, on)):
            total[k] = [a + b for a, b in zip(total[k], f, strict=True)]
        print(f"== {d} (threshold {m['threshold']})\n  {line('off', off)}\n  {line('on', on)}", flush=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--gold", action="append", type=Path, required=True, help="an annotated development set")
    ap.add_argument("--heldout", action="append", type=Path, default=[], help="a set to measure, not trained on")
    ap.add_argument("--out", type=Path, help=f"where to write the model (e.g. {OUT.relative_to(ROOT)})")
    ap.add_argument("--cv", action="store_true", help="leave one --gold set out in turn and measure it")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression")
    args = ap.parse_args(argv)
    if (kept := unseen([*args.gold, *args.heldout])) is not None:
        print(f"{kept}: development sets only, never {' or '.join('bench/' + u for u in UNSEEN)}", file=sys.stderr)
        return 2
    runs = []
    for d in args.gold:
        r = run(d, collect=True)
        print(f"{d}: {len(r.rows)} candidates, {sum(y for _, y in r.rows)} positive, "
              f"{sum(1 for f, _ in r.rows if 'hand_keep' in f)} kept by the hand rules", flush=True)
        runs.append(r)
    if args.cv:
        total = [[0, 0, 0], [0, 0, 0]]
        for k, d in enumerate(args.gold):
            compare([d], train([r for j, r in enumerate(runs) if j != k], args.c), total)
        print(f"== leave one set out, sum\n  {line('off', (total[0][0], total[0][1], total[0][2]))}\n"
              f"  {line('on', (total[1][0], total[1][1], total[1][2]))}")
    m = train(runs, args.c)
    print(f"model on {len(args.gold)} sets: threshold {m['threshold']}, predicted training F1 {m['predicted_f1']} "
          f"(hand rules {m['hand_f1']}), {len(m['weights'])} weights")
    if args.heldout:
        total = [[0, 0, 0], [0, 0, 0]]
        compare(args.heldout, m, total)
    if args.out:
        m = {"model": f"logistic regression (L2, C={args.c:g}) over one-hot features of marsad.events.gate",
             "trained_on": [str(d) for d in args.gold],
             "candidates": sum(len(r.rows) for r in runs), "positives": sum(y for r in runs for _, y in r.rows),
             "built": datetime.date.today().isoformat(), **m}
        args.out.write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
