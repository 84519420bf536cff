"""Arabic news forms of time: ages as durations, rates, seasons, eves, "the same day", the Hijri year, weekends."""

from __future__ import annotations

import pytest
from timex_cases import PUB, found, one

from marsad.time.stage import tag_text


@pytest.mark.parametrize("text, span, value", [
    ("توفي الرجل البالغ من العمر 65 عاما.", "65 عاما", "P65Y"),
    ("أصيب طفل عمره عشر سنوات.", "عشر سنوات", "P10Y"),
    ("أصيب طفل (12 عاما) في القصف.", "12 عاما", "P12Y"),
    ("قتل شاب يبلغ 23 عاما.", "23 عاما", "P23Y"),
])
def test_ages_are_durations(text: str, span: str, value: str) -> None:
    # the TimeML guidelines tag an age as the duration it is
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text, span, value", [
    ("تبلغ مدة العقد ثلاث سنوات.", "ثلاث سنوات", "P3Y"),
    ("منذ ما يناهز 10 أعوام.", "10 أعوام", "P10Y"),
    ("تم تمديد عمر المحطة 20 عاما.", "20 عاما", "P20Y"),  # عمر without a pronoun: a lifetime extended
    ("للفترة المنتهية (اثنا عشر شهرا) كاملة.", "اثنا عشر شهرا", "P12M"),  # spelled out in parentheses
    ("سافر من حلوان إلى الإسكندرية (3 أيام) ثم اليونان.", "3 أيام", "P3D"),  # a trip's length
    ("تبلغ فترة التحكيم 10 أيام أخرى.", "10 أيام", "P10D"),  # تبلغ before days: a length
    ("يقبع بداخلها منذ أشهر المئات من المواطنين.", "أشهر", "PXM"),
])
def test_lengths_of_time(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text, span, value", [
    ("ارتفعت الأرباح في الربع الأول من العام.", "الربع الأول من العام", "2015-Q1"),
    ("تراجعت في الربع الأخير من العام الماضي.", "الربع الأخير من العام الماضي", "2014-Q4"),
    ("تراجع السوق منذ الربع الأخير لعام 2014.", "الربع الأخير لعام 2014", "2014-Q4"),
    ("نما الإنتاج في النصف الثاني من العام.", "النصف الثاني من العام", "2015-H2"),
    ("تراجعت المبيعات في النصف الثاني 2014.", "النصف الثاني 2014", "2014-H2"),  # the year right after the half
    ("قفزت الإيرادات للربع الثالث 2013.", "للربع الثالث 2013", "2013-Q3"),
])
def test_quarters_and_halves(text: str, span: str, value: str) -> None:
    assert one(text)[:2] == (span, value)


@pytest.mark.parametrize("text", ["سجل هدفا في الربع الأخير من المباراة.", "نما في الربع الأول من العام المالي.",
                                  "جمع 103 ملايين دولار خلال الربع الأخير."])  # the latest quarter, whichever it is
def test_quarters_not_of_the_calendar_year(text: str) -> None:
    assert [t for t in found(text) if "Q" in (t[1] or "")] == []


def test_an_amount_after_a_quarter_is_no_year() -> None:
    assert [t for t in found("خسرت الشركة في الربع الثاني 900 مليون ريال.") if t[1] and t[1].startswith("900")] == []
    assert [t for t in found("خسرت الشركة في النصف الثاني 2000 مليون ريال.") if t[1] and "2000-H" in t[1]] == []


@pytest.mark.parametrize("text, span, value", [
    ("في شهر شعبان زار الوفد المدينة.", "شهر شعبان", None),  # no Gregorian month (round 22)
    ("وصل الوفد في أواخر شعبان.", "أواخر شعبان", "2015-06"),
    ("بدأ العمل في مطلع محرم.", "مطلع محرم", "2014-10"),  # 1 Muharram 1436 = 25 October 2014
    ("صام خلال شهر محرم الحرام.", "شهر محرم الحرام", None),
    ("بلغت صفقات شهر صفر من هذا العام 1436 هـ مليارا.", "شهر صفر من هذا العام 1436 هـ", "2014-12"),
    ("أعلى من سعرها في شهر صفر من العام الماضي.", "شهر صفر من العام الماضي", "2013-12"),
    ("افتتح المكتبة في شهر رجب من عام 1434هـ.", "شهر رجب من عام 1434هـ", "2013-05"),
    ("وقع ذلك في 5 رجب من العام الماضي.", "5 رجب من العام الماضي", "2014-05-04"),
])
def test_hijri_months_alone(text: str, span: str, value: str | None) -> None:
    assert one(text)[:2] == (span, value)


