"""Errors marsad reports to the user as one line naming the input."""

from __future__ import annotations


class InputError(Exception):
    """An input marsad cannot analyse: the message says which and why."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
