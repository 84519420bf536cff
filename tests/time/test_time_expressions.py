"""Time expressions: every month system, Hijri, digits, years, decades, relative forms, durations and sets."""

from __future__ import annotations

import pytest

from marsad.time.stage import tag_text

PUB = "2023-06-12"  # a Monday


def values(text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    art = tag_text(text, published=published)
    for t in art.timexes:
        assert art.text[t.span.start:t.span.end] == t.span.text
    return [(t.span.text, t.value) for t in art.timexes]


def value_of(text: str, published: str = PUB) -> str | None:
    found = values(text, published)
    assert len(found) == 1, found
    return found[0][1]


@pytest.mark.parametrize("text, value", [
    # Egyptian/Gulf transliterated, Levantine/Iraqi Syriac, Maghrebi, and the paired forms
    ("وقع الاتفاق في 15 يناير 2020.", "2020-01-15"),
    ("وقع الاتفاق في 15 كانون الثاني 2020.", "2020-01-15"),
    ("وقع الاتفاق في 15 جانفي 2020.", "2020-01-15"),
    ("وقع الاتفاق في 3 شتنبر 2019.", "2019-09-03"),
    ("وقع الاتفاق في 3 أوت 2019.", "2019-08-03"),
    ("وصل في 24 نيسان / أبريل 2020.", "2020-04-24"),
    ("وفي يناير/ كانون الثاني اتهمت واشنطن بيونغيانغ.", "2023-01"),
    ("وصدر الحكم في مايو (أيار) الماضي.", "2023-05"),
    ("في 15 يناير (كانون الثاني) الماضي اعتقل.", "2023-01-15"),
    ("انطلقت الجلسات في السابع من مايو الماضي.", "2023-05-07"),
    ("استقال في الثاني من يونيو الماضي.", "2023-06-02"),
    ("بدأت الحكاية في الأول من يوليو (تموز) عام 2015.", "2015-07-01"),
    ("في 30 يونيو 2015م أغلقت الفترة.", "2015-06-30"),
    ("وقعت الحادثة في 12/6/2023.", "2023-06-12"),
])
def test_month_systems(text: str, value: str) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize("text, value", [
    ("الرياض 26 شوال 1436 هـ", "2015-08-11"),
    ("يوافق ذلك ١٥ رمضان ١٤٤٥", "2024-03-25"),
    ("تأسست الجمعية عام 1433هـ.", "2012"),
    # the next 19 Dhu al-Qa'da after 12 June 2023 (23 Dhu al-Qa'da 1444) is the one of 1445
    ("حتى 19 ذو القعدة المقبل", "2024-05-27"),
    ("وقعت الحادثة في 7 ذي الحجة 1240هـ.", "1825-07-23"),  # outside Umm al-Qura's range: tabular calendar
])
def test_hijri(text: str, value: str) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize("text, value", [
    ("وقع ذلك في ١٥ يناير ٢٠٢٠.", "2020-01-15"),
    ("منذ غزو العراق عام 2003.", "2003"),
    ("منذ توليه الحكم في 2002.", "2002"),
    ("لمواليد 2002م فقط.", "2002"),
    ("كان ذلك في الستينيات.", "196"),
    ("في الستينيات من القرن الماضي.", "196"),
    ("في الثمانينيات من القرن التاسع عشر.", "188"),
    ("خلال القرن العشرين.", "19"),
    ("في صيف عام 1964 سافرت.", "1964-SU"),
    ("خلال الربع الثاني من العام الحالي.", "2023-Q2"),
])
def test_years_digits_decades(text: str, value: str) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize("text, value", [
    ("بعد هجومها العام الماضي.", "2022"),
    ("تنتهي ولايته العام المقبل.", "2024"),
    ("ارتفعت الأسعار العام الجاري.", "2023"),
    ("زادت الأرباح هذا العام.", "2023"),
    ("ارتفع العدد في العام الحالي.", "2023"),
    ("وصل الشهر الماضي.", "2023-05"),
    ("يصل الأسبوع المقبل.", "2023-W25"),
    ("يصل الأسبوع القادم.", "2023-W25"),
    ("وصل الأسبوع الماضي.", "2023-W23"),
    ("خلال الشهر الجاري.", "2023-06"),
    ("قال أمس إن الاتفاق قريب.", "2023-06-11"),
    ("أعلنت الوزارة اليوم النتائج.", "2023-06-12"),
    ("يصل غدا إلى الرياض.", "2023-06-13"),
    ("اختتمت أمس الأول المسابقة.", "2023-06-10"),
    ("اختتمت مساء أمس المسابقة.", "2023-06-11TEV"),
    ("أعلن صباح اليوم النتائج.", "2023-06-12TMO"),
    ("قال المتحدث اليوم (الاثنين) إن الوفد وصل.", "2023-06-12"),
    ("قال المتحدث يوم أمس (الأحد) إن الوفد وصل.", "2023-06-11"),
    ("وقع الانفجار قبل ثلاثة أيام.", "2023-06-09"),
    ("وقع الانفجار قبل عشرة أيام.", "2023-06-02"),
    ("حظرت نشاطها قبل عامين.", "2021"),
    ("وصل قبل أسبوع.", "2023-W23"),
    ("سيصل الوفد بعد يومين.", "P2D"),  # a count after بعد is a duration (round 22)
    ("سيعقد الاجتماع بعد ثلاثة أشهر.", "P3M"),
])
def test_relative(text: str, value: str) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize("text, value, kind", [
    ("يعيش الشعب المأساة منذ خمس سنوات.", "P5Y", "DURATION"),
    ("منذ ثلاثة أيام والقتال مستمر.", "P3D", "DURATION"),
    ("استمرت المسابقة أسبوعين.", "P2W", "DURATION"),
    ("سيتخذ قراره خلال أسبوعين.", "P2W", "DURATION"),
    ("حكم عليه بالسجن ثلاثة أعوام.", "P3Y", "DURATION"),
    ("خلال الأشهر الثلاثة الماضية ضبطت المخالفات.", "P3M", "DURATION"),
    ("خلال الأيام الماضية كثر الحديث.", "PXD", "DURATION"),
    ("وتعاقد معه بعد شهرين.", "P2M", "DURATION"),
    ("يقام المهرجان كل عام.", "P1Y", "SET"),
    ("تنتج 95 مليون طن سنويا.", "P1Y", "SET"),
    ("يجتمعون كل يوم جمعة.", "XXXX-WXX-5", "SET"),
])
def test_durations_and_sets(text: str, value: str, kind: str) -> None:
    art = tag_text(text, published=PUB)
    assert [(t.value, t.type) for t in art.timexes] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "مارس الضغط على الحكومة.",
    "صلى الإمام صلاة الجمعة في المسجد.",
    "قال الأمين العام إن الوضع خطير.",
    "يبعد الكوكب 1400 سنة ضوئية.",
    "وصل بعد عقد القران.",
    "بلغ عدد الركاب 2014 راكبا.",
])
def test_not_time(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize("text, value", [
    # a past report of a September written in June: the September before
    ("وفي سبتمبر/ أيلول، كشفت الصحيفة أن موسكو تشتري ذخيرة.", "2022-09"),
    ("وفي مارس/ آذار، قالت واشنطن إن لديها دليلا.", "2023-03"),
    ("اتهمت الولايات المتحدة كوريا في يونيو.", "2023-06"),
    # a future clause: the next one
    ("سيزور الرئيس موسكو في سبتمبر.", "2023-09"),
    ("يعتزم الوزير زيارة القاهرة في مارس المقبل.", "2024-03"),
    ("من المقرر أن تعقد الانتخابات في نوفمبر.", "2023-11"),
    ("أجريت الانتخابات في أكتوبر الماضي.", "2022-10"),
    ("ستجرى الانتخابات في يناير المقبل.", "2024-01"),
    ("ديسمبر المقبل موعد الانتخابات.", "2023-12"),
])
def test_bare_month_by_tense(text: str, value: str) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize("published, text, value", [
    # week and year boundaries
    ("2023-01-02", "قال الوزير الخميس إن المحادثات مستمرة.", "2022-12-29"),
    ("2023-01-02", "سيزور الوزير عمان الخميس.", "2023-01-05"),
    ("2023-01-02", "وصل الوفد الأحد الماضي.", "2023-01-01"),
    ("2023-01-02", "يصل الوفد الأحد المقبل.", "2023-01-08"),
    ("2024-12-31", "تبدأ المحادثات الاثنين المقبل.", "2025-01-06"),
    ("2024-12-31", "انتهت المحادثات الاثنين.", "2024-12-30"),
    ("2023-06-12", "أعلن الوزير الاثنين نتائج التحقيق.", "2023-06-12"),
    ("2023-06-12", "أعلن الوزير يوم الجمعة نتائج التحقيق.", "2023-06-09"),
    # the weekday beside اليوم wins over the deictic word (the text was written the day before)
    ("2015-07-24", "أكد اللاعب اليوم الخميس أنه سيرحل.", "2015-07-23"),
    ("2015-07-24", "أعلنت الوزارة أمس الخميس ارتفاع العدد.", "2015-07-23"),
    ("2023-01-01", "قال الرئيس اليوم (السبت) إن العام كان صعبا.", "2022-12-31"),
])
def test_weekday_resolution(published: str, text: str, value: str) -> None:
    assert value_of(text, published) == value


def test_holiday() -> None:
    # Eid al-Fitr 1436 fell on 17 July 2015
    assert value_of("وزعت سلال باحتياجات عيد الفطر على الأسر.", "2015-08-02") == "2015-07-17"


@pytest.mark.parametrize("text, value", [
    ("ارتفع العدد العام قبل الماضي.", "2021"),
    ("عقد مؤتمرا الليلة قبل الماضية.", "2023-06-10TNI"),
    ("يتذكر الناس هذه الأيام الجفاف.", "PRESENT_REF"),
    ("وصل الوفد الليلة الماضية.", "2023-06-11TNI"),
])
def test_more_relative(text: str, value: str) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize("text, value", [
    ("تبدأ الفعاليات الساعة 10 صباحا.", "2023-06-12T10:00"),
    ("يلتقي المنتخب في الثالثة من عصر اليوم.", "2023-06-12T15:00"),
    ("وصل الوفد في العاشرة والنصف من مساء أمس.", "2023-06-11T22:30"),
    ("تبدأ الجلسة عند الساعة 7.30 صباحا.", "2023-06-12T07:30"),
    ("يبدأ الدوام في الثامنة صباحا.", "2023-06-12T08:00"),
])
def test_clock_times(text: str, value: str) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize("text, value", [
    ("صام المسلمون رمضان الماضي.", None),  # a Hijri month named whole has no Gregorian month (round 22)
    ("قال المتحدث في وقت سابق إن الوفد وصل.", "PAST_REF"),
])
def test_hijri_month_and_vague(text: str, value: str | None) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize("text, value", [
    ("ظهرت الصفحة لعدة ساعات قبل حذفها.", "PTXH"),
    ("تستمر الموجة لبضعة أسابيع.", "PXW"),
    ("تركت اللحوم تتعفن لأشهر في الميناء.", "PXM"),
    ("لم يمض على زواجها أكثر من أسبوع.", "P1W"),
    ("تصاعدت الغارات في الأسابيع القليلة الماضية.", "PXW"),
    ("ستصل المساعدات خلال الفترة المقبلة.", "FUTURE_REF"),
    ("ولد في النصف الثاني من القرن الثاني عشر.", "11"),
    ("احتفلت الأمانة بعيد الفطر المبارك هذا العام.", None),
])
def test_vague_counts_and_lists(text: str, value: str | None) -> None:
    if value is None:
        assert [v for _t, v in values(text)] == ["2023-04-21", "2023"]
    else:
        assert value_of(text) == value


def test_year_lists_and_weekday_part() -> None:
    assert [v for _t, v in values("أحرز اللقب أعوام 1995 و 1998 و2013.")] == ["1995", "1998", "2013"]
    assert values("ألقي القبض عليه يوم الخميس عصرا.") == [("يوم الخميس عصرا", "2023-06-08TAF")]


@pytest.mark.parametrize("text, value", [
    ("يعود تاريخه إلى أوائل القرن الثالث الهجري.", "08"),
    ("جدد إعارته لسنة جديدة.", None),
    ("يذكرهم بسنوات الجفاف.", None),
    ("يعملون بعقود مؤقتة.", None),
])
def test_hijri_century_and_false_durations(text: str, value: str | None) -> None:
    if value is None:
        assert values(text) == []
    else:
        assert value_of(text) == value


@pytest.mark.parametrize("text, value", [
    ("يستمر التسجيل لمدة (21) يوما.", "P21D"),
    ("شهدها العقدان الماضيان.", "P2DE"),
    ("تمكنا في عام واحد من تهريب الذهب.", "P1Y"),
])
def test_counts_in_parentheses_duals_and_one(text: str, value: str) -> None:
    assert value_of(text) == value


def test_years_between() -> None:
    assert [v for _t, v in values("بلغت الأزمة ذروتها ما بين 2005 و2009.")] == ["2005", "2009"]


@pytest.mark.parametrize("text, published, value", [
    ("يقضي الناس العيد في الحدائق.", "2015-07-21", "2015-07-17"),  # Eid al-Fitr 1436
    ("أقيمت مسرحيات العيد بجدة.", "2015-09-28", "2015-09-23"),  # Eid al-Adha 1436
    ("حل ثانيا الموسم الماضي.", "2015-08-08", None),  # a season of sport has no value (round 22)
    ("تبدأ الزيادة كل عدة سنوات.", "2015-08-08", "PXY"),
    ("يلتقي منتخبنا في الثالثة من عصر اليوم (الثلاثاء).", "2015-08-11", "2015-08-11T15:00"),
])
def test_eid_seasons_sets(text: str, published: str, value: str | None) -> None:
    assert value_of(text, published) == value


def test_national_day_is_not_eid() -> None:
    # a named day, tagged as TimeML does, but no Eid: no country follows it, so no value
    assert values("احتفلت الكويت بالعيد الوطني.") == [("العيد الوطني", None)]