@pytest.mark.parametrize("text", ["في محرم.", "قال أحمد شعبان إن الاتفاق قريب.", "التقى رجب طيب أردوغان نظيره.",
                                  "سجل الفريق صفر أهداف."])
def test_hijri_month_names_as_words(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("كما حدث بالأمس القريب في الكويت.", "الأمس القريب", "PAST_REF"),
    ("الحشرات التي راجت في الآونة بغرب البلاد.", "الآونة", "PAST_REF"),
    ("نتوقع أن يستمر الاستقرار على المدى الطويل.", "على المدى الطويل", "FUTURE_REF"),
    ("وسيحدد موعد الزيارة لاحقا.", "لاحقا", "FUTURE_REF"),
    ("وستصدر البيانات في وقت لاحق، بحسب الوزارة.", "وقت لاحق", "FUTURE_REF"),  # before a day: round 8, EARLIER_THAT_DAY
])
def test_vague_references(text: str, span: str, value: str) -> None:
    assert found(text)[0][:2] == (span, value)


@pytest.mark.parametrize("text", [
    "وعاد إلى الحكم لاحقا بعد الانتخابات.",  # later than a past event
    "أفرج عنهما في وقت لاحق بعد التحقيق.",
    "تأسست الجماعة في مثل هذه الأيام من العام.",  # the same days of another year
])
def test_not_vague_references(text: str) -> None:
    assert [t for t in found(text) if t[1] in ("FUTURE_REF", "PRESENT_REF")] == []


@pytest.mark.parametrize("text, span, value", [
    ("قتل 17 مدنيا خلال الساعات الأربع والعشرين الماضية.", "الساعات الأربع والعشرين الماضية", "PT24H"),
    ("خلال الأربع والعشرين ساعة الماضية.", "الأربع والعشرين ساعة الماضية", "PT24H"),
    ("بنيت القلعة منذ مئتي عام.", "مئتي عام", "P200Y"),
    ("منذ ثلاثمائة عام.", "ثلاثمائة عام", "P300Y"),
    ("عادة متجذرة منذ ألفي عام.", "ألفي عام", "P2000Y"),
    ("يسكن الناس الوادي منذ عشرات السنين.", "عشرات السنين", "PXY"),
    ("منذ مئات السنين.", "مئات السنين", "PXY"),
    ("يعود تاريخها إلى 10 آلاف سنة.", "10 آلاف سنة", "P10000Y"),
    ("يرجع تاريخها إلى خمسة آلاف عام.", "خمسة آلاف عام", "P5000Y"),
    ("خلال الأربعة آلاف عام الماضية.", "الأربعة آلاف عام الماضية", "P4000Y"),
    ("عاشوا هنا قبل الميلاد بألف وخمسمائة سنة.", "ألف وخمسمائة سنة", "P1500Y"),
    ("من أربع ساعات ونصف الساعة.", "أربع ساعات ونصف الساعة", "PT4H30M"),
    ("استمر القتال شهرا ونصف.", "شهرا ونصف", "P1M15D"),
    ("انتظر يوما ونصف.", "يوما ونصف", "P1DT12H"),
    ("قضى عاما في السجن.", "عاما", "P1Y"),
    ("سيبقى الوفد أسبوعا في المنطقة.", "أسبوعا", "P1W"),
])
def test_number_words_and_halves(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text, span, value, kind", [
    ("أمضى في السجن يومين قبل الإفراج عنه.", "يومين", "P2D", "DURATION"),
    ("استمرت المفاوضات شهرين دون نتيجة.", "شهرين", "P2M", "DURATION"),
    ("يعيش هناك منذ عامين.", "عامين", "P2Y", "DURATION"),
    ("ارتفعت الأسعار في السنتين الأخيرتين.", "السنتين الأخيرتين", "P2Y", "DURATION"),
    ("خلال السنتين القادمتين.", "السنتين القادمتين", "P2Y", "DURATION"),
    ("خلال الشهرين المقبلين.", "الشهرين المقبلين", "P2M", "DURATION"),
    ("قتل جنديان قبل شهرين.", "قبل شهرين", "2015-05", "DATE"),
    ("قتل جنديان قبل نحو عامين.", "قبل نحو عامين", "2013", "DATE"),
    ("تصدر النتائج خلال الأيام المقبلة.", "الأيام المقبلة", "PXD", "DURATION"),
])
def test_dual_forms(text: str, span: str, value: str, kind: str) -> None:
    assert one(text) == (span, value, kind)


