"""Token features for the statistical name recogniser, shared by training (scripts/train_ner.py) and tagging.

Per token: the normalised word and its clitic-stripped stem, affixes, word shape, gazetteer flags (people,
places and organisations from the name-pair lists and the actor registry), the registry's own longest-match
tag over the sentence, unsupervised word clusters (k-means over co-occurrence vectors from news text), and
the same cues for two words either side. Everything is a cheap dictionary lookup: tagging speed is bound
by this function, so it does no morphology beyond stripping proclitics.

`news_features` adds what lies outside the sentence, per document: continuous rates of the word and its
neighbours in the news sample (real-valued features, so the tagger gets dicts for them) and what the other
mentions of the same word in the document show (a title or a place word before one, a registry match over one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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


# a word's stem, its own attributes, and those it lends each neighbour offset of `LENT` (tuples of strings only,
# which the garbage collector stops tracking: a memo of lists would make every full collection slower)
WordAttributes = tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]]
NO_VALUES: dict[str, str] = {}


@dataclass(frozen=True)
class ModelAttributes:
    """The attributes a CRF model has weights for, looked up by feature name and value without building strings."""

    names: frozenset[str]  # every attribute, whole: "bias", "s:روس", "-1:c1:17"
    values: dict[str, dict[str, str]]  # feature name -> string value -> the attribute "name:value"
    # per offset of `LENT`: (cue key, the attributes of its string values, its name if known as a 1.0 feature)
    lent: tuple[tuple[tuple[str, dict[str, str], str | None], ...], ...] = ()
    # `lent` by cue key, each key once with (offset's place, table, name) for the offsets that have it, in an order
    # every offset's keys follow (`_lent_all`); empty when there is none
    lent_keys: tuple[tuple[str, tuple[tuple[int, dict[str, str], str | None], ...]], ...] = ()

    @classmethod
    def of(cls, attrs: Iterable[str]) -> ModelAttributes:
        names = frozenset(attrs)
        values: dict[str, dict[str, str]] = {}
        for attr in names:
            # feature names hold colons too ("-1:s"): filed under every cut, the right one is among them
            pos = attr.find(":")
            while pos >= 0:
                values.setdefault(attr[:pos], {})[attr[pos + 1:]] = attr
                pos = attr.find(":", pos + 1)
        lent = tuple(tuple((k, values.get(name, NO_VALUES), name if name in names else None) for k, name in spec)
                     for _off, spec in LENT)
        return cls(names, values, lent, _by_key(lent))

    def __contains__(self, attr: object) -> bool:
        return attr in self.names


def _by_key(lent: tuple[tuple[tuple[str, dict[str, str], str | None], ...], ...]
            ) -> tuple[tuple[str, tuple[tuple[int, dict[str, str], str | None], ...]], ...]:
    """`ModelAttributes.lent` by cue key, keys in their order of first use; empty unless every offset lists its
    keys in that order (then reading the keys once gives each offset's attributes in its own order)."""
    order = list(dict.fromkeys(k for spec in lent for k, _table, _whole in spec))
    rank = {k: n for n, k in enumerate(order)}
    if any([rank[k] for k, _t, _w in spec] != sorted(rank[k] for k, _t, _w in spec) for spec in lent):
        return ()
    return tuple((k, tuple((o, table, whole) for o, spec in enumerate(lent) for key, table, whole in spec if key == k))
                 for k in order)


# a stem's rates in the news sample (`PROFILE_RATES`)
WordProfile = tuple[float, ...]

# Continuous rates of a stem in the news sample, as real-valued features (scaled to about 0-1 when the
# words are names): with the article, after a person, place or organisation cue word, after a person-name word of
# the gazetteer, before one, bare (no article or preposition), and log10 of the count over 5
PROFILE_RATES = ("rA", "rP", "rL", "rO", "rG", "rN", "rB", "lf")

# Context words whose neighbours tend to be names of one kind: counted in the news sample (`wordstats.tsv`,
# `wordcontexts.tsv`) and over the other mentions of a word in the same document (`news_features`)
PERSON_CUES = frozenset(normalize(w) for w in (
    "الرئيس", "السيد", "الشيخ", "الأمير", "الوزير", "رئيس", "وزير", "الدكتور", "د", "اللاعب", "المدرب", "اللواء",
    "العقيد", "الفنان", "الكاتب", "الملك", "المهندس", "الأستاذ", "النائب", "السفير", "المتحدث", "الفنانة",
    "الإعلامي", "الزميل", "الداعية", "العميد", "الفريق", "المواطن", "الشاعر"))
LOC_CUES = frozenset(normalize(w) for w in ("في", "إلى", "من", "مدينة", "بلدة", "محافظة", "منطقة", "قرية", "عاصمة",
                                            "ولاية", "حي", "شمال", "جنوب", "شرق", "غرب", "بين", "داخل"))
ORG_CUES = frozenset(normalize(w) for w in ("شركة", "نادي", "فريق", "منظمة", "حزب", "جامعة", "وكالة", "صحيفة", "بنك",
                                            "مجموعة", "هيئة", "جمعية", "مؤسسة", "قناة", "مصرف", "حركة", "جماعة",
                                            "تنظيم", "اتحاد", "مجلس", "مركز", "موقع"))


@dataclass
class Lexicons:
    """The lookup tables features read: gazetteers (word -> flags) and cluster ids (word -> ids)."""

    gazetteer: dict[str, str] = field(default_factory=dict)  # stem -> flag letters, e.g. "PL"
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stem -> cluster ids, coarse to fine
    stats: dict[str, str] = field(default_factory=dict)  # stem -> bucket digits: article, person/place/org cue, frequency
    # word -> its own features (news vocabulary repeats, so each form is worked out once)
    memo: dict[str, dict[str, str | float]] = field(default_factory=dict, repr=False, compare=False)
    # the attributes a model has weights for (None: all); `sentence_attributes` leaves the others out
    known: ModelAttributes | None = field(default=None, repr=False, compare=False)
    # word -> its stem and its attributes, own and lent to each neighbour offset (see `sentence_attributes`); when
    # full it becomes `attrs_before`, from which the words still in use come back: common words stay
    attrs: dict[str, WordAttributes | None] = field(default_factory=dict, repr=False, compare=False)
    attrs_before: dict[str, WordAttributes | None] = field(default_factory=dict, repr=False, compare=False)
    # stem -> its rates in the news sample (`PROFILE_RATES`, read by `news_features`; empty: no such features)
    profile: dict[str, WordProfile] = field(default_factory=dict, repr=False)


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


def domain_copy(feats: list[dict[str, str | float]], domain: str) -> list[dict[str, str | float]]:
    """Features with a second, domain-specific copy of each ("easy" domain adaptation, Daume III 2007): a model
    trained on news and other corpora learns what holds everywhere and what holds in news alone."""
    return [{**f, **{f"{domain}|{k}": v for k, v in f.items()}} for f in feats]


def sentence_attributes(words: Sequence[str], lex: Lexicons, registry_tags: Sequence[str] | None = None
                        ) -> list[list[str]] | list[dict[str, str | float]]:
    """`sentence_features` as python-crfsuite attribute names, for tagging.

    Each token's features become the attributes the tagger would make of them
    ("name:value" for a string value, the name for a 1.0 weight), in the same
    order, so every score is the same to the last bit; attributes the model
    has no weight for (`lex.known`) are left out, which the tagger would do
    anyway. Lists of names cost python-crfsuite far less than dicts, and a
    word's attributes are worked out once per word form. A feature with
    another weight needs a dict: then the dicts of `sentence_features` are returned.
    """
    got = [_cached_attrs(w, lex) for w in words]
    parts = [p for p in got if p is not None]
    if len(parts) < len(got):
        return sentence_features(words, lex, registry_tags)
    n = len(parts)
    # what token i receives from offset -2, -1, +1, +2 is lent[i][0], lent[i + 1][1], lent[i + 3][2], lent[i + 4][3]:
    # past either end of the sentence that is the offset's edge feature
    lent = [EDGE_BEFORE, EDGE_BEFORE, *(p[2] for p in parts), EDGE_AFTER, EDGE_AFTER]
    if registry_tags is None:
        out = [["bias", *parts[i][1], *lent[i][0], *lent[i + 1][1], *lent[i + 3][2], *lent[i + 4][3]]
               for i in range(n)]
    else:
        tags = registry_tags
        own = [(f"reg:{t}", f"regT:{t[2:]}") if t != "O" else () for t in tags]
        before = [(), *((f"-1:reg:{t}",) if t != "O" else () for t in tags[:-1])]
        after = [*((f"1:reg:{t}",) if t != "O" else () for t in tags[1:]), ()]
        out = [["bias", *parts[i][1], *own[i], *lent[i][0], *lent[i + 1][1], *before[i], *lent[i + 3][2], *after[i],
                *lent[i + 4][3]] for i in range(n)]
    known = lex.known
    bigrams = known.values.get("bi-1", NO_VALUES) if known is not None else None
    for i in range(1, n):
        pair = f"{parts[i - 1][0]}|{parts[i][0]}"
        if bigrams is None:
            out[i].append(f"bi-1:{pair}")
        elif (bigram := bigrams.get(pair)) is not None:
            out[i].append(bigram)
    return out


# what lies past the start and the end of a sentence lends its neighbours the edge features of `LENT`'s offsets
EDGE_BEFORE: tuple[tuple[str, ...], ...] = (("-2:edge",), ("-1:edge",), (), ())
EDGE_AFTER: tuple[tuple[str, ...], ...] = ((), (), ("1:edge",), ("2:edge",))


def _cached_attrs(word: str, lex: Lexicons) -> WordAttributes | None:
    """A word's stem and attributes (own, then lent per offset); None when a feature has a weight other than 1.0."""
    try:
        return lex.attrs[word]
    except KeyError:
        pass
    got = lex.attrs_before[word] if word in lex.attrs_before else _word_attributes(word, lex)
    if len(lex.attrs) >= MEMO_LIMIT:
        lex.attrs_before, lex.attrs = lex.attrs, {}
    lex.attrs[word] = got
    return got


def _word_attributes(word: str, lex: Lexicons) -> WordAttributes | None:
    cues = _cached_cues(word, lex)  # (a memo the second reader shares with the first model: `second_recognizer`)
    if not all(isinstance(v, str) or v == 1.0 for v in cues.values()):
        return None
    known = lex.known
    if known is None:
        lent = tuple(_attributes([(name, cues[k]) for k, name in names if cues.get(k) is not None], None)
                     for _off, names in LENT)
    elif known.lent_keys:
        lent = _lent_all(cues, known.lent_keys, len(known.lent))
    else:
        lent = tuple(_lent(cues, spec) for spec in known.lent)
    return str(cues["s"]), _attributes(cues.items(), known), lent


def _lent_all(cues: dict[str, str | float],
              by_key: tuple[tuple[str, tuple[tuple[int, dict[str, str], str | None], ...]], ...],
              offsets: int) -> tuple[tuple[str, ...], ...]:
    """What `_lent` gives for every offset, each cue read once (`ModelAttributes.lent_keys`): a new word costs the
    recogniser most of its time, and its cues are the same at each offset."""
    out: list[list[str]] = [[] for _ in range(offsets)]
    for k, entries in by_key:
        value = cues.get(k)
        if value is None:
            continue
        if isinstance(value, str):
            for o, table, _whole in entries:
                attr = table.get(value)
                if attr is not None:
                    out[o].append(attr)
        else:
            for o, _table, whole in entries:
                if whole is not None:
                    out[o].append(whole)
    return tuple(tuple(x) for x in out)


def _lent(cues: dict[str, str | float], spec: tuple[tuple[str, dict[str, str], str | None], ...]) -> tuple[str, ...]:
    """The attributes a word's features make at one neighbour offset (`ModelAttributes.lent`)."""
    out = []
    for k, table, whole in spec:
        value = cues.get(k)
        if value is None:
            continue
        attr = table.get(value) if isinstance(value, str) else whole
        if attr is not None:
            out.append(attr)
    return tuple(out)


def _attributes(features: Iterable[tuple[str, str | float]], known: ModelAttributes | None) -> tuple[str, ...]:
    """python-crfsuite's attribute names of (name, value) features; only those the model knows, given `known`."""
    if known is None:
        return tuple(f"{name}:{value}" if isinstance(value, str) else name for name, value in features)
    values, names = known.values, known.names
    out = []
    for name, value in features:
        if isinstance(value, str):
            attr = values.get(name, NO_VALUES).get(value)
            if attr is not None:
                out.append(attr)
        elif name in names:
            out.append(name)
    return tuple(out)


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


# Further evidence a document gives about a word: after a speech verb (speakers are people), beside a kinship
# word of a name (بن، أبو), before a nisba adjective
SPEECH_VERBS = frozenset(normalize(w) for w in (
    "قال", "وقال", "أكد", "وأكد", "أضاف", "وأضاف", "أوضح", "وأوضح", "أشار", "وأشار", "ذكر", "صرح"))
KINSHIP = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "أم"))


