#!/usr/bin/env python3
"""Exact-span NER evaluation of marsad's recogniser on data it never trained on.

Trains the recogniser exactly as scripts/train_ner.py does (ANERcorp's first five sixths; AQMAR train/dev
with --aqmar; the document-level second pass with --stacked), then
prints exact-span micro precision/recall/F1 (overall and per class) on
  - news: the LAST SIXTH of the ANERcorp portion (never trained on), and
  - wiki: AQMAR's test split,
with recall split into names seen / unseen in training. Then tagging speed (tokens/s, one process, features
and registry tags included) and model load time (registry + model + lexicons, cold).

usage: .venv/bin/python bench/eval_ner.py [--model DIR]   (DIR: evaluate an existing model, no training;
       src/marsad/data/entities is the shipped one)
       [--stacked] [--aqmar] [--no-registry] [--wojood] [--adapt] [--news] [--iterations N] [--c1 X] [--c2 X]
       (--news: with the news rates and document features, as `train_ner.py --news`; the lexicon folder must hold
       wordcontexts.tsv for the rates)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_ner as T  # noqa: E402

from marsad.entities.recognizer import Recognizer, read_domain, read_lexicons, spans  # noqa: E402


def span_set(labels: list[str]) -> set[tuple[int, int, str]]:
    return set(spans(labels))


def evaluate(name: str, sents: list[T.Sentence], rec: Recognizer, use_registry: bool,
             seen: set[tuple[str, ...]]) -> float:
    from marsad.clean.normalize import normalize
    from marsad.entities.linking import registry_tags

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    seen_hit = seen_all = unseen_hit = unseen_all = 0
    predicted: list[list[str]] = []
    for block in T.chunks(sents):
        words_ = [[w for w, _ in s] for s in block]
        tags_ = [registry_tags([normalize(w) for w in ws]) if use_registry else None for ws in words_]
        predicted.extend(rec.tag_document(words_, tags_))
    for s, labels in zip(sents, predicted, strict=True):
        words = [w for w, _ in s]
        gold = span_set([t for _, t in s])
        pred = span_set(labels)
        for sp in pred:
            (tp if sp in gold else fp)[sp[2]] += 1
        for sp in gold:
            key = tuple(words[sp[0]:sp[1]])
            hit = sp in pred
            if sp not in pred:
                fn[sp[2]] += 1
            if key in seen:
                seen_all += 1
                seen_hit += hit
            else:
                unseen_all += 1
                unseen_hit += hit

    def prf(t: int, p: int, n: int) -> tuple[float, float, float]:
        prec = t / (t + p) if t + p else 0.0
        rec_ = t / (t + n) if t + n else 0.0
        f = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
        return prec, rec_, f

    P, R, F = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{name}: {len(sents)} sentences, {sum(len(s) for s in sents)} tokens")
    print(f"  overall  P {P:.3f}  R {R:.3f}  F1 {F:.3f}")
    for cls in ("PER", "LOC", "ORG", "MISC"):
        p, r, f = prf(tp[cls], fp[cls], fn[cls])
        print(f"  {cls:5}    P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {tp[cls] + fn[cls]})")
    print(f"  recall on names seen in training {seen_hit / max(seen_all, 1):.3f} ({seen_all}), "
          f"unseen {unseen_hit / max(unseen_all, 1):.3f} ({unseen_all})")
    return F


STAGE_TYPE = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def stage_labels(block: list[T.Sentence], date: str | None) -> list[list[str]]:
    """Token labels the whole entity stage gives a run of sentences (registry, recogniser, rules, aliases).

    The run is one article whose text is the tokens joined by spaces; an entity covers the tokens its span
    touches; registry agent phrases and places count with their corpus class (GPE -> LOC)."""
    from marsad.article import Article, Section
    from marsad.entities.stage import tag_entities
    from marsad.language.tokens import tag_tokens

    parts, where = [], []
    pos = 0
    for k, sent in enumerate(block):
        for j, (w, _) in enumerate(sent):
            where.append((pos, pos + len(w), k, j))
            parts.append(w)
            pos += len(w) + 1
        parts[-1] += "\n"
        pos += 0
    text = " ".join(parts)
    # recompute offsets exactly as joined
    where, pos = [], 0
    for k, sent in enumerate(block):
        for j, (w, _) in enumerate(sent):
            where.append((pos, pos + len(w), k, j))
            pos += len(w) + (2 if j == len(sent) - 1 else 1)
    art = Article(raw=text.encode("utf-8"), text=text, published=date, sections=[Section("body", 0, len(text))])
    tag_tokens.run(art)
    tag_entities.run(art)
    labels = [["O"] * len(s) for s in block]
    for e in art.entities:
        toks = [(k, j) for a, b, k, j in where if a < e.span.end and b > e.span.start]
        if not toks:
            continue
        cls = STAGE_TYPE.get(e.type, "MISC")
        for n, (k, j) in enumerate(toks):
            labels[k][j] = ("B-" if n == 0 else "I-") + cls
    return labels


def evaluate_stage(name: str, sents: list[T.Sentence], date: str | None) -> None:
    tp = fp = fn = 0
    per: dict[str, list[int]] = {c: [0, 0, 0] for c in ("PER", "LOC", "ORG", "MISC")}
    for block in T.chunks(sents):
        for s, labels in zip(block, stage_labels(block, date), strict=True):
            gold = span_set([t for _, t in s])
            pred = span_set(labels)
            for sp in pred:
                hit = sp in gold
                tp += hit
                fp += not hit
                per[sp[2]][0 if hit else 1] += 1
            for sp in gold - pred:
                fn += 1
                per[sp[2]][2] += 1
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    print(f"{name}, whole entity stage with the shipped model: P {p:.3f}  R {r:.3f}  F1 {2 * p * r / max(p + r, 1e-9):.3f}  "
          + "  ".join(f"{c} {2 * a / max(2 * a + b + n, 1):.3f}" for c, (a, b, n) in per.items()))


def speed(sents: list[T.Sentence], rec: Recognizer, use_registry: bool) -> tuple[float, float]:
    """(tokens per CPU second, tokens per wall-clock second): CPU time is what one core costs; wall time also
    counts waiting for a core on a busy machine."""
    from marsad.clean.normalize import normalize
    from marsad.entities.linking import registry_tags

    n = sum(len(s) for s in sents)
    t0, c0 = time.perf_counter(), time.process_time()
    for block in T.chunks(sents):
        words_ = [[w for w, _ in s] for s in block]
        rec.tag_document(words_, [registry_tags([normalize(w) for w in ws]) if use_registry else None
                                  for ws in words_])
    return n / (time.process_time() - c0), n / (time.perf_counter() - t0)


LOAD = """
import time; t=time.perf_counter(); c=time.process_time()
from marsad.entities.registry import registry; from marsad.entities.recognizer import recognizer
registry(); r=recognizer(); assert r is not None
print(f"{time.perf_counter()-t:.2f} wall, {time.process_time()-c:.2f} CPU")
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="a folder with ner.crfsuite (+ ner-doc.crfsuite) and lexicons")
    ap.add_argument("--stacked", action="store_true", help="add the document-level second pass")
    ap.add_argument("--no-registry", action="store_true", help="no registry-match feature")
    ap.add_argument("--wojood", action="store_true")
    ap.add_argument("--aqmar", action="store_true", help="add AQMAR train/dev (Wikipedia) to the training data")
    ap.add_argument("--adapt", action="store_true",
                    help="with --aqmar/--wojood: train with domain copies of the features (news vs the others)")
    ap.add_argument("--news", action="store_true", help="train with the news rates and document features")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    args = ap.parse_args(argv)
    use_registry = not args.no_registry
    train_sents = T.training_set(args.wojood, aqmar=args.aqmar)
    _, news_test = T.read_anercorp()
    wiki_test = T.read_aqmar("test")
    seen = {tuple(w for w, _ in s[a:b]) for s in train_sents for a, b, _ in spans([t for _, t in s])}
    if args.model:
        rec = Recognizer(args.model / "ner.crfsuite", read_lexicons(args.model), args.model / "ner-doc.crfsuite",
                         read_domain(args.model))
    else:
        tmp = Path(tempfile.mkdtemp(prefix="marsad-ner-"))
        lex_dir = T.OUT
        t0 = time.time()
        lex = read_lexicons(lex_dir)
        if args.adapt:
            news, _ = T.read_anercorp()
            T.train(news, lex, tmp / "ner.crfsuite", c1=args.c1, c2=args.c2, iterations=args.iterations,
                    use_registry=use_registry, extra=train_sents[len(news):])
        elif not args.stacked:
            T.train(train_sents, lex, tmp / "ner.crfsuite", c1=args.c1, c2=args.c2, iterations=args.iterations,
                    use_registry=use_registry, news=args.news)
        else:
            T.train_stacked(train_sents, lex, tmp, iterations=args.iterations, use_registry=use_registry,
                            c1=args.c1, c2=args.c2)
        print(f"trained on {len(train_sents)} sentences / {sum(len(s) for s in train_sents)} tokens "
              f"in {time.time() - t0:.0f}s (lexicons from {lex_dir}; {'two passes' if args.stacked else 'one pass'})")
        rec = Recognizer(tmp / "ner.crfsuite", lex, tmp / "ner-doc.crfsuite", read_domain(tmp))
    evaluate("news (ANERcorp, last sixth)", news_test, rec, use_registry, seen)
    evaluate("wiki (AQMAR test)", wiki_test, rec, use_registry, seen)
    # the stage resolves roles on a date; the ANERcorp news is from about 2002
    evaluate_stage("news (ANERcorp, last sixth)", news_test, "2002-06-01")
    cpu, wall = speed(news_test, rec, use_registry)
    print(f"tagging speed: {cpu:,.0f} tokens per CPU second on one core ({wall:,.0f} tokens/s wall clock; "
          f"features and registry tags included)")
    out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, cwd=ROOT)
    print(f"model load (registry + model + lexicons, cold process): {out.stdout.strip() or out.stderr[-200:]} s")
    print(f"(load average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
