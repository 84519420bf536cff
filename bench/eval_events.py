"""Events against the hand-annotated SaudiNewsNet set (test only): precision and recall at root level.

usage: .venv/bin/python bench/eval_events.py [--gold DIR | GOLD_DIR] [--list] [--explain] [--by-confidence]
       [--learned-events]

For every `NNN.expected.json` with an "events" field in GOLD_DIR (default bench/gold/saudinewsnet) whose
`NNN.tml` exists too (an article counts once both annotation files are written), marsad analyses `NNN.txt`
with the publication date of `index.json`. An annotated event matches a
marsad event as in the scorecard (../shared/tools/scorecard.py): marsad's evidence span overlaps the
annotated evidence (found in the text after the scorecard's folding), and the source actor, target
actor and CAMEO root are all accepted ("accept" lists count; an annotated null target wants none).
Pairs are matched one to one, so a marsad event counts once. Printed:

- events: precision (share of marsad's events that match an annotated one) and recall (share of
  annotated events found), with both actors and the root right;
- root only: the same with the actors ignored (where the coder's trigger and code were right);
- date and status: accuracy over matched pairs whose annotation gives them.

`--list` prints both sides per article. `--explain` (development sets only: it refuses bench/gold)
says for each annotated event not found why the coder missed it, from the coder's trace
(`marsad.events.draft.TRACE`): wrong source, target or code on an event over the clause, the right
event on another clause (wrong span), or for the trigger words of the clause the step that stopped
them (not a deed: negated/future/modal…, no source, no target, frame without cue, in complement,
repeat…); a word listed as never a trigger (blocklist); else no trigger. It also counts, over all clauses,
every trigger word the coder dropped by the gate that dropped it (where the rules are too strict).
`--learned-events` analyses with the opt-in learned events (`marsad.events.learned`) added where the rules
code nothing. `--by-confidence` prints, from each event's `confidence` (`marsad.events.confidence`), the precision and recall
(root and both actors right) of the events kept at thresholds 0.3 … 0.9, and a reliability table: per bin of
confidence, the events, their mean confidence and the share of them that is right. On the development sets the
model was fitted on these very events (in-sample): `scripts/build_event_confidence.py --loso` gives the honest,
leave-one-set-out figures. The set is kept as test:
read only the figures when tuning, never the articles.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from annotated import annotated  # noqa: E402
from scorecard import accepts, norm  # noqa: E402  (the shared scorer's folding, kept verbatim)
from tally import Tally  # noqa: E402


def evidence_range(text: str, evidence: str) -> tuple[int, int] | None:
    """Where the annotated evidence sits in the text, compared after norm() (as the scorecard does)."""
    folded: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        n = norm(ch) if not ch.isspace() else " "
        for c in n:
            if c == " " and folded and folded[-1] == " ":
                continue  # norm() collapses spaces: a dropped tatweel or mark between two spaces leaves one
            folded.append(c)
            index.append(i)
    joined = "".join(folded)
    want = norm(evidence)
    pos = joined.find(want) if want else -1
    if pos < 0:
        return None
    return index[pos], index[min(pos + len(want), len(index)) - 1] + 1


def actor(ev: dict[str, Any], role: str) -> str | None:
    return (ev.get(role) or {}).get("actor")


def right(gold: dict[str, Any], got: dict[str, Any], with_actors: bool) -> bool:
    if not accepts(gold.get("cameo_root"), got.get("root")):
        return False
    if not with_actors:
        return True
    return accepts(gold.get("source"), actor(got, "source")) and accepts(gold.get("target"), actor(got, "target"))


THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)
BINS = tuple((k / 10, k / 10 + 0.1 if k < 9 else 1.01) for k in range(10))  # the last bin holds 1.0


def confidence_table(scored: list[tuple[float | None, bool]], n_gold: int) -> list[str]:
    """Lines of the trade-off table: (confidence, right) per coded event; `n_gold` annotated events."""
    out = []
    total = sum(ok for _c, ok in scored)
    out.append(f"{'kept':12} {'events':>6} {'right':>6} {'P':>6} {'R':>6}")
    out.append(f"{'all':12} {len(scored):6} {total:6} {total / len(scored) if scored else 0.0:6.3f} "
               f"{total / n_gold if n_gold else 0.0:6.3f}")
    for t in THRESHOLDS:
        kept = [ok for c, ok in scored if c is not None and c >= t]
        tp = sum(kept)
        out.append(f"{'>= ' + str(t):12} {len(kept):6} {tp:6} {tp / len(kept) if kept else 0.0:6.3f} "
                   f"{tp / n_gold if n_gold else 0.0:6.3f}")
    out.append(f"{'confidence':12} {'events':>6} {'mean':>6} {'right':>6}")
    for lo, hi in BINS:
        got = [(c, ok) for c, ok in scored if c is not None and lo <= c < hi]
        if got:
            mean = sum(c for c, _ok in got) / len(got)
            share = sum(ok for _c, ok in got) / len(got)
            out.append(f"{f'{lo:.1f}-{min(hi, 1.0):.1f}':12} {len(got):6} {mean:6.3f} {share:6.3f}")
    missing = sum(1 for c, _ok in scored if c is None)
    if missing:
        out.append(f"no confidence: {missing} events")
    return out


def pair(gold: list[dict[str, Any]], got: list[dict[str, Any]], text: str, with_actors: bool) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, marsad index): overlapping evidence and accepted actors and root."""
    used: set[int] = set()
    out = []
    for gi, g in enumerate(gold):
        where = evidence_range(text, g.get("evidence", ""))
        if where is None:
            continue
        lo, hi = where
        for ai, a in enumerate(got):
            if ai in used:
                continue
            ev = a.get("evidence") or {}
            if ev.get("start", -1) < hi and ev.get("end", -1) > lo and right(g, a, with_actors):
                used.add(ai)
                out.append((gi, ai))
                break
    return out


