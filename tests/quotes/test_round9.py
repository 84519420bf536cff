"""Round 9 rules: one person named twice, a country's press in a headline, words written on things, a verb whose
object is named, the site a speaker posted on, dotted acronyms, a headline's line, a verb of the other gender
inside a person's words, the source of a figure, consuls, "كما أكد"، "أجمع", a title naming a body, speech nouns,
credited quotations, a colon ending its paragraph, names in brackets, an agency that received a statement.
Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article

from .conftest import AHMED, REUTERS, RUS, quote_with, who

Run = Callable[..., Article]
FATHI = {"أحمد فتحي": AHMED, "فتحي": AHMED}
FACEBOOK = ("ORG", "USABUS", "Facebook")
TWITTER = ("ORG", "USABUS", "Twitter")
PAPER = ("ORG", "SAUMED", "Al-Madina (newspaper)")
TOURISM = ("ORG", "SAUGOV", "Tourism Authority")


@pytest.mark.parametrize("verb", ["وأوضح", "وأكد", "وأضاف"])
def test_one_person_named_twice_opens_a_clause_of_his_own(run: Run, verb: str) -> None:
    art = run(f"قال رئيس الغرفة التجارية أحمد فتحي إن الأسعار سترتفع هذا العام {verb} فتحي لـ«المدينة» أن التضخم "
              "سيتراجع في الربع الأخير.", {**FATHI, "المدينة": PAPER})
    first = quote_with(art, "الأسعار سترتفع")
    assert "التضخم" not in first.span.text
    second = quote_with(art, "التضخم سيتراجع")
    assert who(second) == "Ahmed Fathi" and second.via == "Al-Madina (newspaper)"


@pytest.mark.parametrize(("head", "names"), [
    ("الإعلام الفرنسي", {"الإعلام الفرنسي": ("ORG", "FRAMED", "French media")}),
    ("وسائل الإعلام الروسية", {"وسائل الإعلام الروسية": ("ORG", "RUSMED", "Russian media")}),
    ("الصحف البريطانية", {"الصحف البريطانية": ("ORG", "GBRMED", "British newspapers")}),
])
def test_a_countrys_press_in_a_headline_relays_nothing(run: Run, head: str, names: dict[str, tuple[str, ...]]) -> None:
    art = run(f"{head}: الانتخابات تشعل المنافسة بين الأحزاب\n\nوقال المرشح أحمد فتحي إن الحملة بدأت مبكرا هذا العام.",
              {**FATHI, **names}, title_line=True)
    q = quote_with(art, "الحملة بدأت")
    assert who(q) == "Ahmed Fathi" and q.relays == [] and q.via is None


def test_a_named_outlet_in_a_headline_still_tells_the_story(run: Run) -> None:
    art = run("رويترز: الانتخابات تشعل المنافسة بين الأحزاب\n\nوقال المرشح أحمد فتحي إن الحملة بدأت مبكرا هذا العام.",
              {**FATHI, "رويترز": REUTERS}, title_line=True)
    assert quote_with(art, "الحملة بدأت").via == "Reuters"


@pytest.mark.parametrize("sentence", [
    "ورفع المتظاهرون لافتة مكتوب عليها «ارحلوا عن أرضنا الآن قبل فوات الأوان».",
    "ووضع الأطفال صندوقا كبيرا كتب عليه «تبرعوا لإخوانكم في المخيمات هذا الشتاء».",
    "ووضعت عند المدخل لوحة كبيرة مكتوبة على واجهتها «أهلا بكم في مدينتكم الجميلة دائما».",
])
def test_words_written_on_a_thing_are_no_quote(run: Run, sentence: str) -> None:
    art = run(sentence)
    assert art.quotes == []


def test_words_written_on_a_page_are_still_a_post(run: Run) -> None:
    art = run("وكتب أحمد فتحي على صفحته: «نحن فخورون بما حققه المنتخب اليوم».", FATHI)
    assert who(quote_with(art, "نحن فخورون")) == "Ahmed Fathi"


def test_a_verb_whose_object_is_named_reports_no_later_words(run: Run) -> None:
    art = run("وعلى الجدار صورة لطفل يشير إلى روسيا بيده في دلالة على الخوف من أن تمتد الأزمة إلى بلاده.",
              {"روسيا": RUS})
    assert art.quotes == []


def test_a_pointer_to_reported_words_still_reports_them(run: Run) -> None:
    art = run("وأشار أحمد فتحي إلى أن الحرب قد تتوسع إلى دول الجوار.", FATHI)
    assert who(quote_with(art, "الحرب قد تتوسع")) == "Ahmed Fathi"


@pytest.mark.parametrize(("sentence", "site", "names"), [
    ("وقال أحمد فتحي على صفحته على موقع فيسبوك إن الحملة نجحت في جمع التبرعات.", "Facebook", {"فيسبوك": FACEBOOK}),
    ("وكتب أحمد فتحي في حسابه على «تويتر»: «الحملة نجحت في جمع التبرعات».", "Twitter", {"تويتر": TWITTER}),
    ("وأكد أحمد فتحي في تغريدة عبر تويتر أن الحملة نجحت في جمع التبرعات.", "Twitter", {"تويتر": TWITTER}),
    ("وصرح أحمد فتحي في بيان على صفحته الرسمية على فيسبوك أن الحملة نجحت في جمع التبرعات.", "Facebook",
     {"فيسبوك": FACEBOOK}),
])
def test_the_site_a_speaker_posted_on_carries_the_words(run: Run, sentence: str, site: str,
                                                        names: dict[str, tuple[str, ...]]) -> None:
    art = run(sentence, {**FATHI, **names})
    q = quote_with(art, "الحملة نجحت")
    assert who(q) == "Ahmed Fathi" and q.via == site


def test_a_site_named_in_the_words_is_no_relay(run: Run) -> None:
    art = run("وقال أحمد فتحي إن الشركة نشرت صفحته على موقع فيسبوك بالخطأ.", {**FATHI, "فيسبوك": FACEBOOK})
    assert quote_with(art, "الشركة نشرت").via is None


@pytest.mark.parametrize("acronym", ["سي. آي. إيه", "إف. بي. آي"])
def test_a_dotted_acronym_neither_ends_the_sentence_nor_is_a_quote(run: Run, acronym: str) -> None:
    art = run(f"وقالت الصحيفة إن القائمة تضم أسماء يلاحقها «{acronym}» منذ سنوات طويلة.")
    q = quote_with(art, "القائمة تضم")
    assert q.span.text.endswith("منذ سنوات طويلة")
    assert all(acronym not in x.span.text or x is q for x in art.quotes)


def test_an_acronym_in_brackets_does_not_hide_the_complementiser(run: Run) -> None:
    art = run("وقال محققو المكتب الاتحادي (إف. بي. آي) إن الشبكة نقلت أموالا كثيرة إلى الخارج.")
    assert quote_with(art, "الشبكة نقلت").span.text.startswith("الشبكة")


@pytest.mark.parametrize("tail", ["ولن نقبل أي تأخير", "والتذاكر متاحة للجميع"])
def test_a_headlines_words_run_to_the_end_of_its_line(run: Run, tail: str) -> None:
    art = run(f"فتحي: سنفتتح \"المعرض\" في موعده.. {tail}\n\nوقال أحمد فتحي إن اللجنة ستجتمع الأسبوع المقبل.",
              FATHI, title_line=True)
    q = quote_with(art, "سنفتتح")
    assert q.span.text.endswith(tail) and who(q) == "Ahmed Fathi"


@pytest.mark.parametrize(("subject", "verb"), [("الكويت فطلبت مهلة للدراسة", "وأكدت"),
                                               ("الحكومة فترددت طويلا", "وأوضحت")])
def test_a_joined_verb_of_the_other_gender_stays_in_a_mans_words(run: Run, subject: str, verb: str) -> None:
    art = run(f"وقال أحمد فتحي إن الأردن رحب بالخطة أما {subject} {verb} أنها ستعلن موقفها الأسبوع المقبل.", FATHI)
    q = quote_with(art, "ستعلن موقفها")
    assert q.span.text.startswith("الأردن رحب") and who(q) == "Ahmed Fathi"


def test_a_joined_verb_of_the_same_gender_still_opens_his_next_words(run: Run) -> None:
    art = run("وقال أحمد فتحي إن الأردن رحب بالخطة وأوضح أنه سيعلن موقفه الأسبوع المقبل.", FATHI)
    assert quote_with(art, "سيعلن موقفه").span.text.startswith("سيعلن")


@pytest.mark.parametrize("source", ["لإحصاءات", "لأرقام", "لتقديرات"])
def test_the_source_of_a_figure_is_no_relay(run: Run, source: str) -> None:
    art = run(f"وقال أحمد فتحي إن عدد الزوار تجاوز مليوني زائر العام الماضي، وفقا {source} هيئة السياحة.",
              {**FATHI, "هيئة السياحة": TOURISM})
    q = quote_with(art, "عدد الزوار")
    assert q.via is None and "Tourism Authority" not in q.relays


def test_an_agency_closing_the_sentence_is_still_a_relay(run: Run) -> None:
    art = run("وقال أحمد فتحي إن عدد الزوار تجاوز مليوني زائر العام الماضي، وفقا لوكالة رويترز.",
              {**FATHI, "رويترز": REUTERS})
    assert quote_with(art, "عدد الزوار").via == "Reuters"


@pytest.mark.parametrize("title", ["القنصل العام", "القنصل المصري العام بالإنابة"])
def test_a_consul_is_a_title_whose_holder_speaks(run: Run, title: str) -> None:
    art = run(f"طمأن {title} في مدينة إسطنبول أحمد فتحي أسر المسافرين، مشيراً إلى أن القنصلية على اتصال دائم بهم.",
              FATHI)
    assert who(quote_with(art, "القنصلية على اتصال")) == "Ahmed Fathi"


@pytest.mark.parametrize("verb", ["كما أكد", "كما قال", "وكما أشار"])
def test_also_said_opens_the_speakers_own_words(run: Run, verb: str) -> None:
    art = run(f"وأوضح أحمد فتحي أن المعرض نجح. {verb} فتحي أن البلدية ستفتتح حديقتين جديدتين الشهر المقبل.", FATHI)
    q = quote_with(art, "البلدية ستفتتح")
    assert who(q) == "Ahmed Fathi" and q.via is None


def test_as_reported_after_the_words_is_still_a_relay(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المعرض نجح في جذب الزوار، كما ذكرت وكالة رويترز.", {**FATHI, "رويترز": REUTERS})
    assert quote_with(art, "المعرض نجح").via == "Reuters"


@pytest.mark.parametrize(("sentence", "words"), [
    ("وفي ختام الدورة أجمع المتدربون الذين حضروا من عدة مناطق بأن البرنامج أفادهم في عملهم اليومي.",
     "البرنامج أفادهم"),
    ("وتحدث اللاعبون عن المباراة وأجمعوا على أن الفريق يستحق الفوز في النهائي.", "الفريق يستحق"),
    ("وأجمعت الصحف على أن الحكومة تواجه أزمة كبيرة هذا العام.", "الحكومة تواجه"),
])
def test_agreeing_that_reports_the_words_they_all_said(run: Run, sentence: str, words: str) -> None:
    art = run(sentence)
    assert quote_with(art, words).span.text.startswith(words)


def test_the_whole_world_is_no_verb(run: Run) -> None:
    art = run("ويعرف العالم أجمع بأن الفريق الفائز احتفل في الملعب.")
    assert art.quotes == []


FAISALY = ("ORG", "SAUSPO", "Al-Faisaly")
NASSR = ("ORG", "SAUSPO", "Al-Nassr")


@pytest.mark.parametrize("opening", ["وقال مدرب الفيصلي أحمد فتحي إن", "وقال أحمد فتحي مدرب الفيصلي إن"])
def test_a_title_naming_a_body_points_back_to_the_person_named_with_it(run: Run, opening: str) -> None:
    art = run(f"{opening} الفريق جاهز للمباراة.\nوعن إصابة الحارس أكد مدرب الفيصلي أن الفريق سيفتقده في المباراتين "
              "المقبلتين.", {**FATHI, "الفيصلي": FAISALY, "النصر": NASSR})
    assert who(quote_with(art, "سيفتقده")) == "Ahmed Fathi"


def test_a_title_naming_another_body_does_not_point_back(run: Run) -> None:
    art = run("وقال مدرب الفيصلي أحمد فتحي إن الفريق جاهز للمباراة.\nوعن إصابة الحارس أكد مدرب النصر أن الفريق "
              "سيفتقده في المباراتين المقبلتين.", {**FATHI, "الفيصلي": FAISALY, "النصر": NASSR})
    assert who(quote_with(art, "سيفتقده")) == "Al-Nassr"


@pytest.mark.parametrize("noun", ["إعلانه في مؤتمر صحفي", "تأكيده للاعبين", "تصريحه"])
def test_a_speech_noun_with_a_pronoun_reports_the_subjects_words(run: Run, noun: str) -> None:
    art = run(f"عاد أحمد فتحي رئيس النادي إلى مكتبه اليوم بعد أسبوع من {noun} أنه سيستقيل من منصبه.", FATHI)
    q = quote_with(art, "سيستقيل")
    assert who(q) == "Ahmed Fathi" and q.span.text.startswith("سيستقيل")


def test_a_speech_noun_without_an_owner_reports_nothing(run: Run) -> None:
    art = run("عاد أحمد فتحي رئيس النادي إلى مكتبه اليوم بعد أسبوع من الإعلان الرسمي أنه سيستقيل من منصبه.", FATHI)
    assert art.quotes == []


def test_an_honorific_owner_speaks_and_the_carrier_relays(run: Run) -> None:
    art = run("نقل محافظ المدينة خالد سالم إلى الفائزين تهنئة سمو الأمير أحمد فتحي وتأكيد سموه بأن الشباب هم ثروة "
              "الوطن الحقيقية.", {**FATHI, "خالد سالم": ("PER", "SAUGOV", "Khalid Salem")})
    q = quote_with(art, "الشباب هم ثروة")
    assert who(q) == "Ahmed Fathi" and q.via == "Khalid Salem"


WHITE_HOUSE = ("ORG", "USAGOV", "White House")


@pytest.mark.parametrize("relay", ["وفقا لما ذكره البيت الأبيض", "حسبما أعلن البيت الأبيض", "بحسب البيت الأبيض"])
def test_quoted_words_of_a_credited_sentence_are_the_sources(run: Run, relay: str) -> None:
    art = run(f"وبحث الوزيران خلال لقائهما أمس التعاون «لحماية المياه الإقليمية ومكافحة التهريب عبر الحدود البحرية»، "
              f"{relay}.",
              {"البيت الأبيض": WHITE_HOUSE})
    q = quote_with(art, "لحماية المياه")
    assert who(q) == "White House" and q.via is None


def test_a_speakers_quotation_closed_by_a_relay_keeps_its_speaker(run: Run) -> None:
    art = run("وقال أحمد فتحي في المؤتمر: «سنعمل معا لحماية المياه الإقليمية»، بحسب وكالة رويترز.",
              {**FATHI, "رويترز": REUTERS})
    q = quote_with(art, "لحماية المياه")
    assert who(q) == "Ahmed Fathi" and q.via == "Reuters"


VISIT = "وزار أحمد فتحي المدينة أمس برفقة وفد كبير من المسؤولين والخبراء.\n"


@pytest.mark.parametrize(("opening", "words"), [
    ("وقال أحمد فتحي في بيانه الذي وزعه على الصحفيين:", "إن المدينة تستعد"),
    ("وأضاف أحمد فتحي في المؤتمر الصحفي الذي عقده مساء أمس:", "المدينة تستعد"),
])
def test_a_colon_ending_its_paragraph_opens_the_next_one(run: Run, opening: str, words: str) -> None:
    art = run(f"{VISIT}{opening}\n{words} لاستقبال الزوار في موسم الصيف بخطة جديدة.", FATHI)
    q = quote_with(art, "المدينة تستعد")
    assert who(q) == "Ahmed Fathi" and q.kind == "direct" and q.span.text.startswith("المدينة")


def test_a_new_attribution_in_the_next_paragraph_is_its_own(run: Run) -> None:
    art = run(f"{VISIT}وقال أحمد فتحي في بيانه الذي وزعه على الصحفيين:\nوأكد الوزير أن المدينة تستعد لاستقبال الزوار.",
              FATHI)
    assert not any(q.span.text.startswith("وأكد") for q in art.quotes)


@pytest.mark.parametrize("noun", ["قال لي جاري العجوز (منصور):", "وقال البائع (سالم):"])
def test_a_name_in_brackets_after_a_common_noun_is_the_speaker(run: Run, noun: str) -> None:
    art = run(f"{noun} كانت القرية قديما أجمل بكثير مما هي عليه اليوم.")
    q = quote_with(art, "كانت القرية")
    assert q.speaker is not None and q.speaker.text in ("منصور", "سالم")


DPA = ("ORG", "DEUMED", "Deutsche Presse-Agentur")


@pytest.mark.parametrize("received", ["تلقت وكالة الأنباء الألمانية نسخة منه", "تلقت وكالة الأنباء الألمانية (د. ب. أ) نسخة منه",
                                      "حصلت وكالة الأنباء الألمانية على نسخة منه"])
def test_the_agency_that_received_a_statement_relays_it(run: Run, received: str) -> None:
    art = run(f"وقال أحمد فتحي في بيان {received} إن الانتخابات البلدية ستجرى في موعدها.",
              {**FATHI, "وكالة الأنباء الألمانية": DPA})
    q = quote_with(art, "الانتخابات البلدية")
    assert who(q) == "Ahmed Fathi" and q.via == "Deutsche Presse-Agentur"


@pytest.mark.parametrize(("outlet", "names", "via"), [
    ("«عين اليوم»", {"عين اليوم": ("ORG", "SAUMED", "Ein Alyoum", "org:ein-alyoum")}, None),
    ("«واس»", {"واس": ("ORG", "SAUMED", "Saudi Press Agency", "org:saudi-press-agency")}, "Saudi Press Agency"),
])
def test_a_paper_that_received_a_statement_is_its_publisher(run: Run, outlet: str, names: dict[str, tuple[str, ...]],
                                                            via: str | None) -> None:
    art = run(f"وقال أحمد فتحي في بيان تلقت {outlet} نسخة منه إن الانتخابات البلدية ستجرى في موعدها.", {**FATHI, **names})
    assert quote_with(art, "الانتخابات البلدية").via == via


def test_a_story_told_in_unmarked_words_keeps_the_quote_of_someone_else_in_it(run: Run) -> None:
    art = run("تحدثت طالبات المدرسة في الحفل الختامي عن رحلتهن إلى الحديقة وعما شاهدنه من طيور وأشجار نادرة.\n"
              "وقالت الطالبة (سارة):\n"
              "عندما زرنا الحديقة شاهدنا طيورا كثيرة، وسألت جدي عن هجرة الطيور فقال إنها رحلة طويلة تقطعها الطيور "
              "كل شتاء.")
    story = quote_with(art, "عندما زرنا الحديقة")
    told = quote_with(art, "رحلة طويلة تقطعها")
    assert story.kind == "direct" and told.kind == "indirect" and told is not story
    assert told.speaker is None or told.speaker.text != "سارة"
