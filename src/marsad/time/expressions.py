"""Finding time expressions in Arabic news text, before any calendar arithmetic.

Steps:
1. Split the normalised view of the text (`marsad.clean.normalize`) into words,
   digit runs and punctuation; a word may carry proclitics (و ف ب ل ك), read
   off when a lexicon lookup needs the bare word.
2. At each token try every rule (full dates, paired month names, Hijri dates,
   years, decades, centuries, deictic days with their weekday, weekdays,
   relative units, offsets and durations, sets and rates, vague references,
   holidays, clock times and early or late hours, quarters and a company's
   periods) and keep the longest match; go on after it.
3. Each match is a `Mention`: its span in the normalised view and what it says
   (`Sem`), still unanchored. `marsad.time.resolve` turns it into a value once
   the publication date is known.

Prepositions (في، منذ، قبل...) stay outside the span, as in TimeML, except where
they carry the meaning ("قبل ثلاثة أيام" is three days ago, "بعد غد" the day
after tomorrow).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from marsad.time import switches
from marsad.time.lexicon import Lexicon, lexicon, norm

TOKEN = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+|[A-Za-z]+|\d+|\S")
CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
T = TypeVar("T")
N = norm  # the literals below are written in full spelling and compared normalised

FI = N("في")
MIN = N("من")
SHAHR = N("شهر")
YAWM = N("يوم")
AL = "ال"
WA = N("و")
OFFSET_PREPS = {N("قبل"): "before", N("بعد"): "after", N("منذ"): "since", N("خلال"): "during", N("طوال"): "during",
                N("لمدة"): "during", N("مدة"): "during", N("طيلة"): "during", N("مدى"): "during", N("مدار"): "during",
                N("حتى"): "until", N("بحلول"): "until", N("غضون"): "during"}
YEAR_CONTEXT = {FI, MIN, N("منذ"), N("حتى"), N("قبل"), N("بعد"), N("بحلول"), N("خلال"), N("عام"), N("العام"),
                N("سنة"), N("موسم"), N("الى"), N("إلى"), N("مطلع"), N("نهاية"), N("بداية"), N("أواخر"), N("منتصف"),
                N("أوائل"), N("ميزانية"), N("الفترة"), N("لعام"), N("بعام"), N("وفي"), N("ومنذ"), N("وحتى"), N("بين")}
HALVES = {N("الربع"): "Q", N("النصف"): "H", N("الشطر"): "H", N("الثلث"): "T"}
THIS = {N("هذا"), N("هذه")}
EID = {(N("عيد"), N("الفطر")): (10, 1), (N("عيد"), N("الأضحى")): (12, 10), (N("يوم"), N("عرفة")): (12, 9),
       (N("عيد"), N("الاضحي")): (12, 10), (N("رأس"), N("السنة"), N("الهجرية")): (1, 1),
       (N("المولد"), N("النبوي")): (3, 12)}
BLESSED = {N("المبارك"), N("السعيد"), N("الكريم"), N("المعظم"), N("الفضيل"), N("الحرام")}
GHURRA = N("غرة")
BARE_HIJRI = {9, 10, 11, 12}  # رمضان، شوال، ذو القعدة، ذو الحجة: safe alone beside a preposition
SAA = N("الساعة")
CLOCK_ADV = {N("صباحا"): "am", N("ظهرا"): "pm", N("عصرا"): "pm", N("مساء"): "pm", N("مساءً"): "pm", N("ليلا"): "pm",
             N("فجرا"): "am", N("ص"): "am", N("م"): "pm"}
CLOCK_FRACTIONS = {N("النصف"): 30, N("الربع"): 15, N("الثلث"): 20, N("ونصف"): 30, N("وربع"): 15, N("وثلث"): 20}
KUL = N("كل")
QALIL = {N("قليلة"), N("قليل"), N("معدودة"), N("عديدة"), N("طويلة"), N("طويل")}
QARN = N("القرن")
HIJRI_SHORT = {N("هـ"), "ه"}
HIJRI_WORDS = {N("الهجري"), N("الهجرية")}
HADI = {N("الحادي"), N("حادي")}
HADI_WAHID = {N("الحادي"), N("الواحد")}
SABIQ = {N("السابق"), N("السابقة")}
MADA = {N("مدى"), N("مدار")}
ALA = {N("على")}
LIGHT = {N("ضوئية"), N("ضوئيه")}
TIED = {MIN, N("على"), N("عن")}
TIED_BARE = {N("من"), N("على")}
ASHARA = {N("عشرة"), N("عشر")}
SINGLE_UNITS = {N(w) for w in ("عام", "شهر", "أسبوع", "يوم", "سنة", "عقد", "قرن", "ساعة", "عاما", "شهرا", "أسبوعا",
                                "يوما")}
QABL = N("قبل")
NOT_EID_AFTER = {N(w) for w in ("الوطني", "القومي", "الذهبي", "الفضي", "الماسي", "السنوي", "الأول", "الثاني", "الخمسين",
                                 "الستين", "المئوي", "العالمي", "الدولي")}
ONE_WORDS = {N("واحد"), N("واحدة"), N("واحدا")}
PART_ADVERBS = {N("صباحا"): "MO", N("ظهرا"): "MI", N("عصرا"): "AF", N("مساء"): "EV", N("ليلا"): "NI", N("فجرا"): "MO"}
AM_PM_LETTERS = {N("م"), N("ص")}
HOUR_ONE = {N("الواحدة")}
# after a bare year: the clause goes on, or it ends
LINE_YEAR_NOT_MODS = {N("أول"), N("آخر"), N("وسط")}  # also "first", "other", "middle of" a place
YEAR_AFTER = {".", "،", ",", "؛", ";", ":", ")", "»", '"', "!", "؟", "?", "-", N("في"), N("من"), N("على"), N("إلى"),
              N("التي"), N("الذي"), N("حيث"), N("بعد"), N("قبل"), N("عندما"), N("ثم"), N("كما"), N("حين"), N("حتى"),
              N("مع"), N("عن")}
NUMBER_NOUNS = {N(w) for w in ("رقم", "الرقم", "برقم", "هاتف", "الهاتف", "جوال", "فاكس", "ص.ب", "صندوق", "الرمز",
                              "رمز", "كود", "المادة", "مادة", "البند", "بند", "القرار", "قرار", "نقطة", "الآية")}
ACCUSATIVE_PLURALS = {N(w) for w in ("أياما", "أشهرا", "شهورا", "أعواما", "سنينا")}
PART_ALONE = {N("صباحا"): "MO", N("ظهرا"): "MI", N("عصرا"): "AF", N("مساء"): "EV", N("مساءً"): "EV", N("ليلا"): "NI",
              N("فجرا"): "MO"}
MEASURES = {N(w) for w in ("نقطة", "نقاط", "مليون", "مليار", "ألف", "ريال", "دولار", "دولارا", "برميل", "طن", "كيلو",
                          "كيلومتر", "متر", "شخص", "شخصا", "سهم", "وحدة")} | {"%"}
WHOLE = {N("كاملا"), N("كاملة"), N("كامل"), N("بأكمله"), N("بأكملها"), N("كله"), N("كلها")}
HALF_AFTER = {N("ونصف"), N("ونصفا")}
OWNED_SUFFIXES = (N("ها"), N("هم"), N("هما"), N("هن"), N("كم"), N("نا"))  # her/their/your/our, after a noun
FRACTIONS = {N("نصف"): 0.5, N("ربع"): 0.25}
ALL_OF = {N("طيلة"), N("طوال"), N("مدى"), N("مدار")}
# a half of these units in whole smaller ones: (smaller unit, how many in one)
HALF_DOWN = {"Y": ("M", 12), "CE": ("Y", 100), "DE": ("Y", 10), "H": ("MIN", 60), "D": ("H", 24), "M": ("D", 30),
             "W": ("D", 7)}
RANGE_LINKS = {WA, N("إلى"), N("الى"), N("حتى"), N("لغاية"), "-", "/", N("و")}
CLAUSE_END = {".", "،", ",", "!", "?", "؟", "؛", ";"}
ANAPHORIC = {N("التالي"), N("التالية"), N("اللاحق"), N("اللاحقة")}
ALQADIM_PAST = {N("الماضي"), N("المنصرم")}
MITHL = N("مثل")
TODAY = N("اليوم")
BARE_DEICTIC = {N("أمس"), N("غدا"), N("غد")}
DAY_WORDS = {N("يوم"), N("يومي")}
LATELY = N("أخيرا")
PRESENT_PREFIXES = ("ي", "وي", "في", "لي", "لت", "سي", "ست", "سن")  # يؤكد، ليعلن، لتلعب، سيعود: a present or future
# verbs of reaching an end ("تمكن أخيرا من", "نجح أخيرا في", "التوصل أخيرا إلى"): with them أخيرا is "at last"
AT_LAST_VERBS = tuple(N(w) for w in ("تمكن", "نجح", "توصل", "التوصل", "وجد", "حقق", "تحقق", "اضطر", "بدأ", "بدأت"))
QUOTES = {'"', "«", "»", "“", "”", "'"}
QUOTE_CLOSE = {'"': '"', "(": ")"}  # the normalised view writes « » “ ” as "
NIGHT = {N("الليلة"): ("D", "one")}
THOUSANDS = {N("آلاف"), N("ألف"), N("الآف"), N("الاف")}
# "400 مليون سنة", "ثلاثة مليارات عام": a count of millions or billions (of years, in geology and astronomy)
SCALES = {N("مليون"): 10 ** 6, N("ملايين"): 10 ** 6, N("مليار"): 10 ** 9, N("مليارات"): 10 ** 9,
          N("بليون"): 10 ** 9}
# "عشرات الملايين من السنين": an unspecified count of millions of units
SCALES_DEF = {N("الآلاف"), N("الملايين"), N("المليارات")}
MA = N("ما")
EVE = {N("عشية")}
NEW_WORDS = {N("الجديد"), N("الجديدة")}
HOLIDAY_WORDS = {N("عطلة"), N("إجازة"), N("عطلات"), N("إجازات")}
TENS_OF = {N("عشرات"), N("مئات"), N("آلاف")}
KHILAL = N("خلال")
RELATIVE_PRONOUNS = {N("الذي"), N("التي")}
SAME_BEFORE = {N("نفس"), N("ذات")}
SAME_AFTER = {N("نفسه"), N("ذاته"), N("نفسها"), N("ذاتها")}
# not "يوما": alone it is mostly "ever" ("لم يتوقف يوما")
ACCUSATIVE_ONE = {N(w) for w in ("عاما", "شهرا", "أسبوعا")}
SEASON_NOUNS = {N("فصل"), N("موسم"), N("فصلي"), N("موسمي")}  # and the duals in construct: "فصلي الربيع والصيف"
# "الفصل الصيفي الحالي": a term or season named by its adjective, dated only by a relative word after it
SEASON_ADJECTIVES = {N("الصيفي"): "SU", N("الشتوي"): "WI", N("الربيعي"): "SP", N("الخريفي"): "FA"}
# only prepositions of "within": after بعد/منذ "الربيع" is as often the Arab Spring
SEASON_PREPS = {N("في"), N("خلال"), N("طوال"), N("طيلة")}
SEASONS_DEF = {N("الربيع"), N("الصيف"), N("الخريف"), N("الشتاء")}
# not الربيع: "دول الربيع", "ثورات الربيع" are the Arab Spring
CONSTRUCT_SEASONS = {N("الصيف"), N("الخريف"), N("الشتاء")}
ONE_WORDS_DEF = {N("الواحد"), N("الواحدة")}
TIMES_WORDS = {N(w) for w in ("مرة", "مرتين", "مرتان", "مرات", "ومرة")}
LAST_ONE = {N("الأخير"), N("الأخيرة")}
THE_YEAR = {N("العام"), N("السنة")}
FIRST_LAST_WORDS = {N("أول"): True, N("آخر"): False}  # "أول ستة أشهر", "آخر ثلاثة أشهر"
FIRST_LAST_ADJ = {N("الأولى"): True, N("الأول"): True, N("الأخيرة"): False, N("الأخير"): False}
MONTHS_PART = {3: "Q", 6: "H"}  # three months are a quarter, six a half
TEN_F = N("العشرة")
AHEAD_UNITS = {N(w) for w in ("الأيام", "الأعوام", "السنوات", "السنين", "الأشهر", "الشهور", "الأسابيع")}
PRESENT_PAIRS = {(N(a), N(b)) for a, b in (("الفترة", "الراهنة"), ("وقتنا", "الحاضر"),
                                           ("وقتنا", "الحالي"), ("وقتنا", "الراهن"))}
TEN_DAYS_MODS = {N("الأواخر"): "END", N("الأخيرة"): "END", N("الأولى"): "START", N("الأوائل"): "START"}
IN_A_WAY = {N("بشكل"), N("بصورة")}  # "بشكل يومي", "بصورة سنوية"
WAY_SETS = {N(w): v for v, ws in {"P1D": ("يومي", "يومية"), "P1W": ("أسبوعي", "أسبوعية"), "P1M": ("شهري", "شهرية"),
                                  "P1Y": ("سنوي", "سنوية")}.items() for w in ws}
DUAL_YEARS = {N(w) for w in ("عامي", "سنتي", "العامين", "السنتين")}
ZONE_WORDS = {N("بتوقيت"), N("توقيت"), N("بالتوقيت")}
ZONE_ONE = {N("تغ"), N("تم"), "GMT", "UTC"}  # "(15:00 تغ)": Greenwich time in one word
ZONE_SECOND = {N("المكرمة"), N("المنورة"), N("العالمي"), N("المحلي")}
ZONE_LETTERS = {N("ت")}
ZONE_ZONES = {N("م"), N("غ")}
# "الذكرى السنوية" is an anniversary, one day; "الدورة الشهرية" a body's cycle: no sets
ANNIVERSARY = {N("الذكرى"), N("ذكرى"), N("الدورة"), N("دورة"), N("الدوره")}
COPULAS = {N(w) for w in ("كان", "كانت", "يكون", "تكون", "سيكون", "ستكون", "أصبح", "أصبحت", "بات", "باتت", "ظل",
                           "ظلت", "صار", "صارت", "يبدو", "بدا", "ليس", "ليست", "يظل", "جلس", "وقف")}
EARLY_NOUNS = {N("ساعة"), N("وقت")}
EARLY_LATE = {N("مبكرة"): "MO", N("مبكر"): "MO", N("متأخرة"): "NI", N("متأخر"): "NI"}
PERIOD_NOUNS = {N("الربع"): "Q", N("النصف"): "H", N("الفترة"): None}
CURRENT_WORDS = {N(w) for w in ("الحالي", "الحالية", "الجاري", "الجارية")}
SIMILAR = {N(w) for w in ("المماثل", "المماثلة", "المقابل", "المقابلة")}
FINANCE_WINDOW = 12
SENTENCE_END = {".", "!", "?", "؟"}
# "كما" and the past verbs of telling a few words before "سابقا": it tells when the subject said it, not that a name
# is a former one (FORMER_NOUN's guard)
REPORTED_BEFORE = {N(w) for w in ("كما", "أعلن", "أعلنت", "ذكر", "ذكرت", "أكد", "أكدت", "قال", "قالت", "أشار", "أشارت",
                                  "نشر", "نشرت", "كشف", "كشفت", "أوضح", "أوضحت", "صرح", "صرحت", "أفاد", "أفادت")}
FINANCE_WORDS = {N(w) for w in ("ريال", "دولار", "مليون", "مليار", "أرباح", "ارباح", "الأرباح", "خسائر", "الخسائر", "ربح",
                                 "خسارة", "صافي", "إيرادات", "الإيرادات", "مبيعات", "المبيعات", "تخسر", "تربح")}
TERM_WORK = {N(w) for w in ("الاختبارات", "الامتحانات", "اختبارات", "امتحانات", "الدراسة", "الفصول")}
WATT = N("واط")
SOON = {N("قريبا"), N("قريباً")}
INTENSIFIERS = {N(w) for w in ("للغاية", "جدا", "جداً", "كثيرا", "كثيراً", "أكثر", "أيضا", "أيضاً")}
NEAR_TO = {MIN, N("إلى"), N("الى")}
NEAR_PRONOUNS = {N("منه"), N("منها"), N("منهم"), N("منا"), N("منك"), N("مني")}  # "قريبا منه": close to him
COMPLEMENTIZERS = {N(w) for w in ("أن", "أنه", "أنها", "إن", "إنه", "إنها", "بأن", "وأن")}
UNTIL_NOW = {N("حتى"), N("إلى"), N("الى"), N("لغاية")}  # "حتى وقت قريب": until lately, a past reference
AGE = N("سن")
THAT = {N("ذلك"), N("تلك")}
THAT_TIMES = {N("الوقت"), N("الحين"), N("الموعد")}
FORMERLY = {N("سابقا")}
STAGES = {N("المرحلة"), N("مرحلة")}
UNTIL = N("حتى")
WITHIN = {FI, N("خلال"), N("طوال"), N("طيلة")}
# offices a former holder is named by ("مدير الجوازات سابقا"); the last word of the title is definite
OFFICES = {N(w) for w in ("رئيس", "مدير", "وزير", "سفير", "نائب", "عضو", "أمين", "قائد", "مدرب", "لاعب", "محافظ",
                          "مستشار", "مستشاري", "زعيم", "رئيسة", "مديرة", "وزيرة", "عميد", "مفتي", "قاضي", "حارس",
                          "متحدث", "المتحدث", "الرئيس", "المدير", "الوزير", "السفير", "كبير", "الأمين", "مساعد")}
NOW = {N("الآن"), N("الان")}
TIED_ADVERBS = {N("فقط"), N("تقريبا")}
SEASON = N("موسم")
SEASONS_PL = N("المواسم")
THE_SEASON = N("الموسم")
SPORTING = {N("الرياضي"), N("الكروي")}  # "الموسم الرياضي/الكروي الجديد"
NEWSPAPERS = {N(w) for w in ("صحيفة", "الصحيفة", "جريدة", "الجريدة", "مجلة", "المجلة")}
OWN_COUNTRY = {N(w) for w in ("لبلاده", "لبلادها", "لبلده", "لبلدها", "لدولته", "لدولتها", "لبلادهم")}
HOURS = N("الساعات")
FIRST = {N("الأولى")}
FIRST_LAST = FIRST | {N("الأخيرة")}
MOMENTS = N("لحظات")
# a company's results, profits, revenues (with the article or a possessive): "نتائجها الفصلية"
RESULTS_STEMS = tuple(N(w) for w in ("نتائج", "النتائج", "أرباح", "الأرباح", "إيرادات", "الإيرادات", "مبيعات",
                                      "المبيعات", "خسائر", "الخسائر"))
QUARTER_WORDS = {N("الربع"), N("ربع")}  # "الربع سنوية": quarterly
MOMENT = N("اللحظة")
MOMENT_BARE = N("لحظة")
MOMENT_NOW = {N(w) for w in ("الحالية", "الراهنة")}
THIS_F = N("هذه")
# "حتى لحظة كتابة هذا الخبر": the moment the report was written or sent
WRITING_NOUNS = {N(w) for w in ("كتابة", "إعداد", "بث", "نشر", "إرسال", "تحرير")}
REPORT_NOUNS = {N(w) for w in ("الخبر", "التقرير", "السطور", "المادة", "المقال", "النبأ")}
THIS_WORDS = {N("هذا"), N("هذه")}
AGES = N("أعمار")
BETWEEN = N("بين")
NISBA_ENDS = (N("ية"), N("ي"))  # "الشرقية", "الفلسطيني": adjectives of origin
MA_BETWEEN = N("مابين")
LAW_NAMES = {N(w) for w in ("قانون", "اتفاقية", "اتفاق", "معاهدة", "ميثاق", "دستور")}
MOMENT_PREPS = {N("بعد"), N("قبل"), N("منذ"), N("خلال"), N("في"), N("لبضع"), N("بضع")}


_FIRSTS: dict[int, tuple[Mapping[Any, Any], frozenset[str]]] = {}


def _first_words(table: Mapping[Any, Any]) -> frozenset[str]:
    """The first words of a phrase table's keys, cached per table (the cache holds the table, so ids stay valid)."""
    hit = _FIRSTS.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    if len(_FIRSTS) > 256:  # tables built on the fly would otherwise pile up
        _FIRSTS.clear()
    firsts = frozenset(k[0] for k in table if isinstance(k, tuple) and k)
    _FIRSTS[id(table)] = (table, firsts)
    return firsts


