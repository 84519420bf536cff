"""Time rules added from the development set: day ranges, clock times, parts of day, durations, Ramadan, deadlines."""

from __future__ import annotations

import pytest

from marsad.time.stage import tag_text

PUB = "2015-07-23"  # a Thursday, 7 Shawwal 1436


def found(text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    art = tag_text(text, published=published)
    for t in art.timexes:
        assert art.text[t.span.start:t.span.end] == t.span.text
    return [(t.span.text, t.value, t.type) for t in art.timexes]


def one(text: str, published: str = PUB) -> tuple[str, str | None, str]:
    got = found(text, published)
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize("text, expected", [
    ("ينظم المهرجان من 15 إلى 20 يوليو الجاري.", [("15", "2015-07-15"), ("20 يوليو الجاري", "2015-07-20")]),
    ("يقام المعرض في الفترة من 26 يوليو حتى 2 أغسطس.", [("26 يوليو", "2015-07-26"), ("2 أغسطس", "2015-08-02")]),
    ("تقام الدورة يومي 25 و26 يوليو 2014.", [("25", "2014-07-25"), ("26 يوليو 2014", "2014-07-26")]),
    ("خلال الفترة 15-20 يوليو.", [("15", "2015-07-15"), ("20 يوليو", "2015-07-20")]),
    ("من الخامس إلى العاشر من أغسطس المقبل.", [("الخامس", "2015-08-05"), ("العاشر من أغسطس المقبل", "2015-08-10")]),
    ("خلال الفترة من 11-14 جمادى الأولى 1436هـ.", [("11", "2015-03-02"), ("14 جمادى الأولى 1436هـ", "2015-03-05")]),
    ("كان نائبا للمحافظ خلال الفترة من 2003-2010م.", [("2003", "2003"), ("2010م", "2010")]),
])
def test_ranges_tag_both_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in found(text)] == expected


@pytest.mark.parametrize("text, span, value", [
    ("تبدأ الفعالية الساعة 9 صباحا بتوقيت مكة المكرمة.", "الساعة 9 صباحا بتوقيت مكة المكرمة", "2015-07-23T09:00"),
    ("في تمام الساعة 10 ص.", "الساعة 10 ص", "2015-07-23T10:00"),
    ("انطلقت المباراة الساعة 9:30 م.", "الساعة 9:30 م", "2015-07-23T21:30"),
    ("بلغ السعر 64.55 دولار بحلول الساعة 1155 بتوقيت جرينتش.", "الساعة 1155 بتوقيت جرينتش", "2015-07-23T11:55"),
    ("// انتهى // 08:58 ت م", "08:58 ت م", "2015-07-23T08:58"),
    ("وقع الانفجار الساعة الواحدة بعد منتصف الليل.", "الساعة الواحدة بعد منتصف الليل", "2015-07-23T01:00"),
    ("وصل الساعة 11 من مساء الخميس.", "الساعة 11 من مساء الخميس", "2015-07-23T23:00"),
    ("سيفتتح المعرض التاسعة مساء الخميس المقبل.", "التاسعة مساء الخميس المقبل", "2015-07-30T21:00"),
    ("بدأ الاجتماع الساعة 8:30 صباح اليوم.", "الساعة 8:30 صباح اليوم", "2015-07-23T08:30"),
    ("وقع الحادث العاشرة من صباح أمس الأربعاء.", "العاشرة من صباح أمس الأربعاء", "2015-07-22T10:00"),
])
def test_clock_times(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "TIME")


def test_clock_time_takes_the_day_named_before_it() -> None:
    got = found("يدشن السفير المعرض الأحد المقبل في تمام الساعة الثامنة مساء بحضور الوزير.")
    assert got == [("الأحد المقبل", "2015-07-26", "DATE"), ("الساعة الثامنة مساء", "2015-07-26T20:00", "TIME")]


@pytest.mark.parametrize("text", ["فاز الفريق 2:1 على ضيفه.", "سجل الهدف في الدقيقة 86."])
def test_not_clock_times(text: str) -> None:
    assert [t for t in found(text) if t[2] == "TIME"] == []


