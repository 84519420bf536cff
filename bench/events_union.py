"""Experiment 21b: the learned coder's events added where the rules code nothing, judged on sets no rule was
written on (bench only).

usage: .venv/bin/python bench/events_union.py --cache FILE [--test SET ...] [--joint] [--drop rf]
       [--rank pointwise|pairwise] [--rank-c C]  (round 21b: docs/events.md)

Experiment 19c found that adding the learned coder's events where the rule coder codes nothing gave no gain,
measured on the sets the rules were tuned on, where the rules' precision is high (0.68) and an added event at
about 0.2 costs F1. On articles nobody tuned on, the rules' precision is far lower (0.3-0.4), so the trade may
differ. Here each test set (default: dev17-dev19 and dev24-dev27, annotated before any rule was written on them)
is predicted by the 19c models fitted on every other annotated set, and the events are scored as
`bench/eval_events.py` scores marsad: the rules alone, and the union (rules, then the model's clause events where
the rules code nothing) at each threshold on the clause probability ("u") or on the whole event's confidence
("uj"). The threshold is then chosen, for each test set, on the other test sets' predictions only (the models that
predicted them saw this set in training: a weak leak, stated), and the pooled result printed.
`--rules-features` adds the rule coder's event over the clause to the model's features (stacked).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import events_learned as el  # noqa: E402
from switching import UNTUNED  # noqa: E402
from tally import Tally  # noqa: E402

TEST = UNTUNED


def score(docs: list[el.Doc], preds: list[list[el.Pred]], th: float | None, joint: bool) -> tuple[Tally, Tally]:
    events = [list(d.rules) if th is None else el.model_events(d, p, th, True, joint)
              for d, p in zip(docs, preds, strict=True)]
    return el.score_events(docs, events, True), el.score_events(docs, events, False)


def fmt(t: Tally) -> str:
    p, r, f = t.prf()
    return f"{p:.3f}/{r:.3f}/{f:.3f} ({t.p_hit}/{t.p_all} of {t.r_all})"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="the pickle bench/events_curve.py wrote")
    ap.add_argument("--test", nargs="*", default=list(TEST))
    ap.add_argument("--rules-features", action="store_true")
    el.add_variant_options(ap)
    args = ap.parse_args(argv)
    el.use_variant(args)
    docs = pickle.loads(args.cache.read_bytes())
    sets = el.by_set(docs)
    missing = [n for n in args.test if n not in sets]
    if missing:
        print(f"{args.cache}: no set {', '.join(missing)} in the cache (it holds {', '.join(sets)})", file=sys.stderr)
        return 2
    preds: dict[str, list[list[el.Pred]]] = {}
    for held in args.test:
        train = [d for n, ds in sets.items() if n != held for d in ds]
        preds[held] = el.Model(train, args.rules_features).predict(sets[held])
        print(f"  fitted without {held}", file=sys.stderr)
    test_docs = [d for h in args.test for d in sets[h]]
    test_preds = [p for h in args.test for p in preds[h]]
    ev, ro = score(test_docs, test_preds, None, False)
    print(f"rules alone, pooled over {', '.join(args.test)}: events {fmt(ev)}; root only {fmt(ro)}")
    for joint in (False, True):
        print(f"\nunion by {'event confidence' if joint else 'clause probability'} (threshold: events P/R/F1; root only)")
        for th in el.GRID:
            ev, ro = score(test_docs, test_preds, th, joint)
            print(f"  {th:.2f}: {fmt(ev)}; {fmt(ro)}")
        # the threshold for each set chosen on the others
        tot_ev, tot_ro = Tally(), Tally()
        chosen = []
        for held in args.test:
            others = [h for h in args.test if h != held]
            od = [d for h in others for d in sets[h]]
            op = [p for h in others for p in preds[h]]
            best = max(el.GRID, key=lambda th: score(od, op, th, joint)[0].prf()[2])
            chosen.append(best)
            ev, ro = score(sets[held], preds[held], best, joint)
            tot_ev.add(ev.p_hit, ev.p_all, ev.r_all)
            tot_ro.add(ro.p_hit, ro.p_all, ro.r_all)
        print(f"  threshold chosen on the other test sets ({', '.join(f'{c:.2f}' for c in chosen)}): events "
              f"{fmt(tot_ev)}; root only {fmt(tot_ro)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
