"""No bytes make the corpus readers raise: every problem is an `InputError` passed to the handler."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.ingest.feeds import feed_inputs
from marsad.ingest.warc import warc_records

WARC_HEAD = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: "


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000) | st.builds(lambda b: WARC_HEAD + b, st.binary(max_size=400))
       | st.builds(lambda b: b"\x1f\x8b\x08\x00" + b, st.binary(max_size=400)))
def test_warc_reader_never_raises(data: bytes) -> None:
    errors: list[InputError] = []
    list(warc_records(io.BytesIO(data), "x.warc", errors.append, lambda n, r: None))
    assert all(isinstance(e, InputError) and "\n" not in str(e) for e in errors)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000) | st.builds(lambda t: f"<rss><channel><item>{t}</item></channel></rss>".encode(),
                                            st.text(max_size=300)))
def test_feed_reader_never_raises(data: bytes) -> None:
    errors: list[InputError] = []
    list(feed_inputs(data, "f.xml", errors.append, lambda n, r: None, None))
    assert all(isinstance(e, InputError) for e in errors)


def test_response_record_without_uri_is_reported_not_raised() -> None:
    errors: list[InputError] = []
    list(warc_records(io.BytesIO(b"WARC/1.0\nWARC-Type:response\n1"), "x.warc", errors.append, lambda n, r: None))
    assert len(errors) == 1 and "x.warc" in str(errors[0])
