"""Experiment 21a: does the learned coder of experiment 19c gain from more annotated articles? (bench only)

usage: .venv/bin/python bench/events_curve.py [--cache FILE] [--test SET ...] [--train SET ...] [--sizes 2,4,8]
       [--left-out-only] [--joint] [--drop rf] [--rank pointwise|pairwise] [--rank-c C]  (round 21b: docs/events.md)

The question behind issue 8's next step: the learned clause detector, root chooser and actor rankers of
`bench/events_learned.py` (experiment 19c) were fitted on about 900 annotated clauses; they found more events than
the rules but chose the actors worse. If their accuracy still climbs steeply with the number of annotated
articles, annotating many more is the way forward; if it is flat, it is not.

The test sets are fixed (default: the sets no rule was written on when they were annotated, dev17-dev19 and
dev24-dev27); the models are fitted on growing numbers of training sets (default dev, dev2 … dev16: the first
k of a fixed shuffled order, for each k of `--sizes`, then all of them), and, last, on every other set including
the other test sets (each test set left out in turn). For each, over the test sets' annotated clauses:

- detection: average precision of the clause probability (threshold-free) and F1 at 0.5;
- root accuracy, source / target / both actors accuracy (the model's pick among the clause's candidates);
- the rule coder on the same clauses, for reference (root and both actors, where it codes and over all).

Features, clauses and candidates are 19c's (`events_learned.read_sets`, `Model`), without the rule coder's
features. Sets kept unseen (`bench/switching.py`) are refused. Findings: docs/events.md, "Experiment 21a".
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import events_learned as el  # noqa: E402
from scorecard import accepts  # noqa: E402
from switching import UNTUNED  # noqa: E402
from tally import Tally  # noqa: E402

TEST = UNTUNED
TRAIN = ("dev", *(f"dev{k}" for k in range(2, 17)))


def average_precision(scored: list[tuple[float, int]]) -> float:
    """Area under the precision-recall curve of (score, label) pairs, as the mean precision at each positive."""
    scored = sorted(scored, key=lambda x: -x[0])
    pos = sum(y for _, y in scored)
    hits, total = 0, 0.0
    for k, (_, y) in enumerate(scored, 1):
        if y:
            hits += 1
            total += hits / k
    return total / pos if pos else 0.0


def measure(model: el.Model, docs: list[el.Doc]) -> dict[str, float]:
    preds = model.predict(docs)
    det = Tally()
    scored: list[tuple[float, int]] = []
    acc = {k: [0, 0] for k in ("root", "src", "tgt", "both", "rule_root", "rule_both", "rule_coded")}
    for d, pred in zip(docs, preds, strict=True):
        for c, (p, root, src, tgt, _conf) in zip(d.clauses, pred, strict=True):
            gold = bool(c.golds)
            scored.append((p, int(gold)))
            det.add(int(gold and p >= 0.5), int(p >= 0.5), int(gold))
            if not gold:
                continue
            marks = {
                "root": any(accepts(g.get("cameo_root"), root) for g in c.golds),
                "src": any(accepts(g.get("source"), src) for g in c.golds),
                "tgt": any(accepts(g.get("target"), tgt) for g in c.golds),
                "both": any(accepts(g.get("source"), src) and accepts(g.get("target"), tgt) for g in c.golds),
            }
            rule = c.rule
            marks["rule_coded"] = rule is not None
            marks["rule_root"] = rule is not None and any(accepts(g.get("cameo_root"), rule["root"]) for g in c.golds)
            marks["rule_both"] = rule is not None and any(
                accepts(g.get("source"), el._actor(rule, "source")) and accepts(g.get("target"), el._actor(rule, "target"))
                for g in c.golds)
            for k, ok in marks.items():
                acc[k][0] += int(ok)
                acc[k][1] += 1
    out = {"ap": average_precision(scored), "f1": det.prf()[2]}
    out.update({k: a / n if n else 0.0 for k, (a, n) in acc.items()})
    out["n"] = acc["root"][1]
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the analysed sets in this pickle (read it when it exists)")
    ap.add_argument("--test", nargs="*", default=list(TEST))
    ap.add_argument("--train", nargs="*", default=list(TRAIN))
    ap.add_argument("--sizes", default="2,4,8")
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--left-out-only", action="store_true", help="only the last line (each test set left out)")
    el.add_variant_options(ap)
    args = ap.parse_args(argv)
    el.use_variant(args)
    names = [*args.train, *args.test]
    t0 = time.time()
    found = el.cached_docs([(n, ROOT / "bench" / n / "saudinewsnet") for n in names], args.cache)
    if found is None:
        return 2
    docs = found
    sets = el.by_set(docs)
    print(f"read {len(docs)} articles of {len(sets)} sets in {time.time() - t0:.0f} s", file=sys.stderr)
    test = [d for n in args.test for d in sets.get(n, [])]
    order = list(args.train)
    random.Random(args.seed).shuffle(order)
    plan: list[tuple[str, list[str]]] = [(f"{k} training sets", order[:k]) for k in map(int, args.sizes.split(","))
                                         if k < len(order)]
    plan.append((f"all {len(order)} training sets", order))
    header = "| trained on | articles | clauses with an event | detection AP | F1@0.5 | root | source | target | both actors |"
    print(header)
    print("|" + " --- |" * (header.count("|") - 1))
    rule_line = ""
    for label, train_sets in [] if args.left_out_only else plan:
        train = [d for n in train_sets for d in sets.get(n, [])]
        clauses = sum(1 for d in train for c in d.clauses if c.golds)
        m = measure(el.Model(train, False), test)
        print(f"| {label} | {len(train)} | {clauses} | {m['ap']:.3f} | {m['f1']:.3f} | {m['root']:.3f} | "
              f"{m['src']:.3f} | {m['tgt']:.3f} | {m['both']:.3f} |", flush=True)
        rule_line = (f"rules on the same {m['n']} annotated clauses: coded {m['rule_coded']:.3f}, root right "
                     f"{m['rule_root']:.3f}, both actors right {m['rule_both']:.3f} (over all clauses)")
    # last: every other set, the other test sets too, each test set left out in turn
    pooled: dict[str, float] = {}
    weight = 0
    for held in args.test:
        if held not in sets:
            continue
        train = [d for n in names if n != held for d in sets.get(n, [])]
        m = measure(el.Model(train, False), sets[held])
        for k in ("root", "src", "tgt", "both"):
            pooled[k] = pooled.get(k, 0.0) + m[k] * m["n"]
        weight += int(m["n"])
        print(f"  fitted without {held} ({time.strftime('%H:%M:%S')})", file=sys.stderr)
    if weight:
        n_train = len(docs) - len(test) // max(1, len(args.test))
        print(f"| all other sets, each test set left out | about {n_train} | | | | "
              f"{pooled['root'] / weight:.3f} | {pooled['src'] / weight:.3f} | {pooled['tgt'] / weight:.3f} | "
              f"{pooled['both'] / weight:.3f} |")
    print(rule_line)
    print(f"({time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
