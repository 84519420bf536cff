"""Round 9c: English spellings of people the registry does not know (marsad.entities.translit).

Syllables of the rule romanisation, the participle فاعل, final ع, nisbas on a weak letter, Gulf renderings of ج,
the curated name words that are no given names. The names are invented combinations of common name words."""

from __future__ import annotations

import pytest

from marsad.entities.translit import given_names, name_words, romanize, spell, spell_family, table


@pytest.mark.parametrize(("arabic", "latin"), [
    ("برقاوي", "barqawi"),  # a closed syllable: no vowel between its last consonant and the next one
    ("سلمان", "salman"),
    ("عرفج", "arfaj"),  # the last consonant takes a vowel before it
    ("خلف", "khalaf"),
    ("اخزمي", "akhzami"),  # after the initial alef's vowel
    ("شعلان", "shaalan"),  # a silent ع closes no syllable
    ("سعد", "saad"),
    ("وليد", "walid"),  # the glide still opens a syllable
])
def test_spell_follows_arabic_syllables(arabic: str, latin: str) -> None:
    assert spell(arabic) == latin


@pytest.mark.parametrize(("arabic", "egypt", "latin"), [
    ("كاشف", False, "kashef"),  # the participle فاعل with e, in the Gulf too
    ("كاشف", True, "kashef"),
    ("وابل", False, "wabel"),  # a و that opens the word is a consonant
    ("فايز", False, "fayez"),  # a hollow فاعل: y
    ("شايع", False, "shaya"),  # a final ع: the vowel a
])
def test_spell_participle(arabic: str, egypt: bool, latin: str) -> None:
    assert spell(arabic, egypt) == latin


@pytest.mark.parametrize(("stem", "latin"), [
    ("سويلع", "suwaila"),  # the diminutive فعيلل with a final ع
    ("رويشد", "ruwaishid"),  # and without one, as before
])
def test_spell_family_final_ain(stem: str, latin: str) -> None:
    assert spell_family(stem) == latin


@pytest.mark.parametrize(("words", "country", "name"), [
    ("سعد البلوي", None, "Saad Al-Balawi"),  # a weak letter before the nisba ي: no "blue" + i
    ("ناصر اليوبي", None, "Nasser Al-Yubi"),  # a family name's initial ي is y
    ("هاشم راجح", None, "Hashim Rajeh"),  # the Gulf press writes ج as j ...
    ("هاشم راجح", "EGY", "Hashem Rageh"),  # ... Egypt's as g
    ("ماجد الدايل", None, "Majed Al-Dayel"),
    ("بدر الشمري", None, "Badr Al-Shammari"),  # a frequent Gulf family name of the curated list
    ("صالح الأسد", "SYR", "Saleh Al-Assad"),
    ("نور الدين الأخزمي", None, "Nour Al-Din Al-Akhzami"),  # the second part of a compound
    ("وليد الحمد", None, "Walid Al-Hamad"),
    ("محمد كريمي", "IRN", "Mohammad Karimi"),  # Iranian and Afghan names in their Persian forms
    ("مهدي حسين", "AFG", "Mehdi Hossein"),
    ("محمد كريمي", "SAU", "Mohammed Karimi"),
    ("أحمد عبد الله", "IRNGOV", "Ahmad Abdullah"),
])
def test_romanize_round9c(words: str, country: str | None, name: str) -> None:
    assert romanize(words.split(), country) == name


def test_name_words_are_no_given_names() -> None:
    # the entity stage takes the given-name list for names; "دين" (religion) and "أسد" (lion) must stay out of it
    assert name_words()
    assert not set(name_words()) & set(given_names())


def test_table_is_read_once() -> None:
    assert table() is table()
