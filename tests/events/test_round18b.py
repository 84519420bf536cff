"""Round-18b rules: the actors of found triggers (docs/events.md "Round 18b"), each checked on sentences written
for it, with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, mention_codes, switched

from marsad.article import Article
from marsad.events import switches

Code = Callable[..., Article]

MORE = {**ACTORS,
        "الجيش الأوكراني": ("ORG", "UKRMIL", "Ukrainian army"),
        "الانفصاليين": ("ORG", "UKRREB", "separatists"),
        "الانفصاليون": ("ORG", "UKRREB", "separatists"),
        "الحرس الوطني": ("ORG", "UKRREB", "national guard volunteers"),
        "ماريوبول": ("GPE", "UKR", "Mariupol"),
        "دونيتسك": ("GPE", "UKR", "Donetsk"),
        "وزارة الصحة الأوكرانية": ("ORG", "UKRGOV", "Ukrainian health ministry"),
        "وزير الداخلية الأوكراني": ("PER", "UKRGOV", "Ukrainian interior minister"),
        "شرطة مدينة خاركيف": ("ORG", "UKRCOP", "Kharkiv police"),
        "المواطنين الأوكرانيين": ("GPE", "UKRCVL", "Ukrainian citizens"),
        "بوكو حرام": ("ORG", "NGAREB", "Boko Haram"),
        "الجيش النيجيري": ("ORG", "NGAMIL", "Nigerian army"),
        "نيجيريا": ("GPE", "NGA", "Nigeria"),
        "حركة الشباب": ("ORG", "SOMREB", "al-Shabaab"),
        "الجيش الصومالي": ("ORG", "SOMMIL", "Somali army"),
        "الصومال": ("GPE", "SOM", "Somalia"),
        "منطقة دونيتسك": ("GPE", "UKR", "Donetsk region"),
        "كتيبة المتطوعين": ("ORG", "UKRINS", "volunteer battalion")}


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str, on: bool) -> list[tuple[str | None, str | None, str]]:
    return switched(code, monkeypatch, name, on, text, actors=MORE)


# --- ground of one's own country taken from the other armed side ---------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # the town is the ground: whom it was taken from is the other armed side the story names
    ("وتدور معارك بين الجيش الأوكراني والانفصاليين منذ أشهر. وسيطر الانفصاليون أمس على مدينة ماريوبول "
     "بعد قتال عنيف.", ("UKRREB", "UKRMIL", "19")),
    # the army takes a town the separatists held, named in the sentence before
    ("وقال بوتين إن الانفصاليين يحاصرون المدن منذ أشهر. وسيطر الجيش الأوكراني أمس على مدينة دونيتسك.",
     ("UKRMIL", "UKRREB", "19")),
])
def test_ground_holder(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "GROUND_HOLDER", text, True)
    assert want not in _with(code, monkeypatch, "GROUND_HOLDER", text, False)


def test_ground_holder_not_an_ally(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the battalion named with the army fights beside it, however often the story names it: the separatists held the town
    text = ("وقاتل الجيش الأوكراني وكتيبة المتطوعين الانفصاليين قرب دونيتسك. وقالت كتيبة المتطوعين إن الوضع صعب. "
            "وسيطر الجيش الأوكراني أمس على مدينة ماريوبول.")
    on = _with(code, monkeypatch, "GROUND_HOLDER", text, True)
    assert ("UKRMIL", "UKRREB", "19") in on and ("UKRMIL", "UKRINS", "19") not in on


@pytest.mark.parametrize("text", [
    # no other armed side of the country in the story: the holder stays unsaid
    "وقال بوتين إن الوضع خطير. وسيطر الجيش الأوكراني أمس على مدينة ماريوبول بعد قتال عنيف.",
    # a foreign army on foreign ground: not a war between two sides of one country
    "وسيطر الجيش النيجيري أمس على مدينة ماريوبول بعد قتال مع الانفصاليين.",
])
def test_ground_holder_not_guessed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert _with(code, monkeypatch, "GROUND_HOLDER", text, True) == _with(code, monkeypatch, "GROUND_HOLDER", text, False)


# --- a call's bare object: the people after the verb, or the actor after the subject, are the ones called on ------
@pytest.mark.parametrize(("text", "want"), [
    ("وزار وزير الداخلية الأوكراني مدينة خاركيف أمس. ودعا جميع المواطنين إلى الإبلاغ عن أي نشاط مريب.",
     ("UKRGOV", "UKRCVL", "02")),
    ("وزار وزير الداخلية الأوكراني مدينة خاركيف أمس. ودعا المواطنين الأوكرانيين إلى الهدوء وضبط النفس.",
     ("UKRGOV", "UKRCVL", "02")),
])
def test_call_object_people(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "CALL_OBJECT", text, True)
    assert want not in _with(code, monkeypatch, "CALL_OBJECT", text, False)


def test_call_object_after_the_subject(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the actor right after the subject, before إلى, is called on; the one the complement names is not
    text = "دعا بوتين الولايات المتحدة إلى التعاون مع الصين في مكافحة الإرهاب."
    assert ("RUSGOV", "USA", "02") in _with(code, monkeypatch, "CALL_OBJECT", text, True)
    assert ("RUSGOV", "USA", "02") not in _with(code, monkeypatch, "CALL_OBJECT", text, False)


@pytest.mark.parametrize("text", [
    # the people themselves call at the head of the story: no official before them
    "ودعا المواطنين الأوكرانيين إلى الهدوء وضبط النفس.",
    # not joined by و: a new clause whose subject follows the verb
    "وزار وزير الداخلية الأوكراني مدينة خاركيف أمس. دعا المواطنين الأوكرانيين إلى الهدوء.",
])
def test_call_object_not_guessed(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert _with(code, monkeypatch, "CALL_OBJECT", text, True) == _with(code, monkeypatch, "CALL_OBJECT", text, False)


# --- the head noun of an organisation's name used alone -------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # "التنظيم" after "تنظيم بوكو حرام": the target of the raids
    ("وقال الجيش النيجيري إن مقاتلي تنظيم بوكو حرام انسحبوا من القرية. وشن الجيش النيجيري أمس غارات على "
     "مواقع للتنظيم شمال نيجيريا.", ("NGAMIL", "NGAREB", "19")),
    # "الحركة" after "حركة الشباب": the subject of the attack
    # "عناصر الحركة" after "حركة الشباب": the members' body does the attack
    ("وقال الجيش الصومالي إن مقاتلي حركة الشباب انسحبوا من البلدة. وهاجم عناصر الحركة أمس دورية للجيش "
     "الصومالي جنوب البلاد.", ("SOMREB", "SOMMIL", "19")),
])
def test_head_anaphor(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "HEAD_ANAPHOR", text, True)
    assert want not in _with(code, monkeypatch, "HEAD_ANAPHOR", text, False)


def test_head_anaphor_needs_a_named_body(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # no organisation named with that head: "الحركة" stands for nobody the story codes
    text = "وقال بوتين إن الوضع خطير. وهاجم عناصر الحركة أمس دورية للجيش الصومالي جنوب البلاد."
    assert _with(code, monkeypatch, "HEAD_ANAPHOR", text, True) == _with(code, monkeypatch, "HEAD_ANAPHOR", text, False)


# --- an organ's condolences and arrests: the people its complement names ---------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("ألقت شرطة مدينة خاركيف القبض على مواطن سرق سيارة إسعاف أمس.", ("UKRCOP", "UKRCVL", "17")),
    ("وقدمت وزارة الصحة الأوكرانية التعازي لذوي الطفلة المتوفاة في المستشفى.", ("UKRGOV", "UKRCVL", "01")),
])
def test_civilian_patient(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "CIVILIAN_PATIENT", text, True)
    monkeypatch.setattr(switches, "ARREST_PERSON", False)  # round 20b finds the arrested citizen too
    assert want not in _with(code, monkeypatch, "CIVILIAN_PATIENT", text, False)


def test_civilian_patient_not_past_a_named_actor(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # a coded actor comes first in the complement: it is the one arrested, not the people
    text = "ألقت شرطة مدينة خاركيف القبض على مسلحين من الانفصاليين قرب منزل مواطن أمس."
    on = _with(code, monkeypatch, "CIVILIAN_PATIENT", text, True)
    assert not any(t[1] == "UKRCVL" for t in on)


# --- "تمكن X من + masdar": the subject of تمكن does the deed -------------------------------------------------------
def test_managed_deed(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # a place phrase and a comma between the subject and من: the masdar's doer is still the subject of تمكن
    text = "وتمكن الجيش الأوكراني في منطقة دونيتسك، من استعادة السيطرة على مدينة ماريوبول من أيدي الانفصاليين."
    assert ("UKRMIL", "UKRREB", "19") in _with(code, monkeypatch, "MANAGED_DEED", text, True)
    assert ("UKRMIL", "UKRREB", "19") not in _with(code, monkeypatch, "MANAGED_DEED", text, False)


def test_managed_deed_not_the_running_subject(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the clause names its own subject the story does not code: the deed is not lent to the actor before
    text = "وأكد بوتين أن الوضع خطير. وتمكن مسؤولون محليون من القبض على الانفصاليين."
    assert _with(code, monkeypatch, "MANAGED_DEED", text, True) == _with(code, monkeypatch, "MANAGED_DEED", text, False)


# --- بين a few words into the relative clause of a clash or a meeting -----------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("وتضررت القرية في الاشتباكات العنيفة التي عرفتها طوال الصيف بين الانفصاليين والجيش الأوكراني.",
     ("UKRREB", "UKRMIL", "19")),
    # two armed bodies of one code are two sides; the second side is the one joined by و past a participle phrase
    ("وتضررت القرية في الاشتباكات العنيفة التي عرفتها طوال الصيف بين الانفصاليين مدعومين بمتطوعين "
     "والحرس الوطني.",
     ("UKRREB", "UKRREB", "19")),
])
def test_between_reach(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "BETWEEN_REACH", text, True)
    assert want not in _with(code, monkeypatch, "BETWEEN_REACH", text, False)


def test_between_reach_not_past_an_actor(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # an actor inside the relative clause before بين: the clause has its own subject, the sides are not read
    text = "وتضررت القرية في الاشتباكات التي أشعلها بوتين طوال الصيف بين الانفصاليين والجيش الأوكراني."
    assert _with(code, monkeypatch, "BETWEEN_REACH", text, True) == _with(code, monkeypatch, "BETWEEN_REACH", text, False)


# --- a bare title whose country a bracket after it names -----------------------------------------------------------
@pytest.mark.parametrize(("on", "home_title"), [(True, False), (False, True)])
def test_bracketed_holder(monkeypatch: pytest.MonkeyPatch, on: bool, home_title: bool) -> None:
    # "(الصيني لي)" says whose prime minister: not the home country's government read from the bare title
    monkeypatch.setattr(switches, "BRACKETED_HOLDER", on)
    text = "وقالت الخارجية الروسية: نثمن القرار الذي اتخذه رئيس الوزراء (الصيني لي) أمس. وقال بوتين إن روسيا ترحب."
    assert (mention_codes(text, MORE).get("رئيس الوزراء") == "RUSGOV") is home_title
