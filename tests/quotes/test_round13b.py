"""Round 13b: relays. A wire dateline carries the story under it, not the headline; an indefinite "مصادر …" named
again is other sources, and "المصادر" are the sources named last, so an outlet the first ones spoke to is not
carried to them; a country's state broadcaster is named as such, not as its media at large; the agency a
statement was sent to relays it. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import marsad.quotes.relays as relays
import marsad.quotes.stage as stage
from marsad.article import Article

from .conftest import AHMED, REUTERS, quote_with, who

Run = Callable[..., Article]
DPA = ("ORG", "DEUMED", "Deutsche Presse-Agentur")
RIYADH = ("GPE", "SAU", "Riyadh")
ZAYED = ("PER", "ARE", "Zayed Al-Mansouri")
SERGEI = ("PER", "RUSGOV", "Sergei Ivanov")
RUSSIAN_MEDIA = ("ORG", "RUSMED", "Russian media")
EGYPT_MEDIA = ("ORG", "EGYMED", "Egyptian media")
HOSNI = ("PER", "EGYGOV", "Hosni Kamel")


def test_a_wire_dateline_does_not_relay_the_headline(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("زايد المنصوري: سنعود أقوى في الموسم المقبل\n\nد ب أ - الرياض: قال زايد المنصوري إن فريقه سيعود "
            "أقوى بعد فترة التوقف.")
    names = {"د ب أ": DPA, "الرياض": RIYADH, "زايد المنصوري": ZAYED}
    art = run(page, names, title_line=True)
    assert quote_with(art, "سيعود أقوى").via == "Deutsche Presse-Agentur"  # the story under the dateline
    assert quote_with(art, "سنعود أقوى").via is None  # the paper's own headline
    monkeypatch.setattr(stage, "DATELINE_BODY", False)
    art = run(page, names, title_line=True)
    assert quote_with(art, "سنعود أقوى").via == "Deutsche Presse-Agentur"


SOURCES_BODY = ("وقالت مصادر قبلية لوكالة رويترز إن الطريق إلى الميناء أعيد فتحه صباح الاثنين.\n"
                "وفي منطقة أخرى، {second} إن الاشتباكات توقفت عند الجسر الشمالي.\n"
                "وأضافت المصادر أن ثلاثة مسلحين أصيبوا في القصف.")


@pytest.mark.parametrize("switch,second,words", [
    # the same indefinite words, later: other sources, who did not speak to the agency
    ("NEW_SOURCES", "قالت مصادر قبلية", "الاشتباكات توقفت"),
    # "المصادر" after other sources with no outlet: those sources, not the agency's
    ("LAST_SOURCES", "أكدت مصادر ميدانية", "ثلاثة مسلحين"),
])
def test_an_outlet_stays_with_the_sources_that_spoke_to_it(
        run: Run, monkeypatch: pytest.MonkeyPatch, switch: str, second: str, words: str) -> None:
    body = SOURCES_BODY.format(second=second)
    names = {"رويترز": REUTERS}
    art = run(body, names)
    assert quote_with(art, "أعيد فتحه").via == "Reuters"
    assert quote_with(art, words).via is None
    # "المصادر" right after the sources that spoke to the agency are those sources: the agency stays
    same = SOURCES_BODY.split("\n")[0] + "\n" + SOURCES_BODY.split("\n")[2]
    assert quote_with(run(same, names), "ثلاثة مسلحين").via == "Reuters"
    monkeypatch.setattr(stage, switch, False)
    assert quote_with(run(body, names), words).via == "Reuters"


@pytest.mark.parametrize("phrase,form,names,via", [
    # the recogniser's span keeps the glued preposition, as it does on news pages
    ("في تصريحات للتلفزيون الحكومي الروسي", "للتلفزيون الحكومي الروسي", {"سيرغي إيفانوف": SERGEI},
     "Russian state television"),
    ("في حديث للإذاعة الرسمية المصرية", "للإذاعة الرسمية المصرية", {"حسني كامل": HOSNI}, "Egyptian state radio"),
])
def test_a_state_broadcaster_is_named_as_such(run: Run, monkeypatch: pytest.MonkeyPatch, phrase: str, form: str,
                                              names: dict[str, tuple[str, ...]], via: str) -> None:
    media = RUSSIAN_MEDIA if "الروسي" in form else EGYPT_MEDIA
    speaker = next(iter(names))
    body = f"وقال {speaker} {phrase} إن المفاوضات ستستأنف الأسبوع المقبل."
    names = {**names, form: media}
    assert quote_with(run(body, names), "ستستأنف").via == via
    # a broadcaster not said to be the state's keeps the recogniser's name
    plain = body.replace(" الحكومي", "").replace(" الرسمية", "")
    plain_form = form.replace(" الحكومي", "").replace(" الرسمية", "")
    assert quote_with(run(plain, {**names, plain_form: media}), "ستستأنف").via == media[2]
    monkeypatch.setattr(relays, "STATE_BROADCASTERS", False)
    assert quote_with(run(body, names), "ستستأنف").via == media[2]


@pytest.mark.parametrize("sent", ["أرسل إلى وكالة رويترز", "أرسل الى رويترز", "بعث به إلى وكالة رويترز"])
def test_the_agency_a_statement_was_sent_to_relays_it(run: Run, monkeypatch: pytest.MonkeyPatch, sent: str) -> None:
    body = f"وقال أحمد فتحي في بيان {sent} عبر البريد إن الحكومة لن تتراجع عن قرارها."
    names = {"أحمد فتحي": AHMED, "رويترز": REUTERS}
    q = quote_with(run(body, names), "لن تتراجع")
    assert (who(q), q.via) == ("Ahmed Fathi", "Reuters")
    # a letter sent to a person names no relay
    letter = "وقال أحمد فتحي في رسالة أرسلها إلى رئيس الوزراء إن الحكومة لن تتراجع عن قرارها."
    assert quote_with(run(letter, names), "لن تتراجع").via is None
    monkeypatch.setattr(stage, "SENT_STATEMENTS", False)
    assert quote_with(run(body, names), "لن تتراجع").via is None