class Tok:
    """A token of the normalised view; its kind is computed once, as the rules ask for it millions of times."""

    __slots__ = ("text", "start", "end", "is_word", "is_digit")

    def __init__(self, text: str, start: int, end: int):
        self.text = text  # normalised
        self.start = start  # offsets in the normalised view
        self.end = end
        self.is_word = text[:1].isalpha()
        self.is_digit = text.isdigit()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"

    def readings(self) -> list[tuple[int, str]]:
        """(clitic length, bare word) readings: the word itself first, then with proclitics off."""
        out = [(0, self.text)]
        if not self.is_word:
            return out
        for c in CLITICS:
            if self.text.startswith(c) and len(self.text) - len(c) >= 2:
                rest = self.text[len(c):]
                if c.endswith("ل") and rest.startswith("ل"):
                    out.append((len(c) - 1, "ا" + rest))  # لل = ل + ال
                out.append((len(c), rest))
        return out


@dataclass
class Sem:
    """What an expression says, before it is anchored to the calendar."""

    kind: str  # same (the day/month/year named before), weekend, date, month, year, decade, century, deictic, weekday, relunit, offset, duration, set, vague, time, part, holiday, season, quarter, period (a company's reporting period named against another)
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    hijri: bool = False
    unit: str | None = None
    n: int | None = None  # None = an unspecified number ("أيام", "بضعة أشهر")
    shift: int = 0  # day offset of deictic words; unit offset of relative units
    rel: str | None = None  # past / next / this, when the expression says so
    part: str | None = None  # MO, MI, AF, EV, NI
    value: str | None = None  # a value fixed by the expression itself (sets, vague references, decades)
    mod: str | None = None  # START, MID, END
    deictic_weekday: bool = False  # a named weekday beside اليوم/أمس/غدا
    hh: int | None = None
    mi: int | None = None
    ty: str = "DATE"
    start_tok: int | None = None  # where the span starts when not at the first token matched
    deadline: bool = False  # after حتى/لغاية: the nearest such day, whichever side of the anchor
    nearest: bool = False  # a bare month in a clause of no tense: the nearest such month (`NEAREST_MONTH`)
    day_shift: int = 0  # days to move the day found ("عشية عيد الفطر": the day before)
    range_month: bool = False  # a range of days ("22 إلى 30 أغسطس"): the value is the first day's month


@dataclass
class Mention:
    start: int  # offsets in the normalised view
    end: int
    sem: Sem
    future: bool = False  # the clause speaks of the future
    extra: dict[str, object] = field(default_factory=dict)


