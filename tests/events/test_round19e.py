"""Round 19e: the learned trigger and root reader (`marsad.events.reader`) feeding the rule coder's argument finders
(docs/events.md "Round 19e"), checked on invented sentences with a small model made by hand, so that what is tested
is the hook and the rules after it, not the weights of a fitted model. No model ships (the round did not keep the
reader), so without one installed the coder is the rules alone."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, make_article, triples

from marsad.article import Article
from marsad.events import reader
from marsad.events.actors import mentions
from marsad.events.clauses import build_sentences
from marsad.events.cues import cues
from marsad.events.lexicon import lexicon
from marsad.language.tokens import sentences_of, tokens_of

Code = Callable[..., Article]

MORE = {**ACTORS, "وزير الخارجية الأردني": ("PER", "JORGOV", "Jordanian foreign minister")}

# a model that knows three verbs the lexicon lacks: "عاتب" (reproached, 11), "صافح" (shook hands, 04) and the
# present "يعاتب"; every other word scores far below the threshold
HAND_MODEL = {
    "threshold": 0.5, "cap": 0.3,
    "detect": (-6.0, {"st=عاتب": 9.0, "st=صافح": 9.0, "st=يعاتب": 9.0}),
    "roots": {"11": (0.0, {"st=عاتب": 2.0, "st=يعاتب": 2.0}), "04": (0.0, {"st=صافح": 2.0})},
}


def _coded(code: Code, text: str, model: reader.Model | None) -> list[tuple[str | None, str | None, str]]:
    """The (source, target, root) triples of a text, sorted, coded with this reader model installed (None: none)."""
    reader.install(model)
    try:
        return sorted(triples(code(text, actors=MORE)), key=str)
    finally:
        reader.uninstall()


@pytest.mark.parametrize(("text", "want"), [
    # a past verb at the head of its clause: the subject after it, the object after the subject
    ("عاتب أردوغان بوتين على تأخير الاتفاق.", ("TURGOV", "RUSGOV", "11")),
    ("وصافح وزير الخارجية الأردني أردوغان في القاعة الكبرى.", ("JORGOV", "TURGOV", "04")),
    # the subject before a present verb, the object after it
    ("بوتين يعاتب أردوغان على تأخير الاتفاق.", ("RUSGOV", "TURGOV", "11")),
])
def test_reader_trigger_gets_rule_actors(code: Code, text: str, want: tuple[str, str, str]) -> None:
    assert want in _coded(code, text, HAND_MODEL)
    assert want not in _coded(code, text, None)


def test_no_model_restores_the_rules(code: Code) -> None:
    # one clause the lexicon codes (a visit), one it cannot (the handshake): no model gives the rules' events alone
    text = "زار أردوغان موسكو أمس، وصافح وزير الخارجية الأردني بوتين في القصر."
    on = _coded(code, text, HAND_MODEL)
    off = _coded(code, text, None)
    assert ("JORGOV", "RUSGOV", "04") in on
    assert off == sorted(set(on) - {("JORGOV", "RUSGOV", "04")}, key=str)
    assert ("TURGOV", "RUS", "04") in off


@pytest.mark.parametrize("text", [
    "لم يعاتب أردوغان بوتين على تأخير الاتفاق.",  # negated
    "هل عاتب أردوغان بوتين على تأخير الاتفاق؟",  # a question
])
def test_filters_still_apply(code: Code, text: str) -> None:
    # the rule coder's gates run on the reader's trigger: what is no deed stays uncoded
    assert _coded(code, text, HAND_MODEL) == []
    assert ("TURGOV", "RUSGOV", "11") in _coded(code, "عاتب أردوغان بوتين على تأخير الاتفاق.", HAND_MODEL)


def test_reader_events_are_told_apart(code: Code) -> None:
    reader.install(HAND_MODEL)
    try:
        art = code("عاتب أردوغان بوتين على تأخير الاتفاق.", actors=MORE)
    finally:
        reader.uninstall()
    ev = next(e for e in art.events if e.root == "11")
    assert ev.code == "110"  # the root's base code: no frame chose a finer one
    assert ev.confidence is not None and ev.confidence <= HAND_MODEL["cap"]
    assert ev.trigger is not None and ev.trigger.text == "عاتب"


def test_segments_the_rules_code_are_left_alone(code: Code) -> None:
    # the lexicon's visit codes the clause: the reader proposes nothing beside it
    text = "زار أردوغان موسكو وصافح."
    assert _coded(code, text, HAND_MODEL) == _coded(code, text, None)


@pytest.mark.parametrize("word", ["في", "الذي", "ذلك", "2023", "الرئيس", "حكومة"])
def test_function_and_title_words_are_no_candidates(word: str) -> None:
    art = make_article(f"قال المتحدث {word} الصباح.")
    toks = tokens_of(art)
    s = build_sentences(art, toks, sentences_of(art), mentions(art, toks), lexicon(), cues())[0]
    picked = {s.tokens[i].text for i in reader.candidates(s, [], lexicon(), cues())}
    assert word not in picked
    assert "الصباح" in picked  # the test reads candidates at all


def test_json_model_loads_and_scores_without_scikit_learn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)  # any import of scikit-learn now fails
    data = {"threshold": 0.5, "cap": 0.3, "detect": {"intercept": -6.0, "weights": {"st=عاتب": 9.0}},
            "roots": {"11": {"intercept": 0.0, "weights": {"st=عاتب": 2.0}}, "04": {"intercept": 0.1, "weights": {}}}}
    m = reader.parse(json.loads(json.dumps(data, ensure_ascii=False)))
    assert m is not None
    assert reader.probability(m, ["st=عاتب", "sec=body"]) > 0.95
    assert reader.probability(m, ["st=قال"]) < 0.01
    assert reader.root_of(m, ["st=عاتب"]) == "11"
    assert reader.root_of(m, ["st=قال"]) == "04"


@pytest.mark.parametrize("data", [{}, {"threshold": "x"}, [], None, {"threshold": 0.5, "cap": 0.3, "detect": {}, "roots": {}}])
def test_broken_model_proposes_nothing(data: object) -> None:
    assert reader.parse(data) is None


def test_no_model_ships() -> None:
    reader.uninstall()
    assert reader.model() is None  # round 19e kept no model: the coder is the rules alone
