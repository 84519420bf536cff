"""Round 13: who speaks, from causes that recur across the development sets. A quotation after the colon of a
sentence with no speech verb is the person the sentence is about; a title whose genitive is a proper name points
back as a definite one does, and "بقوله" goes on with its verb's subject; the outlet that carried a statement is
not its owner; the object after a title's body is no name; a role in brackets after a name is no name; an
outlet's correspondent is unnamed, the outlet relays him; outlets nobody names are an unnamed source, also when
linked as a country's media, when they open a sentence before an aside, or after its first verb; a belief a
named party states ("وتعتقد الشرطة أن") is its words. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import marsad.quotes.speakers as speakers
import marsad.quotes.stage as stage
import marsad.quotes.view as view
from marsad.article import Article

from .conftest import quote_with, who

Run = Callable[..., Article]
COACH = ("PER", "PRT", "Jose Fernandes")
CHAIRMAN = ("PER", "SAU", "Salem Al-Otaibi")
KHALID = ("PER", "SAUGOV", "Khalid Al-Dosari")
HEALTH_QATIF = ("ORG", "SAUGOV", "")
HEALTH_JAZAN = ("ORG", "SAUGOV", "")
HEALTH = ("ORG", "SAUGOV", "")
JORDAN = ("GPE", "JOR", "Jordan")
PETRA = ("ORG", "JORMED", "Petra News Agency")
UN = ("ORG", "IGOUNO", "United Nations")
SHOROUK = ("ORG", "IRQMED", "Al-Shorouk TV")


COLON_BODY = ("وقال رئيس النادي سالم العتيبي إن الفريق جاهز للموسم. ورغم الخسارة، لم يبد المدرب البرتغالي جوزيه "
              "فرنانديز أي انزعاج من النتيجة: «لعبنا بشكل جيد وسنعود أقوى في المباراة القادمة أمام جماهيرنا»")
COLON_NAMES = {"سالم العتيبي": CHAIRMAN, "جوزيه فرنانديز": COACH}


def test_a_quotation_after_the_colon_of_a_sentence_with_no_verb_is_its_persons(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert who(quote_with(run(COLON_BODY, COLON_NAMES), "وسنعود أقوى")) == "Jose Fernandes"
    monkeypatch.setattr(stage, "COLON_SUBJECT", False)
    assert who(quote_with(run(COLON_BODY, COLON_NAMES), "وسنعود أقوى")) == "Salem Al-Otaibi"


def test_two_people_before_the_colon_leave_the_quotation_to_the_older_rules(run: Run) -> None:
    body = ("وقال رئيس النادي سالم العتيبي إن الفريق جاهز للموسم. ولم يلتق المدرب جوزيه فرنانديز بالرئيس سالم "
            "العتيبي بعد المباراة: «لعبنا بشكل جيد وسنعود أقوى في المباراة القادمة أمام جماهيرنا»")
    # two people named before the colon: nothing tells which of them speaks, the last speaker goes on
    assert who(quote_with(run(body, COLON_NAMES), "وسنعود أقوى")) == "Salem Al-Otaibi"


GENITIVE_BODY = ("كرّم مدير الصحة بمنطقة جازان خالد الدوسري عددا من الممرضين أمس. وقال مدير صحة جازان إن "
                 "الحملة شملت جميع القرى.")


def test_a_title_whose_genitive_is_a_name_points_back_to_its_holder(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    names = {"خالد الدوسري": KHALID, "صحة جازان": HEALTH_JAZAN}
    assert who(quote_with(run(GENITIVE_BODY, names), "الحملة شملت")) == "Khalid Al-Dosari"
    monkeypatch.setattr(stage, "GENITIVE_NAMES", False)
    assert who(quote_with(run(GENITIVE_BODY, names), "الحملة شملت")) != "Khalid Al-Dosari"


def test_a_title_before_a_preposition_names_someone_new(run: Run) -> None:
    body = "كرّم مدير الصحة خالد الدوسري عددا من الممرضين. وقال مسؤول بصحة جازان إن الحملة شملت جميع القرى."
    q = quote_with(run(body, {"خالد الدوسري": KHALID, "صحة جازان": HEALTH_JAZAN}), "الحملة شملت")
    assert who(q) != "Khalid Al-Dosari"  # "مسؤول بـ…" is an unnamed official, not the director


def test_biqawlihi_goes_on_with_its_verbs_subject(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    body = "وتحدث خالد الدوسري مدير صحة القطيف بقوله: «نفخر بما قدمه المتطوعون خلال الحملة الأخيرة في القرى»"
    names = {"خالد الدوسري": KHALID, "صحة القطيف": HEALTH_QATIF}
    assert who(quote_with(run(body, names), "نفخر بما")) == "Khalid Al-Dosari"
    monkeypatch.setattr(stage, "OWNED_SAYING", False)
    q = quote_with(run(body, names), "نفخر بما")
    assert q.speaker is not None and q.speaker.text == "صحة القطيف"  # the body right before بقوله, before the rule


STATEMENT_BODY = ("أعلن الأردن استدعاء سفيره للتشاور. وجاء في بيان رسمي نقلته وكالة الأنباء الأردنية، أن المملكة «ترفض "
                  "أي تدخل في شؤونها الداخلية مهما كان مصدره». وشدد البيان على أن المملكة «ستحمي حدودها بكل الوسائل "
                  "المتاحة لها».")
STATEMENT_NAMES = {"الأردن": JORDAN, "وكالة الأنباء الأردنية": PETRA}


@pytest.mark.parametrize("words", ["ترفض أي تدخل", "ستحمي حدودها"])
def test_a_statement_an_outlet_carried_is_not_the_outlets(run: Run, monkeypatch: pytest.MonkeyPatch, words: str) -> None:
    assert who(quote_with(run(STATEMENT_BODY, STATEMENT_NAMES), words)) == "Jordan"
    monkeypatch.setattr(stage, "RELAYED_STATEMENTS", False)
    assert who(quote_with(run(STATEMENT_BODY, STATEMENT_NAMES), words)) != "Jordan"


def test_a_study_a_body_conducted_is_the_bodys(run: Run) -> None:
    art = run("وتقول دراسة أجرتها الأمم المتحدة إن نصف السكان يعتمدون على الزراعة.", {"الأمم المتحدة": UN})
    assert who(quote_with(art, "نصف السكان")) == "United Nations"  # أجرتها: it conducted it, it did not carry it


RELATIVE_BODY = ("وقال خالد الدوسري مدير عام الصحة بالمنطقة إن الحملة بدأت أمس. ووصف مدير الصحة الحماس الذي "
                 "أظهره المتطوعون خلال الحملة بأنه مثال يحتذى في العمل التطوعي.")


def test_a_noun_with_a_relative_clause_after_a_titles_body_is_the_object(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    names = {"خالد الدوسري": KHALID, "الصحة": HEALTH}
    assert who(quote_with(run(RELATIVE_BODY, names), "مثال يحتذى")) == "Khalid Al-Dosari"
    monkeypatch.setattr(speakers, "RELATIVE_OBJECTS", False)
    assert who(quote_with(run(RELATIVE_BODY, names), "مثال يحتذى")) != "Khalid Al-Dosari"


@pytest.mark.parametrize("role", ["والد المريض", "المتحدث باسم الأسرة"])
def test_a_role_in_brackets_after_a_name_is_no_name(run: Run, monkeypatch: pytest.MonkeyPatch, role: str) -> None:
    body = f"وذكر سامي حمدان العنزي ({role}) أنه انتظر الموعد ثلاثة أشهر كاملة."
    q = quote_with(run(body), "انتظر الموعد")
    assert q.speaker is not None and q.speaker.text == "سامي حمدان العنزي"
    monkeypatch.setattr(speakers, "BRACKETED_ROLES", False)
    q = quote_with(run(body), "انتظر الموعد")
    assert q.speaker is not None and q.speaker.text == role


def test_a_name_in_brackets_after_a_common_noun_is_still_the_name(run: Run) -> None:
    q = quote_with(run("وقالت جارتي (سلمى): إن الحي أصبح أكثر هدوءا هذا العام."), "الحي أصبح")
    assert q.speaker is not None and q.speaker.text == "سلمى"


@pytest.mark.parametrize("title", ["مراسل قناة الشروق", "مراسلة قناة الشروق"])
def test_an_outlets_correspondent_is_unnamed_and_the_outlet_relays(
        run: Run, monkeypatch: pytest.MonkeyPatch, title: str) -> None:
    verb = "وقالت" if title.startswith("مراسلة") else "وقال"
    body = f"{verb} {title} في بغداد إن الاشتباكات توقفت مساء أمس."
    q = quote_with(run(body, {"قناة الشروق": SHOROUK}), "الاشتباكات توقفت")
    assert who(q) is None and q.via == "Al-Shorouk TV"
    monkeypatch.setattr(speakers, "CORRESPONDENTS", False)
    assert who(quote_with(run(body, {"قناة الشروق": SHOROUK}), "الاشتباكات توقفت")) == "Al-Shorouk TV"


FRENCH_MEDIA = ("ORG", "FRAMED", "French media")
LE_MONDE = ("ORG", "FRAMED", "Le Monde")


@pytest.mark.parametrize("body", [
    "ولم يعلن النادي وجهة اللاعب، لكن وسائل إعلام فرنسية أشارت إلى أن اللاعب وقع عقدا جديدا.",
    "وذكرت وسائل إعلام فرنسية أن اللاعب وقع عقدا جديدا.",
])
def test_outlets_nobody_names_are_an_unnamed_source(run: Run, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    q = quote_with(run(body, {"وسائل إعلام فرنسية": FRENCH_MEDIA}), "وقع عقدا")
    assert who(q) is None and q.speaker is not None and q.speaker.text == "وسائل إعلام فرنسية"
    monkeypatch.setattr(stage, "UNNAMED_OUTLETS", False)
    assert who(quote_with(run(body, {"وسائل إعلام فرنسية": FRENCH_MEDIA}), "وقع عقدا")) == "French media"


def test_a_named_outlet_keeps_its_name(run: Run) -> None:
    art = run("وذكرت صحيفة لوموند الفرنسية أن اللاعب وقع عقدا جديدا.", {"صحيفة لوموند": LE_MONDE})
    assert who(quote_with(art, "وقع عقدا")) == "Le Monde"


HADDAD = ("PER", "LBNGOV", "Sami Haddad")


@pytest.mark.parametrize("opening", ["التقارير الواردة من العاصمة", "المصادر المقربة من الحكومة"])
def test_reports_opening_a_sentence_speak_past_a_name_in_an_aside(
        run: Run, monkeypatch: pytest.MonkeyPatch, opening: str) -> None:
    body = (f"استقبل الوزير سامي حداد وفدا تجاريا أمس. {opening}، ورغم نفي الوزير سامي حداد، تؤكد أن الحكومة "
            "ستستقيل قبل نهاية الشهر.")
    q = quote_with(run(body, {"سامي حداد": HADDAD}), "الحكومة ستستقيل")
    assert who(q) is None and q.speaker is not None and q.speaker.text == opening.split()[0]
    monkeypatch.setattr(stage, "FRONTED_REPORTS", False)
    assert who(quote_with(run(body, {"سامي حداد": HADDAD}), "الحكومة ستستقيل")) == "Sami Haddad"


def test_a_relative_clause_in_the_aside_describes_the_opening_noun(run: Run) -> None:
    body = ("استقبل الوزير سامي حداد وفدا تجاريا أمس. التقارير الواردة من العاصمة، التي نفاها سامي حداد، تؤكد أن "
            "الحكومة ستستقيل قبل نهاية الشهر.")
    q = quote_with(run(body, {"سامي حداد": HADDAD}), "الحكومة ستستقيل")
    assert who(q) is None and q.speaker is not None and q.speaker.text == "التقارير"  # the reports he denied say it


EGYPT = ("GPE", "EGY", "Egypt")


def test_a_bare_verb_goes_on_with_the_unnamed_outlets_after_the_first_verb(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("أعلنت مصر أن التحقيق في الحادث مستمر. وردت عدة صحف محلية على القرار باتهام مصر بالتقصير وقالت إن "
            "الوزارة تجاهلت الشكاوى.")
    q = quote_with(run(body, {"مصر": EGYPT}), "الوزارة تجاهلت")
    assert who(q) is None and q.speaker is not None and q.speaker.text == "صحف محلية"
    monkeypatch.setattr(stage, "UNNAMED_OPENERS", False)
    assert who(quote_with(run(body, {"مصر": EGYPT}), "الوزارة تجاهلت")) == "Egypt"


def test_people_after_the_first_verb_carry_a_plural_verb_only(run: Run) -> None:
    body = "وتجمع عدد من الناشطين أمام مبنى البرلمان في القاهرة وقالوا إن الوزارة تجاهلت الشكاوى."
    q = quote_with(run(body, {"القاهرة": ("GPE", "EGY", "Cairo")}), "الوزارة تجاهلت")
    assert q.speaker is not None and q.speaker.text == "الناشطين"
    body = "وتجمع عدد من الناشطين أمام مبنى البرلمان في القاهرة. وقالت مصر إن الوزارة تجاهلت الشكاوى."
    assert who(quote_with(run(body, {"مصر": EGYPT}), "الوزارة تجاهلت")) == "Egypt"  # a verb with its own subject


FRENCH_POLICE = ("ORG", "FRACOP", "French police")


@pytest.mark.parametrize("body", [
    "وتعتقد الشرطة الفرنسية أن المشتبه به غادر البلاد قبل أسبوع.",
    "ويعتقد مسؤولو الشرطة الفرنسية (د. س. ت) أنه غادر البلاد قبل أسبوع.",
])
def test_a_belief_a_named_party_states_is_its_words(run: Run, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    names = {"الشرطة الفرنسية": FRENCH_POLICE}
    q = quote_with(run(body, names), "غادر البلاد")
    assert q.speaker is not None and "الشرطة الفرنسية" in q.speaker.text
    monkeypatch.setattr(view, "BELIEF_VERBS", False)
    assert not [q for q in run(body, names).quotes if "غادر البلاد" in q.span.text]


@pytest.mark.parametrize("body", [
    "ويعتقد أن المشتبه به غادر البلاد قبل أسبوع.",
    "وقبضت الشرطة على الرجل الذي يعتقد أنه غادر البلاد قبل أسبوع.",
    "وقبضت الشرطة على الرجل الذي يعتقد على نطاق واسع أنه غادر البلاد قبل أسبوع.",
    "وأعتقد شخصيا أن المشتبه به غادر البلاد قبل أسبوع.",
])
def test_it_is_believed_is_no_ones_words(run: Run, body: str) -> None:
    assert not [q for q in run(body, {"الشرطة": FRENCH_POLICE}).quotes if "غادر البلاد" in q.span.text]
