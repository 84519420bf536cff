"""Quotes, speakers, relays and statuses against the hand-annotated SaudiNewsNet set (test only).

usage: .venv/bin/python bench/eval_quotes.py [GOLD_DIR | --gold GOLD_DIR] [--list]

For every `NNN.expected.json` in GOLD_DIR (default bench/gold/saudinewsnet) that has its `NNN.tml`
(a set being annotated gains both files one article at a time), marsad analyses
`NNN.txt` with the publication date of `index.json`, and its quotes are compared with the
annotated ones. A quote matches an annotated one as in the scorecard: the annotated text
contained in the quote, or the quote contained in it and at least 0.8 of its length, both
after `norm()` (the scorecard's folding). Printed, with precision (share of marsad's quotes
that are right) and recall (share of annotated quotes found):

- spans: the quoted words alone;
- speaker: a matching quote whose speaker has the annotated canonical name (both unnamed
  counts as right);
- speaker~: the same, or marsad's speaker words name one of the annotated forms of that
  entity (its `text` or `also_as`): the attribution is right though the name was not linked;
- via: among quotes that name a relay (marsad's `via`, the annotation's `via`), the same relay;
- via~: the same, the same name but for a bracketed qualifier ("Al-Madina (newspaper)"), or
  marsad's relay words name one of the annotated forms of that relay;
- status: a matching quote with the annotated status; kind and cue are shown as agreement
  over matched pairs (the cue by its speech verb, the first word without و/ف).

`--list` prints every quote (marsad's and the annotation's) per article. The set is kept as
test: read only the figures when tuning, never the articles.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from annotated import annotated  # noqa: E402
from scorecard import latin, norm  # noqa: E402  (the shared scorer's folding, kept verbatim)
from tally import Tally  # noqa: E402


def bare_cue(s: str | None) -> str:
    """The speech verb of a cue: its first word without و/ف. Some sets annotate the cue with its complementiser or
    preposition ("أكد أن"، "أشار إلى أن"), marsad's cue is the verb alone; both name the same verb."""
    words = norm(s).split()
    w = (words[0].rstrip(":：،,") or words[0]) if words else ""  # "قال:" is the verb before its colon
    return w[1:] if len(w) >= 4 and w[0] in "وف" else w


def matches(gold_text: str, got_text: str) -> bool:
    want, got = norm(gold_text), norm(got_text)
    if not want or not got:
        return False
    return want in got or (got in want and len(got) >= 0.8 * len(want))


def kind_of(k: str | None) -> str:
    return {"direct-fragment": "fragment"}.get(k or "", k or "")


def options(spec: Any) -> list[Any]:
    """An annotated value or its accept list ({"accept": [...]}, as in the scorecard)."""
    if isinstance(spec, dict) and "accept" in spec:
        return list(spec["accept"])
    return [spec]


