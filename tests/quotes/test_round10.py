"""Round 10 rules: a name after an aside between dashes, a label in marks given by someone named before it, a
quotation that only lists names. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article

from .conftest import AHMED, quote_with, who

Run = Callable[..., Article]
FATHI = {"أحمد فتحي": AHMED, "فتحي": AHMED}
NASA = ("ORG", "USAGOV", "NASA")
WHO_ORG = ("ORG", "IGOUNOHLH", "World Health Organization")
PAPER = ("ORG", "SAUMED", "Al-Madina (newspaper)")


@pytest.mark.parametrize("aside", [
    "-تتبع لها حافلة المعتمرين المصابين ـ",
    "- وهي الجهة التي نظمت الرحلة إلى المدينة -",
    "– التي يعمل فيها منذ عشرين عاما في المنطقة –",
])
def test_a_name_after_a_dash_aside_is_the_speaker(run: Run, aside: str) -> None:
    art = run(f"وأوضح المسؤول في حملة النور للحج والعمرة {aside} أحمد فتحي، لـ«المدينة» أمس، أن المصابين تماثلوا "
              "للشفاء وخرجوا من المستشفى.", {**FATHI, "المدينة": PAPER})
    q = quote_with(art, "المصابين تماثلوا")
    assert who(q) == "Ahmed Fathi"


def test_a_person_inside_a_dash_aside_is_not_the_speaker(run: Run) -> None:
    art = run("وأوضح المسؤول في الحملة -التي يرأسها أحمد فتحي منذ سنوات طويلة- أن المصابين تماثلوا للشفاء.", FATHI)
    assert who(quote_with(art, "المصابين تماثلوا")) is None


@pytest.mark.parametrize(("text", "label", "names"), [
    ("وقال أحمد فتحي: هذا الكوكب الذي لقبته ناسا بـ «ابن عم الأرض الأكبر»، هو الأول الذي يدور حول نجمه في عام.",
     "ابن عم الأرض الأكبر", {"ناسا": NASA}),
    ("وقال أحمد فتحي إن المشروع الذي وصفته ناسا بـ«الحلم الكبير للبشرية جمعاء» سيبدأ العام المقبل.",
     "الحلم الكبير للبشرية جمعاء", {"ناسا": NASA}),
    ("وأضاف أحمد فتحي أن الوباء الذي نعتته منظمة الصحة العالمية بـ«الخطر الأكبر على الصحة العامة» بدأ ينحسر.",
     "الخطر الأكبر على الصحة العامة", {"منظمة الصحة العالمية": WHO_ORG}),
])
def test_a_label_in_marks_is_the_words_of_who_gave_it(run: Run, text: str, label: str,
                                                       names: dict[str, tuple[str, ...]]) -> None:
    art = run(text, {**FATHI, **names})
    q = quote_with(art, label)
    assert q.kind == "fragment" and who(q) == names[next(iter(names))][2]


def test_a_label_the_speaker_gave_himself_stays_his(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المشروع الذي وصفه بـ«الحلم الكبير للبشرية جمعاء» سيبدأ العام المقبل.", FATHI)
    assert who(quote_with(art, "الحلم الكبير للبشرية")) == "Ahmed Fathi"


@pytest.mark.parametrize("listed", [
    "«مجلس إدارة الشركة الوطنية للنقل، المجلس البلدي بمحافظة الخرج، اتحاد الناشرين الخليجيين، الجمعية العلمية "
    "للتاريخ والتراث، ونادي الشعر الشعبي، وغيرها»",
    '"لجنة الاستثمار، لجنة المراجعة الداخلية، اللجنة التنفيذية للشركة، لجنة الترشيحات والمكافآت في المجموعة"',
])
def test_a_quotation_listing_names_is_no_quote(run: Run, listed: str) -> None:
    art = run(f"كما يشغل أحمد فتحي حالياً عدداً من العضويات والمناصب في {listed}.", FATHI)
    assert art.quotes == []


def test_a_listing_statement_is_still_words(run: Run) -> None:
    art = run("وقال أحمد فتحي: «نريد مدارس أفضل لأبنائنا، نريد مستشفيات أكثر في القرى، نريد طرقا آمنة للجميع، نريد عملا لشبابنا».", FATHI)
    assert who(quote_with(art, "نريد مدارس")) == "Ahmed Fathi"


SALEM = ("PER", "IRNOPP", "Nasser Salem")


@pytest.mark.parametrize("clause", [
    "الذي رفض نتيجة الانتخابات",
    "الذي فند الرواية الرسمية للأحداث",
    "الذي رفض بشدة قرار اللجنة العليا",
])
def test_a_participle_after_a_relative_statement_goes_on_with_it(run: Run, clause: str) -> None:
    art = run(f"ودعم أحمد فتحي بشكل فاعل المرشح الإصلاحي ناصر سالم {clause}، مؤكدا حصول أعمال تزوير على نطاق واسع.",
              {**FATHI, "ناصر سالم": SALEM})
    assert who(quote_with(art, "حصول أعمال تزوير")) == "Nasser Salem"


@pytest.mark.parametrize("clause", ["الذي وصل أمس إلى الرياض", "الذي يزور المملكة هذا الأسبوع"])
def test_a_participle_after_another_relative_clause_keeps_the_subject(run: Run, clause: str) -> None:
    art = run(f"والتقى أحمد فتحي المبعوث ناصر سالم {clause}، مؤكدا عمق العلاقات بين البلدين الشقيقين.",
              {**FATHI, "ناصر سالم": SALEM})
    assert who(quote_with(art, "عمق العلاقات")) == "Ahmed Fathi"
