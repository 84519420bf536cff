"""Who acts: the subject of a trigger, found in the words around it.

`_subject_after` (VSO) walks past the verb over adverbs, title words, the head of a construct ("سفارة
الصين"), quantifiers ("عدد من X"), member nouns ("عناصر من X") and a head of two plain words to the actor;
an office title gives the body it speaks for (`_office_body`), an envoy the name after his post, member
states their body. `_subject_before` (SVO) takes the actor that ends the subclause before the verb, not
the object of a preposition nor a dateline's agency. Around them: where the subject phrase ends
(`_subject_end`, `_comma_after_subject`); a construct chain after a verb with an object pronoun
(`_chain_subject`); a count of people (`_counted_people`); the speaker a pronoun stands for
(`_speaker_of_pronoun`); a clause that names a subject the entities stage could not code
(`_named_after_head`, `_unknown_next`); the parties a deed is done for (`_on_behalf`); a deed noun as
subject and its owner (`_event_noun_after`, `_deed_owner`); a passive and its agent (`_after_passive_aux`,
`_passive_agent`); a first actor that is an object, not the sentence's subject (`_disagrees`,
`_after_pp_noun`). Round 18e: an office whose phrase names no coded body, then a rank ("اللواء", "الدكتور") and a
coded name, is held by that name (`_ranked_holder`).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.events import switches
from marsad.events.actors import Group, construct_head, role_words
from marsad.events.clauses import PUNCT, QUOTE, TITLE_DOT, Sentence
from marsad.events.cues import Cues
from marsad.events.lexicon import Analysis, Lexicon, lexicon
from marsad.events.syntax import (
    FORCE_ROOTS,
    ONE_SIDED,
    PRONOUN_COMPLEMENTIZERS,
    PRONOUN_PPS,
    QUANTIFIERS,
    TIME_WORDS,
    WINDOW,
    _after_noun,
    _bare,
    _dateline,
    _in_pp,
    _is_place,
    _prefixed,
    _with_preposition,
)

ENVOYS = frozenset({"المبعوث", "مبعوث", "المندوب", "مندوب", "السفير", "سفير", "الممثل", "ممثل", "المنسق", "منسق"})
# a person named only as one of a body's staff or sources, normalised ("موظف في وزارة", "مصدر في الخارجية"):
# no office title, so `_office_body` does not read them (round 16a)
STAFF = frozenset({"موظف", "موظفه", "موظفو", "موظفون", "موظفين", "مصدر", "مصادر", "عضو", "اعضاء"})
ENVOY_MODS = frozenset({"الاممي", "الدولي", "الخاص", "الشخصي", "الدائم", "العربي", "الاوروبي", "الامريكي", "الاميركي"})


def _subject_after(s: Sentence, i: int, cue: Cues) -> Group | None:
    """The actor right after a verb (VSO): past adverbs and title words may stand between ("زعيم كوريا…")."""
    j, skipped, loose = i + 1, 0, 0
    while j < len(s.tokens) and skipped <= 5:
        if j in s.unknown:
            # "وقال بيتر هولم رئيس شعبة الإحصاء في الأمم المتحدة": a name we cannot code, then his office in a body
            k = j
            while k < len(s.norms) and k in s.unknown:
                k += 1
            body = _office_body(s, k, cue) if switches.NAMED_OFFICE and k < len(s.norms) and s.norms[k] in cue.offices else None
            return body  # else a name the entities stage could not code: someone we cannot name
        g = s.group_starting(j)
        if g is not None:
            if g.is_adjective:
                # "شنت مقاتلات تركية غارات": a plain noun and its nisba adjective name the actor's side
                plain = j - 1 > i and s.group_at[j - 1] < 0 and s.tokens[j - 1].is_word \
                    and s.norms[j - 1] not in TIME_WORDS
                return g if plain and j - i - 1 <= 4 else None
            if loose and g.head.kind != "PER":
                return None
            return g
        w = s.norms[j]
        if w in cue.offices:
            body = _office_body(s, j, cue)
            if body is not None:
                return body
            holder = _ranked_holder(s, j, cue) if switches.RANKED_HOLDER else None
            if holder is not None:
                return holder  # "أعرب مدير عام الإدارة اللواء X": the office's body is uncoded, its holder is not
        if switches.STAFF_SPEAKER and skipped == 0 and w in STAFF:
            body = _staff_body(s, j)
            if body is not None:
                return body
        if switches.ENVOY_TO and w.lstrip("و") in ENVOYS:
            # "وصل المبعوث الأممي إلى ليبيا كريم العلوي": the envoy's post, then his name
            k = j + 1
            while k < len(s.norms) and s.norms[k] in ENVOY_MODS:
                k += 1
            if k + 1 < len(s.norms) and s.norms[k] in ("الي", "لدي"):
                post = s.group_starting(k + 1)
                k = post.t1 if post is not None else k + 2
            named = s.group_starting(k) if k < len(s.norms) else None
            if named is not None and named.head.kind == "PER":
                return named
        if switches.MEMBER_STATES and skipped == 0:
            k = j  # "وزراء خارجية دول مجلس التعاون": the ministers of a body's member states act as the body
            while k < len(s.norms) and k - j < 4 and s.group_at[k] < 0 and (
                    construct_head(s.norms[k]) or s.norms[k] in ("دول", "دوله", "ودول")):
                k += 1
            body = s.group_starting(k) if k > j and k < len(s.norms) else None
            if body is not None and body.head.code.startswith("IGO") and "دول" in s.norms[j:k]:
                return body
        if construct_head(w) and j + 1 < len(s.norms) and j + 1 not in s.unknown and (
                s.group_starting(j + 1) is not None or (
                    _bare(s.norms[j + 1]) in cue.place_heads and s.group_starting(j + 2) is not None)):
            j += 1  # "أهالي محافظة X", "سفارة الصين": the head of the construct whose genitive names the actor
            skipped += 1
            continue
        if w in QUOTE or w == TITLE_DOT or w in cue.skippers or (j == i + 1 and w in PRONOUN_PPS):
            j += 1  # "تتهم فيها موسكو…", "قال له الرئيس": a pronoun object of a preposition before the subject
            skipped += 1
            continue
        if w == "كل" and j + 1 < len(s.norms) and s.norms[j + 1] == "من":  # "فرضها كل من الأمم المتحدة والغرب"
            j += 2
            skipped += 2
            continue
        if (w in QUANTIFIERS or w.isdigit()) and j + 2 < len(s.norms) and s.norms[j + 1] == "من" \
                and s.group_starting(j + 2) is not None:
            j += 2  # "طلب عدد من المشرعين", "نفذ أكثر من ألف من المعتصمين": a part of the actor acts for it
            skipped += 2
            continue
        if w in cue.members and loose < 3:
            # "عناصر من جبهة النصرة", "الطيران التابع للنظام السوري": the members' side is the actor
            k = j + 1
            while k < len(s.norms) and k <= j + 3 and s.group_starting(k) is None:
                if s.norms[k] not in ("من", "في") and s.norms[k] not in cue.members and not _nisba_next(s, k) \
                        and s.norms[k] not in QUOTE and not (switches.BRACKETED_NAME and s.norms[k] in ("(", "«")) \
                        and not (switches.WEAPON_MEMBERS and s.norms[k] in cue.agent_modifiers):
                    break
                k += 1
            g = s.group_starting(k)
            if g is not None:
                return g
        # a title phrase the entities stage left outside a name: "زعيم كوريا الشمالية كيم جونغ أون"
        if loose < 3 and s.tokens[j].is_word and w not in cue.prepositions and w not in cue.complementizers \
                and w not in PUNCT and not w.startswith(("ب", "ل")) and (skipped > 0 or _nisba_next(s, j) or (
                    switches.TWO_WORD_HEAD and j == i + 1 and j + 1 < len(s.norms) and s.group_at[j + 1] < 0
                    and s.norms[j + 1].startswith("ال") and _nisba_next(s, j + 1))):
            # "أعلنت أجهزة الأمن الروسية": a head of two words before the nisba
            j += 1
            skipped += 1
            loose += 1
            continue
        return None
    return None


def _subject_before(s: Sentence, i: int, cue: Cues) -> Group | None:
    sub_start = s.subs[s.sub_of[i]][0]
    j = i - 1
    while j >= sub_start and (s.norms[j] in QUOTE or s.norms[j] in ("قد", "لقد", "كانت", "كان", "ما", "زالت", "تزال",
                                                                       "يزال", "ظلت", "ظل", "اذ")):
        j -= 1
    for k in range(sub_start, i):  # "وكانت تركيا العضو في الحلف قد رفضت": the subject follows كان
        if s.norms[k] in cue.background_openers:
            g = s.group_starting(k + 1)
            if g is not None and not g.is_adjective:
                return g
    if j < sub_start:
        return None
    g = s.group_ending(j)
    if g is None and switches.CONJUNCT_SUBJECT:
        # "سفن حربية فرنسية وزوارق مطاطية تجوب السواحل": an uncoded conjunct after the coded one
        k = next((k for k in range(j, max(sub_start, j - 3) - 1, -1) if s.norms[k].startswith("و")), -1)
        if k > sub_start and all(s.group_at[m] < 0 and s.tokens[m].is_word and s.norms[m] not in PUNCT
                                 and s.norms[m] not in cue.relatives and s.norms[m] not in cue.complementizers
                                 and not (len(s.norms[m]) > 3 and s.norms[m][0] in "بل")  # "بصاروخ": an adjunct
                                 for m in range(k, j + 1)) and s.norms[k] not in ("و", "وقد", "وكان", "وكانت"):
            g = s.group_ending(k - 1)
    if g is not None and g.lead is not None and g.lead.t0 >= sub_start:
        g = g.lead  # "أوباما ونظيره التركي أردوغان اتفقا": the coordination, from its first actor
    if switches.OFFICE_SUBJECT and g is not None and g.t0 > sub_start and _in_pp(s, g, cue) and any(
            s.norms[k] in cue.offices and _office_body(s, k, cue) is g for k in range(max(sub_start, g.t0 - 4), g.t0)):
        return g  # "الأمين العام لمجلس التعاون الخليجي يجتمع…": the title acts for the body named after it
    if g is not None and g.t0 >= sub_start and not _in_pp(s, g, cue):
        if _dateline(s, g):
            return None
        if not g.is_adjective:
            return g
        # "المقاتلات التركية قصفت": a plain noun with its nisba adjective
        k = g.t0 - 1
        if k >= sub_start and s.group_at[k] < 0 and s.tokens[k].is_word and s.norms[k] not in cue.prepositions \
                and s.norms[k] not in cue.complementizers and (k == sub_start or s.norms[k - 1] not in cue.prepositions):
            return g
    return None


def _subject_end(s: Sentence, i: int, subject: Group | None, cue: Cues) -> int:
    """Where the subject phrase after a verb ends: its group, or the comma closing its apposition."""
    if subject is None or subject.t0 < i or not any(g is subject for g in s.groups):
        return i + 1  # a subject carried on from an earlier sentence has no place in this one
    seg_end = s.segments[s.seg_of[i]][1]
    if _comma_after_subject(s, i, seg_end, cue):
        return seg_end
    j = subject.t1
    n = len(s.norms)
    # "الممثلة الفرنسية المعتزلة بريجيت باردو", "محمد بن سلمان ولي ولي العهد … وزير الدفاع، اليوم": the
    # subject's own name, titles and time words come before its object
    while j < seg_end and not _other_actor_at(s, j, subject) and (
            j in s.unknown or s.norms[j] in cue.skippers or s.norms[j] in TIME_WORDS
                           or s.norms[j] in QUOTE or s.norms[j] in ("(", ")", ",")
                           or (j + 1 < n and (j + 1 in s.unknown or s.norms[j + 1] in cue.skippers
                                              or s.norms[j + 1] == ",")
                               and s.norms[j] not in cue.prepositions and s.group_at[j] < 0)):
        j += 1
    return j


def _comma_after_subject(s: Sentence, i: int, seg_end: int, cue: Cues) -> bool:
    """The clause of a verb ends with a comma right after its subject phrase, the object following it."""
    if seg_end >= len(s.norms) or s.norms[seg_end - 1] != "," or s.seg_of[i] != s.seg_of[seg_end - 1]:
        return False
    first = next((g for g in s.groups if i < g.t0 < seg_end), None)
    if first is None or first.t0 > i + 4:
        return False
    plain = [w for w in s.norms[first.t1 : seg_end - 1] if w not in cue.skippers and w not in TIME_WORDS]
    if len(plain) > 7:
        return False  # a title apposition ("ولي ولي العهد … وزير الدفاع") is long but made of title words
    between = s.norms[first.t1 : seg_end - 1]
    if any((w in cue.prepositions and w not in ("لدي", "في")) or w in cue.complementizers for w in between):
        return False
    nxt = s.norms[seg_end]
    readings = lexicon().analyse(nxt)
    if readings and not (switches.COMMA_OBJECT and all(a.tense == "noun" for a in readings)):
        # "…، منددة بـ": a new clause; a masdar is the object ("أبدى رئيس الغرفة …، استعداد الغرفة") (round 15c)
        return False
    return not (nxt[:1] in ("و", "ف") or nxt in cue.clause_openers or nxt in cue.complementizers
                or nxt in PUNCT or nxt in QUOTE)


def _other_actor_at(s: Sentence, j: int, subject: Group) -> bool:
    """Another actor starts at j ("انتقد المدافعون عن البيئة وزارة المالية"): the object, not a title of the
    subject's apposition."""
    g = s.group_starting(j)
    return g is not None and g.head.code != subject.head.code


