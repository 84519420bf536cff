"""List Arabic string literals and quoted examples in the project that share a long run of words with the
SaudiNewsNet articles of the evaluation sets.

The SaudiNewsNet sample is CC BY-NC-SA: its text is read by the evaluations, never copied into the project's
code, tests or data. Tests use invented sentences; code comments illustrate a construction with invented words.
This check finds quoted Arabic (between ", «», “”) in the given files whose words run on for N or more words
(default 8) exactly as in an article of `bench/<set>/saudinewsnet/*.txt`, and prints each with the length of the
run. It compares against the development sets only: the held-out set under `bench/gold/` is never read.

usage: .venv/bin/python scripts/check_corpus_overlap.py [--run N] [--fail] FILE...
       .venv/bin/python scripts/check_corpus_overlap.py $(git ls-files src tests | grep '\\.py$')
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUOTED = re.compile(r'[«"“]([^"”»\n]{20,})[»"”]')
ARABIC = re.compile(r"[\u0600-\u06FF]")


def corpus_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "bench").glob("*/saudinewsnet/*.txt"))
             if p.parent.parent.name != "gold"]
    return re.sub(r"\s+", " ", "\n".join(texts))


def longest_run(words: list[str], corpus: str, least: int) -> int:
    best = 0
    for i in range(len(words)):
        for j in range(i + least, len(words) + 1):
            if " ".join(words[i:j]) in corpus:
                best = max(best, j - i)
            else:
                break
    return best


def findings(paths: Iterable[Path], least: int = 8, allowed: Sequence[str] = ()) -> Iterator[tuple[Path, str, int]]:
    """Each quoted Arabic passage of the files sharing `least` or more words with an article (file, passage, run);
    a passage holding one of `allowed` is skipped. Nothing when the checkout has no development sets."""
    corpus = corpus_text()
    if not corpus:
        return
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            print(f"{path}: cannot read ({err})", file=sys.stderr)
            continue
        for literal in QUOTED.findall(text):
            if not ARABIC.search(literal) or any(a in literal for a in allowed):
                continue
            run = longest_run(literal.split(), corpus, least)
            if run >= least:
                yield path, literal, run


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--run", type=int, default=8, help="shortest shared run of words to report (default 8)")
    ap.add_argument("--fail", action="store_true", help="exit 1 when anything is found")
    args = ap.parse_args(argv)
    found = 0
    for path, literal, run in findings(args.files, args.run):
        found += 1
        print(f"{path} | {run} words | {literal[:80]}")
    print(f"{found} quoted passages share {args.run}+ words with the SaudiNewsNet texts", file=sys.stderr)
    return 1 if (found and args.fail) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