@pytest.mark.parametrize("text", [
    "انتخب أمينا عاما للحزب.",  # عام is also "general"
    "سيعود يوما ما.",
    "لم يتوقف يوما عن العمل.",
    "شهد البلد يوما تاريخيا.",
    "نستقبل عاما جديدا.",
    "يزداد الطلب عاما بعد عام.",
    "تتفاقم الأزمة يوما بعد يوم.",
    "يتكرر ذلك عاما تلو عام.",
    "في بعض الأيام يغلق السوق.",
    "قتل عشرات الأشخاص.",
    "عرض الفيلم طيلة أيام الملتقى.",  # the days of an event
    "طالب بإيقاف تنفيذ عشرات العقود.",  # contracts
])
def test_not_spans_of_time(text: str) -> None:
    assert [t for t in found(text) if t[2] == "DURATION"] == []


@pytest.mark.parametrize("text, span, value", [
    ("يصل الاستهلاك إلى نحو 300 جرام في الأسبوع لكن الإمدادات موسمية.", "في الأسبوع", "P1W"),
    ("يتناول الدواء مرتين في اليوم.", "في اليوم", "P1D"),
    ("تنتج الحقول 1.2 مليون برميل في اليوم الواحد.", "في اليوم الواحد", "P1D"),
    ("يجتمع المجلس مرة في السنة.", "في السنة", "P1Y"),
])
def test_rates_are_sets(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "SET")


@pytest.mark.parametrize("text", [
    "قتل 5 أشخاص في اليوم الأول.",
    "سجلت 300 إصابة في اليوم نفسه.",
    "بلغ الاستهلاك 300 ألف جيجاواط في الساعة.",  # a unit of energy (a speed per hour is a rate: round 6)
])
def test_not_rates(text: str) -> None:
    assert [t for t in found(text) if t[2] == "SET"] == []


@pytest.mark.parametrize("text, expected", [
    ('تحمل كل منها ما بين "1500" و"2000" حبة من جوز الهند.', []),  # quoted counts
    ("أطلق البرنامج عام 2015.", [("عام 2015", "2015", "DATE")]),
])
def test_quoted_counts_are_not_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, span, value, kind", [
    ("طير يهاجر في الشتاء من سيبيريا إلى أفريقيا.", "الشتاء", "XXXX-WI", "SET"),
    ("يستغل الباعة موسم الصيف في المنطقة.", "موسم الصيف", "XXXX-SU", "SET"),
    ("ترتفع الحرارة خلال فصل الصيف.", "فصل الصيف", "XXXX-SU", "SET"),
    ("وتنوي الحكومة تقديمه إلى البرلمان في الخريف.", "الخريف", "2015-FA", "DATE"),  # the coming one
    ("خلال فصل الشتاء المقبل.", "فصل الشتاء المقبل", "2016-WI", "DATE"),
])
def test_seasons(text: str, span: str, value: str, kind: str) -> None:
    assert one(text) == (span, value, kind)


@pytest.mark.parametrize("text", ["اندلعت الثورات منذ الربيع العربي.", "ازدادت الأوضاع سوءا بعد الربيع."])
def test_arab_spring_is_not_a_season(text: str) -> None:
    assert found(text) == []


def test_clock_times_of_every_day() -> None:
    got = found('وأوضح: "تفتح القاعة أبوابها يومياً من الساعة الثامنة صباحاً وحتى السادسة مساء".')
    assert [v for _t, v, _ty in got] == ["P1D", "XXXX-XX-XXT08:00", "XXXX-XX-XXT18:00"]


