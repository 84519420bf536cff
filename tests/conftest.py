"""Shared test options: `--update-golden` rewrites golden files (review the diff).

Hypothesis runs without its per-example deadline: tests check behaviour, never speed (speed is measured
in `bench/`), and a loaded machine would otherwise fail a correct test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("marsad", deadline=None)
settings.load_profile("marsad")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
