"""People by rule: persons the recogniser missed, and its persons completed or linked (steps 5 and 7 of
`stage.tag_entities`).

1. `_rank_name_pass`: a rank or honorific, or a function title and its complement, followed by a given name and
   another name word is a person ("العقيد هشام العزب"); the title pass gives the role later.
2. `_nasab_pass`: a person of the recogniser runs over a following بن/بنت chain and the family name after it
   ("محمد بن سعود المتحمي"); a span cut at بن takes the rest ("سامر بن" -> "سامر بن علي العنيني"); a given name
   found alone (also "عبد الرحمن" written apart) takes the family name the recogniser left out, and so do given
   and father's names ("تركي منور المخلفي") when the family name is a word the news hardly uses; a chain's last
   word before punctuation may be a family name without the article, if the news hardly uses it ("فيصل بن حامد
   معلا،").
   `_headless_nasab_pass`: a person's span that starts at "بن" takes back the given name before it.
   Before it, `_relative_pass`: a registry person found by the family name alone right after a name none of the
   person's names has ("محمد بن عوض بن لادن") is a relative who bears the name, one unknown person.
3. `_first_name_pass`: a first name found alone runs on over a rare word right after it (a foreign surname).
4. `_introduced_name_pass`: a surname found alone, with a given name right before another of its occurrences,
   makes the full name there ("وقال علي الأحمدي … وأضاف الأحمدي"), which the alias pass then links to.
5. `_lineage_pass`: a person named with the father's name ("عادل بن أحمد الجبير") is the registry person known by
   the given and family names alone, when the registry has exactly one.
6. `_nationality_name_pass`: a country's nisba adjective before a foreign word no list knows names a person of
   that country ("المحترف البولندي زوكالا").
7. `_kinship_pass`: a kinship noun with its possessive ("ونجله", "زوجها") is no part of the name after it, and a
   given name right after one starts a person; `_trailing_title_pass`: a person's span never ends with "و" + a
   title word ("أحمد وزعيم").
8. `_given_family_pass`: a given name of the curated list and a rare definite word after it (a family name) is a
   person the recogniser missed ("فيصل المعيقل"); after a title and the body or place it names, a family name of
   the nisba form the news often uses will do ("مدير فرع الوزارة بمنطقة جازان علي الحربي").
9. `_given_name_pass`: a registry person found by the surname takes in another spelling of the given name before
   it ("نارندر مودي" for ناريندرا مودي).
10. `_country_surname_pass`: a country's bare name right after a person named by a given name alone is the family
   name ("بدر الدين هايتي").
11. `_trailing_ali_pass`: "علي" (Ali, the preposition على once normalised) before a punctuation mark ends the name
   before it, or makes a curated given name before it a person ("أحمد علي،").
12. `_spelled_ali_pass`: in an article that writes the preposition "على" with alif maqsura, "علي" with yā' before
   name words is the name Ali starting a person ("الطفل علي الشوامرة").
13. `_family_tail_pass` (after 4): a person found without an entity, given and father's names none of them definite
   ("ماجد", "سالم عياد", "فهد بن عامر"), runs over a family name right after them: a definite word the news hardly
   uses or of the nisba form ("المطيري"), no country's adjective, registry name, title, time word or feminine noun.
14. `_name_tail_pass` (after 3): a person found without an entity, up to three words none of them definite ("ماريك",
   "سالم بن راشد"), runs over the last word of the name right after it: a bare word the news hardly uses and hardly
   ever with the article, with no verb's form, no clitic or possessive on a word the news uses, no title, kinship
   noun, country's adjective or registry name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from marsad.clean.normalize import normalize
from marsad.entities.features import strip_clitics
from marsad.entities.institutions import ORDINAL_WORDS
from marsad.entities.linking import COMMON_GIVEN
from marsad.entities.mention import _bare_first, _char_cut, _covered, _Found
from marsad.entities.namewords import (
    EDGE_STOP,
    PATRONYMIC,
    QUANTIFIERS,
    TITLE_HEAD,
    TITLE_TAIL,
    _coordinated,
    _imperfect_verb,
    _link_end,
    _near_spelling,
    _verb_form,
)
from marsad.entities.recognizer import recognizer
from marsad.entities.registry import Registry, key_of
from marsad.entities.registry import splits as clitic_splits
from marsad.entities.roles import DEF_STOP, STOP, nisba_like, role_table
from marsad.language.tokens import Token

OPEN_MARKS = frozenset({"«", '"', "“", "'", "‘"})
QUOTE = '"'  # (normalisation makes every quotation mark this one)
LINEAGE = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))
ABD = normalize("عبد")
# Kinship nouns with a possessive: the name after them is another person's ("ونجله أحمد", "زوجها براد بيت").
KINSHIP = frozenset(normalize(w) for w in (
    "نجله", "نجلها", "نجلي", "ابنه", "ابنها", "ابنته", "ابنتها", "شقيقه", "شقيقها", "شقيقته", "شقيقتها", "زوجها",
    "زوجته", "والده", "والدها", "والدته", "والدتها", "حفيده", "حفيدها", "نجلته", "أخوه", "أخيه", "أخته", "عمه",
    "خاله"))


def _after_abbreviation(norms: list[str], q: int) -> int:
    """Where a name starts after a rank or descriptor: past an abbreviation's full stop ("د. عمر الكاشف") and an
    opening quotation mark ("البائع «سعيد بن سالم»")."""
    if q < len(norms) and norms[q] == "." and q > 0 and len(norms[q - 1]) == 1:
        q += 1
    if q < len(norms) and norms[q] in OPEN_MARKS:
        q += 1
    return q


def _rank_name_pass(toks: list[Token], norms: list[str], found: list[_Found], gazetteer: dict[str, str],
                    stats: dict[str, str], reg: Registry) -> list[_Found]:
    """A rank or honorific, or a function title and its complement, followed by a given name and another name
    word is a person the model missed ("العقيد هشام العزب", "والرائد أحمد فكرى", "المتحدث الرسمي لهيئة الهلال
    الأحمر السعودي بمنطقة الرياض عبدالله المريبض"); the title pass gives the role later."""
    table = role_table()

    def reg_adjective(k: int) -> str | None:
        return reg.adjective_at(norms, k)[1]  # "تركي" may be the adjective "Turkish"

    taken = _covered(found)
    out = list(found)

    def free(k: int) -> bool:
        w = norms[k]
        return k not in taken and w[:1].isalpha() and w not in EDGE_STOP and w not in STOP and w not in DEF_STOP \
            and w not in TITLE_TAIL and w not in QUANTIFIERS and table.title_at(norms, k) is None \
            and table.rank_at(norms, k) is None

    owner = {k: f for f in found for k in range(f.start, f.end)}

    def after_title(i: int) -> int | None:
        """The first free token after a function title and its complement ("مدير فرع جمعية الثقافة والفنون
        بمنطقة الحدود الشمالية" + name), where a name can start; None when the title runs into a stop."""
        hit = table.title_at(norms, i)
        if hit is None:
            return None
        q = i + hit.length
        while q < min(len(norms), i + hit.length + 12):
            g = owner.get(q)
            if g is not None:
                if g.type == "PER":
                    return None
                q = g.end
                continue
            if free(q) and "P" in gazetteer.get(norms[q], "") and q > i + hit.length \
                    and reg_adjective(q) is None:
                return q
            w = norms[q]
            if not w[:1].isalpha() or w in EDGE_STOP or w in STOP:
                return None
            q += 1
        return None

    for i in range(len(norms) - 2):
        if i in taken or not table.opens(norms[i]):
            continue
        hit = table.rank_at(norms, i)
        if hit is not None:
            q = _after_abbreviation(norms, i + hit.length)
        else:
            found_q = after_title(i)
            if found_q is None:
                continue
            q = found_q
        if q + 1 >= len(norms) or not (free(q) and free(q + 1)):
            continue
        second = norms[q + 1]

        def rare(w: str) -> bool:
            # the frequency bucket ends the stats code; a present-tense verb is no name word however rare
            return (w not in stats or stats[w][-1:] in ("0", "1")) and not _imperfect_verb(w, gazetteer)

        if "P" not in gazetteer.get(norms[q], "") or second.startswith("لل") or not (
                gazetteer.get(second, "") or second.startswith("ال") or second in PATRONYMIC or rare(second)):
            continue  # (a word after ل and the article is a phrase, never a name's second word: "الكامل للمملكة")
        end = q + 2
        if second in PATRONYMIC:
            end = q + 1 if q + 2 >= len(norms) or not free(q + 2) else q + 3
        elif end < len(norms) and free(end) and not norms[end].startswith("ال") and not second.startswith("ال") \
                and rare(second) and (
                rare(norms[end]) or {"P", "F"} & set(gazetteer.get(norms[end], ""))):
            end += 1  # a foreign name in three words ("ليو تيونج لاي")
        out.append(_Found(q, end, "PER", None, None, None, "model"))
        for k in range(q, end):
            taken.add(k)
    return out


def _relative_pass(norms: list[str], found: list[_Found], given: Callable[[str], bool] | None) -> list[_Found]:
    """"محمد بن عوض بن لادن", "سعد محمد بن لادن": a registry person found by the family name alone, right after a
    name that none of the person's names has (a given name, or a person the model found), is a relative who
    bears the family name; the words make one unknown person. A name of the person's own a few words before
    keeps the link ("باراك حسين أوباما")."""
    starts = {f.end: k for k, f in enumerate(found) if f.type == "PER" and f.origin == "model"}
    drop: set[int] = set()
    out: list[_Found] = []
    for k, f in enumerate(found):
        who = f.person
        if who is None or f.origin != "registry" or f.type != "PER" or f.cut or f.start == 0 or k in drop:
            out.append(f)
            continue
        span = tuple(norms[f.start:f.end])
        words = [list(key_of(n)) for n in who.names]
        tail = any(len(w) > len(span) and tuple(w[-len(span):]) == span for w in words)
        prev = starts.get(f.start)
        p = f.start - 1
        if not tail or not (prev is not None or (given is not None and given(norms[p]))) \
                or norms[p] in TITLE_HEAD or norms[p] in PATRONYMIC or norms[p] in EDGE_STOP:
            out.append(f)
            continue
        own = {x for w in words for x in w if x not in span}
        if any(_near_spelling(norms[q], x) for q in range(max(0, f.start - 3), f.start) for x in own):
            out.append(f)
            continue
        if prev is not None:
            found[prev].end = f.end
        else:
            out.append(_Found(p, f.end, "PER", None, None, None, "model"))
    return out


def _nasab_pass(norms: list[str], reg: Registry, found: list[_Found],
                given: Callable[[str], bool] | None = None) -> list[_Found]:
    """A person found by the model runs over a following بن/بنت chain and the family name after it ("محمد بن
    سعود المتحمي"), absorbing what the chain covers; a short form links to the whole name later. A given name
    found alone (`given`) takes a following family name with the article that is not a nisba adjective."""
    owner = {i: k for k, f in enumerate(found) for i in range(f.start, f.end)}
    drop: set[int] = set()
    for k, f in enumerate(found):
        if f.type != "PER" or f.origin != "model":
            continue
        end = f.end
        chained = False
        if f.end - f.start >= 2 and norms[end - 1] in PATRONYMIC and end < len(norms) and norms[end][:1].isalpha() \
                and owner.get(end, k) == k:
            # "سامر بن علي العنيني" found as "سامر بن": after بن comes a name, even one spelled like a
            # preposition (علي/على)
            end += 1
        while end + 1 < len(norms) and norms[end] in PATRONYMIC and norms[end + 1][:1].isalpha() \
                and norms[end + 1] not in EDGE_STOP and norms[end + 1] not in TITLE_TAIL \
                and owner.get(end, k) in (k, *drop):
            end = _link_end(norms, end + 1)
            chained = True
        if end > f.end or (norms[f.end - 2] in PATRONYMIC if f.end - f.start >= 3 else False):
            chained = True
        alone = f.end - f.start == 1 and given is not None and given(norms[f.start])
        # (a given name in عبد written apart is one word: "عبد الرحمن العطيشان")
        alone = alone or (f.end - f.start == 2 and norms[f.start] == ABD and given is not None
                          and given(norms[f.start] + norms[f.start + 1]))
        if alone and end < len(norms) \
                and norms[end].startswith("ال") and not nisba_like(norms[end]) and end not in owner:
            chained = True  # a given name alone, then a family name the model left out: "عبدالله المريبض"
        if f.end - f.start == 2 and end == f.end and given is not None and given(norms[f.start]) \
                and not norms[f.start + 1].startswith("ال") and norms[f.start + 1] not in PATRONYMIC \
                and end < len(norms) and end not in owner and _rare_family(norms[end]):
            chained = True  # given and father's names, then a family name the model left out: "تركي منور المخلفي"
        if chained and end < len(norms) and norms[end].startswith("ال") and len(norms[end]) > 4 \
                and norms[end] not in EDGE_STOP and norms[end] not in TITLE_TAIL \
                and norms[end] not in DEF_STOP and reg.adjective_at(norms, end)[1] is None \
                and not reg.find(norms[end]):
            end += 1  # the family name: "محمد بن سعود المتحمي"
        elif chained and end < len(norms) and norms[end].isalpha() and not norms[end].startswith("ال") \
                and (end + 1 == len(norms) or not norms[end + 1][:1].isalpha()) and end not in owner \
                and norms[end] not in EDGE_STOP and norms[end] not in TITLE_TAIL and _rare_word(norms[end]) \
                and reg.adjective_at(norms, end)[1] is None and not reg.find(norms[end]):
            end += 1  # a family name without the article, the name's last word: "فيصل بن حامد معلا،"
        if end > f.end:
            for j in range(f.end, end):
                other = owner.get(j)
                if other is not None and other != k:
                    if found[other].end > end:
                        end = found[other].start
                        break
                    drop.add(other)
            while end > f.end and norms[end - 1] in PATRONYMIC:
                end -= 1  # a chain cut short by another name never ends on بن
            f.end = max(end, f.end)
    return [f for k, f in enumerate(found) if k not in drop]


def _rare_word(word: str) -> bool:
    """A word the news hardly uses, as family names without the article are ("معلا"), unlike adverbs ("مؤخرا")."""
    rec = recognizer()
    if rec is None:
        return False
    digits = rec.lexicons.stats.get(word)
    return digits is None or digits[-1:] in ("0", "1")


def _rare_family(word: str) -> bool:
    """A definite word the news hardly uses, as family names are ("المخلفي"), unlike adjectives ("الجديد")."""
    rec = recognizer()
    if rec is None or not word.startswith("ال"):
        return False
    digits = rec.lexicons.stats.get(word[2:])
    return digits is None or digits[-1:] in ("0", "1")


def _headless_nasab_pass(norms: list[str], found: list[_Found],
                         given: Callable[[str], bool] | None) -> list[_Found]:
    """A person's span that starts at "بن" has lost its given name: "علي بن حماد الشامسي" found as "بن حماد
    الشامسي" takes back the given name before it."""
    if given is None:
        return found
    taken = _covered(found)
    for f in found:
        if f.type == "PER" and f.start > 0 and norms[f.start] in PATRONYMIC and (f.start - 1) not in taken \
                and f.cut == 0 and given(norms[f.start - 1]):
            f.start -= 1
            taken.add(f.start)
    return found


def _first_name_pass(toks: list[Token], norms: list[str], found: list[_Found], gazetteer: dict[str, str],
                     stats: dict[str, str]) -> list[_Found]:
    """A first name the recogniser took alone ("وقال جون ويلموث رئيس …" found as "جون") runs on over a rare
    word right after it that no other entity holds: a foreign surname is a word the news hardly uses."""
    taken = _covered(found)
    # the last words of longer names: "كارتر" after "آشتون كارتر" is a surname standing alone
    surnames = {norms[f.end - 1] for f in found if f.type == "PER" and f.end - f.start >= 2}
    for f in found:
        k = f.end
        if f.type != "PER" or f.origin != "model" or k - f.start != 1 or f.entity_id is not None \
                or k >= len(norms) or k in taken or "F" not in gazetteer.get(norms[f.start], "") \
                or norms[f.start] in surnames:
            continue
        w = norms[k]
        if not w[:1].isalpha() or w.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or w in EDGE_STOP \
                or w in STOP or w in TITLE_TAIL or _and_title(w, gazetteer) \
                or toks[k].start > toks[f.start].end + 1 or len(w) < 3:
            continue
        if (w not in stats or stats[w][-1:] in ("0", "1")) and not _imperfect_verb(w, gazetteer):
            f.end = k + 1
            taken.add(k)
    return found


def _introduced_name_pass(toks: list[Token], norms: list[str], found: list[_Found],
                          given: Callable[[str], bool] | None) -> list[_Found]:
    """A person named once in full and later by the surname alone ("وقال علي الأحمدي … وأضاف الأحمدي"): the
    recogniser found the surname but not the first mention. A given name right before another occurrence of
    that surname makes the full name, which the alias pass then links the short mentions to."""
    if given is None:
        return found
    surnames: dict[str, _Found] = {}
    for f in found:
        if f.type == "PER" and f.end - f.start == 1 and f.entity_id is None and f.cut == 0:
            w = norms[f.start]
            if len(w) >= 4 and w not in COMMON_GIVEN and not given(w):
                surnames.setdefault(w, f)
    if not surnames:
        return found
    owner = {i: f for f in found for i in range(f.start, f.end)}
    named = {(norms[f.start], norms[f.start + 1]): f for f in found if f.type == "PER" and f.end - f.start == 2
             and not f.cut}
    out = list(found)
    for i in range(1, len(norms)):
        short = surnames.get(norms[i])
        here = owner.get(i)
        if short is None or (here is not None and (here.start != i or here.end != i + 1 or here.cut)) \
                or i - 1 in owner or toks[i - 1].end + 1 < toks[i].start:
            continue
        if toks[i - 1].text in ("على", "وعلى"):  # the preposition, not the name علي
            continue
        for pre, stem in clitic_splits(norms[i - 1]):
            if pre in ("", "و", "ف", "ل", "ب") and given(stem):
                cut = _char_cut(toks[i - 1], len(pre)) if pre else 0
                same = named.get((stem, norms[i]))
                if here is not None:  # the surname found alone where the whole name stands
                    here.start, here.cut = i - 1, cut
                else:
                    here = _Found(i - 1, i + 1, "PER", short.actor, None, None, "model", cut=cut)
                    out.append(here)
                if same is not None:  # the same two words found as a name elsewhere: the same person
                    here.actor, here.canonical, here.entity_id, here.person = \
                        same.actor, same.canonical, same.entity_id, same.person
                owner[i - 1] = owner[i] = here
                break
    return out


def _lineage_pass(toks: list[Token], norms: list[str], date: str, reg: Registry, found: list[_Found]) -> list[_Found]:
    """A person named with the father's name ("عادل بن أحمد الجبير") is the registry person known by the given and
    family names alone ("عادل الجبير"), when the registry has exactly one person of that name."""
    for f in found:
        if f.type != "PER" or f.entity_id is not None or f.end - f.start < 4 or norms[f.start + 1] not in LINEAGE:
            continue
        first = _bare_first(toks, norms, f)
        family = norms[f.end - 2:f.end] if norms[f.end - 2] in ("ال", "آل") else norms[f.end - 1:f.end]
        if norms[f.end - len(family) - 1] in LINEAGE:
            continue  # "محمد بن سلمان" ends on the father's name: no family name to match
        people = [a for a in reg.find(" ".join([first, *family])) if a.kind == "person"]
        if len(people) == 1:
            who = people[0]
            f.canonical, f.entity_id, f.person = who.canonical, who.id, who
            code = who.code_on(date)
            if code and not (len(code) == 3 and (f.actor or "").startswith(code)):
                f.actor = code  # (a bare country keeps the role the title gave: "السفير عادل بن أحمد الجبير")
    return found


def _given_name_pass(norms: list[str], found: list[_Found]) -> list[_Found]:
    """A registry person found by the surname alone takes in the word before it when that word is another
    spelling of the person's given name ("نارندر مودي" for ناريندرا مودي)."""
    owner = {i: k for k, f in enumerate(found) for i in range(f.start, f.end)}
    drop: set[int] = set()
    for f in found:
        if f.person is None or f.end - f.start != 1 or f.start == 0 or f.cut:
            continue
        p = f.start - 1
        other = owner.get(p)
        if other is not None and (found[other].type != "PER" or found[other].end - found[other].start != 1
                                  or found[other].person is not None):
            continue
        for name in f.person.names:
            words = normalize(name).split()
            if len(words) >= 2 and words[-1] == norms[f.start] and _near_spelling(norms[p], words[0]):
                f.start = p
                if other is not None:
                    drop.add(other)
                break
    return [f for k, f in enumerate(found) if k not in drop]


def _nationality_name_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found],
                           stats: dict[str, str], gazetteer: dict[str, str]) -> list[_Found]:
    """"المحترف البولندي زوكالا", "مع الغاني مونتاري": a definite nisba adjective of a country followed by a word
    the news hardly uses (a foreign name no list knows) names a person of that country; a second such word is
    the rest of the name. Common words, verbs and words with the article are no names ("المنتخب السعودي يواجه",
    "الريال السعودي أمس")."""
    owner = {i: f for f in found for i in range(f.start, f.end)}
    out = list(found)

    def foreign(k: int) -> bool:
        if k >= len(norms) or k in owner:
            return False
        w = norms[k]
        if len(w) < 3 or not w[:1].isalpha() or w.startswith(("ال", "لل", "و", "ب", "ف")) or w in EDGE_STOP \
                or w in STOP or w in DEF_STOP or w in TITLE_TAIL or w in QUANTIFIERS or reg.find(w) \
                or reg.is_adjective(w) or _imperfect_verb(w, gazetteer) or _verb_form(w, gazetteer):
            return False  # ("الكينيين تجمعوا", "القوقاز الروسي مبايعة تنظيم": a verb and a verbal noun)
        flags = gazetteer.get(w, "")
        if flags and "P" not in flags and "F" not in flags:
            return False  # a place, an organisation or a title word
        digits = stats.get(w)
        return digits is None or digits[-1:] in ("0", "1")

    for i in range(len(norms) - 1):
        if i in owner or not norms[i].startswith("ال"):
            continue
        aend, iso = reg.adjective_at(norms, i)
        if iso is None or aend != i + 1:
            continue
        # (the name may stand in quotation marks: 'البائع العماني "أمجد"')
        q = i + 2 if i + 2 < len(norms) and norms[i + 1] == QUOTE else i + 1
        if not foreign(q):
            continue
        end = q + 1
        if foreign(end) and toks[end].start <= toks[end - 1].end + 1:
            end += 1
        if q > i + 1 and (end >= len(norms) or norms[end] != QUOTE):
            continue
        f = _Found(q, end, "PER", iso, None, None, "model")
        out.append(f)
        for k in range(q, end):
            owner[k] = f
    return out