class Scanner:
    """Rules over the token list; each returns (end token index, clitic length of the first token, Sem)."""

    def __init__(self, text: str):
        self.text = text
        self.toks = [Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
        self.tok_starts = [t.start for t in self.toks]
        self.tok_ends = [t.end for t in self.toks]
        self.lex: Lexicon = lexicon()
        self.read = [t.readings() for t in self.toks]
        self.bares = [r[-1][1] for r in self.read]
        trig = triggers()
        self.may_start = [t.is_digit or t.text in ('(', '"') or any(w in trig for _c, w in r)
                          for t, r in zip(self.toks, self.read, strict=True)]
        for i, ok in enumerate(self.may_start):
            idiom = self.phrase_at(i, self.lex.idioms, maxlen=5) if ok else None
            if idiom:
                for k in range(i, idiom[0]):
                    self.may_start[k] = False  # "ما أشبه الليلة بالبارحة": no night, no yesterday

    # -- small lookups -------------------------------------------------------------------------------

    def word(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def bare(self, i: int) -> str:
        """The word with its proclitics off (the longest strip that leaves a known-looking word is not tried)."""
        return self.bares[i] if 0 <= i < len(self.toks) else ""

    def is_in(self, i: int, words: frozenset[str] | set[str]) -> bool:
        """Some reading of token i (the word itself or without proclitics) is in `words`."""
        return 0 <= i < len(self.toks) and any(w in words for _c, w in self.read[i])

    def phrase_at(self, i: int, table: Mapping[tuple[str, ...], T], clitics: bool = True,
                  maxlen: int = 4) -> tuple[int, int, T] | None:
        """Longest entry of `table` starting at token i: (next index, clitic length, value)."""
        if not 0 <= i < len(self.toks) or not self.toks[i].is_word:
            return None
        firsts = _first_words(table)
        if clitics:
            readings = self.read[i]
            if not any(w in firsts for _c, w in readings):
                return None  # most tokens start no entry: the rules ask this of every token
        else:
            if self.toks[i].text not in firsts:
                return None
            readings = [(0, self.toks[i].text)]
        best: tuple[int, int, T] | None = None
        for clen, first in readings:
            if first not in firsts:
                continue
            words = [first]
            for k in range(1, maxlen + 1):
                key = tuple(words)
                if key in table and (best is None or i + k > best[0]):
                    best = (i + k, clen, table[key])
                j = i + k
                if j >= len(self.toks) or not self.toks[j].is_word:
                    break
                words.append(self.toks[j].text)
        return best

    def number_at(self, i: int) -> tuple[int, int, int | None] | None:
        """A cardinal at token i: digits or number words (with و-compounds); n None for بضعة/عدة."""
        if not 0 <= i < len(self.toks):
            return None
        t = self.toks[i]
        if t.is_digit:
            j = i + 1
            if i >= 2 and self.toks[i - 1].text in {".", ","} and self.toks[i - 2].is_digit \
                    and self.toks[i - 2].end == self.toks[i - 1].start and self.toks[i - 1].end == t.start:
                return None  # the decimals of "9.87 ثانية" are no count of their own
            # "1,5" or "2.5" are not counts of days
            if j + 1 < len(self.toks) and self.toks[j].text in {".", ","} and self.toks[j + 1].is_digit \
                    and self.toks[j].end == self.toks[j + 1].start and self.toks[j].start == t.end:
                if len(self.toks[j + 1].text) == 3 and len(t.text) <= 3 and self.unit_at(j + 2) \
                        and (j + 2 >= len(self.toks) or self.toks[j + 2].start > self.toks[j + 1].end):
                    return j + 2, 0, int(t.text + self.toks[j + 1].text)  # "2.500 عام": a thousands separator
                return None
            return self.thousands(j, 0, int(t.text))
        if t.text == AL and i + 1 < len(self.toks) and self.toks[i + 1].is_digit:
            return i + 2, 0, int(self.toks[i + 1].text)
        if t.text == "(" and i + 2 < len(self.toks) and self.toks[i + 1].is_digit and self.toks[i + 2].text == ")":
            return i + 3, 0, int(self.toks[i + 1].text)  # "لمدة (21) يوما"
        if t.text == '"' and i + 3 < len(self.toks) and self.toks[i + 1].is_digit and self.toks[i + 2].text == '"' \
                and self.word(i + 3) in SCALES:
            return self.thousands(i + 3, 0, int(self.toks[i + 1].text))  # "«400» مليون سنة": a quoted count
        for clen, w in t.readings():
            if w in self.lex.vague_numbers:
                return i + 1, clen, None
        hit = self.phrase_at(i, self.lex.cardinals)
        if hit is None:
            # الخمس سنوات, الثلاثة أشهر, الأربع وعشرين ساعة
            w = t.text
            if not (w.startswith(AL) and (w[2:],) in self.lex.cardinals):
                return None
            hit = (i + 1, 0, int(self.lex.cardinals[(w[2:],)]))
        j, clen, total = hit
        # خمسة وعشرين, الأربع والعشرين, ألف وخمسمائة
        if j < len(self.toks) and self.toks[j].text.startswith(WA):
            rest = self.toks[j].text[1:]
            if rest.startswith(AL) and self.toks[i].text.startswith(AL) and (rest[2:],) in self.lex.cardinals:
                rest = rest[2:]
            more = int(self.lex.cardinals[(rest,)]) if (rest,) in self.lex.cardinals else 0
            if (more % 10 == 0 and total < 10) or (total % 100 == 0 and 0 < more < total and more < 1000):
                total += more
                j += 1
        return self.thousands(j, clen, total)

    def thousands(self, j: int, clen: int, n: int) -> tuple[int, int, int | None]:
        """"10 آلاف", "ستة آلاف", "أربعة آلاف": a count of thousands."""
        if self.word(j) in THOUSANDS and n < 1000:
            return j + 1, clen, n * 1000
        if self.word(j) in SCALES and n < 1000:
            return j + 1, clen, n * SCALES[self.word(j)]
        return j, clen, n

    def unit_at(self, i: int) -> tuple[int, str, str] | None:
        if not 0 <= i < len(self.toks):
            return None
        for _clen, w in self.read[i]:
            if w in self.lex.unit_words:
                unit, kind = self.lex.unit_words[w]
                return i + 1, unit, kind
        return None

    def rel_at(self, i: int) -> str | None:
        w = self.word(i)
        return self.lex.relative.get(w)

    def year_at(self, i: int) -> tuple[int, int, bool | None] | None:
        """A year number: (next index, year, hijri?) with the calendar mark after it, if any."""
        t = self.toks[i] if 0 <= i < len(self.toks) else None
        if t is None or not t.is_digit or not (3 <= len(t.text) <= 4):
            return None
        y = int(t.text)
        if not 600 <= y <= 2100:
            return None
        j = i + 1
        hijri: bool | None = None
        w = self.word(j)
        if w in self.lex.hijri_marks or (w.startswith(N("ه")) and w in HIJRI_SHORT):
            hijri, j = True, j + 1
        elif w in self.lex.gregorian_marks:
            hijri, j = False, j + 1
        elif w in HIJRI_WORDS:
            hijri, j = True, j + 1
        if hijri is None and 1300 <= y <= 1500:
            hijri = None  # undecided: a Hijri year unless the text says otherwise
        return j, y, hijri

    def day_at(self, i: int) -> tuple[int, int, int, bool] | None:
        """A day of the month: digits 1-31 or an ordinal word; (next, clitic, day, ordinal?)."""
        if not 0 <= i < len(self.toks):
            return None
        t = self.toks[i]
        if t.is_digit and len(t.text) <= 2 and 1 <= int(t.text) <= 31:
            return i + 1, 0, int(t.text), False
        if switches.QUOTED_DAY and t.text in QUOTE_CLOSE and i + 2 < len(self.toks) and self.toks[i + 1].is_digit \
                and len(self.toks[i + 1].text) <= 2 and 1 <= int(self.toks[i + 1].text) <= 31 \
                and self.toks[i + 2].text == QUOTE_CLOSE[t.text]:
            return i + 3, 0, int(self.toks[i + 1].text), False  # "«24» شوال": a day set off as a headline's figure
        hit = self.phrase_at(i, self.lex.ordinals)
        if hit:
            j, clen, v = hit
            n = int(v)
            # الحادي والعشرين, الحادي عشر
            nxt = self.word(j)
            if nxt.startswith(WA) and (nxt[1:],) in self.lex.ordinals and int(self.lex.ordinals[(nxt[1:],)]) % 10 == 0:
                n += int(self.lex.ordinals[(nxt[1:],)])
                j += 1
            elif nxt in ASHARA:
                n += 10
                j += 1
            if self.word(i) in HADI:
                n = 1 + (n - 1 if n > 1 else 0)
            if 1 <= n <= 31:
                return j, clen, n, True
        w = self.bare(i)
        if w in HADI_WAHID:
            nxt = self.word(i + 1)
            if nxt == N("عشر"):
                return i + 2, 0, 11, True
            if nxt.startswith(WA) and (nxt[1:],) in self.lex.ordinals:
                return i + 2, 0, 1 + int(self.lex.ordinals[(nxt[1:],)]), True
        return None

    def month_at(self, i: int, need_context: bool) -> tuple[int, int, int] | None:
        """A Gregorian month, alone or paired ("يناير/ كانون الثاني", "مايو (أيار)"): (next, clitic, month)."""
        hit = self.phrase_at(i, self.lex.months)
        if not hit:
            return None
        j, clen, v = hit
        month = int(v)
        first = tuple(self.toks[k].text for k in range(i, j))
        paired = False
        # the paired name: / or - or ( between, the same month number
        k = j
        opener = self.word(k)
        if opener in {"/", "-", "(", "،", ","} or opener == "\\":
            k2 = k + 1
            hit2 = self.phrase_at(k2, self.lex.months, clitics=False)
            if hit2 and int(hit2[2]) == month:
                k = hit2[0]
                if opener == "(" and self.word(k) == ")":
                    k += 1
                j, paired = k, True
        else:
            # "فبراير شباط": the two names side by side
            hit2 = self.phrase_at(k, self.lex.months, clitics=False)
            if hit2 and int(hit2[2]) == month and hit2[0] > k:
                j, paired = hit2[0], True
        ambiguous = first in self.lex.ambiguous_months or (first[0][clen:],) in self.lex.ambiguous_months
        if ambiguous and not paired and (need_context or (clen and first[0][:clen] != WA)):
            return None  # "باب" is a door, not ب + آب
        return j, clen, month

    # -- rules ---------------------------------------------------------------------------------------

    def rules(self) -> list[Callable[[int], tuple[int, int, Sem] | None]]:
        return [self.r_same, self.r_quarter, self.r_period, self.r_date, self.r_month, self.r_hijri, self.r_numeric, self.r_year, self.r_deictic,
                self.r_weekday, self.r_relunit, self.r_offset, self.r_decade, self.r_century, self.r_season,
                self.r_set, self.r_vague, self.r_holiday, self.r_time, self.r_part, self.r_age, self.r_day_of_month,
                self.r_observance, self.r_moments, self.r_long, self.r_season_count, self.r_season_years,
                self.r_day_range, self.r_lately, self.r_until_moment, self.r_this_season, self.r_months_of_year,
                self.r_year_after_year, self.r_coming_days]

    def tail_year(self, j: int, sem: Sem) -> int:
        """Year, relative word or "من العام الماضي" after a month or date; returns the new end."""
        k = j
        if self.word(k) in {",", "،"} or self.word(k) == MIN:
            # "15 يونيو، 2015", "مارس من العام الماضي", "يونيو (حزيران)، من العام المقبل"
            k += 1
            if self.word(k - 1) != MIN and self.word(k) == MIN and self.is_in(k + 1, self.lex.year_words):
                k += 1
        if k > j and self.bare(k) in THIS and self.word(k + 1) in THE_YEAR:
            sem.rel = "year:this"  # "مارس من هذا العام"
            return k + 2
        if self.is_in(k, self.lex.year_words):
            k2 = k + 1
        else:
            k2 = k
        y = self.year_at(k2)
        if y:
            sem.y = y[1]
            if y[2]:
                sem.hijri = sem.hijri or bool(y[2])
            return y[0]
        if k2 > k and self.rel_at(k2):
            # "من العام الماضي"
            rel = self.rel_at(k2)
            sem.shift = {"past": -1, "next": 1, "this": 0}.get(rel or "", 0)
            sem.rel = "year:" + (rel or "")
            return k2 + 1
        if k == j or self.word(j) == MIN:
            rel = self.rel_at(j)
            if rel:
                sem.rel = rel
                return j + 1
        return j

    def lead_weekday(self, i: int) -> int:
        """Past "[يوم] الأحد[،]" in front of a full date ("يوم السبت السابع من ذي القعدة")."""
        k = i + 1 if self.bare(i) == YAWM else i
        if self.weekday_word(k) is None:
            return i
        k += 1
        if self.word(k) == ",":
            k += 1
        return k

    def r_date(self, i: int) -> tuple[int, int, Sem] | None:
        """[part of day] [يوم] [weekday] DAY [و DAY] [من] [شهر] MONTH [year | rel]."""
        part = self.phrase_at(i, self.lex.parts_of_day)
        if part is not None:
            # "ليل السادس من أغسطس", "صباح الأحد 2 أغسطس", "مساء 3 شوال", "عشية عيد الفطر"
            found = self.r_date(part[0]) or self.r_hijri(part[0]) or self.r_numeric(part[0]) or self.r_holiday(part[0])
            if found is None or found[2].kind not in ("date", "holiday") or found[1] != 0:
                return None
            sem = found[2]
            sem.part = str(part[2])
            if self.is_in(i, EVE) or (sem.part == "NI" and sem.hijri):
                sem.day_shift = -1  # the eve, and an Islamic night, belong to the day before
            return found[0], part[1], sem
        k, clen = self.lead_weekday(i), 0
        if self.bare(k) == YAWM and self.day_at(k + 1):
            clen = len(self.word(k)) - len(self.bare(k))
            k += 1
        day = self.day_at(k)
        if not day:
            return None
        j, c2, d, ordinal = day
        if k == i:
            clen = c2
        first = self.range_first(j, d, self.r_date)
        if first is not None:
            return j, clen, first
        if self.word(j) == MIN:
            j += 1
        elif ordinal:
            return None
        if self.bare(j) == SHAHR:
            j += 1
        mon = self.month_at(j, need_context=False)
        if not mon:
            return None
        sem = Sem("date", m=mon[2], d=d)
        end = self.tail_year(mon[0], sem)
        if sem.hijri:
            return None
        return end, clen, sem

    def r_day_range(self, i: int) -> tuple[int, int, Sem] | None:
        """[part of day] [يوم|يومي] DAY (و|إلى|-) [DAY ...] full date: "22 إلى 30 أغسطس", "مساء يومي 17-18/09/1436هـ".

        The annotations give a range of days in one month the month as its value (4 times of 5); the days must
        rise, and the last one carries the month.
        """
        if not switches.DAY_RANGE_MONTH:
            return None
        k, clen = i, 0
        part = self.phrase_at(k, self.lex.parts_of_day)
        if part is not None:
            k, clen = part[0], part[1]
        if self.bare(k) in DAY_WORDS:
            if k == i:
                clen = len(self.word(k)) - len(self.bare(k))
            k += 1
        day = self.day_at(k)
        if day is None or self.word(k - 1) in {"/", "-", "."}:
            return None  # "من 23 / 4 إلى 26 / 6": the day is the end of a date in figures, no range of one month
        if k == i:
            clen = day[1]
        k, prev = day[0], day[2]
        for _ in range(4):
            w = self.word(k)
            if w in RANGE_LINKS and w != "/":
                k, link = k + 1, ""
            elif w.startswith(WA) and len(w) > 2:
                link = WA  # "السابع والثامن من يوليو": و on the second day
            else:
                return None
            for rule in (self.r_date, self.r_hijri, self.r_numeric):
                hit = rule(k)
                if hit and hit[2].kind == "date" and hit[2].d is not None and hit[2].d > prev \
                        and self.word(k)[:hit[1]] == link:
                    last = hit[2]
                    return hit[0], clen, Sem("date", y=last.y, m=last.m, d=day[2], hijri=last.hijri, rel=last.rel,
                                             shift=last.shift, range_month=True)
            nxt = self.day_at(k)
            if nxt is None or nxt[2] <= prev or self.word(k)[:nxt[1]] != link:
                return None
            k, prev = nxt[0], nxt[2]
        return None

    def r_lately(self, i: int) -> tuple[int, int, Sem] | None:
        """"ما نشر أخيرا", "صرحت أخيرا بأن": recently, a past reference (the annotations tag it 4 times of 5).

        Left alone where it means "at last" or "last": with و/ف or at the head of a clause ("وأخيرا"، "أخيرا، فإن"),
        after a present or future verb or a verb of reaching an end within the four words before ("قد يؤكد اكتشاف
        الحطام أخيرا", "تمكن الفريق أخيرا من"), and right after an indefinite noun it agrees with ("خيارا أخيرا").
        """
        if not switches.LATELY or self.word(i) != LATELY or i == 0 or not self.toks[i - 1].is_word:
            return None
        if "\n" in self.text[self.toks[i - 1].end:self.toks[i].start]:
            return None
        prev = self.word(i - 1)
        if prev.endswith("ا") and not prev.endswith("وا"):
            return None
        for b in range(i - 1, max(-1, i - 5), -1):
            w = self.word(b)
            if w in CLAUSE_END:
                break
            if len(w) >= 4 and w.startswith(PRESENT_PREFIXES):
                return None
            core = w[1:] if w[:1] in (WA, N("ف")) and len(w) > 4 else w
            if w.startswith(AT_LAST_VERBS) or core.startswith(AT_LAST_VERBS):  # "وجدته" is no و + جدته
                return None
        return i + 1, 0, Sem("vague", value="PAST_REF")

    def range_first(self, j: int, d: int, rule: Callable[[int], tuple[int, int, Sem] | None]) -> Sem | None:
        """The first day of a range or list ("من 15 إلى 20 يوليو", "يومي 25 و26 يوليو", "10 - 15 شوال").

        It takes its month and year from the full date after the connector, which is matched on its own next.
        """
        if self.word(j) not in RANGE_LINKS:
            return None
        nxt = rule(j + 1)
        if nxt is None or nxt[1] != 0 or nxt[2].d is None:
            return None
        sem = nxt[2]
        return Sem(sem.kind, y=sem.y, m=sem.m, d=d, hijri=sem.hijri, rel=sem.rel, shift=sem.shift)

    def r_month(self, i: int) -> tuple[int, int, Sem] | None:
        """[mod] [شهر] MONTH [year | rel]; an ambiguous bare month needs a preposition or a year."""
        k, clen, mod = i, 0, None
        hit = self.phrase_at(k, self.lex.period_mods)
        if hit:
            k, clen, mod = hit[0], hit[1], str(hit[2])
            if self.word(k) == MIN:
                k += 1
        has_shahr = self.bare(k) == SHAHR
        if has_shahr:
            if k == i:
                clen = len(self.word(k)) - len(self.bare(k))
            k += 1
        context = has_shahr or mod is not None or self.is_in(i - 1, YEAR_CONTEXT)
        mon = self.month_at(k, need_context=not context)
        if not mon:
            return None
        if k == i:
            clen = mon[1]
        sem = Sem("month", m=mon[2], mod=mod)
        end = self.tail_year(mon[0], sem)
        if sem.hijri:
            return None
        if not context and end == mon[0] and (self.toks[k].text,) in self.lex.ambiguous_months:
            return None
        return end, clen, sem

    def r_hijri(self, i: int) -> tuple[int, int, Sem] | None:
        """[weekday] [DAY | غرة | mod] [من] [شهر] HIJRI-MONTH [year [هـ]] [rel | المبارك].

        Needs a day, a year, شهر, a relative word, or for the months that are not also names and words
        (رمضان، شوال، ذو القعدة، ذو الحجة) a preposition before or المبارك after.
        """
        k, clen, d, mod = i, 0, None, None
        lead = self.lead_weekday(i)
        if lead > i and self.day_at(lead):
            k = lead
        day = self.day_at(k)
        if day is None and self.bare(k) == GHURRA:
            day = (k + 1, len(self.word(k)) - len(self.bare(k)), 1, True)
        if day is None:
            mod_hit = self.phrase_at(k, self.lex.period_mods)
            if mod_hit is None and switches.HIJRI_MONTH_MOD and self.bare(k) == TEN_F \
                    and self.word(k + 1) in TEN_DAYS_MODS:
                # "في العشرة الأواخر من رمضان": the ten days of a month said with the feminine numeral
                mod_hit = (k + 2, len(self.word(k)) - len(TEN_F), TEN_DAYS_MODS[self.word(k + 1)])
            if mod_hit:
                k, clen, mod = mod_hit[0], mod_hit[1], str(mod_hit[2])
                if self.word(k) == MIN:
                    k += 1
        if day:
            k, clen, d = day[0], day[1], day[2]
            first = self.range_first(k, d, self.r_hijri)
            if first is not None:
                return k, clen, first
            if self.word(k) == MIN:
                k += 1
        has_shahr = self.bare(k) == SHAHR
        if has_shahr:
            if k == i:
                clen = len(self.word(k)) - len(self.bare(k))
            k += 1
        hit = self.phrase_at(k, self.lex.hijri_months)
        if not hit:
            return None
        if k == i:
            clen = hit[1]
        sem = Sem("date" if d else "month", m=int(hit[2]), d=d, hijri=True, mod=mod)
        j = hit[0]
        y = self.year_at(j)
        blessed = False
        if y and y[2] is not False:
            sem.y = y[1]
            j = y[0]
        else:
            rel = self.rel_at(j)
            if rel:
                sem.rel = rel
                j += 1
            elif self.word(j) in BLESSED:
                j, blessed = j + 1, True
        if sem.y is None and sem.rel is None and self.word(j) == MIN:
            j = self.hijri_year_tail(j, sem)  # "شهر صفر من هذا العام", "رجب من عام 1434هـ"
        if d is None and sem.y is None and not has_shahr and sem.rel is None:
            # a month that is also a name or a word (صفر، رجب، شعبان، محرم) needs شهر, an epithet or a mod:
            # "مطلع محرم", "شعبان المعظم"; the four that are not may stand after a preposition
            bare_ok = blessed or mod is not None or (sem.m in BARE_HIJRI and (
                (k == i and self.is_in(i - 1, YEAR_CONTEXT))
                or (k == i and hit[1] > 0 and self.word(i)[:hit[1]] not in {WA, N("ف")})))
            if not bare_ok:
                return None
        return j, clen, sem

    def hijri_year_tail(self, j: int, sem: Sem) -> int:
        """"من عام 1434هـ", "من هذا العام", "من العام الماضي" after a Hijri month: its Hijri year; the new end."""
        k = j + 1
        this = self.bare(k) in THIS
        if this:
            k += 1
        if not self.is_in(k, self.lex.year_words):
            return j
        k += 1
        if self.word(k) in HIJRI_WORDS:
            k += 1
        y = self.year_at(k)
        if y and y[2] is not False:
            sem.y = y[1]  # "من هذا العام 1436 هـ" too
            return y[0]
        rel = self.rel_at(k)
        if this or rel:
            sem.rel, sem.shift = "hyear", {"past": -1, "next": 1}.get(rel or "", 0)
            return k + (0 if this else 1)
        return j

    def r_numeric(self, i: int) -> tuple[int, int, Sem] | None:
        """[يوم] [weekday] 12/6/2023, 2023-06-12, 1436/10/26هـ."""
        t = self.toks
        lead = self.lead_weekday(i)
        if lead > i:
            found = self.r_numeric(lead)
            clen = next((c for c, w in self.read[i] if w == YAWM or w in self.lex.weekdays), 0)
            return (found[0], clen, found[2]) if found else None
        if i + 4 >= len(t) or not t[i].is_digit:
            return None
        a, s1, b, s2, c = (t[i + k].text for k in range(5))
        if s1 != s2 or s1 not in {"/", "-", "."} or not (b.isdigit() and c.isdigit()):
            return None
        # "3 /3 /1436": right-to-left editors often leave spaces around the slashes
        loose = s1 == "/" and all(not self.text[t[i + k].end:t[i + k + 1].start].strip()
                                  and t[i + k + 1].start - t[i + k].end <= 2 for k in range(4))
        if not loose and any(t[i + k].end != t[i + k + 1].start for k in range(4)):
            return None
        if len(a) == 4:
            y, m, d = int(a), int(b), int(c)
        elif len(c) == 4:
            d, m, y = int(a), int(b), int(c)
        else:
            return None
        if not (1 <= m <= 12 and 1 <= d <= 31):
            return None
        j = i + 5
        hijri = 1300 <= y <= 1500
        if self.word(j) in self.lex.hijri_marks:
            # "12 / 8 / 2015هـ": a slip of the pen; no Hijri year is past 1500 yet
            hijri, j = 1300 <= y <= 1500 or y < 1000, j + 1
        elif self.word(j) in self.lex.gregorian_marks:
            j += 1
        return j, 0, Sem("date", y=y, m=m, d=d, hijri=hijri)

    def r_year(self, i: int) -> tuple[int, int, Sem] | None:
        """[mod] [عام|سنة] YEAR [هـ|م] [/YEAR]; a bare year needs a preposition before or a mark after."""
        k, clen, mod = i, 0, None
        hit = self.phrase_at(k, self.lex.period_mods)
        if hit:
            k, clen, mod = hit[0], hit[1], str(hit[2])
            if self.word(k) == MIN:
                k += 1
        has_word = self.is_in(k, self.lex.year_words)
        if has_word:
            if k == i:
                clen = len(self.word(k)) - len(self.bare(k))
            k += 1
            if self.word(k) in self.lex.year_kinds:
                k += 1
                if self.word(k) in NEW_WORDS and self.year_at(k + 1):
                    k += 1  # "العام الهجري الجديد 1437"
        if has_word and self.dotted_year(k):
            k += 1  # "عام .1990": the sentence's full stop moved before the number
        y = self.year_at(k)
        if not y:
            return None
        j, year, hijri = y
        marked = hijri is not None
        in_list = self.word(i - 1) in {WA, ",", "-"} and i >= 2 and self.toks[i - 2].is_digit and len(self.word(i - 2)) == 4
        if in_list and switches.COUNT_PAIR and self.word(i - 1) == WA and not has_word \
                and not (1900 <= int(self.word(i - 2)) <= 2100 or 1300 <= int(self.word(i - 2)) <= 1450):
            in_list = False  # "ما بين 1500 و2000 حبة": the first number is a count, so the second is one too
        in_list = in_list or (k == i and self.word(i - 1) == WA and self.after_dual_year(i - 1))
        if not (has_word or marked or mod or self.is_in(i - 1, YEAR_CONTEXT) or in_list
                or self.named_year(i, k, j, year)):
            return None
        if self.word(j) in MEASURES and not marked:
            return None  # "بداية العام 744 نقطة": an index level, not a year
        if not has_word and not marked:
            if self.unit_at(j) or self.word(j) in {"%", N("مليون"), N("مليار"), N("ألف"), N("ريال"), N("دولار")}:
                return None
            if not 1900 <= year <= 2100:
                return None
        # 1435/1436, 2014/2015: a fiscal or season year; keep the first
        if self.word(j) in {"/", "-"} and self.toks[j + 1:j + 2] and self.toks[j + 1].is_digit \
                and len(self.word(j + 1)) == 4 and 0 <= int(self.word(j + 1)) - year <= 1:
            j += 2
            if self.word(j) in self.lex.hijri_marks:
                hijri, j = True, j + 1
        if k == i:
            clen = 0
        sem = Sem("year", y=year, hijri=bool(hijri) or (hijri is None and 1300 <= year <= 1500 and has_word), mod=mod)
        return j, clen, sem

    def dotted_year(self, k: int) -> bool:
        """".2015" after عام: a year whose sentence-final full stop bidi reordering moved before it (a feed artefact)."""
        if self.word(k) != "." or k + 1 >= len(self.toks) or not self.toks[k + 1].is_digit \
                or len(self.word(k + 1)) != 4 or self.toks[k].end != self.toks[k + 1].start:
            return False
        return k > 0 and self.toks[k - 1].end < self.toks[k].start and 1000 <= int(self.word(k + 1)) <= 2100

    def after_dual_year(self, w: int) -> bool:
        """A dual "عامي YEAR" a few words before the و at `w` ("في عامي 2014 بجدة و2015"): the و adds a year."""
        for b in range(w - 1, max(-1, w - 6), -1):
            if self.word(b) in CLAUSE_END:
                return False
            if self.word(b) in DUAL_YEARS and self.year_at(b + 1) is not None:
                return True
        return False

    def named_year(self, i: int, k: int, j: int, year: int) -> bool:
        """A bare year after a name or in parentheses ("انتفاضة 2011.", "فيينا 1961 ورغبة", "(2008)").

        Only recent four-digit years, and only where a clause or a list goes on after them: a count
        would be followed by what it counts ("2089 موافقة").
        """
        if k != i or len(self.word(i)) != 4 or not 1950 <= year <= 2035:
            return False
        prev, nxt = self.word(i - 1), self.word(j)
        if i == 0 or "\n" in self.text[self.toks[i - 1].end:self.toks[i].start]:
            # a line that opens with a year: "1952 - وفاة ..." (a day in history), "2017 بداية التطبيق" (a title);
            # any other word after it may be what it counts ("2000 زائر في المهرجان")
            mod = self.phrase_at(j, self.lex.period_mods)
            return nxt in {"-", "–", ":"} or (mod is not None and mod[0] == j + 1 and nxt not in LINE_YEAR_NOT_MODS)
        if prev not in {"(", "«", '"'} and not (i > 0 and self.toks[i - 1].is_word) or prev in NUMBER_NOUNS:
            return False
        if i > 0 and self.toks[i - 1].is_word and self.toks[i - 1].end == self.toks[i].start:
            return False
        if prev in {"«", '"'} and nxt in {"»", '"'} and self.toks[j + 1:j + 2] and self.toks[j + 1].is_word \
                and self.word(j + 1) not in YEAR_AFTER:
            return False  # "بين "1500" و"2000" حبة": a quoted count of what follows
        listed = nxt == WA and self.year_at(j + 1) is not None  # "إحصائيات 2014 و2015"
        named_act = any(self.is_in(p, LAW_NAMES) for p in range(max(0, i - 4), i)) \
            and not any(self.word(p) in CLAUSE_END for p in range(max(0, i - 4), i)) \
            and not (self.toks[j:j + 1] and self.toks[j].is_digit) \
            and not (nxt.endswith("ا") and len(nxt) > 3 and not nxt.startswith(AL))  # "2015 موظفا": a count
        if named_act:
            return True  # "قانون أملاك الغائبين 1950 بما", "اتفاقية باريس 2015 التي": the year closes the name
        return j >= len(self.toks) or nxt in YEAR_AFTER or listed or (nxt[:1] in (WA, "ف") and len(nxt) > 2) \
            or (prev == "(" and nxt in {")", "-", N("وحتى"), N("حتى"), N("إلى")})

    def r_deictic(self, i: int) -> tuple[int, int, Sem] | None:
        """[part of day] [يوم] اليوم/أمس/غدا [(weekday)]."""
        k, clen, part = i, 0, None
        hit = self.phrase_at(k, self.lex.parts_of_day)
        if hit:
            k, clen, part = hit[0], hit[1], str(hit[2])
            if self.word(k) == YAWM and self.phrase_at(k + 1, self.lex.deictic_days):
                k += 1  # "صباح يوم أمس"
        elif self.bare(k) == YAWM:
            clen = len(self.word(k)) - len(self.bare(k))
            k += 1
        dx = self.phrase_at(k, self.lex.deictic_days)
        tonight = False
        if not dx:
            w = self.bare(k)
            if w == N("الليلة") and (k == i):
                nxt = self.word(k + 1)
                if nxt in self.lex.not_today_after or self.is_in(i - 1, self.lex.not_today_before):
                    return None
                if self.phrase_at(k + 1, self.lex.ordinals, clitics=False) or nxt in WHOLE:
                    return None  # "الليلة الأولى من المهرجان", "أمضى الليلة كلها": a night of its own, not tonight
                if self.word(k).startswith(WA) and self.word(k - 1) in (YAWM, TODAY):
                    return None  # "خمس مرات في اليوم والليلة": every day and night
                if self.word(k - 1) == FI or (self.bare(k - 1) in THIS and self.word(k - 2) == N("مثل")):
                    # "سعر الغرفة في الليلة" (a rate), "في الليلة الظلماء", "في مثل هذه الليلة" (an anniversary)
                    return None
                tonight = True
                dx = (k + 1, len(self.word(k)) - len(w), 0)
                if self.rel_at(k + 1) == "past":
                    dx = (k + 2, dx[1], -1)
                elif self.word(k + 1) == QABL and self.rel_at(k + 2) == "past":
                    dx = (k + 3, dx[1], -2)
            else:
                return None
        j, c2, shift = dx
        if k == i:
            clen = c2
        words = {w for _c, w in self.read[k]}
        if not tonight and words & BARE_DEICTIC and self.word(k) not in BARE_DEICTIC \
                and not any(self.word(k) == c + w for c in (WA, N("ف")) for w in BARE_DEICTIC):
            return None  # "لامس" is a verb, not ل + أمس; only و/ف go before a bare أمس or غدا
        if TODAY in words and part is None:  # also "لليوم", "واليوم"
            prev2 = " ".join(self.word(x) for x in (i - 2, i - 1))
            if self.is_in(i - 1, self.lex.not_today_before) or prev2 in self.lex.not_today_before:
                return None
            nxt = self.word(j)
            if nxt in self.lex.not_today_after or (nxt.startswith(AL) and nxt in self.lex.relative):
                return None
            if self.word(i - 1) in QUOTES and nxt in QUOTES:
                return None  # «اليوم»: a newspaper's name
        sem = Sem("deictic", shift=int(shift), part="NI" if tonight else part)
        # the weekday beside it, bare or in parentheses
        k = j
        if self.word(k) == ",":
            k += 1
        opened = self.word(k) == "("
        if opened:
            k += 1
        wd = self.weekday_word(k)
        if wd is not None:
            k += 1
            if opened and self.word(k) == ")":
                k += 1
            elif opened:
                return j, clen, sem
            sem.wd, sem.deictic_weekday, j = wd, True, k
        if sem.part is None and self.word(j) in PART_ADVERBS:
            sem.part, j = PART_ADVERBS[self.word(j)], j + 1  # "أمس عصرا"
        return j, clen, sem

    def weekday_word(self, i: int) -> int | None:
        if not 0 <= i < len(self.toks):
            return None
        for _clen, w in self.read[i]:
            if w in self.lex.weekdays and w.startswith(AL):
                return self.lex.weekdays[w]
        return None

    def r_weekday(self, i: int) -> tuple[int, int, Sem] | None:
        """[part of day | يوم] WEEKDAY [rel]; the weekday needs its article."""
        k, clen, part = i, 0, None
        hit = self.phrase_at(k, self.lex.parts_of_day)
        if hit:
            k, clen, part = hit[0], hit[1], str(hit[2])
        if self.bare(k) == YAWM:
            if k == i:
                clen = len(self.word(k)) - len(self.bare(k))
            k += 1
        opened = self.word(k) == "(" and (k == i or switches.WEEKDAY_DATE and k == i + 1)  # "يوم (الأحد)"
        if opened:
            k += 1
        wd = self.weekday_word(k)
        if wd is None:
            return None
        if k == i:
            clen = len(self.word(k)) - len(self.read[k][-1][1]) if self.word(k) not in self.lex.weekdays else 0
        if self.is_in(i - 1, self.lex.not_weekday_before) and k == i:
            return None
        j = k + 1
        if opened:
            if self.word(j) != ")":
                return None
            j += 1
        sem = Sem("weekday", wd=wd, part=part, day_shift=-1 if part and self.is_in(i, EVE) else 0)
        if part in ("NI", "EV"):
            # "ليل الأربعاء - الخميس", "ليلة الأربعاء/الخميس": the night from one day to the next
            link = 1 if self.word(j) in {"-", "/", N("إلى"), N("الى")} else 0
            if self.weekday_word(j + link) == (wd + 1) % 7:
                j += link + 1
        rel = self.rel_at(j)
        if rel:
            sem.rel, j = rel, j + 1
        if sem.part is None and self.word(j) in PART_ADVERBS:
            sem.part, j = PART_ADVERBS[self.word(j)], j + 1
        return j, clen, sem

    def r_relunit(self, i: int, use_mod: bool = True) -> tuple[int, int, Sem] | None:
        """[mod] [هذا] UNIT [kind] REL: العام الماضي, هذا الشهر, الأسبوع المقبل, الأيام الماضية, الأشهر الثلاثة الماضية.

        With a mod the relative word may be left out: "نهاية الشهر", "مطلع العام" are of the current unit.
        A mod that is itself a unit phrase ("الأيام الأخيرة") is read again as the unit.
        """
        hit = self.phrase_at(i, self.lex.period_mods) if use_mod else None
        if hit:
            found = self.r_relunit_after(i, hit)
            return found if found is not None else self.r_relunit(i, use_mod=False)
        return self.r_relunit_after(i, None)

    def r_relunit_after(self, i: int, hit: tuple[int, int, object] | None) -> tuple[int, int, Sem] | None:
        k, clen, mod = i, 0, None
        if hit:
            k, clen, mod = hit[0], hit[1], str(hit[2])
            if self.word(k) == MIN:
                k += 1
        this = self.bare(k) in THIS
        if this:
            if self.bare(k - 1) == MITHL:
                return None  # "في مثل هذه الأيام من عام 2008": the same days of another year
            if k == i:
                clen = len(self.word(k)) - len(self.bare(k))
            k += 1
        n: int | None = None
        num_first = None
        if not this and self.word(k).startswith(AL):
            num_first = self.number_at(k)  # الثلاثة أشهر الماضية, الـ24 ساعة الماضية
            if num_first and num_first[2] is not None:
                n = num_first[2]
                k = num_first[0]
        w = self.read[k] if 0 <= k < len(self.toks) else []
        unit = None
        for c, form in w:
            if form in self.lex.definite_units:
                if mod is not None and form != self.word(k):
                    return None  # "عنوانا آخر للأسبوع": آخر is "another", the unit is not its complement
                unit, kind = self.lex.definite_units[form]
                if k == i:
                    clen = c
                break
            if n is not None and form in self.lex.unit_words:
                unit, kind = self.lex.unit_words[form]
                break
        if unit is None:
            return None
        j = k + 1
        hijri = False
        if self.word(j) in self.lex.year_kinds:
            hijri = unit == "Y" and self.word(j) in HIJRI_WORDS
            j += 1
            if hijri and self.word(j) in NEW_WORDS and not self.year_at(j + 1):
                # "العام الهجري الجديد": the one that begins next (or began this month)
                return j + 1, clen, Sem("relunit", unit="Y", rel="new", hijri=True, mod=mod)
        if n is None and kind == "many":
            num = self.number_at(j)
            if num and num[2] is not None:
                n, j = num[2], num[0]
            elif (self.word(j) in QALIL or self.word(j)[2:] in QALIL) and self.rel_at(j + 1):
                j += 1  # "الأسابيع القليلة الماضية"
        rel = self.rel_at(j)
        if self.word(j) in ANAPHORIC or (unit == "D" and self.word(j) in SABIQ):
            return None  # "اليوم التالي", "العام التالي": the day after some event, not after today
        if rel is None and self.phrase_at(j, self.lex.ordinals, clitics=False):
            return None  # "بنهاية السنة الثانية": the second year of something, not this one
        if rel == "this" and self.word(j) in THIS:
            rel = None
        before_last = False
        if rel is None and self.word(j) == QABL and self.rel_at(j + 1) == "past":
            rel, before_last, j = "past", True, j + 1  # "العام قبل الماضي"
        if rel is None and not this:
            # "خلال الأسبوع", "خلال العام": the current one, when nothing else follows
            during = mod is None and kind == "one" and unit in ("W", "M", "Y") and k == i and self.bare(i - 1) == KHILAL \
                and not self.word(j).startswith(AL) and not (j < len(self.toks) and self.toks[j].is_digit) \
                and self.word(j) not in TIED and not self.phrase_at(j, self.lex.months, clitics=False) \
                and self.word(j) not in SAME_AFTER and self.word(j) not in HALF_AFTER
            if mod == "END" and unit == "W" and kind == "one" and not self.is_in(i - 1, HOLIDAY_WORDS):
                return j, clen, Sem("weekend", mod=mod)  # "نهاية الأسبوع": this weekend, or the last one
            # not "عطلة نهاية الأسبوع": any weekend
            if not during and (mod is None or kind != "one" or unit not in ("Y", "M") or self.word(j) in self.lex.relative):
                return None
            this = True  # "حتى نهاية الشهر", "مطلع العام": the current one
        if rel is not None:
            j += 1
            if self.word(j) in self.lex.relative and self.rel_at(j) == rel:
                j += 1  # "الماضيين"
        rel = rel or "this"
        if this and kind == "many" and n is None:
            return j, clen, Sem("vague", value="PRESENT_REF")  # "هذه الأيام"
        if kind == "two":
            n = 2
        if kind in ("many", "two") or n is not None:
            # the past three months: a duration up to now
            sem = Sem("duration", unit=unit, n=n, rel=rel, ty="DURATION", mod=mod)
            return j, clen, sem
        if unit == "D" and rel == "this":
            return None
        shift = {"past": -1, "next": 1, "this": 0}[rel] * (2 if before_last else 1)
        if unit == "Y" and shift == 0 and kind == "one":
            named = self.year_at(j)
            if named and (named[2] is not None or (1950 <= named[1] <= 2100 and self.word(named[0]) in YEAR_AFTER)):
                # "هذا العام 1436هـ": the year this one is, named after it (not "هذا العام 1200 حاج")
                hijri = bool(named[2]) or (named[2] is None and 1300 <= named[1] <= 1500)
                return named[0], clen, Sem("year", y=named[1], hijri=hijri)
        return j, clen, Sem("relunit", unit=unit, shift=shift, rel=rel, mod=mod, hijri=hijri)

    def r_offset(self, i: int) -> tuple[int, int, Sem] | None:
        """[قبل|بعد|منذ|خلال…] [نحو] NUM UNIT | dual unit | unit (after a preposition) | vague number + unit."""
        k, clen = i, 0
        prep = None
        for c, w in self.read[i] if self.toks[i].is_word else []:
            if w in OFFSET_PREPS:
                prep, clen = OFFSET_PREPS[w], c
                k = i + 1
                if w in MADA:
                    prep = "during"
                break
        if prep is None and self.is_in(i - 1, ALA) and self.word(i) in MADA:
            return None
        if prep == "after":
            was, then = self.unit_at(i - 1), self.unit_at(i + 1)
            if was and then and was[1] == then[1]:
                return None  # "عاما بعد عام", "يوما بعد يوم": again and again, not a span
        approx = self.phrase_at(k, approx_table())
        if approx:
            k = approx[0]
            if switches.APPROX_CLITIC and prep is None and approx[1] and self.word(i)[:approx[1]] in {"ل", N("ول")}:
                clen = approx[1]  # "امتدت لأكثر من 25 عاما": the ل of the verb's object stays outside
        if (prep is None or self.bare(i) in ALL_OF) and not approx:
            whole = self.whole_unit(k)
            if whole is not None and (prep is not None or self.word(whole[0]) in WHOLE):
                # "طيلة اليوم", "على مدار العام", "طوال الأسبوع": the whole of one unit
                j2, u2 = whole
                if self.word(j2) in WHOLE:
                    j2 += 1
                return j2, 0, Sem("duration", unit=u2, n=1, ty="DURATION", start_tok=k if prep else None)
        if switches.APPROX_DEFINITE and approx and self.bare(k - 1) != N("نحو") and self.word(k) in self.lex.definite_units \
                and self.lex.definite_units[self.word(k)] in {("Y", "one"), ("M", "one"), ("W", "one")} \
                and not self.rel_at(k + 1) and self.word(k + 1) not in self.lex.year_kinds \
                and not (k + 1 < len(self.toks) and self.toks[k + 1].is_digit):
            # "قرابة السنة", "حوالي الشهر": about one unit; not "حوالي العام 2010", nor after نحو (also "towards")
            return k + 1, clen, Sem("duration", unit=self.lex.definite_units[self.word(k)][0], n=1, ty="DURATION",
                                    start_tok=i + 1 if prep else None)
        frac = self.fraction_at(k)
        if frac is not None:
            j, fvalue = frac
            if self.rel_at(j) == "next" or self.word(j) in {N("قادم"), N("مقبل")}:
                j += 1  # "ربع قرن قادم"
            if prep in ("before", "after"):
                return None
            return j, 0 if k > i else clen, Sem("duration", value=fvalue, ty="DURATION", start_tok=k if k > i else None)
        dual = self.lex.definite_units.get(self.word(k))
        if dual and dual[1] == "two" and (approx or (self.word(k + 1) in HALF_AFTER and prep not in ("before", "after"))):
            u2, j2, hvalue = dual[0], k + 1, None
            if self.word(j2) in HALF_AFTER:
                # "خلال العامين ونصف العام الماضي": the definite dual and a half is a span ending now
                j2 += 1
                if self.word(j2) in WHOLE or self.lex.definite_units.get(self.word(j2), ("", ""))[0] == u2:
                    j2 += 1
                if self.rel_at(j2) in ("past", "next"):
                    j2 += 1
                hvalue = half_value(u2, 2)
            return j2, clen, Sem("duration", unit=u2, n=2, ty="DURATION", start_tok=i if prep is None else i + 1,
                                 value=hvalue)
        num = self.number_at(k)
        n: int | None
        if num:
            j, nclen, n = num
            if k == i:
                clen = nclen
            unit = self.unit_at(j)
            if not unit and n is None and self.word(j) in SCALES_DEF and self.word(j + 1) == MIN \
                    and self.lex.definite_units.get(self.word(j + 2), ("", ""))[1] == "many":
                j += 2  # "عشرات الملايين من السنين"
            if not unit and switches.APPROX_DEFINITE and approx and n is not None and self.word(k).startswith(AL) \
                    and self.lex.definite_units.get(self.word(j), ("", ""))[1] == "many" \
                    and self.lex.definite_units[self.word(j)][0] not in ("DE", "CE"):
                unit = (j + 1, *self.lex.definite_units[self.word(j)])  # "قرابة الخمس السنوات"
            if not unit and n is None and self.bare(k) in TENS_OF \
                    and self.lex.definite_units.get(self.word(j), ("", ""))[1] == "many" \
                    and self.lex.definite_units[self.word(j)][0] not in ("DE", "CE"):  # "عشرات العقود": contracts
                unit = (j + 1, *self.lex.definite_units[self.word(j)])  # "عشرات السنين", "مئات الأعوام"
            if not unit:
                return None
            j = unit[0]
            u = unit[1]
            if unit[2] == "one" and self.year_at(j) and u == "Y":
                return None  # "208 ملايين عام 2014": a count in a year, not years counted
            if unit[2] == "two" and n is None:
                n = 2
        else:
            unit = self.unit_at(k)
            if not unit:
                return None
            j, u, kind = unit
            if k == i:
                clen = len(self.word(k)) - len(self.bare(k)) if self.bare(k) in self.lex.unit_words else 0
            if kind == "many" and self.bare(k) in SINGLE_UNITS:
                kind = "one"  # "سنة", "عاما" count 11+ after a number; alone they are one
            if kind == "two":
                n = 2
            elif kind == "one" and self.word(j) in ONE_WORDS | WHOLE:
                n, j = 1, j + 1  # "عام واحد", "أسبوعا كاملا"
            elif self.bare(k) in SINGLE_UNITS and self.word(j) in HALF_AFTER:
                n = 1  # "سنة ونصف"
            elif kind == "one" and (prep is not None or approx) and not self.word(j).startswith(AL) \
                    and self.bare(k) in SINGLE_UNITS:
                n = 1
                # "قبل يوم من" / "عام 2015" / "خلال شهر رمضان" are not offsets of one unit
                if self.year_at(j) or self.dotted_year(j) or (self.word(j),) in self.lex.deictic_days:
                    return None
                if self.phrase_at(j, self.lex.hijri_months, clitics=False) \
                        or self.phrase_at(j, self.lex.months, clitics=False):
                    return None
                if self.word(j) in self.lex.relative or self.weekday_word(j) is not None:
                    return None
            elif kind == "many" and (self.word(j) in QALIL or prep is not None or self.preposition_clitic(k)
                                     or self.bare(k) in ACCUSATIVE_PLURALS):
                n = None
                qalil = self.word(j) in QALIL
                if qalil:
                    j += 1
                elif self.word(j).startswith(AL) and self.word(j) not in self.lex.relative \
                        and self.word(j) not in RELATIVE_PRONOUNS and self.word(j)[2:] not in TENS_OF:
                    # "طيلة أيام الملتقى", "خلال أيام العيد": the days of an event; not "منذ أشهر التي ..."
                    return None
                # "قضى أعواما", "أشهرا من الجمود": the accusative plural is an adverb of time
                adverb = self.bare(k) in ACCUSATIVE_PLURALS
                if prep is None and not self.preposition_clitic(k) and not qalil and not adverb:
                    return None
            elif kind == "one" and prep is None and not approx and self.accusative_span(k):
                n = 1  # "قضى عاما في السجن", "سيبقى أسبوعا"
            else:
                return None
        if self.word(j) in LIGHT:
            return None  # light years measure distance
        half = n is not None and self.word(j) in HALF_AFTER
        if half:
            j += 1  # "عام ونصف", "ثلاث ساعات ونصف"
            if self.word(j) in WHOLE:
                j += 1
            elif self.lex.definite_units.get(self.word(j), ("", ""))[0] == u:
                j += 1  # "أربع ساعات ونصف الساعة"
        # "قبل ثلاثة أيام من", "بعد أربعة أيام على": a span between two events, not an offset from now
        tied = self.word(j) in TIED or self.is_in(j, TIED_BARE)
        if switches.TIED_ADVERB and self.word(j) in TIED_ADVERBS and self.word(j + 1) == MIN:
            tied = True  # "قبل يومين فقط من افتتاح المعرض": a span before an event (not "تقريبا على خلفية")
        if prep in ("before", "after") and n is not None and n >= min(SCALES.values()):
            # "قبل 400 مليون سنة": an age in geology or astronomy is a length of time, not a day on the calendar
            return j, 0, Sem("duration", unit=u, n=n, ty="DURATION", start_tok=i + 1)
        if prep in ("before", "after") and not tied:
            if n is None:
                return j, clen, Sem("vague", value="PAST_REF" if prep == "before" else "FUTURE_REF")
            if half and u in HALF_DOWN:
                u, n = HALF_DOWN[u][0], n * HALF_DOWN[u][1] + HALF_DOWN[u][1] // 2
            if switches.AFTER_COUNT and prep == "after" and not half:
                # "ستجرى الانتخابات بعد 90 يوما": Arabic news counts what is ahead from now as a length of time, a
                # duration with بعد outside its span, as after an event ("بعد 90 يوما من"); "قبل يومين" stays a day
                return j, 0, Sem("duration", unit=u, n=n, ty="DURATION", start_tok=i + 1)
            return j, clen, Sem("offset", unit=u, n=n, shift=(-n if prep == "before" else n))
        if self.rel_at(j) in ("past", "next"):
            j += 1  # "ثلاثة أيام الماضية"
        if prep in (None, "until") and n is None:
            # "لعدة ساعات", "بضعة أيام", "لأشهر": an unspecified number of units is still a duration
            vague_count = num is not None and (self.preposition_clitic(k) or self.word(k) in self.lex.vague_numbers)
            if not (vague_count or (num is None and (self.preposition_clitic(k) or self.word(k + 1) in QALIL
                                                     or self.bare(k) in ACCUSATIVE_PLURALS))):
                return None
        value = half_value(u, n) if half and n is not None else None
        if prep is not None and prep not in ("before", "after"):
            # a duration's preposition (منذ، خلال، حتى) stays out of its span
            return j, 0, Sem("duration", unit=u, n=n, ty="DURATION", start_tok=i + 1, value=value)
        return j, clen, Sem("duration", unit=u, n=n, ty="DURATION", value=value)

    def accusative_span(self, k: int) -> bool:
        """An indefinite accusative unit alone ("عاما", "أسبوعا") is an adverb of duration: one such unit.

        Not after a count the rules did not read, not "يوما ما" (some day), "عاما بعد عام" (year after year)
        or before an adjective ("يوما تاريخيا": a day described, not a length of time).
        """
        if self.word(k) not in ACCUSATIVE_ONE:
            return False
        prev, nxt = self.word(k - 1), self.word(k + 1)
        if not (k > 0 and self.toks[k - 1].is_word) or prev.endswith("ا"):
            return False  # "أمينا عاما", "مشرفا عاما": عام is also "general"
        if (k > 0 and self.toks[k - 1].is_digit) or (prev,) in self.lex.cardinals or prev in self.lex.vague_numbers \
                or (prev.startswith(AL) and (prev[2:],) in self.lex.cardinals) or prev.endswith(("ين", "ون")):
            return False
        return nxt not in {N("ما"), N("بعد"), N("تلو"), N("واحدا"), MIN} and not (nxt.endswith("ا") and nxt not in WHOLE and len(nxt) > 2)

    def whole_unit(self, k: int) -> tuple[int, str] | None:
        """A definite singular unit with no relative word after it ("اليوم", "العام"): (next index, unit)."""
        if not 0 <= k < len(self.toks) or self.word(k) not in self.lex.definite_units:
            return None
        unit, kind = self.lex.definite_units[self.word(k)]
        nxt = self.word(k + 1)
        if kind != "one" or unit in ("DE", "CE", "H") or nxt in self.lex.relative or nxt in self.lex.year_kinds \
                or nxt in ANAPHORIC or nxt in self.lex.not_today_after or (k + 1 < len(self.toks) and self.toks[k + 1].is_digit):
            return None
        return k + 1, unit

    def fraction_at(self, k: int) -> tuple[int, str] | None:
        """"نصف ساعة", "ربع قرن", "نصف عام": (next index, duration value)."""
        part = FRACTIONS.get(self.bare(k))
        if part is None:
            return None
        unit = self.unit_at(k + 1)
        if unit is None or unit[2] != "one" or self.word(k + 1).startswith(AL):
            return None
        return unit[0], fraction_value(unit[1], part)

    def preposition_clitic(self, i: int) -> bool:
        """The word carries ل or ب ("لأشهر", "لعدة"), which makes a bare count a span of time.

        Not a singular unit ("لسنة جديدة"), not a noun in construct ("بسنوات الجفاف"), not عقود (also contracts).
        """
        w = self.word(i)
        core = w[1:] if w[:1] in "وف" else w
        if not (core[:1] in "لب" and w != self.bare(i)):
            return False
        bare = self.bare(i)
        if bare in self.lex.singular_units or self.lex.unit_words.get(bare, ("", ""))[0] in ("DE", "CE"):
            return False
        return not self.word(i + 1).startswith(AL)

    def r_same(self, i: int) -> tuple[int, int, Sem] | None:
        """"نفس اليوم", "اليوم نفسه", "ذات العام", "الشهر ذاته": the day, month or year named just before."""
        if not 0 <= i < len(self.toks) or not self.toks[i].is_word:
            return None
        for c, w in self.read[i]:
            unit = None
            if w in THAT and self.bare(i - 1) == MITHL:
                return None  # "لمثل ذلك اليوم": such a day, not that one
            if w in SAME_BEFORE or w in THAT:  # "ذلك اليوم", "تلك الليلة": anaphoric as "نفس اليوم"
                unit = self.lex.definite_units.get(self.word(i + 1), NIGHT.get(self.word(i + 1)))
                if switches.THAT_TIME and w in THAT and self.word(i + 1) in THAT_TIMES:
                    unit = ("X", "one")  # "في ذلك الوقت": whatever time was told last
            elif self.word(i + 1) in SAME_AFTER:
                unit = self.lex.definite_units.get(w, NIGHT.get(w))  # "في الليلة ذاتها": that day's night
            # not "نفس اليوم الذي ...", a day set by a clause, nor "الشهر نفسه من العام الماضي", another one
            if unit and unit[1] == "one" and unit[0] in ("D", "M", "Y", "X") \
                    and self.word(i + 2) not in RELATIVE_PRONOUNS | {MIN, QABL}:
                return i + 2, c, Sem("same", unit=unit[0], rel="that" if w in THAT else None)
        return self.next_of(i)

    def next_of(self, i: int) -> tuple[int, int, Sem] | None:
        """"اليوم التالي", "العام التالي", "الليلة السابقة": the unit after (before) the one named before it."""
        reading = next(((c, w) for c, w in self.read[i] if w in self.lex.definite_units or w in NIGHT), None)
        if reading is None:
            return None
        c, w = reading
        unit = self.lex.definite_units.get(w, NIGHT.get(w))
        night = w in NIGHT
        if not unit or unit[1] != "one" or unit[0] not in ("D", "M", "Y"):
            return None
        nxt = self.word(i + 1)
        if nxt in ANAPHORIC:
            shift = 1
        elif nxt in SABIQ and unit[0] == "D":
            shift = -1  # "العام السابق" is last year (a relative unit); "اليوم السابق" is the day before another
        else:
            return None
        # "اليوم التالي لزيارته", "اليوم التالي للانتخابات": the day after an event the text does not date
        after_event = self.word(i + 2)[:1] == "ل" and self.toks[i + 2:i + 3] and self.toks[i + 2].is_word
        return i + 2, c, Sem("same", unit=unit[0], rel="that", shift=shift, value="event" if after_event else None,
                             part="NI" if night else None)

    def r_decade(self, i: int) -> tuple[int, int, Sem] | None:
        """[mod] الستينيات [من القرن الماضي | العشرين]."""
        mod = None
        hit = self.phrase_at(i, self.lex.period_mods)
        if hit and self.toks[hit[0]:hit[0] + 1]:
            found = self.r_decade(hit[0] + (self.word(hit[0]) == MIN))
            if found is None:
                return None
            found[2].mod = str(hit[2])  # "منتصف التسعينيات", "أواخر الثمانينيات"
            return found[0], hit[1], found[2]
        for c, w in self.read[i] if 0 <= i < len(self.toks) and self.toks[i].is_word else []:
            construct = not w.startswith(AL) and AL + w in self.lex.decades and self.word(i + 1) == QARN
            if w in self.lex.decades or construct:
                digit = self.lex.decades[AL + w if construct else w]
                # "الستينيات من القرن الماضي"; "ستينات القرن الماضي": in construct, without من
                j = i if construct else i + 1
                century = None
                if construct or (self.word(j) == MIN and self.word(j + 1) == QARN):
                    cent = self.phrase_at(j + 2, self.lex.centuries, clitics=False)
                    if cent:
                        century, j = int(cent[2]) - 1, cent[0]
                    elif self.rel_at(j + 2) == "past":
                        century, j = -1, j + 3
                if self.phrase_at(j, self.lex.age_after, clitics=False):
                    return None  # "في بداية العشرينات من العمر": an age
                sem = Sem("decade", d=digit, y=century, mod=mod)
                if century is None and self.word(j) in HIJRI_WORDS:
                    sem.hijri, j = True, j + 1  # "الستينيات الهجرية": the 1360s AH
                return j, c, sem
        return None

    def r_century(self, i: int) -> tuple[int, int, Sem] | None:
        """[mod من] القرن العشرين / الثاني عشر / الماضي."""
        k, clen, mod = i, 0, None
        hit = self.phrase_at(i, self.lex.period_mods)
        if hit and self.word(hit[0]) == MIN:
            k, clen, mod = hit[0] + 1, hit[1], str(hit[2])
        for c, w in self.read[k] if 0 <= k < len(self.toks) and self.toks[k].is_word else []:
            if w == QARN:
                if k == i:
                    clen = c
                cent = self.phrase_at(k + 1, self.lex.centuries, clitics=False)
                ordinal = self.day_at(k + 1)
                found = (cent[0], int(cent[2])) if cent else (ordinal[0], ordinal[2]) if ordinal and ordinal[3] \
                    and ordinal[2] <= 21 else None
                if found:
                    j, number = found
                    hijri = self.word(j) in HIJRI_WORDS
                    return j + hijri, clen, Sem("century", y=number - 1, mod=mod, hijri=hijri)
                rel = self.rel_at(k + 1)
                if rel:
                    return k + 2, clen, Sem("relunit", unit="CE", shift={"past": -1, "next": 1, "this": 0}[rel], rel=rel,
                                            mod=mod)
        return None

    def r_season(self, i: int) -> tuple[int, int, Sem] | None:
        """هذا الصيف, الشتاء الماضي, صيف 2014, فصل الصيف / موسم الشتاء (of the current year)."""
        k, clen = i, 0
        if self.bare(i)[2:] in SEASON_NOUNS and self.word(i + 1) in SEASON_ADJECTIVES and self.rel_at(i + 2):
            clen = len(self.word(i)) - len(self.bare(i))
            return i + 3, clen, Sem("season", value=SEASON_ADJECTIVES[self.word(i + 1)], rel=self.rel_at(i + 2))
        noun = next((c for c, w in self.read[k] if w in SEASON_NOUNS), None) if 0 <= k < len(self.toks) else None
        season_noun = noun is not None
        if noun is not None:
            clen = noun
            k += 1
        this = self.bare(k) in THIS
        if this:
            clen = len(self.word(k)) - len(self.bare(k))
            k += 1
        for c, w in self.read[k] if 0 <= k < len(self.toks) and self.toks[k].is_word else []:
            if w in self.lex.seasons:
                season = self.lex.seasons[w]
                if k == i:
                    clen = c
                j = k + 1
                sem = Sem("season", value=season)
                if this:
                    sem.rel = "this"
                    return j, clen, sem
                rel = self.rel_at(j)
                if rel and w.startswith(AL):
                    sem.rel = rel
                    return j + 1, clen, sem
                if not w.startswith(AL):
                    kk = j + 1 if self.is_in(j, self.lex.year_words) else j
                    y = self.year_at(kk)
                    if y:
                        sem.y = y[1]
                        return y[0], clen, sem
                elif (season_noun and k == i + 1) or (k == i and self.is_in(i - 1, SEASON_PREPS)) \
                        or (k == i and c == 1 and self.word(i)[0] == WA and self.is_in(i - 1, SEASONS_DEF)):
                    if self.word(j).startswith(AL) and self.word(j) not in CLAUSE_END:
                        return None  # "الربيع العربي"
                    # "يهاجر في الشتاء", "موسم الصيف", "في الربيع والصيف": the season in general, or the next
                    # one in a future clause
                    return j, clen, Sem("season", value=season, rel="generic")
                elif k == i and w in CONSTRUCT_SEASONS and self.construct_head(i - 1) \
                        and not (self.word(j).startswith(AL) and self.word(j) not in CLAUSE_END):
                    # "لبرامج الصيف", "إجازة الشتاء": this year's season, the one the news is about
                    return j, clen, Sem("season", value=season, rel="construct")
                return None
        return None

    def construct_head(self, b: int) -> bool:
        """An indefinite noun in construct before a season ("برامج", "لإجازة"): a plain word, no article, no number."""
        if not 0 <= b < len(self.toks) - 1 or not self.toks[b].is_word or self.toks[b].end == self.toks[b + 1].start:
            return False
        w = self.word(b)
        return not self.bare(b).startswith(AL) and not w.startswith(AL) and len(self.bare(b)) >= 3 \
            and not w.startswith(N("ي")) and not (w[:1] in (WA, N("ف")) and w[1:2] == N("ي")) \
            and w not in triggers() and not self.is_in(b, SEASON_PREPS | OFFSET_PREPS.keys())

    def r_quarter(self, i: int) -> tuple[int, int, Sem] | None:
        """[نهاية|بداية…] الربع الثاني [من العام الحالي | من عام 2015], النصف الأول."""
        hit = self.phrase_at(i, self.lex.period_mods)
        if hit and hit[0] == i + 1:
            k = hit[0] + (self.word(hit[0]) == MIN)
            inner = self.quarter_at(k)
            if inner is None or inner[1]:
                return None
            inner[2].mod = str(hit[2])  # "بنهاية النصف الأول"
            return inner[0], hit[1], inner[2]
        return self.quarter_at(i)

    def r_months_of_year(self, i: int) -> tuple[int, int, Sem] | None:
        """"أول ستة أشهر من العام", "الأشهر الستة الأولى من العام الجاري", "الأشهر الثلاثة الأولى من عام 2015",
        "آخر ثلاثة أشهر من السنة": the first or last three or six months of a year are its first or last quarter or
        half, as Arabic news counts a year's figures in months as often as in quarters (`MONTHS_OF_YEAR`); of a
        year named after من, as "الربع الأول من العام" (not a fiscal year, which need not start in January)."""
        if not switches.MONTHS_OF_YEAR or not 0 <= i < len(self.toks) or not self.toks[i].is_word:
            return None
        if self.bare(i) in WITHIN and self.word(i) == self.bare(i):
            hit = self.r_months_of_year(i + 1)  # "خلال الستة أشهر الأولى": not "خلال ستة أشهر", a duration
            if hit:
                hit[2].start_tok = i + 1
            return (hit[0], 0, hit[2]) if hit else None
        w, first = self.word(i), None
        if w in FIRST_LAST_WORDS:  # "أول ستة أشهر"
            first, num = FIRST_LAST_WORDS[w], self.number_at(i + 1)
            unit = self.unit_at(num[0]) if num else None
            j = unit[0] if unit and unit[1] == "M" else -1
        else:
            if self.lex.definite_units.get(w, ("", ""))[0] == "M":  # "الأشهر الستة الأولى"
                num = self.number_at(i + 1)
                j = num[0] if num else -1
            else:  # "الستة أشهر الأولى"
                num = self.number_at(i) if w.startswith(AL) else None
                unit = self.unit_at(num[0]) if num else None
                j = unit[0] if unit and unit[1] == "M" else -1
            if j >= 0 and self.word(j) in FIRST_LAST_ADJ:
                first, j = FIRST_LAST_ADJ[self.word(j)], j + 1
        if first is None or num is None or num[2] not in MONTHS_PART or self.word(j) != MIN:
            return None
        if self.word(j + 2) in self.lex.year_kinds:
            return None  # "الأشهر الثلاثة الأولى من العام المالي": a fiscal year, not the calendar's
        kind = MONTHS_PART[num[2]]
        sem = Sem("quarter", unit=kind, n=1 if first else (4 if kind == "Q" else 2))
        end = self.tail_year(j, sem)
        if end > j + 1:
            return end, 0, sem
        if self.word(j + 1) in THE_YEAR and self.rel_at(j + 2) is None:
            sem.rel = "year:this"  # "من العام": of the current year
            return j + 2, 0, sem
        return None

    def r_year_after_year(self, i: int) -> tuple[int, int, Sem] | None:
        """Recurrence said in words, a set as TimeML tags "every summer" or "year after year" (`RECURRING`):
        "كل صيف" (XXXX-SU), "بشكل يومي", "بصورة سنوية" (in a daily or yearly way: P1D, P1Y), "عاما بعد عام",
        "يوما بعد يوم", "من عام لآخر", "من عام إلى آخر" (P1Y, P1D)."""
        if not switches.RECURRING or not 0 <= i < len(self.toks) or not self.toks[i].is_word:
            return None
        w = self.word(i)
        if w == KUL and self.word(i + 1) in self.lex.seasons:
            return i + 2, 0, Sem("set", value="XXXX-" + self.lex.seasons[self.word(i + 1)], ty="SET")
        if w in IN_A_WAY and self.word(i + 1) in WAY_SETS:
            return i + 2, 0, Sem("set", value=WAY_SETS[self.word(i + 1)], ty="SET")
        unit = self.unit_at(i)
        again = self.unit_at(i + 2) if self.word(i + 1) == N("بعد") else None
        if unit and again and unit[1] == again[1] in {"D", "Y"} and again[2] == "one" and unit[2] != "two":
            return i + 3, 0, Sem("set", value=period("1", unit[1]), ty="SET")
        unit = self.unit_at(i + 1) if w == MIN else None
        if unit and unit[2] == "one" and unit[1] in {"D", "Y"}:
            if self.word(i + 2) in {N("لآخر"), N("لاخر")}:
                return i + 3, 0, Sem("set", value=period("1", unit[1]), ty="SET")
            if self.word(i + 2) in {N("إلى"), N("الى")} and self.word(i + 3) == N("آخر"):
                return i + 4, 0, Sem("set", value=period("1", unit[1]), ty="SET")
        return None

    def r_coming_days(self, i: int) -> tuple[int, int, Sem] | None:
        """"قادم الأيام", "قادم الأعوام", "القادم من الأيام", "في القريب العاجل": the days ahead, the near future
        (FUTURE_REF), as "الأيام المقبلة" is in Arabic news; the preposition في stays outside (`COMING_DAYS`).
        "في هذا الوقت", "الفترة الراهنة", "وقتنا الحاضر": the present (PRESENT_REF, `PRESENT_TIME`)."""
        if not 0 <= i < len(self.toks):
            return None
        w = self.word(i)
        if switches.COMING_DAYS:
            if w == N("قادم") and self.word(i + 1) in AHEAD_UNITS:  # "قادم الأيام", "قادم الأعوام"
                return i + 2, 0, Sem("vague", value="FUTURE_REF")
            if w == N("القادم") and self.word(i + 1) == MIN and self.word(i + 2) == N("الأيام"):
                return i + 3, 0, Sem("vague", value="FUTURE_REF")
            if w == N("القريب") and self.word(i + 1) == N("العاجل"):
                return i + 2, 0, Sem("vague", value="FUTURE_REF")
        if not switches.PRESENT_TIME:
            return None
        if self.bare(i) in THIS and self.word(i + 1) == N("الوقت") and self.word(i + 2) != MIN:
            # "في هذا الوقت": now (not "في هذا الوقت من العام", a time of every year); في stays outside
            return i + 2, 0, Sem("vague", value="PRESENT_REF")
        if (w, self.word(i + 1)) in PRESENT_PAIRS:  # "الفترة الراهنة", "وقتنا الحاضر"
            return i + 2, 0, Sem("vague", value="PRESENT_REF")
        return None

    def money_near(self, i: int) -> bool:
        """A word of money or results a few words around: a company's half-year, not a match's half."""
        for step in (-1, 1):
            b = i + step
            while 0 <= b < len(self.toks) and abs(b - i) <= FINANCE_WINDOW and self.word(b) not in SENTENCE_END:
                if self.is_in(b, FINANCE_WORDS):
                    return True
                b += step
        return False

    def quarter_at(self, i: int) -> tuple[int, int, Sem] | None:
        for c, w in self.read[i] if 0 <= i < len(self.toks) and self.toks[i].is_word else []:
            if w in HALVES:
                kind = HALVES[w]
                if kind == "T":
                    return None
                ordn = self.phrase_at(i + 1, self.lex.ordinals, clitics=False)
                if ordn:
                    n, j = int(ordn[2]), ordn[0]
                elif self.word(i + 1) in LAST_ONE and (self.word(i + 2) == MIN or self.is_in(i + 2, self.lex.year_words)):
                    n, j = (4 if kind == "Q" else 2), i + 2  # "الربع الأخير من العام"; alone it is the latest one
                else:
                    return None
                if (kind == "Q" and n > 4) or (kind == "H" and n > 2):
                    return None
                sem = Sem("quarter", unit=kind, n=n)
                y = self.year_at(j)
                if y and 1900 <= y[1] <= 2100 and self.toks[j].text.isdigit() and len(self.toks[j].text) == 4 \
                        and self.word(y[0]) not in MEASURES:
                    # "النصف الأول 2015": a year's half, never a match's ("الربع الثالث 700 مليون", "الربع الثالث
                    # 2000 مليون ريال" are amounts)
                    return self.tail_year(j, sem), c, sem
                if self.is_in(j, self.lex.year_words) and self.word(j) != self.bare(j):
                    end = self.tail_year(j, sem)  # "الربع الأخير لعام 2014"
                    return (end, c, sem) if end > j else None
                if self.word(j) == MIN:
                    if self.word(j + 2) in self.lex.year_kinds:
                        return None  # "الربع الأول من العام المالي": a fiscal year, not the calendar's
                    end = self.tail_year(j, sem)
                    if end > j + 1:
                        return end, c, sem
                    if self.word(j + 1) in THE_YEAR and self.rel_at(j + 2) is None:
                        sem.rel = "year:this"  # "الربع الأول من العام": of the current year
                        return j + 2, c, sem
                    return None
                if kind == "H" and not self.money_near(i):
                    return None  # "النصف الأول" alone is a football half as often as a year's
                return j, c, sem
        return None

    def r_set(self, i: int) -> tuple[int, int, Sem] | None:
        """كل عام, سنويا, كل يوم جمعة, كل عدة سنوات, كل ثلاثة أشهر."""
        if self.bare(i) == KUL:
            num = self.number_at(i + 1)
            unit = self.unit_at(num[0]) if num else None
            if num and unit:
                return unit[0], 0, Sem("set", value=period("X" if num[2] is None else str(num[2]), unit[1]), ty="SET")
            dual = self.unit_at(i + 1)
            if dual and dual[2] == "two":
                return dual[0], 0, Sem("set", value=period("2", dual[1]), ty="SET")  # "كل أسبوعين"
            part = self.phrase_at(i + 1, self.lex.parts_of_day, clitics=False)
            if part and part[0] == i + 2:
                return i + 2, 0, Sem("set", value=f"XXXX-XX-XXT{part[2]}", ty="SET")  # "كل مساء"
            k = i + 2 if self.bare(i + 1) == YAWM else i + 1
            wd = self.lex.weekdays.get(self.word(k))
            if wd is not None:
                return k + 1, 0, Sem("set", value=f"XXXX-WXX-{wd + 1}", ty="SET")
        hit = self.phrase_at(i, self.lex.sets)
        if hit:
            return hit[0], hit[1], Sem("set", value=str(hit[2]), ty="SET")
        for c, w in self.read[i]:
            adj = self.lex.set_adjectives.get(w)
            if adj and c <= 1 and i > 0 and self.toks[i - 1].is_word and self.word(i - 1) not in TIED \
                    and self.bare(i - 1) not in ANNIVERSARY:
                if any(self.is_life(x) for x in range(max(0, i - 3), i)):
                    return None  # "الحياة اليومية", "حياة المواطن اليومية": everyday life, no recurrence
                if switches.OWNED_ROUTINE and adj in ("P1D", "P1W") and self.owned(i - 1):
                    return None  # "تدريباته اليومية", "إجازاتهم الأسبوعية": someone's routine, no recurrence told
                if switches.DAILY_PAPER and any(self.is_in(x, NEWSPAPERS) for x in range(max(0, i - 4), i)) \
                        and not any(self.word(x) in CLAUSE_END for x in range(max(0, i - 4), i)):
                    return None  # "صحيفة الوطن السعودية اليومية": the paper's kind, part of its name
                if adj == "P3M" and (self.bare(i - 1) in TERM_WORK or self.is_in(i + 1, SEASONS_DEF)):
                    return None
                if switches.QUARTERLY_RESULTS and (adj == "P3M" or self.bare(i - 1) in QUARTER_WORDS) \
                        and self.results_before(i):
                    return None  # "نتائجها الفصلية", "نتائجها الربع سنوية": a kind of report, no recurrence told
                if self.word(i - 1) == N("نصف") and adj == "P1Y":
                    return i + 1, c, Sem("set", value="P6M", ty="SET", start_tok=i - 1)  # "تقرير نصف سنوي": twice a year
                return i + 1, c, Sem("set", value=adj, ty="SET")  # "المؤتمر السنوي", "التغطية اليومية"
        return self.per_unit(i)

    def r_period(self, i: int) -> tuple[int, int, Sem] | None:
        """A company's reporting period named against another: "الربع الحالي", "الفترة الحالية",
        "الربع المماثل من العام السابق", "نفس الفترة من عام 2014", "الفترة نفسها من العام الماضي".

        The stage gives it the value of the last quarter or half the text named (`Sem.rel` "current"),
        or that period in another year ("same").
        """
        if not 0 <= i < len(self.toks) or not self.toks[i].is_word:
            return None
        k, clen, same = i, None, False
        if self.is_in(i, SAME_BEFORE):
            same, k = True, i + 1
            clen = next(c for c, w in self.read[i] if w in SAME_BEFORE)
        reading = next(((c, w) for c, w in self.read[k] if w in PERIOD_NOUNS), None) if k < len(self.toks) else None
        if reading is None or (same and reading[0]):
            return None
        if clen is None:
            clen = reading[0]
        unit = PERIOD_NOUNS[reading[1]]
        j = k + 1
        if not same and self.word(j) in CURRENT_WORDS:
            return j + 1, clen, Sem("period", unit=unit, rel="current")
        similar = not same and self.word(j) in SIMILAR
        if not same and (similar or self.word(j) in SAME_AFTER):
            same, j = True, j + 1
        if not same:
            return None
        sem = Sem("period", unit=unit, rel="same", shift=-1)  # "مقارنة بالفترة المماثلة": of the year before
        start = j
        if self.word(j) == MIN and self.is_in(j + 1, self.lex.year_words):
            y = self.year_at(j + 2)
            rel = self.rel_at(j + 2)
            if y:
                sem.y, j = y[1], y[0]
            elif rel in ("past", "this"):
                sem.shift, j = (-1 if rel == "past" else 0), j + 3
        elif self.word(j) == MIN and (bare_year := self.year_at(j + 1)):
            sem.y, j = bare_year[1], bare_year[0]  # "نفس الفترة من 2014"
        if j == start and not similar:
            return None  # "أوقفت في الفترة نفسها": the time just told of, not a year's period
        return j, clen, sem

    def results_before(self, i: int) -> bool:
        """A company's results, profits or revenues within the six words before token i, in its clause."""
        for b in range(i - 1, max(-1, i - 7), -1):
            if self.word(b) in CLAUSE_END:
                return False
            if any(w.startswith(RESULTS_STEMS) for _c, w in self.read[b]):
                return True
        return False

    def owned(self, k: int) -> bool:
        """Token k is an indefinite noun with a possessive pronoun: "خسائرها", "إجازاتهم", "تعاملاته".

        A lone ه is also the normalised ة, so it counts only after a plural's ات ("تدريباته", not "الرحلة").
        """
        w = self.word(k)
        if not self.toks[k].is_word or self.bare(k).startswith(AL) or len(w) < 5:
            return False
        return w.endswith(OWNED_SUFFIXES) or w.endswith(N("اته"))

    def is_life(self, k: int) -> bool:
        """حياة with any clitic, article or possessive ("بالحياة", "حياتهم", "وحياتنا")."""
        w = self.word(k)
        for lead in ("و", "ف", "ب", "ل", "وب", "ول", "بال", "وال", "لل", "ال"):
            if w.startswith(lead) and w[len(lead):].startswith((N("حياة"), N("حيات"))):
                return True
        return w.startswith((N("حياة"), N("حيات")))

    def per_unit(self, i: int) -> tuple[int, int, Sem] | None:
        """A rate: "300 جرام في الأسبوع", "مرتين في اليوم", "مليون برميل في اليوم الواحد" (every week, day...)."""
        if self.word(i) != FI:
            return None
        unit = self.lex.definite_units.get(self.word(i + 1), NIGHT.get(self.word(i + 1)))  # "200 دولار في الليلة"
        # "ألف شخص في الساعة", "120 كيلومترا في الساعة": a rate per hour too, but "في الساعة الواحدة" is one o'clock
        if unit is None or unit[1] != "one" or unit[0] in ("DE", "CE"):
            return None
        j = i + 2
        if self.word(j) in ONE_WORDS_DEF and unit[0] != "H":
            j += 1
        nxt = self.word(j)
        if (nxt.startswith(AL) and nxt not in CLAUSE_END) or nxt in self.lex.not_today_after \
                or (j < len(self.toks) and self.toks[j].is_digit):
            return None
        for b in range(i - 1, max(-1, i - 4), -1):
            w = self.word(b)
            if w in CLAUSE_END or (unit[0] == "H" and w.endswith(WATT)):
                return None  # "جيجاواط في الساعة": a unit of energy, not a rate
            if self.toks[b].is_digit or w in TIMES_WORDS or (w,) in self.lex.cardinals or w in SCALES or w in THOUSANDS:
                return j, 0, Sem("set", value=period("1", unit[0]), ty="SET")
        return None

    def r_vague(self, i: int) -> tuple[int, int, Sem] | None:
        hit = self.phrase_at(i, self.lex.vague)
        if hit is None and switches.MORE_PAST_REFS:
            hit = self.phrase_at(i, self.lex.vague_more)
        if hit and switches.NO_NEXT_STAGE and self.is_in(i, STAGES) and self.bare(i - 1) not in WITHIN \
                and not self.word(i).startswith(N("بال")):
            return None  # "تحضيرات للمرحلة المقبلة من القتال": a stage of a plan; "خلال المرحلة المقبلة" is a time
        if hit and switches.FORMER_TITLE and hit[0] == i + 1 and self.bare(i) in FORMERLY and self.former_title(i):
            return None  # "مدير الجوازات سابقا": a former holder of the title, no time of its own
        if hit and switches.FORMER_NOUN and hit[0] == i + 1 and self.bare(i) in FORMERLY and self.former_noun(i):
            return None  # "ألمانيا الشرقية سابقا", "ضابطا عراقيا سابقا", "نائب رئيس "فيفا" سابقا": former, no time
        if hit and hit[0] == i + 1 and self.bare(i) in SOON:
            k = i + 1
            while self.word(k) in INTENSIFIERS:
                k += 1
            # "كان قريبا (للغاية) من الانضمام", "قريبا منه": close to, not soon; but "ينطلق قريبا من أبوظبي"
            # is soon, from a place: a bare من reads "close to" only after an intensifier or a copula
            if self.word(k) in NEAR_PRONOUNS or (self.word(k) in NEAR_TO and self.word(k + 1) != QABL
                                                 and (k > i + 1 or self.copula_before(i))):
                return None
        if hit and switches.EARLIER_THAT_DAY and self.word(hit[0] - 2) == N("وقت") and self.anchored_at(hit[0]):
            return None  # "وصل في وقت سابق أمس": the day after it is the time, "earlier" only places it in that day
        if hit and switches.EARLIER_OF and self.word(hit[0] - 2) == N("وقت") and self.word(hit[0]) == MIN \
                and (self.anchored_at(hit[0] + 1) or self.month_at(hit[0] + 1, False)):
            return None  # "في وقت سابق من السنة الحالية": the year is the time, "earlier" only places it in that year
        if hit:
            sem = Sem("vague", value=str(hit[2]))
            if switches.SEASON_NO_VALUE and self.is_in(i, {THE_SEASON}):
                sem.value = None  # "الموسم الماضي": a season of sport or trade, no calendar value (below)
            if sem.value == "FUTURE_REF" and self.bare(i - 1) in UNTIL_NOW and self.word(i + 1) == N("قريب"):
                sem.value = "PAST_REF"
            if hit[0] > i + 1 and self.bare(i) == FI:
                sem.start_tok = i + 1  # "في وقت سابق": the preposition stays outside, as TimeML has it
            if switches.UNTIL_NOW_SPAN and hit[0] == i + 2 and self.bare(i) == UNTIL and self.word(i + 1) in NOW:
                sem.start_tok = i + 1  # "لم يعلنوا حتى الآن": "now", with حتى outside as the annotations have it
            return hit[0], hit[1], sem
        return None

    def anchored_at(self, k: int) -> bool:
        """A day, weekday or "this/next/last unit" starts at token k ("أمس", "الجمعة", "هذا العام")."""
        for rule in (self.r_deictic, self.r_weekday, self.r_relunit):
            try:
                hit = rule(k)
            except (IndexError, ValueError):
                hit = None
            if hit and hit[1] == 0:
                return True
        return False

    def former_title(self, i: int) -> bool:
        """"رئيس مجلس إدارة النادي سابقا": an office within the four words before, its last word definite."""
        if not (i > 0 and self.toks[i - 1].is_word and self.word(i - 1).startswith(AL) and len(self.word(i - 1)) > 4):
            return False
        for b in range(i - 1, max(-1, i - 5), -1):
            if self.word(b) in CLAUSE_END:
                return False
            if self.is_in(b, OFFICES):
                return True
        return False

    def former_noun(self, i: int) -> bool:
        """The word before token i closes a noun phrase: a quoted or bracketed name, a definite adjective of origin
        ("الشرقية", "السوفياتي"), a definite noun after a preposition ("بالعالم"), or an indefinite accusative
        adjective of origin ("عراقيا"). A bare definite noun may be a verb's subject ("أعلنت الوزارة سابقا") and a
        participle a time's ("المنشورة سابقا", published earlier): both keep their past reference."""
        if i == 0:
            return False
        prev = self.word(i - 1)
        if prev in QUOTES or prev == ")":
            return True
        if not self.toks[i - 1].is_word:
            return False
        if any(self.bare(b) in REPORTED_BEFORE for b in range(max(0, i - 5), i - 1)):
            return False  # "كما ذكرت الصحيفة البريطانية سابقا": as the paper said before, a verb's subject
        if prev.startswith(AL) and len(prev) > 5 and prev.endswith(NISBA_ENDS):
            return True
        if any(c > 0 and w.startswith(AL) and not w.startswith(N("الم")) and len(w) > 4 for c, w in self.read[i - 1]):
            return True
        return not prev.startswith(AL) and len(prev) >= 5 and prev.endswith(N("يا"))

    def copula_before(self, i: int) -> bool:
        """كان، يكون، أصبح… a few words before, with no clause, reported clause or future verb between."""
        for b in range(i - 1, max(-1, i - 5), -1):
            w = self.word(b)
            if w in CLAUSE_END or w in COMPLEMENTIZERS or (len(w) >= 4 and w.startswith(self.lex.future_prefixes)
                                                           and not self.is_in(b, COPULAS)):
                return False  # "لا يبدو أنه سيختفي قريبا من شوارع المدينة": soon, from the streets
            if self.is_in(b, COPULAS):
                return True
        return False

    def r_long(self, i: int) -> tuple[int, int, Sem] | None:
        """"لفترة طويلة", "منذ فترة طويلة", "وقتا طويلا", "في فترة زمنية وجيزة": a span whose length is not told.

        A duration with no value, as TimeML tags it; ل stays in the span as a part of the word, a preposition
        (منذ، خلال) outside, as with other durations.
        """
        if not switches.LONG_SPANS:
            return None
        hit = self.phrase_at(i, self.lex.long_spans)
        if hit is None:
            return None
        clitic = self.word(i)[:hit[1]]
        return hit[0], 0 if clitic in {"ل", N("ول")} else hit[1], Sem("duration", unit="X", ty="DURATION")

    def r_season_count(self, i: int) -> tuple[int, int, Sem] | None:
        """Seasons of sport counted: "لمدة موسم كامل", "موسم واحد", "المواسم الأربعة الأخيرة" (durations of no
        value, a season being no fixed length), "في الموسم الواحد" (per season, a rate)."""
        if not switches.SEASON_COUNTS or not 0 <= i < len(self.toks) or not self.toks[i].is_word:
            return None
        bare, nxt = self.bare(i), self.word(i + 1)
        if bare == SEASON and nxt in ONE_WORDS | WHOLE:
            return i + 2, 0, Sem("duration", unit="X", ty="DURATION")
        if self.word(i) == N("الموسم") and nxt in ONE_WORDS_DEF and self.word(i - 1) == FI:
            return i + 2, 0, Sem("set", value="P1Y", ty="SET")
        if self.word(i) == SEASONS_PL:
            num = self.number_at(i + 1)
            if num and num[1] == 0 and self.word(i + 1).startswith(AL) and self.rel_at(num[0]) == "past":
                return num[0] + 1, 0, Sem("duration", unit="X", ty="DURATION")
        return None

    def r_this_season(self, i: int) -> tuple[int, int, Sem] | None:
        """"هذا الموسم", "الموسم الرياضي الجديد": the season (of sport, trade, a harvest) the news is in, before or
        after. Arabic news names such seasons by the game or trade, which straddle calendar years and start when
        their league or trade decides, so no calendar value is stated: a DATE without a value, as "الموسم الماضي"
        (`SEASON_NO_VALUE`)."""
        if not switches.SEASON_NO_VALUE or not 0 <= i < len(self.toks):
            return None
        if self.bare(i) in THIS and self.word(i + 1) == THE_SEASON:
            return i + 2, 0, Sem("vague", value=None)
        if self.is_in(i, {THE_SEASON}) and self.word(i + 1) in SPORTING and self.rel_at(i + 2):
            return i + 3, 0, Sem("vague", value=None)
        return None

    def r_season_years(self, i: int) -> tuple[int, int, Sem] | None:
        """"موسم 2016/2017", "موسم 2013 / 2014": a sports season across two years, which no calendar value
        names (DATE without a value, "موسم" in the span, as the annotations have it)."""
        if not switches.SEASON_YEARS or not self.is_in(i, {SEASON, N("الموسم")}):
            return None
        first = self.year_at(i + 1)
        if first is None or self.word(first[0]) not in {"/", "-"}:
            return None
        second = self.year_at(first[0] + 1)
        if second is None or abs(second[1] - first[1]) != 1:
            return None
        clen = next(c for c, w in self.read[i] if w in {SEASON, N("الموسم")})
        return second[0], clen, Sem("vague", value=None)

    def r_holiday(self, i: int) -> tuple[int, int, Sem] | None:
        """عيد الفطر, عيد الأضحى, يوم عرفة; "العيد" alone is the nearest of the two Eids."""
        hit = self.phrase_at(i, EID)
        if not hit and self.is_in(i, {N("العيد")}) and self.word(i + 1) not in NOT_EID_AFTER \
                and self.word(i - 1) not in {"«", '"'}:  # not a festival's name: «العيد فرحة»
            c = next(c for c, w in self.read[i] if w == N("العيد"))
            return i + 1, c, Sem("holiday", hijri=True)
        if not hit:
            return None
        j, clen, md = hit
        m, d = md
        if self.word(j) in BLESSED:
            j += 1
        sem = Sem("holiday", m=m, d=d, hijri=True)
        rel = self.rel_at(j)
        if rel:
            sem.rel, j = rel, j + 1
        return j, clen, sem

    def r_time(self, i: int) -> tuple[int, int, Sem] | None:
        """[الساعة] 10 صباحا, الساعة العاشرة والنصف مساء, الثالثة من عصر اليوم, الساعة 11 من مساء الخميس, 08:58.

        Without الساعة a clock word must follow, or the time is written HH:MM.
        """
        early = self.early_hours(i) or self.early_or_late(i)
        if early:
            return early
        c = 0
        has_saa = False
        for cc, w in self.read[i] if 0 <= i < len(self.toks) and self.toks[i].is_word else []:
            if w == SAA:
                c, has_saa = cc, True
                break
        j = i + 1 if has_saa else i
        if has_saa and self.word(j) == AL and self.toks[j + 1:j + 2] and self.toks[j + 1].is_digit:
            j += 1  # "الساعة الـ3"
        hh = mi = None
        colon = False
        if has_saa and self.toks[j:j + 1] and len(self.word(j)) == 4 and self.toks[j].is_digit \
                and int(self.word(j)[:2]) < 24 and int(self.word(j)[2:]) < 60:
            # "الساعة 0928 بتوقيت جرينتش": wire copy's HHMM
            hh, mi, colon = int(self.word(j)[:2]), int(self.word(j)[2:]), True
            j += 1
        elif self.toks[j:j + 1] and self.toks[j].is_digit and int(self.word(j)) <= 24:
            hh = int(self.word(j))
            j += 1
            if self.word(j) in {":", ".", ","} and self.toks[j + 1:j + 2] and self.toks[j + 1].is_digit \
                    and len(self.word(j + 1)) == 2 and self.toks[j].start == self.toks[j - 1].end \
                    and self.toks[j + 1].start == self.toks[j].end:
                mi = int(self.word(j + 1))
                colon = self.word(j) == ":" and mi < 60 and hh < 24 and len(self.word(j - 1)) <= 2
                j += 2
        else:
            if self.bare(j) in HOUR_ONE:
                hh, j = 1, j + 1
            else:
                ordn = self.phrase_at(j, self.lex.ordinals, clitics=False)
                if not ordn or (not has_saa and not self.word(ordn[0] - 1).endswith(N("ة"))):
                    return None  # "مهرجان الأفلاج الخامس مساء أمس": an hour is feminine (الخامسة)
                hh = int(ordn[2])
                j = ordn[0]
            if self.word(j) in ASHARA:
                hh += 10
                j += 1
        if hh is None or hh > 24:
            return None
        frac = CLOCK_FRACTIONS.get(self.word(j))
        if frac is None and self.word(j).startswith(WA):
            frac = CLOCK_FRACTIONS.get(self.word(j)[1:])
        if frac is not None:
            mi, j = frac, j + 1
        adv = CLOCK_ADV.get(self.word(j))
        part = None
        sem = Sem("time", hh=hh, mi=mi or 0, ty="TIME")
        if adv and (has_saa or colon or self.word(j) not in AM_PM_LETTERS):
            j += 1
        elif self.word(j) == N("بعد") and self.word(j + 1) == N("منتصف") and self.word(j + 2) == N("الليل"):
            adv, j = "am", j + 3  # "الواحدة بعد منتصف الليل"
        else:
            adv = None
            k = j + 1 if self.word(j) == MIN else j
            # no clitic here: "النوع الأول فظهر" is a verb, not the noon of "الأول"
            hit = self.phrase_at(k, self.lex.parts_of_day, clitics=False)
            if hit:
                part = str(hit[2])
                adv = "am" if part == "MO" else "pm"
                if k > j or self.phrase_at(hit[0], self.lex.deictic_days) or self.weekday_word(hit[0]) is not None:
                    j = self.day_of_time(hit[0], sem)
        if adv is not None and self.word(j) not in CLAUSE_END and (
                self.phrase_at(j, self.lex.deictic_days) or self.weekday_word(j) is not None):
            j = self.day_of_time(j, sem)  # "العاشرة صباحا اليوم", "التاسعة مساء الخميس"
        if not has_saa and adv is None and not colon:
            return None
        j = self.time_zone(j)
        if sem.wd is None and sem.shift == 0 and self.word(j) == MIN and (
                self.weekday_word(j + 1) is not None or self.phrase_at(j + 1, self.lex.deictic_days)):
            j = self.day_of_time(j + 1, sem)  # "عند الساعة 16:00 من الاثنين"
        if part == "MI":
            adv = "pm" if hh < 6 else None
        if adv == "pm" and hh < 12:
            hh += 12
        sem.hh = hh
        return j, c, sem

    def r_day_of_month(self, i: int) -> tuple[int, int, Sem] | None:
        """"الخامسة عشرة من الشهر الحالي", "العاشر من الشهر الماضي": a day of a month named by its place."""
        day = self.day_at(i)
        if not day or self.word(day[0]) != MIN:
            return None
        rel = self.r_relunit(day[0] + 1, use_mod=False)
        if not rel or rel[1] or rel[2].unit != "M" or rel[2].hijri or rel[2].n is not None or rel[2].kind != "relunit":
            return None
        sem = rel[2]
        sem.d = day[2]
        return rel[0], day[1], sem

    def r_observance(self, i: int) -> tuple[int, int, Sem] | None:
        """A named day: "اليوم الوطني السعودي", "اليوم العالمي للمرأة", "يوم البيئة العالمي", "يوم الافتتاح".

        TimeML tags them as dates; a country's national day gets its date once the
        year is known, the others only when the text pairs them with a date.
        """
        hit = self.phrase_at(i, self.lex.national_days)
        if hit:
            j = hit[0]
            if self.word(j) == AL and j + 1 < len(self.toks) and self.toks[j + 1].is_digit:
                j += 2  # "اليوم الوطني الـ85"
            k = j + 1 if self.word(j) in {FI, N("لدولة"), N("لجمهورية")} else j
            named = self.phrase_at(hit[0] - 1, self.lex.countries, clitics=False)
            if named and named[0] == hit[0]:
                return j, hit[1], Sem("observance", unit="national", value=str(named[2]))  # "يوم روسيا"
            country = self.phrase_at(k, self.lex.countries)
            if country:
                return country[0], hit[1], Sem("observance", unit="national", value=str(country[2]))
            if self.word(j) in OWN_COUNTRY:
                # "تهنئ رئيس سنغافورة بذكرى اليوم الوطني لبلاده": the country named before, in the same sentence
                for b in range(i - 1, max(-1, i - 16), -1):
                    if self.word(b) in CLAUSE_END - {"،", ","}:
                        break
                    before = self.phrase_at(b, self.lex.countries)
                    if before and before[0] <= i:
                        return j, hit[1], Sem("observance", unit="national", value=str(before[2]))
            return j, hit[1], Sem("observance", unit="national")
        hit = self.phrase_at(i, self.lex.international_days)
        if hit and self.toks[hit[0]:hit[0] + 1] and self.toks[hit[0]].is_word and self.word(hit[0])[:1] == "ل":
            return self.noun_phrase_end(hit[0] + 1), hit[1], Sem("observance", unit="international")
        clen = next((c for c, w in self.read[i] if w == YAWM), None) if 0 <= i < len(self.toks) else None
        if clen is None or not self.toks[i + 1:i + 2] or not self.toks[i + 1].is_word:
            return None
        if self.word(i + 2) in self.lex.international_after and self.word(i + 1).startswith(AL):
            return i + 3, clen, Sem("observance", unit="international")  # "يوم الصحة العالمي"
        if self.word(i + 1) in self.lex.event_days:
            return i + 2, clen, Sem("observance", unit="event")
        return None

    def noun_phrase_end(self, j: int) -> int:
        """The end of a genitive chain of definite words ("للحركة الكشفية", "لمكافحة التدخين"), at most three."""
        stops = triggers()
        for _ in range(3):
            w = self.word(j)
            if not (j < len(self.toks) and self.toks[j].is_word and w.startswith(AL)) or w in stops \
                    or w in self.lex.relative or w in RELATIVE_PRONOUNS or w == N("الموافق"):
                break  # "اليوم العالمي للمهاجرين الموافق الثامن عشر من ديسمبر": the date is another expression
            j += 1
        return j

    def r_age(self, i: int) -> tuple[int, int, Sem] | None:
        """"سن الخامسة عشرة", "بلغ سن الستين": an age in words, a duration in years as TimeML has it."""
        clen = next((c for c, w in self.read[i] if w == AGE), None) if 0 <= i < len(self.toks) else None
        if clen is None:
            return None
        j = i + 2 if self.word(i + 1) == AL and self.toks[i + 2:i + 3] and self.toks[i + 2].is_digit else i + 1
        num = self.number_at(j)
        if num and num[1] == 0 and num[2] is not None and 1 <= num[2] <= 120 and not self.unit_at(num[0]):
            if switches.BARE_AGE and self.toks[j].is_digit:
                return None  # "في سن 23": a figure with no unit, which the annotations leave untagged
            return num[0], clen, Sem("duration", unit="Y", n=num[2], ty="DURATION")
        day = self.day_at(j)
        if day and day[1] == 0 and day[3]:
            end, years = day[0], day[2]
            tens = self.word(end)
            if years < 10 and tens.startswith(WA + AL) and (tens[3:],) in self.lex.cardinals:
                # "سن التاسعة والستين": the tens beyond a month's days, which day_at does not read
                ten = int(self.lex.cardinals[(tens[3:],)])
                if ten % 10 == 0 and 20 <= ten <= 90:
                    end, years = end + 1, years + ten
            return end, clen, Sem("duration", unit="Y", n=years, ty="DURATION")
        return None

    def r_moments(self, i: int) -> tuple[int, int, Sem] | None:
        """"بعد لحظات", "للحظات": moments, a duration of an unspecified count of seconds.

        Only after a preposition (as a word or a clitic) and not in construct ("لحظات الانتظار", "لحظات تاريخية"
        is a description of moments, not a span of time); the preposition stays outside, as TimeML has it.
        """
        clen = next((c for c, w in self.read[i] if w == MOMENTS), None) if 0 <= i < len(self.toks) else None
        if clen is None:
            return None
        if not (clen > 0 and self.word(i)[clen - 1] in "لب" or self.is_in(i - 1, MOMENT_PREPS)):
            return None
        after = self.word(i + 1)
        if after and after not in CLAUSE_END and not self.is_in(i + 1, QALIL) and after not in QUOTES:
            return None
        return i + 1 + (1 if self.is_in(i + 1, QALIL) else 0), clen, Sem("duration", unit="S", ty="DURATION")

    def r_until_moment(self, i: int) -> tuple[int, int, Sem] | None:
        """"حتى اللحظة", "حتى هذه اللحظة", "حتى لحظة كتابة هذا الخبر": until now, a present reference.

        حتى stays in the span (as the annotations have these, unlike "حتى الآن"); a conjunction before it does not.
        """
        if not switches.UNTIL_MOMENT:
            return None
        clen = next((c for c, w in self.read[i] if w == UNTIL), None) if 0 <= i < len(self.toks) else None
        if clen is None or clen > 1:
            return None
        k = i + 1 + (self.word(i + 1) == THIS_F)
        if self.word(k) == MOMENT and self.word(k + 1) not in RELATIVE_PRONOUNS:
            if self.word(k + 1) in MOMENT_NOW:
                return k + 2, clen, Sem("vague", value="PRESENT_REF")  # "حتى اللحظة الراهنة"
            if not self.word(k + 1).startswith(AL):  # "حتى اللحظة الأخيرة": the last moment of something
                return k + 1, clen, Sem("vague", value="PRESENT_REF")
        if self.word(i + 1) == MOMENT_BARE and self.word(i + 2) in WRITING_NOUNS and self.word(i + 3) in THIS_WORDS \
                and self.word(i + 4) in REPORT_NOUNS:
            return i + 5, clen, Sem("vague", value="PRESENT_REF")
        return None

    def time_zone(self, j: int) -> int:
        """The end after a clock time's zone: "بتوقيت جرينتش", "بتوقيت مكة المكرمة", "ت م", "GMT"."""
        w = self.word(j)
        if w in ZONE_WORDS and j + 1 < len(self.toks) and self.toks[j + 1].is_word:
            j += 2
            return j + 1 if self.word(j) in ZONE_SECOND else j
        if w in ZONE_LETTERS and self.word(j + 1) in ZONE_ZONES and self.toks[j + 1].start - self.toks[j].end <= 1:
            return j + 2  # "16:39 ت م": Makkah time, as SPA stamps its wire copy
        if w in ZONE_ONE or w.upper() in ZONE_ONE:
            return j + 1
        if w in ZONE_LETTERS and self.word(j + 1) == "." and self.word(j + 2) in ZONE_ZONES \
                and self.toks[j + 2].start - self.toks[j].end <= 2:
            return j + 3  # "9:00 ت.غ"
        return j

    def early_hours(self, i: int) -> tuple[int, int, Sem] | None:
        """"الساعات الأولى من صباح اليوم": the part of that day, not one o'clock ("الأولى" is no hour here)."""
        clen = next((c for c, w in self.read[i] if w == HOURS), None) if 0 <= i < len(self.toks) else None
        if clen is None or self.word(i + 1) not in FIRST_LAST or self.word(i + 2) != MIN:
            return None
        day = self.r_deictic(i + 3) or self.r_weekday(i + 3)
        if day is None or day[1]:
            return None
        sem = day[2]
        if sem.part is None:
            sem.part = "MO" if self.word(i + 1) in FIRST else "NI"
        sem.start_tok = None
        return day[0], clen, sem

    def early_or_late(self, i: int) -> tuple[int, int, Sem] | None:
        """"ساعة مبكرة من صباح اليوم", "ساعة متأخرة من ليل السبت", "وقت مبكر من صباح أمس": a part of that day.

        The part named wins; without one, an early hour is the morning and a late one the night.
        """
        if not 0 <= i < len(self.toks) or not self.is_in(i, EARLY_NOUNS) or self.word(i + 1) not in EARLY_LATE:
            return None
        k = i + 2 + (self.word(i + 2) == MIN)
        day = self.r_deictic(k) or self.r_weekday(k) or self.r_date(k)
        if day is None or day[1] or day[2].kind not in ("deictic", "weekday", "date"):
            return None
        sem = day[2]
        if sem.part is None:
            sem.part = EARLY_LATE[self.word(i + 1)]
        sem.start_tok = None
        sem.ty = "TIME"
        clen = next(c for c, w in self.read[i] if w in EARLY_NOUNS)
        return day[0], clen, sem

    def r_part(self, i: int) -> tuple[int, int, Sem] | None:
        """A part of day alone ("وصل صباحا إلى بغداد", "قبيل منتصف الليل"): of the day the clause is about."""
        if not 0 <= i < len(self.toks) or not self.toks[i].is_word:
            return None
        for c, w in self.read[i]:
            if w in PART_ALONE:
                nxt = self.word(i + 1)
                if w == N("مساء") and ((nxt.startswith(AL) and nxt != N("إلى")) or nxt in PART_ALONE
                                       or nxt in self.lex.unit_words or self.word(i - 1) == N("صباح")):
                    return None  # "مساء الخير", a construct; "صباح مساء"
                return i + 1, c, Sem("part", part=PART_ALONE[w], ty="TIME")
            if w == N("منتصف") and self.word(i + 1) == N("الليل"):
                return i + 2, c, Sem("part", part="NI", ty="TIME")
        return None

    def day_of_time(self, j: int, sem: Sem) -> int:
        """The day named after a clock time ("... من عصر اليوم (الثلاثاء)", "... مساء الخميس"): sets sem, returns the end."""
        dx = self.phrase_at(j, self.lex.deictic_days)
        if dx:
            j, sem.shift = dx[0], int(dx[2])
            # and its weekday: "الثالثة من عصر اليوم (الثلاثاء)"
            opened = self.word(j) == "("
            wd = self.weekday_word(j + opened)
            if wd is not None and (not opened or self.word(j + 2) == ")"):
                sem.wd, sem.deictic_weekday = wd, True
                j += 3 if opened else 1
            return j
        k = j + 1 if self.word(j) == YAWM else j
        wd = self.weekday_word(k)
        if wd is not None:
            sem.wd, j = wd, k + 1
            rel = self.rel_at(j)
            if rel:
                sem.rel, j = rel, j + 1
        return j

    # -- the scan ------------------------------------------------------------------------------------

    def year_beside(self, j: int, sem: Sem) -> tuple[int, Sem]:
        """A year right after a month, quarter or period with none ("للربع الثاني 2015", "يونيو هذا العام"), or a
        month right after a bare year ("من 2015 ديسمبر"): the year is the expression's; the new end and meaning."""
        if sem.kind in ("month", "quarter", "period") and sem.y is None and not sem.hijri \
                and (sem.rel is None or sem.kind == "period"):
            y = self.year_at(j)
            if y is not None and y[2] is not True and 1900 <= y[1] <= 2100 and self.word(y[0]) not in MEASURES:
                sem.y = y[1]
                return y[0], sem
            if sem.kind == "month" and self.bare(j) in THIS and self.word(j) == self.bare(j) \
                    and self.word(j + 1) in THE_YEAR:
                sem.rel = "year:this"  # "حزيران/يونيو هذا العام"
                return j + 2, sem
        bare_year = self.year_at(j - 1) if sem.kind == "year" and sem.mod is None else None
        if bare_year is not None and bare_year[0] == j:  # the year's figure (and no mark) ends the expression
            mon = self.month_at(j, need_context=False)
            if mon is not None and mon[1] == 0:
                return mon[0], Sem("month", y=sem.y, m=mon[2])
        return j, sem

    def age_range(self, i: int) -> bool:
        """Token i ends a range after بين whose head is أعمار ("أعمارهم بين 65 و69 عاما"), in one clause."""
        for b in range(i - 1, max(-1, i - 7), -1):
            if self.word(b) in CLAUSE_END:
                return False
            if self.word(b) in (BETWEEN, MA_BETWEEN):
                return any(w.startswith(AGES) for x in range(max(0, b - 3), b) for _c, w in self.read[x])
        return False

    def scan(self) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        rules = self.rules()
        while i < len(self.toks):
            if not self.may_start[i]:
                i += 1
                continue
            best: tuple[int, int, Sem] | None = None
            for rule in rules:
                try:
                    hit = rule(i)
                except (IndexError, ValueError):
                    hit = None
                if hit and hit[0] > i and (best is None or hit[0] > best[0]):
                    best = hit
            if best is None:
                i += 1
                continue
            end, clen, sem = best
            if switches.AGE_RANGE and sem.kind == "duration" and self.age_range(i):
                i = end
                continue  # "تتراوح أعمارهم بين 13 و16 عاما": the ages of a group, no span of time
            if switches.YEAR_BESIDE:
                end, sem = self.year_beside(end, sem)
            start_tok = i
            start = self.toks[start_tok].start + clen
            if sem.start_tok is not None:
                start = self.toks[sem.start_tok].start
            last = self.toks[end - 1]
            out.append(Mention(start, last.end, sem))
            i = end
        return out


def period(n: str, unit: str) -> str:
    """An ISO 8601 period of n units: "P2W", "PT3H"."""
    return f"PT{n}{unit[0]}" if unit in ("H", "MIN", "S") else f"P{n}{unit}"


def half_value(unit: str, n: int) -> str:
    """n units and a half, written as an annotator would: "P1Y6M", "PT4H30M", "P2M15D", "P3DT12H"."""
    if switches.SHORT_HALF_YEARS and unit == "Y" and n <= 2:
        return f"P{n * 12 + 6}M"  # "عام ونصف" is told as 18 months, "العامين ونصف" as 30; "خمسة أعوام ونصف" P5Y6M
    if unit in HALF_DOWN and unit not in ("W", "CE", "DE"):
        small, per = HALF_DOWN[unit]
        if unit == "H":
            return f"PT{n}H{per // 2}M"
        if unit == "D":
            return f"P{n}DT12H"
        return f"P{n}{unit}{per // 2}{small}"
    return fraction_value(unit, n + 0.5)


def fraction_value(unit: str, amount: float) -> str:
    """A duration of a fractional number of units, in whole smaller units where they exist ("P18M", "PT90M")."""
    if unit in HALF_DOWN:
        small, per = HALF_DOWN[unit]
        count = amount * per
        if count == int(count):
            return f"PT{int(count)}{small[0]}" if small in ("H", "MIN") else f"P{int(count)}{small}"
    text = f"{amount:g}"
    return f"PT{text}{unit[0]}" if unit in ("H", "MIN", "S") else f"P{text}{unit}"


@cache
def approx_table() -> dict[tuple[str, ...], bool]:
    """"نحو", "أكثر من"...: the approximators as a phrase table, built once."""
    return {p: True for p in lexicon().approx}


@cache
def triggers() -> frozenset[str]:
    """Every word a time expression can start with; other tokens are skipped at once."""
    lex = lexicon()
    out: set[str] = set()
    for table in (lex.months, lex.hijri_months, lex.cardinals, lex.ordinals, lex.deictic_days, lex.parts_of_day,
                  lex.period_mods, lex.centuries, lex.sets, lex.vague, EID):
        out.update(k[0] for k in table)
    out.update(w[2:] for w in lex.decades)  # "ستينات القرن الماضي"
    out.update(lex.weekdays, lex.vague_numbers, lex.unit_words, lex.definite_units, lex.year_words, lex.decades,
               lex.seasons, lex.set_adjectives, OFFSET_PREPS, THIS, HALVES, FRACTIONS, PART_ALONE, SEASON_NOUNS, SAME_BEFORE, {YAWM, SHAHR, KUL, SAA, QARN, AL, N("الليلة"), GHURRA, AGE, MOMENTS, *THAT})
    out.update(k[0] for k in lex.national_days)
    out.update(k[0] for k in lex.international_days)
    out.update(k[0] for k in lex.approx)
    out.update(k[0] for k in lex.vague_more)
    out.update(k[0] for k in lex.long_spans)
    out.update({SEASON, SEASONS_PL, LATELY, UNTIL, *DAY_WORDS, *FIRST_LAST_WORDS, *IN_A_WAY, MIN, N("قادم"),
                N("القادم"), N("القريب"), *(a for a, _b in PRESENT_PAIRS)})
    out.update("ال" + w for w in list(out) if not w.startswith(AL))  # الخمس, الأربع
    return frozenset(out)


def find_mentions(normalized: str) -> tuple[list[Mention], Scanner]:
    """Time expressions in a normalised text, in order, not overlapping."""
    sc = Scanner(normalized)
    return sc.scan(), sc
