"""Experiment: a learned speaker chooser for quotes (issue 5), measured leaving one set out (bench only).

usage: .venv/bin/python bench/quotes_learned.py [--gold SET ...] [--cache FILE] [--c C] [--pairwise] [--show]

1. Every annotated article of the tuning sets (default `SETS`, named one by one: never bench/gold nor the fresh sets)
   is analysed once by marsad (the events stage left out). For each of its quotes, `describe` lists the candidate
   speakers (`candidates`): the rules' speaker; every PER/ORG/GPE mention in the cue's sentence (the quote's own
   when it has no cue), in the two sentences before it and in the title, one candidate per referent (one canonical
   name, else the same words) described by its mention nearest the cue; and no speaker.
2. Features come from marsad's stages only, never the annotation: the rules' choice and what it is (linked to the
   registry, an entity, an unnamed source or document, a common noun, nobody; near the cue or carried from far);
   entity type; linked; where the mention sits (before or after the cue in its sentence, inside the quote, one or
   two sentences back, the title) and its distance in words, bucketed; how often the referent is named and how
   many quotes the rules gave it before; the previous quote's speaker; a preposition or a title word before it;
   the cue verb's gender against the candidate's; the person named nearest before the cue; named in the title;
   the subject of a speech verb or of its sentence's first verb (`speakers.sentence_subject`); for a candidate
   other than the rules', the same features paired with what the rules found.
3. A quote of marsad's that matches annotated ones (`eval_quotes.matches`) labels each candidate right when
   `eval_quotes.speaker_words_ok` accepts it for one of them (the evaluation's speaker~).
4. For each set in turn, a logistic regression (scikit-learn; one row per candidate, or with `--pairwise` one row per
   right and wrong candidate of one quote, a ranking objective) is fitted on the matched quotes of the other sets;
   the margin by which the best candidate must pass the rules' choice is chosen on the training sets alone (four
   folds of whole sets, each predicted by a model fitted on the other three: the margin with the most right
   speakers, the larger on a tie). The held-out set's quotes then take the chosen candidate.
5. Printed: how many matched quotes the rules get right and, of the others, how many have a right candidate (the
   ceiling); per set and pooled, `speaker~` and `speaker` P/R/F1 as `bench/eval_quotes.py` counts them, rules against
   rules + chooser; the sets gained, tied and lost. The pooled line over the sets the rules were least tuned on
   (`LEAST_TUNED`) is printed apart.
Findings and figures: docs/quotes.md, "Session 12: a learned speaker chooser (not shipped)".
"""

from __future__ import annotations

import argparse
import contextlib
import io
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from annotated import annotated  # noqa: E402
from eval_quotes import aliases, matches, speaker_words_ok, tally  # noqa: E402
from marsad.article import Entity, Quote, Speaker  # noqa: E402
from marsad.clean.normalize import normalize  # noqa: E402
from marsad.quotes.lexicon import bare, bare_forms, strip_conj  # noqa: E402
from marsad.quotes.speakers import sentence_subject, verb_gender  # noqa: E402
from switching import unseen  # noqa: E402
from tally import Tally  # noqa: E402

SETS = ("dev", *(f"dev{k}" for k in range(2, 20)), "dev24", "dev25", "dev26", "dev27")
LEAST_TUNED = ("dev17", "dev18", "dev19", "dev24", "dev25", "dev26", "dev27")
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 99.0)  # 99: never override
INNER = 4
C = 0.3
SENTENCES_BACK = 2  # sentences before the cue's where its speaker may have been named



PREPOSITIONS = frozenset(normalize(w) for w in (
    "في", "فى", "من", "إلى", "الى", "على", "عن", "مع", "ضد", "بين", "لدى", "عبر", "حول", "بشأن", "تجاه", "أمام",
    "نحو", "بحق", "لصالح", "باسم", "عند"))


@dataclass
class Candidate:
    """One possible speaker of a quote and the names of its features."""

    speaker: Speaker | None
    features: list[str] = field(default_factory=list)
    rule: bool = False  # the rules' choice


def _key(text: str | None, canonical: str | None) -> str:
    """One referent: its canonical name, else its words without a leading conjunction or article."""
    if canonical:
        return "c:" + canonical
    words = normalize(text or "").split()
    if words:
        w = strip_conj(words[0])
        words[0] = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return "t:" + " ".join(words)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _gender(e: Entity) -> str:
    """The gender a verb takes with the entity: countries and bodies in ة are feminine, persons masculine."""
    if e.type == "GPE":
        return "f"
    if e.type == "ORG":
        words = normalize(e.span.text).split()
        return "f" if words and strip_conj(words[0]).endswith("ة") else "m"
    return "m"