@lru_cache(maxsize=1 << 16)
def _kinship_word(word: str) -> bool:
    """Whether a word is a kinship noun with its possessive, under some clitic reading (asked of every token)."""
    return any(stem in KINSHIP for _, stem in clitic_splits(word))


def _kinship_pass(toks: list[Token], norms: list[str], found: list[_Found], gazetteer: dict[str, str],
                  given: Callable[[str], bool] | None) -> list[_Found]:
    """"ونجله أحمد", "بجوار زوجها براد بيت": a kinship noun with its possessive names the person after it. The noun
    is no part of the name (a recogniser's span that starts with it loses it), and a given name right after it
    starts a person the recogniser missed, with the family name or the foreign surname after it."""
    owner = {i: f for f in found for i in range(f.start, f.end)}
    out = list(found)

    def kin(k: int) -> bool:
        return _kinship_word(norms[k])

    def name_word(k: int) -> bool:
        w = norms[k]
        return k < len(norms) and w[:1].isalpha() and w not in EDGE_STOP and w not in STOP \
            and w not in TITLE_TAIL and not _imperfect_verb(w, gazetteer)

    for f in found:
        if f.type == "PER" and f.origin == "model" and f.end - f.start >= 2 and kin(f.start):
            f.start, f.cut = f.start + 1, 0
    for i in range(len(norms) - 1):
        q = i + 1
        if i in owner or q in owner or not kin(i) or not name_word(q):
            continue
        w = norms[q]
        if not ((given is not None and given(w)) or "P" in gazetteer.get(w, "")):
            continue
        end = q + 1
        if end < len(norms) and end not in owner and name_word(end) and not _coordinated(norms[end], gazetteer) \
                and (norms[end] in PATRONYMIC or ({"P", "F"} & set(gazetteer.get(norms[end], "")))
                     or (norms[end].startswith("ال") and not nisba_like(norms[end]) and norms[end] not in DEF_STOP)):
            end += 1
            if norms[end - 1] in PATRONYMIC:
                end = end + 1 if end < len(norms) and end not in owner and name_word(end) else end - 1
        g = _Found(q, end, "PER", None, None, None, "model")
        out.append(g)
        for k in range(q, end):
            owner[k] = g
    return out


