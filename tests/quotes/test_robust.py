"""No input breaks the quotes stage, and every span it gives points into the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.api import analyze
from marsad.clean.page import clean_page
from marsad.errors import InputError
from marsad.language.tokens import tag_tokens
from marsad.pipeline import Pipeline, stage
from marsad.quotes.stage import extract_quotes

from .conftest import AHMED, REUTERS, USA, _tagger

PIECES = ["قال", "وقال", "إن", "أن", "وأضاف", "مضيفاً", "نفى", "وهو ما نفته", "اتهم", "بتزويد", "حسبما ذكرت",
          "وكالة رويترز", "نقلاً عن", "أحمد فتحي", "الولايات المتحدة", "لـ", "صحيفة", "لم", "قد", "يُعتقد",
          "الحكومة", "ستبني", "مدرسة", '"', "«", "»", "“", "”", "'", ":", "،", ".", "\n", "\n\n", " ", "م.", "(", ")"]
PIPELINE = Pipeline([clean_page, tag_tokens,
                     stage("test_entities", requires={"text"}, assigns={"entities"})(
                         _tagger({"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS, "الولايات المتحدة": USA})),
                     extract_quotes])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60))
def test_any_sequence_of_cues_and_marks(pieces: list[str]) -> None:
    page = "عنوان خبر للاختبار\n\n" + " ".join(pieces)
    try:
        art = analyze(page, published="2023-06-12", pipeline=PIPELINE)
    except InputError:
        return
    for q in art.quotes:
        for span in (q.span, q.cue, q.speaker.span if q.speaker else None):
            if span is not None:
                assert art.text[span.start:span.end] == span.text
        assert q.kind in ("direct", "fragment", "indirect")
        assert q.via == (q.relays[-1] if q.relays else None)
    for c in art.claims:
        assert art.text[c.span.start:c.span.end] == c.span.text
        assert c.status in ("asserted", "reported", "alleged", "denied", "alleged-and-denied", "background")