# how far the coder got with a trigger: the furthest step names the miss
STAGES = ("no reading", "frame without cue", "participle inside clause", "word list", "in complement", "desire",
          "not a deed", "statement", "nominal: no actor", "no source", "no target", "later date", "repeat")


def _stage(reason: str) -> int:
    return max((k for k, s in enumerate(STAGES) if reason.startswith(s)), default=-1)


def explain(gold: list[dict[str, Any]], got: list[dict[str, Any]], text: str, matched: list[tuple[int, int]],
            trace: list[tuple[int, int, str]]) -> list[tuple[int, str, str]]:
    """(gold index, cause, detail) for each annotated event not matched."""
    from marsad.clean.normalize import normalize
    from marsad.events.lexicon import lexicon

    stop = lexicon().stop
    done = {gi for gi, _ in matched}
    out = []
    for gi, g in enumerate(gold):
        if gi in done:
            continue
        where = evidence_range(text, g.get("evidence", ""))
        if where is None:
            out.append((gi, "evidence not found", ""))
            continue
        lo, hi = where
        over = [a for a in got if (a.get("evidence") or {}).get("start", -1) < hi
                and (a.get("evidence") or {}).get("end", -1) > lo]
        if over:
            a = next((a for a in over if accepts(g.get("cameo_root"), a.get("root"))), None)
            if a is None:
                out.append((gi, "wrong code", f"{over[0]['code']} {over[0]['trigger']['text']}"))
            elif not accepts(g.get("source"), actor(a, "source")):
                out.append((gi, "wrong source", f"{actor(a, 'source')} {a['trigger']['text']}"))
            else:
                out.append((gi, "wrong target", f"{actor(a, 'target')} {a['trigger']['text']}"))
            continue
        used = {ai for _, ai in matched}
        if any(right(g, a, True) for k, a in enumerate(got) if k not in used):
            out.append((gi, "wrong span", ""))
            continue
        notes = [(s, e, r) for s, e, r in trace if s < hi and e > lo]
        if notes:
            s, e, r = max(notes, key=lambda n: _stage(n[2]))
            cause = STAGES[_stage(r)] if _stage(r) >= 0 else r
            out.append((gi, cause, f"{r} {text[s:e]}"))
            continue
        words = re.findall(r"\w+", text[lo:hi])
        hit = [w for w in words if normalize(w) in stop]
        out.append((gi, "blocklist" if hit else "no trigger", " ".join(hit)))
    return out