def _sentence_of(v: Any, offset: int) -> int:
    for k, s in enumerate(v.sentences):
        if s.span.start <= offset < s.span.end:
            return k
    return next((k for k, s in enumerate(v.sentences) if s.span.start > offset), len(v.sentences)) - 1


def candidates(v: Any, q: Quote, previous: Speaker | None, counts: dict[str, int],
               spoken: dict[str, int] | None = None) -> list[Candidate]:
    """The candidates of one quote with their features (steps 1 and 2 of the docstring)."""
    anchor = q.cue.start if q.cue is not None else q.span.start
    k = _sentence_of(v, anchor)
    at = v.token_at(anchor)
    cue = v.cue(at) if q.cue is not None else None
    gender = (cue.gender if cue is not None else verb_gender(v.word(at))) if q.cue is not None else ""
    rule = q.speaker
    rule_key = _key(rule.text, rule.canonical) if rule is not None else ""
    prev_key = _key(previous.text, previous.canonical) if previous is not None else ""
    rule_ents = v.entities_in(rule.span.start, rule.span.end) if rule is not None and rule.span is not None else []
    kind = ("none" if rule is None else "linked" if rule.canonical else "entity" if rule_ents
            else "unnamed" if _unnamed(v, rule) else "common")
    sents = [j for j in range(max(0, k - SENTENCES_BACK), k + 1) if j >= 0]
    sents += [j for j, s in enumerate(v.sentences) if s.section == "title" and j not in sents]
    near = (v.sentences[sents[0]].span.start if sents else 0, v.sentences[k].span.end if 0 <= k < len(v.sentences) else 0)
    nearest: dict[str, tuple[int, Entity, str]] = {}
    for j in sents:
        s = v.sentences[j]
        for e in v.entities_in(s.span.start, s.span.end):
            if e.span.start < s.span.start:
                continue
            i = v.token_at(e.span.start)
            if q.span.start <= e.span.start < q.span.end:
                where = "inside"
            elif s.section == "title" and j != k:
                where = "title"
            elif j < k:
                where = f"back{k - j}"
            else:
                where = "before" if e.span.start < anchor else "after"
            dist = abs(i - at) + (0 if j == k else 1000 * (k - j))
            key = _key(e.span.text, e.canonical)
            if key not in nearest or dist < nearest[key][0]:
                nearest[key] = (dist, e, where)
    subjects = {_key(sp.text, sp.canonical) for j in sents
                for sp in [_subject(v, j)] if sp is not None}
    titled_keys = {_key(e.span.text, e.canonical) for j, s in enumerate(v.sentences) if s.section == "title"
                   for e in v.entities_in(s.span.start, s.span.end)}
    # the person named nearest before the cue (a dropped subject's usual antecedent)
    before = [(d, key) for key, (d, e, where) in nearest.items() if e.type == "PER" and where in ("before", "back1", "back2")]
    nearest_person = min(before)[1] if before else ""
    out: list[Candidate] = []
    matched = False
    for key, (dist, e, where) in nearest.items():
        i = v.token_at(e.span.start)
        is_rule = rule is not None and (key == rule_key or any(r is e or _key(r.span.text, r.canonical) == key
                                                              for r in rule_ents))
        matched = matched or is_rule
        f = [f"type={e.type}", f"where={where}", f"where={where}&type={e.type}",
             f"named={_bucket(counts.get(key, 1), (1, 3))}"]
        if where in ("before", "after"):
            f.append(f"dist={where}{_bucket(dist, (1, 3, 7))}")
        if e.canonical:
            f.append("linked")
        if key == prev_key:
            f.append("previous")
        raw = v.toks[i].text if i < len(v.toks) else ""
        glued = v.toks[i].start < e.span.start and raw[:1] in ("ل", "ب", "ك")
        if glued or strip_conj(v.word(i - 1)) in PREPOSITIONS:
            f.append("preposition")
        if i > 0 and v.is_title_at(i - 1):
            f.append("titled")
        if gender in ("m", "f"):
            f.append("agree" if _gender(e) == gender else "clash")
        if key == nearest_person:
            f.append("nearest person")
        if spoken:
            f.append(f"spoke={_bucket(spoken.get(key, 0), (0, 1))}")
        if key in titled_keys:
            f.append("in title")
        if v.cue(i - 1) is not None or (i > 1 and v.is_title_at(i - 1) and v.cue(i - 2) is not None):
            f.append("verb subject")
        if key in subjects:
            f.append("sentence subject")
        if is_rule:
            f += ["rule", f"rule&{kind}"]
        else:
            # what an other name is worth depends on what the rules found: nothing, a common noun, a name
            f += [f"{x}|rule={kind}" for x in f if x.startswith(("where=", "dist=")) or x in (
                "previous", "linked", "agree", "clash", "nearest person", "in title", "verb subject", "sentence subject")
                or x.startswith("spoke=")]
        speaker = rule if is_rule and rule is not None else v.speaker_of(e)
        out.append(Candidate(speaker, f, is_rule))
    if rule is not None and not matched:
        inside = rule.span is not None and near[0] <= rule.span.start < near[1]
        f = ["rule", f"rule&{kind}", f"rule&{kind}&{'near' if inside else 'far'}"]
        if rule_key == prev_key:
            f.append("previous")
        out.append(Candidate(rule, f, True))
    none = ["none", f"none&{q.kind}", f"none|rule={kind}"] + (["none&nocue"] if q.cue is None else [])
    if rule is None:
        none += ["rule", "rule&none"]
    out.append(Candidate(None, none, rule is None))
    return out


