"""Build src/marsad/data/events/learned.json.gz: the models of the opt-in learned events (`marsad.events.learned`).

usage: .venv/bin/python scripts/build_learned_events.py [--cache FILE] [--dry-run] [--out FILE]

1. Read every annotated article of the development sets that may be trained on (every bench/devN without an
   UNSEEN marker, `bench/switching.py`; never bench/gold): marsad's analysis, its clauses as
   `marsad.events.learned.clauses_of` describes them, the annotated events attached to the clause their evidence
   overlaps most (`bench/events_learned.py`, experiment 19c's reading).
2. Calibrate on the sets no rule was written on when they were annotated (`CALIBRATION`): each is predicted by
   models fitted on every other set, the source and target chosen together (`learned.best_pair`). The threshold
   on the confidence in the whole event (`SELECT`: the clause's probability times the root's and each actor's) is
   the one with the best events F1 (root and both actors right, `bench/eval_events.py`'s pairing) for the rules'
   events plus the learned ones where the rules code nothing, pooled over those sets (of thresholds within `TIE` of
   it, the highest: fewer events added for as many right); the confidence table is the
   share of the added events found right per bin of that confidence above it.
3. Fit the four models (clause detector, root one against the rest, source and target rankers; logistic
   regressions, scikit-learn of the dev extra) on all the sets, drop weights below `CUT` in size, and write them
   with the threshold, the table and how they were made.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import events_learned as el  # noqa: E402
from marsad.events import learned  # noqa: E402
from switching import UNTUNED, tuning_sets  # noqa: E402

OUT = ROOT / "src" / "marsad" / "data" / "events" / "learned.json.gz"
# annotated before any rule was written on them (session of 2026-11-28, second): the rules are as weak there as on
# unseen articles, so the trade between the rules' events and the learned ones is measured as users will meet it
CALIBRATION = UNTUNED
CUT = 1e-3  # weights smaller than this change no decision measurably and only swell the file
# the added events are chosen by the confidence in the whole event (round 21b: the clause's probability times the
# root's and each actor's; better than the clause's probability alone once source and target are chosen together)
SELECT = "event"
# round 23: the target may be another mention of the source's code ("SAUGOV" praising "SAUGOV": a quarter of the
# annotated events), never the same mention (`learned.Model.pairs`)
PAIRS = "mention"
BINS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7)
MIN_BIN = 20
TIE = 0.001  # F1 differences this small between thresholds are noise of a few events: the higher threshold wins


def _linear(vec: Any, lr: Any, row: int = 0) -> dict[str, Any]:
    names = vec.get_feature_names_out()
    coef = lr.coef_[row]
    weights = {str(names[k]): round(float(w), 4) for k, w in enumerate(coef) if abs(w) >= CUT}
    return {"bias": round(float(lr.intercept_[row]), 4), "weights": weights}


def export(m: el.Model) -> dict[str, Any]:
    """The fitted bench model as the JSON the stage reads (plain logistic weights per feature name)."""
    roots: dict[str, Any] = {}
    if hasattr(m.root, "estimators_"):
        for cls, est in zip(m.root.classes_, m.root.estimators_, strict=True):
            roots[str(cls)] = _linear(m.vec, est)
    else:  # two roots only: one logistic model, the second class its complement
        one = _linear(m.vec, m.root)
        roots[str(m.root.classes_[1])] = one
        roots[str(m.root.classes_[0])] = {"bias": -one["bias"], "weights": {k: -w for k, w in one["weights"].items()}}
    return {"detect": _linear(m.vec, m.detect), "roots": roots,
            "source": _linear(*m.rankers["source"]), "target": _linear(*m.rankers["target"])}


def added_right(d: el.Doc, pred: list[el.Pred], th: float) -> list[tuple[float, bool]]:
    """The learned events the union adds over one article, each with its probability and whether it is right."""
    out = []
    for c, (p, root, src, tgt, conf) in zip(d.clauses, pred, strict=True):
        score = conf if SELECT == "event" else p
        if score < th or any(learned.overlap(c.start, c.end, r["evidence"]["start"], r["evidence"]["end"]) for r in d.rules):
            continue
        ev = el._event(c, root, src, tgt)
        out.append((score, bool(el.pair(d.gold, [ev], d.text, True))))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the analysed sets in this pickle (read it when it exists)")
    ap.add_argument("--dry-run", action="store_true", help="print the calibration, write nothing")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the model (default: the shipped file)")
    args = ap.parse_args(argv)
    el.JOINT = True  # the source and target chosen together, as `learned.Model.pair` does
    el.PAIRS = PAIRS
    names = list(tuning_sets())
    t0 = time.time()
    found = el.cached_docs([(n, ROOT / "bench" / n / "saudinewsnet") for n in names], args.cache)
    if found is None:
        return 2
    docs = found
    sets = el.by_set(docs)
    print(f"read {len(docs)} articles of {len(sets)} sets in {time.time() - t0:.0f} s", file=sys.stderr)
    calib = [n for n in CALIBRATION if n in sets]
    preds = {}
    for held in calib:
        preds[held] = el.Model([d for n, ds in sets.items() if n != held for d in ds], False).predict(sets[held])
        print(f"  fitted without {held} ({time.time() - t0:.0f} s)", file=sys.stderr)
    cdocs = [d for n in calib for d in sets[n]]
    cpreds = [p for n in calib for p in preds[n]]
    rules = el.score_events(cdocs, [d.rules for d in cdocs], True)
    lines = [f"rules alone: events P/R/F1 {'/'.join(f'{x:.3f}' for x in rules.prf())}"]
    f1 = {1.0: rules.prf()[2]}
    for th in el.GRID:
        t = el.score_events(cdocs, [el.model_events(d, p, th, True, SELECT == "event")
                                    for d, p in zip(cdocs, cpreds, strict=True)],
                            True)
        lines.append(f"union at {th:.2f}: events P/R/F1 {'/'.join(f'{x:.3f}' for x in t.prf())} "
                     f"({t.tp}/{t.got} of {t.want})")
        f1[th] = t.prf()[2]
    # the best F1; of thresholds as good (within TIE), the highest: as many right for fewer events added
    best = max(th for th, f in f1.items() if f >= max(f1.values()) - TIE)
    best_f = f1[best]
    added = [x for d, p in zip(cdocs, cpreds, strict=True) for x in added_right(d, p, best)]
    lows = [best, *(b for b in BINS if b > best + 1e-9)]  # the first bin starts at the threshold: no gap below it
    # a bin of a few events gives a share that is noise (one wrong event above 0.7 would read "never right"):
    # it joins the bin below it
    bins: list[list[float]] = []  # lowest score, right, count
    for k, low in enumerate(lows):
        high = lows[k + 1] if k + 1 < len(lows) else 1.01
        part = [ok for p, ok in added if low <= p < high]
        if bins and len(part) < MIN_BIN:
            bins[-1][1] += sum(part)
            bins[-1][2] += len(part)
        elif part or not bins:
            bins.append([low, sum(part), len(part)])
    table = [[low, round(right / n, 3), int(n)] for low, right, n in bins if n]
    print("\n".join(lines))
    print(f"threshold {best:.2f} (F1 {best_f:.3f}); added events right per bin (lowest score, share, "
          f"count): {table}")
    if args.dry_run:
        return 0
    model = export(el.Model(docs, False))
    model["threshold"] = best
    model["select"] = SELECT
    model["pairs"] = PAIRS
    model["calibration"] = [[low, share] for low, share, _n in table]
    model["about"] = {
        "built by": "scripts/build_learned_events.py",
        "trained on": names,
        "articles": len(docs),
        "calibrated on": calib,
        "calibration": "each calibration set predicted by models fitted on every other set; threshold (on the "
                       f"{'confidence in the whole event' if SELECT == 'event' else 'clause probability'}): the best "
                       "events F1 of the rules plus the learned events where the rules code nothing (of thresholds "
                       f"within {TIE} of it, the highest)",
        "calibration figures": lines,
        "added events right per bin": table,
    }
    n_weights = sum(len(p["weights"]) for p in (model["detect"], model["source"], model["target"])) + sum(
        len(p["weights"]) for p in model["roots"].values())
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(model, fh, ensure_ascii=False, sort_keys=True)
    print(f"wrote {args.out}: {n_weights} weights, {args.out.stat().st_size // 1024} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