# Round 10: "والمجند مصطفى على،", "ومتابعة أحمد علي،": "علي" (Ali; the preposition على once normalised) before a
# punctuation mark ends a person's name, as a preposition needs its object after it (`_trailing_ali_pass`).
TRAILING_ALI = True
ALI = normalize("علي")
NAME_END_MARKS = frozenset((",", "،", ".", "؛", ";", ":", ")", '"'))


def _trailing_ali_pass(toks: list[Token], norms: list[str], found: list[_Found],
                       given: Callable[[str], bool] | None) -> list[_Found]:
    """A person's name followed by "علي" and a punctuation mark takes it in ("عبدالله الصادق علي،"); a given name
    of the curated list nobody has taken, followed so, is a person of two words ("مطر علي،"), "و" left out."""
    if not TRAILING_ALI:
        return found
    ends = {f.end: f for f in found if f.type == "PER" and f.origin in ("model", "alias")}
    taken = _covered(found)
    out = list(found)
    for i in range(1, len(norms) - 1):
        if norms[i] != ALI or norms[i + 1] not in NAME_END_MARKS or i in taken \
                or toks[i + 1].start - toks[i].end > 1:
            continue
        f = ends.get(i)
        if f is not None:
            f.end = i + 1
            taken.add(i)
            continue
        w = norms[i - 1]
        reading = next(((p, st) for p, st in clitic_splits(w) if p in ("", "و") and given is not None and given(st)),
                       None)
        if reading is None or (i - 1) in taken:
            continue
        out.append(_Found(i - 1, i + 1, "PER", None, None, None, "model",
                          cut=_char_cut(toks[i - 1], len(reading[0])) if reading[0] else 0))
        taken.update((i - 1, i))
    return out


