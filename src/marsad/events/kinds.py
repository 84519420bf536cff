"""What kind of actor a group is, read from its code: the actor tests the coder's rules share.

One actor or two (`_same_actor`: a country and its state organs are one; `_excluded`, `_other_body`,
`_rival`); states and their organs (`_state`, `_official`); organised and civil bodies (`_organised`,
`_civil_body`); people of no side (`_citizen`, `_no_side`); armed actors (`_armed`); the name an event
credits (`_name`). Mentions and groups themselves are built in `marsad.events.actors`.
"""

from __future__ import annotations

from marsad.events import switches
from marsad.events.actors import Group, is_polity

STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _same_actor(a: str, b: str) -> bool:
    """Two codes for one actor: equal, or a country and one of its state organs (not its rebels or opposition)."""
    if a == b:
        return True
    if a[:3] != b[:3] or a[:3] in ("IGO", "NGO", "IMG"):
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) == 3 and long_[3:6] in STATE_ROLES


def _excluded(code: str, exclude: set[str]) -> bool:
    return any(_same_actor(code, x) for x in exclude)


def _name(g: Group | None) -> str | None:
    if g is None:
        return None
    return g.head.canonical or g.head.text


def _state(g: Group) -> bool:
    """A country named as such ("هددت إيران بإغلاق…"): a state acts on its own, like its organs."""
    return g.head.kind == "GPE" and len(g.head.code) == 3 and g.head.code.isalpha() and is_polity(g.head)


def _official(g: Group) -> bool:
    """A speaker whose statement is a political act: a state organ with its role, or an international body."""
    code = g.head.code
    return code.startswith("IGO") or (len(code) >= 6 and code[3:6] in STATE_ROLES)


def _organised(g: Group) -> bool:
    """A coded organisation or organ (a country code with a role, a non-state or international body)."""
    code = g.head.code
    return len(code) >= 6 or code[:3] in ("IGO", "NGO", "IMG")


def _civil_body(g: Group) -> bool:
    """A rights group, observatory, party or opposition body: its words on its own country's actors are a
    political statement ("قال المرصد السوري لحقوق الإنسان إن…"), unlike a company's or an office's at home."""
    code = g.head.code
    return not g.is_adjective and (code[:3] == "NGO" or (len(code) >= 6 and code[3:6] not in (
        *STATE_ROLES, "BUS", "MED", "CVL", "ELI", "EDU", "HLH", "REL")))


def _citizen(g: Group) -> bool:
    """A person coded by country alone ("صالح قدح" SAU): not an organ of the state, so the state's bodies
    ("وطالب وزارة التجارة…") are another actor."""
    return switches.PERSON_VS_STATE and g.head.kind == "PER" and len(g.head.code) == 3


def _no_side(g: Group) -> bool:
    """A person known only by nationality, or civilians: no armed side an act of force can be credited to."""
    code = g.head.code
    if g.head.kind == "people" and g.head.canonical:
        return False  # "المستوطنون": settlers are a side in the conflict they are named for
    return (g.head.kind == "PER" and len(code) == 3) or code[3:6] == "CVL"


def _armed(g: Group) -> bool:
    """An army, a police force, rebels or militants: who may enter a country as an act of force."""
    code = g.head.code
    return code[3:6] in ("MIL", "REB", "INS", "COP") or code.startswith("IMG")


def _other_body(g: Group, source: Group) -> bool:
    """Another named body or person of the source's country, not the source again nor a bare adjective."""
    if g.is_adjective or source.is_adjective:
        return False
    name = (g.head.canonical or g.head.text, source.head.canonical or source.head.text)
    return name[0] != name[1] and not any(m.text == n.text for m in g.members for n in source.members)


def _rival(g: Group, subject: Group | None) -> bool:
    """Another named armed group of the same code as the subject ("المقاومة الشعبية" and "الحوثي", both
    YEMREB): two sides, not one actor."""
    return subject is not None and g.head.code == subject.head.code and g.head.code[3:6] in ("REB", "MIL") \
        and g.head.kind == subject.head.kind == "ORG" and _other_body(g, subject)
