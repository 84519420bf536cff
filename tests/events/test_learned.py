"""Round 21: the opt-in learned events (marsad.events.learned), with hand-made models on invented sentences."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from marsad.article import Article
from marsad.events import learned
from marsad.events.learned import model_from

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from switching import UNSEEN  # noqa: E402

Code = Callable[..., Article]

# the rule coder codes the meeting; the lexicon has no reading of the second sentence's verb ("عاتب", to reproach)
TEXT = "والتقى بوتين كيم جونغ أون في بيونغيانغ أمس. وعاتبت الصين إيران على تأخر شحنة القمح."


def hand_model(*, detect_bias: float = 5.0, threshold: float = 0.5, root_bias: dict[str, float] | None = None,
               calibration: list[list[float]] | None = None) -> dict[str, Any]:
    """A model that finds an event in every clause, prefers the first candidate in the clause as source and
    the one after it as target."""
    return {
        "detect": {"bias": detect_bias, "weights": {}},
        "roots": {r: {"bias": b, "weights": {}} for r, b in (root_bias or {"07": 2.0, "01": -2.0}).items()},
        "source": {"bias": 0.0, "weights": {"rank=<=0": 3.0, "where=clause": 1.0}},
        "target": {"bias": 0.0, "weights": {"rank=<=1": 3.0, "none": -1.0}},
        "threshold": threshold,
        "calibration": calibration or [[0.5, 0.2], [0.9, 0.4]],
        "about": {"built by": "a test"},
    }


def _learned(art: Article, spec: dict[str, Any]) -> list[Any]:
    return learned.learned_events(art, art.events, model_from(spec))


def test_adds_events_only_where_the_rules_code_nothing(code: Code) -> None:
    art = code(TEXT)
    rules = list(art.events)
    assert rules, "the rule coder codes the meeting"
    added = _learned(art, hand_model())
    assert added
    for ev in added:
        assert ev.method == "learned"
        assert art.text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
        assert not any(ev.evidence.start < r.evidence.end and r.evidence.start < ev.evidence.end for r in rules)
        assert ev.code == ev.root + "0" and ev.root == "07"
        assert ev.goldstein is not None and ev.label
        for actor in (ev.source, ev.target):
            if actor is not None:
                assert art.text[actor.span.start:actor.span.end] == actor.span.text
    (rebuke,) = added
    assert rebuke.evidence.text.startswith("وعاتبت الصين")
    assert rebuke.source is not None and rebuke.source.actor == "CHN" and rebuke.source.span.text == "الصين"
    assert rebuke.target is not None and rebuke.target.actor == "IRN"
    assert rebuke.confidence == 0.4  # probability above 0.9: the top bin of the table
    assert rebuke.date == "2023-06-12"  # no time expression in the clause: the publication date


def test_threshold_and_roots_decide(code: Code) -> None:
    art = code(TEXT)
    assert _learned(art, hand_model(detect_bias=-5.0)) == []  # below the threshold: nothing
    added = _learned(art, hand_model(root_bias={"07": -2.0, "01": 2.0}))
    assert added and all(ev.root == "01" and ev.code == "010" for ev in added)


def test_rule_events_are_not_duplicated(code: Code) -> None:
    art = code(TEXT)
    art.events = list(art.events) + _learned(art, hand_model())
    again = _learned(art, hand_model())
    assert again == []  # every clause now has an event over it


def test_missing_or_broken_model_adds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: Code) -> None:
    def fake_path(*parts: str) -> Path:
        return tmp_path / parts[-1]

    monkeypatch.setattr(learned, "data_path", fake_path)
    learned.model.cache_clear()
    try:
        assert learned.model() is None  # no file
        (tmp_path / "learned.json.gz").write_bytes(b"not gzip at all")
        learned.model.cache_clear()
        assert learned.model() is None
        with gzip.open(tmp_path / "learned.json.gz", "wt", encoding="utf-8") as fh:
            fh.write('{"detect": {}}')
        learned.model.cache_clear()
        assert learned.model() is None  # parts missing
        good = gzip.compress(json.dumps(hand_model()).encode("utf-8"))
        (tmp_path / "learned.json.gz").write_bytes(good[:20] + bytes(b ^ 0x5A for b in good[20:60]) + good[60:])
        learned.model.cache_clear()
        assert learned.model() is None  # a gzip header over damaged data
        with gzip.open(tmp_path / "learned.json.gz", "wt", encoding="utf-8") as fh:
            json.dump({**hand_model(), "roots": {}}, fh)
        learned.model.cache_clear()
        assert learned.model() is None  # no roots to choose from
        art = code(TEXT)
        assert learned.learned_events(art, art.events) == []
    finally:
        learned.model.cache_clear()


def test_the_default_pipeline_does_not_run_it() -> None:
    from marsad.api import default_pipeline, learned_pipeline

    assert "learned_events" not in default_pipeline().names
    assert learned_pipeline().names[-1] == "learned_events"
    assert learned_pipeline().names[:-1] == default_pipeline().names


def test_shipped_model_loads_and_is_calibrated() -> None:
    m = learned.model()
    assert m is not None
    assert 0.0 < m.threshold < 1.0
    assert m.roots and all(len(r) == 2 and r.isdigit() for r in m.roots)
    assert m.calibration and all(0.0 <= share <= 1.0 for _low, share in m.calibration)
    assert abs(m.calibration[0][0] - m.threshold) < 1e-9  # no event above the threshold goes without a confidence
    assert m.select == "event"  # the threshold applies to the whole event's confidence, as it was calibrated
    assert m.about.get("trained on") and not set(m.about["trained on"]) & set(UNSEEN)


# round 21b: what the rule coder's finders say, and the source chosen with the target

def _marks(art: Article, starts: str) -> dict[str | None, list[str]]:
    clause = next(c for c in learned.clauses_of(art) if art.text[c.start:c.end].startswith(starts))
    return {k.code: [x for x in k.feats if x.startswith("rf=")] for k in clause.cands}


@pytest.mark.parametrize("text", [
    "وانتقدت الصين إيران بشدة أمس في بيان رسمي.",
    "لم تنتقد الصين إيران في بيانها الأخير حول الميزانية.",  # negated: the coder drops it, its finders still speak
])
def test_rule_finders_mark_source_and_target(code: Code, text: str) -> None:
    art = code(text)
    marks = _marks(art, text[:6])
    assert "rf=src" in marks["CHN"] and "rf=tgt" not in marks["CHN"]
    assert "rf=tgt" in marks["IRN"] and "rf=src" not in marks["IRN"]


def test_no_trigger_gives_a_hint_to_the_no_one_target(code: Code) -> None:
    art = code("وفي العاصمة الفرنسية باريس شوارع واسعة وحدائق كثيرة وقديمة.")
    clauses = learned.clauses_of(art)
    assert clauses and clauses[0].hints == ["rf=notrig"]  # no verb the lexicon reads: no finder speaks
    c = clauses[0]
    none = learned.candidate_features(c, learned.Cand(None, []), "04")
    assert all(f"none|{h}" in none for h in c.hints)


def test_best_pair_lets_the_target_decide_the_source() -> None:
    def code_of(k: str | None) -> str | None:
        return k

    sources = [("A", 0.6), ("B", 0.5)]
    targets = [("A", 0.9), ("B", 0.1), (None, 0.2)]
    (src, sp), (tgt, tp) = learned.best_pair(sources, targets, code_of)
    assert (src, tgt) == ("B", "A") and sp * tp == pytest.approx(0.45)  # not A then none (0.6 * 0.2)
    assert learned.best_pair([], targets, code_of) == ((None, 0.0), (None, 0.0))
    (src, _), (tgt, _) = learned.best_pair([("A", 0.9)], [("A", 0.9), (None, 0.1)], code_of)
    assert src == "A" and tgt is None  # never the source's own code


def test_two_mentions_of_one_code_pair_when_the_model_says_so() -> None:
    """Round 23: "SAUGOV" praising "SAUGOV" (a minister the king) is a quarter of the annotated events; a model file
    with `pairs: "mention"` lets two different mentions of one code be source and target, never one mention twice."""
    spec = hand_model()
    spec["source"] = {"bias": 0.0, "weights": {"rank=<=0": 3.0}}
    spec["target"] = {"bias": 0.0, "weights": {"rank=<=1": 3.0, "none": -1.0}}
    clause = learned.Clause(0, 10, [], [learned.Cand("SAUGOV", ["rank=<=0"]), learned.Cand("SAUGOV", ["rank=<=1"]),
                                        learned.Cand("IRN", ["rank=<=2"])])
    (src, _), (tgt, _) = model_from(spec).pair(clause, "05")
    assert src is clause.cands[0] and tgt is not None and tgt.code != "SAUGOV"  # by code (round 21b's files)
    spec["pairs"] = "mention"
    (src, _), (tgt, _) = model_from(spec).pair(clause, "05")
    assert src is clause.cands[0] and tgt is clause.cands[1]
    spec["target"] = {"bias": 0.0, "weights": {"rank=<=0": 3.0, "none": -1.0}}  # the source's own mention first
    (src, _), (tgt, _) = model_from(spec).pair(clause, "05")
    assert tgt is not src


def test_event_confidence_selects_and_rates(code: Code) -> None:
    art = code(TEXT)
    spec = hand_model(calibration=[[0.1, 0.3], [0.9, 0.6]])  # the clause's probability is above 0.9, the event's not
    spec["select"] = "event"
    spec["threshold"] = 0.1
    (rebuke,) = _learned(art, spec)
    assert rebuke.confidence == 0.3
    spec["threshold"] = 0.99  # the whole event's confidence is below the clause's probability
    assert _learned(art, spec) == []
    assert model_from(hand_model()).select == "clause"  # a file without "select" keeps the clause probability


def test_a_pipeline_and_learned_events_together_are_refused() -> None:
    from marsad.api import analyze, default_pipeline

    with pytest.raises(ValueError, match="either a pipeline or learned_events"):
        analyze("خبر\n\nنص", pipeline=default_pipeline(), learned_events=True)


@pytest.mark.parametrize(("phrase", "value", "want"), [
    ("منذ عام 2001", "2001", "2023-06-12"),  # "since": no date of the deed, the publication date
    ("في الستينيات", "196", "2023-06-12"),  # a decade is no calendar date
    ("أمس الأحد", "2023-06-11", "2023-06-11"),
])
def test_a_learned_event_is_dated_as_the_coder_dates(code: Code, phrase: str, value: str, want: str) -> None:
    text = f"والتقى بوتين كيم جونغ أون في بيونغيانغ. وعاتبت الصين إيران {phrase} على تأخر شحنة القمح."
    art = code(text, timexes=[(phrase, value, "year")])
    (rebuke,) = _learned(art, hand_model())
    assert rebuke.date == want


def test_a_learned_event_dated_after_publication_is_a_plan(code: Code) -> None:
    phrase = "يوم 20 يونيو المقبل"
    art = code(f"وعاتبت الصين إيران {phrase} على تأخر شحنة القمح.", timexes=[(phrase, "2023-06-20", "day")])
    assert _learned(art, hand_model()) == []


def test_a_background_deed_is_dated_only_by_its_own_time(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.article import Claim, Span

    text = "والتقى بوتين كيم جونغ أون في بيونغيانغ. وكانت الصين قد عاتبت إيران على تأخر شحنة القمح."
    art = code(text)
    start = text.index("وكانت")
    art.claims.append(Claim(Span(start, len(text), text[start:]), "background"))
    (rebuke,) = _learned(art, hand_model())
    assert rebuke.status == "background" and rebuke.date is None  # not the publication date


def test_the_roots_scored_in_one_pass_agree_with_each_root_model() -> None:
    m = learned.model()
    if m is None:
        pytest.skip("the learned events' model file is not installed")
    for feats in ({}, {"v1=هاجم": 1.0, "tt=past": 1.0, "sec=body": 1.0}, {"lem=التقى": 1.0, "w=التقى": 1.0},
                  {"troot=19": 1.0, "froot=19": 1.0, "gk=GPE": 1.0, "ng=<=2": 1.0}):
        scores = {r: lm.prob(feats) for r, lm in m.roots.items()}
        best = max(scores, key=lambda r: scores[r])
        assert m.root(feats) == (best, scores[best] / sum(scores.values()))


def test_the_learned_step_reads_the_coders_mentions_without_changing_them(code: Code) -> None:
    from marsad.events import coder

    def heads(sents: list[Any]) -> list[tuple[int, str, int]]:
        return [(g.head.start, g.head.code, g.head.t0) for s in sents for g in s.groups]

    art = code(TEXT)
    before = heads(coder.read_sentences(art)[1])
    kept = art.annotations[coder.MENTIONS_KEY][1]
    assert before and kept
    for m in coder._mentions(art, coder.read_sentences(art)[0]):
        m.code = "XXX"  # what a reader does to its copies leaves the kept mentions as they were
    assert all(m.code != "XXX" for m in kept)
    assert heads(coder.read_sentences(art)[1]) == before
    art.entities = art.entities[:1]  # other entities: the mentions are found again
    assert len(heads(coder.read_sentences(art)[1])) < len(before)


def test_round23_candidate_features_name_the_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 23 (`learned.CANDIDATE_MORE`): the candidate's code and country, how many candidates name it, and its
    marks crossed with its side of the verb."""
    first = learned.Cand("SAUGOV", ["where=clause", "kind=PER", "prev=other", "side=before", "prev=other|v=اتفق"])
    clause = learned.Clause(0, 10, [], [first, learned.Cand("SAUGOV", ["where=clause"]), learned.Cand("IRN", [])])
    f = learned.candidate_features(clause, first, "03")
    for x in ("code=SAUGOV", "ctry=SAU", "ndup=<=2", "kind=PER|side=before", "where=clause|side=before",
              "prev=other|side=before", "code=SAUGOV|r=03"):
        assert f.get(x) == 1.0, x
    assert "prev=other|v=اتفق|side=before" not in f  # crossed features are not crossed again
    monkeypatch.setattr(learned, "CANDIDATE_MORE", False)
    assert not any(k.startswith(("code=", "ctry=", "ndup=")) or "|side=" in k for k in
                   learned.candidate_features(clause, first, "03"))


