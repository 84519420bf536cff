"""The tagger's fast input (`sentence_attributes`) is the dict features (`sentence_features`) in another form.

python-crfsuite turns a feature {name: "value"} into the attribute "name:value"
and {name: 1.0} into "name", and ignores attributes the model has no weight
for; the lists must be exactly that, in the same order, so labels and scores
stay the same to the last bit.
"""

from __future__ import annotations

import pytest

from marsad.entities.features import Lexicons, ModelAttributes, sentence_attributes, sentence_features
from marsad.entities.recognizer import Recognizer, read_lexicons, recognizer
from marsad.resources import data_path

SENTENCES = [
    "قال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده لن تتراجع .",
    "وأعلنت وزارة الخارجية السعودية أمس أن الأمير فيصل بن فرحان سيزور واشنطن .",
    "اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بصواريخ",
    "،",
    "جامعة الملك سعود تستضيف مؤتمر ( الرياض 2030 ) للطاقة المتجددة",
]
TAGS = ["O", "B-PER", "I-PER", "B-GPE", "I-ORG", "B-TTL"]


def as_attributes(feats: list[dict[str, str | float]], known: ModelAttributes | None) -> list[list[str]]:
    """What python-crfsuite makes of dict features, without the attributes the model does not know."""
    out = []
    for f in feats:
        item = [k if not isinstance(v, str) else f"{k}:{v}" for k, v in f.items()]
        out.append([a for a in item if known is None or a in known or a == "bias" or a.endswith(":edge")
                    or a.startswith(("reg:", "regT:", "-1:reg:", "1:reg:"))])
    return out


def tags_for(words: list[str], k: int) -> list[str]:
    return [TAGS[(i * 7 + k) % len(TAGS)] for i in range(len(words))]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("with_tags", [False, True])
def test_attributes_are_the_features_the_model_knows(text: str, with_tags: bool) -> None:
    rec = recognizer()
    assert rec is not None
    words = text.split()
    tags = tags_for(words, len(text)) if with_tags else None
    lex = rec.lexicons
    plain = Lexicons(lex.gazetteer, lex.clusters, lex.stats)
    feats = sentence_features(words, plain, tags)
    assert sentence_attributes(words, lex, tags) == as_attributes(feats, lex.known)
    # nothing left out when no model is named
    assert sentence_attributes(words, plain, tags) == as_attributes(feats, None)


@pytest.mark.parametrize("text", SENTENCES)
def test_labels_and_marginals_are_the_same(text: str) -> None:
    rec = recognizer()
    assert rec is not None
    words = text.split()
    tags = tags_for(words, 3)
    plain = Lexicons(rec.lexicons.gazetteer, rec.lexicons.clusters, rec.lexicons.stats)
    tagger = rec.tagger
    runs = []
    for items in (sentence_features(words, plain, tags), sentence_attributes(words, rec.lexicons, tags)):
        tagger.set(items)
        labels = tagger.tag()
        runs.append((labels, tagger.probability(labels),
                     [tagger.marginal(y, i) for i in range(len(words)) for y in tagger.labels()]))
    assert runs[0] == runs[1]


def test_a_domain_model_gets_the_domain_copies() -> None:
    folder = data_path("entities")
    rec = Recognizer(folder / "ner.crfsuite", read_lexicons(folder), None, "n")
    for text in SENTENCES:
        words = text.split()
        assert rec._attributes(words, None) == as_attributes(rec._features(words, None), None)


def test_a_weighted_feature_falls_back_to_dicts(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.entities.features as features

    real = features.token_cues

    def weighted(word: str, lex: Lexicons) -> dict[str, str | float]:
        return {**real(word, lex), "gzP": 0.5}

    monkeypatch.setattr(features, "token_cues", weighted)
    lex = read_lexicons(data_path("entities"))
    words = SENTENCES[0].split()
    assert sentence_attributes(words, lex) == sentence_features(words, lex)