def _staff_body(s: Sentence, j: int) -> Group | None:
    """The body a staff word at j belongs to: "موظف في إدارة المساعدة في وزارة الشؤون الاجتماعية", "مصدر
    بوزارة الخارجية"; a place is no body ("مصدر في المدينة"), nor a body named past a comma."""
    k = j + 1
    if k < len(s.norms) and s.norms[k] in ("في", "ب", "لدي"):
        k += 1
    elif not (k < len(s.norms) and s.norms[k][:1] == "ب" and s.group_starting(k) is not None):
        return None
    g = s.group_starting(k)
    if g is None or g.is_adjective or g.head.kind in ("GPE", "LOC", "PER"):
        return None
    return g


def _office_body(s: Sentence, j: int, cue: Cues) -> Group | None:
    """The body an office title at j speaks and acts for ("المتحدث الرسمي لوزارة الداخلية", "المتحدث باسم
    الخارجية", "مدير التعليم بجازان"); an official of a place is its government."""
    from marsad.events.actors import Mention

    plain = 0
    links = sum(1 for w in s.norms[j + 1 : j + 4] if w in cue.office_links) if switches.OFFICE_REACH else 0
    for k in range(j + 1, min(len(s.norms), j + 5 + links)):  # "مسؤول بارز في خفر السواحل اليونانية"
        g = s.group_starting(k)
        if g is not None and switches.NAMED_OFFICE and plain == 1 and g.head.kind == "people" and g.t1 == k + 1:
            g = None  # "رئيس شعبة السكان": people named by what they are, here the genitive of the office's field
        if g is not None:
            if not (_prefixed(s, g) or s.norms[k - 1] in cue.office_links or k == j + 1 or (
                    switches.OFFICE_REACH and g.is_adjective and plain > 0)):  # "في خفر السواحل الماليزية": the body's nisba
                return None
            head = g.head
            state_body = switches.OFFICE_REACH and g.is_adjective and plain > 0 and len(head.code) == 3
            if (head.kind not in ("GPE", "LOC") or len(head.code) != 3) and not state_body:
                return g
            # "مدير التعليم بجازان": the title names the official; the place, whose government he serves; so does
            # an official of a body named by its field and nisba ("مسؤول في خفر السواحل الماليزية")
            a, b = s.tokens[j].start, s.tokens[g.t1 - 1].end
            text = s.span.text[a - s.span.start : b - s.span.start]
            return Group([Mention(a, b, text, head.code + "GOV", None, "ORG", j, g.t1)], j, g.t1)
        w = s.norms[k]
        if k in s.unknown or not s.tokens[k].is_word:
            return None
        if w in cue.office_links or w in cue.place_heads or _bare(w) in cue.place_heads:
            continue  # "مدير شرطة منطقة الرياض": the region's head noun
        # one plain noun of the office's field between ("مدير التعليم", "مدير عام شرطة"), or a construct of two
        # ("رئيس شعبة الإحصاء في الأمم المتحدة")
        if w in cue.prepositions or w in cue.complementizers or w[:1] in "بل" or plain > 1 or (
                plain == 1 and not (switches.NAMED_OFFICE and w.startswith("ال") and not s.norms[k - 1].startswith("ال"))):
            return None
        plain += 1
    return None


