"""The entity stage's second run without repeated work (docs/entities.md, "The second run"), on invented sentences.

What is done once must give what doing it again gave: the mentions of steps 2 and 3 are found once and each run
starts from its own copy; the memos (a word's spelling, whether a title or a rank starts at a word, a word's own
features shared by the two readers) hold answers that depend on the word alone, so an article read after another
gives what it gives alone."""

from __future__ import annotations

import pytest
from tests.entities.pipeline import run
from tests.entities.test_round12b import reader  # noqa: F401 - the stand-in second reader fixture

from marsad.article import Article
from marsad.entities import recognizer, translit
from marsad.entities.linking import registry_matches
from marsad.entities.recognition import second_spans
from marsad.entities.registry import registry
from marsad.entities.roles import role_table
from marsad.entities.stage import _before_model, _copy, _kept, _passes, article_date
from marsad.language.tokens import tokenize, tokens_of

# Two invented stories that share names, titles and bodies, so that what one leaves in a memo the other asks for.
STORY_A = ("أعلنت وزارة الصحة أن الدكتور سامر الخطيب افتتح مستشفى جديدا في مدينة الزرقاء، بحضور العقيد نبيل "
           "الحوراني. وقال الاتحاد الأردني لكرة السلة إن اللاعب الصربي دراغان ميلوفيتش انضم إلى الفريق.")
STORY_B = ("التقى وزير الخارجية الأردني سامر الحوراني نظيره الصربي في عمان، وقال الخطيب إن الاتحاد الصربي لكرة "
           "السلة سيزور الزرقاء. ورحب قاسم دراغان بالضيوف، وأشادت وزارة الصحة بالزيارة.")


def _entities(art: Article) -> list[tuple[int, int, str, str | None, str | None, str | None, str]]:
    return [(e.span.start, e.span.end, e.type, e.actor, e.canonical, e.entity_id, e.origin) for e in art.entities]


def _clear_memos() -> None:
    model = translit.model()
    if model is not None:
        model.spelt.clear()
    role_table().opening.clear()
    first = recognizer.recognizer()
    if first is not None:
        first.lexicons.memo.clear()


def test_an_article_after_another_is_read_as_alone() -> None:
    _clear_memos()
    alone = _entities(run(STORY_B))
    _clear_memos()
    run(STORY_A)
    after = _entities(run(STORY_B))
    assert after == alone
    assert alone  # the story has entities: the comparison reads something


def _reference(art: Article) -> list[tuple[int, int, str, str | None, str | None, str | None, str]]:
    """The stage as it ran before: each run finds the mentions of steps 2 and 3 afresh."""
    toks = tokens_of(art)
    norms = [t.norm for t in toks]
    date = article_date(art)
    reg = registry()
    matches = registry_matches(norms, date, reg)
    memo: dict[str, list[tuple[int, int, str]]] = {}
    found = _kept(_passes(art, toks, norms, date, reg, matches, _before_model(toks, norms, date, reg, matches),
                          memo=memo), toks, norms)
    also = second_spans(art, toks, norms, matches, [(f.start, f.end) for f in found])
    if also:
        found = _kept(_passes(art, toks, norms, date, reg, matches, _before_model(toks, norms, date, reg, matches),
                              also, memo), toks, norms)
    out = []
    for f in found:
        e = next(e for e in art.entities if e.span.end == toks[f.end - 1].end)
        out.append((e.span.start, e.span.end, f.type, f.actor, f.canonical, f.entity_id, f.origin))
    return out


def test_second_run_gives_what_running_every_pass_again_gave(reader: dict[str, str]) -> None:  # noqa: F811 - the fixture imported above
    reader["قاسم دراغان"] = "PER"
    art = run(STORY_B)
    assert any(e.span.text == "قاسم دراغان" for e in art.entities)  # the second run took place
    assert _reference(art) == _entities(art)


