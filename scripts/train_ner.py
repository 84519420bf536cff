#!/usr/bin/env python3
"""Train marsad's name recogniser (a CRF) and build its lexicons from ../shared/data.

Steps:
1. Corpora: the ANERcorp portion (no sentence breaks: split after . ! ? ؟), of which the LAST SIXTH of the
   tokens (cut at a sentence end) is the news test split and is never trained on; with --aqmar, AQMAR train
   and dev (Wikipedia); with --wojood the Wojood sample's train part (PERS/ORG/GPE/LOC mapped, other classes
   dropped). Tags become PER LOC ORG MISC in IOB2. Mixed in plainly, the other corpora lower news F1 (3-fold
   cross-validation on the ANERcorp training part: 0.735 -> 0.700); with --adapt every feature gets a copy
   marked by its corpus (easy domain adaptation) and news neither loses nor gains (0.735), at twice the
   features; the shipped model is trained on ANERcorp alone. An --adapt model tags as news (`ner.domain`).
2. Gazetteer (`gazetteer.tsv`): words of the name-pair lists (ANETAC people/places/organisations, Wikidata
   person-name tokens, Google's Wikipedia transliteration pairs) and of the actor registry, each with flag
   letters: P person-name word, F registry person, L place (countries, capitals, places, GeoNames towns),
   O organisation, A nisba adjective, T title word.
3. Word clusters (`clusters.tsv`) and rates (`wordstats.tsv`): SaudiNewsNet sample (without the 40 articles of bench/gold/saudinewsnet,
   the held-out set) -> left/right co-occurrence counts with the 2,000 most frequent stems for every stem
   seen 5+ times -> log scaling -> truncated SVD (100 dims) -> k-means with 64 and 512 clusters; per
   stem, bucketed rates of ال, of person/place/organisation cue words before it, and of frequency.
   With --news, `wordcontexts.tsv`: the same stems' continuous rates (`news_profile`, `features.PROFILE_RATES`),
   real-valued features of the word and its neighbours (built when missing or with --rebuild-clusters).
4. CRF (python-crfsuite, L-BFGS with L1+L2) over `marsad.entities.features`, with the registry's
   longest-match tags as a feature. With --news also `features.news_features` (the rates above; what the other
   mentions of a word in the same document show), runs of 20 sentences standing in for documents (3-fold
   cross-validation 0.740 -> 0.751, test split 0.726 -> 0.734; not shipped, as it changes sentences the unit tests
   pin: docs/entities.md, "Round 7: recogniser features"). `--stacked` adds a second CRF that also sees how the first tagged the
   same word elsewhere in the document (jackknifed over four folds); measured without gain on news, it is off.
5. `--dev SET ...` (round 12) adds marsad's own development sets (bench/SET/saudinewsnet, 2015 Saudi news; only the
   sets `bench/switching.py` gives as tuning sets, every bench/devN without an UNSEEN marker, `--dev all` naming them
   all: the held-out bench/gold and the sets kept unseen are refused), their annotated articles (both annotation
   files written, as the evaluations count them: `bench/annotated.py`) projected onto their text
   (`project_article`): the page is tokenised and split into sentences by marsad's own stages, as the recogniser
   sees it at run time, and every whole-word occurrence of an entity's `text` or `also_as` forms,
   longest form first, is tagged with its type in IOB2 (GPE as LOC, which the stage reads back as GPE). A form's
   first word may carry the proclitics و ف ب ل ك (ل + ال written لل); the whole token is tagged, clitic
   included, as ANERcorp tags "وألمانيا" and as the stage cuts the clitic off a model span (`_clitic_cut`).
   `--dev-weight N` repeats the in-domain sentences N times; with `--adapt` they are the news domain ("n") and
   ANERcorp (with AQMAR/Wojood if asked) the other ("w"). Measured by leaving sets out: docs/entities.md,
   "Round 12: in-domain training".
   `--second` trains the second reader (docs/entities.md, "Round 12b"): names-only projection, the packaged lexicons
   read and never rebuilt, and only `ner.crfsuite` and a PROVENANCE.md naming the sets, articles and sizes
   written to --out (default data/entities/second).
6. `--cv "c1,c2;c1,c2..."` only cross-validates: 3 contiguous folds of the ANERcorp training part, exact-span
   F1 per setting (AQMAR/Wojood, with --aqmar/--wojood, join every fold's training side and are never scored).

usage: .venv/bin/python scripts/train_ner.py [--out src/marsad/data/entities] [--rebuild-clusters] [--aqmar]
       [--wojood] [--stacked] [--adapt] [--c1 X] [--c2 X] [--iterations N] [--cv GRID] [--news]
       [--keep-gazetteer] [--dev SET ... | --dev all] [--dev-weight N] [--names-only] [--second]
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import re
import sys
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(1, str(ROOT / "bench"))

from annotated import annotated  # noqa: E402
from marsad.clean.normalize import normalize  # noqa: E402
from marsad.entities.features import (  # noqa: E402
    LOC_CUES,
    ORG_CUES,
    PERSON_CUES,
    Lexicons,
    WordProfile,
    domain_copy,
    merge_features,
    news_features,
    sentence_features,
    strip_clitics,
)
from marsad.entities.linking import registry_tags  # noqa: E402
from marsad.entities.recognizer import read_lexicons  # noqa: E402
from marsad.language.tokens import tokenize  # noqa: E402
from switching import tuning_sets  # noqa: E402

DATA = ROOT.parent / "shared/data"
OUT = ROOT / "src/marsad/data/entities"
SECOND_OUT = OUT / "second"
Sentence = list[tuple[str, str]]
CLASS = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "MISC": "MISC", "MIS": "MISC"}


def iob2(tags: list[str]) -> list[str]:
    out, prev = [], "O"
    for t in tags:
        if t == "O":
            out.append("O")
        else:
            bio, _, raw = t.partition("-")
            cls = CLASS.get(raw)
            if cls is None:
                out.append("O")
                prev = "O"
                continue
            if bio == "I" and prev[2:] != cls:
                bio = "B"
            out.append(f"{bio}-{cls}")
        prev = out[-1]
    return out


def _fix(sent: Sentence) -> Sentence:
    tags = iob2([t for _, t in sent])
    return [(w, t) for (w, _), t in zip(sent, tags, strict=True)]


def read_anercorp(data: Path = DATA) -> tuple[list[Sentence], list[Sentence]]:
    """(train, test) sentences: the test split is the last sixth of the tokens, cut at a sentence end."""
    rows = []
    for line in (data / "ner_anercorp_dev/ANERCorp.first125348tokens.txt").read_text(encoding="utf-8").splitlines():
        parts = line.strip().split()
        if len(parts) == 2:
            rows.append((parts[0], parts[1]))
    sents: list[Sentence] = []
    cur: Sentence = []
    for w, t in rows:
        cur.append((w, t))
        if w in {".", "!", "?", "؟"} or len(cur) >= 120:
            sents.append(_fix(cur))
            cur = []
    if cur:
        sents.append(_fix(cur))
    total = sum(len(s) for s in sents)
    cut, seen = 0, 0
    for k, s in enumerate(sents):
        if seen >= total * 5 / 6:
            cut = k
            break
        seen += len(s)
    return sents[:cut], sents[cut:]


def read_conll(path: Path, first_tag_only: bool = True) -> list[Sentence]:
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(_fix(cur))
                cur = []
            continue
        if len(parts) >= 2:
            cur.append((parts[0], parts[1]))
    if cur:
        sents.append(_fix(cur))
    return sents


def read_aqmar(part: str, data: Path = DATA) -> list[Sentence]:
    return read_conll(data / "ner_aqmar" / f"{part}.txt")


def read_wojood(data: Path = DATA) -> list[Sentence]:
    return [s for s in read_conll(data / "ner_wojood_sample/train.txt") if len(s) > 1]


# ---------------------------------------------------------------- in-domain sentences (round 12)

BENCH = ROOT / "bench"
# proclitics a form's first word may carry in running text ("لروسيا", "وبالرياض" is و + ب + الرياض)
FORM_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


@dataclass
class Projection:
    """What projecting an annotation found: mentions tagged, forms with no whole-word occurrence in their text,
    forms found only inside a longer form's mentions, forms left out for a clash of types."""

    mentions: Counter[str] = field(default_factory=Counter)  # by class
    forms: int = 0
    missing: list[str] = field(default_factory=list)
    covered: int = 0
    articles: Counter[str] = field(default_factory=Counter)  # by development set

    def add(self, other: Projection) -> None:
        self.mentions.update(other.mentions)
        self.articles.update(other.articles)
        self.forms += other.forms
        self.missing += other.missing
        self.covered += other.covered


