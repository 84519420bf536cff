"""A title abbreviated with a full stop before a name ends no sentence; the year's marker "م." still does."""

from __future__ import annotations

import pytest

from marsad.language import tokens
from marsad.language.tokens import sentences


def texts(text: str, on: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(tokens, "TITLE_ABBREVIATIONS", on)
    spans = sentences(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return [s.text for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        "وصرح د. سامر النجدي بأن المختبر سيفتح أبوابه الشهر المقبل.",
        "وأوضح مدير المشروع م. نادر الفيصل أن الأعمال بلغت مرحلتها الأخيرة.",
        "وتحدثت أ. هالة البدري عن برامج القراءة في المدارس.",
        "وقدمت أ.د. ريم العوفي ورقة عن المياه الجوفية.",
        "وشارك في الندوة المهندس سعد الراشد ود. وليد الساعدي.",
        "وحضر الاجتماع نائب الرئيس وم. ياسر الحمدان.",
        "وقال المتحدث باسم الهيئة، د. فارس القرني، إن التقرير سيصدر غدا.",
        "تحدث أ. د. منصور الزهراني عن الخطة.",
    ],
)
def test_title_abbreviation_keeps_the_sentence(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert texts(text, True, monkeypatch) == [text]
    assert len(texts(text, False, monkeypatch)) >= 2  # the rule, not the splitter's punctuation, joins them


@pytest.mark.parametrize(
    "text, first",
    [
        ("افتتح المصنع في عام 2012م. وقال المدير إن الإنتاج تضاعف.", "افتتح المصنع في عام 2012م."),
        ("تأسست الجمعية سنة 1998 م. ويعمل فيها عشرون موظفا.", "تأسست الجمعية سنة 1998 م."),
        ("جرى التوقيع في 1435 هـ م. وبدأ التنفيذ بعده.", "جرى التوقيع في 1435 هـ م."),
        ("صدر القرار عام ١٤٣٦ه م. ثم عدل لاحقا.", "صدر القرار عام ١٤٣٦ه م."),
        ("انتهت المباراة في الدقيقة 90 د. وخرج اللاعبون.", "انتهت المباراة في الدقيقة 90 د."),
    ],
)
def test_year_marker_still_ends_the_sentence(text: str, first: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert texts(text, True, monkeypatch)[0] == first


@pytest.mark.parametrize(
    "text, first",
    [
        ("وكرم الحفل المهندس م.\nوتوزعت الجوائز على الفائزين.", "وكرم الحفل المهندس م."),
        ("ونشرت الورقة باسم د.\nوبعد ذلك بدأ النقاش.", "ونشرت الورقة باسم د."),
        ("وصل الوفد. ثم بدأ الاجتماع.", "وصل الوفد."),  # a word that ends in د is no title
        ("ارتفعت الأسعار في العام. وقال التجار إن الطلب زاد.", "ارتفعت الأسعار في العام."),
        ('وقال: "هذا ما تقرره أ." وانصرف الحضور.', 'وقال: "هذا ما تقرره أ.'),  # a closing quote after it
        ("وكتب في ختام رسالته د. 12 صفحة أخرى.", "وكتب في ختام رسالته د."),  # no word after it
    ],
)
def test_real_sentence_end_is_kept(text: str, first: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert texts(text, True, monkeypatch)[0] == first


def test_bounds_of_a_section_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "عنوان الخبر\n\nوقال د. نبيل السالم إن المعرض ناجح. وأضاف أن الزوار كثر."
    start = text.index("وقال")
    assert texts(text[start:], True, monkeypatch) == [
        "وقال د. نبيل السالم إن المعرض ناجح.", "وأضاف أن الزوار كثر."]
    monkeypatch.setattr(tokens, "TITLE_ABBREVIATIONS", True)
    assert [s.text for s in sentences(text, start, text.index("نبيل"))] == ["وقال د."]