@pytest.mark.parametrize("text, span, value", [
    ("قتل عند الدوار ليل السادس من أغسطس.", "ليل السادس من أغسطس", "2015-08-06TNI"),
    ("وصل الوفد صباح الأحد 2 أغسطس.", "صباح الأحد 2 أغسطس", "2015-08-02TMO"),
    ("وقع الانفجار فجر 15 يوليو 2014.", "فجر 15 يوليو 2014", "2014-07-15TMO"),
    ("يفتتح المعرض مساء 3 شوال 1436هـ.", "مساء 3 شوال 1436هـ", "2015-07-19TEV"),
    ("صلى الناس صباح عيد الأضحى.", "صباح عيد الأضحى", "2014-10-04TMO"),
    # the eve is the day before; an Islamic night belongs to the day before it
    ("وصل الوفد عشية عيد الفطر.", "عشية عيد الفطر", "2015-07-16TEV"),
    ("عقد اجتماع عشية 30 يونيو.", "عشية 30 يونيو", "2015-06-29TEV"),
    ("خرج والدي ليلة 28 رمضان.", "ليلة 28 رمضان", "2015-07-14TNI"),
])
def test_parts_of_named_days(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "TIME")


@pytest.mark.parametrize("text, expected", [
    ("أعلن في الدوحة أمس عن لقاء. كما التقى لافروف في نفس اليوم الخطيب.",
     [("أمس", "2015-07-22"), ("نفس اليوم", "2015-07-22")]),
    ("وقع الاتفاق في مارس 2014، وفي الشهر نفسه اندلعت الحرب.", [("مارس 2014", "2014-03"), ("الشهر نفسه", "2014-03")]),
    ("تأسست عام 2003 وفي العام ذاته انضمت.", [("عام 2003", "2003"), ("العام ذاته", "2003")]),
    ("بدأ البحث يوم السبت وواصل بحثه في ذات اليوم.", [("يوم السبت", "2015-07-18"), ("ذات اليوم", "2015-07-18")]),
    ("وقع ذلك في نفس اليوم الذي وقعت فيه الحادثة.", []),  # a day the clause sets
    ("قالت في نفس اليوم إن الأمر انتهى.", [("نفس اليوم", None)]),  # nothing named before: no value, as TimeML
])
def test_the_same_day_month_or_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ty in found(text)] == expected