def evaluate(gold_dir: Path, show: bool, why: bool = False, by_confidence: bool = False,
             learned_events: bool = False) -> int:
    from marsad.api import analyze
    from marsad.errors import InputError
    from marsad.events import draft
    from marsad.record import to_record

    causes: dict[str, int] = {}
    gates: dict[str, int] = {}  # every trigger word the coder dropped, by the step that dropped it
    coded = 0
    scored: list[tuple[float | None, bool]] = []  # (confidence, right) per coded event

    full, loose = Tally(), Tally()
    date_ok = date_all = status_ok = status_all = 0
    articles = 0
    for name, exp, published in annotated(gold_dir, "events"):
        draft.TRACE = [] if why else None
        try:
            art = analyze(gold_dir / name, published=published, learned_events=learned_events)
        except (InputError, OSError) as err:
            print(f"skip {name}: {err}", file=sys.stderr)
            continue
        trace, draft.TRACE = draft.TRACE or [], None
        for _s, _e, reason in trace:
            gate = reason.split("|")[0].split(":")[0] if not reason.startswith("not a deed") else reason.split("|")[0]
            gates[gate] = gates.get(gate, 0) + 1
        articles += 1
        rec = to_record(art)
        gold, got = exp["events"], rec["events"]
        coded += len(got)
        matched = pair(gold, got, rec["text"], True)
        full.add(len(matched), len(got), len(gold))
        hits = {ai for _gi, ai in matched}
        scored += [(a.get("confidence"), ai in hits) for ai, a in enumerate(got)]
        loose.add(len(pair(gold, got, rec["text"], False)), len(got), len(gold))
        for gi, ai in matched:
            g, a = gold[gi], got[ai]
            if "date" in g:
                date_all += 1
                date_ok += g["date"] == a.get("date")
            if "status" in g:
                status_all += 1
                status_ok += g["status"] == a.get("status")
        if why:
            used = {ai for _, ai in matched}
            for ai, a in enumerate(got):
                if ai not in used:
                    causes["(extra event)"] = causes.get("(extra event)", 0) + 1
                    print(f"{name} {'extra':22} {a['code']} {a['trigger']['text']:34} | {actor(a, 'source')} -> "
                          f"{actor(a, 'target')}: {a['evidence']['text'][:60]}")
            for gi, cause, detail in explain(gold, got, rec["text"], matched, trace):
                causes[cause] = causes.get(cause, 0) + 1
                g = gold[gi]
                print(f"{name} {cause:22} {detail[:40]:40} | {g.get('source')} -> {g.get('target')} "
                      f"{g.get('cameo_root')}: {g.get('evidence', '')[:60]}")
        if show:
            print(f"== {name}")
            for g in gold:
                print(f"  gold {g.get('source')} -> {g.get('target')} {g.get('cameo_root')} {g.get('date')} "
                      f"{g.get('status')}: {g.get('evidence', '')[:70]}")
            for a in got:
                print(f"  got  {actor(a, 'source')} -> {actor(a, 'target')} {a['root']} {a.get('date')} "
                      f"{a.get('status')}: {a['evidence']['text'][:70]}")
    if why:
        print(f"trigger words dropped, by gate (all clauses; {coded} events coded):")
        for gate, k in sorted(gates.items(), key=lambda c: -c[1]):
            print(f"  {gate:32} {k:4}")
        print("missed events by cause:")
        for cause, k in sorted(causes.items(), key=lambda c: -c[1]):
            print(f"  {cause:24} {k:4}")
    print(f"articles with annotated events: {articles}")
    print(full.line("events"))
    print(loose.line("root only"))
    print(f"{'date':12} {date_ok / date_all if date_all else 0.0:.3f} ({date_ok}/{date_all} matched events with a date)")
    print(f"{'status':12} {status_ok / status_all if status_all else 0.0:.3f} ({status_ok}/{status_all} matched events)")
    if by_confidence:
        print("by confidence (events kept at each threshold; reliability per bin):")
        for line in confidence_table(scored, full.want):
            print("  " + line)
    return 0 if articles else 1


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("gold_dir", nargs="?", type=Path, help="annotated set (default bench/gold/saudinewsnet)")
    ap.add_argument("--gold", type=Path, help="the same, as an option")
    ap.add_argument("--list", action="store_true", help="print both sides per article")
    ap.add_argument("--explain", action="store_true", help="why each annotated event was missed (dev sets only)")
    ap.add_argument("--by-confidence", action="store_true",
                    help="precision/recall of the events kept at confidence thresholds, and a reliability table")
    ap.add_argument("--learned-events", action="store_true",
                    help="analyse with the opt-in learned events added (marsad.events.learned)")
    args = ap.parse_args(argv)  # an unknown flag stops here, before any set is read
    gold_dir = args.gold_dir or args.gold or ROOT / "bench" / "gold" / "saudinewsnet"
    if args.explain and gold_dir.resolve().is_relative_to((ROOT / "bench" / "gold").resolve()):
        print("--explain reads the items: use it on a development set, never on bench/gold", file=sys.stderr)
        return 2
    return evaluate(gold_dir, args.list, args.explain, args.by_confidence, args.learned_events)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
