"""Round 12b: the in-domain model as a second reader whose spans fill only what the stage left unfound
(docs/entities.md, "Round 12b"), on invented sentences.

The second reader here is a stand-in that tags the words it is given (`_Reader`), so that the tests read the
stage's handling of its spans, not one model's weights; `recognition.SECOND_READER` off restores the stage alone."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from tests.entities.pipeline import codes, run

from marsad.clean.normalize import normalize
from marsad.entities import recognition, recognizer
from marsad.entities.offices import _byline_spans
from marsad.entities.recognition import second_spans
from marsad.language.tokens import tokens_of


class _Reader:
    """A second reader that tags the given phrases with their classes, and nothing else."""

    def __init__(self, phrases: dict[str, str]):
        self.phrases = {tuple(normalize(w) for w in p.split()): cls for p, cls in phrases.items()}
        first = recognizer.recognizer()
        assert first is not None
        self.lexicons = first.lexicons

    def tag_document(self, sentences: Sequence[Sequence[str]],
                     registry_tags: Sequence[Sequence[str] | None] | None = None) -> list[list[str]]:
        out = []
        for words in sentences:
            norms = [normalize(w) for w in words]
            labels = ["O"] * len(words)
            for phrase, cls in self.phrases.items():
                n = len(phrase)
                for i in range(len(norms) - n + 1):
                    if tuple(norms[i:i + n]) == phrase:
                        labels[i:i + n] = [f"B-{cls}"] + [f"I-{cls}"] * (n - 1)
            out.append(labels)
        return out


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The phrases the stand-in second reader tags (fill the dict in the test)."""
    phrases: dict[str, str] = {}
    monkeypatch.setattr(recognition, "second_recognizer", lambda: _Reader(phrases))
    monkeypatch.setattr(recognition, "SECOND_READER", True)
    yield phrases


# a person the first reader and the stage's passes leave unfound is added, and read by the stage's steps
@pytest.mark.parametrize(("body", "name"), [
    ("ورحب هلال صبح بالحضور في افتتاح المعرض.", "هلال صبح"),
    ("وحضر الاجتماع جمال وفاء ممثلا عن الجمعية.", "جمال وفاء"),
])
def test_second_reader_adds_a_person(reader: dict[str, str], monkeypatch: pytest.MonkeyPatch,
                                     body: str, name: str) -> None:
    reader[name] = "PER"
    assert codes(run(body)).get(name, ("",))[0] == "PER"
    monkeypatch.setattr(recognition, "SECOND_READER", False)
    assert name not in codes(run(body))


def test_second_reader_person_takes_the_nisba_before_it(reader: dict[str, str]) -> None:
    reader["هلال صبح"] = "PER"
    assert codes(run("ورحب المواطن الكويتي هلال صبح بالحضور في افتتاح المعرض."))["هلال صبح"] == ("PER", "KWT")


# refused: a span over a mention the stage kept, a one-word definite form, a formula, a description
@pytest.mark.parametrize(("body", "phrase", "cls"), [
    ("وقال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت بناءة.", "الروسي فلاديمير", "PER"),
    ("وزار الوفد مدينة الرياض أمس.", "مدينة الرياض", "LOC"),
    ("وأعلنت الهيئة عن خطة جديدة للعام المقبل.", "الهيئة", "ORG"),
    ("وأكدت المملكة دعمها للمبادرة.", "المملكة", "LOC"),
    ("وقالت الوزارة في بيان إن العمل مستمر.", "الوزارة", "ORG"),
    ("وأشاد المسؤولون بالتحالف في بيانهم.", "بالتحالف", "ORG"),
    # a pious formula after a name, an unnamed source described by a noun and a country's adjective
    ("وأشاد الجميع بالفقيد حفظه الله ورعاه.", "حفظه الله", "MISC"),
    ("وقال مسؤول أمريكي إن المحادثات مستمرة.", "مسؤول أمريكي", "PER"),
    ("وأعلنت منظمة تونسية أنها سترسل مراقبين.", "منظمة تونسية", "ORG"),
])
def test_second_reader_span_refused(reader: dict[str, str], monkeypatch: pytest.MonkeyPatch,
                                    body: str, phrase: str, cls: str) -> None:
    monkeypatch.setattr(recognition, "SECOND_READER", False)
    alone = codes(run(body))
    monkeypatch.setattr(recognition, "SECOND_READER", True)
    reader[phrase] = cls
    assert codes(run(body)) == alone


def test_second_spans_guards(reader: dict[str, str]) -> None:
    """The guards on their own: the same words pass as an indefinite name and are refused as a definite one."""
    reader["سمارا"] = "LOC"
    reader["السمارا"] = "LOC"
    art = run("وصل الوفد إلى سمارا ثم إلى السمارا.")
    toks = tokens_of(art)
    norms = [t.norm for t in toks]
    got = [" ".join(norms[a:b]) for a, b, _ in second_spans(art, toks, norms, [], [])]
    assert got == [normalize("سمارا")]
    kept = [(i, i + 1) for i, w in enumerate(norms) if w == normalize("سمارا")]
    assert second_spans(art, toks, norms, [], kept) == []


def test_switch_off_is_the_stage_alone(reader: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    body = "ورحب هلال صبح بالحضور، وقال الوزير السعودي إن المعرض ناجح."
    reader["هلال صبح"] = "PER"
    reader["الوزير"] = "PER"
    monkeypatch.setattr(recognition, "SECOND_READER", False)
    off = codes(run(body))
    monkeypatch.setattr(recognition, "second_recognizer", lambda: None)
    monkeypatch.setattr(recognition, "SECOND_READER", True)
    assert codes(run(body)) == off


def test_second_reader_loader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`MARSAD_NER_SECOND` names the second reader's folder; a folder with no model gives no second reader."""
    monkeypatch.setenv(recognizer.SECOND_ENV, str(tmp_path))
    recognizer.second_recognizer.cache_clear()
    try:
        assert recognizer.second_recognizer() is None
    finally:
        recognizer.second_recognizer.cache_clear()


def test_second_spans_refuse_the_byline(reader: dict[str, str]) -> None:
    """A name in the byline is the byline pass's to read; the same words in the story pass."""
    reader["ميسون الفارس"] = "PER"
    art = run("ميسون الفارس – عين اليوم\nوقالت ميسون الفارس إن الجمعية افتتحت معرضها السنوي في الطائف.")
    toks = tokens_of(art)
    norms = [t.norm for t in toks]
    byline = _byline_spans(art)
    assert art.text.count("ميسون الفارس") == 2 and byline
    got = [toks[a].start for a, _, _ in second_spans(art, toks, norms, [], [])]
    assert len(got) == 1 and not any(s <= got[0] < e for s, e in byline)


def test_projection_of_names_only() -> None:
    """`train_ner.py --names-only`: a form of one definite word stays O (a town's one-word name too, as the
    second reader's guard refuses it); longer names are tagged."""
    from tests.entities.test_round12 import T

    words = [normalize(w) for w in "وأعلنت الوزارة أن الوزير سامر الحداد زار مدينة الزبير".split()]
    entities = [{"text": "الوزارة", "type": "ORG"}, {"text": "سامر الحداد", "type": "PER"},
                {"text": "الزبير", "type": "GPE"}]
    every, _ = T.project([words], entities)
    names, report = T.project([words], entities, names_only=True)
    assert every[0] == ["O", "B-ORG", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC"]
    assert names[0] == ["O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O"]
    assert sum(report.mentions.values()) == 1