# a rank or academic title right before a name: the office phrase before it has ended and the name holds it
RANKS = frozenset({"اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "الدكتور", "د", "المهندس",
                   "الشيخ", "الاستاذ"})
HOLDER_REACH = 8  # words of an office phrase ("المدير العام للشؤون المالية بالبلدية") before the rank


def _ranked_holder(s: Sentence, j: int, cue: Cues) -> Group | None:
    """The coded person an office title at j names after its phrase and a rank ("مدير عام المرور اللواء X",
    "المدير العام للشؤون المالية في الولاية الدكتور X"), when the phrase names no coded body: a rank closes the
    title phrase, so the name after it is the holder, not the verb's object (round 18e)."""
    for k in range(j + 1, min(len(s.norms) - 1, j + 1 + HOLDER_REACH)):
        w = s.norms[k]
        if w in RANKS:
            g = s.group_starting(k + 1)
            return g if g is not None and g.head.kind == "PER" else None
        if s.group_at[k] >= 0 or k in s.unknown or not s.tokens[k].is_word or w in QUOTE \
                or w in cue.complementizers or w in cue.relatives or (w in cue.prepositions and w != "في"):
            return None  # an actor, a name, a pause or a new phrase: the title has ended without a rank
    return None


def _nisba_next(s: Sentence, j: int) -> bool:
    """The next word opens a group with a nisba adjective ("الزعيم الكوري الشمالي كيم جونج أون")."""
    g = s.group_starting(j + 1)
    return g is not None and (g.is_adjective or min(g.members, key=lambda m: m.t0).kind == "nisba")


