"""Round 6 rules: relay chains, titles and songs in marks, impersonal verbs, documents and titles that point
back, interviews, bodies that spoke, unnamed sources' verbal nouns; and wire-style sentences of every
quotation style. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article

from .conftest import AHMED, PUTIN, REUTERS, quote_with, who

Run = Callable[..., Article]
GUARDIAN = ("ORG", "GBRMED", "The Guardian")
LAVROV = ("PER", "RUSGOV", "Sergey Lavrov")
KANAANI = ("PER", "IRNGOV", "Nasser Kanaani")
IRAN_MFA = ("ORG", "IRNGOV", "Ministry of Foreign Affairs (Iran)")
TASNIM = ("ORG", "IRNMED", "Tasnim News Agency")
AFP = ("ORG", "FRAMED", "Agence France-Presse")
UN = ("ORG", "IGOUNO", "United Nations")
IDF = ("ORG", "ISRMIL", "Israel Defense Forces")
KIRBY = ("PER", "USAGOV", "John Kirby")
HAMAS = ("ORG", "PSEREB", "Hamas")
ABBAS = ("PER", "PSEGOV", "Mahmoud Abbas")
SHOUKRY = ("PER", "EGYGOV", "Sameh Shoukry")
STANDARDS = ("ORG", "SAUGOV", "Saudi Standards Authority")
GULF_STANDARDS = ("ORG", "IGOGCC", "Gulf Standards Authority")
MEDINA = ("GPE", "SAU", "Medina")

WIRE: dict[str, tuple[str, ...]] = {
    "سيرغي لافروف": LAVROV, "لافروف": LAVROV, "ناصر كنعاني": KANAANI, "كنعاني": KANAANI,
    "وزارة الخارجية الإيرانية": IRAN_MFA, "وكالة رويترز": REUTERS, "صحيفة الغارديان": GUARDIAN,
    "وكالة تسنيم": TASNIM, "وكالة الأنباء الفرنسية": AFP, "الأمم المتحدة": UN, "الجيش الإسرائيلي": IDF,
    "جون كيربي": KIRBY, "كيربي": KIRBY, "حركة حماس": HAMAS, "محمود عباس": ABBAS, "سامح شكري": SHOUKRY,
    "شكري": SHOUKRY, "فلاديمير بوتين": PUTIN,
}


@pytest.mark.parametrize(
    "sentence,words,speaker,via,status",
    [
        # the four quotation styles, a colon or none
        ("قال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي: «نحن مستعدون للتفاوض في أي وقت».",
         "نحن مستعدون", "Sergey Lavrov", None, "asserted"),
        ('وقال لافروف للصحفيين "لن نسمح بتكرار ما حدث في المنطقة".', "لن نسمح", "Sergey Lavrov", None, "asserted"),
        ("وقال الرئيس الفلسطيني محمود عباس “إن الشعب الفلسطيني لن يرحل عن أرضه”.", "لن يرحل", "Mahmoud Abbas",
         None, "asserted"),
        ("وقال جون كيربي، المتحدث باسم مجلس الأمن القومي، للصحفيين: 'الولايات المتحدة لا تسعى إلى الحرب'.",
         "لا تسعى إلى الحرب", "John Kirby", None, "asserted"),
        # indirect speech, an agency addressed, an outlet's report, a relay phrase
        ("وأكد المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني أن بلاده ملتزمة بالاتفاق.", "ملتزمة بالاتفاق",
         "Nasser Kanaani", None, "asserted"),
        ("وذكرت وكالة تسنيم أن الحرس الثوري أجرى مناورات عسكرية في الخليج.", "أجرى مناورات", "Tasnim News Agency",
         None, "reported"),
        ("وحذرت الأمم المتحدة من أن ملايين الأشخاص يواجهون خطر المجاعة.", "خطر المجاعة", "United Nations", None,
         "asserted"),
        ("وقال مصدر أمني، طلب عدم الكشف عن هويته، إن المهاجمين فروا إلى جهة مجهولة.", "فروا إلى جهة", None, None,
         "reported"),
        ("وصرح مسؤول في حركة حماس لوكالة الأنباء الفرنسية بأن الحركة تدرس المقترح الجديد.", "تدرس المقترح", None,
         "Agence France-Presse", "reported"),
        ("ونقل التلفزيون الرسمي عن الرئيس الروسي فلاديمير بوتين قوله إن العقوبات فشلت في تحقيق أهدافها.",
         "العقوبات فشلت", "Vladimir Putin", "التلفزيون الرسمي", "reported"),
        # a denial, and the speaker's stance
        ("ونفى الجيش الإسرائيلي أن تكون قواته قد استهدفت المستشفى في المدينة.", "استهدفت المستشفى",
         "Israel Defense Forces", None, "denied"),
        ("وشدد وزير الخارجية المصري سامح شكري على ضرورة وقف إطلاق النار فورا في القطاع.", "ضرورة وقف إطلاق النار",
         "Sameh Shoukry", None, "asserted"),
    ],
)
def test_wire_sentences(run: Run, sentence: str, words: str, speaker: str | None, via: str | None,
                        status: str) -> None:
    q = quote_with(run(sentence, WIRE), words)
    assert (who(q), q.via, q.status) == (speaker, via, status)


@pytest.mark.parametrize(
    "body,words,speaker",
    [
        # a dropped subject carried by وأضاف, وتابع, a participle
        ("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تقبل أي شروط. وأضاف أن الغرب يتحمل مسؤولية التصعيد.",
         "الغرب يتحمل", "Sergey Lavrov"),
        ('قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تقبل أي شروط. وتابع قائلا: "لن نسمح بتكرار ما حدث".',
         "لن نسمح", "Sergey Lavrov"),
        ("أكد المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني أن بلاده ملتزمة بالاتفاق، مشيرا إلى أن المفاوضات "
         "ستستأنف الأسبوع المقبل.", "المفاوضات ستستأنف", "Nasser Kanaani"),
        ("ونفت حركة حماس أي علاقة لها بالهجوم، مؤكدة أنها تلتزم بالتهدئة في القطاع.", "تلتزم بالتهدئة", "Hamas"),
        # a title for a person the registry knows on the article's date
        ("وقال الرئيس الروسي إن بلاده ستواصل دعم حلفائها في المنطقة.", "ستواصل دعم", "Vladimir Putin"),
    ],
)
def test_wire_dropped_subjects_and_titles(run: Run, body: str, words: str, speaker: str) -> None:
    assert who(quote_with(run(body, WIRE), words)) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "ولم يؤكد البيت الأبيض صحة التقارير التي تحدثت عن زيارة مرتقبة.",  # nothing confirmed, nothing said
        "ويذكر أن الوفد وصل إلى العاصمة مساء الأحد.",  # the article's own voice
    ],
)
def test_wire_sentences_without_quotes(run: Run, sentence: str) -> None:
    assert run(sentence, WIRE).quotes == []


@pytest.mark.parametrize(
    "sentence,source,relays",
    [
        ("ونقلت وكالة رويترز عن صحيفة الغارديان عن مصدر دبلوماسي قوله إن الاجتماع تأجل إلى موعد غير محدد.",
         "مصدر دبلوماسي", ["The Guardian", "Reuters"]),
        ("وكشفت صحيفة الغارديان، نقلاً عن وكالة رويترز عن مسؤول أوروبي، أن الاجتماع تأجل إلى موعد غير محدد.",
         "مسؤول أوروبي", ["Reuters", "The Guardian"]),
    ],
)
def test_a_relay_chain_ends_at_the_source(run: Run, sentence: str, source: str, relays: list[str]) -> None:
    q = quote_with(run(sentence, WIRE), "الاجتماع تأجل")
    assert q.speaker is not None and q.speaker.text == source
    assert (q.relays, q.via, q.status) == (relays, relays[-1], "reported")


@pytest.mark.parametrize("opener", ["أما الجلسة الثالثة فبعنوان: ", "وأقيم المعرض تحت شعار: "])
def test_a_title_after_its_noun_and_a_colon_is_no_quote(run: Run, opener: str) -> None:
    assert run(f'{opener}"الأخلاق التطبيقية في عالم متغير".').quotes == []


def test_a_colon_after_a_speaker_still_opens_a_quote(run: Run) -> None:
    art = run('وقال أحمد فتحي في الندوة: "الأخلاق التطبيقية في عالم متغير".', {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "الأخلاق التطبيقية")) == "Ahmed Fathi"


@pytest.mark.parametrize("verb", ["اتضح", "تبين", "ثبت"])
def test_an_impersonal_verb_owns_its_complementiser(run: Run, verb: str) -> None:
    art = run(f"أعلنت الأمم المتحدة عن العثور على قطع أثرية في موقع قديم وبعد فحصها في المختبر {verb} أن عمرها "
              "يتجاوز ألف عام.", {"الأمم المتحدة": UN})
    assert not any("عمرها" in q.span.text for q in art.quotes)


def test_a_document_nobody_is_named_for_continues_the_body_that_spoke(run: Run) -> None:
    art = run("قالت الأمم المتحدة إن سكان العالم سيزيدون بملياري نسمة.\n"
              "وذكر تقرير التوقعات السكانية أن معظم الزيادة ستكون في المناطق النامية.", {"الأمم المتحدة": UN})
    assert who(quote_with(art, "معظم الزيادة")) == "United Nations"


def test_a_document_after_a_person_stays_unnamed(run: Run) -> None:
    art = run("قال أحمد فتحي إن الأسعار سترتفع.\nوذكر تقرير التوقعات الاقتصادية أن التضخم سيتراجع العام المقبل.",
              {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "التضخم سيتراجع")) is None


def test_a_title_subject_stops_before_its_object_and_is_the_person_named_with_it(run: Run) -> None:
    art = run("كرّم أمين منطقة المدينة المنورة الدكتور أحمد فتحي الجهات المشاركة في الاحتفالات.\n"
              "وثمّن أمين منطقة المدينة المنورة مرونة التعامل مع الزوار، واعتبر أن التغطية الإعلامية كانت ممتازة.",
              {"أحمد فتحي": AHMED, "المدينة المنورة": MEDINA})
    assert who(quote_with(art, "التغطية الإعلامية")) == "Ahmed Fathi"


@pytest.mark.parametrize(
    "body",
    [
        "ويتجمع الشباب في الساحة فإذا كان مرحبًا بهم يردد أهل الحي أهازيج الترحيب «أهلا أهلا بمن جاء يا مرحبا» "
        "وتبدأ اللعبة.",
        "وتردد الفرقة في ختام الحفل أغنية «يا دار يا دار يا دار الأحباب لا تنسينا».",
    ],
)
def test_sung_words_are_no_quotes(run: Run, body: str) -> None:
    assert run(body).quotes == []


def test_a_participle_after_kana_is_no_speech(run: Run) -> None:
    art = run("وكان مؤكدا أن الفريق سيفوز بالمباراة بعد أدائه الكبير.")
    assert art.quotes == []


def test_the_one_interviewed_speaks_in_the_interview(run: Run) -> None:
    art = run("وأجرى مراسل القناة مقابلة مع أحمد فتحي الذي لم يظهر وجهه، قال فيها «سنواصل العمل حتى تتحقق مطالبنا».",
              {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "سنواصل العمل")) == "Ahmed Fathi"


def test_a_body_noun_points_back_to_the_body_that_spoke(run: Run) -> None:
    art = run("أعلنت الهيئة السعودية للمواصفات عن قواعد جديدة للسيارات. وتعتمد المواصفات على لوائح صادرة من هيئة "
              "التقييس الخليجية. وبيّنت الهيئة أن القواعد تطبق من الشهر المقبل.",
              {"الهيئة السعودية للمواصفات": STANDARDS, "هيئة التقييس الخليجية": GULF_STANDARDS})
    assert who(quote_with(art, "القواعد تطبق")) == "Saudi Standards Authority"


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("ووفقا للتلفزيون الرسمي أفادت مصادر هبوط أول طائرة مدنية في المطار بعد إعادة تشغيله.", "هبوط أول طائرة"),
        ("وأعلنت مصادر أمنية، الجمعة، عن وصول تعزيزات عسكرية إلى المدينة الساحلية.", "وصول تعزيزات"),
    ],
)
def test_an_unnamed_sources_verbal_noun_is_reported(run: Run, sentence: str, words: str) -> None:
    q = quote_with(run(sentence), words)
    assert q.speaker is not None and q.speaker.canonical is None and q.span.text.startswith(words)


def test_a_body_announcing_an_act_reports_nothing(run: Run) -> None:
    assert run("وأعلنت الأمم المتحدة عن افتتاح مكتب جديد في المدينة.", {"الأمم المتحدة": UN}).quotes == []


@pytest.mark.parametrize(
    "sentence,words,speaker",
    [
        ("وقال له أحمد فتحي إن الخطة جاهزة تماما للتنفيذ.", "الخطة جاهزة", "أحمد فتحي"),
        ("وقال لهم أحمد فتحي: «أنتم قادرون على الفوز في المباراة».", "أنتم قادرون", "أحمد فتحي"),
        ("وذلك ما أكد عليه القرآن الكريم في الآية الكريمة «ولا تسبوا الذين يدعون من دون الله».", "ولا تسبوا", "القرآن الكريم"),
    ],
)
def test_the_subject_after_a_preposition_with_a_pronoun(run: Run, sentence: str, words: str, speaker: str) -> None:
    art = run("قال خالد سالم إن الأمور تسير على ما يرام.\n" + sentence,
              {"أحمد فتحي": AHMED, "خالد سالم": ("PER", "EGYGOV", "Khalid Salem")})
    q = quote_with(art, words)
    assert q.speaker is not None and q.speaker.text == speaker


def test_the_quran_speaks_gods_words(run: Run) -> None:
    art = run("وذلك ما أكد عليه القرآن الكريم في الآية الكريمة «ولا تسبوا الذين يدعون من دون الله».")
    assert who(quote_with(art, "ولا تسبوا")) == "God"


def test_the_writer_speaking_in_the_first_person_is_no_quote(run: Run) -> None:
    art = run("رواد الموقع يقولون احفظوا التغريدة في المفضلة، أقول لكم: احفظوا هذا السؤال في أذهانكم جيدا!")
    assert not any("هذا السؤال" in q.span.text for q in art.quotes)


@pytest.mark.parametrize("words,speaker", [("مدرب الشروق", "Ahmed Fathi"), ("مدرب الأهلي", "Khalid Salem")])
def test_a_dual_title_names_each_person_after_what_they_head(run: Run, words: str, speaker: str) -> None:
    art = run("اتفق مدربا الأهلي «المصري» خالد سالم والشروق «التونسي» أحمد فتحي على صعوبة المباراة.\n"
              f"وأوضح {words} أن الفريق جاهز للقاء الغد.",
              {"أحمد فتحي": AHMED, "خالد سالم": ("PER", "EGYGOV", "Khalid Salem")})
    assert who(quote_with(art, "الفريق جاهز")) == speaker


def test_an_indefinite_title_is_the_person_the_next_sentence_names_with_it(run: Run) -> None:
    art = run("هدد جنرال بالجيش بأن أي هجوم جديد سيقابل برد قاس وسريع.\n"
              "وصعد الجنرال أحمد فتحي في كلمته أمس من لهجته تجاه الجيران.", {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "أي هجوم جديد")) == "Ahmed Fathi"


def test_an_indefinite_title_stays_unnamed_when_no_one_takes_it_up(run: Run) -> None:
    art = run("هدد جنرال بالجيش بأن أي هجوم جديد سيقابل برد قاس وسريع.\n"
              "وقال الوزير أحمد فتحي إن الحكومة تتابع الوضع.", {"أحمد فتحي": AHMED})
    assert who(quote_with(art, "أي هجوم جديد")) is None


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("واعتبرت الوزارة تطبيق النظام الجديد خطوة مهمة نحو الشفافية في الأسواق.", "تطبيق النظام الجديد"),
        ("اعتبر المجلس الوطني قانون الانتخابات الجديد تشريعا يقصي الأحزاب الصغيرة.", "قانون الانتخابات الجديد"),
    ],
)
def test_what_a_speaker_considers_a_thing_to_be_is_reported(run: Run, sentence: str, words: str) -> None:
    q = quote_with(run(sentence), words)
    assert q.kind == "indirect" and q.span.text.startswith(words)


@pytest.mark.parametrize("sentence", ["وتعتبر المدينة من أهم المراكز التجارية في المنطقة.",
                                      "واعتبر الوزير ذلك أمرا طبيعيا في ظل الظروف."])
def test_considered_in_the_articles_voice_or_of_a_pointer_is_no_report(run: Run, sentence: str) -> None:
    assert run(sentence).quotes == []


def test_reported_words_start_after_the_dateline(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.api import analyze

    # a credit closing the sentence gives no quote since round 23: the rule read here is the dateline's
    monkeypatch.setattr("marsad.quotes.stage.CREDITS_CLOSING_FACTS", False)
    art = analyze("خبر\n\nعدن - وكالات\nقتل مسلحون خمسة جنود في هجوم على نقطة تفتيش، وفق ما أفاد مسؤول محلي.\n",
                  published="2015-11-29")
    assert art.quotes and all(not q.span.text.startswith("عدن") for q in art.quotes)
