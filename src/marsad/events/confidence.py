"""How far to trust a coded event: the probability that its root, source and target are all right.

Steps, for each event the coder keeps (`code_article` calls `rate` as it turns a draft into an `Event`):
1. Describe the draft by what the coder knew when it coded it (`features`): the root (rare roots pooled by
   quad class), whether the code is the root's catch-all, a missing target or a non-state armed one, the title, how
   the source was found when the clause does not name it (carried from a sentence before or a pronoun's
   antecedent, the shallow fallback, a headline quote, another rule: an agent phrase, an accusation's
   complement, a possessive), and a source read from a nisba adjective.
2. Score them with the logistic regression of `data/events/confidence.json` (weights per feature name, an
   intercept; built by `scripts/build_event_confidence.py` from the annotated development sets, see
   PROVENANCE.md): confidence = 1 / (1 + exp(-(intercept + sum of the weights of the features present))).
A model file that is missing or broken gives no confidence (None) rather than an error.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from marsad.events.actors import Group
from marsad.events.draft import Draft
from marsad.resources import load_json

# when a list, `rate` appends here the features of each event it rates, in the order of the events
# (scripts/build_event_confidence.py); None in normal runs
FEATURES: list[list[str]] | None = None

# roots common enough in the annotated sets to earn a weight of their own; the others share their quad
# class's (verbal/material cooperation, verbal/material conflict)
OWN_ROOTS = frozenset({"01", "02", "03", "04", "05", "11", "17", "19"})
ARMED_ROLES = frozenset({"REB", "INS", "UAF", "IMG", "SEP"})


def _quad(root: str) -> str:
    k = int(root) if root.isdigit() else 0
    return "vcoop" if k <= 5 else "mcoop" if k <= 8 else "vconf" if k <= 13 else "mconf"


def _non_state_armed(g: Group) -> bool:
    """Rebels, insurgents, militants or an armed group: the other side of most fights the coder reads."""
    code = g.head.code
    return code.startswith("IMG") or code[3:6] in ARMED_ROLES


def _how(d: Draft) -> str | None:
    """How the coder found the source, when not named in the clause itself (None then)."""
    if d.extra.get("headline_quote"):
        return "quote"  # "X: …" headlines
    if d.extra.get("fallback"):
        return "fallback"  # the nearest coded actor, no rule named it
    src = d.source
    if d.extra.get("carried") or (src is not None and not any(g is src for g in d.sent.groups)):
        return "carried"  # a dropped subject, a pronoun's or an honorific's antecedent in a sentence before
    if d.embedded or d.extra.get("agent") or d.extra.get("terror") or d.an.poss is not None:
        return "other"  # an accusation's complement, an agent phrase, a doer inferred, a possessive
    return None


def features(d: Draft) -> list[str]:
    """The one-hot features of a draft the coder keeps (names of the features present).

    Tried and left out, for they ranked no better leaving one set out: the status (reported or asserted),
    background, the kind of source (a state, an organ, a civil body, an international one) and of a target other
    than a non-state armed one, both sides of one country, a deed
    noun against a verb, a person as source, the words between the doer and the deed, a place as target."""
    root = d.root
    out = [f"root={root}" if root in OWN_ROOTS else f"quad={_quad(root)}"]
    if len(d.code) == 3 and d.code.endswith("0"):
        out.append("generic code")  # the root's catch-all ("010", "190"): no frame chose a finer code
    if d.target is None:
        out.append("target=none")  # no one at the other end: the coder's weakest statements and appeals
    elif _non_state_armed(d.target):
        out.append("target=armed")
    if d.sent.section == "title":
        out.append("title")  # headline syntax: dropped verbs and subjects, quotes without a verb
    how = _how(d)
    if how is not None:
        out.append(f"how={how}")
    if d.source is not None and d.source.is_adjective:
        out.append("source nisba")  # "مقاتلات تركية": a country read from an adjective
    return out


@cache
def model() -> tuple[float, dict[str, float]] | None:
    """(intercept, weight per feature) of the packaged model; None when it cannot be read."""
    try:
        data: Any = load_json("events", "confidence.json")
        return float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def score(names: list[str]) -> float | None:
    """The model's probability for these features, rounded to three decimals."""
    m = model()
    if m is None:
        return None
    intercept, weights = m
    z = intercept + sum(weights.get(n, 0.0) for n in names)
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def rate(d: Draft) -> float | None:
    """The confidence of the event a draft becomes."""
    names = features(d)
    if FEATURES is not None:
        FEATURES.append(names)
    return score(names)