def speaker_ok(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    have = (got.get("speaker") or {}).get("canonical")
    return any(latin(want) == latin(have) for want in options(gold.get("speaker")))


CLITICS = ("وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف", "ك")


def stem(s: str | None) -> str:
    """The scorecard's bare form of a name: leading clitics off each word."""
    words = []
    for w in norm(s).split():
        for c in CLITICS:
            if w.startswith(c) and len(w) - len(c) >= 3:
                w = w[len(c):]
                break
        words.append(w)
    return " ".join(words)


def aliases(exp: dict[str, Any]) -> dict[str, list[str]]:
    """Arabic forms of each annotated entity, by its canonical name (for the words-level speaker check)."""
    out: dict[str, list[str]] = {}
    for e in exp.get("entities") or []:
        if e.get("canonical"):
            out.setdefault(latin(e["canonical"]), []).extend([e.get("text") or "", *(e.get("also_as") or [])])
    return out


def speaker_words_ok(gold: dict[str, Any], got: dict[str, Any], names: dict[str, list[str]]) -> bool:
    """The right speaker by canonical name, or by the words naming it when marsad could not link them."""
    if speaker_ok(gold, got):
        return True
    text = stem((got.get("speaker") or {}).get("text"))
    if len(text) < 3:
        return False
    for want in options(gold.get("speaker")):
        for form in names.get(latin(want), []) if isinstance(want, str) else []:
            f = stem(form)
            if len(f) >= 3 and (f in text or text in f):
                return True
    return False


def via_ok(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    return any(latin(want) == latin(got.get("via")) for want in options(gold.get("via")))


def _unqualified(name: str | None) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", latin(name))


def via_words_ok(gold: dict[str, Any], got: dict[str, Any], names: dict[str, list[str]]) -> bool:
    """The right relay by canonical name, or by its words when marsad could not link them."""
    if via_ok(gold, got):
        return True
    # "Al-Madina (newspaper)" and "Al-Madina": one outlet, the bracket only tells it from the city
    if any(isinstance(want, str) and _unqualified(want) == _unqualified(got.get("via"))
           for want in options(gold.get("via"))):
        return True
    text = stem(got.get("via"))
    if len(text) < 3:
        return False
    for want in options(gold.get("via")):
        for form in names.get(latin(want), []) if isinstance(want, str) else []:
            f = stem(form)
            if len(f) >= 3 and (f in text or text in f):
                return True
    return False


def tally(t: dict[str, Tally], side: str, pairs: list[tuple[dict[str, Any], dict[str, Any]]], relayed: bool,
          names: dict[str, list[str]]) -> None:
    """Count one quote (annotated for recall, marsad's for precision) against the quotes it matched."""
    t["spans"].count(side, bool(pairs))
    t["speaker"].count(side, any(speaker_ok(g, a) for g, a in pairs))
    t["speaker~"].count(side, any(speaker_words_ok(g, a, names) for g, a in pairs))
    t["status"].count(side, any(a.get("status") in options(g.get("status")) for g, a in pairs))
    if relayed:
        t["via"].count(side, any(via_ok(g, a) for g, a in pairs))
        t["via~"].count(side, any(via_words_ok(g, a, names) for g, a in pairs))


def evaluate(gold_dir: Path, show: bool) -> dict[str, Tally]:
    from marsad.api import analyze
    from marsad.errors import InputError
    from marsad.record import to_record

    t = {k: Tally() for k in ("spans", "speaker", "speaker~", "via", "via~", "status")}
    agree = {"kind": [0, 0], "cue": [0, 0]}
    done = 0
    for name, exp, published in annotated(gold_dir, "quotes"):
        try:
            art = analyze(gold_dir / name, published=published)
        except (InputError, OSError) as err:
            print(f"skip {name}: {err}", file=sys.stderr)
            continue
        done += 1
        got = to_record(art)["quotes"]
        gold = [g for g in exp["quotes"] if isinstance(g, dict)]
        names = aliases(exp)
        for g in gold:
            hits = [a for a in got if matches(g.get("text") or "", a["text"])]
            tally(t, "r", [(g, a) for a in hits], bool(g.get("via")), names)
            if hits:
                agree["kind"][1] += 1
                agree["kind"][0] += any(kind_of(a.get("kind")) in [kind_of(k) for k in options(g.get("kind"))]
                                        for a in hits)
                if g.get("cue"):
                    agree["cue"][1] += 1
                    agree["cue"][0] += any(bare_cue((a.get("cue") or {}).get("text")) == bare_cue(g["cue"]) for a in hits)
        for a in got:
            hits = [g for g in gold if matches(g.get("text") or "", a["text"])]
            tally(t, "p", [(g, a) for g in hits], bool(a.get("via")), names)
        if show:
            print(f"== {name}")
            for g in gold:
                print(f"  gold [{g.get('kind')}] {g.get('speaker')} via={g.get('via')} {g.get('status')}: {(g.get('text') or '')[:70]}")
            for a in got:
                sp = (a.get("speaker") or {}).get("canonical")
                print(f"  got  [{a['kind']}] {sp} via={a.get('via')} {a.get('status')}: {a['text'][:70]}")
    print(f"articles: {done} annotated of {len(list(gold_dir.glob('*.expected.json')))}")
    for k, counts in t.items():
        print(counts.line(k, 10))
    for k, (ok, n) in agree.items():
        print(f"{k:10} agreement on matched quotes {ok / n if n else 0.0:.3f} ({ok}/{n})")
    return t



def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("gold_dir", nargs="?", type=Path, help="annotated set (default bench/gold/saudinewsnet)")
    ap.add_argument("--gold", type=Path, help="the same, as an option")
    ap.add_argument("--list", action="store_true", help="print every quote per article")
    args = ap.parse_args(argv)  # an unknown flag stops here, before any set is read
    gold_dir = args.gold_dir or args.gold or ROOT / "bench" / "gold" / "saudinewsnet"
    if not (gold_dir / "index.json").exists():
        print(f"no index.json in {gold_dir}", file=sys.stderr)
        return 2
    evaluate(gold_dir, args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