# Round 10b: "الطفل علي الشوامرة", "وذكر علي مانع العمري": normalisation spells the name Ali like the preposition
# على, and the recogniser and the name rules stop at it; an article that writes the preposition with its final alif
# maqsura tells the two apart by the letter, so there "علي" written with yā' before name words is the name
# (`_spelled_ali_pass`).
SPELLED_ALI = True
ALI_RAW = ("علي", "وعلي")
ALA_RAW = frozenset(("على", "وعلى", "فعلى"))
KUNYA = frozenset(normalize(w) for w in ("أبو", "أبي", "أبا", "أم"))


def _name_word(w: str, gazetteer: dict[str, str], stats: dict[str, str]) -> bool:
    """Whether a word after "علي" reads as a name: one of the name lists' person words, or a word the news hardly
    uses that no list gives as a place, a body or a title ("الشوامرة"; unlike "الإعداد", "الرغم")."""
    if len(w) < 3 or w in STOP or w in DEF_STOP or w in EDGE_STOP or w in QUANTIFIERS or not w[:1].isalpha():
        return False
    bare = w[2:] if w.startswith("ال") else w
    flags = gazetteer.get(w, "") + gazetteer.get(bare, "")
    if "P" in flags or "F" in flags:
        return True
    if flags:
        return False
    digits = stats.get(bare)
    if digits is None and any(pre and (st in stats or st in gazetteer) for pre, st in clitic_splits(w)):
        return False  # "بحروق": a preposition on a word the news uses
    return digits is None or (len(digits) == 5 and int(digits[4]) <= 2)


