"""Round 12: which entity stands for the speaker. A body named short after its full name ("وزارة الداخلية" after
"وزارة الداخلية المصرية"), a headline title whose holder the body names ("مدرب الهلال: …"), and a bare body noun
that pointed back once and is used again ("قام الجيش بـ…" then "ويقول الجيش"); an unnamed source of "أفاد" ends
before the بـ word it reports ("أفاد مصدر أمني بمقتل …"); "بشكل يعبر عن …" describes and carries no subject.
Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import marsad.quotes.speakers as speakers
import marsad.quotes.stage as stage
import marsad.quotes.view as view
from marsad.article import Article

from .conftest import AHMED, quote_with, who

Run = Callable[..., Article]
INTERIOR_EGY = ("ORG", "EGYGOV", "Egyptian Ministry of Interior")
INTERIOR = ("ORG", "EGYGOV", "Ministry of Interior")
HEALTH_KWT = ("ORG", "KWTGOV", "Kuwaiti Ministry of Health")
HEALTH = ("ORG", "KWTGOV", "Ministry of Health")
ARMY_EGY = ("ORG", "EGYMIL", "Egyptian Armed Forces")
ARMY = ("ORG", "EGYMIL", "")
CLUB = ("ORG", "SAU", "Al-Nakheel Club")
COACH = ("PER", "SAU", "Samir Nabil")
PASSPORTS = ("ORG", "SAUGOV", "")
DIRECTOR = ("PER", "SAUGOV", "Fahd Al-Ghamdi")


@pytest.mark.parametrize(("full", "short", "names"), [
    ("وزارة الداخلية المصرية", "وزارة الداخلية", {"وزارة الداخلية المصرية": INTERIOR_EGY, "وزارة الداخلية": INTERIOR}),
    ("وزارة الصحة الكويتية", "وزارة الصحة", {"وزارة الصحة الكويتية": HEALTH_KWT, "وزارة الصحة": HEALTH}),
])
def test_a_body_named_short_after_its_full_name_is_the_body_named_in_full(
        run: Run, monkeypatch: pytest.MonkeyPatch, full: str, short: str, names: dict[str, tuple[str, ...]]) -> None:
    body = f"أعلنت {full} إغلاق المعبر مؤقتا. وقالت {short} في بيان إن الحملة مستمرة حتى نهاية الشهر."
    q = quote_with(run(body, names), "الحملة مستمرة")
    assert who(q) == names[full][2]
    assert q.speaker is not None and q.speaker.text == short  # the words naming it here stay the evidence
    monkeypatch.setattr(view, "FULL_BODIES", False)
    assert who(quote_with(run(body, names), "الحملة مستمرة")) == names[short][2]


def test_a_body_of_another_country_is_not_taken_for_the_short_form(run: Run) -> None:
    names = {"وزارة الداخلية المصرية": INTERIOR_EGY, "وزارة الداخلية": ("ORG", "SAUGOV", "Ministry of Interior")}
    art = run("أعلنت وزارة الداخلية المصرية إغلاق المعبر. وقالت وزارة الداخلية في بيان إن الحملة مستمرة.", names)
    assert who(quote_with(art, "الحملة مستمرة")) == "Ministry of Interior"  # the actors differ: not the same body


def test_a_body_named_after_another_word_is_no_full_name(run: Run) -> None:
    names = {"وزارة الداخلية للشؤون البلدية": ("ORG", "EGYGOV", "Municipal Office"), "وزارة الداخلية": INTERIOR}
    art = run("أعلنت وزارة الداخلية للشؤون البلدية إغلاق المعبر. وقالت وزارة الداخلية إن الحملة مستمرة.", names)
    assert who(quote_with(art, "الحملة مستمرة")) == "Ministry of Interior"  # "للشؤون" is no nationality


@pytest.mark.parametrize(("headline", "body", "names", "speaker"), [
    ("مدرب النخيل: سنفوز بالمباراة المقبلة", "وقال مدرب فريق النخيل سمير نبيل إن الفريق جاهز للمباراة.",
     {"النخيل": CLUB, "سمير نبيل": COACH}, "Samir Nabil"),
    ("مدير الجوازات : منافذنا مفتوحة للمسافرين", "أعرب مدير عام الجوازات اللواء فهد الغامدي عن شكره للعاملين في المطار. "
     "وقال: إن المنافذ ستعمل على مدار الساعة طوال الموسم.", {"الجوازات": PASSPORTS, "فهد الغامدي": DIRECTOR},
     "Fahd Al-Ghamdi"),
])
def test_a_headline_title_is_its_holder_the_body_names(
        run: Run, monkeypatch: pytest.MonkeyPatch, headline: str, body: str, names: dict[str, tuple[str, ...]],
        speaker: str) -> None:
    words = headline.split(":")[1].strip().split()[0]
    art = run(f"{headline}\n\n{body}", names, title_line=True)
    assert who(quote_with(art, words)) == speaker
    monkeypatch.setattr(stage, "HEADLINE_TITLE_HOLDER", False)
    assert who(quote_with(run(f"{headline}\n\n{body}", names, title_line=True), words)) != speaker


def test_a_headline_title_nobody_holds_in_the_body_keeps_the_body(run: Run) -> None:
    art = run("مدرب النخيل: سنفوز بالمباراة المقبلة\n\nقال أحمد فتحي إن الفريق جاهز للمباراة.",
              {"النخيل": CLUB, "أحمد فتحي": AHMED}, title_line=True)
    assert who(quote_with(art, "سنفوز")) == "Al-Nakheel Club"  # Ahmed Fathi was never named as the coach


def test_a_bare_body_noun_used_again_points_back_to_the_body_named_in_full(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("قال الناطق باسم القوات المسلحة المصرية إن دورية تعرضت لكمين. وتنتشر القوات المسلحة المصرية في سيناء منذ أن "
            "قام الجيش بتأمين الحدود الشرقية. وفي المقابل يقول الجيش: إنه دمر أوكارا للمهربين.")
    names = {"القوات المسلحة المصرية": ARMY_EGY, "الجيش": ARMY}
    assert who(quote_with(run(body, names), "أوكارا للمهربين")) == "Egyptian Armed Forces"
    monkeypatch.setattr(stage, "BACK_PAST_SELF", False)
    assert who(quote_with(run(body, names), "أوكارا للمهربين")) is None


@pytest.mark.parametrize(("source", "report", "words"), [
    ("مصدر أمني", "بإصابة خمسة شرطيين في انفجار قرب حاجز أمني", "حاجز أمني"),
    ("مصادر محلية", "بتقدم القوات صوب المدينة في ساعة متأخرة من الليل", "ساعة متأخرة"),
])
def test_an_unnamed_source_ends_before_the_report_after_b(
        run: Run, monkeypatch: pytest.MonkeyPatch, source: str, report: str, words: str) -> None:
    body = f"وأفادت {source} {report}." if source.startswith("مصادر") else f"وأفاد {source} {report}."
    q = quote_with(run(body), words)
    assert q.speaker is not None and q.speaker.text == source
    assert q.span.text.startswith(report.split()[0])
    monkeypatch.setattr(speakers, "SOURCE_B_OBJECTS", False)
    q = quote_with(run(body), words)
    assert q.speaker is not None and q.speaker.text != source


def test_an_unnamed_source_where_he_works_keeps_the_place(run: Run) -> None:
    q = quote_with(run("وأفاد مصدر بالوزارة بأن شرطيين أصيبا في انفجار قرب حاجز أمني."), "شرطيين أصيبا")
    assert q.speaker is not None and q.speaker.text == "مصدر بالوزارة"


SARA = ("PER", "SAU", "Sara Ahmed")
KHALID = ("PER", "SAU", "Khalid Nasser")


@pytest.mark.parametrize("described", ["بشكل يعبر عن مضمون الأغنية", "بصورة تعبر عن روح العمل"])
def test_express_after_an_indefinite_noun_describes_it(
        run: Run, monkeypatch: pytest.MonkeyPatch, described: str) -> None:
    body = ("وأضافت سارة أحمد أن نجاح الأغنية شجعها على التصوير، مشيرة إلى أن المخرج خالد ناصر سيكون قادراً على "
            f"تصوير المشاهد، {described}، موضحة أن مدة الأغنية خمس دقائق.")
    names = {"سارة أحمد": SARA, "خالد ناصر": KHALID}
    assert who(quote_with(run(body, names), "خمس دقائق")) == "Sara Ahmed"
    monkeypatch.setattr(view, "DESCRIBING_EXPRESS", False)
    assert who(quote_with(run(body, names), "خمس دقائق")) == "Khalid Nasser"


def test_express_after_a_definite_noun_still_speaks(run: Run) -> None:
    art = run("وفي الجلسات المغلقة يعبر مسؤولون كبار عن قلقهم من أن يتأخر الاتفاق.")
    q = quote_with(art, "يتأخر الاتفاق")
    assert q.speaker is not None and q.speaker.text.startswith("مسؤولون")