def _named_after_head(s: Sentence, i: int, cue: Cues) -> bool:
    """A verb opening a sentence or following a clause opener, then a definite noun, names its own subject
    ("ورفض المؤتمر…", "فيما يهدد القتال…"); a verb joined by و mid-sentence keeps the one before."""
    j = i + 1
    if j >= len(s.norms) or s.group_at[j] >= 0:
        return False
    w = s.norms[j]
    if (w.startswith("ال") and w.endswith("ون") and len(w) > 5) or (
            _bare(w) in cue.members and w.lstrip("وف")[:1] not in "بلك"):  # "وأشاد بمقاتلي…": an object
        return True  # "وحمل المختصون…", "حاصره رجال الأمن": a nominative plural or a force is the subject
    if i > 0 and s.norms[i - 1] in cue.relatives and not w.startswith("ال") and w not in cue.prepositions \
            and s.tokens[j].is_word and w not in cue.skippers:
        return True  # "التي تشنها جماعات مسلحة": an indefinite subject inside a relative clause
    opened = i > 0 and s.norms[i - 1] in cue.clause_openers and s.norms[i][:1] not in ("و", "ف")
    if any(s.tokens[k].is_word and s.norms[k] not in QUOTE for k in range(0, i)) and not opened:
        return False
    if (w in cue.people or _bare(w) in cue.people) and not (switches.PEOPLE_OBJECT and _with_preposition(w)):
        return True  # "دعا أبناء المكلا…": people named without a code; "التقى بعدد من…" names its object
    return w.startswith("ال") and w not in cue.skippers and w not in TIME_WORDS