def dev_names(names: list[str], bench: Path = BENCH) -> list[str]:
    """The named development sets, "all" standing for every tuning set (`switching.tuning_sets`); any other name
    (bench/gold, a set kept unseen, a path, a set that does not exist) is refused."""
    allowed = tuning_sets(bench)
    out: list[str] = []
    for name in names:
        for got in allowed if name == "all" else (name,):
            if got not in allowed:
                raise SystemExit(f"--dev: '{got}' is not a development set that may be trained on "
                                 f"(allowed: {' '.join(allowed)})")
            if got not in out:
                out.append(got)
    return out


def dev_folders(names: list[str], bench: Path = BENCH) -> list[Path]:
    """The folders of the named development sets (`dev_names`)."""
    return [bench / name / "saudinewsnet" for name in dev_names(names, bench)]


def _form_words(form: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(form))


def _first_word_variants(first: str) -> set[str]:
    """How a form's first word may be written with proclitics: و ف ب ل ك and their pairs, ل + ال as لل."""
    out = {pre + first for pre in FORM_PREFIXES}
    if first.startswith("ال") and len(first) > 2:
        out |= {c + "لل" + first[2:] for c in ("", "و", "ف")}
    return out


def project(sentences: list[list[str]], entities: list[dict], names_only: bool = False
            ) -> tuple[list[list[str]], Projection]:
    """IOB2 tags for the normalised words of an article's sentences from its annotated entities.

    Every whole-word occurrence of a form (`text`, `also_as`) is tagged with its entity's class, longest form
    first (in words, then letters); a token already tagged is not tagged again, so "الكنيست" inside
    "الكنيست الإسرائيلي" stays part of the longer mention. Mentions never cross a sentence end.
    With `names_only` (round 12b), a form of one definite word ("المملكة", "الوزارة") is left out: such forms are
    anaphors the stage's context pass resolves, not names.
    """
    forms: dict[tuple[str, ...], str] = {}
    report = Projection()
    for ent in entities:
        cls = CLASS.get(str(ent.get("type", "")))
        if cls is None:
            continue
        for form in [ent.get("text"), *(ent.get("also_as") or [])]:
            if not isinstance(form, str):
                continue
            words = _form_words(form)
            if not words or words in forms:
                continue  # a form given twice keeps its first entity's class
            if names_only and len(words) == 1 and words[0].startswith("ال"):
                continue
            forms[words] = cls
    tags = [["O"] * len(s) for s in sentences]
    seen: set[tuple[str, ...]] = set()
    for words in sorted(forms, key=lambda w: (-len(w), -sum(map(len, w)), w)):
        report.forms += 1
        first, rest, n = _first_word_variants(words[0]), list(words[1:]), len(words)
        cls = forms[words]
        occurs = False
        for sent, sent_tags in zip(sentences, tags, strict=True):
            for i in range(len(sent) - n + 1):
                if sent[i] not in first or sent[i + 1:i + n] != rest:
                    continue
                occurs = True
                if any(t != "O" for t in sent_tags[i:i + n]):
                    continue
                sent_tags[i:i + n] = [f"B-{cls}"] + [f"I-{cls}"] * (n - 1)
                report.mentions[cls] += 1
                seen.add(words)
        if not occurs:
            report.missing.append(" ".join(words))
        elif words not in seen:
            report.covered += 1
    return tags, report


