"""The page's script parses (Node's `--check`), so a broken edit fails here in seconds, not only in the browser tests
(which need Chromium). Skipped without Node."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[2] / "src" / "marsad" / "web" / "static"


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
@pytest.mark.parametrize("script", sorted(p.name for p in STATIC.glob("*.js")))
def test_the_script_parses(script: str) -> None:
    node = shutil.which("node") or "node"
    done = subprocess.run([node, "--check", str(STATIC / script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
