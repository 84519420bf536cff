"""Round 7 rules of the entity stage: offices of international bodies and the nationality of their holders."""

from __future__ import annotations

from tests.entities.pipeline import codes, run


def test_office_of_a_non_governmental_body_takes_its_code() -> None:
    got = codes(run("وتحدث رئيس اللجنة الأولمبية الدولية توماس باخ في جاكرتا عن خطط الألعاب المقبلة."))
    assert got["توماس باخ"] == ("PER", "NGO")  # not the Indonesian government of the city he spoke in


def test_adjective_after_an_office_is_the_holders_nationality() -> None:
    got = codes(run("ورأى رئيس الاتحاد الدولي لألعاب القوى الكيني صامويل موانغي أن الانتقادات مبالغ فيها."))
    assert got["الاتحاد الدولي لألعاب القوى"] == ("ORG", "NGO")
    assert "الاتحاد الدولي لألعاب القوى الكيني" not in got


def test_national_branch_keeps_its_adjective() -> None:
    got = codes(run("وقالت هيئة الهلال الأحمر السعودي إن الفرق جاهزة."))
    assert any(text.endswith("الأحمر السعودي") and code == ("ORG", "SAU") for text, code in got.items())


def test_country_inside_a_common_noun_is_no_mention() -> None:
    got = codes(run("وقال البائع سالم بن خلفان القريني إن عصير جوز الهند يأتي في المرتبة الثانية."))
    assert "الهند" not in got
    assert got["سالم بن خلفان القريني"][1] != "IND"
