"""Round-23 rules: actors the coder missed (docs/events.md "Round 23"), each checked on sentences written for it, with
its switch on and off."""

from __future__ import annotations

import pytest
from tests.events.conftest import switched
from tests.events.test_round17b import MORE as ROUND17B_ACTORS
from tests.events.test_round17b import Code

from marsad.events import actors, switches

# the round-17b actors, with a ministry by name, the Houthis as the texts name them and the coalition
MORE = {**ROUND17B_ACTORS, "وزارة العمل": ("ORG", "SAUGOV", "Ministry of Labour"), "الحوثيين": ("ORG", "YEMREB", "Houthis"),
        "التحالف": ("ORG", "SAUMIL", "the coalition")}


def _triples(code: Code, monkeypatch: pytest.MonkeyPatch, name: str, text: str, on: bool) -> set[tuple[str | None, str | None, str]]:
    return {(a, b, root[:2]) for a, b, root in switched(code, monkeypatch, name, on, text, actors=MORE)}


# --- PEOPLE_AGENTS: people of a sector named by a plural common noun ---------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # students with no name: the story's country's education sector, demanding of the ministry
    ("طلاب يطالبون وزارة العمل بفتح فرص تدريب جديدة في الرياض", ("SAUEDU", "SAUGOV", "10")),
])
def test_people_agents(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _triples(code, monkeypatch, "PEOPLE_AGENTS", text, True)
    assert want not in _triples(code, monkeypatch, "PEOPLE_AGENTS", text, False)


def test_people_agents_read_with_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(switches, "PEOPLE_AGENTS", False)
    assert "عمال" not in actors._generic_words()
    monkeypatch.setattr(switches, "PEOPLE_AGENTS", True)
    assert actors._generic_words().get("عمال") == "LAB"
    assert actors._generic_words().get("مستثمرون") == "BUS"


# --- PRONOUN_SUBJECT: a verb marked plural carries its subject -----------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    # the workers complained, then demanded of the ministry: the ministry after the plural verb is its object
    ("اشتكى عمال المصنع في جدة من تأخر رواتبهم، وطالبوا الوزارة بالتدخل العاجل.", ("SAULAB", "SAUGOV", "10")),
])
def test_pronoun_subject(code: Code, monkeypatch: pytest.MonkeyPatch, text: str, want: tuple[str, str, str]) -> None:
    assert want in _triples(code, monkeypatch, "PRONOUN_SUBJECT", text, True)
    assert want not in _triples(code, monkeypatch, "PRONOUN_SUBJECT", text, False)


def test_pronoun_subject_not_one_person(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # one person named before cannot be the "they" of a plural verb
    text = "انتقد أردوغان روسيا في كلمته أمس. وطالبوا الأمم المتحدة بالتدخل."
    assert ("TURGOV", "IGOUNO", "10") not in _triples(code, monkeypatch, "PRONOUN_SUBJECT", text, True)


# --- RAIDS_TOLD: an air raid with no doer, one more raid of the side told before ---------------------------------------
def test_raids_told(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "قصفت مقاتلات التحالف مواقع الحوثيين في صنعاء. وأسفرت الغارات عن مقتل عشرة من الحوثيين."

    def raids(on: bool) -> list[tuple[str | None, str | None]]:
        monkeypatch.setattr(switches, "RAIDS_TOLD", on)
        art = code(text, actors=MORE)
        return [(e.source.actor if e.source else None, e.target.actor if e.target else None)
                for e in art.events if "الغارات" in e.evidence.text]

    assert raids(True) == [("SAUMIL", "YEMREB")]
    assert raids(False) == []


@pytest.mark.parametrize("text", [
    # an official named by his title and a masculine singular nisba is one man, not the "they" of a plural verb
    "انتقد الرئيس الروسي سياسة إيران في سوريا، وطالبوا الأمم المتحدة بالتحرك.",
    # two ministers, one by his title and nisba: the demand would be told with a dual verb, not a plural one
    "التقى وزير الخارجية السعودي نظيره الروسي في موسكو. وطالبوا إيران بوقف التدخل.",
])
def test_pronoun_subject_not_one_titled_person(code: Code, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert not any(root == "10" for _, _, root in _triples(code, monkeypatch, "PRONOUN_SUBJECT", text, True))


def test_raids_told_doer_far_in_its_sentence(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    # the raider's place in its own sentence (past the victims' place in the next one) does not hide the target
    text = ("وفي وقت سابق من يوم أمس الأحد قصفت مقاتلات التحالف مواقع الحوثيين في صنعاء. "
            "وأسفرت الغارات عن مقتل عشرة من الحوثيين.")
    monkeypatch.setattr(switches, "RAIDS_TOLD", True)
    art = code(text, actors=MORE)
    assert [(e.source.actor if e.source else None, e.target.actor if e.target else None)
            for e in art.events if "الغارات" in e.evidence.text] == [("SAUMIL", "YEMREB")]
