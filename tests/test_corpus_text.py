"""The project's code, tests and docs quote no SaudiNewsNet prose: that text is CC BY-NC-SA and stays in bench/.

Tests use invented sentences and comments illustrate a construction with invented words; a run of eight words
shared with an article of the development sets means text was copied (scripts/check_corpus_overlap.py).
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
# formulas the tests are about, not prose: a title chain resolved to its holder, a wire agency's receipt formula
# official titles and credit lines every outlet writes alike: a name with its titles is no sentence of an article
FORMULAS = ("ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية", "تلقت وكالة الأنباء الألمانية (د. ب. أ) نسخة منه",
            "الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء", "الأمير فهد بن سلطان بن عبد العزيز أمير منطقة تبوك")


def _check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_corpus_overlap", ROOT / "scripts" / "check_corpus_overlap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _project_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "src", "tests", "docs", "README.md"], cwd=ROOT, capture_output=True,
                            text=True).stdout
    files = [ROOT / name for name in listed.split() if name.endswith((".py", ".md"))]
    return files or sorted([*ROOT.glob("src/**/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("docs/*.md"),
                            ROOT / "README.md"])


def test_no_quoted_passage_shares_eight_words_with_an_article() -> None:
    found = [f"{path.relative_to(ROOT)}: {literal[:60]}"
             for path, literal, _ in _check().findings(_project_files(), 8, FORMULAS)]
    assert found == []


def test_the_check_finds_a_copied_sentence() -> None:
    check = _check()
    corpus = "قال المتحدث إن اللجنة الوطنية عقدت اجتماعها الأول في المدينة أمس بحضور الأعضاء"
    assert check.longest_run("وأكد أن اللجنة الوطنية عقدت اجتماعها الأول في المدينة أمس".split(), corpus, 8) == 8
    assert check.longest_run("عقدت اللجنة اجتماعا في المدينة".split(), corpus, 8) == 0
