"""Round 10c rules of the entity stage (docs/entities.md, "Round 10c"), on invented sentences.

Each rule has a module switch; every test here fails with its rule's switch off (the registry row's test fails
without its row)."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import codes, run


def _codes(body: str, published: str = "2015-08-01") -> dict[str, tuple[str, str | None]]:
    return codes(run(body, published=published))


# registry.PARTICLE_TOWNS: "إن/أن" + a name is the particle and the name, not the Algerian town In Salah
@pytest.mark.parametrize("body", [
    "وأوضح المحامي أن صالح بن مرزوق بن حمدان العتيبي لم يحضر الجلسة الأولى.",
    "وقال الناطق إن صالح بن فهد بن ناصر الشهري سيتسلم الجائزة غدا.",
])
def test_a_particle_before_a_name_is_no_town(body: str) -> None:
    found = _codes(body)
    assert not any(t == "DZA" for _, t in found.values()), found
    assert any(k.startswith("صالح بن") and v[0] == "PER" for k, v in found.items()), found
    # after a place word the town stays a town
    assert _codes("ووصلت القافلة إلى مدينة إن صالح في جنوب الجزائر.").get("إن صالح") == ("GPE", "DZA")


def test_a_particle_inside_a_person_span_splits_it() -> None:
    found = _codes("واتهم الرئيس اليمني عبدربه منصور هادي خصمه. وقال هادي إن صالح يعرقل الحوار في صنعاء.")
    assert not any(" إن " in k for k in found), found
    assert not any(t == "DZA" for _, t in found.values()), found


# institutions.DOTTED_ACRONYMS: Latin letters spelled in Arabic and joined by dots are one name
@pytest.mark.parametrize(("body", "name", "typ"), [
    ("وتوقعت مؤسسة إل.بي.إم اليونانية تراجع الصادرات هذا العام.", "مؤسسة إل.بي.إم", "ORG"),
    ("وقالت شركة دي.إف.كيه الألمانية إن مبيعاتها زادت.", "شركة دي.إف.كيه", "ORG"),
    ("وبحثت الفرق عن حطام الرحلة (جي.تي.512) في البحر.", "جي.تي.512", "MISC"),
])
def test_dotted_letters_are_one_name(body: str, name: str, typ: str) -> None:
    assert _codes(body).get(name, ("", None))[0] == typ


def test_a_nisba_after_the_acronym_gives_its_country() -> None:
    assert _codes("وقالت شركة دي.إف.كيه الألمانية إن مبيعاتها زادت في فرنسا.").get("شركة دي.إف.كيه") == (
        "ORG", "DEUBUS")


def test_the_registry_knows_the_letters_spaced() -> None:
    # the registry lists HSBC as "إتش إس بي سي": the dotted spelling is the same bank
    assert _codes("وتوقع بنك إتش.إس.بي.سي ارتفاع الأسعار.").get("بنك إتش.إس.بي.سي") == ("ORG", "GBRBUS")


def test_the_registry_lists_anz() -> None:
    assert _codes("وتوقع محللو بنك إيه إن زد تراجع الأسعار.").get("إيه إن زد", ("", None))[1] == "AUSBUS"


# institutions.SECT_COMMUNITIES: "الطائفة/الأقلية" and a sect's adjective are a group of the context's country
@pytest.mark.parametrize(("body", "name", "code"), [
    ("ويشكو أبناء الطائفة الدرزية في لبنان من قلة الخدمات.", "الطائفة الدرزية", "LBNCVL"),
    ("وطالب ممثلو الأقلية الإيزيدية في العراق بحماية دولية.", "الأقلية الإيزيدية", "IRQCVL"),
])
def test_a_sect_community_is_a_group(body: str, name: str, code: str) -> None:
    assert _codes(body).get(name) == ("MISC", code)
