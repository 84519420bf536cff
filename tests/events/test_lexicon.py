"""The trigger lexicon: inflected and clitic forms, frames, and words that only look like triggers."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import normalize
from marsad.events.lexicon import lexicon


def readings(word: str) -> list[tuple[str, str, str | None, str | None, str | None, str]]:
    return [(a.trigger.lemma, a.tense, a.subj, a.obj, a.poss, a.flag) for a in lexicon().analyse(normalize(word))]


@pytest.mark.parametrize(("word", "lemma", "tense", "subj", "obj", "poss", "flag"), [
    ("اتهمت", "اتهم", "past", "3fs", None, None, ""),
    ("واتهموا", "اتهم", "past", "3mp", None, None, ""),
    ("يتعهد", "تعهد", "pres", "3ms", None, None, ""),
    ("سيتعهد", "تعهد", "pres", "3ms", None, None, "fut"),
    ("تزودها", "زود", "pres", "3fs", "3fs", None, ""),
    ("نفته", "نفى", "past", "3fs", "3ms", None, ""),
    ("ودعا", "دعا", "past", "3ms", None, None, ""),
    ("يدعون", "دعا", "pres", "3mp", None, None, ""),
    ("تشتري", "اشترى", "pres", "3fs", None, None, ""),
    ("منددة", "ندد", "part", "3fs", None, None, ""),
    ("هجومها", "هجوم", "noun", None, None, "3fs", ""),
    ("لهجومها", "هجوم", "noun", None, None, "3fs", "prep"),
    ("بالهجوم", "هجوم", "noun", None, None, None, "prep+def"),
    ("للهجمات", "هجوم", "noun", None, None, None, "prep+def"),
])
def test_inflected_and_clitic_forms(word: str, lemma: str, tense: str, subj: str | None, obj: str | None,
                                    poss: str | None, flag: str) -> None:
    assert (lemma, tense, subj, obj, poss, flag) in readings(word)


@pytest.mark.parametrize("word", ["وزارة", "هناك", "إعادة", "القوة", "دعوة", "حملة", "الهجومية", "بيت", "المدينة"])
def test_common_words_are_not_triggers(word: str) -> None:
    assert readings(word) == []


def test_verbs_take_no_article_and_nouns_no_future() -> None:
    assert readings("الاتهم") == []
    assert readings("سهجوم") == []


def test_frames_decide_the_code() -> None:
    trig = next(a.trigger for a in lexicon().analyse(normalize("فرض")))
    assert trig.code is None
    assert any("عقوب" in f.cues and f.code == "163" for f in trig.frames)


def test_every_root_has_a_trigger() -> None:
    codes = set()
    for t in lexicon().triggers:
        codes |= {c[:2] for c in [t.code, *[f.code for f in t.frames]] if c}
    assert codes == {f"{i:02d}" for i in range(1, 21)}
