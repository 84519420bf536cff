"""Names the registry does not know, found by their head word (step 3 of `stage.tag_entities`).

1. `_institution_pass`: a head word ("وزارة", "جامعة", "محكمة", "غرفة"...) and its modifiers up to a boundary
   (`roles.RoleTable.institution`) make an ORG coded with the country of a nisba adjective or a place inside
   and the head's role (without a country, the context pass gives one later); places and people inside the name
   are part of it ("جامعة الملك سعود"). A head marked "~" in `roles.tsv` says what the name is and stays out of
   it ("صحيفة الوئام").
2. Heads marked "=TYPE" start names of other kinds: events and competitions are MISC with no code ("مهرجان صيف
   أبها", with their edition, `_edition_end`), landmarks are LOC in the country of what they name ("قصر السلام",
   "طريق الخرج"); `_named_thing_end` says where such a name ends, or that the words are no name.
3. `_dated_event_pass`: a revolution or an uprising named by its day ("ثورة 25 يناير") is a MISC name.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.clean.normalize import normalize
from marsad.entities.mention import _char_cut, _country_of, _covered, _Found
from marsad.entities.namewords import PLACE_WORDS, _given_name_test
from marsad.entities.registry import Registry
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import Hit, role_table
from marsad.language.tokens import Token

# Heads of landmark names that are also common nouns in set phrases: the name needs a place or a rare word in it
# ("سد أبها", not "سد العجز" filling a gap; "ميدان التحرير", not "ميدان العمل" a field of work).
COMMON_LANDMARK_HEADS = frozenset(normalize(w) for w in ("سد", "ميدان", "طريق", "بحر"))
# Function titles that end a landmark's or an event's name (royal titles name what it is named after: "حديقة
# الملك فهد", "كأس ولي العهد").
FUNCTION_TITLES = frozenset(normalize(w) for w in ("أمير", "رئيس", "وزير", "محافظ", "مدير", "نائب", "سفير", "الدكتور",
                                                   "المهندس", "السيد", "الرئيس", "الوزير"))
TANWEEN = frozenset("\u064b\u064c\u064d")
# Event heads that with the article name bodies, not events (parties, parliaments).
DEFINITE_BODIES = frozenset(normalize(w) for w in ("المؤتمر", "المنتدى"))
MEETINGS = frozenset(normalize(w) for w in ("مؤتمر", "منتدى"))
# Words before a head that make it a preposition phrase, not a name ("في معرض حديثه", "عن طريق").
HEAD_IDIOMS = {normalize(k): frozenset(normalize(w) for w in v) for k, v in (
    ("معرض", ("في", "وفي")), ("طريق", ("عن", "وعن")))}
ERA_MARKS = frozenset(normalize(w) for w in ("هـ", "ه", "م", "ق"))
ORDINAL_WORDS = frozenset(normalize(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة"))
REVOLUTIONS = frozenset(normalize(w) for w in ("ثورة", "انتفاضة"))
MONTHS = frozenset(normalize(w) for w in (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين"))


def _namelike(stats: dict[str, str], reg: Registry) -> Callable[[str], bool]:
    """Whether an indefinite word can end an institution's name: a registry name, a rare word, or a word
    that follows place or organisation cues in news (its statistics in `wordstats.tsv`)."""
    memo: dict[str, bool] = {}

    def namelike(word: str) -> bool:
        got = memo.get(word)
        if got is None:
            digits = stats.get(word)
            # an indefinite nisba adjective makes the phrase generic ("شركة يابانية")
            got = not reg.is_adjective(word) and (
                bool(reg.find(word)) or digits is None or len(digits) < 5 or int(digits[4]) <= 2
                or max(int(c) for c in digits[1:4]) >= 2)
            memo[word] = got
        return got
    return namelike


def _institution_pass(toks: list[Token], norms: list[str], date: str, reg: Registry, found: list[_Found],
                      stats: dict[str, str], gazetteer: dict[str, str]) -> list[_Found]:
    """Names of institutions the registry does not know ("مجلس شباب منطقة عسير", "جامعة غاريسا"), typed ORG
    with the role their head word gives (`roles.RoleTable.institution`) and the country of a nisba adjective or
    a place inside them; places and people inside the name are part of it ("جامعة الملك سعود")."""
    table = role_table()
    owner = [-1] * len(toks)
    for k, f in enumerate(found):
        for i in range(f.start, f.end):
            owner[i] = k

    def place_at(j: int) -> int:
        m, pre = reg.match(norms, j, date)
        if m is not None and m.kind == "name" and m.type in ("GPE", "LOC") and pre > 0 and m.skip == 0:
            return m.end
        return 0

    namelike = _namelike(stats, reg)
    given = _given_name_test()

    def conjoined(word: str) -> bool:
        whole, rest = stats.get(word), stats.get(word[1:])
        return whole is None or (rest is not None and rest[-1:] > whole[-1:])

    def verblike(word: str) -> bool:
        if reg.find(word) or any(c in gazetteer.get(word, "") for c in "LOF"):
            return False
        digits = stats.get(word, "")
        # an imperfect verb is never seen with ال; an indefinite feminine nisba is an adjective; a noun with a
        # possessive suffix ends the phrase ("مجلس إدارتها")
        return (word[:1] in "يتن" and digits[:1] == "0") or word.endswith("يه") \
            or (len(word) > 4 and word.endswith(("ها", "هم", "هما", "ته")))

    out = list(found)
    drop: set[int] = set()
    i = 0
    while i < len(norms):
        if owner[i] >= 0 or not norms[i][:1].isalpha():
            i += 1
            continue
        res = table.institution(norms, i, place_at, namelike, conjoined, verblike, reg.whole_word)
        if res is None:
            i += 1
            continue
        end, role = res
        if role == "^":
            i = end
            continue
        if role.startswith("="):
            lead = table.find(table.heads, norms, i)
            end = _named_thing_end(toks, norms, i, lead, end, role[1:], owner, found,
                                   lambda w: stats.get(w, "")[4:5] in ("", "0"), given)
            if end <= i:
                i += 1
                continue
        for k in {owner[j] for j in range(i, end) if owner[j] >= 0}:
            if found[k].end > end:
                end = min(end, found[k].start)  # a name running past the institution's end is not inside it
        for j in range(i + 1, end):
            k = owner[j]
            if k >= 0 and found[k].type in ("GPE", "LOC") and found[k].end < end \
                    and not norms[found[k].end].startswith(("ال", "لل", "وال")):
                end = found[k].end  # "رئيس بلدية ناغازاكي توميهيسا تاوي": the place ends the body's name
                break
        if end - i < 2:
            i += 1
            continue
        if role == "=MISC":
            end = _edition_end(norms, end)
        inside = {owner[j] for j in range(i, end) if owner[j] >= 0}
        iso = None
        for j in range(i + 1, end):
            aend, adj = reg.adjective_at(norms, j)
            if adj is not None and aend <= end:
                iso = adj
        if iso is None:
            # (a GeoNames town inside a landmark's name is a weak clue: "منتزه السودة" is no Indian town's park)
            iso = next((c for c in (_country_of(found[k].actor, reg) for k in sorted(inside)
                                    if not (role == "=LOC" and (found[k].entity_id or "").startswith("town:")))
                        if c), None)
        igo = next((found[k].actor for k in sorted(inside) if (found[k].actor or "").startswith("IGO")), None)
        hit = table.find(table.heads, norms, i)
        first = i
        cut = _char_cut(toks[i], hit.prefix) if hit is not None and hit.prefix else 0
        if role.startswith("~") and hit is not None:
            # "صحيفة الوئام", "جريدة ذي ستاندارد": the head says what the name is and stays out of it
            first, cut, role = i + hit.length, 0, role[1:]
        if role.startswith("="):
            # an event or a competition is nobody's act; a landmark lies in the country of what it names
            typ, actor = role[1:], (iso if role == "=LOC" else None)
            out.append(_Found(first, end, typ, actor, None, None, "pattern", None, cut, "" if actor is None else None))
            drop |= inside
            i = end
            continue
        # a body of an international organisation ("صندوق أوبك للتنمية الدولية") is coded as that organisation
        actor = iso + role if iso else igo
        out.append(_Found(first, end, "ORG", actor, None, None, "pattern", None, cut, role))
        drop |= inside
        i = end
    return [f for k, f in enumerate(out) if k not in drop]


def _named_thing_end(toks: list[Token], norms: list[str], i: int, lead: Hit | None, end: int, typ: str,
                     owner: list[int],
                     found: list[_Found], rare: Callable[[str], bool],
                     given: Callable[[str], bool] | None) -> int:
    """The end of an event's or a landmark's name found by its head at token i (`roles.tsv` "=TYPE" heads), or i
    when the words are no name: a landmark's head is indefinite ("الشارع العربي" is public opinion). A
    competition named after a person ("دوري عبداللطيف جميل") is left to the recogniser, which finds the whole
    name. The name ends before a title ("قصر أمير المنطقة") and before "in" + a place ("قصر السلام بجدة" is in
    Jeddah)."""
    pre = lead.prefix if lead is not None else 0
    head = norms[i][pre:]
    if i > 0 and norms[i - 1] in HEAD_IDIOMS.get(head, ()):
        return i
    if TANWEEN & set(toks[i].text) or norms[i + 1].startswith("لل") or (
            norms[i + 1].startswith("ل") and i + 2 < len(norms) and norms[i + 2].startswith("ال")):
        return i  # "حيٍّ": a head with nunation is a common noun; "مبادرة لتشجيع الشباب": a purpose, no name
    if typ == "MISC" and given is not None and given(norms[i + 1]):
        return i
    if head in DEFINITE_BODIES:
        return i  # "المؤتمر الوطني العام", "المؤتمر الشعبي العام": with the article, a body's name
    if head in MEETINGS and not (norms[i + 1].startswith("ال") or owner[i + 1] >= 0):
        return i  # "مؤتمر صحافي", "مؤتمر عقد": a press conference, a verb; a named one has a definite word
    for k in range(i + 1, end):
        if norms[k] in FUNCTION_TITLES or (
                owner[k] >= 0 and found[owner[k]].cut > 0 and norms[k].startswith("ب")):
            end = k
            break
    if end - i < 2:
        return i
    if typ == "LOC":
        if head.startswith("ال") or (lead is not None and lead.length == 1 and lead.definite):
            return i  # ("للحي التراثي": ل + الحي)
        if head in PLACE_WORDS and owner[i + 1] >= 0 and all(owner[j] == owner[i + 1] for j in range(i + 1, end)):
            return i  # "قرية دوما": a known place with a word that says what it is, the place itself
        if head in COMMON_LANDMARK_HEADS and (norms[i][:pre].endswith("ل") or not any(
                (owner[j] >= 0 and found[owner[j]].type in ("GPE", "LOC") and found[owner[j]].origin != "model")
                or (rare(norms[j]) and not norms[j].startswith("ال")) for j in range(i + 1, end))):
            return i  # (and "لسد حاجة" is "to meet a need")
    return end


def _edition_end(norms: list[str], end: int) -> int:
    """An event's name takes in its edition ("مهرجان صيف طيبة 36", "الملتقى الأول", "معرض ... 2050"), not a
    year with its era ("مهرجان صيف أبها 1436هـ" is the festival of that year)."""
    if end < len(norms) and norms[end] in ORDINAL_WORDS:
        return end + 1
    if end < len(norms) and norms[end].isdigit() and not (end + 1 < len(norms) and norms[end + 1] in ERA_MARKS):
        return end + 1
    return end


def _dated_event_pass(toks: list[Token], norms: list[str], found: list[_Found]) -> list[_Found]:
    """A revolution or an uprising named by its day ("ثورة 25 يناير", "انتفاضة 17 فبراير") is a MISC name."""
    taken = _covered(found)
    out = list(found)
    for i in range(len(norms) - 2):
        reading = next(((p, st) for p, st in clitic_splits(norms[i]) if st in REVOLUTIONS), None)
        if reading is not None and norms[i + 1].isdigit() and norms[i + 2] in MONTHS \
                and not taken & {i, i + 1, i + 2}:
            out.append(_Found(i, i + 3, "MISC", None, None, None, "pattern", None,
                              _char_cut(toks[i], len(reading[0])) if reading[0] else 0))
    return out
