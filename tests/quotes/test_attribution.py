"""Attribution rules: where reported words stop, who said them, who relayed them, and their status."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article
from marsad.entities.registry import registry

from .conftest import AHMED, REUTERS, USA, quote_with, who

Run = Callable[..., Article]
NAMES = {"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS, "رويترز": REUTERS, "الولايات المتحدة": USA}
SPA = ("ORG", "SAUMED", "Saudi Press Agency")




@pytest.mark.parametrize("link", ["، وأضاف أن", "، مضيفاً أن", " وأضاف أن", "، وأشار إلى أن"])
def test_a_second_verb_of_the_same_speaker_ends_the_first_words(run: Run, link: str) -> None:
    art = run(f"قال أحمد فتحي إن المحادثات مستمرة منذ أسبوع{link} الاتفاق بات قريباً.", NAMES)
    first, second = quote_with(art, "المحادثات مستمرة"), quote_with(art, "الاتفاق بات قريباً")
    assert first is not second
    assert first.span.text == "المحادثات مستمرة منذ أسبوع"
    assert who(second) == "Ahmed Fathi"


def test_a_verb_inside_the_words_stays_inside(run: Run) -> None:
    art = run("قال أحمد فتحي إن الذين يعتقدون أن الحرب قريبة مخطئون.", NAMES)
    assert [q.span.text for q in art.quotes] == ["الذين يعتقدون أن الحرب قريبة مخطئون"]


@pytest.mark.parametrize(
    "sentences,speaker",
    [
        ("قال أحمد فتحي إن المحادثات مستمرة. وأضاف أن الاتفاق بات قريباً.", "Ahmed Fathi"),
        ("قال أحمد فتحي إن المحادثات مستمرة. من جهته أوضح أن الاتفاق بات قريباً.", "Ahmed Fathi"),
        ("قال أحمد فتحي إن المحادثات مستمرة.\nوأكد أن الاتفاق بات قريباً.", "Ahmed Fathi"),
        ("قالت الولايات المتحدة إن المحادثات مستمرة. وأضافت أن الاتفاق بات قريباً.", "United States"),
    ],
)
def test_dropped_subjects_across_sentences(run: Run, sentences: str, speaker: str) -> None:
    assert who(quote_with(run(sentences, NAMES), "الاتفاق بات قريباً")) == speaker


@pytest.mark.parametrize(
    "sentence,content",
    [
        ("هدد أحمد فتحي بأن الحكومة سترد بقوة على أي هجوم.", "الحكومة سترد بقوة على أي هجوم"),
        ("وطالب أحمد فتحي بأن تفرج السلطات عن المعتقلين فوراً.", "تفرج السلطات عن المعتقلين فوراً"),
        ("وعبّر أحمد فتحي عن اعتقاده بأن المحادثات الجارية ستنجح.", "المحادثات الجارية ستنجح"),
        ("وبيّن أحمد فتحي أن المحادثات الجارية ستنجح.", "المحادثات الجارية ستنجح"),
        ("وأضاف أحمد فتحي، في مؤتمر صحفي، أنه: تم الاتفاق على الجدول.", "تم الاتفاق على الجدول"),
    ],
)
def test_more_verbs_open_reported_words(run: Run, sentence: str, content: str) -> None:
    q = quote_with(run(sentence, NAMES), content.split()[0])
    assert (q.span.text, q.kind, who(q)) == (content, "indirect", "Ahmed Fathi")


@pytest.mark.parametrize(
    "sentence",
    [
        "وصل الوفد إلى المدينة عبر الطريق الساحلي قادماً من الشمال عن طريق البر.",
        "وزار أحمد فتحي المرضى داعياً الله أن يمن عليهم بالشفاء العاجل.",
        "وطالب أحمد فتحي بتحسين الخدمات في المدينة منذ سنوات قبل أن يغادر.",
        "وأعرب أحمد فتحي عن أصدق التهاني وأطيب التمنيات للشعب.",  # a feeling expressed, not words reported
    ],
)
def test_no_reported_words(run: Run, sentence: str) -> None:
    assert run(sentence, NAMES).quotes == []


@pytest.mark.parametrize(
    "sentence,content",
    [
        ("ووفقاً لوكالة رويترز فقد اندلعت اشتباكات عنيفة في المدينة.", "اندلعت اشتباكات عنيفة في المدينة"),
        ("وبحسب وكالة رويترز، فإن اشتباكات عنيفة اندلعت في المدينة.", "اشتباكات عنيفة اندلعت في المدينة"),
        # a credit closing the sentence gives no quote since round 23 (stage.CREDITS_CLOSING_FACTS,
        # tests/test_quotes_round23.py)
    ],
)
def test_a_sentence_credited_to_a_source_is_its_words(run: Run, sentence: str, content: str) -> None:
    q = quote_with(run(sentence, NAMES), "اشتباكات")
    assert (q.span.text, q.kind, who(q), q.via) == (content, "indirect", "Reuters", None)


def test_a_relay_phrase_before_a_speech_verb_stays_a_relay(run: Run) -> None:
    art = run("وبحسب وكالة رويترز، قال أحمد فتحي إن المحادثات مستمرة.", NAMES)
    assert [(who(q), q.via) for q in art.quotes] == [("Ahmed Fathi", "Reuters")]


def test_a_speaker_goes_on_speaking_to_the_same_outlet(run: Run) -> None:
    art = run("وقال أحمد فتحي لوكالة رويترز إن المحادثات مستمرة.\nوأضاف أن الاتفاق بات قريباً.\n"
              "وقالت الولايات المتحدة إنها ترحب بالاتفاق.", NAMES)
    assert quote_with(art, "الاتفاق بات قريباً").via == "Reuters"
    assert quote_with(art, "ترحب بالاتفاق").via is None  # someone else, who did not speak to the agency


def test_a_wire_dateline_relays_every_quote(run: Run) -> None:
    art = run("الرياض - واس: قال أحمد فتحي إن المحادثات مستمرة.", {**NAMES, "واس": SPA})
    q = quote_with(art, "المحادثات مستمرة")
    assert (who(q), q.via, q.relays) == ("Ahmed Fathi", "Saudi Press Agency", ["Saudi Press Agency"])


@pytest.mark.parametrize(
    "sentence,status",
    [
        ("وقال أحمد فتحي لوكالة رويترز إن المحادثات مستمرة.", "asserted"),  # the agency is the relay
        ("وذكرت التحقيقات أن المتهم أدار خلية إرهابية منذ سنوات.", "alleged"),  # the prosecution's case
        ("وزعم أحمد فتحي أن الحكومة تخفي الأرقام الحقيقية.", "alleged"),
        ("ونفى أحمد فتحي أن تكون الحكومة قد وافقت على الاتفاق.", "denied"),
        ("وقال أحمد فتحي إن الحكومة لم توافق على الاتفاق.", "asserted"),  # a negated statement is still his
    ],
)
def test_quote_status_is_the_speakers_stance(run: Run, sentence: str, status: str) -> None:
    assert run(sentence, NAMES).quotes[0].status == status


def test_negation_is_marked_on_the_claim_not_the_status(run: Run) -> None:
    art = run("وقال أحمد فتحي إن الحكومة لم توافق على الاتفاق.", NAMES)
    claim = next(c for c in art.claims if c.kind == "content")
    assert (claim.negated, art.quotes[0].status) == (True, "asserted")


def test_quoted_words_inside_reported_words_are_a_fragment(run: Run) -> None:
    art = run('وحذرت الولايات المتحدة من أن المؤتمر قد يكون "هدفاً سهلاً للمخربين".', NAMES)
    assert quote_with(art, "هدفاً سهلاً").kind == "fragment"
    assert quote_with(art, "المؤتمر قد يكون").kind == "indirect"


def test_reported_words_that_are_only_a_quotation(run: Run) -> None:
    art = run("وقالت الولايات المتحدة إنه في «مخبأ تحت الأرض في الجبال».", NAMES)
    assert [(q.span.text, q.kind) for q in art.quotes] == [("مخبأ تحت الأرض في الجبال", "direct")]


def test_a_person_after_a_relational_title_is_not_the_speaker(run: Run) -> None:
    art = run("وقال نائب أحمد فتحي إن المحادثات مستمرة.", NAMES)
    assert who(quote_with(art, "المحادثات مستمرة")) != "Ahmed Fathi"


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        ("قال تعالى «وتعاونوا على البر والتقوى ولا تعاونوا على الإثم والعدوان».", "God"),
        ("وقال رسول الله «المسلم من سلم المسلمون من لسانه ويده».", "Prophet Muhammad"),
    ],
)
def test_scripture_cited(run: Run, sentence: str, speaker: str) -> None:
    assert who(run(sentence, NAMES).quotes[0]) == speaker


def test_a_verse_cited_on_the_way_does_not_take_over(run: Run) -> None:
    art = run("وأضاف أحمد فتحي أن الدين يدعو إلى الرحمة، وقال تعالى (وتعاونوا على البر والتقوى)، "
              "مشيراً إلى أن العنف مرفوض في كل الأحوال.", NAMES)
    assert who(quote_with(art, "العنف مرفوض")) == "Ahmed Fathi"


@pytest.mark.parametrize(
    "title,speaker",
    [
        ("وزير الخارجية أحمد فتحي: المحادثات مستمرة مع الجميع", "Ahmed Fathi"),
        ("الولايات المتحدة تحذر: لن نقبل بأي تصعيد", "United States"),
    ],
)
def test_a_headline_speaker_before_a_colon(run: Run, title: str, speaker: str) -> None:
    art = run(title + "\n\nوقال أحمد فتحي إن الحوار قائم.", NAMES, title_line=True)
    q = quote_with(art, title.split(": ")[1])
    assert (q.kind, who(q)) == ("direct", speaker)


@pytest.mark.parametrize("title", ["البرازيل: فيضانات تجتاح الولايات الجنوبية", "الولايات المتحدة: عاصفة ثلجية تضرب الشرق"])
def test_a_place_before_a_headline_colon_is_a_tag(run: Run, title: str) -> None:
    art = run(title + "\n\nاندلعت مواجهات في المنطقة أمس.", {**NAMES, "البرازيل": ("GPE", "BRA", "Brazil")},
              title_line=True)
    assert art.quotes == []


def test_a_bare_title_in_a_headline_is_the_person_the_body_names(run: Run) -> None:
    art = run("وزير الخارجية: المحادثات مستمرة مع الجميع\n\nوقال وزير الخارجية أحمد فتحي إن الحوار قائم.", NAMES,
              title_line=True)
    assert who(quote_with(art, "المحادثات مستمرة")) == "Ahmed Fathi"


@pytest.mark.parametrize(
    "sentences,speaker",
    [
        ("أعلنت أبل خطة جديدة مع إطلاق سامسونج هاتفها. وأوضحت الشركة أن الخطة تبدأ غداً.", "Apple"),
        ("كشفت وثائق نشرتها وكالة رويترز أن الخطة تبدأ غداً.", "Reuters"),
        ("وأفاد بيان صادر عن وكالة رويترز بأن الخطة تبدأ غداً.", "Reuters"),
        ("وقالت الولايات المتحدة في بيان إن الخطة جاهزة. وأضاف البيان أن الخطة تبدأ غداً.", "United States"),
    ],
)
def test_bodies_and_statements_refer_to_who_issued_them(run: Run, sentences: str, speaker: str) -> None:
    names = {**NAMES, "أبل": ("ORG", "USABUS", "Apple"), "سامسونج": ("ORG", "KORBUS", "Samsung")}
    assert who(quote_with(run(sentences, names), "الخطة تبدأ غداً")) == speaker


def test_a_paper_named_before_is_the_paper(run: Run) -> None:
    art = run("وقال أحمد فتحي في كلمة نقلتها صحيفة “التايمز” إن المحادثات مستمرة. "
              "وأشارت الصحيفة إلى أن الاتفاق بات قريباً.", {**NAMES, "التايمز": ("ORG", "GBRMED", "The Times")})
    assert who(quote_with(art, "الاتفاق بات قريباً")) == "The Times"


@pytest.mark.parametrize(
    "sentences",
    [
        "قالت الولايات المتحدة إن المحادثات مستمرة. ودعت المسؤولين إلى أن يلتزموا بالهدنة المعلنة.",
        "قالت الولايات المتحدة إن المحادثات مستمرة. وتؤكد جليا أن الهدنة صامدة في المدينة.",
    ],
)
def test_an_object_or_an_adverb_after_the_verb_is_not_its_subject(run: Run, sentences: str) -> None:
    last = run(sentences, NAMES).quotes[-1]
    assert who(last) == "United States", last.speaker


def test_a_name_in_marks_after_the_verb_is_the_speaker(run: Run) -> None:
    art = run('وقال "أحمد فتحي"، وهو أحد أقدم الباعة في السوق: "المبيعات تتجاوز توقعاتنا هذا العام".', NAMES)
    assert who(quote_with(art, "المبيعات تتجاوز")) == "Ahmed Fathi"


def test_a_common_noun_then_a_name_in_marks(run: Run) -> None:
    art = run('وقال البائع "أحمد فتحي": إنه جلب بضائعه من مدينته منذ أسبوعين.', NAMES)
    assert who(quote_with(art, "جلب بضائعه")) == "Ahmed Fathi"


def test_where_and_when_before_the_colon(run: Run) -> None:
    art = run("وقال أحمد فتحي في المؤتمر الصحفي مساء أمس: نتطلع إلى الفوز في المباراة المقبلة.", NAMES)
    q = quote_with(art, "نتطلع إلى الفوز")
    assert (q.kind, who(q)) == ("direct", "Ahmed Fathi")


def test_a_sentence_after_a_wire_dateline_has_its_subject(run: Run) -> None:
    art = run("الرياض 12 رجب 1438 هـ الموافق 9 أبريل 2017 م واس\nدان أحمد فتحي الاعتداء على القرية.\n"
              "وقال إن الهجوم عمل جبان لن يمر دون عقاب.", {**NAMES, "واس": SPA})
    assert who(quote_with(art, "الهجوم عمل جبان")) == "Ahmed Fathi"


def test_a_participle_with_a_noun_object_stays_in_the_words(run: Run) -> None:
    art = run("وقال أحمد فتحي إن الهجوم عمل جبان، مؤكداً وقوف بلاده مع جيرانها.", NAMES)
    assert [q.span.text for q in art.quotes] == ["الهجوم عمل جبان، مؤكداً وقوف بلاده مع جيرانها"]


@pytest.mark.parametrize(
    "sentence,via",
    [
        ('وبحسب "الألمانية"، قال أحمد فتحي إن المحادثات مستمرة.', "الألمانية"),
        ("قال أحمد فتحي: «المحادثات مستمرة مع كل الأطراف»، جاء ذلك خلال زيارته كما نقلته وكالة رويترز.",
         "Reuters"),
    ],
)
def test_more_relay_phrases(run: Run, sentence: str, via: str) -> None:
    q = quote_with(run(sentence, NAMES), "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", via)


def test_a_quotation_after_a_colon_is_direct_whatever_follows(run: Run) -> None:
    art = run("قال أحمد فتحي: «المحادثات مستمرة مع كل الأطراف»، جاء ذلك خلال زيارته للعاصمة.", NAMES)
    assert quote_with(art, "المحادثات مستمرة").kind == "direct"


@pytest.mark.parametrize(
    "sentence,content",
    [
        ("أكد أحمد فتحي دعمه الكامل لمشروعات الطاقة في المنطقة.", "دعمه الكامل لمشروعات الطاقة في المنطقة"),
        ("وحذرت الولايات المتحدة الأحد من تدهور الأوضاع الأمنية في المنطقة.", "تدهور الأوضاع الأمنية في المنطقة"),
        ("وأفاد أحمد فتحي بوصول قافلة مساعدات إلى المدينة المحاصرة.", "بوصول قافلة مساعدات إلى المدينة المحاصرة"),
    ],
)
def test_a_verbal_noun_after_the_subject_is_what_was_said(run: Run, sentence: str, content: str) -> None:
    q = quote_with(run(sentence, NAMES), content.split()[1])
    assert (q.span.text, q.kind) == (content, "indirect")


@pytest.mark.parametrize(
    "sentence",
    [
        "أعلن أحمد فتحي افتتاح مئة مدرسة جديدة في المدينة.",  # announcing an act
        "وتعتبر الولايات المتحدة أحد أكبر المانحين في العالم.",  # an imperfect in the article's voice
        "وأكد أحمد فتحي أمس في المدينة.",  # no noun after the subject
    ],
)
def test_no_verbal_noun_reported(run: Run, sentence: str) -> None:
    assert run(sentence, NAMES).quotes == []


def test_an_indefinite_word_after_a_definite_subject_starts_the_object(run: Run) -> None:
    art = run("أعلنت وزارة التجارة خطة جديدة. وأوضحت الوزارة اشتمال الخطة على مئة مشروع جديد.",
              {**NAMES, "وزارة التجارة": ("ORG", "SAUGOV", "Ministry of Commerce")})
    q = quote_with(art, "اشتمال الخطة")
    assert (q.span.text, who(q)) == ("اشتمال الخطة على مئة مشروع جديد", "Ministry of Commerce")


@pytest.mark.parametrize(
    "sentence,speaks",
    [
        ('وزاد أحمد فتحي: "نعمل مع كل الأطراف من أجل حل عادل".', True),
        ("وزاد عدد الزوار في المدينة إلى ألف زائر هذا العام.", False),
    ],
)
def test_zada_adds_words_only_before_them(run: Run, sentence: str, speaks: bool) -> None:
    assert bool(run(sentence, NAMES).quotes) == speaks


def test_a_quoted_charge_is_alleged(run: Run) -> None:
    art = run('وأحيل المتهمون إلى المحكمة لاتهامهم بـ"تأسيس جماعة سرية تخطط لأعمال تخريب في البلاد".', NAMES)
    q = quote_with(art, "تأسيس جماعة")
    assert (q.kind, q.speaker, q.status) == ("fragment", None, "alleged")


def test_a_stop_without_a_space_still_ends_the_sentence(run: Run) -> None:
    art = run("وقال أحمد فتحي في تصريح صحفي ” إننا سنبدأ تشغيل الخط الجديد للقطارات قريبا ” .وأشاد بالجميع.",
              NAMES)
    assert quote_with(art, "سنبدأ تشغيل").kind == "direct"


def test_a_saying_is_nobodys_quote(run: Run) -> None:
    assert run('ويقول المثل الشعبي "من جد وجد ومن زرع حصد ومن سار على الدرب وصل" في وصف الحال.', NAMES).quotes == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وبين القاهرة والإسكندرية تقع قرى صغيرة يعيش فيها الناس حياة هادئة.",  # between, not the verb
        "وتلعب الفرق في البطولة المحلية منذ سنوات وفقاً لقواعد ميلان.",  # by, not according to a source
        "ووفقاً للجمعية الوطنية الاستشارية لأمراض القلب والشرايين الأمراض تنتشر بين الشباب.",  # no comma or فإن
    ],
)
def test_no_source_and_no_verb(run: Run, sentence: str) -> None:
    assert run(sentence, {**NAMES, "ميلان": ("ORG", "ITABUS", "AC Milan")}).quotes == []


RIYADH = ("GPE", "SAU", "Riyadh")
WASHINGTON = ("GPE", "USA", "Washington")
CITY = ("GPE", "SAU", "Mecca")


@pytest.mark.parametrize(
    "line,via",
    [
        # filed at home, the agency carries the story too (round 15: `stage.HOME_AGENCY`, test_round15.py)
        ("الرياض 3 صفر 1439 هـ الموافق 23 أكتوبر 2017 م واس\n", "Saudi Press Agency"),
        ("واس- الرياض: ", "Saudi Press Agency"),
        ("واشنطن 7 محرم 1439 هـ الموافق 27 سبتمبر 2017 م واس\n", "Saudi Press Agency"),  # from abroad: it relays
        ("واس- واشنطن: ", "Saudi Press Agency"),
    ],
)
def test_a_wire_dateline_relays(run: Run, line: str, via: str | None) -> None:
    names = {**NAMES, "واس": SPA, "الرياض": RIYADH, "واشنطن": WASHINGTON}
    art = run(f"{line}قال أحمد فتحي إن المحادثات مستمرة.", names)
    q = quote_with(art, "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", via)


@pytest.mark.parametrize("noun", ["صحيفة", "جريدة"])
@pytest.mark.parametrize("marks", ["“مكة”", "«مكة»", '"مكة"'])
def test_a_paper_named_after_a_city_relays_as_the_paper(run: Run, noun: str, marks: str) -> None:
    art = run(f"ونقلت {noun} {marks}، عن أحمد فتحي أن المحادثات مستمرة.", {**NAMES, "مكة": CITY})
    q = quote_with(art, "المحادثات مستمرة")
    # round 11c: the registry's paper of that name when it knows one, else the words; never the city
    papers = [a.canonical for a in registry().find(f"{noun} مكة") if a.canonical and (a.code or "").endswith("MED")]
    assert (who(q), q.via) == ("Ahmed Fathi", papers[0] if papers else "مكة")


@pytest.mark.parametrize("outlet", ["لـ  المدينة", "لـ«المدينة»", "لـ الوطن اليوم"])
def test_a_headline_names_the_outlet_the_speaker_told(run: Run, outlet: str) -> None:
    art = run(f"أحمد فتحي {outlet}: المحادثات مستمرة مع الجميع\n\nوقال أحمد فتحي إن الحوار قائم.", NAMES,
              title_line=True)
    q = quote_with(art, "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", outlet.removeprefix("لـ").strip(" «»"))


def test_a_headline_without_an_outlet_has_no_relay(run: Run) -> None:
    art = run("أحمد فتحي: المحادثات مستمرة مع الجميع\n\nوقال أحمد فتحي إن الحوار قائم.", NAMES, title_line=True)
    assert quote_with(art, "المحادثات مستمرة").via is None


def test_a_reporters_byline_is_no_relay(run: Run) -> None:
    names = {**NAMES, "سبق": ("ORG", "SAUMED", "Sabq"), "خالد العمري": ("PER", "SAUMED", "Khalid Al-Omari")}
    art = run("خالد العمري- سبق: قال أحمد فتحي إن المحادثات مستمرة.", names)
    assert quote_with(art, "المحادثات مستمرة").via is None


def test_a_verb_after_reported_words_keeps_their_speaker_over_a_person_in_them(run: Run) -> None:
    names = {**NAMES, "منى علي": ("PER", "EGY", "Mona Ali"), "خالد سالم": ("PER", "EGY", "Khalid Salem")}
    art = run('وأضافت منى علي أن الأغنيتين من تأليف الفنان خالد سالم، وقالت: "أتوقع الانتهاء من التصوير قريباً".',
              names)
    assert who(quote_with(art, "أتوقع الانتهاء")) == "Mona Ali"


def test_a_verb_inside_reported_words_takes_their_subject(run: Run) -> None:
    names = {**NAMES, "خالد سالم": ("PER", "EGY", "Khalid Salem")}
    art = run("وذكر أحمد فتحي أن الرئيس خالد سالم وصل إلى القاهرة وقال إن الزيارة ناجحة.", names)
    assert who(quote_with(art, "الزيارة ناجحة")) == "Khalid Salem"


@pytest.mark.parametrize("rank", ["النائب", "الدكتور", ""])
def test_a_name_between_commas_after_a_body_title_speaks(run: Run, rank: str) -> None:
    body = {**NAMES, "مجلس النواب": ("ORG", "LBYLEG", "House of Representatives")}
    art = run(f"وأوضح مقرر مجلس النواب، {rank} صالح قلمة، في تصريح، أنه تم التصويت على الحكومة.".replace("  ", " "), body)
    q = quote_with(art, "تم التصويت")
    assert q.speaker is not None and q.speaker.text == "صالح قلمة"


def test_two_verbs_reaching_the_same_words_give_one_quote(run: Run) -> None:
    art = run("وتحدث أحمد فتحي عن نقاط الضعف مبدياً أمله بأن يتغير الوضع وتكون الظروف المقبلة أفضل.", NAMES)
    hits = [q for q in art.quotes if "يتغير الوضع" in q.span.text]
    assert len(hits) == 1 and len({(q.span.start, q.span.end) for q in art.quotes}) == len(art.quotes)


@pytest.mark.parametrize("that", ["إنها", "إن", "أن"])
def test_an_unnamed_source_after_naql_an_stops_at_the_complementiser(run: Run, that: str) -> None:
    art = run(f"وقالت وكالة رويترز نقلاً عن مصدر لم تسمه {that} المحادثات مستمرة.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert q.speaker is not None and q.speaker.text == "مصدر لم تسمه"
    assert q.via == "Reuters"


@pytest.mark.parametrize("title,speaker", [("الرئيس الروسي", "Vladimir Putin"), ("وزير الخارجية المصري", "Sameh Shoukry")])
def test_a_headline_title_speaks_as_its_holder(run: Run, title: str, speaker: str) -> None:
    art = run(f"{title}: لن ندخر جهداً لحماية المواطنين\n\nاندلعت مواجهات في المنطقة أمس.", NAMES, title_line=True)
    q = quote_with(art, "لن ندخر جهداً")
    assert (q.kind, who(q)) == ("direct", speaker)


@pytest.mark.parametrize("head", ["مدير جامعة الملك", "مدير جامعتي الملك", "مدير مستشفى الأمير", "رئيس جمعية"])
def test_a_person_who_names_an_institution_is_not_its_head(run: Run, head: str) -> None:
    names = {**NAMES, "خالد سالم": ("PER", "SAU", "Khalid Salem")}
    art = run(f"وأوضح {head} خالد سالم أن المستشفى سيفتتح قريباً.", names)
    assert who(quote_with(art, "المستشفى سيفتتح")) != "Khalid Salem"


def test_a_titled_person_still_speaks(run: Run) -> None:
    names = {**NAMES, "خالد سالم": ("PER", "SAU", "Khalid Salem")}
    art = run("وأوضح مدير الجامعة الدكتور خالد سالم أن المستشفى سيفتتح قريباً.", names)
    assert who(quote_with(art, "المستشفى سيفتتح")) == "Khalid Salem"


@pytest.mark.parametrize("prep", ["إلى", "في", "بعد"])
def test_a_verbal_noun_after_a_preposition_has_no_subject(run: Run, prep: str) -> None:
    names = {**NAMES, "جمعية الأورمان": ("ORG", "EGYNGO", "Al-Orman"), "منى علي": ("PER", "EGY", "Mona Ali")}
    art = run("وقالت منى علي إن الحملة ناجحة.\n"
              f"وكانت جمعية الأورمان سارعت {prep} نفي الأنباء التي تناقلتها الصحف، مؤكدة أنهم يقومون بذلك متطوعين.",
              names)
    assert who(quote_with(art, "يقومون بذلك")) == "Al-Orman"


def test_an_outlet_told_is_the_relay_not_the_speaker(run: Run) -> None:
    q = quote_with(run("وأبلغ أحمد فتحي رويترز في الرياض اليوم أن المحادثات مستمرة.", NAMES), "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", "Reuters")


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال شاهد من رويترز في المطار إن الطائرة وصلت صباحا.",
        'وأكدت مصادر "رويترز" أن الطائرة وصلت صباحا.',
        "وقال مصدر لوكالة رويترز إن الطائرة وصلت صباحا.",
    ],
)
def test_an_unnamed_source_of_an_outlet_is_relayed_by_it(run: Run, sentence: str) -> None:
    q = quote_with(run(sentence, NAMES), "الطائرة وصلت")
    assert (q.speaker is not None and q.speaker.canonical is None, q.via) == (True, "Reuters")


def test_the_sources_again_are_the_same_outlets_sources(run: Run) -> None:
    art = run('وأكدت مصادر "رويترز" أن الطائرة وصلت صباحا. على صعيد آخر، أكدت المصادر أن الرحلة تأجلت.', NAMES)
    assert quote_with(art, "الرحلة تأجلت").via == "Reuters"


def test_a_cited_source_goes_on_speaking_through_the_outlet(run: Run) -> None:
    art = run('ونقلت وكالة رويترز عن أحمد فتحي قوله إن المحادثات مستمرة. ووصف الاتفاق بأنه "خطوة أولى مهمة جدا".',
              NAMES)
    q = quote_with(art, "خطوة أولى")
    assert (who(q), q.via) == ("Ahmed Fathi", "Reuters")


def test_a_speaker_who_describes_something_is_not_the_thing_described(run: Run) -> None:
    art = run('قال أحمد فتحي إن المحادثات مستمرة. ووصف الاتفاق بأنه "خطوة أولى مهمة جدا".', NAMES)
    assert who(quote_with(art, "خطوة أولى")) == "Ahmed Fathi"


@pytest.mark.parametrize("verb", ["قالوا", "يقولون"])
def test_unnamed_sources_before_the_verb_speak(run: Run, verb: str) -> None:
    art = run(f"وهددت الولايات المتحدة بالرد. لكن مسؤولين أمريكيين {verb} إن المحادثات مستمرة.", NAMES)
    q = quote_with(art, "المحادثات مستمرة")
    assert q.speaker is not None and (q.speaker.text, q.speaker.canonical) == ("مسؤولين أمريكيين", None)


def test_the_statement_a_speaker_issued_earlier_in_the_sentence_is_theirs(run: Run) -> None:
    art = run("وأشارت الولايات المتحدة في بيان إلى أن المحادثات مستمرة، وذكر البيان الذي نشرته وكالات الأنباء "
              "الروسية أن الاتفاق قريب.", NAMES)
    q = quote_with(art, "الاتفاق قريب")
    assert (who(q), q.via) == ("United States", "وكالات الأنباء الروسية")


def test_a_name_that_reads_as_a_complementiser_stays_a_name(run: Run) -> None:
    art = run("وقال الأمين العام بان كي مون أمس إن الدول الأعضاء صنعت تاريخا.",
              {"بان كي مون": ("PER", "IGOUNO", "Ban Ki-moon"), "الأمم المتحدة": ("ORG", "IGOUNO", "United Nations")})
    q = quote_with(art, "صنعت تاريخا")
    assert (who(q), q.span.text) == ("Ban Ki-moon", "الدول الأعضاء صنعت تاريخا")


def test_an_unknown_name_stops_before_a_title_in_apposition(run: Run) -> None:
    art = run('وقال ديون نيل القائم بأعمال المدير التنفيذي للصندوق "إن العالم خطى خطوة كبيرة إلى الأمام".', NAMES)
    q = quote_with(art, "خطوة كبيرة")
    assert q.speaker is not None and q.speaker.text == "ديون نيل"


def test_reported_words_stop_where_a_named_speaker_opens_a_clause(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المحادثات مستمرة مع كل الأطراف، لكن الولايات المتحدة قالت: إن الاتفاق بعيد.",
              NAMES)
    assert quote_with(art, "المحادثات مستمرة").span.text == "المحادثات مستمرة مع كل الأطراف"
    assert who(quote_with(art, "الاتفاق بعيد")) == "United States"


def test_something_that_caught_the_eye_is_no_speaker(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المزرعة قديمة. وأشار إلى أن القطع تحتوي على نقوش، وقد لفت انتباهه قطع أثرية قديمة.",
              NAMES)
    assert all(q.speaker is None or "قطع" not in q.speaker.text for q in art.quotes)


def test_direct_words_after_an_outlet_addressed_in_marks(run: Run) -> None:
    art = run('وقال أحمد فتحي أحد المهتمين بالآثار لـ"رويترز": أثناء مروري في المزرعة وجدت قطعا أثرية قديمة.',
              NAMES)
    q = quote_with(art, "أثناء مروري")
    assert (q.kind, who(q), q.via) == ("direct", "Ahmed Fathi", "Reuters")


def test_a_definite_subject_after_inna_before_a_present_verb_speaks(run: Run) -> None:
    art = run("وليس هناك أي ارتباط بين الأمرين، بل إن الجهة القائمة على البحث تؤكد أن المواقع غير موجودة.", NAMES)
    q = quote_with(art, "المواقع غير موجودة")
    assert q.speaker is not None and q.speaker.text == "الجهة القائمة على البحث"


def test_a_military_unit_after_a_rank_word_is_no_name(run: Run) -> None:
    art = run("قال المتحدث باسم اللواء الثالث مشاة التابع للجيش الليبي أحمد فتحي، إن المظاهرات ستواجه وفق "
              "القانون.", {**NAMES, "الجيش الليبي": ("ORG", "LBYMIL", "Libyan Army")})
    assert who(quote_with(art, "المظاهرات ستواجه")) == "Ahmed Fathi"


def test_stress_after_an_adverbial_aside(run: Run) -> None:
    art = run("وقال أحمد فتحي إن الحجاج بخير. وشدد -خلال جولته التفقدية أمس- على ضرورة جاهزية جميع المشاريع.", NAMES)
    assert quote_with(art, "جاهزية جميع المشاريع").span.text == "ضرورة جاهزية جميع المشاريع"