def _unnamed(v: Any, sp: Speaker) -> bool:
    """An unnamed source or a document ("مصدر مسؤول"، "البيان"): the rules' words for a speaker with no name."""
    words = normalize(sp.text).split()
    return bool(words) and sp.canonical is None and (
        bare(words[0]) in bare_forms(v.lex.unnamed_sources) or bare(words[0]) in bare_forms(v.lex.document_nouns))


def _subject(v: Any, j: int) -> Speaker | None:
    """The subject of sentence j's first verb, as the quotes stage reads it (memoised per view)."""
    memo = v.memo.setdefault(("chooser subject",), {})
    if j not in memo:
        s = v.sentences[j]
        memo[j] = sentence_subject(v, s.first, s.last)[0]
    return memo[j]


def describe(art: Any) -> list[list[Candidate]]:
    """The candidates of each quote of an analysed article, the view built as the quotes stage builds it."""
    from marsad.quotes.marks import find_quoted
    from marsad.quotes.stage import MASK_MIN_WORDS, _words
    from marsad.quotes.view import View

    v = View(art)
    for qd in find_quoted(art.text):
        if _words(v, qd.start, qd.end) >= MASK_MIN_WORDS:
            v.mask(qd.start, qd.end)
    counts: dict[str, int] = {}
    for e in v.ents:
        key = _key(e.span.text, e.canonical)
        counts[key] = counts.get(key, 0) + 1
    previous: Speaker | None = None
    spoken: dict[str, int] = {}  # quotes the rules gave each referent so far
    out = []
    for q in art.quotes:
        out.append(candidates(v, q, previous, counts, spoken))
        previous = q.speaker
        if previous is not None:
            key = _key(previous.text, previous.canonical)
            spoken[key] = spoken.get(key, 0) + 1
    return out


def score(features: list[str], weights: dict[str, float]) -> float:
    return sum(weights.get(n, 0.0) for n in features)


def choose(cands: list[tuple[Any, list[str], bool]], weights: dict[str, float], margin: float) -> int:
    """Index of the best candidate when it passes the rules' choice by `margin`, else of the rules' choice."""
    scores = [score(f, weights) for _, f, _ in cands]
    rule = next(k for k, c in enumerate(cands) if c[2])
    best = max(range(len(cands)), key=lambda k: (scores[k], cands[k][2]))
    return best if scores[best] - scores[rule] > margin else rule


@dataclass
class Item:
    """One quote of marsad's: its record, its candidates (speaker json, features, rule's choice) and labels."""

    record: dict[str, Any]
    cands: list[tuple[dict[str, Any] | None, list[str], bool]]
    labels: list[int]  # speaker~ right, per candidate (matched quotes only; else empty)


@dataclass
class Doc:
    name: str
    gold: list[dict[str, Any]]
    names: dict[str, list[str]]
    items: list[Item]