def _spelled_ali_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found],
                      gazetteer: dict[str, str], stats: dict[str, str],
                      given: Callable[[str], bool] | None) -> list[_Found]:
    """"وكان الطفل علي الشوامرة", "الطفلة سارة علي الزهراني": in an article that writes the preposition "على" with
    alif maqsura at least once, "علي" written with yā' and followed by one to three name words (`_name_word`, "بن"
    and the word after it) is the name Ali starting a person; a given name or a kunya ("أبو") right before it
    belongs to the name. People the recogniser found inside the span are taken into it; a span that would cut
    another mention is left. A nisba adjective just before gives the country ("الطفل الأردني علي …"), as it does
    for the recogniser's people."""
    if not SPELLED_ALI or not any(t.text in ALA_RAW for t in toks):
        return found
    owner = {i: f for f in found for i in range(f.start, f.end)}
    drop: set[int] = set()
    out = list(found)
    n = len(norms)
    table = role_table()
    for i in range(n - 1):
        if toks[i].text not in ALI_RAW or (i in owner and owner[i].type != "PER"):
            continue
        j = i + 1
        while j < n and j - i <= 3 and toks[j].start <= toks[j - 1].end + 1:
            if norms[j] in PATRONYMIC and j + 1 < n and j - i <= 2 and _name_word(norms[j + 1], gazetteer, stats):
                j += 2
            elif _name_word(norms[j], gazetteer, stats) and not norms[j].startswith("و") \
                    and norms[j] not in TITLE_HEAD and norms[j] not in TITLE_TAIL and table.title_at(norms, j) is None:
                j += 1
            else:
                break
        if j == i + 1:
            continue
        a = i
        if i > 0 and toks[i].text == "علي" and toks[i].start <= toks[i - 1].end + 1 and (
                (given is not None and given(norms[i - 1])) or norms[i - 1] in KUNYA):
            a = i - 1
        inside = {id(owner[k]) for k in range(a, j) if k in owner}
        parts = [f for f in found if id(f) in inside]
        if any(f.type != "PER" or f.start < a or f.end > j or f.entity_id for f in parts) \
                or (i in owner and owner[i].start <= a and owner[i].end >= j):
            continue  # a mention reaching out of the span, one that is not an unknown person, or the name found whole
        drop |= inside
        cut = 1 if toks[a].text.startswith("و") and norms[a][1:] in (ALI, *KUNYA) else 0
        iso = next((c for k in (a - 1, a - 2) if k >= 0 and (r := reg.adjective_at(norms, k))[0] == a
                    and (c := r[1]) is not None), None)
        f = _Found(a, j, "PER", iso, None, None, "model", None, _char_cut(toks[a], cut) if cut else 0)
        out.append(f)
        for k in range(a, j):
            owner[k] = f
    return [f for f in out if id(f) not in drop]


