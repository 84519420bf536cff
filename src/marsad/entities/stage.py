"""The entity stage: every person, organisation and place, linked to a canonical actor valid on the article's date.

Steps of `tag_entities` (each pass takes the mentions found so far, `mention._Found`, and returns them changed):
1. The article's date: `dates.publication.value` (set by the time stage), else the caller's `published`,
   else the page date, else today (`article_date`). Roles are resolved on it.
2. Registry pass over the tokens (`linking.registry_matches`, `matching._registry_pass`): names of countries,
   capitals and seats of power (metonyms: موسكو، الكرملين -> RUS), organisations, people (with leading clitics:
   لروسيا، وبيونغيانغ), agent phrases ("الجيش الروسي" -> RUSMIL) and titles ("الرئيس الروسي"). A title followed
   by a name marks the name alone as PER ("الرئيس الروسي فلاديمير بوتين" -> PER "فلاديمير بوتين", RUSGOV);
   a title followed by a name the registry does not know lends its role code to the name the model finds.
   A state's guards and security forces named by what they are ("الحرس الوطني", "القوات الأمنية", "الأمن الأردني")
   are its bodies (`registry.STATE_FORCES`), and so are its judiciary and customs with its adjective ("القضاء
   الأمريكي", "الجمارك الصينية", `registry.STATE_AGENCIES`); a state body of two words named alone stays one before a
   definite word that is no adjective ("رئيس الديوان الملكي المعيّن", `registry.COMPLETE_BODIES`).
   A mission named by the epithet of the head of state ("سفارة خادم الحرمين الشريفين") is the state's
   (`matching.EPITHET_MISSIONS`), a state body named by a construct and its country ("سفارة نيوزيلندا") is one name
   (`matching.GOVERNMENTS_WHOLE`; "حكومة X" is named by its country).
   A registry surname after a foreign given name no list knows is someone else (`matching._unknown_given_pass`;
   "و" + a word the news uses is no given name: "وأشار بحاح");
   a country inside a common noun is none (`filters._compound_pass`).
3. Institution names the registry does not know (`institutions._institution_pass`,
   `roles.RoleTable.institution`): a head word ("وزارة", "جامعة", "محكمة", "غرفة"...) and its modifiers up to a
   boundary, ORG coded country + the head's role; the country from a nisba adjective or a place inside, else
   step 6. Heads marked "=TYPE" in the table start names of other kinds: events and competitions ("مهرجان صيف
   أبها", "كأس ولي العهد") are MISC with no code, landmarks ("قصر السلام", "طريق الخرج", "جبل الوعش") are LOC
   (`institutions._named_thing_end` says where they end); a tournament named by its edition ("خليجي 23",
   "أولمبياد لندن 2012") is MISC (`institutions._edition_event_pass`, run late, after the short forms), and a
   competition's name then ends where the league's grade or country does, before the sport, "الودية" or a count of
   titles ("الدوري الإنجليزي الممتاز", `institutions._competition_name_pass`).
4. Recogniser pass over the article's sentences (`recognition._model_pass`; `recognizer.Recognizer`: a CRF with
   the registry's tags as a feature; a document-level second CRF when one is packaged) for names no registry
   knows; its spans are cleaned by rules (`recognition._model_spans`). A model PER or ORG span of two or more
   words overrides a one-word registry place inside it: a first name followed by a surname is a person
   (فلاديمير is not the city Vladimir), a club named after a city an organisation (ريال مدريد).
   Names the recogniser reads poorly follow by rule: "الاتحاد" + a country's nisba is its federation
   (`institutions._federation_pass`), "المنتخب" + a country's nisba its national team
   (`institutions._national_team_pass`), a town and "سبور" a Turkish club (`institutions._spor_club_pass`); a name in quotation marks after an institution's head or a work's word
   ("بجامعة «إراسموس روتردام»", "مسلسل «خمس بنات»") is that body or work, after an event's head the event
   ("مهرجان «صيف الجبل»"), after a shop's or a service's word a business (`institutions._quoted_name_pass`); an
   outlet credited in quotation marks or brackets ("قال لـ«الرياض»", "مصادر (الجزيرة)") is one
   (`institutions._credited_outlet_pass`); a
   competition named after a person is MISC ("دوري عبداللطيف جميل للمحترفين",
   `institutions._person_named_event_pass`).
5. People and places by rule (`people`, `places`, `offices`): a rank, honorific or function title followed by a
   given name starts a person the model missed; model people run over بن/بنت chains and the family name after
   them, a span cut at بن takes the rest of the chain, and given and father's names the family name after
   them; a kinship noun ("ونجله أحمد") is no part of the name after it (`people._kinship_pass`); a country's
   nisba before a foreign word no list knows ("المحترف البولندي زوكالا") and a curated given name before a rare
   definite word ("فيصل المعيقل") are people (`people._nationality_name_pass`, `people._given_family_pass`), and
   a country's bare name after a given name alone is a family name ("بدر الدين هايتي",
   `people._country_surname_pass`); a person the recogniser cut before the last word of the name takes it in when
   it reads as a family or a foreign name ("سالم بن راشد زعبل", `people._name_tail_pass`), and one cut after the
   given names takes the family name that follows ("سالم عياد الشمري", `people._family_tail_pass`); a registry family name
   after a name the person does not bear is a relative
   ("محمد بن عوض بن لادن", `people._relative_pass`); a
   province word before a place no list knows is a province ("محافظة صامطة", `places._province_name_pass`);
   "مديرية" before one such word is a district, a place ("مديرية أرحب" -> "أرحب", `places._district_pass`);
   an envoy of a head of state ("سفير خادم الحرمين الشريفين لدى نيروبي فلان") holds an office of that state
   (`offices._title_of_person`); a ministry a headline names by its field is one
   (`short_forms._headline_ministry_pass`); a byline's
   reporter writes for its outlet; people take the role of their title or rank (`offices._title_role_pass`);
   a registry person out of office named with the title of an office he held is coded in it (`offices._held_title_pass`);
   places listed after "محافظة/محافظات" are provinces (LOC), one governorate alone is its seat ("بمحافظة
   ماردين"); a district or a place named in quotation marks after a word for its kind is a place ("مديرية «كتف»",
   "مناطق «س وص»", `places._quoted_place_pass`), and so are the items of a list after a plural or dual word for
   places ("قرى س، وص", `places._listed_place_pass`); "علي" before a punctuation mark ends a name
   (`people._trailing_ali_pass`), and "علي" written with yā' before name words in an article that writes the
   preposition "على" starts one (`people._spelled_ali_pass`).
6. Context (`context`): a bare "المملكة" is the kingdom the article mentions most, a bare "ولي العهد" or "ولي ولي
   العهد" the home kingdom's heir on the date (`context._heir_title_pass`); institutions named without a
   country ("وزارة الصحة"), unknown people and organisations take the country their sentence names, else the
   article's dominant one (or its only one), else the outlet's (a country-code domain); a nisba adjective beside
   an unknown name or place gives its country; unknown places take the one country their sentence names, else the
   country of the place they lie in ("كويتا في باكستان"), else, for a town in a sentence naming none, the
   article's; an institution named by the same words again keeps one code (`context._same_name_pass`); "القيادة"
   and coalitions are named by the text elsewhere (docs/entities.md). A nationality stated beside a name is that
   person's country (`context._stated_nationality_pass`); an office holder takes the country of the body his title
   names (`offices._office_country_pass`). A body the context coded with a country alone takes the role of its head
   word ("الحكومة الشرعية" -> YEMGOV, "القوات الجوية" -> SAUMIL, `institutions._head_role_pass`).
7. Short forms (`people`, `short_forms`, after people the registry does not know get an English name spelled
   from their words, `canonical._romanize_pass`, with entity_id None): a single word equal to the surname of a
   multi-word PER name found anywhere in the article (for registry people of countries that put the family name
   first, the first word: the Korean كيم) takes that person's actor.
   A registry person found by the surname takes in another spelling of the given name before it ("نارندر
   مودي"); given and father's names after the full name are that person ("فيصل بن خالد",
   `short_forms._lineage_short_pass`); a newspaper found with its descriptor is named without it ("بصحيفة الوئام" -> "الوئام"); a country's adjective
   alone as a source is its news agency ("وفقا للألمانية", `short_forms._agency_nisba_pass`); an
   organisation's head word (also "التنظيم" after "تنظيم داعش"), a ministry's field and an international body's
   epithet name the body named in full before; "المحافظة" after the one province named with the word is that
   province (`short_forms._province_short_pass`); a lone family name coded with a country is that country's leader
   when it is his ("الأسد", `short_forms._leader_surname_pass`); a big club's sports nickname ("العميد") is the
   club the article names (`short_forms._club_nickname_pass`). Bodies the registry does not name get an English name from their words (`canonical._body_name_pass`).
8. The word for a state's form before a country's name is part of it ("جمهورية تونس", `places._state_name_pass`).
   A region word before a known place is left out of it ("منطقة عسير" -> "عسير", "محافظة لحج" -> "لحج") unless
   the article also names the place bare (`places._place_word_pass`); a compass word before a region or a
   continent is part of it ("غرب أفريقيا"). A name headed by a word for a landmark or a facility that the recogniser
   read as a town is LOC ("مطار بلاكبوش", `places._landmark_type_pass`). Entities are kept in text order, without
   overlaps; every span satisfies `text[start:end] == span.text`.
   A leading proclitic stays out of the span ("لروسيا" -> "روسيا"), as docs/annotation.md asks, except
   where the word cannot be cut cleanly ("للأمم" = ل + الأمم keeps the whole word).
9. The second reader (`recognition.second_spans`, switch `recognition.SECOND_READER`; a model trained in domain,
   `recognizer.second_recognizer`): its spans that overlap no mention kept in step 8, refused when they are one
   definite word, a pious formula, a noun with a country's adjective or in the byline, are read with the
   recogniser's spans in step 4 and steps 4 to 8 run again (`_passes`), so they are typed, linked and coded as
   the stage's own. Without a second model, or with the switch off, the stage is steps 1 to 8 alone.
   Work the second run would repeat is done once (docs/entities.md, "The second run without repeated work"): the
   passes of steps 2 and 3 that run before the recogniser's read nothing the second reader adds (`_before_model`;
   each run starts from its own copy of their mentions), the recogniser reads the article once (`_model_pass`'s
   memo), and the transliteration model spells a word once (`translit.Model.spell`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.article import Article, Entity, Span
from marsad.entities import recognition
from marsad.entities.canonical import _body_name_pass, _romanize_pass
from marsad.entities.context import (
    _collective_pass,
    _context_country_pass,
    _heir_title_pass,
    _kingdom_pass,
    _stated_nationality_pass,
)
from marsad.entities.filters import _compound_pass, _currency, _statement_pass
from marsad.entities.institutions import (
    _competition_name_pass,
    _credited_outlet_pass,
    _dated_event_pass,
    _dotted_acronym_pass,
    _edition_event_pass,
    _federation_pass,
    _head_role_pass,
    _institution_pass,
    _national_team_pass,
    _person_named_event_pass,
    _quoted_name_pass,
    _sect_pass,
    _spor_club_pass,
)
from marsad.entities.linking import registry_matches
from marsad.entities.matching import _registry_pass, _unknown_given_pass
from marsad.entities.mention import _char_cut, _Found
from marsad.entities.namewords import _given_name_test
from marsad.entities.offices import _byline_pass, _held_title_pass, _office_country_pass, _title_role_pass
from marsad.entities.people import (
    _country_surname_pass,
    _family_tail_pass,
    _first_name_pass,
    _given_family_pass,
    _given_name_pass,
    _headless_nasab_pass,
    _introduced_name_pass,
    _kinship_pass,
    _lineage_pass,
    _name_tail_pass,
    _nasab_pass,
    _nationality_name_pass,
    _rank_name_pass,
    _relative_pass,
    _spelled_ali_pass,
    _trailing_ali_pass,
    _trailing_title_pass,
)
from marsad.entities.places import (
    _compass_pass,
    _district_pass,
    _landmark_type_pass,
    _listed_place_pass,
    _place_word_pass,
    _province_name_pass,
    _province_pass,
    _quoted_place_pass,
    _state_name_pass,
)
from marsad.entities.recognition import _model_pass, second_spans
from marsad.entities.recognizer import recognizer
from marsad.entities.registry import Match, Registry, registry, today
from marsad.entities.short_forms import (
    _agency_nisba_pass,
    _alias_pass,
    _club_nickname_pass,
    _headline_ministry_pass,
    _igo_epithet_pass,
    _leader_surname_pass,
    _lineage_short_pass,
    _ministry_field_pass,
    _org_short_form_pass,
    _paper_name_pass,
    _province_short_pass,
)
from marsad.language.tokens import Token, tokens_of
from marsad.pipeline import stage


def article_date(art: Article) -> str:
    """The date roles are resolved on: publication estimate, caller's date, page date, else today."""
    pub = art.dates.publication
    for value in (pub.value if pub else None, art.published, art.dates.page.value if art.dates.page else None):
        if value and re.match(r"^\d{4}", value):
            return value
    return today()


