"""The function-word lists of the event coder (`data/events/cues.json`), normalised once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.clean.normalize import normalize
from marsad.resources import load_json


def _set(words: list[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


@dataclass(frozen=True)
class Cues:
    neg_verb: frozenset[str]
    neg_noun: frozenset[str]
    future: frozenset[str]
    modal: frozenset[str]
    modal_past_ok: frozenset[str]
    conditional: frozenset[str]
    question: frozenset[str]
    law: frozenset[str]
    purpose: frozenset[str]
    desire: frozenset[str]
    topic: frozenset[str]
    temporal_background: frozenset[str]
    background_openers: frozenset[str]
    clause_openers: frozenset[str]
    complementizers: frozenset[str]
    relatives: frozenset[str]
    anaphors: frozenset[str]
    prepositions: frozenset[str]
    skippers: frozenset[str]
    passive_aux: frozenset[str]
    passive_agents: tuple[tuple[str, ...], ...]
    experiencer: frozenset[str]
    relay_after: frozenset[str]
    report_verbs: frozenset[str]
    allege: frozenset[str]
    denial_after: tuple[tuple[str, ...], ...]
    self_roles: frozenset[str]
    temporal_cut: frozenset[str]
    mention_heads: frozenset[str]
    aspect: frozenset[str]
    attribution: tuple[tuple[str, ...], ...]
    place_heads: frozenset[str]
    members: frozenset[str]
    sports: frozenset[str]
    people: frozenset[str]
    agent_modifiers: frozenset[str]
    adjunct: frozenset[str]
    condemnable: tuple[str, ...]
    civilians: frozenset[str] = frozenset()


@cache
def cues() -> Cues:
    raw = load_json("events", "cues.json")
    return Cues(
        neg_verb=_set(raw["negation_before_verb"]),
        neg_noun=_set(raw["negation_before_noun"]),
        future=_set(raw["future_words"]),
        modal=_set(raw["modal_words"]),
        modal_past_ok=_set(raw["modal_before_past_ok"]),
        conditional=_set(raw["conditional_words"]),
        question=_set(raw["question_words"]),
        law=_set(raw["law_words"]),
        purpose=_set(raw["purpose_words"]),
        desire=_set(raw["desire_words"]),
        topic=_set(raw["topic_prepositions"]),
        temporal_background=_set(raw["temporal_background"]),
        background_openers=_set(raw["background_openers"]),
        clause_openers=_set(raw["clause_openers"]),
        complementizers=_set(raw["complementizers"]),
        relatives=_set(raw["relative_pronouns"]),
        anaphors=_set(raw["anaphors"]),
        prepositions=_set(raw["prepositions"]),
        skippers=_set(raw["subject_skippers"]),
        passive_aux=_set(raw["passive_auxiliaries"]),
        passive_agents=tuple(tuple(normalize(w) for w in p) for p in raw["passive_agents"]),
        experiencer=_set(raw["experiencer_verbs"]),
        relay_after=_set(raw["relay_after"]),
        report_verbs=_set(raw["report_verbs"]),
        allege=_set(raw["allege_words"]),
        denial_after=tuple(tuple(normalize(w) for w in p) for p in raw["denial_after"]),
        self_roles=frozenset(raw["self_media_roles"]),
        temporal_cut=_set(raw["temporal_cut"]),
        mention_heads=_set(raw["mention_heads"]),
        aspect=_set(raw["aspect_verbs"]),
        attribution=tuple(tuple(normalize(w) for w in p) for p in raw["attribution_after"]),
        place_heads=_set(raw["place_heads"]),
        members=_set(raw["member_nouns"]),
        sports=_set(raw["sports_words"]),
        people=_set(raw["people_nouns"]),
        agent_modifiers=_set(raw["agent_modifiers"]),
        adjunct=_set(raw["adjunct_prepositions"]),
        condemnable=tuple(normalize(w) for w in raw["condemnable"]),
        civilians=_set(raw.get("civilian_nouns", [])),
    )