@pytest.mark.parametrize("text, span, value", [
    ("وقال مساء اليوم الخميس إن الاتفاق قريب.", "مساء اليوم الخميس", "2015-07-23TEV"),
    ("صادق الكنيست فجر أمس على القانون.", "فجر أمس", "2015-07-22TMO"),
    ("زار المرضى صباح يوم أمس الأربعاء.", "صباح يوم أمس الأربعاء", "2015-07-22TMO"),
    ("وقع الانفجار أمس عصرا في السوق.", "أمس عصرا", "2015-07-22TAF"),
    ("تجمع الناس مساء الجمعة على الطريق.", "مساء الجمعة", "2015-07-17TEV"),
    ("قصفت الطائرات المدينة ليل الأربعاء - الخميس.", "ليل الأربعاء - الخميس", "2015-07-22TNI"),
    ("يلتقي الوزير الذي وصل صباحا إلى بغداد نظيره.", "صباحا", "2015-07-23TMO"),
    ("استمرت العاصفة حتى منتصف الليل.", "منتصف الليل", "2015-07-23TNI"),
])
def test_parts_of_day_are_times(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "TIME")


@pytest.mark.parametrize("text", ["مساء الخير يا أصدقاء.", "يعمل صباح مساء بلا توقف.", "في مساء أيام الصيف."])
def test_not_parts_of_day(text: str) -> None:
    assert found(text) == []


def test_every_evening_is_a_set() -> None:
    assert one("يترقب الزوار الألعاب النارية كل مساء.") == ("كل مساء", "XXXX-XX-XXTEV", "SET")


@pytest.mark.parametrize("text, span, value", [
    ("استمر الاجتماع يومين.", "يومين", "P2D"),
    ("بعد أسبوعين من المفاوضات.", "بعد أسبوعين", "P2W"),
    ("استمرت المعركة ساعتين.", "ساعتين", "PT2H"),
    ("استمر الحصار ثلاثة أيام.", "ثلاثة أيام", "P3D"),
    ("قضى خمسة وعشرين عاما في السجن.", "خمسة وعشرين عاما", "P25Y"),
    ("وصلت الفرق بعد نحو نصف ساعة.", "نصف ساعة", "PT30M"),
    ("ضغط الفريق في آخر ربع ساعة.", "ربع ساعة", "PT15M"),
    ("مر نصف قرن على الحادثة.", "نصف قرن", "P50Y"),
    ("خارطة طريق على مدى ربع قرن قادم.", "ربع قرن قادم", "P25Y"),
    ("لم يلتق محاميه منذ عام ونصف.", "عام ونصف", "P1Y6M"),
    ("استغرقت الرحلة ساعة ونصف.", "ساعة ونصف", "PT1H30M"),
    ("حكم عليه بالسجن ثلاث سنوات ونصف.", "ثلاث سنوات ونصف", "P3Y6M"),
    ("استمر الإضراب أسبوعا كاملا.", "أسبوعا كاملا", "P1W"),
    ("لم يمر عام كامل على تعيينه.", "عام كامل", "P1Y"),
    ("تعرض المنتجات طيلة اليوم على الرصيف.", "اليوم", "P1D"),
    ("توفير الأشجار على مدار العام.", "العام", "P1Y"),
    ("يصدر القرار في غضون أسبوع.", "أسبوع", "P1W"),
    ("مخطوفون منذ سنة.", "سنة", "P1Y"),
    ("منذ أكثر من سنة.", "أكثر من سنة", "P1Y"),
    ("بقي على صلاحيتها أشهر معدودة.", "أشهر معدودة", "PXM"),
    ("ستعلن النتائج خلال الأيام المقبلة.", "الأيام المقبلة", "PXD"),
    ("تراجعت الأسعار في الأيام الأخيرة.", "الأيام الأخيرة", "PXD"),
])
def test_durations(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "DURATION")


@pytest.mark.parametrize("text", [
    "تعمل الأجهزة على مدار الساعة.",  # around the clock, not one hour
    "تأهل الفريق إلى نصف النهائي.",
    "خلال العام تحسنت الأرقام.",  # this year, not a duration; and without a relative word not tagged
])
def test_not_durations(text: str) -> None:
    assert [t for t in found(text) if t[2] == "DURATION"] == []


@pytest.mark.parametrize("text, span, value", [
    ("وزعت الجمعية السلال خلال شهر رمضان المبارك.", "شهر رمضان المبارك", "2015-07"),
    ("وفي رمضان وزعت الجمعية السلال.", "رمضان", "2015-07"),
    ("أقيمت المسابقة طوال رمضان المبارك.", "رمضان المبارك", "2015-07"),
    ("يكثر المعتمرون في العشر الأواخر من رمضان.", "العشر الأواخر من رمضان", "2015-07"),
    ("أعلن عن الحملة غرة شوال.", "غرة شوال", "2015-07-17"),
    ("تبدأ الانتخابات مطلع ذي القعدة القادم.", "مطلع ذي القعدة القادم", "2015-08"),
])
def test_ramadan_and_hijri_months(text: str, span: str, value: str) -> None:
    assert one(text)[:2] == (span, value)


