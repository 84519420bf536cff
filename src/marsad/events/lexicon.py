"""The trigger lexicon (`data/events/triggers.json`) and its matcher over normalised words.

The data file stores each trigger's inflected forms without proclitics; here every form is combined
once per process with the proclitics it can take (و ف for all; س ل for verbs; ب ل ك ال for nouns and
participles), so matching a word is one dictionary lookup. A few forms are other words unless the text
keeps the hamza the normalisation folds ("هنا" here, "هنأ" congratulated: `hamza_forms`); they are read only
when the caller gives the word as written. Entries and frames a tuning round added carry its tag and are left
out while that round's switch is off (`ROUND_SWITCHES`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.events import switches
from marsad.resources import load_json

VERB_PROCLITICS = {"": "", "و": "", "ف": "", "س": "fut", "وس": "fut", "فس": "fut", "ل": "purpose", "ول": "purpose",
                   "فل": "purpose"}
NOMINAL_PROCLITICS = {"": "", "و": "", "ف": "", "ب": "prep", "ل": "prep", "ك": "prep", "وب": "prep", "ول": "prep",
                      "فب": "prep", "فل": "prep", "ال": "def", "وال": "def", "فال": "def", "بال": "prep+def",
                      "كال": "prep+def", "لل": "prep+def", "ولل": "prep+def", "وبال": "prep+def", "فبال": "prep+def"}
HAMZA_SEATS = frozenset("أإآ")  # the hamzas on alif that the normalised view writes as a bare ا


@dataclass(frozen=True)
class Frame:
    prep: str | None
    cues: tuple[str, ...]
    code: str | None  # None: with this cue the word names no event ("اعتذر عن قبول المنصب") (round 16b)
    armed: bool = False  # only when the doer is an army, police, rebels or militants ("حققت القوات مكاسب") (round 17a)


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a verb (V) or noun (N) lemma with its code, frames and roles."""

    id: int
    kind: str
    lemma: str
    code: str | None
    frames: tuple[Frame, ...]
    roles: dict[str, Any] = field(hash=False, compare=False)


@dataclass(frozen=True)
class Analysis:
    """One reading of a word as a trigger."""

    trigger: Trigger
    tense: str  # "past", "pres", "part", "noun"
    subj: str | None  # person/gender/number of the subject: "3ms", "3fs", "3mp", ...
    obj: str | None  # an object pronoun suffix on a verb ("3fs" for ـها)
    poss: str | None  # a possessive pronoun suffix on a noun
    prefix: str  # the proclitics stripped ("و", "بال", ...)
    flag: str  # "fut", "purpose", "prep", "def", "prep+def" or ""
    definite: bool


class Lexicon:
    """Trigger forms without proclitics; `analyse` strips the proclitics a form can carry, caching by word."""

    def __init__(self, triggers: tuple[Trigger, ...], forms: dict[str, list[tuple[int, dict[str, str]]]],
                 stop: frozenset[str] = frozenset(), hamza: frozenset[str] = frozenset()):
        self.triggers = triggers
        self.forms = forms
        self.stop = stop  # whole words that only look like triggers ("وزارة" is not و + زاره)
        self.hamza = hamza  # stop words that are triggers when written with a hamza ("وهنأ", not "وهنا")
        self.prefixes = sorted({p for p in (*VERB_PROCLITICS, *NOMINAL_PROCLITICS, "لل", "ولل")}, key=len, reverse=True)
        self._cache: dict[str, tuple[Analysis, ...]] = {}

    def analyse(self, word: str, surface: str = "") -> tuple[Analysis, ...]:
        """The trigger readings of one normalised word (empty when it is no trigger); `surface`, the word as
        written, lets a hamza form through ("وهنأ" is a verb, "وهنا" the adverb)."""
        if word in self.hamza and any(ch in HAMZA_SEATS for ch in surface):
            return self._readings(word)
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if word in self.stop:
            return ()
        result = self._readings(word)
        if len(self._cache) < 200_000:
            self._cache[word] = result
        return result

    def _readings(self, word: str) -> tuple[Analysis, ...]:
        out: list[Analysis] = []
        for prefix in self.prefixes:
            if not word.startswith(prefix):
                continue
            bare = word[len(prefix):]
            # لل is ل + the article: a noun stored bare, or a participle stored with its article
            for rest in (bare, "ال" + bare) if prefix.endswith("لل") else (bare,):
                for tid, feats in self.forms.get(rest, ()):
                    flag = _allowed(prefix, rest, feats)
                    if flag is None:
                        continue
                    out.append(Analysis(self.triggers[tid], feats["tense"], feats.get("subj"), feats.get("obj"),
                                        feats.get("poss"), prefix, flag, "def" in flag or rest.startswith("ال")))
        return tuple(out)


# Lexicon additions of a round carry its tag (`round=TAG` among an entry's roles, `TAG:` before a frame in
# triggers.curated.txt, e.g. "20a"); a round lists here its tag and the switch of `marsad.events.switches` that keeps
# them, so that its words are measured off against on like any other rule (`bench/events_switches.py --off NAME`).
# Round 20a kept none (docs/events.md, "Round 20a"); round 20c's frames of closing, suspending and cancelling a
# business follow its rule's switch (docs/events.md, "Round 20c").
ROUND_SWITCHES: dict[str, str] = {"20c": "SANCTIONED_FIRMS"}


def lexicon() -> Lexicon:
    """The packaged trigger lexicon, without the entries and frames of the rounds whose switch is off."""
    # (called for many words of a sentence: with every round's switch on, as shipped, no set is built)
    for name in ROUND_SWITCHES.values():
        if not getattr(switches, name):
            return _lexicon(frozenset(tag for tag, n in ROUND_SWITCHES.items() if not getattr(switches, n)))
    return _lexicon(NONE_OFF)


NONE_OFF: frozenset[str] = frozenset()


@cache
def _lexicon(off: frozenset[str]) -> Lexicon:
    raw = load_json("events", "triggers.json")
    triggers = tuple(
        Trigger(e["id"], e["kind"], e["lemma"], e["code"],
                tuple(Frame(f["prep"], tuple(f["cues"]), f["code"], bool(f.get("armed")))
                      for f in e["frames"] if f.get("round") not in off), dict(e["roles"]))
        for e in raw["entries"]
    )
    forms = raw["forms"]
    dropped = {e["id"] for e in raw["entries"] if e["roles"].get("round") in off}
    if dropped:
        forms = {form: kept for form, readings in forms.items() if (kept := [r for r in readings if r[0] not in dropped])}
    return Lexicon(triggers, forms, frozenset(raw.get("stop_forms", ())), frozenset(raw.get("hamza_forms", ())))


def _allowed(prefix: str, form: str, feats: dict[str, str]) -> str | None:
    """The flag a proclitic gives a form, or None when the form cannot carry it."""
    tense = feats["tense"]
    if tense in ("past", "pres"):
        flag = VERB_PROCLITICS.get(prefix)
        if flag is None or (flag == "fut" and tense != "pres") or (flag == "purpose" and tense != "pres"):
            return None
        return flag
    if prefix.endswith("لل"):
        if feats.get("poss") or feats.get("indef") or (tense == "part") != form.startswith("ال"):
            return None
        return "prep+def"
    nflag = NOMINAL_PROCLITICS.get(prefix)
    if nflag is None:
        return None
    if "def" in nflag and (feats.get("poss") or feats.get("indef") or form.startswith("ال") or tense == "part"):
        return None
    return nflag
