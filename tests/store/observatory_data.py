"""Articles with facts for store, API and page tests, built here because the language stages fill them later.

The pages are short texts written for these tests; facts are attached at the
offsets where their words occur, as a stage would.
"""

from __future__ import annotations

from marsad.api import analyze
from marsad.article import Article, Claim, Entity, Event, EventActor, Quote, Span, Speaker, Timex

PAGE_SIGNING = (
    "روسيا وكوريا الشمالية توقعان اتفاقية شراكة استراتيجية شاملة\n\n"
    "وقّع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون يوم الأربعاء اتفاقية شراكة "
    "استراتيجية شاملة في بيونغ يانغ خلال زيارة نادرة يقوم بها الرئيس الروسي.\n\n"
    "وقال بوتين إن \"العلاقات بين البلدين تدخل مرحلة جديدة من التعاون\" مضيفاً أن الاتفاقية تشمل "
    "المساعدة المتبادلة في حال تعرض أحد الطرفين لعدوان.\n\n"
    "وكانت كوريا الشمالية قد أطلقت الأسبوع الماضي صواريخ باليستية قصيرة المدى باتجاه البحر، "
    "فيما نددت الولايات المتحدة بالتقارب بين موسكو وبيونغ يانغ.\n"
)

# the same report, lightly edited, as another site would run it
PAGE_SIGNING_COPY = PAGE_SIGNING.replace("خلال زيارة نادرة", "في زيارة نادرة").replace(
    "فيما نددت", "بينما نددت")

PAGE_OTHER = (
    "أمطار غزيرة تغلق طرقاً في عدة مدن\n\n"
    "أغلقت السلطات المحلية عدداً من الطرق الرئيسية بعد هطول أمطار غزيرة استمرت ساعات، "
    "وطالبت الدفاع المدني السكان بالابتعاد عن مجاري السيول والأودية حفاظاً على سلامتهم.\n\n"
    "وأوضح المتحدث أن فرق الإنقاذ تعاملت مع عشرات البلاغات دون تسجيل إصابات.\n"
)

TOKEN = "test-token-123"
SCRIPT = "<script>alert('x')</script>"
PAGE_SCRIPT = (
    "خبر يحمل نصاً غريباً في متنه\n\n"
    f"قال مراقبون إن النص التالي وصل كما هو في الخبر {SCRIPT} ولم يعرف مصدره، "
    "وأكدوا أن التحقيق جارٍ لمعرفة الجهة التي نشرته على الموقع.\n"
)


def _bare(art: Article) -> Article:
    """The article without the facts the language stages found: tests set their own."""
    art.entities, art.timexes, art.quotes, art.claims, art.events = [], [], [], [], []
    return art


def _span(art: Article, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(words, start + 1)
    return art.span(start, start + len(words))


def signing_article(page: str = PAGE_SIGNING, url: str = "https://example-news.test/a/1") -> Article:
    """The signing report with entities, a date, a quote and two events."""
    art = _bare(analyze(page, published="2024-06-19", url=url))
    art.entities = [
        Entity(_span(art, "فلاديمير بوتين"), "PER", "RUSGOV", "Vladimir Putin"),
        Entity(_span(art, "كيم جونغ أون"), "PER", "PRKGOV", "Kim Jong Un"),
        Entity(_span(art, "الولايات المتحدة"), "GPE", "USA", "United States"),
    ]
    art.timexes = [Timex(_span(art, "يوم الأربعاء"), "2024-06-19", "day")]
    quote = _span(art, "العلاقات بين البلدين تدخل مرحلة جديدة من التعاون")
    art.quotes = [Quote(quote, "direct", Speaker("بوتين", "Vladimir Putin", "RUSGOV"), _span(art, "وقال"))]
    art.claims = [Claim(_span(art, "الاتفاقية تشمل المساعدة المتبادلة"), "reported", by="RUSGOV")]
    art.events = [
        Event(EventActor("RUSGOV", "Vladimir Putin", _span(art, "فلاديمير بوتين")),
              EventActor("PRKGOV", "Kim Jong Un", _span(art, "كيم جونغ أون")),
              "057", "05", "Sign formal agreement", 8.0, 1,
              _span(art, "وقّع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون"),
              date="2024-06-19", status="asserted"),
        Event(EventActor("USA", "United States", _span(art, "الولايات المتحدة")),
              EventActor("RUS", "Russia", _span(art, "موسكو")),
              "112", "11", "Accuse", -2.0, 3,
              _span(art, "نددت الولايات المتحدة بالتقارب بين موسكو وبيونغ يانغ"),
              date="2024-06-19", status="reported"),
    ]
    return art


def other_article() -> Article:
    return _bare(analyze(PAGE_OTHER, published="2024-05-02", url="https://weather.test/rain"))


def script_article() -> Article:
    art = _bare(analyze(PAGE_SCRIPT, published="2024-05-03", url="https://odd.test/x"))
    art.entities = [Entity(_span(art, SCRIPT), "MISC", None, SCRIPT)]
    return art
