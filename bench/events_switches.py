"""Events with some round rules switched off against the same code with them on, in one process.

usage: .venv/bin/python bench/events_switches.py --off NAME [--off NAME ...] --gold DIR [--gold DIR ...]

Every rule of the coder's rounds sits behind a switch in `marsad.events.switches`. When the tree moves
under several people at once, two runs minutes apart do not compare; this runs each development set twice
in one process, once as the code stands and once with the named switches False, and prints the events and
root-only lines of `bench/eval_events.py` for both. Development sets only: it refuses bench/gold.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_events import evaluate  # noqa: E402


def summary(gold_dir: Path) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        evaluate(gold_dir, show=False)
    return [line for line in out.getvalue().splitlines() if line.startswith(("events", "root only"))]


def main(argv: list[str]) -> int:
    import argparse

    from marsad.events import switches

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--off", action="append", required=True, help="a switch of marsad.events.switches")
    ap.add_argument("--gold", action="append", type=Path, required=True, help="a development set")
    args = ap.parse_args(argv)
    unknown = [name for name in args.off if not isinstance(getattr(switches, name, None), bool)]
    if unknown:
        print(f"no such switch in marsad.events.switches: {', '.join(unknown)}", file=sys.stderr)
        return 2
    gold_root = (ROOT / "bench" / "gold").resolve()
    for gold_dir in args.gold:
        if gold_dir.resolve().is_relative_to(gold_root):
            print(f"{gold_dir}: development sets only, never bench/gold", file=sys.stderr)
            return 2
    saved = {name: getattr(switches, name) for name in args.off}
    for gold_dir in args.gold:
        on = summary(gold_dir)
        try:
            for name in args.off:
                setattr(switches, name, False)
            off = summary(gold_dir)
        finally:
            for name, value in saved.items():
                setattr(switches, name, value)
        print(f"== {gold_dir}")
        for a, b in zip(off, on, strict=True):
            print(f"  off  {a}\n  on   {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