@pytest.mark.parametrize("text, span, value", [
    ("بلغت الأسهم المشتراة خلال الأسبوع نحو 581 مليون درهم.", "الأسبوع", "2015-W30"),
    ("سيعود الوفد نهاية الأسبوع.", "نهاية الأسبوع", "2015-W30"),  # the coming weekend
    ("التقى الوزير نظيره نهاية الأسبوع.", "نهاية الأسبوع", "2015-W29"),  # the last one
    ("مع بداية العام الهجري الجديد تبدأ الميزانية.", "بداية العام الهجري الجديد", "2016"),  # 1437
    ("مع مطلع العام الهجري الجديد 1437.", "مطلع العام الهجري الجديد 1437", "2016"),
    ("خلال العام الهجري الحالي.", "العام الهجري الحالي", "2015"),
    ("شهدت المنطقة ازدهارا في منتصف التسعينيات.", "منتصف التسعينيات", "199"),
    ("في أواخر الثمانينيات من القرن الماضي.", "أواخر الثمانينيات من القرن الماضي", "198"),
    ("انتقل إليها في نهاية الستينيات الهجرية.", "نهاية الستينيات الهجرية", "194"),  # the 1360s AH
    ("تعود إلى الصين قبل ألفي سنة.", "قبل ألفي سنة", "0015"),
])
def test_weeks_hijri_years_and_decades(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DATE")


def test_mod_of_a_decade_is_kept() -> None:
    art = tag_text("في منتصف التسعينيات.", published=PUB)
    assert [t.mod for t in art.timexes] == ["MID"]


@pytest.mark.parametrize("text, value", [
    # the weekday named beside اليوم is in the week up to the page's date: pages trail their writing
    ("قالت الشركة اليوم الأربعاء إن العقد ألغي.", "2015-07-15"),  # published on Tuesday 21 July
    ("قال مسؤول اليوم الثلاثاء إن القوات تحمي المساجد.", "2015-07-21"),
    ("صرح أمس الاثنين بأن المحادثات مستمرة.", "2015-07-20"),
])
def test_weekday_beside_today_is_not_after_the_page(text: str, value: str) -> None:
    assert found(text, "2015-07-21")[0][1] == value


@pytest.mark.parametrize("text, value", [
    # beside أمس/غدا the writing day may be the day after the page's date (editions online the night before)
    ("اختتمت الندوة فعالياتها أمس الثلاثاء.", "2015-07-21"),  # written on Wednesday, dated Tuesday
    ("تختتم الندوة فعالياتها غدا الخميس.", "2015-07-23"),
])
def test_weekday_beside_yesterday_or_tomorrow(text: str, value: str) -> None:
    assert found(text, "2015-07-21")[0][1] == value


@pytest.mark.parametrize("text, value", [
    ("وقال خامنئي السبت من أن بلاده ستواصل دعم حلفائها.", "2015-07-18"),  # the future of what was said
    ("أعلن عباس الجمعة أنه ينوي التوجه إلى المحكمة.", "2015-07-17"),
    ("قال الوزير إنه سيزور بغداد الأحد.", "2015-07-26"),
    ("وبحلول شباط تغير هذا.", "2015-02"),  # by: the nearest one
    ("يجب إنجاز المشروع بحلول ديسمبر.", "2015-12"),
    ("ستعقد القمة في نوفمبر.", "2015-11"),  # a verb in ست- is future
    ("ستة أشخاص قتلوا في نوفمبر.", "2014-11"),  # ستة is six
    ("سيريزا للناخبين عند وصولها إلى السلطة في يناير.", "2015-01"),  # a name, not a verb
])
def test_future_verbs(text: str, value: str) -> None:
    assert found(text)[0][1] == value


@pytest.mark.parametrize("text", [
    "الراحة كانت عنوانا آخر للأسبوع.",  # آخر is "another"
    "مرضى في بداية العشرينات من العمر.",  # an age
    "خلال الشهر نفسه من العام الماضي ارتفع.",  # another year's month
])
def test_not_this_unit(text: str) -> None:
    assert [v for _t, v, _ty in found(text) if v and v.startswith("2015")] == []


@pytest.mark.parametrize("text", [
    "ما أشبه الليلة بالبارحة.",  # an idiom
    "تغير كل شيء بين ليلة وضحاها.",
    "وصلت قيمة الليلة الواحدة إلى 200 دولار.",
    "قامت الشرطة لليوم الثاني على التوالي بحملة.",  # the second day running
    '"اليوم" استطلعت آراء مجموعة من السيدات.',  # a newspaper's name
    "فهناك فرق كبير بين الاثنين.",  # the two, not Monday
    "ارتد بعد أن لامس دعم 19 ألف نقطة.",  # a verb, not ل + أمس
    "أكتب لكم من باب الإنصاف.",  # a door, not ب + آب
    "وبنهاية السنة الثانية كان النظام يترنح.",  # the second year of the war, not this one
])
def test_time_words_that_name_no_time(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("تبدأ الأسعار من 675 درهما في الليلة على الغرف.", "في الليلة", "P1D"),  # a rate per night
    ("ارتفعت أرباحها في الشطر الأول من هذا العام.", "الشطر الأول من هذا العام", "2015-H1"),
    ("وقع ذلك في مارس من هذا العام.", "مارس من هذا العام", "2015-03"),
    ("افتتح المعرض الأحد. ودشن الملك المشاريع في الليلة ذاتها.", "الليلة ذاتها", "2015-07-19"),
    ("فأمس وصل الوفد.", "أمس", "2015-07-22"),
    ("ازدهرت السينما في ستينات القرن الماضي.", "ستينات القرن الماضي", "196"),
    ("في سبعينيات القرن العشرين.", "سبعينيات القرن العشرين", "197"),
    # Eid al-Fitr began on 17 July; a week later its holidays still run: "the Eid" ahead is that one
    ("وقال إنه سوف يقضي العيد في الديرة.", "العيد", "2015-07-17"),
])
def test_more_news_forms(text: str, span: str, value: str) -> None:
    assert found(text)[-1][:2] == (span, value)


@pytest.mark.parametrize("text", ["الْيَوْمَ أَكْمَلْتُ لَكُمْ دِينَكُمْ.", "افتتح مهرجان «العيد فرحة» في ينبع.",
                                  "يحيي المسلمون ليلة القدر."])
def test_quotations_and_named_days_kept_out(text: str) -> None:
    assert found(text) == []
