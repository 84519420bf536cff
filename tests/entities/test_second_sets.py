"""The second reader's training sets come from `bench/switching.py` (every bench/devN without an UNSEEN marker),
articles still being annotated are skipped as the evaluations skip them, and the build writes what it read."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from tests.entities.test_round12 import ROOT, T

sys.path.insert(0, str(ROOT / "bench"))

import switching  # noqa: E402


def _article(folder: Path, number: int, town: str, tml: bool = True, valid: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    index_path = folder / "index.json"
    index = json.loads(index_path.read_text()) if index_path.exists() else []
    name = f"{number:03d}"
    index.append({"file": f"{name}.txt", "published": "2015-02-01"})
    index_path.write_text(json.dumps(index))
    (folder / f"{name}.txt").write_text(f"خبر\n\nوصل الوفد إلى {town} أمس.", encoding="utf-8")
    ann = json.dumps({"entities": [{"text": town, "type": "GPE"}]})
    (folder / f"{name}.expected.json").write_text(ann if valid else ann[:-3], encoding="utf-8")
    if tml:
        (folder / f"{name}.tml").write_text("<TimeML></TimeML>", encoding="utf-8")


@pytest.fixture
def bench(tmp_path: Path) -> Path:
    """dev, dev2, dev10 open; dev3 kept unseen; gold held out; a folder that is no set."""
    for name, town in (("dev", "تمبكتو"), ("dev2", "غاو"), ("dev10", "سيغو"), ("dev3", "كايس"), ("gold", "موبتي")):
        _article(tmp_path / name / "saudinewsnet", 1, town)
    (tmp_path / "dev3" / switching.MARKER).write_text("kept unseen\n")
    (tmp_path / "devices").mkdir()
    return tmp_path


def test_tuning_sets_in_number_order(bench: Path) -> None:
    assert switching.tuning_sets(bench) == ("dev", "dev2", "dev10")


def test_all_names_every_open_set_once(bench: Path) -> None:
    assert T.dev_names(["all"], bench) == ["dev", "dev2", "dev10"]
    assert T.dev_names(["dev10", "all"], bench) == ["dev10", "dev", "dev2"]


@pytest.mark.parametrize("name", ["dev3", "gold", "devices", "dev4", "../dev"])
def test_refused(bench: Path, name: str) -> None:
    with pytest.raises(SystemExit):
        T.dev_names([name], bench)


def test_removing_the_marker_opens_a_set(bench: Path) -> None:
    with pytest.raises(SystemExit):
        T.read_dev(["dev3"], bench)
    (bench / "dev3" / switching.MARKER).unlink()
    sents, report = T.read_dev(["dev3"], bench)
    assert [w for s in sents for w, t in s if t != "O"] == ["كايس"] and report.articles == Counter(dev3=1)


def test_articles_in_annotation_are_skipped(bench: Path) -> None:
    folder = bench / "dev2" / "saudinewsnet"
    _article(folder, 2, "نيورو", tml=False)  # no .tml yet
    _article(folder, 3, "باماكو", valid=False)  # its JSON half written
    _article(folder, 4, "كوتيالا")
    sents, report = T.read_dev(["dev2"], bench)
    assert [w for s in sents for w, t in s if t != "O"] == ["غاو", "كوتيالا"]
    assert report.articles == Counter(dev2=2)


def test_provenance_names_what_was_read(bench: Path, tmp_path: Path) -> None:
    sents, report = T.read_dev(["all"], bench, names_only=True)
    model = tmp_path / "model.crfsuite"
    model.write_bytes(b"weights")
    text = T.second_provenance(model, ["dev", "dev2", "dev10"], sents, report, sents, 12.0)
    assert "--second --dev dev dev2 dev10" in text
    assert "per set: dev 1, dev2 1, dev10 1" in text and "3 annotated" in text
    assert hashlib.sha256(b"weights").hexdigest() in text and "7 bytes" in text


@pytest.mark.parametrize("argv", [["--second"], ["--second", "--dev", "dev", "--aqmar"],
                                  ["--second", "--dev", "dev", "--adapt"]])
def test_second_refuses_other_settings(bench: Path, tmp_path: Path, argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        T.main([*argv, "--out", str(tmp_path / "model")], bench)
    assert not (tmp_path / "model").exists()