def project_article(page: str | Path, entities: list[dict], published: str | None = None, names_only: bool = False
                    ) -> tuple[list[Sentence], Projection]:
    """An annotated page as tagged sentences: marsad's own page cleaning, tokens and sentence split (what the
    recogniser sees at run time, `recognition._model_pass`), the annotation projected by `project`."""
    from marsad.api import analyze
    from marsad.clean.page import clean_page
    from marsad.entities.recognition import sentence_ranges
    from marsad.language.tokens import tag_tokens, tokens_of
    from marsad.pipeline import Pipeline

    art = analyze(page, published=published, pipeline=Pipeline([clean_page, tag_tokens]))
    toks = tokens_of(art)
    ranges = sentence_ranges(art, toks)
    tags, report = project([[t.norm for t in toks[a:b]] for a, b in ranges], entities, names_only)
    return [[(t.text, lab) for t, lab in zip(toks[a:b], labels, strict=True)]
            for (a, b), labels in zip(ranges, tags, strict=True)], report


def read_dev(names: list[str], bench: Path = BENCH, names_only: bool = False) -> tuple[list[Sentence], Projection]:
    """Tagged sentences of every annotated article of the named development sets (`dev_folders`); an article of a
    set still being annotated counts once both its annotation files are written and parse (`annotated`)."""
    sents: list[Sentence] = []
    report = Projection()
    for folder in dev_folders(names, bench):
        for name, ann, published in annotated(folder, "entities"):
            got, rep = project_article(folder / name, ann.get("entities") or [], published, names_only)
            sents += got
            report.add(rep)
            report.articles[folder.parent.name] += 1
    return sents, report


# ---------------------------------------------------------------- lexicons