def _trailing_title_pass(norms: list[str], found: list[_Found], gazetteer: dict[str, str]) -> list[_Found]:
    """"ونجله أحمد وزعيم التمرد …": a recogniser's person never ends with "و" + a title word, the start of the next
    person's description."""
    for f in found:
        if f.type != "PER" or f.origin != "model" or f.end - f.start < 2:
            continue
        if _and_title(norms[f.end - 1], gazetteer):
            f.end -= 1
    return found


def _and_title(w: str, gazetteer: dict[str, str]) -> bool:
    """"وزعيم", "ووزير": "و" + a title word, which starts the next person's description."""
    flags = gazetteer.get(w[1:], "")
    return w.startswith("و") and len(w) > 3 and "T" in flags and not {"P", "F"} & set(flags) \
        and not {"P", "F"} & set(gazetteer.get(w, ""))


def _given_family_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found],
                       given: Callable[[str], bool] | None) -> list[_Found]:
    """"وقال كل من فيصل المعيقل …", "يواصل المدافع أسامة المولد …": a given name of the curated list followed by a
    definite word the news hardly uses (a family name: "المعيقل", "السواط"; unlike "العام", "الجديد") is a person
    the recogniser missed, with "و" left out of the span. The preposition على, spelled like علي once
    normalised, is no name."""
    if given is None:
        return found
    taken = _covered(found)
    out = list(found)
    place_end = {f.end for f in found if f.type in ("GPE", "LOC", "ORG")}
    table = role_table()
    for i in range(len(norms) - 1):
        if i in taken or i + 1 in taken:
            continue
        reading = next(((p, st) for p, st in clitic_splits(norms[i]) if p in ("", "و") and given(st)), None)
        if reading is None or toks[i].text.endswith("ى"):
            continue
        fam = norms[i + 1]
        # after a title and the body or place it names ("مدير عام فرع وزارة الزراعة بمنطقة حائل سعد المطيري"), a
        # family name of the nisba form may be one the news uses often
        titled = reading[0] == "" and i in place_end and nisba_like(fam) and not fam.endswith("يه") and any(
            (h := table.title_at(norms, k)) is not None and k + h.length <= i for k in range(max(0, i - 10), i))
        if fam in EDGE_STOP or fam in TITLE_TAIL or fam in DEF_STOP or len(fam) < 5 \
                or not (titled or _rare_family(fam)) \
                or reg.adjective_at(norms, i + 1)[1] is not None or reg.find(fam) \
                or toks[i + 1].start > toks[i].end + 1:
            continue
        out.append(_Found(i, i + 2, "PER", None, None, None, "model", None,
                          _char_cut(toks[i], len(reading[0])) if reading[0] else 0))
        taken |= {i, i + 1}
    return out



