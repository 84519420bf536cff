"""What the switch benches share: naming a round rule's module switch, refusing the sets kept unseen, and
turning switches off for one evaluation.

Every round rule of the events and quotes stages sits behind a module-level boolean. `bench/events_switches.py`
and `bench/quotes_switches.py` evaluate a development set with named switches off and as the code stands, in one
process, so edits made by others between two runs do not enter the comparison.
"""

from __future__ import annotations

import contextlib
import importlib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


MARKER = "UNSEEN"


def _fresh(bench: Path = ROOT / "bench") -> tuple[str, ...]:
    """The development sets marked with a file named UNSEEN: annotated at the start of a session, before its
    rules, and measured only at its start and end, so they are kept unseen like the test set until the lead
    removes the marker (the set then becomes a tuning set)."""
    return tuple(sorted(p.name for p in bench.iterdir()
                        if p.is_dir() and re.fullmatch(r"dev\d*", p.name) and (p / MARKER).is_file()))


# the held-out test set and the fresh sets measured only at the end of a session: never tuned on
UNSEEN = ("gold", *_fresh())


def tuning_sets(bench: Path = ROOT / "bench") -> tuple[str, ...]:
    """Every development set (bench/dev, bench/devN) with no UNSEEN marker, in the order of their numbers: the sets
    that may be tuned and trained on. Removing a set's marker makes it one; bench/gold never is."""
    kept = set(_fresh(bench))
    found = [p.name for p in bench.iterdir()
             if p.is_dir() and re.fullmatch(r"dev\d*", p.name) and p.name not in kept]
    return tuple(sorted(found, key=lambda name: int(name[3:] or 1)))


# tuning sets no rule has been written on: dev28-dev31 (measured unseen at the start and end of the session of
# 2026-11-28 (third), then freed) and dev32-dev35 (annotated that session, measured at its end and at the start of the
# next, then freed). The learned parts are calibrated and measured there, where the rules are as weak as on unseen
# news (`scripts/build_learned_events.py`, `scripts/build_event_confidence.py`, `bench/events_union.py`,
# `bench/events_curve.py`, `bench/events_actors.py`). Until the session of 2026-11-28 (fourth) this was dev17-dev27,
# which the rounds 22 of the time, quotes and entities stages read to write rules; rule rounds leave these sets alone.
UNTUNED = ("dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35")


def unseen(gold_dirs: Sequence[Path]) -> Path | None:
    """The first of the sets that lies in a set kept unseen, if any."""
    kept = [(ROOT / "bench" / name).resolve() for name in UNSEEN]
    return next((d for d in gold_dirs if any(d.resolve().is_relative_to(k) for k in kept)), None)


def switch(name: str, package: str, modules: Sequence[str], default: str | None = None) -> tuple[ModuleType, str] | None:
    """The module and attribute of a switch named "module.NAME" (or "NAME" in the default module), if it is one."""
    module, _, attr = name.rpartition(".")
    module = module or (default or "")
    if module not in modules:
        return None
    mod = importlib.import_module(f"{package}.{module}")
    return (mod, attr) if isinstance(getattr(mod, attr, None), bool) else None


def resolve(names: Sequence[str], package: str, modules: Sequence[str], gold_dirs: Sequence[Path],
            default: str | None = None) -> tuple[list[tuple[ModuleType, str]], str | None]:
    """The switches named (see `switch`) for an evaluation of `gold_dirs`, or the one line that says why not: a
    name that is no switch of the package, or a set kept unseen."""
    found = {name: switch(name, package, modules, default) for name in names}
    unknown = [name for name, hit in found.items() if hit is None]
    if unknown:
        return [], f"no such switch in {package}: {', '.join(unknown)}"
    if (kept := unseen(gold_dirs)) is not None:
        return [], f"{kept}: development sets only, never {' or '.join('bench/' + u for u in UNSEEN)}"
    return [hit for hit in found.values() if hit is not None], None


@contextlib.contextmanager
def switched_off(targets: Sequence[tuple[ModuleType, str]]) -> Iterator[None]:
    """The named switches False inside the block, as they were after it."""
    saved = [(mod, attr, getattr(mod, attr)) for mod, attr in targets]
    try:
        for mod, attr in targets:
            setattr(mod, attr, False)
        yield
    finally:
        for mod, attr, value in saved:
            setattr(mod, attr, value)
