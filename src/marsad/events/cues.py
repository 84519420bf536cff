"""The function-word lists of the event coder (`data/events/cues.json`), normalised once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.clean.normalize import normalize, normalize_phrases, normalize_words
from marsad.resources import load_json


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
    harsh: tuple[str, ...] = ()
    civilians: frozenset[str] = frozenset()
    suspects: frozenset[str] = frozenset()
    businesses: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()
    office_links: frozenset[str] = frozenset()
    pairs: frozenset[str] = frozenset()
    sports_ambiguous: frozenset[str] = frozenset()
    predicates: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()


@cache
def cues() -> Cues:
    raw = load_json("events", "cues.json")
    return Cues(
        neg_verb=normalize_words(raw["negation_before_verb"]),
        neg_noun=normalize_words(raw["negation_before_noun"]),
        future=normalize_words(raw["future_words"]),
        modal=normalize_words(raw["modal_words"]),
        modal_past_ok=normalize_words(raw["modal_before_past_ok"]),
        conditional=normalize_words(raw["conditional_words"]),
        question=normalize_words(raw["question_words"]),
        law=normalize_words(raw["law_words"]),
        purpose=normalize_words(raw["purpose_words"]),
        desire=normalize_words(raw["desire_words"]),
        topic=normalize_words(raw["topic_prepositions"]),
        temporal_background=normalize_words(raw["temporal_background"]),
        background_openers=normalize_words(raw["background_openers"]),
        clause_openers=normalize_words(raw["clause_openers"]),
        complementizers=normalize_words(raw["complementizers"]),
        relatives=normalize_words(raw["relative_pronouns"]),
        anaphors=normalize_words(raw["anaphors"]),
        prepositions=normalize_words(raw["prepositions"]),
        skippers=normalize_words(raw["subject_skippers"]),
        passive_aux=normalize_words(raw["passive_auxiliaries"]),
        passive_agents=normalize_phrases(raw["passive_agents"]),
        experiencer=normalize_words(raw["experiencer_verbs"]),
        relay_after=normalize_words(raw["relay_after"]),
        report_verbs=normalize_words(raw["report_verbs"]),
        allege=normalize_words(raw["allege_words"]),
        denial_after=normalize_phrases(raw["denial_after"]),
        self_roles=frozenset(raw["self_media_roles"]),
        temporal_cut=normalize_words(raw["temporal_cut"]),
        mention_heads=normalize_words(raw["mention_heads"]),
        aspect=normalize_words(raw["aspect_verbs"]),
        attribution=normalize_phrases(raw["attribution_after"]),
        place_heads=normalize_words(raw["place_heads"]),
        members=normalize_words(raw["member_nouns"]),
        sports=normalize_words(raw["sports_words"]),
        people=normalize_words(raw["people_nouns"]),
        agent_modifiers=normalize_words(raw["agent_modifiers"]),
        adjunct=normalize_words(raw["adjunct_prepositions"]),
        condemnable=tuple(normalize(w) for w in raw["condemnable"]),
        harsh=tuple(normalize(w) for w in raw.get("harsh_words", [])),
        civilians=normalize_words(raw.get("civilian_nouns", [])),
        suspects=normalize_words(raw.get("suspect_nouns", [])),
        businesses=normalize_words(raw.get("business_nouns", [])),
        offices=normalize_words(raw.get("office_titles", [])),
        office_links=normalize_words(raw.get("office_title_links", [])),
        pairs=normalize_words(raw.get("pair_nouns", [])),
        sports_ambiguous=normalize_words(raw.get("sports_words_ambiguous", [])),
        predicates=normalize_words(raw.get("predicate_verbs", [])),
        state_nouns=normalize_words(raw.get("state_nouns", [])),
    )
