"""Switches of the time stage's rules from round 7 on, one per rule, so each can be measured off against on.

`bench/eval_time.py` runs with all of them on; a measurement turns one off (`marsad.time.switches.NAME = False`)
before the stage runs. A rule that did not earn its place is deleted with its switch, never left off.
"""

from __future__ import annotations

# "«24» شوال", "(3) مارس": a day number set off by quotation marks or brackets before its month
QUOTED_DAY = True
# "الأسبوع الماضي ... يوم الاثنين": a bare weekday told after "last/next week" in its sentence is in that week
WEEK_WEEKDAY = True
# "في ذلك الوقت", "في ذلك الحين", "قبل ذلك الموعد": the time of the last date named before
THAT_TIME = True
# "منذ فترة طويلة", "لفترات طويلة", "وقتا طويلا", "فترة وجيزة": a long or brief span of no stated length
LONG_SPANS = True
# "قديما", "الفترة المنصرمة", "الفترة الوجيزة الماضية": more past references
MORE_PAST_REFS = True
# "قرابة السنة", "منذ قرابة الخمس السنوات": an approximate count before a definite unit
APPROX_DEFINITE = True
# "مدير الجوازات سابقا": "سابقا" after a definite noun is "former", no time
FORMER_TITLE = True
# "سن 17": an age written as a bare number after سن, with no unit, is not tagged
BARE_AGE = True
# "ما بين 1500 و2000 حبة": a number joined to a count is no year of a list
COUNT_PAIR = True
# "صحيفة الجزيرة اليومية": a newspaper's "daily" is its name, no recurrence
DAILY_PAPER = True
# "منذ 29 مايو": a day or month after منذ has come already, whatever future verb the clause has
SINCE_PAST = True
# "المرحلة المقبلة": a stage of a plan or a fight is no time of its own
NO_NEXT_STAGE = True
# "لمدة موسم كامل", "موسم واحد", "المواسم الأربعة الأخيرة", "في الموسم الواحد": seasons of sport counted
SEASON_COUNTS = True
# "قبل 3 أسابيع فقط من": "فقط"/"تقريبا" between a count and من still ties it to an event (a span, not a date)
TIED_ADVERB = True
# "حتى الآن": the span is "الآن" (5 of the 6 annotated in dev..dev8)
UNTIL_NOW_SPAN = True
# "لأكثر من 25 عاما", "لنحو أربعة أشهر": the ل before an approximation stays outside the span (4 of 4)
APPROX_CLITIC = True
# "بعد ست سنوات من", "قبل شهرين من": a duration's قبل/بعد stays outside its span (18 of 18 durations)
DURATION_PREP_OUT = True
# "موسم 2016/2017": a sports season across two years, DATE with no value, "موسم" in the span
SEASON_YEARS = True

# Round 8 (`docs/time.md`, "Round 8")
# "اليوم الأحد 2 أغسطس", "يوم (الأحد) الموافق للأول من ذي القعدة": a weekday takes the full date after it
WEEKDAY_DATE = True
# "في وقت سابق أمس", "في وقت لاحق هذا العام": earlier or later within the day or year named right after,
# which is the expression; "في وقت سابق" alone stays a past reference
EARLIER_THAT_DAY = True
# "22 إلى 30 أغسطس", "السابع والثامن من يوليو", "17-18/09/1436هـ": a range of days in one month is one
# expression with the month as its value
DAY_RANGE_MONTH = True
# "التي عقدتها الشركة أخيرا": أخيرا after what was done is "recently", PAST_REF as مؤخرا; not "وأخيرا" (finally,
# in a list), not after a present verb ("قد يؤكد ... أخيرا": at last), not after an indefinite noun ("خيارا أخيرا")
LATELY = True
# "للربع الثاني 2015", "يونيو هذا العام", "الفترة نفسها من العام الماضي 2013", "من 2015 ديسمبر": a year told
# right beside a month, quarter or period is its year, one expression
YEAR_BESIDE = True

