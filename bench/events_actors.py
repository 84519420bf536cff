"""Experiment 22a: the learned actor rankers choosing the actors of the rule coder's events (bench only).

usage: .venv/bin/python bench/events_actors.py --cache FILE [--test SET ...] [--margins 0,0.1,0.2]

Where the rule coder codes an event, its root is right far more often than its actors: on the sets no rule was
written on, about half of its events with the right root have both actors right, while the clause's candidate actors
(`marsad.events.learned.clauses_of`) hold an accepted pair far more often. The learned rankers of round 21b
(`bench/events_learned.py`, chosen together with `learned.best_pair`) may choose better, given the rule's root; and
with the rule's own pick as a feature (stacked: `rule_source`, `rule_target`), they may learn when to trust it.

Each test set (default `switching.UNTUNED`) is predicted by rankers fitted on every other annotated set. For each rule
event, on the clause its evidence overlaps most, the rankers score the clause's candidates with the rule's root, and
the policies compared are:
- rules: the rule coder's actors as they are;
- learned: the learned pair always;
- margin m: the learned pair where the product of its probabilities passes that of the rule's own pair by more than
  m (an actor of the rule's that is no candidate has probability 0, so a confident learned pair replaces it).
Events are scored as `bench/eval_events.py` scores marsad (root and both actors right), pooled over the test sets.
Sets kept unseen are refused (`switching.py`). Findings: docs/events.md, "Experiment 22a".
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import events_learned as el  # noqa: E402
from events_union import fmt  # noqa: E402  (the same P/R/F1 cell)
from marsad.events import learned  # noqa: E402
from marsad.events.learned import overlap  # noqa: E402
from switching import UNTUNED, tuning_sets  # noqa: E402
from tally import Tally  # noqa: E402


def _clause_of(d: el.Doc, ev: dict[str, Any]) -> el.Clause | None:
    e0, e1 = ev["evidence"]["start"], ev["evidence"]["end"]
    best = max(d.clauses, key=lambda c: overlap(c.start, c.end, e0, e1), default=None)
    return best if best is not None and overlap(best.start, best.end, e0, e1) > 0 else None


def _scored(m: el.Model, c: el.Clause, root: str, role: str) -> list[tuple[str | None, float]]:
    vec, lr = m.rankers[role]
    ks = learned.candidates(c, role)
    if not ks:
        return []
    rows = [el.cand_feats(c, k, root, role, m.rules_feats) for k in ks]
    probs = lr.predict_proba(el._int32(vec.transform(rows)))[:, 1]
    return [(k.code, float(p)) for k, p in zip(ks, probs, strict=True)]


def rechosen(m: el.Model, d: el.Doc, margin: float | None) -> list[dict[str, Any]]:
    """The rule coder's events of a document with actors chosen by the policy (None: always the learned pair)."""
    out = []
    for ev in d.rules:
        c = _clause_of(d, ev)
        if c is None:
            out.append(ev)
            continue
        saved = c.rule
        c.rule = ev  # the stacked features describe this event's own pick
        root = ev["root"]
        ss, ts = _scored(m, c, root, "source"), _scored(m, c, root, "target")
        c.rule = saved
        if not ss:
            out.append(ev)
            continue
        (src, sp), (tgt, tp) = learned.best_pair(ss, ts, lambda code: code)
        rs, rt = el._actor(ev, "source"), el._actor(ev, "target")
        if margin is not None:
            rsp = max((p for k, p in ss if k == rs and k is not None), default=0.0)
            rtp = max((p for k, p in ts if k == rt), default=0.0)
            if sp * tp <= rsp * rtp + margin:
                out.append(ev)
                continue
        new = copy.copy(ev)
        new["source"] = {"actor": src} if src else None
        new["target"] = {"actor": tgt} if tgt else None
        out.append(new)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="the analysed sets (bench/events_curve.py --cache)")
    ap.add_argument("--test", nargs="*", default=list(UNTUNED))
    ap.add_argument("--margins", default="0,0.05,0.1,0.2,0.3")
    ap.add_argument("--no-stack", action="store_true", help="without the rule's pick as a feature")
    el.add_variant_options(ap)
    args = ap.parse_args(argv)
    el.use_variant(args)
    named = [(n, ROOT / "bench" / n / "saudinewsnet") for n in tuning_sets()]
    docs = el.cached_docs(named, args.cache) if not args.cache.exists() else pickle.loads(args.cache.read_bytes())
    if docs is None:
        return 2
    sets = el.by_set(docs)
    margins = [float(x) for x in args.margins.split(",") if x]
    policies: dict[str, float | None] = {"learned": None, **{f"margin {x:g}": x for x in margins}}
    total = {k: Tally() for k in ("rules", *policies)}
    print(f"{'set':6}  {'rules':30} | " + " | ".join(f"{k:30}" for k in policies))
    for held in args.test:
        if held not in sets:
            print(f"{args.cache}: no set {held}", file=sys.stderr)
            return 2
        m = el.Model([d for n, ds in sets.items() if n != held for d in ds], not args.no_stack)
        test = sets[held]
        row = {"rules": el.score_events(test, [d.rules for d in test], True)}
        for k, margin in policies.items():
            row[k] = el.score_events(test, [rechosen(m, d, margin) for d in test], True)
        for k, t in row.items():
            total[k].add(t.tp, t.got, t.want)
        print(f"{held:6}  " + " | ".join(f"{fmt(row[k]):30}" for k in total), flush=True)
        print(f"  fitted without {held} ({time.strftime('%H:%M:%S')})", file=sys.stderr)
    print(f"{'pooled':6}  " + " | ".join(f"{fmt(total[k]):30}" for k in total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