def test_the_benches_pair_as_the_stage_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Review of round 23: the benches' variant options reach `events_learned.PAIRS` (`--pairs mention`, the build's
    setting), and with it the bench pairs one clause's scored candidates as `learned.Model.pair` does."""
    import argparse

    import events_learned as el

    ap = argparse.ArgumentParser()
    el.add_variant_options(ap)
    monkeypatch.setattr(el, "PAIRS", "code")
    el.use_variant(ap.parse_args(["--joint", "--pairs", "mention"]))
    assert el.PAIRS == "mention" and el.JOINT
    monkeypatch.setattr(el, "JOINT", False)
    spec = hand_model()
    spec["pairs"] = "mention"
    spec["target"] = {"bias": 0.0, "weights": {"rank=<=1": 3.0, "none": -1.0}}
    clause = learned.Clause(0, 10, [], [learned.Cand("SAUGOV", ["rank=<=0"]), learned.Cand("SAUGOV", ["rank=<=1"]),
                                        learned.Cand("IRN", ["rank=<=2"])])
    m = model_from(spec)
    (src, sp), (tgt, tp) = m.pair(clause, "05")
    bench = el.Model.__new__(el.Model)
    scored = {role: [[(k.code, (m.source if role == "source" else m.target).prob(learned.candidate_features(clause, k, r)))
                      for k in learned.candidates(clause, role)]] for role, r in (("source", "05"), ("target", "05"))}
    monkeypatch.setattr(bench, "_scores", lambda _c, _r, role: scored[role], raising=False)
    (bs, bsp), (bt, btp) = (x[0] for x in bench._pairs([clause], ["05"]))
    assert (bs, bsp, bt, btp) == (src.code if src else None, sp, tgt.code if tgt else None, tp) == ("SAUGOV", sp, "SAUGOV", tp)
