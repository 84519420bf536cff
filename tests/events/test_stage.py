"""The stage in the pipeline: its declaration, an actor whose code changed with time, bad input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.events.conftest import make_article

from marsad.api import analyze
from marsad.events.stage import code_events
from marsad.pipeline import STAGE_ENTRIES


def test_stage_declaration() -> None:
    assert code_events.requires == {"tokens", "entities", "timexes", "quotes", "claims"}
    assert code_events.assigns == {"events"}
    assert STAGE_ENTRIES[-1] == ("marsad.events.stage", "code_events")


def test_actor_code_on_the_event_date() -> None:
    page = "ترامب يتهم الصين\n\nاتهم دونالد ترامب الصين بسرقة الوظائف الأمريكية."
    before = analyze(page, published="2015-08-01")
    during = analyze(page, published="2018-08-01")
    src = {e.source.actor for e in before.events if e.source and e.root == "11"}
    src_during = {e.source.actor for e in during.events if e.source and e.root == "11"}
    assert src == {"USA"} and src_during == {"USAGOV"}


ARABIC = st.text(alphabet=st.sampled_from(list("اتهمتالولاياتالمتحدةكوريابتزويدروسياوهوماننفتهبيونغيانغ ،.؟\"")),
                 max_size=120)


@settings(max_examples=60, deadline=None)
@given(ARABIC)
def test_no_input_crashes_and_evidence_is_exact(text: str) -> None:
    art = make_article(text or "نص")
    code_events.run(art)
    for ev in art.events:
        assert art.text[ev.evidence.start : ev.evidence.end] == ev.evidence.text
        assert ev.source is not None
