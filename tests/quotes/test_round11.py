"""Round 11 rules: titles in apposition pointing back, names opening their sentence, topics in a programme, the
inflected forms of عبّر, body and document nouns in ب/ل, unnamed spokeswomen, names after a title's place, and a
few words that are no speech verbs. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article

from .conftest import AHMED, quote_with, who

Run = Callable[..., Article]
FATHI = {"أحمد فتحي": AHMED, "فتحي": AHMED}
AUTHORITY = ("ORG", "SAUGOV", "Transport Authority")
SPORTS = ("ORG", "KWTGOV", "Kuwaiti Sports Authority")
UN = ("ORG", "IGOUNO", "United Nations")
MALI = ("GPE", "MLI", "Mali")
MOPTI = ("GPE", "MLI", "Mopti")
AMNESTY = ("ORG", "NGOHRIAMN", "Amnesty International")
POLICE = ("ORG", "GBRCOP", "British police")
LABOUR = ("ORG", "SAUGOV", "Ministry of Labour")
TABUK = ("GPE", "SAU", "Tabuk")
COMMERCE = ("ORG", "SAUGOV", "Ministry of Commerce")
ALIAS = ("ORG", "SAUGOV", "", "", "alias")  # "الوزارة" tagged as the ministry's alias, with no name of its own


@pytest.mark.parametrize("title", [
    "المدير العام ورئيس مجلس الإدارة في هيئة النقل بالرياض",
    "رئيس اللجنة العليا المنظمة للمهرجان",
])
def test_a_title_in_apposition_points_back_to_the_name(run: Run, title: str) -> None:
    art = run(f"وقال أحمد فتحي، {title}، إن عدد الركاب ارتفع كثيرا هذا العام. ⏎ وأشار {title} إلى أن الحافلات نقلت "
              "مليون راكب في الشهر الماضي.".replace(" ⏎ ", "\n\n"), {**FATHI, "هيئة النقل": AUTHORITY})
    assert who(quote_with(art, "الحافلات نقلت")) == "Ahmed Fathi"


def test_another_title_does_not_point_back(run: Run) -> None:
    art = run("وقال أحمد فتحي، رئيس اللجنة العليا المنظمة للمهرجان، إن الزوار كثر. وأشار رئيس اللجنة الفنية للمهرجان "
              "إلى أن العروض تبدأ غدا.", FATHI)
    assert who(quote_with(art, "العروض تبدأ")) != "Ahmed Fathi"


@pytest.mark.parametrize("apposition", ["أحد المشاركين في الملتقى", "، رئيس اللجنة المنظمة،", "، عضو مجلس الإدارة،"])
def test_a_name_opening_its_sentence_is_the_subject_of_the_verb_after_it(run: Run, apposition: str) -> None:
    art = run(f"أحمد فتحي {apposition} قال إن الوطن أمانة في أعناق الجميع. ⏎ وأضاف أن الملتقى ناجح بكل المقاييس."
              .replace(" ⏎ ", "\n\n").replace(" ،", "،"), FATHI)
    assert who(quote_with(art, "الوطن أمانة")) == "Ahmed Fathi"
    assert who(quote_with(art, "الملتقى ناجح")) == "Ahmed Fathi"  # and the verbs after it carry him


def test_a_name_before_a_relative_clause_is_not_the_subject(run: Run) -> None:
    art = run("أحمد فتحي الذي زار الرياض أمس قال مسؤول في الوزارة إن زيارته كانت ناجحة.", FATHI)
    assert who(quote_with(art, "زيارته كانت")) != "Ahmed Fathi"


def test_reported_words_run_over_a_stop_inside_their_marks(run: Run) -> None:
    art = run("وقال أحمد فتحي إن وصية أبيه قبل سفره كانت «حافظوا على بيتكم.. واحموا أهلكم»، مشددا على أن الأسرة "
              "أمانة.", FATHI)
    q = quote_with(art, "وصية أبيه")
    assert "واحموا أهلكم" in q.span.text and "الأسرة أمانة" not in q.span.text
    assert who(q) == "Ahmed Fathi"


def test_topics_of_a_programme_are_no_quotes(run: Run) -> None:
    art = run("وبين أحمد فتحي أنه يشارك في الندوة عدد من الباحثين هم: الدكتور ماجد الحربي عن «مستقبل الزراعة المائية في "
              "الصحراء»، والدكتور فهد الشمري عن «المياه الجوفية وأسرار استدامتها».", FATHI)
    assert not any(q.span.text.startswith(("مستقبل الزراعة", "المياه الجوفية")) for q in art.quotes)
    assert who(quote_with(art, "يشارك في الندوة")) == "Ahmed Fathi"


def test_one_quotation_after_an_about_is_still_words(run: Run) -> None:
    art = run("وتحدث أحمد فتحي عن «ظاهرة جديدة تجتاح الأسواق في كل مكان» في مقابلته.", FATHI)
    assert who(quote_with(art, "ظاهرة جديدة")) == "Ahmed Fathi"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("ومع أن التأجيل صدر استجابة لطلب من الأندية، فإن الهيئة العامة للرياضة عبرت عن استغرابها وقالت إن الملاعب جاهزة.",
     "الملاعب جاهزة",
     "Kuwaiti Sports Authority"),
    ("وفي المجالس المغلقة يعبر موظفون في الهيئة العامة للرياضة عن قلقهم من أن تتأخر الملاعب.", "تتأخر الملاعب",
     None),
])
def test_inflected_forms_of_express_are_the_verb_after_a_subject(run: Run, text: str, words: str,
                                                                speaker: str | None) -> None:
    art = run(text, {"الهيئة العامة للرياضة": SPORTS})
    assert who(quote_with(art, words)) == speaker


def test_bare_via_is_still_a_preposition(run: Run) -> None:
    art = run("وأعلن أحمد فتحي عبر حسابه في تويتر عن إطلاق مبادرة جديدة للشباب.", FATHI)
    assert all(q.cue is None or q.cue.text != "عبر" for q in art.quotes)


@pytest.mark.parametrize(("text", "words", "names", "speaker"), [
    ("وأصيب سبعة قرب مدينة موبتي. وأكدت بعثة الأمم المتحدة في مالي الأربعاء أن ثلاثة حراس جرحوا في الكمين.",
     "ثلاثة حراس", {"الأمم المتحدة": UN, "مالي": MALI, "موبتي": MOPTI}, "United Nations"),
    ("وقالت منظمة العفو الدولية إن السكان يعانون نقص الغذاء. وأشار بيان المنظمة إلى أن القصف طال أسواقا شعبية.",
     "القصف طال", {"منظمة العفو الدولية": AMNESTY}, "Amnesty International"),
])
def test_a_noun_in_b_or_l_heading_the_subject_is_no_preposition(run: Run, text: str, words: str,
                                                                 names: dict[str, tuple[str, ...]],
                                                                 speaker: str) -> None:
    art = run(text, names)
    assert who(quote_with(art, words)) == speaker


def test_a_statement_of_a_body_named_before_is_its_words(run: Run) -> None:
    art = run("وقالت منظمة العفو الدولية إن السكان يعانون نقص الغذاء. وقال أحمد فتحي إن الوضع صعب. وأشار بيان المنظمة إلى "
              "أن القصف طال أسواقا شعبية.", {**FATHI, "منظمة العفو الدولية": AMNESTY})
    assert who(quote_with(art, "القصف طال")) == "Amnesty International"


def test_an_addressee_in_l_is_still_no_subject(run: Run) -> None:
    art = run("وقال أحمد فتحي إن الموسم طويل. وقال لشباب الوطن إن المستقبل لهم.", FATHI)
    assert who(quote_with(art, "المستقبل لهم")) == "Ahmed Fathi"


@pytest.mark.parametrize("noun", ["متحدثة", "ناطقة"])
def test_an_unnamed_spokeswoman_is_not_the_body(run: Run, noun: str) -> None:
    art = run(f"وقالت {noun} باسم الشرطة البريطانية «نؤكد أننا نجري تحقيقا مشتركا مع الجهات المختصة».",
              {"الشرطة البريطانية": POLICE})
    assert who(quote_with(art, "نجري تحقيقا")) is None


def test_a_named_spokeswoman_is_herself(run: Run) -> None:
    art = run("وقالت متحدثة باسم الشرطة البريطانية، ناصرة سالم، إن التحقيق مستمر.",
              {"الشرطة البريطانية": POLICE, "ناصرة سالم": ("PER", "GBRCOP", "Nasira Salem")})
    assert who(quote_with(art, "التحقيق مستمر")) == "Nasira Salem"


def test_a_name_closing_a_title_after_its_place_is_the_speaker(run: Run) -> None:
    art = run("وأوضح مدير فرع وزارة العمل بمنطقة تبوك ماجد الحربي: «إن جولات الرقابة تشمل الورش الصغيرة».",
              {"وزارة العمل": LABOUR, "تبوك": TABUK})
    q = quote_with(art, "جولات الرقابة")
    assert q.speaker is not None and q.speaker.text == "ماجد الحربي"


@pytest.mark.parametrize("after", ["في تصريح صحفي", "هذا الأسبوع", "أمس الأول"])
def test_words_of_place_and_time_after_the_place_are_no_name(run: Run, after: str) -> None:
    art = run(f"وأوضح مدير فرع وزارة العمل بمنطقة تبوك {after}: «إن جولات الرقابة تشمل الورش الصغيرة».",
              {"وزارة العمل": LABOUR, "تبوك": TABUK})
    q = quote_with(art, "جولات الرقابة")
    assert q.speaker is None or after not in q.speaker.text


def test_a_describing_verb_after_a_pronoun_has_no_subject_of_its_own(run: Run) -> None:
    art = run("وقال أحمد فتحي إنه اعتبر قرار تأجيل عودة الرئيس الذي يطالب به منافسوه «تراجعا مؤسفا عن وعود "
              "سابقة.» ⏎ وقال في بيان «والآن وبما أن الرئيس عين في منصبه مؤقتا فهذا يعد تراجعا لا مبرر له.»"
              .replace(" ⏎ ", "\n\n"), FATHI)
    assert who(quote_with(art, "عين في منصبه")) == "Ahmed Fathi"


@pytest.mark.parametrize("honorific", ["معاليه", "سموه"])
def test_bayyana_with_an_honorific_and_a_comma_is_the_verb(run: Run, honorific: str) -> None:
    art = run(f"وترأس أحمد فتحي الاجتماع. وبين {honorific} ، أن مجلس الإدارة أقر خطة التوسع في المدارس.", FATHI)
    assert quote_with(art, "مجلس الإدارة أقر")


def test_bayyana_with_a_long_title_is_the_verb(run: Run) -> None:
    art = run("وبين رئيس بلدية محافظة العلا رئيس اللجنة المنظمة لمهرجان الربيع بمنطقة المدينة المنورة المهندس أحمد فتحي أن "
              "الفعاليات تهدف إلى إبراز تراث المحافظة.", FATHI)
    assert who(quote_with(art, "الفعاليات تهدف")) == "Ahmed Fathi"


def test_bayyana_between_two_titles_is_no_verb(run: Run) -> None:
    art = run("وبين رئيس البلدية ونائبه خلاف قديم على المشاريع المتأخرة في الأحياء الجنوبية يرى المراقبون أن حله صعب.")
    assert not any(q.cue is not None and q.cue.text == "وبين" for q in art.quotes)


@pytest.mark.parametrize("text", [
    "وبعدها سيعود عدد الأعضاء مجددا إلى 120 ما يعني أن الأغلبية المطلقة ستكون 61 عضوا.",
    "استطلاع رأي: المرشح الجمهوري يتصدر القائمة بفارق كبير",
])
def test_poll_and_again_are_no_speech_verbs(run: Run, text: str) -> None:
    art = run(text + "\n\nنص الخبر هنا بلا أقوال.", title_line=True)
    assert art.quotes == []


def test_the_participle_renewing_still_reports(run: Run) -> None:
    art = run("واختتم أحمد فتحي كلمته، مجدداً التأكيد على أن المملكة ماضية في الإصلاح.", FATHI)
    assert who(quote_with(art, "ماضية في الإصلاح")) == "Ahmed Fathi"


def test_a_body_noun_tagged_as_an_alias_points_back(run: Run) -> None:
    art = run("أعلنت وزارة التجارة أمس بدء تطبيق الدليل الوطني. وأوضحت الوزارة احتواء الترميز الوطني على أنشطة "
              "جديدة، مشيرة إلى أن ذلك يخدم المستثمرين.", {"وزارة التجارة": COMMERCE, "الوزارة": ALIAS})
    assert who(quote_with(art, "يخدم المستثمرين")) == "Ministry of Commerce"
    assert who(quote_with(art, "احتواء الترميز")) == "Ministry of Commerce"


def test_a_participle_after_statements_and_their_relative_clause_is_their_owners(run: Run) -> None:
    art = run("وأوضحت صحيفة الحياة أن غالبية الناس أدلوا بآرائهم قبل تصريحات أحمد فتحي التي هاجم فيها خصمه السبت، "
              "معتبرا أنه لا يستحق لقب البطل.", {**FATHI, "الحياة": ("ORG", "SAUMED", "Al-Hayat")})
    assert who(quote_with(art, "لا يستحق لقب")) == "Ahmed Fathi"


def test_a_participle_after_another_relative_clause_stays_with_the_speaker(run: Run) -> None:
    art = run("وأوضحت صحيفة الحياة أن غالبية الناس زاروا معرض أحمد فتحي الذي افتتح السبت، معتبرة أنه نجح.",
              {**FATHI, "الحياة": ("ORG", "SAUMED", "Al-Hayat")})
    assert who(quote_with(art, "نجح")) == "Al-Hayat"


@pytest.mark.parametrize("owner", ["لأحمد فتحي مسؤول حالات الطوارئ لدى منظمة العفو الدولية", "للمسؤول أحمد فتحي"])
def test_words_that_came_in_someones_statement_are_his(run: Run, owner: str) -> None:
    art = run(f"وقالت منظمة العفو الدولية إن الوضع خطير. وجاء في بيان {owner} «أمطرت القوات مناطق مأهولة بقذائف الهاون "
              "دون أن تبدي التفاتا إلى المدنيين».", {**FATHI, "منظمة العفو الدولية": AMNESTY})
    q = quote_with(art, "أمطرت القوات")
    assert who(q) == "Ahmed Fathi" and q.kind == "direct"


def test_a_sentence_opening_with_and_that_goes_on_with_the_words_before(run: Run) -> None:
    art = run("وقال أحمد فتحي إن القلق ينتشر بين سكان القرية منذ أسابيع. وأن السكان القلقين رفعوا شكوى إلى المحافظ.",
              FATHI)
    q = quote_with(art, "السكان القلقين")
    assert who(q) == "Ahmed Fathi" and q.kind == "indirect" and not q.span.text.startswith("وأن")


def test_and_that_in_a_new_paragraph_after_no_reported_words_is_no_quote(run: Run) -> None:
    art = run("زار أحمد فتحي القرية أمس.\n\nوأن السكان القلقين رفعوا شكوى إلى المحافظ.", FATHI)
    assert art.quotes == []


@pytest.mark.parametrize("words", ["ستكون الساعات القادمة هي الفاصلة لتطهير المدينة",
                                   "سيتم الإعلان عن النتائج خلال الأيام القليلة المقبلة"])
def test_a_future_verb_right_after_added_opens_his_words(run: Run, words: str) -> None:
    art = run(f"وقال أحمد فتحي إن المليشيات بدأت بالهروب من المدينة. وأضاف {words}.", FATHI)
    assert who(quote_with(art, words[:12])) == "Ahmed Fathi"


@pytest.mark.parametrize("subject", ["سيادته أن", "ستالين داياناند أن", "سالم الناصري أن"])
def test_a_name_or_honorific_after_added_is_no_future_verb(run: Run, subject: str) -> None:
    art = run(f"وقال أحمد فتحي إن المليشيات بدأت بالهروب. وأضاف {subject} الساعات القادمة حاسمة.",
              {**FATHI, "ستالين داياناند": ("PER", "IND", "Stalin Dayanand")})
    q = quote_with(art, "الساعات القادمة")
    assert q.kind == "indirect" and q.span.text.startswith("الساعات")


def test_the_initials_of_an_outlet_addressed_do_not_cut_the_verb_off(run: Run) -> None:
    art = run("وقال أحمد فتحي لهيئة الإذاعة البريطانية \"بي.بي.سي\": \"سنصارع الدوري الممتاز، نريد جلب أفضل اللاعبين\".",
              {**FATHI, "هيئة الإذاعة البريطانية": ("ORG", "GBRMED", "BBC"), "بي.بي.سي": ("ORG", "GBRMED", "BBC")})
    q = quote_with(art, "سنصارع الدوري")
    assert who(q) == "Ahmed Fathi" and q.via == "BBC"
