"""Round 5 rules: bodies and titles named before, dropped subjects, reported nouns, unmarked speech that
stops at a new attribution, and the status of words credited to someone else. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article

from .conftest import AHMED, MOFA, REUTERS, quote_with, who

Run = Callable[..., Article]
KHALID = ("PER", "EGYGOV", "Khalid Salem")
CLUB = ("ORG", "EGYBUS", "Al-Shorouk Club")
COMMITTEE = ("ORG", "IGOUNO", "Fact-Finding Committee")


@pytest.mark.parametrize(
    "body,names,words,speaker",
    [
        # a definite noun with a nisba adjective points back to the body whose name it heads
        ("انتقد نادي الشروق مدربه السابق بشدة. وقال النادي المصري في بيان إن المدرب فضل مصلحته الخاصة.",
         {"نادي الشروق": CLUB}, "فضل مصلحته", "Al-Shorouk Club"),
        # a noun that starts with ل ("لجنة") is no preposition and the article
        ("اختتمت لجنة تقصي الحقائق زيارتها للمنطقة أمس. وأضافت اللجنة في بيانها أنها جمعت شهادات كثيرة.",
         {"لجنة تقصي الحقائق": COMMITTEE}, "جمعت شهادات", "Fact-Finding Committee"),
    ],
)
def test_a_definite_body_noun_points_back_to_the_body_it_heads(run: Run, body: str, names: dict[str, tuple[str, ...]],
                                                               words: str, speaker: str) -> None:
    assert who(quote_with(run(body, names), words)) == speaker


@pytest.mark.parametrize(
    "body,speaker",
    [
        # after a comma, a person's own words go on in his name
        ("وقال أحمد فتحي لوكالة رويترز إن خالد سالم عاش في هذا البيت عشر سنوات، وأضاف أن البيت يحتاج إلى ترميم.",
         "Ahmed Fathi"),
        # a spokesman reports another's words: the reported clause's subject speaks on
        ("وقال المتحدث باسم الوزارة أحمد فتحي إن الوزير خالد سالم وصل إلى القاهرة، وقال إن الزيارة ناجحة.",
         "Khalid Salem"),
    ],
)
def test_a_dropped_subject_after_reported_words(run: Run, body: str, speaker: str) -> None:
    art = run(body, {"أحمد فتحي": AHMED, "خالد سالم": KHALID, "وكالة رويترز": REUTERS})
    q = art.quotes[-1]
    assert who(q) == speaker
    if speaker == "Ahmed Fathi":
        assert q.via == "Reuters"  # the outlet he spoke to carries his later words too


@pytest.mark.parametrize(
    "body,words",
    [
        ("أشار المتحدث الرسمي للوزارة المستشار أحمد فتحي في تصريح صحفي إلى الخطوات التي تتخذها الحكومة لدعم "
         "المزارعين في المنطقة.", "الخطوات التي تتخذها الحكومة"),
        ("وأشارت الوزارة إلى انخفاض أسعار الخضار في الأسواق هذا الشهر.", "انخفاض أسعار الخضار"),
    ],
)
def test_pointing_to_a_verbal_noun_reports_words(run: Run, body: str, words: str) -> None:
    art = run(body, {"أحمد فتحي": AHMED, "الوزارة": MOFA})
    assert quote_with(art, words).kind == "indirect"


def test_a_feeling_pointed_to_is_no_report(run: Run) -> None:
    art = run("وأشار أحمد فتحي إلى سعادته بالتعاون مع الفريق الجديد في الموسم.", {"أحمد فتحي": AHMED})
    assert art.quotes == []


def test_an_unnamed_source_stops_before_its_object(run: Run) -> None:
    art = run("أكد مسؤولون محليون إعادة تشغيل الميناء بعد توقفه شهرين، حيث كانت العاصفة قد أغلقته طوال الفترة.")
    q = quote_with(art, "إعادة تشغيل الميناء")
    assert q.speaker is not None and q.speaker.text == "مسؤولون محليون"
    assert q.span.text.startswith("إعادة تشغيل الميناء")


@pytest.mark.parametrize("aside", ["، حيث كانت الفرق هناك،", "، بمشاركة جميع الفرق،"])
def test_a_clause_or_a_phrase_between_commas_is_no_name(run: Run, aside: str) -> None:
    art = run(f"وقال مدير المهرجان{aside} إن الحفل نجح نجاحاً كبيراً.")
    q = quote_with(art, "الحفل نجح")
    assert q.speaker is None or q.speaker.text.split()[0] not in ("حيث", "بمشاركة")


def test_unmarked_speech_stops_at_a_new_attribution(run: Run) -> None:
    art = run("وقال أحمد فتحي في المؤتمر: نحن جاهزون تماماً للمباراة، وعن غياب اللاعب قال المدرب الإسباني: اللاعب مهم "
              "لنا وسيعود قريباً، وبدوره أكد اللاعب خالد سالم أن الفريق جاهز للقاء.",
              {"أحمد فتحي": AHMED, "خالد سالم": KHALID})
    assert quote_with(art, "نحن جاهزون").span.text == "نحن جاهزون تماماً للمباراة"
    assert quote_with(art, "اللاعب مهم").span.text == "اللاعب مهم لنا وسيعود قريباً"
    assert who(quote_with(art, "الفريق جاهز")) == "Khalid Salem"


def test_two_words_before_a_new_attribution_are_a_quote(run: Run) -> None:
    art = run("ونادى أحمد فتحي الجمهور قائلاً: كفى صراخاً!، مضيفاً: المباراة لم تنته بعد يا شباب.", {"أحمد فتحي": AHMED})
    assert quote_with(art, "كفى صراخاً").span.text == "كفى صراخاً"
    assert quote_with(art, "المباراة لم تنته").span.text == "المباراة لم تنته بعد يا شباب"


def test_one_word_in_marks_before_a_colon_names_the_speaker(run: Run) -> None:
    art = run('وقال التاجر اليمني "سالم": "الإقبال جيد هذا العام بفضل الزوار".')
    q = quote_with(art, "الإقبال جيد")
    assert q.speaker is not None and q.speaker.text == "سالم"


def test_a_family_name_after_an_honorific_is_the_person_named_before(run: Run) -> None:
    art = run("وصرح رئيس النادي المهندس أحمد فتحي أن النادي يدعم المواهب.\n"
              "وقدم المهندس فتحي باسم النادي شكره للرعاة على دعمهم، مؤكداً حرص النادي على تطوير الفرق الناشئة.",
              {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "حرص النادي")) == "Ahmed Fathi"


def test_a_title_phrase_is_the_person_named_after_it_before(run: Run) -> None:
    art = run("ووقع الاتفاقية مدير جامعة الشروق المكلف، الدكتور أحمد فتحي، مع الوزارة.\n"
              "وأوضح مدير جامعة الشروق المكلف أن الاتفاقية تخدم الطلاب.", {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "الاتفاقية تخدم")) == "Ahmed Fathi"


def test_a_statement_opening_the_sentence_speaks_for_its_author(run: Run) -> None:
    art = run("وبحسب بيان الوزارة الذي وزعته على الصحفيين، أكدت حرصها على الخطة، وقالت إنها ستنفذها قريباً.",
              {"الوزارة": MOFA})
    q = quote_with(art, "ستنفذها قريباً")
    assert (who(q), q.via) == ("Saudi Ministry of Foreign Affairs", None)


@pytest.mark.parametrize(
    "sentence,status",
    [
        ("وقال مصدر مسؤول إن المحادثات مستمرة.", "reported"),  # an unnamed source
        ("وذكرت وكالة رويترز أن المحادثات مستمرة.", "reported"),  # an outlet's report
        ("وأفاد موقع (الشروق نيوز) أن المحادثات مستمرة.", "reported"),  # an outlet named in brackets after its noun
        ("ونقلت وكالة رويترز عن أحمد فتحي قوله إن المحادثات مستمرة.", "reported"),  # words the outlet passed on
        ("وقال أحمد فتحي لوكالة رويترز إن المحادثات مستمرة.", "asserted"),  # he told the outlet himself
        ("وقال أحمد فتحي إن المحادثات مستمرة.", "asserted"),
    ],
)
def test_words_credited_to_someone_else_are_reported(run: Run, sentence: str, status: str) -> None:
    art = run(sentence, {"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS})
    assert quote_with(art, "المحادثات مستمرة").status == status


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("وتقدر الحكومة أن نصف المزارعين تركوا أراضيهم هذا العام.", "نصف المزارعين"),  # an estimate
        ('وعلمت مصادر "الصحيفة" أن المجلس البلدي سيعقد اجتماعه المقبل في الربيع.', "المجلس البلدي سيعقد"),  # learned
    ],
)
def test_estimating_and_learning_report_words(run: Run, sentence: str, words: str) -> None:
    assert quote_with(run(sentence), words).kind == "indirect"


def test_a_spokesman_passes_on_the_words_of_the_person_he_reports(run: Run) -> None:
    art = run("صرح المتحدث باسم الرئاسة المصرية أحمد فتحي بأن الرئيس خالد سالم استقبل وفداً من رجال الأعمال.\n"
              "وأضاف أحمد فتحي أن الرئيس خالد سالم ناقش مع الوفد فرص الاستثمار، مؤكداً أن الاقتصاد يتعافى بسرعة.",
              {"أحمد فتحي": AHMED, "خالد سالم": KHALID})
    q = quote_with(art, "الاقتصاد يتعافى")
    assert (who(q), q.via, q.status) == ("Khalid Salem", "Ahmed Fathi", "reported")


def test_an_outlet_named_by_the_headline_carries_the_quotes(run: Run) -> None:
    art = run("وكالة رويترز: تراجع أسعار القمح في الأسواق العالمية\n\nوقال أحمد فتحي إن الاتفاق يخدم الجميع.",
              {"وكالة رويترز": REUTERS, "أحمد فتحي": AHMED}, title_line=True)
    assert [q.span.text for q in art.quotes] == ["الاتفاق يخدم الجميع"]  # the headline is the outlet's, no quote
    q = art.quotes[0]
    assert (who(q), q.via, q.status) == ("Ahmed Fathi", "Reuters", "asserted")


def test_unnamed_sources_pass_on_the_words_they_report(run: Run) -> None:
    art = run("لكن مسؤولين أوروبيين قالوا إن خالد سالم أوضح خلال الاجتماع أن الموازنة تحتاج إلى مراجعة شاملة.",
              {"خالد سالم": KHALID})
    q = quote_with(art, "الموازنة تحتاج")
    assert (who(q), q.via, q.status) == ("Khalid Salem", "مسؤولين أوروبيين", "reported")


def test_a_headline_puts_its_subject_before_the_verb(run: Run) -> None:
    art = run("الرئيس المصري يؤكد أن الاستثمار أولوية للحكومة\n\nوصل الوزير إلى العاصمة أمس.", title_line=True,
              published="2015-08-01")
    q = quote_with(art, "الاستثمار أولوية")
    assert q.speaker is not None and q.speaker.text == "الرئيس المصري"  # the registry names the holder


def test_a_long_aside_closed_by_a_comma_before_the_complementiser(run: Run) -> None:
    art = run("وأوضح أحمد فتحي خلال لقائه بوفد من رجال الأعمال القادمين من آسيا الذين يزورون البلاد هذا الأسبوع لبحث "
              "فرص الاستثمار في قطاعات الطاقة المتجددة والزراعة الحديثة وتحلية المياه في المدن الساحلية والموانئ "
              "الجديدة، أن الحكومة ستقدم تسهيلات جديدة للمستثمرين.", {"أحمد فتحي": AHMED})
    q = quote_with(art, "الحكومة ستقدم")
    assert (who(q), q.span.text) == ("Ahmed Fathi", "الحكومة ستقدم تسهيلات جديدة للمستثمرين")


def test_the_prophet_named_before_a_verb_that_carries_its_subject(run: Run) -> None:
    art = run("وقد كان رسول الله رفيقاً بالناس فقد قال لأصحابه «الكلمة الطيبة صدقة يؤجر عليها المرء».")
    assert who(quote_with(art, "الكلمة الطيبة")) == "Prophet Muhammad"


def test_a_group_speaks_through_the_member_it_names(run: Run) -> None:
    art = run("وذكرت صحف عدة من بينها (وكالة رويترز) أن الشركتين اتفقتا على الاندماج قبل نهاية العام.",
              {"وكالة رويترز": REUTERS})
    assert who(quote_with(art, "الشركتين اتفقتا")) == "Reuters"


def test_appreciating_reports_nothing(run: Run) -> None:
    art = run("ويقدر أحمد فتحي الظروف التي يمر بها اللاعب، مؤكداً أن لديه خيارات كثيرة للمباراة.", {"أحمد فتحي": AHMED})
    q = quote_with(art, "لديه خيارات")
    assert (who(q), q.span.text) == ("Ahmed Fathi", "لديه خيارات كثيرة للمباراة")
    assert not any("الظروف التي" in x.span.text for x in art.quotes)
