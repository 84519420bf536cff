"""Round 7 rules: plural participles and the plural subjects they carry, verses cited on the way, conditions,
participles after a verb that is no speech, epithets, a name after a nisba, a paper's own dateline, people
thanked or praised, present verbs inside past reported words, nameless bodies. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article

from .conftest import AHMED, quote_with, who

Run = Callable[..., Article]
BACH = ("PER", "IGOSPO", "Thomas Bach")
BENITEZ = ("PER", "ESPSPO", "Rafael Benítez")
RAMOS = ("PER", "ESPSPO", "Sergio Ramos")
MADRID = ("ORG", "ESPSPO", "Real Madrid")
EMIRATE = ("ORG", "SAUGOV", "Makkah Region Emirate")
JUBEIR = ("PER", "SAUGOV", "Adel al-Jubeir")
RIYADH = ("GPE", "SAU", "Riyadh")
IRAN = ("GPE", "IRN", "Iran")
SAUD = ("PER", "SAUGOV", "Saud bin Abdullah bin Thunayan")
MBN = ("PER", "SAUGOV", "Muhammad bin Nayef")
SUBAIHI = ("PER", "YEMMIL", "Abdullah al-Subaihi")
LABOUR = ("ORG", "SAUGOV", "Ministry of Labour")
LABOUR_BARE = ("ORG", "SAUGOV", None)
# ids the registry knows: a paper names itself in its dateline, an agency files for others
EIN_ALYOUM = ("ORG", "SAUMED", "Ein Alyoum", "org:ein-alyoum")
SPA = ("ORG", "SAUMED", "Saudi Press Agency", "org:saudi-press-agency")
BAZDYREVA = ("PER", "RUSSPO", "Anastasiya Bazdyreva")
SANAA = ("GPE", "YEM", "Sanaa")


@pytest.mark.parametrize("participle", ["مشيرين", "موضحين", "لافتين"])
def test_a_plural_participle_reports_and_carries_no_single_party(run: Run, participle: str) -> None:
    art = run("وذكرت إمارة المنطقة أن المشروعات تخدم السكان.\n"
              f"وتفقد المسؤولون الطرق الجديدة، {participle} إلى أن نسبة الحوادث ستنخفض كثيرا.", {"إمارة المنطقة": EMIRATE})
    q = quote_with(art, "نسبة الحوادث")
    assert q.span.text.startswith("نسبة الحوادث") and who(q) is None


@pytest.mark.parametrize("verb", ["وأعربوا عن أملهم في أن", "وأكدوا أن"])
def test_a_plural_verb_does_not_take_the_last_body(run: Run, verb: str) -> None:
    art = run("وقال أحمد فتحي إن الجوائز تشجع الباحثين.\n"
              f"وأهدى المكرمون جوائزهم لقيادة البلاد. {verb} يواصلوا جهودهم في خدمة الوطن.", {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "يواصلوا جهودهم")) is None


def test_the_speakers_words_after_a_verse_they_cited_stay_theirs(run: Run) -> None:
    art = run("وأضاف الخطباء أن الإسلام نهى عن الظلم فقال سبحانه (إن الله يأمر بالعدل والإحسان)، مشيرين إلى أن "
              "المساجد لم تكن يوما مكانا لسفك الدماء.")
    q = quote_with(art, "المساجد لم تكن")
    assert q.speaker is not None and q.speaker.text == "الخطباء"


@pytest.mark.parametrize("condition", ["شريطة", "بشرط"])
def test_a_condition_is_not_what_was_said(run: Run, condition: str) -> None:
    art = run(f"وأكد الجبير حرص الرياض على تطوير علاقاتها مع إيران، {condition} أن تغير طهران سياستها.",
              {"الجبير": JUBEIR, "الرياض": RIYADH, "إيران": IRAN})
    q = quote_with(art, "حرص الرياض")
    assert q.span.text.startswith("حرص الرياض") and who(q) == "Adel al-Jubeir"


@pytest.mark.parametrize("participle", ["قائلا", "مضيفا"])
def test_a_participle_takes_the_subject_of_a_verb_that_is_no_speech(run: Run, participle: str) -> None:
    art = run(f'وتطرق توماس باخ إلى هذه التقارير {participle}: "ستتصرف اللجنة بحزم إذا ثبتت المخالفات".',
              {"توماس باخ": BACH})
    assert who(quote_with(art, "ستتصرف اللجنة")) == "Thomas Bach"


def test_an_epithet_with_a_nationality_is_the_person_named_last(run: Run) -> None:
    art = run("بدا رافائيل بينتيز مدرب ريال مدريد الجديد متأثرا خلال حفل تقديمه في الملعب.\n"
              "واقتربت عدسات المصورين من بينتيز الذي تحدث بصوت خافت، حيث قال المدرب الإسباني: “أنا سعيد جدا بهذه العودة”.",
              {"رافائيل بينتيز": BENITEZ, "بينتيز": BENITEZ, "ريال مدريد": MADRID})
    assert who(quote_with(art, "سعيد جدا")) == "Rafael Benítez"


def test_an_office_with_an_adjective_is_no_epithet(run: Run) -> None:
    art = run("التقى أحمد فتحي بالوفد الزائر في مقر الوزارة.\nوصرح المتحدث الأمني بأن التحقيقات مستمرة.",
              {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "التحقيقات مستمرة")) is None


@pytest.mark.parametrize("name", ["أمجد", "سالم"])
def test_a_name_after_a_common_noun_and_its_nisba(run: Run, name: str) -> None:
    art = run(f"وأكد البائع العماني {name} أن المبيعات تتجاوز تسعين ألف ريال في الموسم.")
    q = quote_with(art, "المبيعات تتجاوز")
    assert q.speaker is not None and name in q.speaker.text


def test_a_noun_after_the_nisba_is_still_the_object(run: Run) -> None:
    art = run("وأكد البائع العماني أهمية أن يستعد الباعة للموسم مبكرا.")
    assert not any(q.speaker is not None and "أهمية" in q.speaker.text for q in art.quotes)


@pytest.mark.parametrize(
    "line,via",
    [
        ("عين اليوم – صنعاء\n", None),  # a paper naming itself: the publisher, no relay
        ("عين اليوم – متابعات\n", None),
        ("واس- صنعاء: ", "Saudi Press Agency"),  # an agency filing from abroad relays
    ],
)
def test_a_papers_own_dateline_relays_nothing(run: Run, line: str, via: str | None) -> None:
    names = {"أحمد فتحي": AHMED, "عين اليوم": EIN_ALYOUM, "واس": SPA, "صنعاء": SANAA}
    q = quote_with(run(f"{line}قال أحمد فتحي إن المحادثات مستمرة.", names), "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", via)


def test_people_thanked_are_not_the_speaker_of_the_participles(run: Run) -> None:
    art = run("رفع الأمير سعود بن عبدالله بن ثنيان شكره للقيادة. وقال سموه: «إن هذا التكليف مبعث فخر لنا».\n"
              "وأثنى على ما يوليه سمو ولي العهد الأمير محمد بن نايف من اهتمام بالهيئة، معربا عن تطلعه أن تسهم الهيئة "
              "في التنمية.", {"سعود بن عبدالله بن ثنيان": SAUD, "محمد بن نايف": MBN})
    assert who(quote_with(art, "تسهم الهيئة")) == "Saud bin Abdullah bin Thunayan"


@pytest.mark.parametrize("verb", ["وتتوقع", "ويتوقع"])
def test_a_present_verb_inside_past_reported_words_stays_in(run: Run, verb: str) -> None:
    art = run(f"وقال العميد عبد الله الصبيحي إن قواته باتت على مشارف المدينة {verb} أن تدخلها قريبا.",
              {"عبد الله الصبيحي": SUBAIHI})
    q = quote_with(art, "قواته باتت")
    assert q.span.text.endswith("تدخلها قريبا") and who(q) == "Abdullah al-Subaihi"


def test_a_past_verb_joined_still_opens_new_words(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المحادثات مستمرة وأضاف أن الاتفاق قريب.", {"أحمد فتحي": AHMED})
    assert quote_with(art, "المحادثات مستمرة").span.text.endswith("مستمرة")


def test_a_nameless_body_points_back_to_the_named_one(run: Run) -> None:
    art = run("أكدت وزارة العمل أن الطلبات لم تعلق. وأوضح أحمد فتحي أن الوزارة تتابع المكاتب.\n"
              "وأشارت الوزارة إلى التزام أكثر من مئة مكتب بالمدد الجديدة.",
              {"وزارة العمل": LABOUR, "الوزارة": LABOUR_BARE, "أحمد فتحي": AHMED})
    assert who(quote_with(art, "التزام أكثر")) == "Ministry of Labour"


@pytest.mark.parametrize("noun", ["تصريحات", "كلمة"])
def test_the_owner_of_statements_speaks_in_them(run: Run, noun: str) -> None:
    art = run(f"ويعتمد الفيلم على {noun} سجلتها الكاميرا للعداءة الروسية أناستازيا بازديريفا، وتقول فيها "
              '"أصبح لدي عضلات صلبة لكني أستطيع الجري".', {"أناستازيا بازديريفا": BAZDYREVA})
    assert who(quote_with(art, "عضلات صلبة")) == "Anastasiya Bazdyreva"
