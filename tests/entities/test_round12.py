"""Round 12: the annotation of the development sets projected onto their text as recogniser training data
(scripts/train_ner.py --dev), and the recogniser's loader honouring `MARSAD_NER_MODEL`."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from marsad.clean.normalize import normalize
from marsad.entities.recognizer import MODEL_ENV, Recognizer

ROOT = Path(__file__).resolve().parents[2]


def _train_ner() -> ModuleType:
    name = "train_ner"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "train_ner.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


T = _train_ner()


def _words(sentence: str) -> list[str]:
    return [normalize(w) for w in sentence.split()]


def _tagged(sentence: str, entities: list[dict[str, Any]]) -> tuple[list[tuple[str, str]], Any]:
    words = sentence.split()
    tags, report = T.project([_words(sentence)], entities)
    return list(zip(words, tags[0], strict=True)), report


@pytest.mark.parametrize(("sentence", "form", "tags"), [
    # proclitics on the form's first word: the whole token is tagged, as the recogniser sees it
    ("وصل الوفد إلى لتمبكتو أمس", "تمبكتو", ["O", "O", "O", "B-LOC", "O"]),
    ("وزار الوفد وتمبكتو وغاو", "تمبكتو", ["O", "O", "B-LOC", "O"]),
    ("التقى الوزير بالرميثي في مكتبه", "الرميثي", ["O", "O", "B-PER", "O", "O"]),
    # ل + ال is written لل
    ("وقدم الشكر للمرصد الوطني للبيئة", "المرصد الوطني للبيئة", ["O", "O", "B-ORG", "I-ORG", "I-ORG"]),
    ("وقدم الشكر وللمرصد الوطني للبيئة", "المرصد الوطني للبيئة", ["O", "O", "B-ORG", "I-ORG", "I-ORG"]),
    # whole words only: a form inside a longer word is no mention
    ("وصل الوفد إلى تمبكتوية أمس", "تمبكتو", ["O"] * 5),
    # a clitic on a later word is no occurrence of the form
    ("زار المرصد والوطني للبيئة", "المرصد الوطني للبيئة", ["O"] * 4),
])
def test_forms_with_clitics(sentence: str, form: str, tags: list[str]) -> None:
    typ = {"تمبكتو": "GPE", "الرميثي": "PER"}.get(form, "ORG")
    got, _ = _tagged(sentence, [{"text": form, "type": typ}])
    assert [t for _, t in got] == tags


def test_longest_form_first() -> None:
    entities: list[dict[str, Any]] = [
        {"text": "مجلس", "type": "ORG"},  # a short form of another entity, given first
        {"text": "مجلس الأمناء الأعلى", "type": "ORG", "also_as": ["مجلس الأمناء"]},
        {"text": "سالم الفارسي", "type": "PER", "also_as": ["الفارسي"]},
    ]
    got, report = _tagged("قال سالم الفارسي إن مجلس الأمناء الأعلى وافق وإن الفارسي عضو في مجلس الأمناء ثم المجلس",
                          entities)
    assert [t for _, t in got] == [
        "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-PER", "O", "O", "B-ORG", "I-ORG",
        "O", "O"]
    assert sum(report.mentions.values()) == 4
    # "مجلس" occurs only inside longer mentions
    assert report.covered == 1 and report.missing == []


def test_absent_form_and_types() -> None:
    entities: list[dict[str, Any]] = [
        {"text": "نهر الزمرد", "type": "LOC"},
        {"text": "كأس الواحات", "type": "MISC"},
        {"text": "جزر المرجان", "type": "GPE"},  # not in the text
    ]
    got, report = _tagged("أقيمت كأس الواحات قرب نهر الزمرد", entities)
    assert [t for _, t in got] == ["O", "B-MISC", "I-MISC", "O", "B-LOC", "I-LOC"]
    assert report.missing == [normalize("جزر المرجان")]
    assert report.forms == 3 and dict(report.mentions) == {"MISC": 1, "LOC": 1}


def test_mentions_do_not_cross_sentences() -> None:
    tags, report = T.project([_words("وصل سالم"), _words("الفارسي إلى المدينة")],
                             [{"text": "سالم الفارسي", "type": "PER"}])
    assert tags == [["O", "O"], ["O", "O", "O"]] and report.missing == [normalize("سالم الفارسي")]


def test_project_article_uses_marsad_sentences() -> None:
    page = "زيارة رسمية\n\nوصل الوزير سالم الفارسي إلى لتمبكتو صباح الأحد. وقال الفارسي إن الزيارة ناجحة."
    sents, report = T.project_article(page, [
        {"text": "سالم الفارسي", "type": "PER", "also_as": ["الفارسي"]},
        {"text": "تمبكتو", "type": "GPE"},
    ], "2015-03-02")
    assert len(sents) == 3  # the title, then two sentences
    tagged = [(w, t) for s in sents for w, t in s if t != "O"]
    assert tagged == [("سالم", "B-PER"), ("الفارسي", "I-PER"), ("لتمبكتو", "B-LOC"), ("الفارسي", "B-PER")]
    assert sents[1][-1] == (".", "O") and report.missing == []


def _bench(tmp_path: Path) -> Path:
    """A bench folder with two development sets, the held-out set and dev17 (kept unseen), each with one annotated page."""
    for name, town in (("dev", "تمبكتو"), ("dev2", "غاو"), ("gold", "موبتي"), ("dev17", "كايس")):
        folder = tmp_path / name / "saudinewsnet"
        folder.mkdir(parents=True)
        (folder / "index.json").write_text(json.dumps([{"file": "001.txt", "published": "2015-01-01"}]))
        (folder / "001.txt").write_text(f"خبر\n\nوصل الوفد إلى {town} أمس.", encoding="utf-8")
        (folder / "001.expected.json").write_text(json.dumps({"entities": [{"text": town, "type": "GPE"}]}))
        (folder / "001.tml").write_text("<TimeML></TimeML>", encoding="utf-8")
    (tmp_path / "dev17" / "UNSEEN").write_text("kept unseen\n")
    return tmp_path


def test_reads_only_the_named_sets(tmp_path: Path) -> None:
    bench = _bench(tmp_path)
    sents, report = T.read_dev(["dev2"], bench)
    places = [w for s in sents for w, t in s if t != "O"]
    assert places == ["غاو"] and dict(report.mentions) == {"LOC": 1}


@pytest.mark.parametrize("name", ["gold", "dev17", "../gold", "dev1", "bench/dev2", "dev19"])
def test_refuses_other_sets(tmp_path: Path, name: str) -> None:
    bench = _bench(tmp_path)
    with pytest.raises(SystemExit):
        T.read_dev(["dev", name], bench)
    with pytest.raises(SystemExit):
        T.main(["--out", str(tmp_path / "model"), "--dev", name], bench)
    assert not (tmp_path / "model").exists()


def test_loader_honours_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, str(tmp_path))
    assert Recognizer.load() is None  # a folder without a model: no recogniser, not the packaged one
    monkeypatch.delenv(MODEL_ENV)
    assert Recognizer.load() is not None
