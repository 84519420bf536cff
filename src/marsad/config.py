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
    Setting("min_arabic_ratio", 0.15, "Least share of Arabic letters among the letters of a page"),
    Setting("db", "out/marsad.db", "The store: a SQLite file (MARSAD_DB overrides)"),
    Setting("host", "127.0.0.1", "Address `marsad serve` listens on"),
    Setting("port", 8000, "Port `marsad serve` listens on"),
    Setting("token", None, "Token that allows writes through the API (MARSAD_TOKEN); without one the API is read-only"),
    Setting("max_request_bytes", 2 * 1024 * 1024, "Largest request body the API accepts, in bytes"),
)


def default(name: str) -> object:
    for s in SETTINGS:
        if s.name == name:
            return s.default
    raise KeyError(name)