def _unknown_next(s: Sentence, i: int) -> bool:
    j = i + 1
    while j < len(s.norms) and s.norms[j] in QUOTE:
        j += 1
    return j in s.unknown


def _head_noun_between(s: Sentence, i: int, g: Group) -> bool:
    return any(s.tokens[k].is_word and s.group_at[k] < 0 for k in range(i + 1, g.t0))


def _chain_subject(s: Sentence, i: int, cue: Cues) -> Group | None:
    """After a verb whose object is a pronoun, the actor ending a chain of up to three plain nouns in construct
    ("وسائل إعلام النظام السوري", "عناصر تنظيم داعش", "قطعان من المستوطنين الإسرائيليين"): the subject."""
    j, words = i + 1, 0
    while j < len(s.norms) and words <= 3:
        g = s.group_starting(j)
        if g is not None:
            return g if words > 0 else None
        w = s.norms[j]
        if not s.tokens[j].is_word or j in s.unknown or w in TIME_WORDS or w.isdigit():
            return None
        if w == "من" and words > 0:  # "قطعان من المستوطنين": a part of them
            j += 1
            continue
        if w in cue.prepositions or w in cue.complementizers or w in cue.relatives or w in cue.skippers \
                or w in ("و", "ف", "او", "ثم"):
            return None
        if w.startswith(("ال", "بال", "لل", "كال")):
            # a definite noun only right before its nisba ("المستوطنين الإسرائيليين")
            nxt = s.group_starting(j + 1)
            return nxt if words > 0 and w.startswith("ال") and nxt is not None and nxt.is_adjective else None
        words += 1
        j += 1
    return None


