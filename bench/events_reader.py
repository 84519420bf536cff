"""Round 19e: the rule coder with the learned trigger and root reader against the rules alone, leaving one set out.

usage: .venv/bin/python bench/events_reader.py [--cache FILE] [--sets dev,dev2,...]

For each development set in turn (dev, dev2 … dev10, named one by one: never bench/gold nor the fresh set), the
reader (`marsad.events.reader`) is fitted on the other sets by `scripts/build_event_reader.py`'s own `fit`, its
threshold chosen on those sets alone (four inner folds of whole sets, each coded by a model fitted on the others),
and the held-out set is coded by the rule coder with that model installed (`reader.install`) and without it.
The articles are analysed once (`--cache` keeps them in a pickle); only the coder runs again. Printed per set and
summed: events P/R/F1 as `bench/eval_events.py` scores them (root and both actors right) and root only, rules alone
against rules + reader; the reader's own events (coded, right with actors, right root) and their share right, the
figure the shipped model caps their confidence at.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

import build_event_reader as build  # noqa: E402

from eval_events import pair  # noqa: E402

# the sets the rules were least tuned on (annotated last), nearest to articles nobody read
UNTUNED = ("dev9", "dev10")


def learned(rules: list[dict[str, Any]], events: list[dict[str, Any]]) -> list[int]:
    """Indices of the events the reader added (no rule event has their trigger and code)."""
    known = {(r["trigger"], r["code"]) for r in rules}
    return [k for k, e in enumerate(events) if (e["trigger"], e["code"]) not in known]


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the analysed sets in this pickle (read it when it exists)")
    ap.add_argument("--sets", help="comma-separated development sets (default: dev, dev2 … dev10)")
    ap.add_argument("--untuned", action="store_true", help="choose the threshold on the inner folds of the "
                    f"least-tuned training sets only ({', '.join(UNTUNED)}), not on all of them")
    args = ap.parse_args(argv)
    sets = tuple(args.sets.split(",")) if args.sets else build.SETS
    t0 = time.time()
    docs = build.load(sets, args.cache)
    build.collect(docs)
    print(f"{len(docs)} articles, {sum(len(d.cands) for d in docs)} candidates ({time.time() - t0:.0f} s)",
          file=sys.stderr)
    names = list(dict.fromkeys(d.set for d in docs))
    total = {k: build.Tally() for k in ("ev_r", "ev_m", "ro_r", "ro_m")}
    added = [0, 0, 0]
    print(f"{'set':6} {'thr':>5}  {'events: rules':24} {'rules + reader':24} {'root only: rules':24} "
          f"{'rules + reader':24} {'reader: coded/right/root':24}")
    for held in names:
        train = [d for d in docs if d.set != held]
        test = [d for d in docs if d.set == held]
        threshold, _ = build.choose_threshold(train, [s for s in UNTUNED if s != held] if args.untuned else None)
        row = {"ev_r": build.score(test, [d.rules for d in test]),
               "ro_r": build.score(test, [d.rules for d in test], False)}
        own = [0, 0, 0]
        if threshold is None:
            events = [d.rules for d in test]
        else:
            m = build.fit(train, threshold)
            events = [build.code(d, build.runtime(m)) for d in test]
            for d, got in zip(test, events, strict=True):
                new = set(learned(d.rules, got))
                own[0] += len(new)
                own[1] += sum(ai in new for _gi, ai in pair(d.gold, got, d.art.text, True))
                own[2] += sum(ai in new for _gi, ai in pair(d.gold, got, d.art.text, False))
        row["ev_m"] = build.score(test, events)
        row["ro_m"] = build.score(test, events, False)
        for k, t in row.items():
            total[k].merge(t)
        added = [a + b for a, b in zip(added, own, strict=True)]
        th = f"{threshold:.2f}" if threshold is not None else "off"
        print(f"{held:6} {th:>5}  {row['ev_r'].cell():24} {row['ev_m'].cell():24} {row['ro_r'].cell():24} "
              f"{row['ro_m'].cell():24} {own[0]}/{own[1]}/{own[2]}", flush=True)
    print(f"{'sum':6} {'':>5}  {total['ev_r'].cell():24} {total['ev_m'].cell():24} {total['ro_r'].cell():24} "
          f"{total['ro_m'].cell():24} {added[0]}/{added[1]}/{added[2]}")
    if added[0]:
        print(f"the reader's events right (root and both actors): {added[1] / added[0]:.3f}, root right "
              f"{added[2] / added[0]:.3f}")
    print(f"({time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
