"""The cue lexicon of the quotes stage (`data/quotes/cues.json`), normalised once per process."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from marsad.clean.normalize import normalize, normalize_phrases, normalize_words
from marsad.resources import load_json


@dataclass(frozen=True)
class Cue:
    """One surface form of a speech verb: its lemma, class and the gender/number it carries."""

    lemma: str
    cls: str  # "say", "report", "stance", "allege", "accuse", "deny"
    gender: str  # "m", "f", "pl"



@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    complementizers: frozenset[str]
    complementizer_preps: frozenset[str]
    not_before_complementizer: frozenset[str]
    introducers: frozenset[str]
    document_nouns: frozenset[str]
    unnamed_sources: frozenset[str]
    title_nouns: frozenset[str]
    subject_stops: frozenset[str]
    relay_cues: tuple[tuple[tuple[str, ...], bool], ...]
    relay_verbs: frozenset[str]
    media_nouns: frozenset[str]
    name_nouns: frozenset[str]
    accusation_nouns: frozenset[str]
    denial_relatives: tuple[tuple[str, ...], ...]
    rejection_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    evidence_have: frozenset[str]
    negations: frozenset[str]
    hedges: frozenset[str]
    hedge_phrases: tuple[tuple[str, ...], ...]
    background_openers: frozenset[str]
    impersonal_forms: frozenset[str]
    report_nouns: frozenset[str]
    modals: frozenset[str]
    institution_nouns: frozenset[str]
    denied_objects: frozenset[str]
    accuser_nouns: frozenset[str] = frozenset()
    charge_nouns: frozenset[str] = frozenset()  # "بتهمة «…»": a quoted charge is alleged
    proverb_nouns: frozenset[str] = frozenset()  # "يقول المثل": sayings are not anyone's words
    sacred_speakers: tuple[tuple[tuple[str, ...], str], ...] = ()  # words -> canonical, longest first
    back_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # body noun -> actor roles it names
    object_verbs: dict[str, str] = field(default_factory=dict)  # lemma -> preposition before a reported noun
    # "في تصريحات نقلتها وكالة …": verbs opening a relative clause on an indefinite statement noun, those nouns,
    # and the nouns of an interview given to an outlet ("في مقابلة مع قناة …")
    relay_relatives: frozenset[str] = frozenset()
    relay_statement_nouns: frozenset[str] = frozenset()
    relay_interview_nouns: frozenset[str] = frozenset()


PARTICIPLE_PLURALS = True  # round 7 switch: plural participles derived from the masculine one


@cache
def lexicon() -> Lexicon:
    """The packaged cue lexicon."""
    raw = load_json("quotes", "cues.json")
    verbs: dict[str, Cue] = {}
    for group in raw["speech_verbs"]:
        for gender in ("m", "f", "pl"):
            for form in group[gender]:
                verbs.setdefault(normalize(form), Cue(normalize(group["lemma"]), group["class"], gender))
        if PARTICIPLE_PLURALS:
            for form in group["m"]:
                w = normalize(form)
                if len(w) >= 4 and (w.startswith("م") or w[1] == "ا") and w.endswith("ا"):
                    # "مشيرين إلى أن"، "موضحين أن": the plural (and oblique dual) of a circumstantial participle
                    verbs.setdefault(w[:-1] + "ين", Cue(normalize(group["lemma"]), group["class"], "pl"))
    return Lexicon(
        verbs=verbs,
        complementizers=normalize_words(raw["complementizers"]),
        complementizer_preps=normalize_words(raw["complementizer_preps"]),
        not_before_complementizer=normalize_words(raw["not_before_complementizer"]),
        introducers=normalize_words(raw["quote_introducers"]),
        document_nouns=normalize_words(raw["document_nouns"]),
        unnamed_sources=normalize_words(raw["unnamed_sources"]),
        title_nouns=normalize_words(raw["title_nouns"]),
        subject_stops=normalize_words(raw["subject_stops"]),
        relay_cues=tuple((tuple(normalize(w) for w in c["words"]), bool(c["then_verb"])) for c in raw["relay_cues"]),
        relay_verbs=normalize_words(raw["relay_verbs_after_cue"]),
        media_nouns=normalize_words(raw["media_nouns"]),
        name_nouns=normalize_words(raw["name_nouns"]),
        accusation_nouns=normalize_words(raw["accusation_nouns"]),
        denial_relatives=normalize_phrases(raw["denial_relatives"]),
        rejection_verbs=normalize_words(raw["rejection_verbs"]),
        evidence_nouns=normalize_words(raw["evidence_nouns"]),
        evidence_have=normalize_words(raw["evidence_have"]),
        negations=normalize_words(raw["negations"]),
        hedges=normalize_words(raw["hedges"]),
        hedge_phrases=normalize_phrases(raw["hedge_phrases"]),
        background_openers=normalize_words(raw["background_openers"]),
        impersonal_forms=normalize_words(raw["impersonal_forms"]),
        report_nouns=frozenset(w for r in raw["report_nouns"] for w in (normalize(r), "ال" + normalize(r))),
        modals=normalize_words(raw["modals_before_subjunctive"]),
        institution_nouns=normalize_words(raw["institution_nouns"]),
        denied_objects=normalize_words(raw["denied_objects"]),
        accuser_nouns=normalize_words(raw.get("accuser_nouns", [])),
        charge_nouns=normalize_words(raw.get("charge_nouns", [])),
        proverb_nouns=normalize_words(raw.get("proverb_nouns", [])),
        back_roles={normalize(k): tuple(v) for k, v in raw.get("back_roles", {}).items()},
        object_verbs={normalize(k): normalize(v) for k, v in raw.get("object_verbs", {}).items()},
        relay_relatives=normalize_words(raw.get("relay_relatives", [])),
        relay_statement_nouns=normalize_words(raw.get("relay_statement_nouns", [])),
        relay_interview_nouns=normalize_words(raw.get("relay_interview_nouns", [])),
        sacred_speakers=tuple(sorted(((tuple(normalize(w) for w in e["words"].split()), e["canonical"])
                                      for e in raw.get("sacred_speakers", [])), key=lambda e: -len(e[0]))),
    )


@cache
def bare_forms(words: frozenset[str]) -> frozenset[str]:
    """The `bare` forms of a word set, for lookups that ignore the article and a preposition.

    A word that starts with و of its own (وزارة، وكالة) is kept both with and without it, as `bare`
    cannot tell that و from the conjunction: "الوزارة" and "وزارة" then both find "وزارة".
    """
    out = set()
    for w in words:
        out.add(bare(w))
        kept = w
        for pre in ("بال", "لل", "كال", "ال", "ب", "ل", "ك"):
            if kept.startswith(pre) and len(kept) - len(pre) >= 2:
                kept = kept[len(pre):]
                break
        out.add(kept)
    return frozenset(out)


def strip_conj(word: str) -> str:
    """A normalised word without a leading و or ف when three letters or more remain."""
    if len(word) >= 4 and word[0] in "وف":
        return word[1:]
    return word


def bare(word: str) -> str:
    """A normalised word without و/ف and one preposition or the article, for noun lookups."""
    w = strip_conj(word)
    for pre in ("بال", "لل", "كال", "ال", "ب", "ل", "ك"):
        if w.startswith(pre) and len(w) - len(pre) >= 2:
            return w[len(pre):]
    return w
