"""Precision and recall counts the evaluations share.

A tally counts the precision side (system items, those right) and the recall side (annotated items, those found)
apart: one quote of marsad's may match two annotated quotes, so the two hit counts may differ. Where matches are one
to one (events) `add` counts the same hits on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Tally:
    p_hit: int = 0  # system items that are right
    p_all: int = 0  # system items
    r_hit: int = 0  # annotated items found
    r_all: int = 0  # annotated items

    def add(self, tp: int, got: int, want: int) -> None:
        """`tp` one-to-one matches among `got` system items and `want` annotated ones."""
        self.p_hit += tp
        self.r_hit += tp
        self.p_all += got
        self.r_all += want

    def count(self, side: str, hit: bool) -> None:
        """One item counted on the recall ("r") or precision ("p") side."""
        if side == "p":
            self.p_all += 1
            self.p_hit += hit
        else:
            self.r_all += 1
            self.r_hit += hit

    # the one-to-one names (events): matches, system items, annotated items
    @property
    def tp(self) -> int:
        return self.p_hit

    @property
    def got(self) -> int:
        return self.p_all

    @property
    def want(self) -> int:
        return self.r_all

    def prf(self) -> tuple[float, float, float]:
        p = self.p_hit / self.p_all if self.p_all else 0.0
        r = self.r_hit / self.r_all if self.r_all else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str, width: int = 12) -> str:
        """'events       P 0.500 (1/2)  R 0.250 (1/4)  F1 0.333', the evaluations' summary line."""
        p, r, f = self.prf()
        return (f"{name:{width}} P {p:.3f} ({self.p_hit}/{self.p_all})  R {r:.3f} ({self.r_hit}/{self.r_all})"
                f"  F1 {f:.3f}")

    def cell(self) -> str:
        p, r, f = self.prf()
        return f"{p:.3f} {r:.3f} {f:.3f} ({self.tp}/{self.got}/{self.want})"
