"""Token features for the statistical name recogniser, shared by training (scripts/train_ner.py) and tagging.

Per token: the normalised word and its clitic-stripped stem, affixes, word shape, gazetteer flags (people,
places and organisations from the name-pair lists and the actor registry), the registry's own longest-match
tag over the sentence, unsupervised word clusters (k-means over co-occurrence vectors from news text), and
the same cues for two words either side. Everything is a cheap dictionary lookup: tagging speed is bound
by this function, so it does no morphology beyond stripping proclitics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.clean.normalize import normalize

ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك")
PUNCT = frozenset(".,،;؛:!?؟\"'«»()[]{}-–—/…*")


def strip_clitics(word: str) -> tuple[str, str]:
    """(prefix, stem) of a normalised word: a conjunction, then an article or one preposition, when 2+ letters remain."""
    pre = ""
    if word[:1] in CONJ and len(word) >= 4:
        pre, word = word[0], word[1:]
    for art in ARTICLES:
        if word.startswith(art) and len(word) - len(art) >= 2:
            return pre + art, word[len(art):]
    if word[:1] in PREP and len(word) >= 5:
        return pre + word[0], word[1:]
    return pre, word


def shape(word: str) -> str:
    if not word:
        return "empty"
    ch = word[0]
    if ch.isdigit():
        return "digit"
    if "a" <= ch.lower() <= "z":
        return "latin-cap" if ch.isupper() else "latin"
    if ch in PUNCT:
        return "punct"
    if "\u0600" <= ch <= "\u06ff":
        return "arabic"
    return "other"


@dataclass
class Lexicons:
    """The lookup tables features read: gazetteers (word -> flags) and cluster ids (word -> ids)."""

    gazetteer: dict[str, str] = field(default_factory=dict)  # stem -> flag letters, e.g. "PL"
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stem -> cluster ids, coarse to fine
    stats: dict[str, str] = field(default_factory=dict)  # stem -> bucket digits: article, person/place/org cue, frequency
    # word -> its own features (news vocabulary repeats, so each form is worked out once)
    memo: dict[str, dict[str, str | float]] = field(default_factory=dict, repr=False, compare=False)


def token_cues(word: str, lex: Lexicons) -> dict[str, str | float]:
    """The features of one word on its own (reused for its neighbours)."""
    w = normalize(word)
    pre, stem = strip_clitics(w)
    f: dict[str, str | float] = {
        "w": w,
        "s": stem,
        "pre": pre,
        "shape": shape(w),
        "p2": stem[:2],
        "p3": stem[:3],
        "x2": stem[-2:],
        "x3": stem[-3:],
        "len": str(min(len(stem), 8)),
    }
    gz = lex.gazetteer.get(stem) or lex.gazetteer.get(w)
    if gz:
        for flag in gz:
            f["gz" + flag] = 1.0
    st = lex.stats.get(stem)
    if st:
        f["sA"], f["sP"], f["sL"], f["sO"] = f"a{st[0]}", f"p{st[1]}", f"l{st[2]}", f"o{st[3]}"
        if len(st) > 4:
            f["fq"] = st[4]
    else:
        f["sA"] = "unk"
        f["fq"] = "u"
    if gz:
        # a name-list word that is frequent in news is more often a common word
        f["gzfq"] = f"{gz}|{f['fq']}"
    cl = lex.clusters.get(stem) or lex.clusters.get(w)
    if cl:
        for k, cid in enumerate(cl, 1):
            f[f"c{k}"] = cid
    else:
        f["c1"] = "none"
    return f


NEIGHBOUR_KEYS = ("s", "c1", "c2", "c3", "pre", "shape", "gzP", "gzL", "gzO", "gzF", "gzT", "sA", "sP")


def sentence_features(words: Sequence[str], lex: Lexicons, registry_tags: Sequence[str] | None = None
                      ) -> list[dict[str, str | float]]:
    """Feature dicts for every word of a sentence (python-crfsuite's input)."""
    cues = [_cached_cues(w, lex) for w in words]
    n = len(words)
    out: list[dict[str, str | float]] = []
    for i in range(n):
        f: dict[str, str | float] = {"bias": 1.0}
        f.update(cues[i])
        if registry_tags is not None and registry_tags[i] != "O":
            f["reg"] = registry_tags[i]
            f["regT"] = registry_tags[i][2:]
        for off, names in LENT:
            j = i + off
            if 0 <= j < n:
                c = cues[j]
                for k, name in names:
                    v = c.get(k)
                    if v is not None:
                        f[name] = v
                if off in (-1, 1) and registry_tags is not None and registry_tags[j] != "O":
                    f[f"{off}:reg"] = registry_tags[j]
            else:
                f[f"{off}:edge"] = 1.0
        if i > 0:
            f["bi-1"] = f"{cues[i - 1]['s']}|{cues[i]['s']}"
        out.append(f)
    return out


# the features a word lends each neighbour offset, under their prefixed names (made once, not per token)
LENT = tuple((off, tuple((k, f"{off}:{k}") for k in (*NEIGHBOUR_KEYS, *(("w",) if off in (-1, 1) else ()))))
             for off in (-2, -1, 1, 2))
MEMO_LIMIT = 20_000


def _cached_cues(word: str, lex: Lexicons) -> dict[str, str | float]:
    """A word's own features, worked out once per word form (news vocabulary repeats); never mutated."""
    got = lex.memo.get(word)
    if got is None:
        if len(lex.memo) >= MEMO_LIMIT:
            lex.memo.clear()
        got = lex.memo[word] = token_cues(word, lex)
    return got


def document_votes(docs_words: Sequence[Sequence[str]], docs_labels: Sequence[Sequence[str]]) -> dict[str, dict[str, int]]:
    """Per clitic-stripped stem, how often a first-pass tagger gave each class across a document."""
    votes: dict[str, dict[str, int]] = {}
    for words, labels in zip(docs_words, docs_labels, strict=True):
        for w, lab in zip(words, labels, strict=True):
            stem = strip_clitics(normalize(w))[1]
            cls = lab[2:] if lab != "O" else "O"
            bucket = votes.setdefault(stem, {})
            bucket[cls] = bucket.get(cls, 0) + 1
    return votes


def add_document_features(feats: list[dict[str, str | float]], words: Sequence[str], labels: Sequence[str],
                          votes: dict[str, dict[str, int]]) -> list[dict[str, str | float]]:
    """Copies of a sentence's features with the document's votes on each word, its own vote left out."""
    out = []
    for f, w, lab in zip(feats, words, labels, strict=True):
        g = dict(f)
        stem = strip_clitics(normalize(w))[1]
        own = lab[2:] if lab != "O" else "O"
        counts = dict(votes.get(stem, {}))
        counts[own] = counts.get(own, 0) - 1
        named = {k: v for k, v in counts.items() if k != "O" and v > 0}
        if named:
            best = max(named, key=lambda k: named[k])
            g["doc"] = best
            g["docshare"] = "hi" if named[best] >= counts.get("O", 0) else "lo"
        elif sum(v for v in counts.values() if v > 0):
            g["doc"] = "O"
        g["p1"] = lab
        out.append(g)
    return out