def _counted_people(s: Sentence, i: int, near: Group, cue: Cues) -> Group | None:
    """A count of people right after the verb ("أكثر من ألف شخص", "نحو 200 مواطن", "عشرات الأهالي"): its
    subject, the civilians of the country of the actor the clause is about."""
    from marsad.events.actors import Mention

    j = i + 1
    if j >= len(s.norms) or not (s.norms[j] in QUANTIFIERS or s.norms[j].isdigit()):
        return None
    for k in range(j + 1, min(len(s.norms), j + 4)):
        w = s.norms[k]
        if s.group_at[k] >= 0:
            g = s.group_starting(k)  # "وطالب بعض الأهالي": people the generic actors name
            return g if g is not None and g.head.kind == "people" else None
        if not s.tokens[k].is_word:
            return None
        if w in cue.civilians or _bare(w) in cue.civilians or "ال" + _bare(w) in cue.civilians:
            tok = s.tokens[k]
            m = Mention(tok.start, tok.end, tok.text, near.head.country + "CVL", None, "people", k, k + 1)
            return Group([m], k, k + 1)
        if not (w == "من" or w.isdigit() or w in QUANTIFIERS or w in ("الف", "الاف", "مئات", "عشرات", "مئه", "مائه")):
            return None
    return None


def _speaker_of_pronoun(s: Sentence, i: int, cue: Cues) -> Group | None:
    """After "قال X إنه/بأنها": X, the subject of the report verb the pronoun stands for."""
    sub_start = s.subs[s.sub_of[i]][0]
    if i != sub_start + 1 or s.sub_opener[s.sub_of[i]] not in PRONOUN_COMPLEMENTIZERS:
        return None
    for k in range(sub_start - 1, max(0, sub_start - 10) - 1, -1):
        w = s.norms[k]
        if w in cue.report_verbs or (switches.REPORT_AFTER_AND and len(w) > 3 and w[0] in "وف" and w[1:] in cue.report_verbs):
            # "وأعلن الجيش أنه قتل…": the report verb after و
            return _subject_after(s, k, cue) or _subject_before(s, k, cue)
    return None


