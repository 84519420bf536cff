"""Round 15: quote spans marsad found and annotators do not list. A body named before a headline's colon tags the
news it gave out, in the paper's words ("الهيئة: افتتاح …"), while a person there is quoted; a participle urging the
importance or the need of something ("…، مشدداً على ضرورة …"، "مؤكداً أهمية …") sums up an emphasis and reports no
words. A wire agency's dateline at home ("الرياض … واس") carries the story's quotes as one from abroad does.
Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import marsad.quotes.stage as stage
from marsad.article import Article

from .conftest import quote_with, who

Run = Callable[..., Article]
SPA = ("ORG", "SAUMED", "Saudi Press Agency")
RIYADH = ("GPE", "SAU", "Riyadh")
AUTHORITY = ("ORG", "SAUGOV", "")
WATCHDOG = ("ORG", "NGOHRI", "Regional Rights Monitor")
MINISTER = ("PER", "SAUGOV", "Hamad Al-Shehri")
GOVERNOR = ("PER", "SAUGOV", "Nasser Al-Qahtani")
BODY = "وأوضح المتحدث أن الإجراءات تبدأ مطلع الشهر المقبل في جميع الفروع."


@pytest.mark.parametrize(("headline", "names"), [
    ("هيئة الموانئ: افتتاح رصيف جديد للسفن التجارية في الميناء الشرقي", {"هيئة الموانئ": AUTHORITY}),
    ("«المرصد الإقليمي»: القصف طال أحياء سكنية في ضواحي المدينة", {"المرصد الإقليمي": WATCHDOG}),
])
def test_a_body_before_a_headlines_colon_is_a_tag(
        run: Run, monkeypatch: pytest.MonkeyPatch, headline: str, names: dict[str, tuple[str, ...]]) -> None:
    words = headline.split(":")[1].split()[1]
    art = run(f"{headline}\n\n{BODY}", names, title_line=True)
    assert not [q for q in art.quotes if words in q.span.text]
    monkeypatch.setattr(stage, "BODY_HEADLINES", False)
    art = run(f"{headline}\n\n{BODY}", names, title_line=True)
    assert quote_with(art, words).kind == "direct"


def test_a_person_before_a_headlines_colon_is_quoted(run: Run) -> None:
    art = run(f"الشهري: سنفتح رصيفا جديدا للسفن التجارية قبل نهاية العام\n\n{BODY}", {"الشهري": MINISTER},
              title_line=True)
    assert who(quote_with(art, "سنفتح رصيفا")) == "Hamad Al-Shehri"


def test_a_title_before_a_headlines_colon_is_quoted(run: Run) -> None:
    # "مدير هيئة الموانئ" stands for a person, though the body names no one with the title
    art = run(f"مدير هيئة الموانئ: سنفتح رصيفا جديدا للسفن التجارية قبل نهاية العام\n\n{BODY}",
              {"هيئة الموانئ": AUTHORITY}, title_line=True)
    assert quote_with(art, "سنفتح رصيفا")


def test_a_body_with_a_speech_verb_in_the_headline_stays_quoted(run: Run) -> None:
    art = run(f"هيئة الموانئ تعلن: سنفتح رصيفا جديدا للسفن قبل نهاية العام\n\n{BODY}",
              {"هيئة الموانئ": AUTHORITY}, title_line=True)
    assert quote_with(art, "سنفتح رصيفا")


@pytest.mark.parametrize(("sentence", "words"), [
    ("وزار المحافظ ناصر القحطاني المستشفى العام أمس، مشدداً على ضرورة تسريع مواعيد المراجعين في العيادات.",
     "تسريع مواعيد"),
    ("وتفقد المحافظ ناصر القحطاني مشروع الطريق الدائري، مؤكداً أهمية إنجاز الأعمال قبل موسم الأمطار المقبل.",
     "إنجاز الأعمال"),
    ("واستقبل المحافظ ناصر القحطاني وفد الغرفة التجارية، مشددا على الأهمية القصوى لدعم المشاريع الصغيرة.",
     "لدعم المشاريع"),
])
def test_a_participle_urging_importance_or_need_reports_no_words(
        run: Run, monkeypatch: pytest.MonkeyPatch, sentence: str, words: str) -> None:
    names = {"ناصر القحطاني": GOVERNOR}
    assert not [q for q in run(sentence, names).quotes if words in q.span.text]
    monkeypatch.setattr(stage, "EXHORTED", False)
    assert who(quote_with(run(sentence, names), words)) == "Nasser Al-Qahtani"


@pytest.mark.parametrize(("sentence", "words"), [
    # a finite verb opening its sentence reports the emphasis as said
    ("وشدد المحافظ ناصر القحطاني على ضرورة تسريع مواعيد المراجعين في العيادات.", "تسريع مواعيد"),
    # a participle with a complementiser reports words
    ("وزار المحافظ ناصر القحطاني المستشفى أمس، مؤكداً أن المواعيد ستقصر خلال الأشهر المقبلة.", "المواعيد ستقصر"),
    # a participle with another verbal noun reports what was stated
    ("وزار المحافظ ناصر القحطاني المستشفى أمس، مؤكداً اكتمال تجهيز الأقسام الجديدة بالكامل.", "اكتمال تجهيز"),
])
def test_other_reports_stay(run: Run, sentence: str, words: str) -> None:
    assert who(quote_with(run(sentence, {"ناصر القحطاني": GOVERNOR}), words)) == "Nasser Al-Qahtani"


@pytest.mark.parametrize("line", ["جدة 4 ربيع الأول 1439 هـ الموافق 22 نوفمبر 2017 م واس\n", "واس- الرياض: "])
def test_an_agency_filing_at_home_carries_the_quotes(run: Run, monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    names = {"واس": SPA, "الرياض": RIYADH, "جدة": ("GPE", "SAU", "Jeddah"), "ناصر القحطاني": GOVERNOR}
    body = f"{line}أكد المحافظ ناصر القحطاني أن أعمال الطريق تنتهي قبل موسم الأمطار."
    assert quote_with(run(body, names), "أعمال الطريق").via == "Saudi Press Agency"
    monkeypatch.setattr(stage, "HOME_AGENCY", False)
    assert quote_with(run(body, names), "أعمال الطريق").via is None