def news_features(sentences: Sequence[Sequence[str]], lex: Lexicons,
                  registry_tags: Sequence[Sequence[str] | None] | None = None) -> list[list[dict[str, float]]]:
    """Features from outside the sentence, per token of a document, as attribute -> weight.

    1. The word's rates in the news sample (`lex.profile`, `PROFILE_RATES`), for it and the words either side,
       as real values: bucketed, they added nothing in cross-validation.
    2. What the other mentions of its stem in the same document show: a cue word before one (person, place,
       organisation, speech verb), a registry match over one (by class), a person-name word or a kinship word
       beside one, a nisba adjective after one, the article on one, or only that there are others. Names recur
       within an article, and the first mention is often the one with the clearest context.
    """
    if not sentences:
        return []
    cues = [[_cached_cues(w, lex) for w in words] for words in sentences]
    gazetteer, profile = lex.gazetteer, lex.profile
    evidence: dict[str, dict[str, int]] = {}
    own: list[list[tuple[str, ...]]] = []
    for k, sent in enumerate(cues):
        tags = registry_tags[k] if registry_tags is not None else None
        full = [str(c["w"]) for c in sent]
        stems = [str(c["s"]) for c in sent]
        marks: list[tuple[str, ...]] = []
        for i, stem in enumerate(stems):
            prev = full[i - 1] if i else ""
            nxt = full[i + 1] if i + 1 < len(full) else ""
            e = ["dN"]
            if prev in PERSON_CUES:
                e.append("dP")
            if prev in LOC_CUES:
                e.append("dL")
            if prev in ORG_CUES:
                e.append("dO")
            if tags is not None and tags[i] != "O":
                e.append("dR" + tags[i][2:])
            if i and "P" in gazetteer.get(stems[i - 1], ""):
                e.append("dGp")
            if i + 1 < len(stems) and "P" in gazetteer.get(stems[i + 1], ""):
                e.append("dGn")
            if prev in SPEECH_VERBS:
                e.append("dS")
            if prev in KINSHIP or nxt in KINSHIP:
                e.append("dB")
            if i + 1 < len(stems) and "A" in gazetteer.get(stems[i + 1], ""):
                e.append("dA")
            if full[i] != stem and full[i][:len(full[i]) - len(stem)].endswith("ال"):
                e.append("dAl")
            marks.append(tuple(e))
            if len(stem) >= 2:
                bucket = evidence.setdefault(stem, {})
                for x in e:
                    bucket[x] = bucket.get(x, 0) + 1
        own.append(marks)
    out: list[list[dict[str, float]]] = []
    for sent, marks in zip(cues, own, strict=True):
        rates = [profile.get(str(c["s"])) for c in sent]
        feats: list[dict[str, float]] = []
        for i, c in enumerate(sent):
            f: dict[str, float] = {}
            stem = str(c["s"])
            for off, prefix in ((-1, "-1:"), (0, ""), (1, "1:")):
                j = i + off
                if 0 <= j < len(sent) and (near := rates[j]) is not None:
                    for name, value in zip(PROFILE_RATES, near, strict=True):
                        f[prefix + name] = value
            if len(stem) >= 2:
                mine = marks[i]
                for x, n in evidence[stem].items():
                    if n > mine.count(x):
                        f[x] = 1.0
            feats.append(f)
        out.append(feats)
    return out


def merge_features(item: Iterable[str] | dict[str, str | float], extra: dict[str, float],
                   known: ModelAttributes | None = None) -> dict[str, str | float]:
    """A token's features (attribute names or a feature dict) with `extra` attributes and weights added; with
    `known`, only the attributes the model has weights for."""
    out: dict[str, str | float] = dict(item) if isinstance(item, dict) else dict.fromkeys(item, 1.0)
    if known is None:
        out.update(extra)
    else:
        names = known.names
        out.update((k, v) for k, v in extra.items() if k in names)
    return out
