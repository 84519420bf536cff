"""Features from outside the sentence (`features.news_features`): news-sample rates and the rest of the document."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.clean.normalize import normalize
from marsad.entities.features import (
    PROFILE_RATES,
    Lexicons,
    merge_features,
    news_features,
    sentence_attributes,
    sentence_features,
)
from marsad.entities.recognizer import Recognizer, read_lexicons, recognizer
from marsad.resources import data_path


def lexicons() -> Lexicons:
    rates = tuple(round(0.1 * k, 1) for k in range(len(PROFILE_RATES)))
    return Lexicons(gazetteer={normalize("أحمد"): "P"}, profile={normalize("زيدان"): rates})


def doc(*sentences: str) -> list[list[str]]:
    return [s.split() for s in sentences]


def test_another_mention_after_a_title_marks_the_word() -> None:
    words = doc("قال الرئيس زيدان إن الوفد وصل", "وأضاف زيدان أن المحادثات مستمرة")
    feats = news_features(words, lexicons())
    later = feats[1][1]  # the second "زيدان": the first came after a person cue
    assert later["dP"] == 1.0 and later["dN"] == 1.0
    # its own cue is not evidence for itself
    assert "dP" not in feats[0][2]
    # a word said once in the document has no document features
    assert not {k for k in feats[0][5] if k.startswith("d")}


@pytest.mark.parametrize("before, flag", [("الرئيس", "dP"), ("مدينة", "dL"), ("شركة", "dO"), ("قال", "dS")])
def test_each_cue_gives_its_own_evidence(before: str, flag: str) -> None:
    feats = news_features(doc(f"{before} كرمان اليوم", "ذهب كرمان أمس"), lexicons())
    assert feats[1][1].get(flag) == 1.0


def test_registry_matches_elsewhere_count_by_class() -> None:
    words = doc("وصل كرمان اليوم", "ذهب كرمان أمس")
    tags = [["O", "B-PER", "O"], ["O", "O", "O"]]
    feats = news_features(words, lexicons(), tags)
    assert feats[1][1].get("dRPER") == 1.0 and "dRPER" not in feats[0][1]


def test_rates_are_real_values_for_the_word_and_its_neighbours() -> None:
    feats = news_features(doc("وصل زيدان اليوم"), lexicons())[0]
    rates = lexicons().profile[normalize("زيدان")]
    assert [feats[1][name] for name in PROFILE_RATES] == list(rates)
    assert feats[0]["1:rP"] == rates[1] and feats[2]["-1:lf"] == rates[-1]
    assert not any(k in feats[0] for k in PROFILE_RATES)


def test_empty_input() -> None:
    assert news_features([], lexicons()) == []
    assert news_features([[]], lexicons()) == [[]]


def test_merged_attributes_keep_their_weight() -> None:
    lex = lexicons()
    words = "وصل زيدان اليوم".split()
    attrs = sentence_attributes(words, lex)
    extra = news_features([words], lex)[0]
    merged = [merge_features(a, x) for a, x in zip(attrs, extra, strict=True)]
    assert all(v == 1.0 for k, v in merged[0].items() if k not in extra[0])
    assert merged[1]["rA"] == extra[1]["rA"]
    # the same as merging into the dict features
    feats = sentence_features(words, lex)
    as_dicts = [merge_features(f, x) for f, x in zip(feats, extra, strict=True)]
    names = [{(f"{k}:{v}" if isinstance(v, str) else k): (1.0 if isinstance(v, str) else v) for k, v in d.items()}
             for d in as_dicts]
    assert names == merged


def test_malformed_profile_rows_are_skipped(tmp_path: Path) -> None:
    width = len(PROFILE_RATES)
    (tmp_path / "wordcontexts.tsv").write_text(
        "good\t" + "\t".join(["0.5"] * width) + "\nshort\t0.1\nbad\t" + "\t".join(["x"] * width) + "\n",
        encoding="utf-8")
    lex = read_lexicons(tmp_path)
    assert lex.profile == {"good": (0.5,) * width}


TEXTS = [
    "قال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده لن تتراجع .",
    "وأعلنت وزارة الخارجية السعودية أمس أن الأمير فيصل بن فرحان سيزور واشنطن .",
    "وقال بوتين إن الزيارة ناجحة ، وأضاف فرحان أن المحادثات مستمرة",
]


@pytest.fixture(scope="module")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Recognizer:
    """A CRF trained in a moment on the sentences above with the document features, and the packaged lexicons."""
    import pycrfsuite

    folder = data_path("entities")
    lex = read_lexicons(folder)
    lex.profile = {normalize(w): tuple(0.1 * k for k in range(len(PROFILE_RATES))) for w in ("بوتين", "موسكو")}
    words = [t.split() for t in TEXTS]
    extra = news_features(words, lex)
    trainer = pycrfsuite.Trainer(verbose=False)
    for ws, x in zip(words, extra, strict=True):
        feats = [merge_features(f, e) for f, e in zip(sentence_features(ws, lex), x, strict=True)]
        labels = ["B-PER" if w in ("بوتين", "فرحان", "فيصل") else "B-LOC" if w in ("موسكو", "واشنطن") else "O" for w in ws]
        trainer.append(feats, labels)
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 20, "feature.possible_transitions": True})
    model = tmp_path_factory.mktemp("ner") / "ner.crfsuite"
    trainer.train(str(model))
    return Recognizer(model, lex)


def test_the_fast_path_scores_as_the_training_features(small_model: Recognizer) -> None:
    rec = small_model
    assert rec.news
    lex = rec.lexicons
    words = [t.split() for t in TEXTS]
    extra = news_features(words, lex)
    plain = Lexicons(lex.gazetteer, lex.clusters, lex.stats, profile=lex.profile)
    tagger = rec.tagger
    for k, ws in enumerate(words):
        runs = []
        fast = rec._with(sentence_attributes(ws, lex), extra[k], lex.known)
        slow = [merge_features(f, x) for f, x in zip(sentence_features(ws, plain), extra[k], strict=True)]
        for items in (slow, fast):
            tagger.set(items)
            labels = tagger.tag()
            runs.append((labels, [round(tagger.marginal(y, i), 9) for i in range(len(ws)) for y in tagger.labels()]))
        assert runs[0] == runs[1]
    # a document tagged whole is what its sentences' features give, the document features included
    assert rec.tag_document(words) == [
        list(tagger.tag([merge_features(f, x) for f, x in zip(sentence_features(ws, plain), xs, strict=True)]))
        for ws, xs in zip(words, extra, strict=True)]


def test_the_packaged_model_gets_document_features_if_it_weighs_them() -> None:
    rec = recognizer()
    if rec is None:
        pytest.skip("no packaged model")
    assert rec.lexicons.known is not None
    assert rec.news == ("dN" in rec.lexicons.known.names)