@stage("entities", requires={"tokens"}, assigns={"entities"})
def tag_entities(art: Article) -> None:
    """Find named entities and link them to registry actors on the article's date (steps in the module doc)."""
    toks = tokens_of(art)
    if not toks:
        art.entities = []
        return
    norms = [t.norm for t in toks]
    date = article_date(art)
    reg = registry()
    matches = registry_matches(norms, date, reg)
    memo: dict[str, list[tuple[int, int, str]]] = {}  # the first model's spans, read once
    # the passes before the recogniser's read nothing the second reader adds: their mentions are found once, and
    # each run starts from its own copy of them, since later passes change mentions in place
    before = _before_model(toks, norms, date, reg, matches)
    found = _kept(_passes(art, toks, norms, date, reg, matches, _copy(before), memo=memo), toks, norms)
    if recognition.SECOND_READER:
        # the second reader's spans where the stage kept nothing become mentions the passes read again
        also = second_spans(art, toks, norms, matches, [(f.start, f.end) for f in found])
        if also:
            found = _kept(_passes(art, toks, norms, date, reg, matches, _copy(before), also, memo), toks, norms)
    entities: list[Entity] = []
    for f in found:
        s, e = _bounds(toks, norms, f)
        entities.append(Entity(Span(s, e, art.text[s:e]), f.type, f.actor, f.canonical, f.entity_id, f.origin))
    art.entities = entities


