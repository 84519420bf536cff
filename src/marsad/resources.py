"""Access to the data files shipped inside the package (lexicons, registries, models)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(*parts: str) -> Path:
    """Path of a packaged data file under `marsad/data/`."""
    return Path(str(resources.files("marsad").joinpath("data", *parts)))


@cache
def load_json(*parts: str) -> Any:
    """A packaged JSON file, parsed once per process."""
    with data_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)
