"""Round 22 of the quotes stage (docs/quotes.md, "Round 22"): which person or body speaks, and through which outlet
or site. A bare "البيان" is the
statement its issuer was named with, though no speech verb introduced it; a body joined to a title by ل belongs to
the title when the holder's name follows; who speaks "in" a speech is its owner, giver or deliverer; a relative
clause set off by a comma describes the name before it; a phrase opening with a preposition is no name; a definite
noun of a person's trade stands for the person named before. A site a speaker posted on is read past its kind and a
glued preposition, and carries his later words; a verb carrying an earlier verb's subject keeps its outlet. Sentences
are invented; each rule's positive test
fails with its switch off (the tests check it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import marsad.quotes.speakers as speakers
import marsad.quotes.stage as stage
from marsad.article import Article
from quotes import conftest as harness
from quotes.conftest import quote_with, who

Run = Callable[..., Article]


@pytest.fixture
def run() -> Run:
    """The quotes stage's harness (tests/quotes/conftest.py): the article analysed with only the names given as
    entities."""
    go: Run = harness.run.__wrapped__()
    return go
INTERIOR = ("ORG", "SAUGOV", "Ministry of Interior")
HAMAS = ("ORG", "PSEREB", "Hamas")
OKAZ = ("ORG", "SAUMED", "Okaz")
OPEC = ("ORG", "IGOOPC", "OPEC")
BADRI = ("PER", "IGOOPC", "Abdalla El-Badri")
ENGINEERS = ("ORG", "SAUGOV", "Saudi Council of Engineers")
SPOKESMAN = ("PER", "SAUGOV", "Abdulnasser Al-Abdullatif")
SAIF = ("PER", "SAUCVL", "Abdulaziz Al-Saif")
JARALLAH = ("PER", "SAUGOV", "Ibrahim Al-Jarallah")
COMMITTEE = ("ORG", "SAUGOV", "Festival Committee")
HARBI = ("PER", "SAUCVL", "Abdullah Al-Harbi")
FORD = ("ORG", "USABUS", "Ford")
SIVA = ("PER", "USABUS", "Kalyana Sivagnanam")
BAKRI = ("PER", "YEMGOV", "Nayef al-Bakri")
TORRES = ("PER", "ESP", "Fernando Torres")
KHAL = ("PER", "SAUMED", "Abdu Khal")
OMARI = ("PER", "SAUMED", "Khalid Al-Omari")
TWITTER = ("ORG", "USABUS", "Twitter")
PLAYER = ("PER", "SAU", "Salem Al-Harbi")
COACH = ("PER", "KWT", "Khalid Al-Subaie")
SPA = ("ORG", "SAUMED", "Saudi Press Agency")
GOVERNOR = ("PER", "SAUGOV", "Nasser Al-Qahtani")


def _off(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
    monkeypatch.setattr(module, name, False)


def _speakers(art: Article, words: str) -> set[str | None]:
    """The speakers of the quotes holding `words` (none when no quote holds them)."""
    return {who(q) for q in art.quotes if words in q.span.text}


# stage.DOCUMENT_ISSUERS
@pytest.mark.parametrize(("body", "names", "words", "issuer"), [
    ("نشرت وزارة الداخلية مساء الأحد بيانا حول ضبط شبكة لتهريب السلع. وقال البيان إن أفراد الشبكة أوقفوا في ثلاث مدن.",
     {"وزارة الداخلية": INTERIOR}, "أفراد الشبكة", "Ministry of Interior"),
    # the outlet that received a copy only carried it
    ("ثمنت حركة «حماس» في بيان حصلت «عكاظ» على نسخة منه دور المملكة في دعم القضية، وقال البيان إن وفدا من الحركة "
     "زار المملكة يومين.", {"حماس": HAMAS, "عكاظ": OKAZ}, "وفدا من الحركة", "Hamas"),
])
def test_a_bare_statement_speaks_for_its_issuer(run: Run, monkeypatch: pytest.MonkeyPatch, body: str,
                                                names: dict[str, tuple[str, ...]], words: str, issuer: str) -> None:
    assert who(quote_with(run(body, names), words)) == issuer
    _off(monkeypatch, stage, "DOCUMENT_ISSUERS")
    assert issuer not in _speakers(run(body, names), words)


def test_a_statement_mentioned_without_an_issuer_gives_none(run: Run) -> None:
    body = "انتشر بيان على مواقع التواصل عن إغلاق الطريق. وقال البيان إن الطريق يغلق ثلاثة أيام."
    assert who(quote_with(run(body, {"وزارة الداخلية": INTERIOR}), "الطريق يغلق")) is None


# speakers.TITLE_BODIES
def test_a_body_joined_to_a_title_is_the_titles_when_the_name_follows(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    body = "ولفت الأمين العام لأوبك عبد الله البدري في فيينا إلى أن السوق ستتوازن قبل نهاية العام."
    names = {"أوبك": OPEC, "عبد الله البدري": BADRI}
    assert who(quote_with(run(body, names), "السوق ستتوازن")) == "Abdalla El-Badri"
    _off(monkeypatch, speakers, "TITLE_BODIES")
    assert "Abdalla El-Badri" not in _speakers(run(body, names), "السوق ستتوازن")


def test_a_title_and_its_body_with_no_name_after_still_point_back(run: Run) -> None:
    body = ("قال عبدالناصر العبداللطيف المتحدث الرسمي لهيئة المهندسين إن الترخيص يجدد كل عام. وأكد المتحدث الرسمي "
            "لهيئة المهندسين على أن المكاتب ستخضع للرقابة.")
    names = {"عبدالناصر العبداللطيف": SPOKESMAN, "هيئة المهندسين": ENGINEERS}
    assert who(quote_with(run(body, names), "المكاتب ستخضع")) == "Abdulnasser Al-Abdullatif"


# stage.SPEECH_GIVERS
@pytest.mark.parametrize(("body", "names", "words", "speaker"), [
    ("وبدأ الحفل بآيات من القرآن، تلا ذلك كلمة رئيس مجلس إدارة الجمعية عبدالعزيز السيف، أوضح فيها أن الأنشطة شملت "
     "جميع فئات المجتمع.", {"عبدالعزيز السيف": SAIF}, "الأنشطة شملت", "Abdulaziz Al-Saif"),
    ("ثم ألقى مدير المهرجان إبراهيم الجارالله كلمة اللجنة العليا للمهرجان أوضح فيها أن المهرجان يحظى بدعم كبير.",
     {"إبراهيم الجارالله": JARALLAH, "اللجنة العليا للمهرجان": COMMITTEE}, "المهرجان يحظى", "Ibrahim Al-Jarallah"),
])
def test_who_speaks_in_a_speech(run: Run, monkeypatch: pytest.MonkeyPatch, body: str,
                                names: dict[str, tuple[str, ...]], words: str, speaker: str) -> None:
    assert who(quote_with(run(body, names), words)) == speaker
    _off(monkeypatch, stage, "SPEECH_GIVERS")
    assert speaker not in _speakers(run(body, names), words)


# stage.RELATIVE_ANTECEDENTS
@pytest.mark.parametrize(("body", "words"), [
    ("وقال الزميل خالد العمري إن الصحيفة تواصلت مع المتحدث باسم المعلمين عبدالله الحربي، الذي أفاد بأن المعاملة "
     "رفعت إلى الوزارة.", "المعاملة رفعت"),
    ("وحضر خالد العمري ورشة العمل التي أقامها الفنان التشكيلي عبدالله الحربي، والذي أكد بدوره بأن الورشة تهدف إلى "
     "التعليم.", "الورشة تهدف"),
])
def test_a_relative_clause_set_off_describes_the_name_before(run: Run, monkeypatch: pytest.MonkeyPatch, body: str,
                                                             words: str) -> None:
    names = {"عبدالله الحربي": HARBI, "خالد العمري": OMARI}
    assert "Abdullah Al-Harbi" in _speakers(run(body, names), words)
    _off(monkeypatch, stage, "RELATIVE_ANTECEDENTS")
    assert "Abdullah Al-Harbi" not in _speakers(run(body, names), words)


def test_the_name_before_an_apposition_is_the_antecedent(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    body = "وسيعمل المدير الجديد تحت سلطة كاليانا سيفاجنانام، نائب رئيس التسويق لدى فورد، الذي قال إن الشركة ترحب به."
    assert _speakers(run(body, {"كاليانا سيفاجنانام": SIVA, "فورد": FORD}), "الشركة ترحب") == {"Kalyana Sivagnanam"}
    # a body named inside the apposition is never the antecedent, even when the name before it is not known
    assert _speakers(run(body, {"فورد": FORD}), "الشركة ترحب") == {None}
    # the apposition alone between the name and the relative pronoun: only this rule finds the speaker
    titled = "وكان في استقبال الوفد خالد العتيبي، وكيل وزارة الصحة، الذي أوضح أن المستشفى جاهز."
    names = {"خالد العتيبي": ("PER", "SAUGOV", "Khalid Al-Otaibi"), "وزارة الصحة": ("ORG", "SAUGOV", "Ministry of Health")}
    assert _speakers(run(titled, names), "المستشفى جاهز") == {"Khalid Al-Otaibi"}
    _off(monkeypatch, stage, "RELATIVE_ANTECEDENTS")
    assert _speakers(run(titled, names), "المستشفى جاهز") == {None}


# speakers.FUNCTION_OPENERS
def test_a_phrase_opening_with_a_preposition_is_no_name(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("وذكر المحافظ نايف البكري أن الأولوية لتشغيل المطار. وكشف المحافظ عن تشكيل فريق عمل، وعن عودة الخدمات "
            "الأساسية، وعودة النازحين. وتعهد «ببذل كل ما يمكن لإعادة إعمار المدينة».")
    names = {"نايف البكري": BAKRI}
    assert who(quote_with(run(body, names), "ببذل كل")) == "Nayef al-Bakri"
    _off(monkeypatch, speakers, "FUNCTION_OPENERS")
    assert "Nayef al-Bakri" not in _speakers(run(body, names), "ببذل كل")


# stage.WIDE_EPITHETS
@pytest.mark.parametrize(("body", "names", "words", "speaker"), [
    ("وقال فرناندو توريس إن عودته هدفها استكمال مرحلة. وأوضح المهاجم الدولي أن الفريق قادر على المنافسة.",
     {"فرناندو توريس": TORRES}, "الفريق قادر", "Fernando Torres"),
    ("وفي مقاله قال عبده خال إن التحرش جريمة. وأضاف الكاتب: «لا بد من قانون يجرم التحرش».",
     {"عبده خال": KHAL}, "لا بد من قانون", "Abdu Khal"),
])
def test_a_definite_trade_noun_stands_for_the_person_named_before(run: Run, monkeypatch: pytest.MonkeyPatch,
                                                                  body: str, names: dict[str, tuple[str, ...]],
                                                                  words: str, speaker: str) -> None:
    assert who(quote_with(run(body, names), words)) == speaker
    _off(monkeypatch, stage, "WIDE_EPITHETS")
    assert speaker not in _speakers(run(body, names), words)


def test_a_bare_official_stays_an_unnamed_source(run: Run) -> None:
    body = "وقال فرناندو توريس إن الفريق قوي. وقال المسؤول إن المباراة ستقام في موعدها."
    assert who(quote_with(run(body, {"فرناندو توريس": TORRES}), "المباراة ستقام")) is None


def _vias(art: Article, words: str) -> set[str | None]:
    return {q.via for q in art.quotes if words in q.span.text}


# stage.PLATFORM_WORDS, stage.SAME_CHANNEL
@pytest.mark.parametrize(("switch", "body", "names", "words", "via"), [
    ("PLATFORM_WORDS", "وكتب اللاعب سالم الحربي في حسابه الإلكتروني بموقع «تويتر»: «سأعود إلى الملاعب بعد شهر».",
     {"سالم الحربي": PLAYER, "تويتر": TWITTER}, "سأعود إلى", "Twitter"),
    ("SAME_CHANNEL", "وأعرب المحافظ ناصر القحطاني في حديث لوكالة الأنباء السعودية عن أسفه للحادث، مبيناً أن "
     "الأضرار محدودة.", {"ناصر القحطاني": GOVERNOR, "وكالة الأنباء السعودية": SPA}, "الأضرار محدودة",
     "Saudi Press Agency"),
])
def test_the_outlet_or_site_a_speaker_used(run: Run, monkeypatch: pytest.MonkeyPatch, switch: str, body: str,
                                           names: dict[str, tuple[str, ...]], words: str, via: str) -> None:
    assert _vias(run(body, names), words) == {via}
    _off(monkeypatch, stage, switch)
    assert via not in _vias(run(body, names), words)


def test_a_site_is_no_channel_for_later_words(run: Run) -> None:
    # the site a speaker posted on is credited where the sentence names it, not carried to his next words (round 22's
    # PLATFORM_CHANNELS did; dev28-dev31 showed 0 right of 5 such relays, the tuning sets 3 of 8)
    body = ("وذكر المدرب خالد السبيعي في حسابه على تويتر أن \"الفريق سيعود أقوى في المباريات المقبلة\". "
            "وأضاف السبيعي \"نحتاج إلى الصبر حتى نهاية الموسم\".")
    names = {"خالد السبيعي": COACH, "السبيعي": COACH, "تويتر": TWITTER}
    art = run(body, names)
    assert _vias(art, "الفريق سيعود") == {"Twitter"}
    assert _vias(art, "نحتاج إلى") == {None}


# data: title nouns added to `title_nouns` (src/marsad/data/quotes/cues.json): a mufti, a coordinator, a preacher, a
# brigadier are offices held by the person named with them, not the country or body after them
MUFTI = ("PER", "UGA", "Shaban Mubajje")
UGANDA = ("GPE", "UGA", "Uganda")
OFFICER = ("PER", "USAMIL", "Thomas Miller")


@pytest.mark.parametrize(("body", "names", "words", "speaker"), [
    ("أكد الشيخ شعبان موباجا مفتي أوغندا أن فتاوى التكفير بلاء. وأضاف مفتي أوغندا أن قوى دولية تريد إضعاف المسلمين.",
     {"شعبان موباجا": MUFTI, "أوغندا": UGANDA}, "قوى دولية", "Shaban Mubajje"),
    ("وأوضح البريجادير توماس ميلر في مؤتمر صحفي أن القوات انسحبت من الموقع.",
     {"توماس ميلر": OFFICER}, "القوات انسحبت", "Thomas Miller"),
])
def test_offices_added_to_the_title_nouns(run: Run, body: str, names: dict[str, tuple[str, ...]], words: str,
                                          speaker: str) -> None:
    assert _speakers(run(body, names), words) == {speaker}


# speakers.FEMININE_STEMS, speakers.NEWS_AGENCY_NAMES
WIFE = ("PER", "SYR", "Maysaa Ghanem")
ANADOLU = ("ORG", "TURMED", "Anadolu Agency")


@pytest.mark.parametrize(("switch", "body", "names", "words", "speaker"), [
    ("FEMININE_STEMS", "وأكدت زوجته ميساء غانم أنها تلقت وعدا بمحاسبة الفاعل.", {"ميساء غانم": WIFE}, "تلقت وعدا",
     "Maysaa Ghanem"),
    ("NEWS_AGENCY_NAMES", "ذكرت وكالة أنباء «الأناضول» الحكومية التركية اليوم أن الشرطة اعتقلت عشرة أشخاص.",
     {"الأناضول": ANADOLU}, "الشرطة اعتقلت", "Anadolu Agency"),
])
def test_names_after_a_kin_noun_or_a_news_agencys_noun(run: Run, monkeypatch: pytest.MonkeyPatch, switch: str,
                                                       body: str, names: dict[str, tuple[str, ...]], words: str,
                                                       speaker: str) -> None:
    assert _speakers(run(body, names), words) == {speaker}
    _off(monkeypatch, speakers, switch)
    assert speaker not in _speakers(run(body, names), words)


def test_a_foreign_name_beginning_like_a_preposition_is_a_name() -> None:
    # "بالمر"، "كالينا": foreign names that begin as "ب/ك + ال" would; "للمواطنين" is ل and the article
    assert not speakers._function_opener("بالمر") and not speakers._function_opener("كالينا")
    assert speakers._function_opener("للمواطنين") and speakers._function_opener("وعن")