def build_gazetteer(data: Path = DATA) -> dict[str, str]:
    from marsad.entities.registry import registry

    flags: dict[str, set[str]] = {}

    def add(word: str, flag: str) -> None:
        w = normalize(word)
        if len(w) < 2 or not w[0].isalpha():
            return
        for key in {w, strip_clitics(w)[1]}:
            flags.setdefault(key, set()).add(flag)

    for line in (data / "names_anetac/EN-AR_Named-entities.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3:
            flag = {"PERSON": "P", "LOCATION": "L", "ORGANIZATION": "O"}.get(parts[0])
            if flag:
                for w in parts[2].split():
                    add(w, flag)
    for line in (data / "names_wikidata_translit/wd_arabic.normalized.aligned.tokens").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            add(parts[1].replace(" ", ""), "P")
    for line in (data / "names_google_ar2en/ar2en.txt").read_text(encoding="utf-8").splitlines():
        ar = line.split("\t")[0]
        for w in ar.split():
            add(w, "P")
    reg = registry()
    for actor in reg.actors.values():
        for name in actor.names:
            words = [t.text for t in tokenize(name) if t.norm[:1].isalpha()]
            flag = {"person": "F", "country": "L", "capital": "L", "place": "L", "org": "O", "seat": "O"}.get(actor.kind)
            if flag:
                for w in words:
                    add(w, flag)
    for bucket in reg.adjectives.values():
        for key, _ in bucket:
            for w in key:
                add(w, "A")
    for tbucket in reg.titles.values():
        for tkey, _ in tbucket:
            add(tkey[0], "T")
    return {w: "".join(sorted(f)) for w, f in flags.items()}


def held_out_articles() -> set[tuple[str, int]]:
    index = ROOT / "bench/gold/saudinewsnet/index.json"
    if not index.exists():
        return set()
    return {(e["zip"], int(e["index"])) for e in json.loads(index.read_text(encoding="utf-8"))}


WORD = re.compile(r"[\u0621-\u064a]+")


def _bucket(x: float) -> str:
    return "0" if x < 0.02 else "1" if x < 0.1 else "2" if x < 0.3 else "3" if x < 0.6 else "4"


def word_stats(docs: list[list[tuple[str, str]]], vocab: set[str]) -> dict[str, str]:
    """Per stem, bucketed rates from the news sample: with the article ال, after a person cue, after a place
    cue, after an organisation cue, then a frequency bucket. Names seldom take ال and often follow such cues;
    a frequent word in a name list is more often a common word than a name."""
    from collections import defaultdict

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for d in docs:
        prev = ""
        for pre, stem in d:
            if stem in vocab:
                c = counts[stem]
                c[0] += 1
                c[1] += pre.endswith("ال") or pre.endswith("لل")
                c[2] += prev in PERSON_CUES
                c[3] += prev in LOC_CUES
                c[4] += prev in ORG_CUES
            prev = pre + stem
    def freq(n: int) -> str:
        return "0" if n < 20 else "1" if n < 100 else "2" if n < 500 else "3" if n < 2500 else "4"

    return {w: "".join(_bucket(c[k] / c[0]) for k in range(1, 5)) + freq(c[0]) for w, c in counts.items() if c[0]}


def news_profile(docs: list[list[tuple[str, str]]], vocab: set[str], gazetteer: dict[str, str]
                 ) -> dict[str, WordProfile]:
    """Per stem of `vocab`, continuous rates in the news sample (`features.PROFILE_RATES`): with the article,
    after a person, place or organisation cue word, after a person-name word of the gazetteer (a cue word aside),
    before one, bare (no article or preposition), log10 frequency. Rates are smoothed ((k + 0.05) / (n + 1)) and scaled so that the
    names' typical values span about 0-1."""
    import math
    from collections import defaultdict

    counts: dict[str, list[int]] = defaultdict(lambda: [0] * 8)
    for d in docs:
        for i, (pre, stem) in enumerate(d):
            if stem not in vocab:
                continue
            c = counts[stem]
            prev = "".join(d[i - 1]) if i else ""
            before = d[i - 1][1] if i else ""
            after = d[i + 1][1] if i + 1 < len(d) else ""
            c[0] += 1
            c[1] += pre.endswith("ال") or pre.endswith("لل")
            c[2] += prev in PERSON_CUES
            c[3] += prev in LOC_CUES
            c[4] += prev in ORG_CUES
            c[5] += "P" in gazetteer.get(before, "") and before not in PERSON_CUES
            c[6] += "P" in gazetteer.get(after, "")
            c[7] += pre in ("", "و")
    scale = (1, 5, 2, 5, 3, 3, 1)
    out: dict[str, WordProfile] = {}
    for w, c in counts.items():
        rates = tuple(round((k + 0.05) / (c[0] + 1) * m, 4) for k, m in zip(c[1:], scale, strict=True))
        out[w] = (*rates, round(math.log10(c[0]) / 5, 4))
    return out


def build_clusters(data: Path = DATA, coarse: int = 64, fine: int = 512, min_count: int = 5,
                   contexts: int = 2000, seed: int = 13) -> dict[str, tuple[str, ...]]:
    """k-means clusters of stems from left/right co-occurrence in the SaudiNewsNet sample."""
    docs = news_docs(data)
    return _clusters([[s for _, s in d] for d in docs], coarse, fine, min_count, contexts, seed)


def news_docs(data: Path = DATA) -> list[list[tuple[str, str]]]:
    """The SaudiNewsNet sample (held-out articles left out) as (prefix, stem) words."""
    skip = held_out_articles()
    docs: list[list[tuple[str, str]]] = []
    for zpath in sorted(glob.glob(str(data / "news_saudinewsnet_sample/*.zip"))):
        zname = Path(zpath).name
        with zipfile.ZipFile(zpath) as zf:
            arts = json.loads(zf.read(zf.namelist()[0]).decode("utf-8"))
        for k, a in enumerate(arts):
            if (zname, k) in skip:
                continue
            text = normalize(f"{a.get('title') or ''} {a.get('content') or ''}")
            docs.append([strip_clitics(w) for w in WORD.findall(text)])
    return docs


def _clusters(docs: list[list[str]], coarse: int, fine: int, min_count: int, contexts: int, seed: int
              ) -> dict[str, tuple[str, ...]]:
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

    counts = Counter(w for d in docs for w in d)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:contexts])}
    rows, cols = [], []
    for d in docs:
        ids = [vid.get(w, -1) for w in d]
        cids = [ctx.get(w, -1) for w in d]
        for i in range(len(d)):
            if ids[i] < 0:
                continue
            if i > 0 and cids[i - 1] >= 0:
                rows.append(ids[i])
                cols.append(cids[i - 1])
            if i + 1 < len(d) and cids[i + 1] >= 0:
                rows.append(ids[i])
                cols.append(contexts + cids[i + 1])
    mat = sparse.coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                            shape=(len(vocab), 2 * contexts)).tocsr()
    mat.data = np.log1p(mat.data)
    vec = l2(TruncatedSVD(100, random_state=seed).fit_transform(l2(mat)))
    c1 = MiniBatchKMeans(coarse, random_state=seed, n_init=3, batch_size=4096).fit_predict(vec)
    c2 = MiniBatchKMeans(fine, random_state=seed, n_init=1, batch_size=4096).fit_predict(vec)
    # a third, finer level (2,048 clusters) was measured without gain
    return {w: (f"a{a}", f"b{b}") for w, a, b in zip(vocab, c1, c2, strict=True)}