def _bounds(toks: list[Token], norms: list[str], f: _Found) -> tuple[int, int]:
    """A mention's character range in the text, its leading proclitic left out."""
    cut = f.cut
    if cut and norms[f.start].startswith("لل") and cut == _char_cut(toks[f.start], 1):
        cut = 0  # "للمكتب" is ل + المكتب: cutting one letter would leave "لمكتب", so the word stays whole
    return toks[f.start].start + cut, toks[f.end - 1].end


def _kept(found: list[_Found], toks: list[Token], norms: list[str]) -> list[_Found]:
    """The mentions kept, in text order: of overlapping ones the first, and the longest of those starting at once."""
    found = sorted(found, key=lambda f: (f.start, -f.end))
    out: list[_Found] = []
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue
        s, e = _bounds(toks, norms, f)
        if e <= s:
            continue
        out.append(f)
        last_end = f.end
    return out


def _before_model(toks: list[Token], norms: list[str], date: str, reg: Registry, matches: list[tuple[Match, int]]
                  ) -> tuple[list[_Found], dict[int, Match]]:
    """The mentions of steps 2 and 3 and the titles a name may follow: what the recogniser's pass starts from."""
    found, titles = _registry_pass(toks, norms, date, reg, matches)
    rec = recognizer()
    found = _institution_pass(toks, norms, date, reg, found, rec.lexicons.stats if rec is not None else {},
                              rec.lexicons.gazetteer if rec is not None else {})
    if rec is not None:
        found = _unknown_given_pass(norms, reg, found, rec.lexicons.stats, rec.lexicons.gazetteer)
    return found, titles


