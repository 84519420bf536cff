"""Where the entity stage's time goes: its steps timed apart over the first N entries of the SaudiNewsNet sample.

Each page is analysed up to the entity stage first (as `bench/eval_entities.py --speed` does); then, per article,
CPU time is taken for the registry's matches, the mentions of steps 2 and 3 (found once), the first run of the
passes (with the first recogniser's read), the second reader (`recognition.second_spans`, its model's read) and
the second run of the passes where the second reader adds spans. The steps are called as `stage.tag_entities`
calls them; the mentions they keep are checked against the stage's own, so the figures are the stage's.

usage: .venv/bin/python bench/entity_runs.py [N]   (default 300)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    limit = int(args[0]) if args else 300
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_entities import entity_ready
    from marsad.entities import recognition, stage, translit
    from marsad.entities.linking import registry_matches
    from marsad.entities.registry import registry
    from marsad.language.tokens import tokens_of

    arts = entity_ready(limit)
    stage.tag_entities.run(arts[0])  # the registry and the models load outside the timing
    translit.model(), translit.table()
    steps = ("registry matches", "steps 2-3 (once)", "first run", "second reader", "second run")
    cpu = dict.fromkeys(steps, 0.0)
    second_runs = 0
    clock = time.process_time
    for art in arts:
        toks = tokens_of(art)
        if not toks:
            continue
        norms = [t.norm for t in toks]
        date = stage.article_date(art)
        reg = registry()
        t0 = clock()
        matches = registry_matches(norms, date, reg)
        t1 = clock()
        start = stage._before_model(toks, norms, date, reg, matches)
        t2 = clock()
        memo: dict[str, list[tuple[int, int, str]]] = {}
        found = stage._kept(stage._passes(art, toks, norms, date, reg, matches, stage._copy(start), memo=memo),
                            toks, norms)
        t3 = clock()
        also = recognition.second_spans(art, toks, norms, matches, [(f.start, f.end) for f in found]) \
            if recognition.SECOND_READER else []
        t4 = clock()
        if also:
            second_runs += 1
            found = stage._kept(stage._passes(art, toks, norms, date, reg, matches, stage._copy(start), also, memo),
                                toks, norms)
        t5 = clock()
        for step, took in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            cpu[step] += took
        stage.tag_entities.run(art)
        if [stage._bounds(toks, norms, f) for f in found] != [(e.span.start, e.span.end) for e in art.entities]:
            print(f"the steps timed here no longer give the stage's mentions ({art.source.path or art.source.url})")
            return 1
    n = max(len(arts), 1)
    total = sum(cpu.values())
    print(f"entity stage, CPU ms per article over {len(arts)} articles ({second_runs} with a second run):")
    for step in steps:
        print(f"  {step:18s} {1000 * cpu[step] / n:6.1f} ms ({100 * cpu[step] / max(total, 1e-9):4.1f}%)")
    print(f"  {'all':18s} {1000 * total / n:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
