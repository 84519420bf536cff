"""The recogniser's mentions, cleaned by rules and merged with those found before (step 4 of
`stage.tag_entities`).

Steps of `_model_pass`:
1. The recogniser (`recognizer.Recognizer`) tags the article sentence by sentence, with the registry's tags as
   a feature (`linking.tags_of` over the registry pass's matches).
2. Its spans are cleaned by rules about Arabic names (`_model_spans`): function words off the edges, titles off
   a person's end, a list of people split at "و" + a name or at a rank, touching person spans merged; set
   phrases, plural nouns and adjectives dropped, and one word of a verb's or a verbal noun's form ("تجمعوا",
   "مبايعة"); a noun for people in general ends no person ("الجميع"); a competition named after a person is MISC.
3. A one-word person right before a body is the verb of which the body is the subject ("دان مجلس النواب"); a
   place right after a minister's word is his portfolio, no place; a nisba adjective at the start of a
   person's span belongs to the title before it.
4. A span over mentions found already gives way, except that a PER or ORG of two or more words overrides one-word
   places inside it (فلاديمير is not the city Vladimir, ريال مدريد is a club) and a registry surname after a
   given name the registry does not pair with it (`_other_bearer`: "أليكسيس سانشيز").
5. Each span becomes a mention (`_model_found`): a registry name under another reading, else coded by a nisba
   adjective beside or inside it or by the title before it; a leading conjunction or preposition stays out of
   the span (`_clitic_cut`).
6. Round 12b: `second_spans` reads the article with the second reader (an in-domain model) after the stage has
   run; its spans where the stage kept nothing, less those its guards refuse, come back to `_model_pass` as `also`
   and go through steps 3 to 5 after the first model's.
"""

from __future__ import annotations

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.entities import registry as registry_module
from marsad.entities.linking import tags_of
from marsad.entities.mention import _char_cut, _Found
from marsad.entities.namewords import (
    EDGE_STOP,
    PRONOUN_NOUNS,
    QUANTIFIERS,
    TITLE_HEAD,
    TITLE_TAIL,
    _coordinated,
    _imperfect_verb,
    _verb_form,
)
from marsad.entities.recognizer import Recognizer, recognizer, second_recognizer, spans
from marsad.entities.registry import Match, Registry
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import role_table
from marsad.language.tokens import Token, sentences_of

# Words that begin a region or natural feature rather than a polity: a model LOC span starting with one is LOC.
LOC_HEADS = frozenset(normalize(w) for w in (
    "بحر", "نهر", "جبل", "جبال", "منطقة", "إقليم", "شمال", "جنوب", "شرق", "غرب", "خليج", "صحراء", "وادي", "جزيرة",
    "جزر", "قطاع", "الضفة", "المحيط", "محيط", "البحر", "النهر", "الخليج", "شبه", "هضبة", "سهل", "مضيق", "قناة", "حي",
    "ضاحية", "ريف", "الجزيرة"))
MODEL_TYPE = {"PER": "PER", "ORG": "ORG", "MISC": "MISC", "LOC": "GPE"}
# Relation nouns with a possessive pronoun: a person's name ends before them ("الكسندر تكاتشوف نظيره المصري").
RELATION_BREAK = frozenset(normalize(base + suffix) for base in ("نظير", "نظيرت", "شقيق", "شقيقت", "نجل", "زوج",
                                                                 "زوجت", "والد", "والدت", "ابن", "ابنت", "مرافق")
                           for suffix in ("ه", "ها", "هم", "يه", "ي"))