def write_lexicons(out: Path, gazetteer: dict[str, str] | None, clusters: dict[str, tuple[str, ...]],
                   stats: dict[str, str] | None = None, profile: dict[str, WordProfile] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if profile is not None:
        (out / "wordcontexts.tsv").write_text("".join(
            f"{w}\t" + "\t".join(f"{x:g}" for x in r) + "\n" for w, r in sorted(profile.items())),
            encoding="utf-8")
    if gazetteer is None:
        return
    if stats is not None:
        (out / "wordstats.tsv").write_text("".join(f"{w}\t{v}\n" for w, v in sorted(stats.items())), encoding="utf-8")
    (out / "gazetteer.tsv").write_text("".join(f"{w}\t{f}\n" for w, f in sorted(gazetteer.items())), encoding="utf-8")
    (out / "clusters.tsv").write_text("".join(f"{w}\t" + "\t".join(ids) + "\n" for w, ids in sorted(clusters.items())),
                                      encoding="utf-8")


# ---------------------------------------------------------------- training


def featurize(sent: Sentence, lex: Lexicons, use_registry: bool = True) -> list[dict[str, str | float]]:
    words = [w for w, _ in sent]
    tags = registry_tags([normalize(w) for w in words]) if use_registry else None
    return sentence_features(words, lex, tags)


def featurize_all(sents: list[Sentence], lex: Lexicons, use_registry: bool = True, news: bool = False
                  ) -> list[list[dict[str, str | float]]]:
    """Features of every sentence; with `news`, also `features.news_features`, each run of `DOC_SIZE` sentences
    standing in for a document (the corpus has no article breaks)."""
    out = []
    for block in chunks(sents):
        words = [[w for w, _ in s] for s in block]
        tags = [registry_tags([normalize(w) for w in ws]) if use_registry else None for ws in words]
        extra = news_features(words, lex, tags) if news else [[{}] * len(ws) for ws in words]
        for ws, t, x in zip(words, tags, extra, strict=True):
            out.append([merge_features(f, e) if e else f for f, e in zip(sentence_features(ws, lex, t), x, strict=True)])
    return out


def train(sents: list[Sentence], lex: Lexicons, model: Path, c1: float = 0.05, c2: float = 0.01,
          iterations: int = 150, use_registry: bool = True, verbose: bool = False,
          extra: list[Sentence] | None = None, news: bool = False) -> None:
    """A CRF on `sents` (news); `extra` sentences (other corpora), when given, train with domain copies of
    the features ("w" for them, "n" for news) and the model's folder gets `ner.domain` = "n"."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=verbose)
    # (a domain model is trained without the document features: `Recognizer` adds none to it)
    for s, feats in zip(sents, featurize_all(sents, lex, use_registry, news and not extra), strict=True):
        trainer.append(domain_copy(feats, "n") if extra else feats, [t for _, t in s])
    for s in extra or []:
        trainer.append(domain_copy(featurize(s, lex, use_registry), "w"), [t for _, t in s])
    domain_file = model.parent / "ner.domain"
    if extra:
        domain_file.write_text("n\n", encoding="utf-8")
    else:
        domain_file.unlink(missing_ok=True)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    trainer.train(str(model))


DOC_SIZE = 20  # the corpora have no article breaks: runs of 20 sentences stand in for documents


def chunks(sents: list[Sentence], size: int = DOC_SIZE) -> list[list[Sentence]]:
    return [sents[k:k + size] for k in range(0, len(sents), size)]


def doc_training_rows(sents: list[Sentence], first: list[list[str]], lex: Lexicons, use_registry: bool
                      ) -> list[tuple[list[dict[str, str | float]], list[str]]]:
    """Second-pass rows: features plus document votes computed from first-pass labels, per 20-sentence run."""
    from marsad.entities.features import add_document_features, document_votes

    rows = []
    feats = featurize_all(sents, lex, use_registry)
    for k in range(0, len(sents), DOC_SIZE):
        block, labels = sents[k:k + DOC_SIZE], first[k:k + DOC_SIZE]
        words = [[w for w, _ in s] for s in block]
        votes = document_votes(words, labels)
        for s, f, w, lab in zip(block, feats[k:k + DOC_SIZE], words, labels, strict=True):
            rows.append((add_document_features(f, w, lab, votes), [t for _, t in s]))
    return rows


def train_stacked(sents: list[Sentence], lex: Lexicons, out: Path, folds: int = 4, iterations: int = 150,
                  use_registry: bool = True, c1: float = 0.05, c2: float = 0.01) -> None:
    """First pass on everything (ner.crfsuite); second pass (ner-doc.crfsuite) on votes from first-pass models
    that did not see the sentences they tag (jackknife over contiguous folds)."""
    import tempfile

    import pycrfsuite

    from marsad.entities.recognizer import Recognizer

    train(sents, lex, out / "ner.crfsuite", c1, c2, iterations, use_registry)
    first: list[list[str]] = []
    size = (len(sents) + folds - 1) // folds
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            held = sents[k * size:(k + 1) * size]
            rest = sents[:k * size] + sents[(k + 1) * size:]
            model = Path(tmp) / f"fold{k}.crfsuite"
            train(rest, lex, model, c1, c2, iterations, use_registry)
            rec = Recognizer(model, lex)
            for s in held:
                words = [w for w, _ in s]
                tags = registry_tags([normalize(w) for w in words]) if use_registry else None
                first.append(rec.tag(words, tags))
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels in doc_training_rows(sents, first, lex, use_registry):
        trainer.append(feats, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    trainer.train(str(out / "ner-doc.crfsuite"))


def cross_validate(sents: list[Sentence], lex: Lexicons, grid: list[tuple[float, float]], folds: int = 3,
                   iterations: int = 150, extra: list[Sentence] | None = None, adapt: bool = False,
                   news: bool = False) -> list[tuple[float, float, float]]:
    """Mean exact-span F1 of each (c1, c2) over contiguous folds of `sents` (the training part only; `extra`
    sentences are added to every fold's training side, never scored; with `adapt`, news and extra rows get
    domain copies of their features)."""
    import tempfile

    import pycrfsuite

    from marsad.entities.recognizer import spans

    def feats(group: list[Sentence], domain: str) -> list[list[dict[str, str | float]]]:
        got = featurize_all(group, lex, news=news and not adapt)
        return [domain_copy(f, domain) for f in got] if adapt else got

    rows = [(f, [t for _, t in s]) for s, f in zip(sents, feats(sents, "n"), strict=True)]
    extra_rows = [(f, [t for _, t in s]) for s, f in zip(extra or [], feats(extra or [], "w"), strict=True)]
    size = (len(rows) + folds - 1) // folds
    out = []
    for c1, c2 in grid:
        tp = fp = fn = 0
        for k in range(folds):
            held = rows[k * size:(k + 1) * size]
            trainer = pycrfsuite.Trainer(verbose=False)
            for row, labels in rows[:k * size] + rows[(k + 1) * size:] + extra_rows:
                trainer.append(row, labels)
            trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                                "feature.possible_transitions": True, "feature.minfreq": 1})
            with tempfile.TemporaryDirectory() as tmp:
                trainer.train(f"{tmp}/m.crfsuite")
                tagger = pycrfsuite.Tagger()
                tagger.open(f"{tmp}/m.crfsuite")
                for row, labels in held:
                    gold, pred = set(spans(labels)), set(spans(tagger.tag(row)))
                    tp += len(gold & pred)
                    fp += len(pred - gold)
                    fn += len(gold - pred)
                tagger.close()
        f1 = 2 * tp / max(2 * tp + fp + fn, 1)
        print(f"c1 {c1:g}  c2 {c2:g}{'  (news features)' if news else ''}: cross-validated F1 {f1:.4f}  "
              f"P {tp / max(tp + fp, 1):.4f}  R {tp / max(tp + fn, 1):.4f}", flush=True)
        out.append((c1, c2, f1))
    return out


def train_second(out: Path, names: list[str], dev: list[Sentence], projected: Projection, c1: float, c2: float,
                 iterations: int, t0: float) -> int:
    """The second reader: ANERcorp's training part and the projected development sets, with the packaged lexicons
    (never rebuilt: the stage reads the model with them), written with its PROVENANCE.md to `out`."""
    lex = read_lexicons(OUT)
    sents = training_set(aqmar=False) + dev
    print(f"training on {len(sents)} sentences, {sum(len(s) for s in sents)} tokens", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    train(sents, lex, out / "ner.crfsuite", c1=c1, c2=c2, iterations=iterations)
    seconds = time.time() - t0
    (out / "PROVENANCE.md").write_text(second_provenance(out / "ner.crfsuite", names, dev, projected, sents, seconds),
                                       encoding="utf-8")
    print(f"model written to {out / 'ner.crfsuite'} ({seconds:.0f}s)")
    return 0


def second_provenance(model: Path, names: list[str], dev: list[Sentence], projected: Projection,
                      sents: list[Sentence], seconds: float) -> str:
    """What a second reader was trained on, written beside it by the build (sets, articles, sizes, command)."""
    import textwrap

    data = model.read_bytes()
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    mentions = ", ".join(f"{c} {n:,}" for c, n in sorted(projected.mentions.items()))
    paragraphs = [
        f"Built by `scripts/train_ner.py --second --dev {' '.join(names)}` on {when} ({seconds:.0f} s, one core; "
        "deterministic). Read by `marsad.entities.recognizer.second_recognizer()` with the lexicons of the folder "
        "above (`gazetteer.tsv`, `clusters.tsv`, `wordstats.tsv`), which it was trained with: rebuild it when they "
        "change.",
        f"- File: {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}.",
        f"- Trained on: the first five sixths of ANERcorp (research use) and {sum(projected.articles.values()):,} "
        "annotated articles of marsad's development sets (SaudiNewsNet, CC BY-NC-SA 4.0), per set: "
        + ", ".join(f"{name}\0{projected.articles[name]}" for name in names)  # (a set and its count on one line)
        + ". Never bench/gold or a set marked UNSEEN (`bench/switching.py`).",
        f"- In-domain part: {len(dev):,} sentences, {sum(len(s) for s in dev):,} tokens, "
        f"{sum(projected.mentions.values()):,} mentions projected ({mentions}), names only (a form of one definite "
        f"word stays O); in all {len(sents):,} sentences, {sum(len(s) for s in sents):,} tokens.",
        "- Licence of the weights: research use (ANERcorp) and derived from SaudiNewsNet text (CC BY-NC-SA 4.0); no "
        "sentence of either is stored.",
        "How it was judged: docs/entities.md (\"Round 12b\" and the later sections on the second reader).",
    ]
    body = "\n".join(textwrap.fill(text, 116, subsequent_indent="  " if text.startswith("- ") else "",
                                   break_on_hyphens=False, break_long_words=False)
                     + ("\n" if not text.startswith("- ") or k == len(paragraphs) - 2 else "")
                     for k, text in enumerate(paragraphs))
    return "# The second reader (`ner.crfsuite`)\n\n" + body.replace("\0", " ")


def training_set(wojood: bool = False, aqmar: bool = True) -> list[Sentence]:
    train_news, _ = read_anercorp()
    sents = list(train_news)
    if aqmar:
        sents += read_aqmar("train") + read_aqmar("dev")
    if wojood:
        sents += read_wojood()
    return sents


def main(argv: list[str] | None = None, bench: Path = BENCH) -> int:
    ap = argparse.ArgumentParser(description="train the name recogniser")
    ap.add_argument("--out", type=Path, help=f"default {OUT.relative_to(ROOT)} ({SECOND_OUT.relative_to(ROOT)} with --second)")
    ap.add_argument("--wojood", action="store_true", help="add the Wojood sample to the training data")
    ap.add_argument("--rebuild-clusters", action="store_true")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--aqmar", action="store_true", help="add AQMAR train/dev (Wikipedia); lowers news F1")
    ap.add_argument("--stacked", action="store_true",
                    help="add the document-level second pass (measured: no gain on news, half the speed)")
    ap.add_argument("--cv", metavar="GRID", help="only cross-validate (c1,c2) pairs on the ANERcorp training part, "
                    "e.g. '0.05,0.01;0.1,0.01'; AQMAR/Wojood (with --aqmar/--wojood) join every fold's training side")
    ap.add_argument("--adapt", action="store_true", help="domain copies of features for news and the other corpora")
    ap.add_argument("--news", action="store_true",
                    help="with the news rates and document features (features.news_features; not the shipped model)")
    ap.add_argument("--keep-gazetteer", action="store_true", help="train with gazetteer.tsv as it is, not rebuilt")
    ap.add_argument("--dev", nargs="+", metavar="SET", default=[],
                    help="also train on these development sets, their annotation projected; 'all' for every set "
                         f"without an UNSEEN marker (now: {' '.join(tuning_sets(bench))})")
    ap.add_argument("--dev-weight", type=int, default=1, metavar="N", help="repeat the in-domain sentences N times")
    ap.add_argument("--names-only", action="store_true",
                    help="project names only: forms of one definite word stay O (round 12b)")
    ap.add_argument("--second", action="store_true",
                    help="train the second reader: --names-only, the packaged lexicons as they are; writes only "
                         "ner.crfsuite and PROVENANCE.md to --out")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    args = ap.parse_args(argv)
    if args.second:
        if not args.dev or args.adapt or args.stacked or args.news or args.aqmar or args.wojood or args.cv:
            ap.error("--second takes --dev and none of --adapt --stacked --news --aqmar --wojood --cv")
        args.names_only = True
    args.out = args.out or (SECOND_OUT if args.second else OUT)
    t0 = time.time()
    dev: list[Sentence] = []
    projected = Projection()
    if args.dev:
        args.dev = dev_names(args.dev, bench)
        dev, projected = read_dev(args.dev, bench, names_only=args.names_only)
        print(f"in-domain: {len(dev)} sentences, {sum(len(s) for s in dev)} tokens from {' '.join(args.dev)}; "
              f"{sum(projected.mentions.values())} mentions projected ("
              + ", ".join(f"{c} {n}" for c, n in sorted(projected.mentions.items()))
              + f") of {projected.forms} forms; {len(projected.missing)} forms not found in their text, "
              f"{projected.covered} found only inside longer forms; weight {args.dev_weight}", flush=True)
        dev = dev * max(args.dev_weight, 1)
    if args.cv:
        grid = [(float(a), float(b)) for a, b in (pair.split(",") for pair in args.cv.split(";"))]
        extra = (read_aqmar("train") + read_aqmar("dev") if args.aqmar else []) + (read_wojood() if args.wojood else [])
        cross_validate(read_anercorp()[0], read_lexicons(args.out), grid, iterations=args.iterations, extra=extra,
                       adapt=args.adapt, news=args.news)
        return 0
    if args.second:
        return train_second(args.out, args.dev, dev, projected, args.c1, args.c2, args.iterations, t0)
    stats = None
    docs = None
    if args.rebuild_clusters or not (args.out / "clusters.tsv").exists():
        docs = news_docs()
        clusters = _clusters([[s for _, s in d] for d in docs], 64, 512, 5, 2000, 13)
        stats = word_stats(docs, set(clusters))
        print(f"clusters: {len(clusters)} words ({time.time() - t0:.0f}s)")
    else:
        clusters = read_lexicons(args.out).clusters
    gazetteer = read_lexicons(args.out).gazetteer if args.keep_gazetteer else build_gazetteer()
    profile = None
    if args.news and (docs is not None or not (args.out / "wordcontexts.tsv").exists()):
        profile = news_profile(docs if docs is not None else news_docs(), set(clusters), gazetteer)
        print(f"news profiles: {len(profile)} words ({time.time() - t0:.0f}s)")
    write_lexicons(args.out, None if args.keep_gazetteer else gazetteer, clusters, stats, profile)
    print(f"gazetteer: {len(gazetteer)} words{' (kept)' if args.keep_gazetteer else ''}")
    lex = read_lexicons(args.out)
    if args.adapt:
        sents, _ = read_anercorp()
        extra = (read_aqmar("train") + read_aqmar("dev") if args.aqmar else []) + (read_wojood() if args.wojood else [])
        if dev:
            # the development sets are the news the model tags at run time; ANERcorp joins the other domain
            sents, extra = dev, sents + extra
        print(f"training on {len(sents)} news and {len(extra)} other sentences with domain copies")
        train(sents, lex, args.out / "ner.crfsuite", c1=args.c1, c2=args.c2, iterations=args.iterations,
              extra=extra)
        (args.out / "ner-doc.crfsuite").unlink(missing_ok=True)
        print(f"model written to {args.out / 'ner.crfsuite'} ({time.time() - t0:.0f}s)")
        return 0
    sents = training_set(args.wojood, aqmar=args.aqmar) + dev
    print(f"training on {len(sents)} sentences, {sum(len(s) for s in sents)} tokens")
    if args.stacked:
        train_stacked(sents, lex, args.out, iterations=args.iterations, c1=args.c1, c2=args.c2)
    else:
        train(sents, lex, args.out / "ner.crfsuite", c1=args.c1, c2=args.c2, iterations=args.iterations,
              news=args.news)
        (args.out / "ner-doc.crfsuite").unlink(missing_ok=True)
    print(f"model written to {args.out / 'ner.crfsuite'} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
