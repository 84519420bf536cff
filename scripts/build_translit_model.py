"""Build `src/marsad/data/entities/translit_model.tsv.gz`: a joint-sequence (grapheme-to-grapheme) model that spells a
foreign name written in Arabic letters the way the name is written in Latin letters ("كروكر" -> "crocker").

Steps:
1. Read the TRAIN slices of the name-pair data in `../shared/data`: Wikidata tokens `wd_arabic_80` (or
   `wd_arabic_64` with `--dev`, which keeps `wd_arabic_16` for tuning) and ANETAC `translit_train`. The Arabic word
   is normalised (`marsad.clean.normalize.normalize`), the English one folded (accents off, lower case, letters
   only). A pair whose Arabic word occurs in a TEST slice (`wd_arabic_20`, ANETAC `translit_test`) is left out,
   so `bench/eval_translit.py` measures words the model never saw.
2. Align each pair into graphones, a chunk of one or two Arabic letters joined to a chunk of zero to four English
   letters ("ك|ck", "ا|", "تش|tch"), by expectation-maximisation over all segmentations (forward-backward on a
   sample of pairs, then the most likely segmentation of every pair under the learned graphone probabilities).
3. Count graphone n-grams over the aligned words (with word start and end) and smooth them by interpolated
   Witten-Bell; n-grams of the highest orders seen once are pruned. The model is written in backoff form:
   `graphone ids<TAB>log10 prob<TAB>log10 backoff` (gzip-compressed text), after the graphone list and the English names of the
   training pairs (lines `w<TAB>name<TAB>name...`), which the reader prefers among the model's close guesses.

Usage: .venv/bin/python scripts/build_translit_model.py [--data ../shared/data] [--order 5] [--dev] [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import math
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from marsad.clean.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/marsad/data/entities/translit_model.tsv.gz"
ARABIC = re.compile(r"^[\u0621-\u064a\u067e\u0686\u06a4\u06af]+$")
LATIN = re.compile(r"^[a-z]+$")
MAX_AR = 2
MAX_EN = 4
START, END = "<s>", "</s>"


def latin(word: str) -> str:
    """Accents off, lower case, letters only ("Kösen" -> "kosen", "O'Brien" -> "obrien")."""
    word = unicodedata.normalize("NFKD", word.replace("ı", "i").replace("ø", "o").replace("ł", "l"))
    word = "".join(c for c in word if not unicodedata.combining(c)).casefold().replace("ß", "ss")
    return "".join(c for c in word if "a" <= c <= "z")


def arabic(word: str) -> str:
    return normalize(word.replace(" ", "").strip())


def wikidata(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.open(encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2:
            out.append((arabic(parts[1]), latin(parts[0])))
    return out


def anetac(stem: Path) -> list[tuple[str, str]]:
    ar = stem.with_suffix(".ar").read_text(encoding="utf-8").splitlines()
    en = stem.with_suffix(".en").read_text(encoding="utf-8").splitlines()
    return [(arabic(a), latin(e)) for a, e in zip(ar, en, strict=False)]


def usable(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(a, e) for a, e in pairs if ARABIC.match(a) and LATIN.match(e) and len(e) <= 4 * len(a) + 2]


def train_pairs(data: Path, dev: bool) -> list[tuple[str, str]]:
    wd = data / "names_wikidata_translit"
    pairs = wikidata(wd / ("wd_arabic_64" if dev else "wd_arabic_80")) + anetac(data / "names_anetac/translit_train")
    test = {a for a, _ in wikidata(wd / "wd_arabic_20") + anetac(data / "names_anetac/translit_test")}
    if dev:
        test |= {a for a, _ in wikidata(wd / "wd_arabic_16") + anetac(data / "names_anetac/translit_dev")}
    return [p for p in usable(pairs) if p[0] not in test]


def edges(a: str, e: str) -> list[list[tuple[int, int, tuple[str, str]]]]:
    """Per start node (i, j) flattened as i * (len(e) + 1) + j: the graphones leaving it."""
    w = len(e) + 1
    out: list[list[tuple[int, int, tuple[str, str]]]] = [[] for _ in range((len(a) + 1) * w)]
    for i in range(len(a)):
        for k in range(1, MAX_AR + 1):
            if i + k > len(a):
                break
            sub = a[i:i + k]
            for j in range(len(e) + 1):
                for m in range(0 if k == 1 else 1, MAX_EN + 1):
                    if j + m > len(e):
                        break
                    out[i * w + j].append(((i + k) * w + j + m, 0, (sub, e[j:j + m])))
    return out


def forward_backward(a: str, e: str, prob: dict[tuple[str, str], float], counts: dict[tuple[str, str], float]) -> None:
    w = len(e) + 1
    n = (len(a) + 1) * w
    out = edges(a, e)
    alpha = [0.0] * n
    alpha[0] = 1.0
    for s in range(n):
        if alpha[s]:
            for t, _, g in out[s]:
                alpha[t] += alpha[s] * prob.get(g, 1e-9)
    total = alpha[n - 1]
    if total <= 0:
        return
    beta = [0.0] * n
    beta[n - 1] = 1.0
    for s in range(n - 1, -1, -1):
        acc = 0.0
        for t, _, g in out[s]:
            acc += prob.get(g, 1e-9) * beta[t]
        beta[s] = acc if s != n - 1 else 1.0
    for s in range(n):
        if alpha[s]:
            for t, _, g in out[s]:
                if beta[t]:
                    counts[g] += alpha[s] * prob.get(g, 1e-9) * beta[t] / total


def viterbi(a: str, e: str, logp: dict[tuple[str, str], float]) -> list[tuple[str, str]] | None:
    w = len(e) + 1
    n = (len(a) + 1) * w
    out = edges(a, e)
    best = [-math.inf] * n
    back: list[tuple[int, tuple[str, str]] | None] = [None] * n
    best[0] = 0.0
    for s in range(n):
        if best[s] == -math.inf:
            continue
        for t, _, g in out[s]:
            lp = logp.get(g)
            if lp is not None and best[s] + lp > best[t]:
                best[t] = best[s] + lp
                back[t] = (s, g)
    if best[n - 1] == -math.inf:
        return None
    seq = []
    s = n - 1
    while s:
        step = back[s]
        assert step is not None
        s, g = step
        seq.append(g)
    return seq[::-1]


def align(pairs: list[tuple[str, str]], iters: int, sample: int) -> list[list[tuple[str, str]]]:
    rnd = random.Random(13)
    subset = pairs if len(pairs) <= sample else rnd.sample(pairs, sample)
    # start from uniform chunk probabilities that favour short chunks: long ones must earn their mass
    prob: dict[tuple[str, str], float] = defaultdict(lambda: 1e-3)
    for it in range(iters):
        counts: dict[tuple[str, str], float] = defaultdict(float)
        for a, e in subset:
            if it == 0:
                init = {g: 0.1 ** (len(g[0]) + len(g[1])) for s in edges(a, e) for _, _, g in s}
                forward_backward(a, e, init, counts)
            else:
                forward_backward(a, e, prob, counts)
        total = sum(counts.values())
        prob = defaultdict(lambda: 1e-9, {g: c / total for g, c in counts.items() if c / total > 1e-7})
        print(f"EM iteration {it + 1}: {len(prob)} graphones")
    logp = {g: math.log(p) for g, p in prob.items()}
    out = []
    for a, e in pairs:
        seq = viterbi(a, e, logp)
        if seq:
            out.append(seq)
    return out


def ngrams(seqs: list[list[str]], order: int) -> list[Counter[tuple[str, ...]]]:
    counts: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(order + 1)]
    for seq in seqs:
        toks = [START, *seq, END]
        for i in range(1, len(toks)):
            for n in range(1, order + 1):
                if i - n + 1 < 0:
                    break
                counts[n][tuple(toks[i - n + 1:i + 1])] += 1
    return counts


def smooth(counts: list[Counter[tuple[str, ...]]], order: int, prune: int) -> tuple[
        dict[tuple[str, ...], float], dict[tuple[str, ...], float]]:
    """Interpolated Witten-Bell in backoff form: (log10 P(w|h) for kept n-grams, log10 backoff of histories)."""
    vocab = [g for (g,) in counts[1]]
    total1 = sum(counts[1].values())
    prob: dict[tuple[str, ...], float] = {}
    p_lower: dict[tuple[str, ...], float] = {(g,): c / total1 for (g,), c in counts[1].items()}
    for g in vocab:
        prob[(g,)] = math.log10(p_lower[(g,)])
    bows: dict[tuple[str, ...], float] = {}
    for n in range(2, order + 1):
        hist_count: Counter[tuple[str, ...]] = Counter()
        hist_types: Counter[tuple[str, ...]] = Counter()
        for gram, c in counts[n].items():
            hist_count[gram[:-1]] += c
            hist_types[gram[:-1]] += 1
        current: dict[tuple[str, ...], float] = {}
        for gram, c in counts[n].items():
            if n >= 3 and c < prune:
                continue
            h = gram[:-1]
            lam = hist_count[h] / (hist_count[h] + hist_types[h])
            current[gram] = lam * c / hist_count[h] + (1 - lam) * lower(gram[1:], p_lower, bows)
        for h in hist_count:
            bows[h] = hist_types[h] / (hist_count[h] + hist_types[h])
        for gram, p in current.items():
            prob[gram] = math.log10(p)
        p_lower.update(current)
    keep_hist = {g[:-1] for g in prob if len(g) > 1}
    return prob, {h: math.log10(b) for h, b in bows.items() if h in keep_hist}


def lower(gram: tuple[str, ...], p: dict[tuple[str, ...], float], bows: dict[tuple[str, ...], float]) -> float:
    """P(w|h) of the backoff model built so far."""
    weight = 1.0
    while gram:
        if gram in p:
            return weight * p[gram]
        weight *= bows.get(gram[:-1], 1.0)
        gram = gram[1:]
    return weight * 1e-7


def write(path: Path, order: int, prob: dict[tuple[str, ...], float], bows: dict[tuple[str, ...], float],
          pairs: int, known: list[str]) -> None:
    tokens = sorted({t for g in prob for t in g} | {t for h in bows for t in h})
    ids = {t: i for i, t in enumerate(tokens)}
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"# joint-sequence transliteration model, order {order}, trained on {pairs} name pairs; built by "
                "scripts/build_translit_model.py, see PROVENANCE.md\n")
        f.write(f"order\t{order}\n")
        for t in tokens:
            f.write(f"g\t{ids[t]}\t{t}\n")
        for k in range(0, len(known), 20):
            f.write("w\t" + "\t".join(known[k:k + 20]) + "\n")
        for gram in sorted(set(prob) | set(bows), key=lambda g: (len(g), [ids[t] for t in g])):
            p = prob.get(gram)
            b = bows.get(gram)
            f.write(" ".join(str(ids[t]) for t in gram) + "\t" + ("" if p is None else f"{p:.3f}") + "\t"
                    + ("" if b is None else f"{b:.3f}") + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--order", type=int, default=5)
    ap.add_argument("--prune", type=int, default=2, help="drop n-grams of order 3 and up seen fewer times")
    ap.add_argument("--iters", type=int, default=4)
    ap.add_argument("--sample", type=int, default=20000, help="pairs used for the EM iterations")
    ap.add_argument("--dev", action="store_true", help="train on wd_arabic_64 only, keeping wd_arabic_16 for tuning")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    pairs = train_pairs(args.data, args.dev)
    print(f"{len(pairs)} training pairs")
    seqs = align(pairs, args.iters, args.sample)
    tokens = [[f"{a}|{e}" for a, e in seq] for seq in seqs]
    counts = ngrams(tokens, args.order)
    prob, bows = smooth(counts, args.order, args.prune)
    known = sorted({e for _, e in pairs if len(e) >= 3})
    write(args.out, args.order, prob, bows, len(seqs), known)
    print(f"{len(seqs)} aligned pairs, {len(prob)} n-grams -> {args.out}")


if __name__ == "__main__":
    main()