def collect(set_name: str) -> list[Doc]:
    """The annotated articles of one set, analysed once, with each quote's candidates."""
    import marsad.pipeline as pipeline
    from marsad.api import analyze
    from marsad.errors import InputError

    pipeline.STAGE_ENTRIES[:] = [e for e in pipeline.STAGE_ENTRIES if e[1] != "code_events"]
    gold_dir = ROOT / "bench" / set_name / "saudinewsnet"
    docs = []
    with contextlib.redirect_stderr(io.StringIO()):
        found = list(annotated(gold_dir, "quotes"))
    for name, exp, published in found:
        try:
            art = analyze(gold_dir / name, published=published)
        except (InputError, OSError):
            continue
        gold = [g for g in exp["quotes"] if isinstance(g, dict)]
        names = aliases(exp)
        items = []
        for q, found_cands in zip(art.quotes, describe(art), strict=True):
            rec = q.json()
            cands = [(c.speaker.json() if c.speaker else None, c.features, c.rule) for c in found_cands]
            hits = [g for g in gold if matches(g.get("text") or "", rec["text"])]
            labels = [int(any(speaker_words_ok(g, {"speaker": sp}, names) for g in hits)) for sp, _, _ in cands] \
                if hits else []
            items.append(Item(rec, cands, labels))
        docs.append(Doc(name, gold, names, items))
    return docs


def rows(docs: list[Doc]) -> tuple[list[list[str]], list[int]]:
    feats, ys = [], []
    for d in docs:
        for it in d.items:
            for (_, f, _), y in zip(it.cands, it.labels, strict=False):
                feats.append(f)
                ys.append(y)
    return feats, ys