def test_a_run_leaves_the_mentions_found_once_unchanged() -> None:
    """The later passes change mentions in place (a ministry named without its country takes one): the mentions
    of steps 2 and 3 that the second run starts from are those the first run started from."""
    art = run(STORY_A)
    toks = tokens_of(art)
    norms = [t.norm for t in toks]
    date = article_date(art)
    reg = registry()
    matches = registry_matches(norms, date, reg)
    before = _before_model(toks, norms, date, reg, matches)
    fresh = _before_model(toks, norms, date, reg, matches)
    assert before == fresh
    mine = _copy(before)
    after = _passes(art, toks, norms, date, reg, matches, mine, memo={})
    assert before == fresh
    # the run did change a mention it was given: without the copy the second run would start from it
    assert any(f in after and (f.actor, f.canonical) != (g.actor, g.canonical)
               for f, g in zip(mine[0], fresh[0], strict=True))


@pytest.mark.parametrize("word", ["الخطيب", "دراغان", "ميلوفيتش", "بيترسون", "كاتالينا"])
def test_spelling_memo_gives_the_search(word: str) -> None:
    model = translit.model()
    assert model is not None
    model.spelt.clear()
    assert model.spell(word) == model._search(word, translit.BEAM)
    assert model.spell(word) == model._search(word, translit.BEAM)  # from the memo
    old = model.known_bonus
    try:
        model.known_bonus = old + 5.0  # another setting is another answer, not the remembered one
        assert model.spell(word) == model._search(word, translit.BEAM)
    finally:
        model.known_bonus = old


@pytest.mark.parametrize("text", [
    "وقال العقيد نبيل الحوراني إن المتحدث الرسمي باسم الوزارة سامر الخطيب وصل",
    "والرائد قاسم دراغان ولواء الحرس ومدير عام الشركة والدكتور سامر",
    "أكد رئيس مجلس الإدارة للفريق أن اللاعب الصربي انضم",
])
def test_a_word_opening_no_title_or_rank_has_none(text: str) -> None:
    table = role_table()
    norms = [t.norm for t in tokenize(text)]
    for i, w in enumerate(norms):
        if not table.opens(w):
            assert table.title_at(norms, i) is None and table.rank_at(norms, i) is None, w
    assert any(table.opens(w) for w in norms)  # the sentence has a title or a rank: the check reads something


def test_second_reader_shares_the_first_models_tables_not_its_attributes() -> None:
    first = recognizer.recognizer()
    second = recognizer.second_recognizer()
    if first is None or second is None:
        pytest.skip("no packaged models")
    if (second.model_path.parent / "gazetteer.tsv").exists():
        pytest.skip("the second reader has lexicons of its own")
    # a second reader without tables of its own reads the first model's, not a second copy of them
    assert second.lexicons.gazetteer is first.lexicons.gazetteer
    assert second.lexicons.memo is first.lexicons.memo
    assert second.lexicons.attrs is not first.lexicons.attrs
    # the second model's labels are those it gives with tables read apart from the first model's
    folder = second.model_path.parent
    apart = recognizer.Recognizer(second.model_path, recognizer.read_lexicons(first.model_path.parent),
                                  folder / "ner-doc.crfsuite", recognizer.read_domain(folder))
    words = [t.text for t in tokenize(STORY_B)]
    first.tag_document([words])  # the first model reads first, as in the stage, and fills the shared memo
    assert second.tag_document([words]) == apart.tag_document([words])
    assert second._attributes(words, None) == apart._attributes(words, None)


@pytest.mark.parametrize("word", ["الخطيب", "وزير", "لكرة", "2015", "،", "Petersen", "والزرقاء", "دراغان"])
def test_attributes_lent_by_key_are_those_lent_per_offset(word: str) -> None:
    """A new word's attributes for its neighbours, each cue read once, are those read per offset, in order."""
    from marsad.entities.features import _lent, _lent_all, token_cues

    for rec in (recognizer.recognizer(), recognizer.second_recognizer()):
        if rec is None or rec.lexicons.known is None:
            continue
        known = rec.lexicons.known
        assert known.lent_keys
        cues = token_cues(word, rec.lexicons)
        assert _lent_all(cues, known.lent_keys, len(known.lent)) == tuple(_lent(cues, spec) for spec in known.lent)


def test_attributes_lent_by_key_need_one_order() -> None:
    """Offsets that list their keys in orders no one order follows are read per offset."""
    from marsad.entities.features import _by_key

    a: dict[str, str] = {}
    assert _by_key(((("s", a, None), ("c1", a, None)), (("c1", a, None), ("s", a, None)))) == ()
    assert [k for k, _ in _by_key(((("s", a, None),), (("s", a, None), ("w", a, "w"))))] == ["s", "w"]