# Round 9 (`docs/time.md`, "Round 9")
# "تعاملاته الأسبوعية", "خسائرها اليومية": a daily or weekly routine owned by someone (a noun with a possessive
# pronoun before the adjective) is no recurrence the text dates; "المؤتمر السنوي", "التغطية اليومية" stay
OWNED_ROUTINE = True
# "عام ونصف" P18M, "العامين ونصف العام" P30M: one or two years and a half are counted in months, as speakers
# reckon a child's age or a short span; from three years on "P5Y6M"
SHORT_HALF_YEARS = True
# "وفي وقت لاحق، اجتمع الوزير", "قد ينضم آخرون في وقت لاحق": "وقت لاحق" is an expression whatever the clause's
# tense (FUTURE_REF in a future clause, no value otherwise); "لاحقا" in a past clause stays untagged
LATER_TIME = True

# Round 10 (`docs/time.md`, "Round 10")
# "في وقت سابق من السنة الحالية", "في وقت لاحق من الشهر المقبل": earlier or later within the unit named after
# من, which is the time; "وقت سابق/لاحق" is no reference of its own there
EARLIER_OF = True
# "حتى اللحظة", "وحتى هذه اللحظة", "حتى لحظة كتابة هذا الخبر": until now, PRESENT_REF, حتى inside the span
UNTIL_MOMENT = True
# "نتائجها الفصلية", "أرباح الشركة ... الفصلية", "نتائجها الربع سنوية": a company's quarterly results are a kind of
# report, no recurrence the text dates ("تقرير فصلي" stays)
QUARTERLY_RESULTS = True
# "تتراوح أعمارهم بين 13 و16 عاما", "أعمار الجرحى بين 8 أشهر حتى 78 عاما": the range of ages of a group is no span
AGE_RANGE = True
# "ألمانيا الشرقية سابقا", "نائب رئيس "فيفا" سابقا", "ضابطا عراقيا سابقا": "سابقا" closing a noun phrase is "former"
# (as FORMER_TITLE, without an office named); after a verb or a participle ("المنشورة سابقا") it stays a past reference
FORMER_NOUN = True
# "// انتهى // 17:36 ت م": the clock time closing a wire story is when it was filed, on the day of its dateline's
# Gregorian date ("الموافق 10 أغسطس 2015"), not on the last day the story told of (16 of 16 such clocks annotated)
FILING_TIME = True

# Round 22 (`docs/time.md`, "Round 22")
# "الموسم الماضي", "للموسم الجديد", "هذا الموسم", "الموسم الرياضي المقبل": a season of sport or trade, named by its
# game or trade and straddling calendar years, has no calendar value: DATE without a value ("هذا الموسم" tagged)
SEASON_NO_VALUE = True
# "شهر رمضان المبارك", "خلال شهر رمضان الماضي", "شهر محرم": a Hijri month named whole, with no year and no mod,
# runs across two Gregorian months and has no Gregorian value ("منتصف رمضان" keeps its month)
HIJRI_MONTH_ALONE = True
# "نهاية شهر شوال", "مطلع ذي القعدة": a mod places a Hijri month's value at the part it names (its first days, its
# middle or its last third), not at the month's middle
HIJRI_MONTH_MOD = True
# "أول ستة أشهر من العام", "الأشهر الثلاثة الأولى من العام الجاري": the first or last three or six months of a
# year are its quarter or half (2015-H1, 2015-Q1), not a duration
MONTHS_OF_YEAR = True
# "كل صيف", "بشكل يومي", "عاما بعد عام", "من عام لآخر": recurrence said in words is a set (XXXX-SU, P1D, P1Y)
RECURRING = True
# "قادم الأيام", "القادم من الأيام", "القريب العاجل": the days ahead, FUTURE_REF
COMING_DAYS = True
# "بعد 90 يوما", "بعد أسبوع تقريبا": a count of units after بعد, tied to no event, is a duration (بعد outside), not
# the day it ends on
AFTER_COUNT = True
# "توقعات برفع أسعار الفائدة في سبتمبر": a bare month in a clause with no past verb, no future cue and no منذ is the
# coming one when it is at most four months ahead (else the last one, as before)
NEAREST_MONTH = True
# "في هذا الوقت", "الفترة الراهنة", "وقتنا الحاضر": the present, PRESENT_REF (not "في هذا الوقت من العام")
PRESENT_TIME = True
# "الخريف المقبل" written in August: the coming spring, summer or autumn is this year's when it has not begun yet
SEASON_NEXT = True