def fit(docs: list[Doc], c: float = C, pairwise: bool = False) -> tuple[float, dict[str, float]]:
    """(intercept, weights) of a logistic regression over the candidates of the matched quotes; `pairwise`: over
    the differences between a right and a wrong candidate of one quote (a ranking objective, no intercept)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if pairwise:
        diffs: list[dict[str, float]] = []
        ys: list[int] = []
        for d in docs:
            for it in d.items:
                for a, ya in zip(it.cands, it.labels, strict=False):
                    for b, yb in zip(it.cands, it.labels, strict=False):
                        if ya and not yb:
                            diff = dict.fromkeys(a[1], 1.0)
                            for n in b[1]:
                                diff[n] = diff.get(n, 0.0) - 1.0
                            diffs += [diff, {n: -x for n, x in diff.items()}]
                            ys += [1, 0]
        vec = DictVectorizer()
        x = vec.fit_transform(diffs)
        lr = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    else:
        feats, ys = rows(docs)
        vec = DictVectorizer()
        x = vec.fit_transform([dict.fromkeys(f, 1) for f in feats])
        lr = LogisticRegression(C=c, max_iter=2000)
    lr.fit(x, ys)
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), lr.coef_[0], strict=True)}
    return float(lr.intercept_[0]) if not pairwise else 0.0, weights


def choice(it: Item, weights: dict[str, float], margin: float) -> int:
    """Index of the candidate the chooser keeps (the rules' when there is no better one)."""
    return choose(it.cands, weights, margin)


def right(docs: list[Doc], weights: dict[str, float], margin: float) -> int:
    return sum(it.labels[choice(it, weights, margin)] for d in docs for it in d.items if it.labels and it.cands)


def pick_margin(train: dict[str, list[Doc]], c: float, pairwise: bool = False) -> float:
    """The margin with the most right speakers over inner folds of whole training sets (the larger on a tie)."""
    names = sorted(train)
    folds = [names[k::INNER] for k in range(INNER)]
    score = dict.fromkeys(MARGINS, 0)
    for fold in folds:
        inner = [d for n in names if n not in fold for d in train[n]]
        _, w = fit(inner, c, pairwise)
        held = [d for n in fold for d in train[n]]
        for m in MARGINS:
            score[m] += right(held, w, m)
    return max(MARGINS, key=lambda m: (score[m], m))


def speakers_of(d: Doc, picks: list[int] | None) -> list[dict[str, Any]]:
    out = []
    for k, it in enumerate(d.items):
        rec = dict(it.record)
        if picks is not None and it.cands:
            sp = it.cands[picks[k]][0]
            rec["speaker"] = sp
        out.append(rec)
    return out


def score_docs(docs: list[Doc], picks: list[list[int]] | None) -> dict[str, Tally]:
    """speaker and speaker~ as bench/eval_quotes.py counts them, with the picked speakers."""
    t = {k: Tally() for k in ("spans", "speaker", "speaker~", "via", "via~", "status")}
    for n, d in enumerate(docs):
        got = speakers_of(d, picks[n] if picks is not None else None)
        for g in d.gold:
            hits = [a for a in got if matches(g.get("text") or "", a["text"])]
            tally(t, "r", [(g, a) for a in hits], False, d.names)
        for a in got:
            hits = [g for g in d.gold if matches(g.get("text") or "", a["text"])]
            tally(t, "p", [(g, a) for g in hits], False, d.names)
    return t


def f1(t: Tally) -> float:
    p = t.p_hit / t.p_all if t.p_all else 0.0
    r = t.r_hit / t.r_all if t.r_all else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def add(a: Tally, b: Tally) -> None:
    a.p_hit += b.p_hit
    a.p_all += b.p_all
    a.r_hit += b.r_hit
    a.r_all += b.r_all


def line(t: Tally) -> str:
    return f"P {t.p_hit}/{t.p_all} R {t.r_hit}/{t.r_all} F1 {f1(t):.4f}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--gold", action="append", default=[], help="a tuning set by name (default: all of SETS)")
    ap.add_argument("--cache", type=Path, help="pickle of the analysed sets (written when missing)")
    ap.add_argument("--c", type=float, default=C, help="inverse L2 strength of the regression")
    ap.add_argument("--pairwise", action="store_true", help="a ranking objective: right against wrong candidates")
    ap.add_argument("--show", action="store_true", help="print each speaker the chooser changes")
    args = ap.parse_args(argv)
    names = list(args.gold) or list(SETS)
    if unseen([ROOT / "bench" / n for n in names]) is not None or any(n not in SETS for n in names):
        print(f"tuning sets only: {', '.join(SETS)}", file=sys.stderr)
        return 2
    data: dict[str, list[Doc]] = {}
    if args.cache and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    for n in names:
        if n not in data:
            data[n] = collect(n)
    if args.cache:
        args.cache.write_bytes(pickle.dumps(data))
    matched = [it for n in names for d in data[n] for it in d.items if it.labels and it.cands]
    wrong = [it for it in matched if not it.labels[next(k for k, c in enumerate(it.cands) if c[2])]]
    print(f"matched quotes {len(matched)}: the rules' speaker right {len(matched) - len(wrong)}, wrong {len(wrong)}, "
          f"of which a candidate is right {sum(any(it.labels) for it in wrong)}")
    totals = {(k, way): Tally() for k in ("speaker~", "speaker") for way in ("rules", "chooser")}
    least = {(k, way): Tally() for k in ("speaker~", "speaker") for way in ("rules", "chooser")}
    gained = tied = lost = 0
    print(f"{'set':6} {'margin':>6}  speaker~ rules -> chooser  |  speaker rules -> chooser")
    for held in names:
        train = {n: data[n] for n in names if n != held}
        margin = pick_margin(train, args.c, args.pairwise)
        _, w = fit([d for n in train for d in train[n]], args.c, args.pairwise)
        picks = [[choice(it, w, margin) if it.cands else 0 for it in d.items] for d in data[held]]
        before, after = score_docs(data[held], None), score_docs(data[held], picks)
        for k in ("speaker~", "speaker"):
            for way, t in (("rules", before), ("chooser", after)):
                add(totals[k, way], t[k])
                if held in LEAST_TUNED:
                    add(least[k, way], t[k])
        d1 = f1(after["speaker~"]) - f1(before["speaker~"])
        gained, tied, lost = gained + (d1 > 1e-9), tied + (abs(d1) <= 1e-9), lost + (d1 < -1e-9)
        print(f"{held:6} {margin:6.2f}  {line(before['speaker~'])} -> {line(after['speaker~'])}  |  "
              f"{f1(before['speaker']):.4f} -> {f1(after['speaker']):.4f}")
        if args.show:
            for d, ps in zip(data[held], picks, strict=True):
                for it, k in zip(d.items, ps, strict=True):
                    if it.cands and not it.cands[k][2]:
                        old = next(c[0] for c in it.cands if c[2])
                        ok = "+" if it.labels and it.labels[k] else "-" if it.labels else "?"
                        was = "+" if it.labels and it.labels[[c[2] for c in it.cands].index(True)] else "-"
                        print(f"   {d.name} {was}->{ok} {(old or {}).get('text')} -> {(it.cands[k][0] or {}).get('text')}"
                              f"  {it.cands[k][1]}")
    for title, tt in (("pooled", totals), ("pooled, least tuned sets", least)):
        print(f"{title}:")
        for k in ("speaker~", "speaker"):
            print(f"  {k:9} rules {line(tt[k, 'rules'])}  ->  chooser {line(tt[k, 'chooser'])}"
                  f"  ({f1(tt[k, 'chooser']) - f1(tt[k, 'rules']):+.4f})")
    print(f"sets (speaker~ F1): gained {gained}, tied {tied}, lost {lost} of {len(names)}")
    return 0


if __name__ == "__main__":
    # the cache's classes by this module's importable name, so that the build script can read it
    Doc.__module__ = Item.__module__ = "quotes_learned"
    sys.modules.setdefault("quotes_learned", sys.modules[__name__])
    sys.exit(main(sys.argv[1:]))
