"""Events with some round rules switched off against the same code with them on, in one process.

usage: .venv/bin/python bench/events_switches.py --off NAME [--off NAME ...] --gold DIR [--gold DIR ...]

Every rule of the coder's rounds sits behind a switch in `marsad.events.switches` (a few older ones in
`actors`, `frames`, `statements` and `targets`: named `frames.TA_MARBUTA`). When the tree moves
under several people at once, two runs minutes apart do not compare; this runs each development set twice
in one process, once as the code stands and once with the named switches False, and prints the events and
root-only lines of `bench/eval_events.py` for both. Development sets only: it refuses bench/gold and the fresh
sets kept unseen (`switching.UNSEEN`).
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_events import evaluate  # noqa: E402
from switching import resolve, switched_off  # noqa: E402

# the modules of marsad.events that hold round switches
EVENT_MODULES = ("switches", "actors", "frames", "statements", "targets")


def summary(gold_dir: Path) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        evaluate(gold_dir, show=False)
    return [line for line in out.getvalue().splitlines() if line.startswith(("events", "root only"))]


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--off", action="append", required=True,
                    help="a switch: NAME of marsad.events.switches, or module.NAME (frames.CUE_WORDS)")
    ap.add_argument("--gold", action="append", type=Path, required=True, help="a development set")
    args = ap.parse_args(argv)
    targets, error = resolve(args.off, "marsad.events", EVENT_MODULES, args.gold, default="switches")
    if error:
        print(error, file=sys.stderr)
        return 2
    for gold_dir in args.gold:
        on = summary(gold_dir)
        with switched_off(targets):
            off = summary(gold_dir)
        print(f"== {gold_dir}")
        for a, b in zip(off, on, strict=True):
            print(f"  off  {a}\n  on   {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