# The second word of compound given names ("بدر الدين", "عبد الله" written apart): part of the given name.
GIVEN_TAILS = frozenset(normalize(w) for w in ("الدين", "الله", "الرحمن"))
# Round 14: a person the recogniser cut after his given names ("ماجد" of "ماجد الهديان", "سالم عياد" of "سالم عياد
# الشمري", "فهد بن عامر" of "فهد بن عامر القحيصي") takes in the family name after them: a definite word the news
# hardly uses, or one of the nisba form Gulf family names take ("المطيري", "البدري"), that is no country's adjective,
# no registry name, no title or time word, and no feminine noun ("فلانة الباحثة": her job) (`_family_tail_pass`,
# after the passes that lengthen people's names).
FAMILY_TAIL = True
ORDINALS = ORDINAL_WORDS  # "الثاني" after a name is its place in a line, no family name


def _family_tail_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found]) -> list[_Found]:
    """"وقال ماجد الهديان المتحدث …": a person found without an entity, up to four words none of them definite
    (given and father's names, بن), runs over the family name right after it (see FAMILY_TAIL)."""
    if not FAMILY_TAIL:
        return found
    taken = _covered(found)
    for f in found:
        if f.type != "PER" or f.entity_id is not None or f.end >= len(norms) or f.end in taken:
            continue
        words = norms[f.start:f.end]
        if any(w.startswith("ال") and w not in GIVEN_TAILS for w in words) or len(words) > 4:
            continue  # (given and father's names, بن: no family name yet)
        fam = norms[f.end]
        if not fam.startswith("ال") or len(fam) < 5 or fam in EDGE_STOP or fam in TITLE_TAIL or fam in DEF_STOP \
                or fam in ORDINALS or fam.endswith("ه") or toks[f.end].start > toks[f.end - 1].end + 1:
            continue
        if not (_rare_family(fam) or nisba_like(fam)) or reg.adjective_at(norms, f.end)[1] is not None \
                or reg.find(fam):
            continue
        f.end += 1
        taken.add(f.end - 1)
    return found



def _country_surname_pass(toks: list[Token], norms: list[str], found: list[_Found],
                          given: Callable[[str], bool] | None) -> list[_Found]:
    """"رئيس الشرطة بدر الدين هايتي": a country's name right after a person named by a given name alone is the
    person's family name, not the country (Haiti, Chad, Jordan are family names too). The person must be a given
    name (with a compound's second word) the recogniser found, and the country a bare word with no clitic and no
    article: in "زار بوتين تركيا" the person is named by a family name, so the country stays."""
    if given is None:
        return found
    countries = {f.start: f for f in found if f.type == "GPE" and f.end == f.start + 1 and not f.cut
                 and f.entity_id is not None and len(f.entity_id) == 3 and f.entity_id.isupper()}
    drop: set[int] = set()
    out: list[_Found] = []
    for f in found:
        c = countries.get(f.end)
        if (f.type == "PER" and f.entity_id is None and c is not None and f.end - f.start <= 2
                and toks[c.start].start == toks[f.end - 1].end + 1 and not norms[c.start].startswith("ال")
                and any(given(st) for p, st in clitic_splits(norms[f.start]) if p in ("", "و"))
                and all(norms[k] in GIVEN_TAILS or given(norms[k]) for k in range(f.start + 1, f.end))):
            out.append(_Found(f.start, c.end, "PER", f.actor, None, None, f.origin, None, f.cut, f.role))
            drop.add(c.start)
            continue
        out.append(f)
    return [f for f in out if not (f.type == "GPE" and f.start in drop and f.end == f.start + 1)]