@pytest.mark.parametrize("text", ["وصل طارق رمضان إلى باريس.", "قال محمد رمضان إن الفيلم جاهز.", "التقى شعبان الوزير."])
def test_ramadan_as_a_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span, value", [
    # حتى: a limit, the nearest such day whichever side of the publication date
    ("ويستمر التسجيل حتى 30 يوليو.", "30 يوليو", "2015-07-30"),
    ("واستمر القتال حتى 20 يوليو.", "20 يوليو", "2015-07-20"),
    ("تستمر المهلة حتى الأحد.", "الأحد", "2015-07-26"),
    ("تم تمديد المهلة حتى نهاية الشهر.", "نهاية الشهر", "2015-07"),
    ("يبقى اللاعب حتى نهاية العام على الأقل.", "نهاية العام", "2015"),
    ("حتى نهاية أغسطس.", "نهاية أغسطس", "2015-08"),
    ("يستمر المعرض حتى 15 شوال.", "15 شوال", "2015-07-31"),
    # a day and month almost a year back would carry its year: without one it is the coming one
    ("يقام المهرجان في 30 يوليو.", "30 يوليو", "2015-07-30"),
    ("وقع الهجوم في 30 يونيو.", "30 يونيو", "2015-06-30"),
    ("تراجع المؤشر منذ مطلع العام.", "مطلع العام", "2015"),
])
def test_deadlines_and_bare_days(text: str, span: str, value: str) -> None:
    assert one(text)[:2] == (span, value)


def test_weekend_is_not_this_week() -> None:
    assert found("استمتع الموظفون بعطلة نهاية الأسبوع.") == []


@pytest.mark.parametrize("text, span, value", [
    ("أعمال السنة الثالثة في 3 /3 /1436 وحتى نهايتها.", "3 /3 /1436", "2014-12-25"),
    ("القبول من يوم الأربعاء 4 / 11 / 1436 للطلاب.", "يوم الأربعاء 4 / 11 / 1436", "2015-08-19"),
    ("بدأ قيد الناخبين السبت 7-11-1436هـ في المراكز.", "السبت 7-11-1436هـ", "2015-08-22"),  # the tatweel after ه is part of the span
])
def test_numeric_dates_with_spaces_and_weekdays(text: str, span: str, value: str) -> None:
    assert one(text)[:2] == (span, value)


@pytest.mark.parametrize("text", ["كانت قيمته بداية العام 744 نقطة.", "تراجع المؤشر إلى 2098 نقطة."])
def test_index_levels_are_not_years(text: str) -> None:
    assert [v for _t, v, _ty in found(text) if v in ("744", "2098")] == []


@pytest.mark.parametrize("text, span, value, kind", [
    ("يجتمع المجلس كل أسبوعين.", "كل أسبوعين", "P2W", "SET"),
    ("تصرف الجرعة كل ثلاث ساعات.", "كل ثلاث ساعات", "PT3H", "SET"),
    ("قضى التحالف أشهرا من الجمود في عدن.", "أشهرا", "PXM", "DURATION"),
    ("قضى أعواما عديدة فيها.", "أعواما عديدة", "PXY", "DURATION"),
    ("وظل ما يقارب الساعتين يبحث عن سيارة.", "ما يقارب الساعتين", "PT2H", "DURATION"),
    ("يقام المعرض الأحد في الرياض.", "الأحد", "2015-07-26", "DATE"),  # a present-tense "is held": the coming one
])
def test_sets_adverbs_and_tense(text: str, span: str, value: str, kind: str) -> None:
    assert one(text) == (span, value, kind)


@pytest.mark.parametrize("text, years", [
    ("عاد إلى البلاد بعد انتفاضة 2011.", ["2011"]),
    ("وفق اتفاقية فيينا 1961 ورغبة من البلدين.", ["1961"]),
    ("لعب في برشلونة (1982-1984) ثم نابولي.", ["1982", "1984"]),
    ("تظهر إحصائيات 2014 و2015 تحسنا.", ["2014", "2015"]),
    ("بلغت الموافقات 2089 موافقة.", []),  # a count
    ("اتصلوا على الرقم 1900.", []),
    ("معرض مشكاة 2050 للطاقة.", []),  # far years in names are not dates here
])
def test_years_after_names(text: str, years: list[str]) -> None:
    assert [v for _t, v, _ty in found(text)] == years
