"""The progress line of a corpus run: counts and articles/s on stderr, only on a terminal or when asked."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO


class Progress:
    """One line rewritten in place: read, stored, skipped, failed, articles/s, elapsed time."""

    def __init__(self, enabled: bool | None = None, out: TextIO | None = None, every_s: float = 0.2):
        self.out = out or sys.stderr
        self.enabled = _isatty(self.out) if enabled is None else enabled
        self.every_s = every_s
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(self, summary: Any, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last < self.every_s):
            return
        self._last = now
        took = now - self.start
        rate = summary.analysed / took if took > 0 else 0.0
        line = (f"ingest: {summary.read} read, {summary.added} stored, {summary.already} already,"
                f" {summary.n_skipped} skipped, {summary.n_failed} failed | {rate:.1f} articles/s"
                f" | {int(took) // 60}:{int(took) % 60:02d}")
        pad = " " * max(0, self._width - len(line))
        self._width = len(line)
        self.out.write("\r" + line + pad)
        self.out.flush()

    def close(self, summary: Any) -> None:
        if self.enabled:
            self.update(summary, force=True)
            self.out.write("\n")
            self.out.flush()


def _isatty(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False