# Round 15: a person the recogniser cut before the last word of the name ("ماريك" of "ماريك دوبرافسكي", "سالم بن
# راشد" of "سالم بن راشد زعبل"), with no definite word in it yet, takes that word in when it reads as a family or a
# foreign name: no article, a word the news hardly uses and hardly ever with the article, no verb's form (a future's
# "س", a derived verb's past), no clitic or possessive on a word the news uses, no title, rank, stop word, kinship
# noun, country's adjective or registry name, touching the span (`_name_tail_pass`, after `_first_name_pass`).
NAME_TAIL = True
# possessive and object pronouns ending a word: no name word
OBJECT_SUFFIXES = ("هم", "هما", "هن", "كم", "ها")


def _clitic_word(w: str, stats: dict[str, str]) -> bool:
    """"وسعود", "لغضبه", "بالمنطقة", "بخلق": a conjunction or a preposition before a word the news uses (with a
    possessive "ه" or not); a foreign name may start with the same letter ("بارتليت")."""
    if w[:1] in ("ب", "ل", "ك", "ف") and (w[1:2] == "م" or _used(w[1:], stats)):
        return True  # no foreign name starts "بم", "لم": a preposition and a participle or a noun ("بمقاضاة")
    pre, stem = strip_clitics(w)
    if not pre:
        return False
    if "و" in pre or stem.startswith("ال"):
        return True
    return any(_used(x, stats) for x in (stem, stem[:-1] if stem.endswith("ه") else ""))


def _left_out_word(k: int, toks: list[Token], norms: list[str], reg: Registry, gazetteer: dict[str, str],
                   stats: dict[str, str]) -> bool:
    """Whether the word at k can be the last word of a person's name the recogniser left out (see NAME_TAIL): a
    bare word the news hardly uses and hardly ever with the article, as family names and foreign names are."""
    w = norms[k]
    if len(w) < 3 or not w.isalpha() or w.startswith(("ال", "لل")) or w in EDGE_STOP or w in STOP \
            or w in DEF_STOP or w in TITLE_TAIL or w in TITLE_HEAD or w in QUANTIFIERS or w in PATRONYMIC \
            or _and_title(w, gazetteer) or _verb_form(w, gazetteer) or _imperfect_verb(w, gazetteer) \
            or any(stem in KINSHIP for _, stem in clitic_splits(w)) or reg.find(w) or reg.is_adjective(w):
        return False
    digits = stats.get(w)
    if digits is not None and (digits[-1:] not in ("0", "1") or digits[:1] not in ("0", "1")):
        return False  # a word the news uses, or one it mostly writes with the article (a noun, an adjective)
    if "P" in gazetteer.get(w, "") or "F" in gazetteer.get(w, ""):
        return True
    pronoun = toks[k].text.endswith("ه") and w.endswith("ه")  # a possessive, not a ta marbuta
    return not (_clitic_word(w, stats) or w.endswith(OBJECT_SUFFIXES) or (pronoun and _used(w[:-1], stats))
                or (w[:1] == "س" and w[1:2] in ("ي", "ت", "ن")) or (w[:1] == "ا" and w[-1:] == "ت" and len(w) >= 5))


def _used(w: str, stats: dict[str, str]) -> bool:
    """A word the news uses (its frequency bucket above the lowest two)."""
    return stats.get(w, "")[-1:] not in ("", "0", "1")


def _name_tail_pass(toks: list[Token], norms: list[str], reg: Registry, found: list[_Found],
                    gazetteer: dict[str, str], stats: dict[str, str]) -> list[_Found]:
    """"وقال فان دي بيرخ" found as "فان دي", "المهندس سالم بن راشد زعبل" found as "سالم بن راشد": a person the
    recogniser found, with no entity, up to three words and no definite word among them, runs over the last word
    of the name it left out, right after it (see NAME_TAIL)."""
    if not NAME_TAIL:
        return found
    taken = _covered(found)
    # the last words of longer names: "كارتر" after "آشتون كارتر" is a surname standing alone
    surnames = {norms[f.end - 1] for f in found if f.type == "PER" and f.end - f.start >= 2}
    for f in found:
        k = f.end
        if f.type != "PER" or f.origin != "model" or f.entity_id is not None or f.end - f.start > 3 \
                or k >= len(norms) or k in taken or toks[k].start != toks[k - 1].end + 1 \
                or (k - f.start == 1 and norms[f.start] in surnames):
            continue
        # a name with its family name (a definite word) is whole ("مشعل الراشد قديما")
        if any(w.startswith("ال") for w in norms[f.start:k]) or not _left_out_word(k, toks, norms, reg, gazetteer,
                                                                                   stats):
            continue
        f.end = k + 1
        taken.add(k)
    return found
