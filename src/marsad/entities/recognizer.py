"""The statistical name recogniser: a CRF over word features (see `features.py`), trained by scripts/train_ner.py.

`Recognizer.load()` reads the packaged model (`marsad/data/entities/ner.crfsuite`) and its lexicons
(`gazetteer.tsv`, `clusters.tsv`, `wordstats.tsv`, `wordcontexts.tsv` when there is one) once, or those of the
folder named by the environment variable `MARSAD_NER_MODEL` (a model under evaluation, left-out sets measured
with it while the packaged one stays in place); `tag(words)` returns
one BIO label per word with the classes PER, LOC, ORG, MISC (`tag_document` for the sentences of one article, which
a model trained on document features needs); `spans(labels)` turns labels into (start, end, class) word ranges.
`second_recognizer()` loads the second reader (round 12b), a model trained in domain, from `data/entities/second/`
or the folder named by `MARSAD_NER_SECOND`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from marsad.entities.features import (
    PROFILE_RATES,
    Lexicons,
    ModelAttributes,
    add_document_features,
    document_votes,
    domain_copy,
    merge_features,
    news_features,
    sentence_attributes,
    sentence_features,
)
from marsad.resources import data_path

MODEL_DIR = ("entities",)
MODEL_ENV = "MARSAD_NER_MODEL"  # a folder holding another ner.crfsuite and its lexicons
# Round 12b: the second reader, a model trained in domain whose spans fill only what the stage left unfound
# (`recognition.second_spans`); its folder may hold its own lexicons, else it shares the first model's.
SECOND_DIR = ("entities", "second")
SECOND_ENV = "MARSAD_NER_SECOND"  # a folder holding another second reader (a fold model under evaluation)


def tsv_rows(path: Path) -> Iterator[list[str]]:
    """The tab-separated fields of each line of a lexicon file; nothing when the file is absent."""
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            yield line.split("\t")


def read_lexicons(folder: Path) -> Lexicons:
    """Gazetteer and clusters from the TSV files beside a model."""
    lex = Lexicons()
    for row in tsv_rows(folder / "gazetteer.tsv"):
        if len(row) >= 2 and row[1]:
            lex.gazetteer[row[0]] = row[1]
    for row in tsv_rows(folder / "wordstats.tsv"):
        if len(row) >= 2 and row[1]:
            lex.stats[row[0]] = row[1]
    for row in tsv_rows(folder / "clusters.tsv"):
        if len(row) >= 3:
            lex.clusters[row[0]] = tuple(row[1:])
    width = len(PROFILE_RATES)
    for row in tsv_rows(folder / "wordcontexts.tsv"):
        if len(row) == 1 + width:
            try:
                lex.profile[row[0]] = tuple(float(x) for x in row[1:])
            except ValueError:
                continue
    return lex


def read_domain(folder: Path) -> str | None:
    """The domain a model beside `ner.domain` was trained to tag news as, else None."""
    path = folder / "ner.domain"
    if not path.exists():
        return None
    return path.read_text(encoding="utf-8").strip() or None


class Recognizer:
    """A first-pass CRF and, when present, a second pass that also sees how the first pass tagged the same word
    elsewhere in the document (stacking; names recur within an article)."""

    def __init__(self, model: Path, lexicons: Lexicons, second: Path | None = None, domain: str | None = None):
        import pycrfsuite

        self.model_path = model
        # a model trained with domain copies of its features (train_ner.py --adapt) tags news as that domain
        self.domain = domain
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))
        self.second = None
        if second is not None and second.exists():
            self.second = pycrfsuite.Tagger()
            self.second.open(str(second))
        self.lexicons = lexicons
        # the attributes the model has weights for: the tagger ignores the others, so they need not be made
        # (a domain model weighs copies of attributes the plain features may lack: all are made for it)
        lexicons.known = None if domain else ModelAttributes.of(a for a, _label in self.tagger.info().state_features)
        lexicons.attrs.clear()
        lexicons.attrs_before.clear()
        # a model trained with `news_features` weighs the document feature "dN" (another mention in the document)
        # (not for a domain model: train_ner.py --adapt trains without them)
        self.news = not domain and lexicons.known is not None and "dN" in lexicons.known.names

    @classmethod
    def load(cls, folder: Path | None = None) -> Recognizer | None:
        """The model in `folder` (default: `MODEL_ENV`'s folder if set, else the packaged one), or None when there
        is none."""
        if folder is None:
            chosen = os.environ.get(MODEL_ENV, "").strip()
            folder = Path(chosen) if chosen else data_path(*MODEL_DIR)
        model = folder / "ner.crfsuite"
        if not model.exists():
            return None
        return cls(model, read_lexicons(folder), folder / "ner-doc.crfsuite", read_domain(folder))

    def tag(self, words: Sequence[str], registry_tags: Sequence[str] | None = None) -> list[str]:
        if not words:
            return []
        return self.tag_document([words], [registry_tags])[0]

    def _features(self, words: Sequence[str], registry_tags: Sequence[str] | None) -> list[dict[str, str | float]]:
        feats = sentence_features(words, self.lexicons, registry_tags)
        return domain_copy(feats, self.domain) if self.domain else feats

    def _attributes(self, words: Sequence[str], registry_tags: Sequence[str] | None
                    ) -> list[list[str]] | list[dict[str, str | float]]:
        """What `_features` gives, as the tagger's attribute names (`sentence_attributes`): the same labels, faster."""
        items = sentence_attributes(words, self.lexicons, registry_tags)
        if not self.domain:
            return items
        if items and isinstance(items[0], dict):
            return domain_copy(items, self.domain)
        return [[*item, *(f"{self.domain}|{a}" for a in item)] for item in items]

    @staticmethod
    def _with(items: list[list[str]] | list[dict[str, str | float]], extra: list[dict[str, float]],
              known: ModelAttributes | None) -> list[list[str]] | list[dict[str, str | float]]:
        """A sentence's items with the document-level features added (as dicts: they carry real weights)."""
        if not any(extra):
            return items
        return [merge_features(item, x, known) for item, x in zip(items, extra, strict=True)]

    def tag_document(self, sentences: Sequence[Sequence[str]],
                     registry_tags: Sequence[Sequence[str] | None] | None = None) -> list[list[str]]:
        """BIO labels for every sentence of one document, with the document-level second pass if there is one."""
        tags = registry_tags or [None] * len(sentences)
        # features from the news sample and the rest of the document (`news_features`), for a model trained on them
        extra = news_features(sentences, self.lexicons, tags) if self.news else [[{}] * len(w) for w in sentences]
        known = self.lexicons.known
        if self.second is None:
            return [list(self.tagger.tag(self._with(self._attributes(w, t), x, known))) if w else []
                    for w, t, x in zip(sentences, tags, extra, strict=True)]
        feats = [[merge_features(f, e) for f, e in zip(self._features(w, t), x, strict=True)]
                 for w, t, x in zip(sentences, tags, extra, strict=True)]
        first = [list(self.tagger.tag(f)) if f else [] for f in feats]
        if self.second is None:
            return first
        votes = document_votes(sentences, first)
        return [list(self.second.tag(add_document_features(f, w, lab, votes))) if f else []
                for f, w, lab in zip(feats, sentences, first, strict=True)]


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, class) word ranges of BIO labels; a stray I- opens a new span."""
    out: list[tuple[int, int, str]] = []
    start, cls = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab == "O" or lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != cls):
            if start >= 0:
                out.append((start, i, cls))
                start, cls = -1, ""
            if lab != "O":
                start, cls = i, lab[2:]
    return out


@cache
def recognizer() -> Recognizer | None:
    """The packaged recogniser, loaded once per process (None if the model file is missing)."""
    return Recognizer.load()


@cache
def second_recognizer() -> Recognizer | None:
    """The second reader (`SECOND_ENV`'s folder if set, else the packaged one), loaded once per process; None when
    there is no such model. Lexicons absent from its folder are the first model's."""
    chosen = os.environ.get(SECOND_ENV, "").strip()
    folder = Path(chosen) if chosen else data_path(*SECOND_DIR)
    model = folder / "ner.crfsuite"
    if not model.exists():
        return None
    lexicons = folder if (folder / "gazetteer.tsv").exists() else data_path(*MODEL_DIR)
    first = recognizer()
    if first is not None and first.model_path.parent.resolve() == lexicons.resolve():
        # the first model's tables, read once, and its memo of each word's own features (`features.token_cues`
        # reads the tables alone, so a word the first model has read costs the second reader nothing there); the
        # attributes stay the second model's own
        shared = replace(first.lexicons, known=None, attrs={}, attrs_before={})
        return Recognizer(model, shared, folder / "ner-doc.crfsuite", read_domain(folder))
    return Recognizer(model, read_lexicons(lexicons), folder / "ner-doc.crfsuite", read_domain(folder))
