"""Quotes, speakers and relays on short articles written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article
from marsad.entities.registry import registry
from marsad.report import render

from .conftest import AHMED, CIA, KCNA, KIM, MOFA, NYT, PRK, PUTIN, REUTERS, USA, quote_with, who

Run = Callable[..., Article]




@pytest.mark.parametrize("opening,closing", [('"', '"'), ("«", "»"), ("“", "”"), ("”", "“"), ("'", "'"), ("«", '"')])
def test_direct_quote_in_every_style(run: Run, opening: str, closing: str) -> None:
    art = run(f"وقال أحمد فتحي: {opening}سنواصل العمل مع شركائنا في المنطقة{closing}.", {"أحمد فتحي": AHMED})
    q = quote_with(art, "سنواصل العمل")
    assert q.kind == "direct"
    assert who(q) == "Ahmed Fathi"
    assert q.cue is not None and q.cue.text == "وقال"
    assert art.text[q.span.start:q.span.end] == q.span.text


def test_quote_before_its_verb(run: Run) -> None:
    art = run('"سنواصل العمل مع شركائنا في المنطقة"، قال أحمد فتحي.', {"أحمد فتحي": AHMED})
    q = quote_with(art, "سنواصل العمل")
    assert (q.kind, who(q)) == ("direct", "Ahmed Fathi")


def test_unmarked_direct_speech_after_a_colon(run: Run) -> None:
    art = run("وقال أحمد فتحي: سنواصل العمل مع شركائنا في المنطقة.", {"أحمد فتحي": AHMED})
    assert (quote_with(art, "سنواصل العمل").kind, who(quote_with(art, "سنواصل العمل"))) == ("direct", "Ahmed Fathi")


@pytest.mark.parametrize(
    "sentence,content",
    [
        ("قال أحمد فتحي إن الحكومة ستبني مئة مدرسة.", "الحكومة ستبني مئة مدرسة"),
        ("أكد أحمد فتحي أن الحكومة ستبني مئة مدرسة.", "الحكومة ستبني مئة مدرسة"),
        ("أشار أحمد فتحي إلى أن الحكومة ستبني مئة مدرسة.", "الحكومة ستبني مئة مدرسة"),
        ("أوضح أحمد فتحي في تصريح صحفي أمس أن الحكومة ستبني مئة مدرسة.", "الحكومة ستبني مئة مدرسة"),
        ("اعتبر أحمد فتحي أن الحكومة ستبني مئة مدرسة.", "الحكومة ستبني مئة مدرسة"),
        ("وصف أحمد فتحي القرار بأنه خطوة مهمة للبلاد.", "خطوة مهمة للبلاد"),
        ("شدد أحمد فتحي على أن الحكومة ستبني مئة مدرسة.", "الحكومة ستبني مئة مدرسة"),
        ("شدد أحمد فتحي على ضرورة بناء مئة مدرسة.", "ضرورة بناء مئة مدرسة"),
        ("وقال أحمد فتحي: إن الحكومة ستبني مئة مدرسة.", "الحكومة ستبني مئة مدرسة"),
    ],
)
def test_indirect_speech(run: Run, sentence: str, content: str) -> None:
    art = run(sentence, {"أحمد فتحي": AHMED})
    q = quote_with(art, content)
    assert q.kind == "indirect"
    assert q.span.text == content
    assert who(q) == "Ahmed Fathi"


@pytest.mark.parametrize(
    "sentence",
    [
        "ويذكر أن الحكومة بنت مئة مدرسة العام الماضي.",  # the article's own voice
        "وصل الوزير بعد أن انتهى الاجتماع في العاصمة.",
        "أعلن أحمد فتحي عن افتتاح مئة مدرسة جديدة.",  # an announcement of an act, not reported content
    ],
)
def test_not_reported_speech(run: Run, sentence: str) -> None:
    art = run(sentence, {"أحمد فتحي": AHMED})
    assert [q for q in art.quotes if q.kind == "indirect"] == []


def test_dropped_subjects_follow_the_last_speaker(run: Run) -> None:
    art = run(
        "قال أحمد فتحي إن الحكومة ستبني مئة مدرسة. وأضاف أن العمل يبدأ الشهر المقبل.\n\n"
        'وتابع: "لن نتأخر عن الموعد"، مشيراً إلى أن التمويل جاهز.',
        {"أحمد فتحي": AHMED},
    )
    for words in ("العمل يبدأ", "لن نتأخر", "التمويل جاهز"):
        assert who(quote_with(art, words)) == "Ahmed Fathi"


def test_a_feminine_verb_takes_the_last_body_not_the_last_man(run: Run) -> None:
    art = run(
        "قالت وزارة الخارجية إن الزيارة ناجحة. وقال أحمد فتحي إن المحادثات مستمرة. وأضافت أن الاتفاق قريب.",
        {"وزارة الخارجية": MOFA, "أحمد فتحي": AHMED},
    )
    assert who(quote_with(art, "الاتفاق قريب")) == "Saudi Ministry of Foreign Affairs"
    assert who(quote_with(art, "المحادثات مستمرة")) == "Ahmed Fathi"


def test_fragments_go_to_the_subject_of_the_sentence(run: Run) -> None:
    art = run(
        'تعهد زعيم كوريا الشمالية كيم جونغ أون "بوضع يده في يد" الرئيس الروسي فلاديمير بوتين.\n\n'
        'ودافع كيم عن قراره، وأبدى "الدعم والتضامن الكاملين".',
        {"كيم جونغ أون": KIM, "كيم": KIM, "فلاديمير بوتين": PUTIN, "كوريا الشمالية": PRK},
    )
    for words in ("بوضع يده في يد", "الدعم والتضامن الكاملين"):
        q = quote_with(art, words)
        assert (q.kind, who(q)) == ("fragment", "Kim Jong Un")


@pytest.mark.parametrize(
    "sentence",
    [
        'كشفت صحيفة "نيويورك تايمز" عن تفاصيل الصفقة.',  # a newspaper's name
        'ووصفت كوريا الشمالية الصراع بأنه حرب "بالوكالة" لتدمير روسيا.',  # one quoted word as a label
        'وشاركت المملكة في عملية "عاصفة الحزم" منذ بدايتها.',  # an operation's name
        'وقال مسؤول لـ"العربي" إن الوفد وصل.',  # an outlet after a glued preposition
        'وأطلقت الوزارة حملة «معاً ضد الإرهاب» في المدارس.',
    ],
)
def test_scare_quotes_are_not_quotes(run: Run, sentence: str) -> None:
    art = run(sentence, {"نيويورك تايمز": NYT, "كوريا الشمالية": PRK})
    assert [q for q in art.quotes if q.kind != "indirect"] == []


def test_title_for_a_person_goes_through_the_registry(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.quotes import speakers

    class Held:
        canonical = "Vladimir Putin"
        code = "RUSGOV"

    seen = []

    def resolve(words: str, date: str | None = None) -> Held | None:
        seen.append((words, date))
        return Held() if words.startswith("الرئيس الروسي") else None

    monkeypatch.setattr(speakers, "_title_resolver", lambda: resolve)
    art = run("وقال الرئيس الروسي إن العملية ستستمر.")
    q = quote_with(art, "العملية ستستمر")
    assert (who(q), q.speaker.actor if q.speaker else None) == ("Vladimir Putin", "RUSGOV")
    assert seen and seen[0][1] == "2023-06-12"


def test_title_with_the_real_registry(run: Run) -> None:
    registry = pytest.importorskip("marsad.entities.registry")
    if registry.resolve_title("الرئيس الروسي", "2023-06-12") is None:
        pytest.skip("the registry does not know the Russian presidency")
    art = run("وقال الرئيس الروسي إن العملية ستستمر.")
    assert who(quote_with(art, "العملية ستستمر")) == "Vladimir Putin"


def test_a_bare_title_refers_back_to_who_held_it(run: Run) -> None:
    art = run(
        "أعلن وزير الطاقة الروسي ألكسندر نوفاك أن الطلب سيزيد. وأضاف الوزير أن الأسعار ستستقر.",
        {"ألكسندر نوفاك": ("PER", "RUSGOV", "Alexander Novak")},
    )
    assert who(quote_with(art, "الأسعار ستستقر")) == "Alexander Novak"


def test_unnamed_sources_have_no_name(run: Run) -> None:
    art = run("وقال مصدر مسؤول في الوزارة إن الاجتماع تأجل.")
    q = quote_with(art, "الاجتماع تأجل")
    assert q.speaker is not None and q.speaker.canonical is None and "مصدر" in q.speaker.text


def test_relay_of_the_letter(run: Run) -> None:
    art = run(
        'وفي الرسالة التي نشرتها وكالة الأنباء المركزية الكورية، قال كيم: "العدالة ستنتصر بالتأكيد".',
        {"وكالة الأنباء المركزية الكورية": KCNA, "كيم": KIM},
    )
    q = quote_with(art, "العدالة ستنتصر")
    assert (who(q), q.via, q.relays) == ("Kim Jong Un", "Korean Central News Agency", ["Korean Central News Agency"])
    assert q.status == "asserted"  # his own words, carried by his own state agency


@pytest.mark.parametrize(
    "sentence",
    [
        "قال أحمد فتحي إن المحادثات مستمرة، حسبما ذكرت وكالة رويترز.",
        "وقال أحمد فتحي لوكالة رويترز إن المحادثات مستمرة.",
        "وبحسب وكالة رويترز، قال أحمد فتحي إن المحادثات مستمرة.",
        "ووفقاً لوكالة رويترز، قال أحمد فتحي إن المحادثات مستمرة.",
    ],
)
def test_relay_phrases(run: Run, sentence: str) -> None:
    art = run(sentence, {"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS})
    q = quote_with(art, "المحادثات مستمرة")
    assert (who(q), q.via) == ("Ahmed Fathi", "Reuters")
    assert "رويترز" not in q.span.text
    assert q.status == "asserted"  # his words: the outlet carrying them is the relay, not a status


def test_relay_chain_paper_citing_intelligence(run: Run) -> None:
    art = run(
        'وفي سبتمبر، كشفت صحيفة "نيويورك تايمز"، نقلاً عن المخابرات الأميركية أن موسكو تشتري ذخيرة مدفعية.',
        {"نيويورك تايمز": NYT, "المخابرات الأميركية": CIA, "موسكو": ("GPE", "RUS", "Russia")},
    )
    q = quote_with(art, "موسكو تشتري ذخيرة")
    assert who(q) == "United States Intelligence Community"
    assert (q.relays, q.via) == (["The New York Times"], "The New York Times")
    assert q.status == "reported"  # the source's words as the paper credits them; the paper is the relay


def test_an_outlet_reporting_a_statement_relays_it(run: Run) -> None:
    art = run(
        "وذكرت وكالة رويترز أن أحمد فتحي قال إن المحادثات مستمرة.",
        {"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS},
    )
    q = quote_with(art, "المحادثات مستمرة")
    assert q.span.text == "المحادثات مستمرة"
    assert (who(q), q.via) == ("Ahmed Fathi", "Reuters")


def test_report_shows_speaker_and_relay(run: Run) -> None:
    art = run(
        'وفي الرسالة التي نشرتها وكالة الأنباء المركزية الكورية، قال كيم: "العدالة ستنتصر بالتأكيد".',
        {"وكالة الأنباء المركزية الكورية": KCNA, "كيم": KIM},
    )
    out = render(art)
    assert "Kim Jong Un" in out and "via Korean Central News Agency" in out and "العدالة ستنتصر" in out


def test_every_span_points_into_the_text(run: Run) -> None:
    art = run(
        'قال أحمد فتحي إن "الحكومة ستبني" مئة مدرسة، حسبما ذكرت وكالة رويترز. وأضاف: «لن نتأخر».\n\n'
        "اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بصواريخ، وهو ما نفته بيونغيانغ.",
        {"أحمد فتحي": AHMED, "وكالة رويترز": REUTERS, "الولايات المتحدة": USA, "كوريا الشمالية": PRK,
         "بيونغيانغ": PRK},
    )
    spans = [q.span for q in art.quotes] + [c.span for c in art.claims]
    spans += [q.cue for q in art.quotes if q.cue] + [c.cue for c in art.claims if c.cue]
    spans += [q.speaker.span for q in art.quotes if q.speaker and q.speaker.span]
    assert spans
    for s in spans:
        assert art.text[s.start:s.end] == s.text


def test_unmarked_speech_runs_to_the_paragraph_end(run: Run) -> None:
    art = run("وقال أحمد فتحي: سنبني مئة مدرسة هذا العام. وسنفتتح عشر مستشفيات أيضا.\n\nوأضاف أن العمل بدأ.",
              {"أحمد فتحي": AHMED})
    q = quote_with(art, "سنبني مئة مدرسة")
    assert q.kind == "direct" and "عشر مستشفيات" in q.span.text and "العمل بدأ" not in q.span.text


def test_quotation_as_the_content_of_inna(run: Run) -> None:
    art = run("وقال أحمد فتحي للصحفيين إن «الحكومة ستبني مئة مدرسة هذا العام».", {"أحمد فتحي": AHMED})
    q = quote_with(art, "الحكومة ستبني")
    assert (q.kind, who(q)) == ("direct", "Ahmed Fathi")
    assert [x for x in art.quotes if x.kind == "indirect"] == []


def test_outlet_addressed_before_the_subject(run: Run) -> None:
    art = run("كشف لـ«عكاظ» مدير الجوازات أحمد فتحي، أنه تم إنهاء معاملات ألف زائر.", {"أحمد فتحي": AHMED})
    q = quote_with(art, "تم إنهاء معاملات")
    assert (who(q), q.via) == ("Ahmed Fathi", "عكاظ")


def test_topic_after_amma_is_the_speaker(run: Run) -> None:
    art = run("أما المواطن أحمد فتحي فقد أشار إلى أن الطريق مزدحم كل يوم.", {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "الطريق مزدحم")) == "Ahmed Fathi"


def test_a_capital_speaks_for_its_country(run: Run) -> None:
    registry = pytest.importorskip("marsad.entities.registry")
    if registry.lookup("USA") is None:
        pytest.skip("no registry entry for USA")
    art = run("وقالت واشنطن إن المحادثات مستمرة.",
              {"واشنطن": ("GPE", "USA", "Washington", "city:washington")})
    assert who(quote_with(art, "المحادثات مستمرة")) == "United States"


@pytest.mark.parametrize(
    "sentence,status",
    [
        ("وقالت واشنطن إن لديها دليلاً على أن موسكو اشترت ذخيرة.", "alleged"),
        ("وزعمت واشنطن أن موسكو اشترت ذخيرة.", "alleged"),
        ("ونفت واشنطن أن تكون موسكو اشترت ذخيرة.", "denied"),
        ("وقالت واشنطن إن موسكو اشترت ذخيرة.", "asserted"),
    ],
)
def test_quote_status(run: Run, sentence: str, status: str) -> None:
    art = run(sentence, {"واشنطن": USA, "موسكو": ("GPE", "RUS", "Russia")})
    assert quote_with(art, "اشترت ذخيرة").status == status


def test_describing_fragment_after_a_glued_preposition(run: Run) -> None:
    art = run("ووصف أحمد فتحي الاتفاق بـ«الخطوة التاريخية» أمس.", {"أحمد فتحي": AHMED})
    q = quote_with(art, "الخطوة التاريخية")
    assert (q.kind, who(q)) == ("fragment", "Ahmed Fathi")


def test_short_quoted_words_inside_reported_content(run: Run) -> None:
    art = run('قال أحمد فتحي إن الاقتصاد يتعافى لكنه لا يزال هشا ويواجه «بعض المخاطر» هذا العام، '
              'وإن الشرطة قتلت ستة متهمين في جرائم "إرهاب دولي" الشهر الماضي.', {"أحمد فتحي": AHMED})
    q = quote_with(art, "بعض المخاطر")
    assert (q.kind, who(q)) == ("fragment", "Ahmed Fathi")
    assert not [x for x in art.quotes if x.span.text == "إرهاب دولي"]  # a label after a noun


def test_spokesman_synonyms_refer_back(run: Run) -> None:
    art = run("أكد الناطق الرسمي باسم التحالف أحمد فتحي أن العمليات معلنة. "
              "وشدد المتحدث باسم التحالف على أنه سيتم الإعلان عن أي تحرك.", {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "سيتم الإعلان")) == "Ahmed Fathi"


def test_a_long_speaker_phrase_before_the_quotation(run: Run) -> None:
    art = run("وقال أحمد فتحي ممثل المنظمة في المدينة الذي شارك في مؤتمر استمر خمسة أيام عن ضحايا الوباء "
              '"المدينة لم تشهد مثل هذا العدد من المرضى".', {"أحمد فتحي": AHMED})
    q = quote_with(art, "المدينة لم تشهد")
    assert (q.kind, who(q)) == ("direct", "Ahmed Fathi")


def test_a_relative_with_a_pronoun_is_still_the_subject(run: Run) -> None:
    art = run("وأوضح نجله الأكبر أحمد فتحي أن والده يعول اثني عشر فردا.", {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "والده يعول")) == "Ahmed Fathi"


def test_relay_in_brackets_for_unmarked_speech(run: Run) -> None:
    art = run("وبحسب موقع (اليوم السابع) فقد قال أحمد فتحي في تصريحات صحفية: يجب تكريس اللاعب للعب فقط.",
              {"أحمد فتحي": AHMED})
    q = quote_with(art, "يجب تكريس اللاعب")
    assert (q.kind, who(q), q.via) == ("direct", "Ahmed Fathi", "اليوم السابع")


def test_trailing_relay_with_an_adjective(run: Run) -> None:
    art = run("وكشف استطلاع أن ستين في المائة يعارضون القانون، حسبما أفادت صحيفة «ماينيتشي» اليومية.")
    q = quote_with(art, "ستين في المائة")
    assert q.via == "ماينيتشي" and "ماينيتشي" not in q.span.text


def test_a_paper_named_like_its_city(run: Run) -> None:
    art = run('وقال أحمد فتحي لـ"الرياض": "ما تم تداوله أخبار مغلوطة لا صحة لها".',
              {"أحمد فتحي": AHMED, "الرياض": ("GPE", "SAU", "Riyadh")})
    # the paper as the registry names it (round 11b: a name read as a place is looked up as an outlet)
    paper = [a.canonical for a in registry().find("صحيفة الرياض")]
    assert quote_with(art, "أخبار مغلوطة").via == (paper[0] if paper else "الرياض")


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي في مؤتمر صحفي إن الحوار مستمر.", "جون كيربي"),
        ("وثمن مدير المكتب التعاوني بأبها الدكتور سعيد البشري رعاية الأمير فيصل، مؤكدا أن الحوار مستمر.",
         "سعيد البشري"),
        ("من جانبه، أوضح العميد ركن طيار أحمد عسيري أن الحوار مستمر.", "أحمد عسيري"),
    ],
)
def test_unlinked_names_after_titles(run: Run, sentence: str, name: str) -> None:
    art = run(sentence, {"وزارة الخارجية الأمريكية": ("ORG", "USAGOV", "State Department"),
                         "الأمير فيصل": ("PER", "SAUGOV", "Faisal bin Khalid")})
    q = quote_with(art, "الحوار مستمر")
    assert q.speaker is not None and name in q.speaker.text and q.speaker.canonical is None


def test_honorific_pronoun_and_bare_title_refer_back(run: Run) -> None:
    art = run("أجرى معالي وزير الخارجية الأستاذ أحمد فتحي مباحثات أمس مع نظيره.\n\n"
              "وقال معالي وزير الخارجية إن المباحثات كانت مثمرة. وأفاد معاليه أنه جرى بحث القضية.",
              {"فتحي": AHMED})
    assert who(quote_with(art, "المباحثات كانت مثمرة")) == "Ahmed Fathi"
    assert who(quote_with(art, "جرى بحث القضية")) == "Ahmed Fathi"


def test_bayyana_after_an_aside(run: Run) -> None:
    art = run("من جهته بين المشرف على البرنامج أحمد فتحي، أن البرنامج وزع أربعمئة حقيبة.", {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "البرنامج وزع")) == "Ahmed Fathi"


def test_a_call_for_quoted_words_names_no_relay(run: Run) -> None:
    art = run('ودعا كيم إلى "تعاون إستراتيجي أوثق" مع موسكو. وقال أحمد فتحي في تصريح إلى «الوطن» '
              "إن المحادثات مستمرة.", {"كيم": KIM, "أحمد فتحي": AHMED})
    q = quote_with(art, "تعاون إستراتيجي أوثق")
    assert (q.kind, who(q), q.via) == ("fragment", "Kim Jong Un", None)
    assert quote_with(art, "المحادثات مستمرة").via == "الوطن"


def test_outlet_before_qad_quoting_its_source(run: Run) -> None:
    art = run("وكانت وكالة رويترز قد نقلت عن وزير الطاقة أحمد فتحي قوله إن المشاورات جارية.",
              {"وكالة رويترز": REUTERS, "أحمد فتحي": AHMED})
    q = quote_with(art, "المشاورات جارية")
    assert (who(q), q.via, q.status) == ("Ahmed Fathi", "Reuters", "reported")  # the agency credits him


def test_a_verb_inside_reported_words_takes_their_subject(run: Run) -> None:
    art = run("وذكر التلفزيون الرسمي أن الزعيم الأعلى أحمد فتحي استبعد تجميد الأنشطة وقال إن العقوبات يجب أن ترفع.",
              {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "العقوبات يجب")) == "Ahmed Fathi"


def test_an_indefinite_title_is_someone_new(run: Run) -> None:
    art = run("قال مندوبان بالمنظمة إن الاجتماع لن يعقد. وقال مندوب ثالث إن الأسعار ستتحسن.")
    first, second = quote_with(art, "الاجتماع لن يعقد"), quote_with(art, "الأسعار ستتحسن")
    assert first.speaker is not None and second.speaker is not None
    assert "ثالث" in second.speaker.text and first.speaker.text != second.speaker.text


@pytest.mark.parametrize(
    "sentence",
    [
        "وأبان المواطن أحمد فتحي أن الحياة تسير بشكل طبيعي.",
        "فيما بين أحمد فتحي أن الحياة تسير بشكل طبيعي.",
        "اتصلت الصحيفة بأحمد فتحي الذي أكد أن الحياة تسير بشكل طبيعي.",
    ],
)
def test_more_ways_to_say(run: Run, sentence: str) -> None:
    art = run(sentence, {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "الحياة تسير")) == "Ahmed Fathi"


def test_a_quoted_name_with_a_modifier_is_the_subject(run: Run) -> None:
    art = run("وأعلنت «لجنة المتابعة العليا» التابعة للجبهة في بيان أن القرار نهائي.")
    assert not [q for q in art.quotes if q.span.text == "لجنة المتابعة العليا"]
    q = quote_with(art, "القرار نهائي")
    assert q.speaker is not None and "لجنة المتابعة العليا" in q.speaker.text


def test_a_definite_body_noun_refers_to_the_body_named_before(run: Run) -> None:
    art = run("أعلنت وزارة الخارجية السعودية برنامجا جديدا.\n\nوقالت الوزارة إن البرنامج يبدأ الشهر المقبل.",
              {"وزارة الخارجية السعودية": MOFA})
    assert who(quote_with(art, "البرنامج يبدأ")) == "Saudi Ministry of Foreign Affairs"


def test_a_quoted_list_is_not_a_quote(run: Run) -> None:
    art = run('وكشف الباحث أحمد فتحي أنواع المقالة وهي: "المقالة الاجتماعية، المقالة السياسية، المقالة الدينية".',
              {"أحمد فتحي": AHMED})
    assert not [q for q in art.quotes if "المقالة السياسية" in q.span.text]


def test_a_quoted_speaker_outranks_a_newer_loose_mention(run: Run) -> None:
    art = run('وأضافت ليز غراندي "تلقينا حتى الآن أكثر من مئة مليون دولار" فيما أعلنت دول أخرى نيتها المساعدة. '
              'وتابعت "نثق في وصول عشرات الملايين من الدولارات قريبا".',
              {"ليز غراندي": ("PER", "IGOUNO", "Lise Grande")})
    assert who(quote_with(art, "نثق في وصول")) == "Lise Grande"


def test_a_quoted_name_after_the_title(run: Run) -> None:
    art = run('وأوضح مساعد المدير العام للشؤون التجارية بالخطوط السعودية "خالد بن حماد البلوي"؛ أن الشركة تعمل '
              "على زيادة الرحلات.")
    q = quote_with(art, "الشركة تعمل")
    assert q.speaker is not None and q.speaker.text == "خالد بن حماد البلوي"
    assert not [x for x in art.quotes if x.span.text == "خالد بن حماد البلوي"]