# Set phrases the recogniser may read as a name.
STOCK_PHRASES = frozenset(tuple(normalize(w) for w in p.split()) for p in ("أسمى آيات", "اسمى آيات"))
# Competitions and prizes named after people.
# Round 10c (with `registry.PARTICLE_TOWNS`): "إن"/"أن" (normalised "ان") inside a person span is the particle
# between a speaker and the subject of his clause ("وقال هادي إن صالح يتحمل..."), which the town "إن صالح" had
# kept out of the span: the span splits there, the particle in neither part.
CLAUSE_PARTICLES = frozenset(normalize(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها"))
COMPETITIONS = frozenset(normalize(w) for w in ("دوري", "كأس", "كاس", "بطولة", "جائزة", "مهرجان", "ماراثون"))
# Adverbs after an adjective that a given name can be spelt like ("سعيد جداً", "كريم للغاية").
INTENSIFIERS = frozenset(normalize(w) for w in ("جدا", "جداً", "للغاية", "جدًا"))
# Words that are never a name on their own.
NOT_NAMES = frozenset(normalize(w) for w in ("الله", "لله", "ولله", "بالله", "والله", "تعالى", "سبحانه"))
PORTFOLIO_HEADS = frozenset({"وزير", "وزيره", "وزاره", "لوزير", "لوزاره", "بوزاره", "بوزير", "وزراء"})
# Round 12b: the second reader (an in-domain model) adds its spans where the stage found nothing.
SECOND_READER = True


def _model_spans(labels: list[str], norms: list[str], gazetteer: dict[str, str]) -> list[tuple[int, int, str]]:
    """Model spans cleaned by rules about Arabic names.

    Function words come off the edges ("أحمد إن"), title words off a person's end ("سلمان بن عبدالعزيز ولي
    العهد"), a person span splits before a word that is "و" + a known name ("صالح الناصر ومحمد القرناس"), and
    touching person spans merge.
    """
    out: list[tuple[int, int, str]] = []
    table = role_table()
    for a, b, cls in spans(labels):
        while a < b and (norms[a] in EDGE_STOP or not norms[a][:1].isalpha()
                         or (cls == "PER" and (norms[a] in TITLE_HEAD or norms[a] in QUANTIFIERS
                                               or table.rank_at(norms, a) is not None))):
            a += 1
        if cls == "PER" and b - a == 1 and norms[a].startswith("ال") and norms[a].endswith(("ين", "ون")):
            continue  # "واحد الناجين": "one of the survivors", a plural noun, not a name
        while b > a and (norms[b - 1] in EDGE_STOP or not norms[b - 1][:1].isalpha()
                         or (cls == "PER" and norms[b - 1] in TITLE_TAIL)):
            b -= 1
        if b <= a:
            continue  # a span of function words only ("قال على"): nothing is left of it
        if cls == "PER" and b - a >= 3 and norms[a].startswith("ال") and not (
                {"P", "F"} & set(gazetteer.get(norms[a], ""))):
            a += 1  # "حكومة الولاية دين محمد درويش": a common noun before the name ends the phrase before it
        if cls == "PER":
            b = next((k for k in range(a + 1, b) if any(st in RELATION_BREAK for _, st in clitic_splits(norms[k]))
                      or _imperfect_verb(norms[k], gazetteer)), b)
            if tuple(norms[a:a + 2]) in STOCK_PHRASES:
                continue  # "أسمى آيات الشكر": a set phrase, not a name
            if any(st in COMPETITIONS for _, st in clitic_splits(norms[a])):
                cls = "MISC"  # "دوري عبداللطيف جميل", "كأس الملك": a competition named after a person
            elif b - a == 1 and b < len(norms) and norms[b] in INTENSIFIERS:
                continue  # "سعيد جداً": an adjective, not the name سعيد
        if cls == "PER":
            while b - a >= 2 and norms[b - 1] in PRONOUN_NOUNS:
                b -= 1  # "ودعا المهندس فلان الجميع": the object after a name is no part of it
        if b <= a or all(norms[k] in NOT_NAMES for k in range(a, b)):
            continue
        if b - a == 1 and _verb_form(norms[a], gazetteer):
            continue  # "تجمعوا", "مبايعة": a verb or a verbal noun on its own, not a name
        pieces = [(a, b)]
        if cls == "PER":
            pieces = []
            start = a
            k = a + 1
            while k < b:
                rank = table.rank_at(norms, k)
                if rank is not None and rank.prefix and k + rank.length < b:
                    # "هشام العزب والرائد أحمد فكرى": a rank after و starts the next person
                    pieces.append((start, k))
                    start = k = k + rank.length
                    continue
                if registry_module.PARTICLE_TOWNS and norms[k] in CLAUSE_PARTICLES:
                    pieces.append((start, k))
                    start = k = k + 1
                    continue
                if _coordinated(norms[k], gazetteer):
                    pieces.append((start, k))
                    start = k
                k += 1
            pieces.append((start, b))
            pieces = [(pa, pb) for pa, pb in pieces if pb > pa]
        for pa, pb in pieces:
            if out and cls == "PER" and out[-1][2] == "PER" and out[-1][1] == pa and pa == a \
                    and not _coordinated(norms[pa], gazetteer):
                out[-1] = (out[-1][0], pb, cls)
            else:
                out.append((pa, pb, cls))
    return out


def _clitic_cut(tok: Token, gazetteer: dict[str, str]) -> int:
    """Characters of a conjunction or preposition to leave out of a model span's first word ("وعبدالله").

    The shortest cut that leaves a word the gazetteer knows wins ("وليفربول" -> "ليفربول", not "يفربول")."""
    from marsad.entities.features import strip_clitics

    word = tok.norm
    pre, _ = strip_clitics(word)
    lead = pre[:-2] if pre.endswith("ال") else pre  # keep the article: "والضفة" -> "الضفة"
    if not lead or (word in gazetteer and not _coordinated(word, gazetteer)):
        return 0
    for k in range(1, len(lead) + 1):
        rest = word[k:]
        if rest in gazetteer or (rest.startswith("ال") and rest[2:] in gazetteer):
            return _char_cut(tok, k)
    if word[:1] in ("و", "ف") and word[1:4] == "عبد" and len(word) > 5:
        return _char_cut(tok, 1)  # "وعبدالإله": no name starts with و before عبد
    return 0


def sentence_ranges(art: Article, toks: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the article's sentences, as the recogniser reads them."""
    starts = {t.start: i for i, t in enumerate(toks)}
    ranges: list[tuple[int, int]] = []
    for sent in sentences_of(art):
        i0 = starts.get(sent.start)
        if i0 is None:
            continue
        i1 = i0
        while i1 < len(toks) and toks[i1].end <= sent.end:
            i1 += 1
        if i1 > i0:
            ranges.append((i0, i1))
    return ranges


def _read(rec: Recognizer, ranges: list[tuple[int, int]], toks: list[Token], norms: list[str],
          matches: list[tuple[Match, int]]) -> list[tuple[int, int, str]]:
    """A recogniser's spans over the article (token ranges), cleaned by `_model_spans`."""
    words = [[t.text for t in toks[i0:i1]] for i0, i1 in ranges]
    # the registry's tags, a recogniser feature, come from the matches of the registry pass
    tags: list[list[str] | None] = [tags_of(matches, i0, i1) for i0, i1 in ranges]
    out: list[tuple[int, int, str]] = []
    for (i0, i1), labels in zip(ranges, rec.tag_document(words, tags), strict=True):
        out += [(a + i0, b + i0, cls) for a, b, cls in _model_spans(labels, norms[i0:i1], rec.lexicons.gazetteer)]
    return out


def second_spans(art: Article, toks: list[Token], norms: list[str], matches: list[tuple[Match, int]],
                 kept: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Round 12b: the second reader's spans where the stage found nothing (`SECOND_READER`).

    A span is refused when it overlaps a mention the stage kept (`kept`: token ranges), when it is one definite
    word ("المملكة", "الوزارة", "التحالف": an anaphor the context pass resolves, or a common noun, not a name),
    a pious formula ("رحمه الله"), an indefinite noun and a country's adjective ("مسؤول أمريكي": an unnamed
    source), and when it lies in the byline, whose outlet and reporter the byline pass reads."""
    rec = second_recognizer() if SECOND_READER else None
    if rec is None:
        return []
    covered = {i for a, b in kept for i in range(a, b)}
    from marsad.entities.offices import _byline_spans

    byline = _byline_spans(art)
    reg = registry_module.registry()
    gazetteer = rec.lexicons.gazetteer
    out: list[tuple[int, int, str]] = []
    for a, b, cls in _read(rec, sentence_ranges(art, toks), toks, norms, matches):
        if any(i in covered for i in range(a, b)):
            continue
        if b - a == 1 and (norms[a].startswith("لل") or any(st.startswith("ال") for _, st in clitic_splits(norms[a]))):
            continue
        if any(norms[k] in NOT_NAMES and (k == a or norms[k - 1] != "عبد") for k in range(a, b)):
            continue  # "رحمه الله", "حفظه الله", "ولله الحمد": a pious formula after a name, no name
        if b - a == 2 and _described(norms, a, reg, gazetteer):
            continue  # "مسؤول أمريكي", "منظمة مصرية": a noun and a country's adjective describe, they name no one
        if any(s <= toks[a].start < e or s < toks[b - 1].end <= e for s, e in byline):
            continue
        out.append((a, b, cls))
    return out


def _described(norms: list[str], a: int, reg: Registry, gazetteer: dict[str, str]) -> bool:
    """An indefinite word no list gives as a name, then a country's adjective ("دبلوماسي سويدي")."""
    if norms[a].startswith("ال") or {"P", "F"} & set(gazetteer.get(norms[a], "")):
        return False
    end, iso = reg.adjective_at(norms, a + 1)
    return iso is not None and end == a + 2


def _model_pass(art: Article, toks: list[Token], norms: list[str], date: str, reg: Registry,
                found: list[_Found], titles: dict[int, Match], matches: list[tuple[Match, int]],
                also: list[tuple[int, int, str]] | None = None,
                memo: dict[str, list[tuple[int, int, str]]] | None = None) -> list[_Found]:
    """The recogniser's spans as mentions (steps in the module doc); `also` adds the second reader's spans
    (`second_spans`), which then go through the same steps after the first model's. `memo` keeps the first
    model's spans for the stage's second reading of the same article."""
    rec = recognizer()
    if rec is None:
        return found

    taken = [-1] * len(toks)
    for k, f in enumerate(found):
        for i in range(f.start, f.end):
            taken[i] = k
    extra: list[_Found] = []
    dropped: set[int] = set()
    memo = {} if memo is None else memo
    if "first" not in memo:
        memo["first"] = _read(rec, sentence_ranges(art, toks), toks, norms, matches)
    for a, b, cls in memo["first"] + (also or []):
        if cls in ("GPE", "LOC") and a > 0 and (norms[a - 1] in PORTFOLIO_HEADS or (
                norms[a - 1][:1] == "و" and norms[a - 1][1:] in PORTFOLIO_HEADS)):
            continue  # "وزير البترول السعودي": the word after a minister is his portfolio, not a place
        if cls == "PER" and b - a >= 2:
            # "وزير الطاقة الروسي ألكسندر نوفاك": a nisba adjective is the title's, not the first name
            end, iso = reg.adjective_at(norms, a)
            if iso is not None and a < end < b and norms[a].startswith("ال"):
                if end in titles or a not in titles:
                    a = end
                else:
                    titles[end], a = titles[a], end
        if cls == "PER" and b - a == 1 and b < len(toks) and taken[b] >= 0 and found[taken[b]].start == b \
                and found[taken[b]].type == "ORG" and not ({"P"} & set(rec.lexicons.gazetteer.get(norms[b], ""))):
            continue  # "دان مجلس النواب": a verb before the body that is its subject, not a name
        owners = {taken[i] for i in range(a, b) if taken[i] >= 0}
        if owners:
            # a first name followed by a surname is a person, a club or a university named after a city is
            # an organisation: a one-word place inside a longer model span yields to it
            if cls in ("PER", "ORG") and b - a >= 2 and all(
                    found[k].type in ("GPE", "LOC") and found[k].end - found[k].start == 1
                    and found[k].start > a - 1 and found[k].end < b + 1 for k in owners):
                dropped |= owners
            # a registry surname after a given name the registry does not pair with it is another person
            # ("أليكسيس سانشيز" is not Pedro Sanchez)
            elif cls == "PER" and b - a >= 2 and len(owners) == 1 and _other_bearer(
                    found[next(iter(owners))], a, b, norms, rec.lexicons.gazetteer):
                dropped |= owners
            else:
                continue
        f = _model_found(toks, norms, a, b, cls, date, reg, titles)
        if f.origin == "model":
            f.cut = _clitic_cut(toks[a], rec.lexicons.gazetteer)
        extra.append(f)
    return [f for k, f in enumerate(found) if k not in dropped] + extra


def _other_bearer(f: _Found, a: int, b: int, norms: list[str], gazetteer: dict[str, str]) -> bool:
    """A one-word registry person at the end of a model PER span whose other words are name words."""
    if f.type != "PER" or f.end - f.start != 1 or f.end != b or f.start <= a:
        return False
    return all(norms[k] not in TITLE_HEAD and ("P" in gazetteer.get(norms[k], "") or "F" in gazetteer.get(norms[k], ""))
               for k in range(a, f.start))


def _model_found(toks: list[Token], norms: list[str], a: int, b: int, cls: str, date: str, reg: Registry,
                 titles: dict[int, Match]) -> _Found:
    typ = MODEL_TYPE.get(cls, "MISC")
    pre, stem = clitic_splits(norms[a])[0] if typ != "PER" else ("", norms[a])
    if typ == "GPE" and (stem in LOC_HEADS or norms[a] in LOC_HEADS):
        typ = "LOC"
    actor = canonical = eid = None
    person = None
    # a name the registry knows under another reading (the model found it where no longest match did)
    known = [x for x in reg.find(" ".join(norms[a:b])) if x.type == typ or {x.type, typ} <= {"GPE", "LOC"}]
    if known and (b - a > 1 or reg.allows(norms, a)):  # (a word's guard holds here too: "وصالح" is anyone)
        k = known[0]
        code = k.code_on(date) if k.kind == "person" else k.code
        return _Found(a, b, k.type, code, k.canonical, k.id, "registry", k if k.kind == "person" else None)
    title = titles.get(a)
    if typ == "PER" and title is None:
        # "اللاعب البرازيلي فلان", "المواطن السعودي فلان": a nisba adjective just before gives the country
        for j in (a - 1, a - 2):
            if j >= 0:
                end, iso = reg.adjective_at(norms, j)
                if iso is not None and end == a:
                    return _Found(a, b, typ, iso, None, None, "model")
    if typ in ("GPE", "LOC") and b < len(norms):
        # "مدينة نورنبرج الألمانية": a nisba adjective right after a place the registry does not know
        end, iso = reg.adjective_at(norms, b)
        if iso is not None:
            return _Found(a, b, typ, iso, None, None, "model")
    if typ == "ORG" and b - a >= 2:
        # "الاتحاد السعودي لكرة القدم", "الجمعية الأردنية للتصوير": an organisation with a nisba adjective
        for j in range(a + 1, b):
            end, iso = reg.adjective_at(norms, j)
            if iso is not None and end <= b:
                return _Found(a, b, typ, iso, None, None, "model")
    if typ == "PER" and title is not None:
        actor = title.code
        holder = title.actor
        if holder is not None and any(norms[k] in {n for nm in holder.names for n in nm.split()} for k in range(a, b)):
            canonical, eid, person = holder.canonical, holder.id, holder
    return _Found(a, b, typ, actor, canonical, eid, "model", person)