def _copy(state: tuple[list[_Found], dict[int, Match]]) -> tuple[list[_Found], dict[int, Match]]:
    """A run's own copy of `_before_model`'s result (the mentions are changed in place, the titles re-keyed; a
    mention's `office` is set later, so none is shared)."""
    found, titles = state
    return [replace(f) for f in found], dict(titles)


def _passes(art: Article, toks: list[Token], norms: list[str], date: str, reg: Registry,
            matches: list[tuple[Match, int]], before: tuple[list[_Found], dict[int, Match]],
            also: list[tuple[int, int, str]] | None = None,
            memo: dict[str, list[tuple[int, int, str]]] | None = None) -> list[_Found]:
    """Steps 4 to 8 of the module doc, from `before` (`_before_model`: steps 2 and 3); `also` are the second
    reader's spans, read with the recogniser's."""
    found, titles = before
    rec = recognizer()
    found = _model_pass(art, toks, norms, date, reg, found, titles, matches, also, memo)
    found = _federation_pass(toks, norms, reg, found)
    found = _national_team_pass(toks, norms, reg, found)
    found = _spor_club_pass(norms, found)
    found = _quoted_name_pass(toks, norms, reg, found)
    found = _credited_outlet_pass(norms, reg, found)
    found = _dotted_acronym_pass(toks, norms, reg, found)
    found = _sect_pass(toks, norms, found)
    found = _person_named_event_pass(toks, norms, found)
    found = _compound_pass(norms, found)
    if rec is not None:
        found = _rank_name_pass(toks, norms, found, rec.lexicons.gazetteer, rec.lexicons.stats, reg)
    found = _kinship_pass(toks, norms, found, rec.lexicons.gazetteer if rec is not None else {}, _given_name_test())
    found = _trailing_title_pass(norms, found, rec.lexicons.gazetteer if rec is not None else {})
    if rec is not None:
        found = _nationality_name_pass(toks, norms, reg, found, rec.lexicons.stats, rec.lexicons.gazetteer)
    found = _relative_pass(norms, found, _given_name_test())
    found = _nasab_pass(norms, reg, found, _given_name_test())
    found = _given_family_pass(toks, norms, reg, found, _given_name_test())
    found = _country_surname_pass(toks, norms, found, _given_name_test())
    found = _headless_nasab_pass(norms, found, _given_name_test())
    found = _trailing_ali_pass(toks, norms, found, _given_name_test())
    if rec is not None:
        found = _spelled_ali_pass(toks, norms, reg, found, rec.lexicons.gazetteer, rec.lexicons.stats,
                                  _given_name_test())
    found = _province_pass(toks, norms, found)
    found = _province_name_pass(toks, norms, reg, found, rec.lexicons.stats if rec is not None else {},
                                rec.lexicons.gazetteer if rec is not None else {})
    found = _district_pass(norms, reg, found, rec.lexicons.stats if rec is not None else {},
                           rec.lexicons.gazetteer if rec is not None else {})
    found = _quoted_place_pass(toks, norms, reg, found)
    found = _listed_place_pass(toks, norms, reg, found, rec.lexicons.stats if rec is not None else {},
                               rec.lexicons.gazetteer if rec is not None else {})
    found = _headline_ministry_pass(art, toks, norms, found, reg)
    found = _byline_pass(art, toks, norms, reg, found)
    found = _title_role_pass(toks, norms, art, reg, found)
    found = _held_title_pass(norms, date, reg, found)
    found = _kingdom_pass(toks, norms, reg, found, art.source.url)
    found = _heir_title_pass(art, toks, norms, date, reg, found)
    found = _context_country_pass(art, toks, norms, reg, found)
    found = _collective_pass(art, toks, norms, date, reg, found)
    found = _stated_nationality_pass(norms, reg, found)
    found = _office_country_pass(reg, found)
    found = _head_role_pass(norms, reg, found)
    found = _first_name_pass(toks, norms, found, rec.lexicons.gazetteer if rec is not None else {},
                             rec.lexicons.stats if rec is not None else {})
    if rec is not None:
        found = _name_tail_pass(toks, norms, reg, found, rec.lexicons.gazetteer, rec.lexicons.stats)
    found = _introduced_name_pass(toks, norms, found, _given_name_test())
    found = _family_tail_pass(toks, norms, reg, found)
    found = _lineage_pass(toks, norms, date, reg, found)
    found = _romanize_pass(toks, found)
    found = _alias_pass(toks, norms, date, found)
    found = _lineage_short_pass(norms, date, found)
    found = _leader_surname_pass(toks, norms, date, reg, found)
    found = _given_name_pass(norms, found)
    found = _paper_name_pass(norms, found)
    found = _statement_pass(norms, found)
    found = _org_short_form_pass(toks, norms, found)
    found = _club_nickname_pass(toks, norms, found)
    found = _province_short_pass(toks, norms, found)
    found = _agency_nisba_pass(toks, norms, reg, found)
    found = _igo_epithet_pass(toks, norms, found)
    found = _ministry_field_pass(toks, norms, found)
    found = _compass_pass(toks, norms, found)
    found = _dated_event_pass(toks, norms, found)
    found = _edition_event_pass(toks, norms, found)
    found = _competition_name_pass(toks, norms, reg, found)
    found = _body_name_pass(toks, norms, reg, found)
    found = [f for f in found if not _currency(norms, f)]
    found = _state_name_pass(toks, norms, reg, found)
    found = _place_word_pass(norms, reg, found)
    return _landmark_type_pass(norms, found)
