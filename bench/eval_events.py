"""Events against the hand-annotated SaudiNewsNet set (test only): precision and recall at root level.

usage: .venv/bin/python bench/eval_events.py [GOLD_DIR] [--list]

For every `NNN.expected.json` with an "events" field in GOLD_DIR (default bench/gold/saudinewsnet),
marsad analyses `NNN.txt` with the publication date of `index.json`. An annotated event matches a
marsad event as in the scorecard (../shared/tools/scorecard.py): marsad's evidence span overlaps the
annotated evidence (found in the text after the scorecard's folding), and the source actor, target
actor and CAMEO root are all accepted ("accept" lists count; an annotated null target wants none).
Pairs are matched one to one, so a marsad event counts once. Printed:

- events: precision (share of marsad's events that match an annotated one) and recall (share of
  annotated events found), with both actors and the root right;
- root only: the same with the actors ignored (where the coder's trigger and code were right);
- date and status: accuracy over matched pairs whose annotation gives them.

`--list` prints both sides per article. The set is kept as test: read only the figures when tuning,
never the articles.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(s: str | None) -> str:
    """The scorecard's folding."""
    s = unicodedata.normalize("NFKC", s or "")
    s = DIACRITICS.sub("", s)
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = re.sub(r"[\"'«»“”‘’„]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def accepts(spec: Any, value: Any) -> bool:
    if isinstance(spec, dict):
        return value in spec.get("accept", [])
    if isinstance(spec, list):
        return value in spec
    return bool(value == spec)


def evidence_range(text: str, evidence: str) -> tuple[int, int] | None:
    """Where the annotated evidence sits in the text, compared after norm() (as the scorecard does)."""
    folded: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        n = norm(ch) if not ch.isspace() else " "
        for c in n:
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


class Tally:
    def __init__(self) -> None:
        self.tp = self.n_got = self.n_gold = 0

    def line(self, name: str) -> str:
        p = self.tp / self.n_got if self.n_got else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:12} P {p:.3f} ({self.tp}/{self.n_got})  R {r:.3f} ({self.tp}/{self.n_gold})  F1 {f:.3f}"


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


def evaluate(gold_dir: Path, show: bool) -> int:
    from marsad.api import analyze
    from marsad.errors import InputError
    from marsad.record import to_record

    index_path = gold_dir / "index.json"
    index = {e["file"]: e for e in json.loads(index_path.read_text(encoding="utf-8"))} if index_path.exists() else {}
    full, loose = Tally(), Tally()
    date_ok = date_all = status_ok = status_all = 0
    articles = 0
    for path in sorted(gold_dir.glob("*.expected.json")):
        try:
            exp = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            print(f"skip {path.name}: not valid JSON (annotation in progress?)", file=sys.stderr)
            continue
        if "events" not in exp:
            continue
        name = path.name.replace(".expected.json", ".txt")
        entry = index.get(name, {})
        try:
            art = analyze(gold_dir / name, published=entry.get("published") or exp.get("published"))
        except (InputError, OSError) as err:
            print(f"skip {name}: {err}", file=sys.stderr)
            continue
        articles += 1
        rec = to_record(art)
        gold, got = exp["events"], rec["events"]
        matched = pair(gold, got, rec["text"], True)
        full.tp += len(matched)
        full.n_gold += len(gold)
        full.n_got += len(got)
        loose.tp += len(pair(gold, got, rec["text"], False))
        loose.n_gold += len(gold)
        loose.n_got += len(got)
        for gi, ai in matched:
            g, a = gold[gi], got[ai]
            if "date" in g:
                date_all += 1
                date_ok += g["date"] == a.get("date")
            if "status" in g:
                status_all += 1
                status_ok += g["status"] == a.get("status")
        if show:
            print(f"== {name}")
            for g in gold:
                print(f"  gold {g.get('source')} -> {g.get('target')} {g.get('cameo_root')} {g.get('date')} "
                      f"{g.get('status')}: {g.get('evidence', '')[:70]}")
            for a in got:
                print(f"  got  {actor(a, 'source')} -> {actor(a, 'target')} {a['root']} {a.get('date')} "
                      f"{a.get('status')}: {a['evidence']['text'][:70]}")
    print(f"articles with annotated events: {articles}")
    print(full.line("events"))
    print(loose.line("root only"))
    print(f"{'date':12} {date_ok / date_all if date_all else 0.0:.3f} ({date_ok}/{date_all} matched events with a date)")
    print(f"{'status':12} {status_ok / status_all if status_all else 0.0:.3f} ({status_ok}/{status_all} matched events)")
    return 0 if articles else 1


def main(argv: list[str]) -> int:
    show = "--list" in argv
    args = [a for a in argv if not a.startswith("--")]
    gold_dir = Path(args[0]) if args else ROOT / "bench" / "gold" / "saudinewsnet"
    return evaluate(gold_dir, show)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
