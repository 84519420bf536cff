#!/usr/bin/env python3
"""Spelling names the table does not know: word accuracy and character error rate of the rule romanisation
(`translit.spell`) against the learned transliteration model (`translit.Model`) and against `romanize` itself
(which chooses between the two), on the TEST slices of the name-pair data, which the model never trained on.

Steps:
1. Read the test pairs: Wikidata tokens `wd_arabic_20` and ANETAC `translit_test` (with `--dev`, the tuning slices
   `wd_arabic_16` and `translit_dev` instead, for a model built with `scripts/build_translit_model.py --dev`).
   Arabic is normalised and English folded as the build script does.
2. Keep the pairs whose Arabic word the shipped table (`translit.tsv`) and the given-name list do not know (the
   words the fallback spells), and words without the article (a word with it is spelled as an Arabic family name).
3. Spell each word three ways and print, per slice, word accuracy (exact, case-folded; "any" also accepts any
   English rendering of that Arabic word in the slice) and character error rate (edit distance / reference
   length).

usage: .venv/bin/python bench/eval_translit.py [--dev] [--model PATH] [--show N]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared/data"


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_translit_model", ROOT / "scripts/build_translit_model.py")
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load scripts/build_translit_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod



def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", action="store_true", help="score the tuning slices instead of the test slices")
    ap.add_argument("--model", type=Path, help="a model file other than the shipped one")
    ap.add_argument("--show", type=int, default=0, help="print N words the model spells wrong")
    ap.add_argument("--bonus", type=float, help="log10 odds for a spelling the training names have (tuning)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.entities import translit

    if args.model:
        raw = args.model.read_bytes()
        other = translit.Model((gzip.decompress(raw) if args.model.suffix == ".gz" else raw).decode("utf-8"))
        translit.model = lambda: other  # type: ignore[assignment]
    build = load_build()
    wd = DATA / "names_wikidata_translit"
    slices = {
        "wikidata": build.wikidata(wd / ("wd_arabic_16" if args.dev else "wd_arabic_20")),
        "anetac": build.anetac(DATA / "names_anetac" / ("translit_dev" if args.dev else "translit_test")),
    }
    table, given = translit.table(), translit.given_names()
    mdl = translit.model()
    if mdl is None:
        raise SystemExit("no model file")
    if args.bonus is not None:
        mdl.known_bonus = args.bonus
    print(f"{'slice':9} {'speller':9} {'words':>6} {'acc':>6} {'acc-any':>7} {'CER':>6}")
    for name, raw in slices.items():
        pairs = [(a, e) for a, e in build.usable(raw)
                 if a not in table and a not in given and not a.startswith("ال")]
        refs: dict[str, set[str]] = defaultdict(set)
        for a, e in pairs:
            refs[a].add(e)
        spellers = {
            "spell": lambda a: translit.spell(a),
            "model": lambda a: (mdl.spell(a) or ("", 0.0))[0],
            "romanize": lambda a: (translit.romanize([a]) or "").casefold(),
        }
        wrong: list[tuple[str, str, str]] = []
        for label, fn in spellers.items():
            ok = ok_any = edits = chars = 0
            t0 = time.process_time()
            for a, e in pairs:
                got = fn(a).casefold()
                ok += got == e
                ok_any += got in refs[a]
                edits += translit.edit_distance(got, e)
                chars += len(e)
                if label == "model" and got not in refs[a]:
                    wrong.append((a, e, got))
            ms = (time.process_time() - t0) * 1000 / max(len(pairs), 1)
            print(f"{name:9} {label:9} {len(pairs):6d} {ok / max(len(pairs), 1):6.3f} "
                  f"{ok_any / max(len(pairs), 1):7.3f} {edits / max(chars, 1):6.3f}   ({ms:.1f} ms/word)")
        for a, e, got in wrong[:args.show]:
            print(f"   {a}\t{e}\t{got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
