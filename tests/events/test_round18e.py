"""Round-18e rules: the doers the coder could not find and statements nobody codes (docs/events.md "Round 18e"),
each checked on invented sentences with its switch on and off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import ACTORS, switched

from marsad.article import Article

Code = Callable[..., Article]

MORE = {**ACTORS,
        "نادر بن خليل الحارثي": ("PER", "JORGOV", "Nader al-Harithi"),
        "سامي بن فهد العتيبي": ("PER", "KWTGOV", "Sami al-Otaibi"),
        "شركة النسيم": ("ORG", "OMNBUS", "Naseem company"),
        "وزارة الخارجية العمانية": ("ORG", "OMNGOV", "Omani foreign ministry"),
        "الكويتية": ("nisba", "KWT", "Kuwaiti"),
        "الأردن": ("GPE", "JOR", "Jordan"),
        "عمّان": ("GPE", "JOR", "Amman")}


def _with(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str, on: bool,
          title: str | None = None) -> list[tuple[str | None, str | None, str]]:
    return switched(code, monkeypatch, name, on, text, actors=MORE, title=title)


# --- an office whose body is uncoded, then a rank and its coded holder ----------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # the directorate is no coded body; the general after the rank holds the office and expresses the sorrow
    ("أعرب مدير عام المرور اللواء نادر بن خليل الحارثي عن بالغ أسفه لما تعرضت له الشرطة الإيرانية من هجوم.",
     ("JORGOV", "IRNCOP", "01")),
    # a longer office phrase with a place in it, then the academic title
    ("وانتقد المدير العام للشؤون المالية في المحافظة الدكتور سامي بن فهد العتيبي تصريحات الأمم المتحدة.",
     ("KWTGOV", "IGOUNO", "11")),
])
def test_ranked_holder(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _with(code, monkeypatch, "RANKED_HOLDER", text, True)
    assert want not in _with(code, monkeypatch, "RANKED_HOLDER", text, False)


def test_ranked_holder_needs_the_rank(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # no rank before the name: the name may be the object ("استقبل مدير المرور نادر…"), so the rule does not guess
    text = "استقبل مدير عام المرور نادر بن خليل الحارثي في مكتبه أمس."
    assert _with(code, monkeypatch, "RANKED_HOLDER", text, True) == _with(code, monkeypatch, "RANKED_HOLDER", text,
                                                                         False)


# --- a saying joined by و after the same speaker's act in its sentence ------------------------------------------
@pytest.mark.parametrize("text", [
    # the sorrow expressed, then "and he said:" its words: one act of the director
    "أعرب نادر بن خليل الحارثي عن أسفه لما تعرضت له الشرطة الإيرانية، وقال: إن بلاده تقف مع المصابين.",
    # a message handed on, then the words of the same visit
    "نقل نادر بن خليل الحارثي تحيات الحكومة إلى المصابين في طهران، وقال: إن هذه الزيارة تأتي بتوجيه من القيادة.",
])
def test_said_on(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    on = _with(code, monkeypatch, "SAID_ON", text, True)
    off = _with(code, monkeypatch, "SAID_ON", text, False)
    assert sum(1 for a, _, r in off if a == "JORGOV" and r == "01") == sum(
        1 for a, _, r in on if a == "JORGOV" and r == "01") + 1


def test_said_on_new_sentence(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # a full stop between: a statement of its own, even where the page glued the sentences ("…أخطار.وقال")
    text = ("أعرب نادر بن خليل الحارثي عن أسفه لما تعرضت له الشرطة الإيرانية.وقال نادر بن خليل الحارثي إن "
            "الأمم المتحدة لم تفعل شيئا.")
    assert _with(code, monkeypatch, "SAID_ON", text, True) == _with(code, monkeypatch, "SAID_ON", text, False)


# --- a nisba on a thing names no actor a statement speaks of ----------------------------------------------------
def test_nisba_thing(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the Kuwaiti goods are a thing of Kuwait: the Jordanian official reports at home, no statement on another actor
    # (a second sentence: the story's opening sentence makes any official's words its news)
    text = "ارتفعت الأسعار في الأسواق. وأوضح نادر بن خليل الحارثي في تصريح أن أسعار السلع الكويتية ارتفعت في أسواق عمّان هذا الشهر."
    assert not any(a == "JORGOV" for a, _, _ in _with(code, monkeypatch, "NISBA_THING", text, True))
    assert any(a == "JORGOV" for a, _, _ in _with(code, monkeypatch, "NISBA_THING", text, False))


# --- ذلك closing a fronted phrase: the word after it opens the clause ------------------------------------------
UKR = {**MORE,
       "الجيش الأوكراني": ("ORG", "UKRMIL", "Ukrainian army"),
       "الانفصاليين": ("ORG", "UKRREB", "separatists")}


@pytest.mark.parametrize("opener", ["في غضون ذلك", "إلى ذلك"])
def test_demonstrative_pp(code: Code, monkeypatch: pytest.MonkeyPatch, opener: str) -> None:
    # the raids' noun stands too far from the light verb for the noun to find its doer: only the verb codes them
    text = (f"وقتل ثلاثة من الجنود. {opener} شنت طائرات الجيش الأوكراني بقيادة العقيد، امس الأحد سلسلة من "
            "الغارات على مواقع الانفصاليين.")

    assert ("UKRMIL", "UKRREB", "19") in switched(code, monkeypatch, "DEMONSTRATIVE_PP", True, text, actors=UKR)
    assert ("UKRMIL", "UKRREB", "19") not in switched(code, monkeypatch, "DEMONSTRATIVE_PP", False, text, actors=UKR)
