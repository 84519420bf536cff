"""Quotes with some round rules switched off against the same code with them on, in one process.

usage: .venv/bin/python bench/quotes_switches.py --off MODULE.NAME [--off ...] --gold DIR [--gold DIR ...]
       .venv/bin/python bench/quotes_switches.py --round 11 --gold DIR [--gold DIR ...]

The rules of the quotes stage sit behind module switches (`marsad.quotes.stage`, `.speakers`, `.view`,
`.relays`), named here as `stage.NAME`, `speakers.NAME`, `view.NAME`, `relays.NAME`. When the tree moves under several people at once, two runs
minutes apart do not compare; this runs each development set twice in one process, with the named switches off
and as the code stands, and prints every line of `bench/eval_quotes.py` as "off -> on". `--round 11` names the
switches of round 11 (docs/quotes.md), `--round 11b`, `--round 11c`, `--round 12`, `--round 13`, `--round 13b`, `--round 15`, `--round 22` and `--round 23` those of the later rounds. The events
stage is left out of the pipeline: the quotes stage does not read it. Development sets only: it refuses bench/gold and the development sets kept unseen (`switching.UNSEEN`).
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_quotes import evaluate  # noqa: E402
from switching import resolve, switched_off  # noqa: E402

ROUNDS = {
    "11": ("stage.NAME_THEN_TITLE", "stage.FRONTED_SUBJECT", "stage.TOPIC_SERIES", "stage.PRONOUN_DESCRIBERS",
           "stage.OPEN_QUOTATION", "stage.OWNED_DOCUMENTS", "stage.ALIAS_BODIES", "stage.STATEMENT_RELATIVES",
           "stage.STATEMENT_SAYS", "stage.CONTINUED_THAT", "stage.BARE_FUTURE", "stage.ACRONYMS_IN_REACH",
           "view.EXPRESS_FORMS", "view.NOT_VERBS", "view.BAYYANA_HONORIFIC", "speakers.BL_BODIES",
           "speakers.INDEFINITE_SPOKESWOMEN", "speakers.PLACE_THEN_NAME", "speakers.FUTURE_ENDS_SUBJECT"),
    "11b": ("relays.RELATIVES", "relays.CHAINS", "relays.REGISTRY_NAMES", "relays.ALA_MA"),
    "11c": ("speakers.MEDIA_ADDRESSEES", "relays.MARKED_ADDRESSEES", "stage.RELAY_SENTENCES", "stage.MARKED_OUTLETS",
            "stage.PLURAL_OUTLETS"),
    "12": ("view.FULL_BODIES", "stage.HEADLINE_TITLE_HOLDER", "stage.BACK_PAST_SELF", "speakers.SOURCE_B_OBJECTS",
           "view.DESCRIBING_EXPRESS"),
    "13": ("stage.COLON_SUBJECT", "stage.GENITIVE_NAMES", "stage.OWNED_SAYING", "stage.RELAYED_STATEMENTS",
           "stage.UNNAMED_OUTLETS", "stage.FRONTED_REPORTS", "stage.UNNAMED_OPENERS", "speakers.RELATIVE_OBJECTS",
           "speakers.BRACKETED_ROLES", "speakers.CORRESPONDENTS", "view.BELIEF_VERBS"),
    "13b": ("stage.DATELINE_BODY", "stage.NEW_SOURCES", "stage.LAST_SOURCES", "stage.SENT_STATEMENTS",
            "relays.STATE_BROADCASTERS"),
    "15": ("stage.BODY_HEADLINES", "stage.EXHORTED", "stage.HOME_AGENCY"),
    "22": ("stage.DOCUMENT_ISSUERS", "speakers.TITLE_BODIES", "stage.SPEECH_GIVERS", "stage.RELATIVE_ANTECEDENTS",
           "speakers.FUNCTION_OPENERS", "stage.WIDE_EPITHETS", "stage.PLATFORM_WORDS", "stage.SAME_CHANNEL",
           "speakers.FEMININE_STEMS", "speakers.NEWS_AGENCY_NAMES"),
    "23": ("stage.IMPERSONAL_JOINED", "stage.WHAT_INDICATES", "stage.IS_CONSIDERED", "stage.SPEECH_TITLE_OWNER",
           "stage.HOLDER_BEFORE_THAT", "stage.RELATIVE_CARRIES", "stage.CREDITS_CLOSING_FACTS"),
}
QUOTE_MODULES = ("stage", "speakers", "view", "relays")
LINE = re.compile(r"(\S+)\s+P (\S+) \((\d+/\d+)\)\s+R (\S+) \((\d+/\d+)\)")


def summary(gold_dir: Path) -> dict[str, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        evaluate(gold_dir, show=False)
    lines = {}
    for line in out.getvalue().splitlines():
        m = LINE.match(line)
        if m:
            lines[m.group(1)] = f"P {m.group(2)} ({m.group(3)}) R {m.group(4)} ({m.group(5)})"
    return lines


def main(argv: list[str]) -> int:
    import argparse

    import marsad.pipeline as pipeline

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--off", action="append", default=[], help="a switch: stage.NAME, speakers.NAME or view.NAME")
    ap.add_argument("--round", choices=sorted(ROUNDS), help="every switch of that round")
    ap.add_argument("--gold", action="append", type=Path, required=True, help="a development set")
    args = ap.parse_args(argv)
    names = list(args.off) + list(ROUNDS.get(args.round or "", ()))
    if not names:
        print("name switches with --off or --round", file=sys.stderr)
        return 2
    targets, error = resolve(names, "marsad.quotes", QUOTE_MODULES, args.gold)
    if error:
        print(error, file=sys.stderr)
        return 2
    pipeline.STAGE_ENTRIES[:] = [e for e in pipeline.STAGE_ENTRIES if e[1] != "code_events"]
    for gold_dir in args.gold:
        with switched_off(targets):
            off = summary(gold_dir)
        on = summary(gold_dir)
        print(f"== {gold_dir}")
        for key, after in on.items():
            print(f"{key:10} {off.get(key, '-')}  ->  {after}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