def _resumed(s: Sentence, i: int, an: Analysis, cue: Cues) -> bool:
    """The verb opens a relative clause on the indefinite noun right before it, which its pronoun takes up
    ("مؤتمر صحافي عقده", "بيانا أكدت فيه"), and names no subject of its own."""
    if i < 1 or s.group_at[i - 1] >= 0 or not s.tokens[i - 1].is_word or an.tense not in ("past", "pres"):
        return False
    w = s.norms[i - 1]
    if w.startswith(("ال", "وال", "بال", "لل")) or w in TIME_WORDS or w in cue.relatives or w in cue.skippers \
            or w in cue.prepositions or w in cue.complementizers or len(w) < 3 or w.isdigit():
        return False
    if not _after_noun(s, i, cue):
        return False
    pp = i + 1 < len(s.norms) and s.norms[i + 1] in PRONOUN_PPS
    return (an.obj is not None and an.obj.startswith("3")) or pp


def _on_behalf(s: Sentence, i: int, end: int) -> list[Group]:
    """The actors a deed is done on behalf of ("نيابة عن X", "بالنيابة عن X", "ممثلا عن X"), in order."""
    out: list[Group] = []
    for j in range(i + 1, min(len(s.norms) - 2, max(end, i + WINDOW))):
        if s.norms[j].lstrip("و") in ("نيابه", "بالنيابه", "ممثلا", "ممثله") and s.norms[j + 1] == "عن":
            g = s.group_starting(j + 2)
        elif out and s.norms[j] == "وعن":  # "…، وعن شركة Y رئيسها": the other party, its word left out
            g = s.group_starting(j + 1)
        else:
            continue
        if g is not None and all(g is not o for o in out):
            out.append(g)
    return out


def _is_deed_noun(word: str) -> bool:
    """The word is a deed noun of force ("الهجوم", "بالتفجير", "والغارات")."""
    return any(a.tense == "noun" and (a.trigger.code or "")[:2] in FORCE_ROOTS for a in lexicon().analyse(word))


def _deed_owner(s: Sentence, i: int, cue: Cues) -> Group | None:
    """The actor a force noun right after the verb belongs to, its adjectives between: "غارات التحالف",
    "الغارات الجوية للتحالف", "الغارات الروسية"; not a place nor an instrument ("بصواريخ")."""
    j = i + 1
    while j < len(s.norms) and s.norms[j] in QUOTE:
        j += 1
    if j >= len(s.norms) or not (s.norms[j] in cue.members or _is_deed_noun(s.norms[j])):
        return None  # "واحتلت زيارة أوباما الصفحات الأولى": a visit occupies nothing, whoever made it
    k = j + 1
    while k < len(s.norms) and k <= j + 3 and s.group_at[k] < 0 and s.norms[k] in cue.agent_modifiers:
        k += 1
    g = s.group_starting(k) if k < len(s.norms) else None
    if g is None or _is_place(s, g, cue) or (not g.is_adjective and s.tokens[k].text[:1] in "بك"):
        return None
    return g


def _event_noun_after(s: Sentence, i: int, cue: Cues, force: bool = False) -> bool:
    from marsad.events.lexicon import lexicon

    j = i + 1
    while j < len(s.norms) and s.norms[j] in QUOTE:
        j += 1
    if j >= len(s.norms) or s.group_at[j] >= 0:
        return False
    w = s.norms[j]
    # a violent deed as the subject ("واستهدف الهجوم…", "واستهدف هجوم بسيارة مفخخة…"); "وأبدى الدعم" keeps
    # its object
    # its object; an act of force done by a deed of any kind is a figure of speech ("واحتلت زيارة أوباما
    # الصفحات الأولى")
    return any(a.tense == "noun" and a.prefix in ("", "ال") and (force or (a.trigger.code or "")[:2] in ONE_SIDED)
               for a in lexicon().analyse(w))


