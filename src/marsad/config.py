"""Settings: one table that is the source for defaults, CLI help and docs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("max_bytes", 16 * 1024 * 1024, "Largest input page accepted, in bytes"),
    Setting("min_arabic_ratio", 0.3, "Least share of Arabic letters among the letters of a page"),
)


def default(name: str) -> object:
    for s in SETTINGS:
        if s.name == name:
            return s.default
    raise KeyError(name)
