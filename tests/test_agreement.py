"""The agreement bench: a second annotation scored against the first, as a system's output would be."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import pytest  # noqa: E402

import agreement  # noqa: E402

TEXT = "قال وزير الخارجية الفنلندي ماتي كوسكي إن بلاده سترسل مساعدات إلى مالي. واعتقلت الشرطة الكينية ثلاثة مهربين أمس."


def _write(folder: Path, speaker: str, forms: list[str], events: list[dict[str, object]]) -> None:
    folder.mkdir(parents=True)
    (folder / "001.txt").write_text(TEXT, encoding="utf-8")
    (folder / "001.expected.json").write_text(json.dumps({
        "dates": {"time_expressions": [{"text": "أمس", "value": "2015-07-20", "type": "DATE"}]},
        "entities": [{"text": forms[0], "also_as": forms[1:], "type": "PER", "canonical": speaker, "actor": "FINGOV"},
                     {"text": "مالي", "type": "GPE", "actor": "MLI"}],
        "quotes": [{"speaker": speaker, "text": "بلاده سترسل مساعدات إلى مالي", "kind": "indirect",
                    "status": "asserted", "via": None}],
        "events": events,
    }, ensure_ascii=False), encoding="utf-8")


AID = {"source": "FINGOV", "target": "MLI", "cameo_root": {"accept": ["03", "07"]},
       "evidence": "إن بلاده سترسل مساعدات إلى مالي"}
ARREST = {"source": "KENCOP", "target": "KENCVL", "cameo_root": "17", "evidence": "واعتقلت الشرطة الكينية ثلاثة مهربين"}


def test_agreement_counts_both_sides(tmp_path: Path) -> None:
    _write(tmp_path / "one", "Matti Koski", ["ماتي كوسكي"], [AID, ARREST])
    # the second annotator spells the name otherwise, gives one root of the accept list and codes no arrest
    _write(tmp_path / "two", "Matti Koskinen", ["ماتي كوسكي", "كوسكي"], [{**AID, "cameo_root": "07"}])
    t = agreement.score(tmp_path / "one", tmp_path / "two")
    assert (t["events"].tp, t["events"].got, t["events"].want) == (1, 1, 2)
    assert t["quotes speaker"].tp == 1  # the same Arabic words name both spellings
    assert t["entities type+code"].tp == 2 and t["time value"].tp == 1


def test_disagreement_is_counted(tmp_path: Path) -> None:
    _write(tmp_path / "one", "Matti Koski", ["ماتي كوسكي"], [AID])
    _write(tmp_path / "two", "Pekka Virtanen", ["بيكا فيرتانن"], [{**AID, "source": "FIN", "cameo_root": "04"}])
    t = agreement.score(tmp_path / "one", tmp_path / "two")
    assert t["events"].tp == 0 and t["events root only"].tp == 0
    assert t["quotes speaker"].tp == 0 and t["quotes spans"].tp == 1


def test_no_second_annotation_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "set").mkdir()
    assert agreement.main([str(tmp_path / "set")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no second annotation" in err


def test_a_set_kept_unseen_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert agreement.main([str(ROOT / "bench" / "gold" / "saudinewsnet")]) == 1
    assert "kept unseen" in capsys.readouterr().err


def test_a_missing_page_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "one", "Matti Koski", ["ماتي كوسكي"], [AID])
    _write(tmp_path / "two", "Matti Koski", ["ماتي كوسكي"], [AID])
    (tmp_path / "one" / "001.txt").unlink()
    assert agreement.score(tmp_path / "one", tmp_path / "two")["events"].want == 0