def _phrase_between(s: Sentence, start: int, end: int, cue: Cues) -> bool:
    """The words from start to end only go on naming the subject: his office ("وزير المالية"), a nisba, commas."""
    return all(s.norms[m] in PUNCT or s.group_at[m] >= 0 or any(
        s.norms[x] in cue.offices or role_words().get(s.norms[x]) == "GOV"
        for x in range(max(0, start - 1, m - 3), m + 1)) for m in range(start, end))


def _after_passive_aux(s: Sentence, i: int, cue: Cues) -> bool:
    """"تم زرعها", "وتم اعتقال", "جرى تفكيك": the deed right after a passive auxiliary names its patient, not its doer."""
    return i > 0 and s.norms[i - 1] in cue.passive_aux


def _passive_agent(s: Sentence, i: int, end: int, cue: Cues) -> Group | None:
    """The coded actor after "من قبل", "على يد", "بواسطة" in the deed's clause, if any."""
    for j in range(i + 1, min(len(s.norms), max(end, i + 1) + 4)):
        for agent in cue.passive_agents:
            if tuple(s.norms[j : j + len(agent)]) == agent:
                k = j + len(agent)
                if switches.OVERT_AGENT:  # "على يد مقاتلي حركة طالبان", "من قبل عناصر من الشرطة": members of the actor
                    while k < len(s.norms) and k < j + len(agent) + 3 and s.group_at[k] < 0 and (
                            _bare(s.norms[k]) in cue.members or s.norms[k] in cue.members or s.norms[k] == "من"):
                        k += 1
                g = s.group_starting(k)
                if g is not None:
                    return g
    return None


def _disagrees(s: Sentence, g: Group, lex: Lexicon) -> bool:
    """The verb right before the group cannot have it as subject ("وطالب وزارة التجارة بدعم…": a masculine verb
    and a feminine body, its object); "وسعت كوريا الشمالية…" and "واطلع السفير…" agree."""
    if switches.PRONOUN_SUBJECT and g.t0 > 0 and _pronoun_subject(lex.analyse(s.norms[g.t0 - 1])):
        return True  # "وطالبوا الحكومة بـ…": a verb that carries its plural subject has the actor as its object
    if not switches.AGREEMENT or g.t0 == 0 or g.head.kind != "ORG" or not s.norms[g.t0].endswith("ه"):
        return False  # only a singular feminine noun is sure; "قالت الأمم المتحدة": a plural takes a feminine verb
    verbs = [a for a in lex.analyse(s.norms[g.t0 - 1]) if a.tense in ("past", "pres") and a.subj]
    return bool(verbs) and all(a.subj == "3ms" for a in verbs)


def _after_pp_noun(s: Sentence, lex: Lexicon) -> bool:
    """The first actor is the genitive of a noun with a preposition ("وأشاد بمقاتلي الجيش الروسي"), an
    object, not the subject of the sentence."""
    first = s.groups[0].t0
    return any(len(w) > 3 and w.lstrip("وف")[:1] in ("ب", "ل") and not lex.analyse(w) for w in s.norms[:first])


def _pronoun_subject(analyses: Sequence[Analysis]) -> bool:
    """PRONOUN_SUBJECT: a verb marked plural ("وطالبوا", "يطالبون", "وخرقوا") carries its subject as a pronoun: in
    Arabic a verb before its named subject stays singular, so the actor after it is its object and the doer is the
    one named before (round 23)."""
    verbs = [a for a in analyses if a.tense in ("past", "pres") and a.subj]
    return bool(verbs) and all(a.subj in ("3mp", "3fp") for a in verbs)
