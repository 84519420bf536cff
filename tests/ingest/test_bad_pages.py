"""Bad input: a clean error naming the input or a correct result, never a traceback."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.api import analyze
from marsad.errors import InputError
from marsad.ingest.encoding import decode

PAGES = Path(__file__).resolve().parents[1] / "pages"
YOUM7 = (PAGES / "youm7-style.txt").read_text(encoding="utf-8")


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], input=stdin, capture_output=True, timeout=120)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"   \n\n\t ", "empty input"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500, "binary"),
        (b"The quick brown fox jumps over the lazy dog. " * 50, "not Arabic"),
        (b"<html><body><p>" + b"Bonjour tout le monde. " * 40 + b"</p></body></html>", "not Arabic"),
    ],
)
def test_refused_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as err:
        analyze(data, name="page.bin")
    assert err.value.name == "page.bin"
    assert reason in err.value.reason


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso8859_6"])
def test_encodings_give_the_same_article(codec: str) -> None:
    text = YOUM7
    if codec == "iso8859_6":
        # ISO-8859-6 has no Persian/typographic marks; keep the page in its repertoire
        text = "".join(ch for ch in text if ch.encode("iso8859_6", "ignore"))
    data = text.encode(codec)
    if codec == "utf-16-le":
        data = codecs.BOM_UTF16_LE.join([b"", data])[2:]  # no BOM: detection from the NUL lanes
    art = analyze(data, name=f"page.{codec}")
    ref = analyze(text)
    assert art.text == ref.text
    assert art.title == "محافظ الجيزة يتفقد أعمال رصف طريق المنصورية"


def test_cp1256_and_iso8859_6_are_told_apart() -> None:
    sample = "قال وزير الخارجية في مؤتمر صحفي إن المفاوضات مستمرة مع الأطراف المعنية في المنطقة"
    assert decode(sample.encode("cp1256"))[1] == "cp1256"
    assert decode(sample.encode("iso8859_6"))[1] == "iso8859_6"


def test_truncated_html_still_gives_the_text() -> None:
    html = (PAGES / "aljazeera-style.html").read_text(encoding="utf-8")
    cut = html[: html.index("وتشير تقديرات")]  # the page stops mid-body, tags unclosed
    art = analyze(cut, name="cut.html")
    assert art.title == "وزراء الزراعة العرب يتفقون على خطة لمواجهة الجفاف"
    assert any("وأضاف أن المحور الثالث" in p.text for p in art.paragraphs)


def test_html_without_any_text_is_refused() -> None:
    with pytest.raises(InputError) as err:
        analyze("<html><head><title></title></head><body><div></div></body></html>", name="blank.html")
    assert "no article text" in err.value.reason or "empty" in err.value.reason


def test_huge_input_is_refused_cleanly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        line = ("هذا سطر طويل من نص عربي يتكرر لصنع ملف كبير جدا. " * 20 + "\n").encode()
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    proc = run_cli("analyze", str(big), "--format", "json")
    assert proc.returncode == 1
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and str(big) in lines[0] and "too large" in lines[0]
    assert proc.stdout == b""


def test_cli_reports_each_bad_input_and_still_analyses_the_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    good = PAGES / "youm7-style.txt"
    proc = run_cli("analyze", str(empty), str(good), str(binary), str(missing))
    assert proc.returncode == 1
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 3
    for path, line in zip((empty, binary, missing), err, strict=True):
        assert str(path) in line and "Traceback" not in line
    out = proc.stdout.decode().strip().splitlines()
    assert len(out) == 1 and '"schema": "marsad.article/1"' in out[0]


def test_cli_reads_standard_input() -> None:
    proc = run_cli("analyze", "-", "--format", "json", stdin=YOUM7.encode("cp1256"))
    assert proc.returncode == 0, proc.stderr
    assert "محافظ الجيزة" in proc.stdout.decode()
