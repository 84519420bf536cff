"""Whom: the target of a trigger, and the guesses that fill a missing source or target.

In the complement: the first actor after the trigger that is not the subject, its partners, a relay, a
place or an escort (`_first_after`); the actor after the preposition the trigger's role names
(`_group_after_prep`, a possessive pronoun resolved); the body of a member a deed was done to (`_member_of`);
else the same actor's last target in the paragraph (`_last_target`); the people a weapon's deed killed or hurt,
named before it ("قتل خمسة جنود بصاروخ أطلقته قوة…", `_victims_before`); a list of objects that goes on past
the clause's comma ("، ونجله أحمد، وزعيم التمرد…", `_listed_target`). At home: the source country's
civilians a visit, support or aid is for (`_civilians`), the protesters its forces disperse
(`_protesters`) and the firms an organ fines, closes or warns (`_businesses`, round 20c). A condemnation is not aimed at an attack's victim (`_victim`, `_obliged`,
`_condemns_an_attack`). Last, the shallow fallback (`_fallback`) fills what the rules left empty from the
clause's coded actors, but no target past an object "الجميع" nor the one a force is loyal to (`_patron`). Ground of
the doer's own country taken with no holder named was taken from the other armed side of that country the article
names most, not an ally (`_ground_holder`, round 18b).
"""

from __future__ import annotations

from marsad.clean.normalize import normalize
from marsad.events import switches
from marsad.events.actors import Group, is_polity
from marsad.events.clauses import PUNCT, Sentence
from marsad.events.cues import Cues
from marsad.events.draft import Draft
from marsad.events.kinds import _excluded, _other_body, _rival, _same_actor
from marsad.events.lexicon import lexicon
from marsad.events.references import _resolve
from marsad.events.subjects import _subject_after, _subject_end
from marsad.events.syntax import (
    MEMBER_IN,
    QUANTIFIERS,
    SCRIPTURE,
    WINDOW,
    _agrees,
    _bare,
    _dateline,
    _has_prep,
    _in_pp,
    _in_relay,
    _is_place,
    _prefixed,
)

PROTEST_STEMS = ("اعتصام", "مظاهر", "تظاهر", "احتجاج", "متظاهر", "محتج", "معتصم")
RANKS = frozenset({"عقيد", "عميد", "لواء", "رائد", "نقيب", "ملازم", "جندي", "جنديا", "جنديين", "جنود", "ضابط", "ضباط",
                   "شرطي", "شرطيا", "شرطيين", "عنصر", "عنصرا", "عنصرين", "قائد"})
OBLIGATION = frozenset({"يجب", "ينبغي", "يتعين", "يتوجب", "وجب", "يلزم"})
# round 15d switches (docs/events.md "Round 15d"). The actor a force is loyal to is no target of its deed; on
# with frames.TA_MARBUTA, whose one wrong event it closes
LOYAL_TO = True
LOYAL_STEMS = ("موالي", "موال")
GENERIC_OBJECT = True  # round 15d: "وهنأ الجميع…", "وشكر الجميع": no guessed target past an object "all"
EVERYONE = frozenset({"الجميع", "الكل"})
VICTIM_MARKS = frozenset({"علي", "ضد", "بحق", "استهدف", "استهدفت", "طال", "طالت", "في", "وفي"})


def _first_after(s: Sentence, i: int, end: int, subject: Group | None, exclude: set[str], cue: Cues) -> Group | None:
    """The first actor after the trigger that is not the subject, its partners, a relay, a place or an escort."""
    partners = [subject, *subject.coordinated] if subject is not None else []
    for g in s.groups:
        if i < g.t0 < end and not any(g is p for p in partners) and (
                not _excluded(g.head.code, exclude) or _rival(g, subject)) \
                and not _in_relay(s, g.t0, cue) and not _is_place(s, g, cue) and not _escort(s, g) \
                and not (LOYAL_TO and _patron(s, g)):
            if any(k in s.unknown for k in range(_subject_end(s, i, subject, cue), g.t0)) and not _in_pp(s, g, cue):
                return None  # "ناقش مع الربيعة … اليمني": the one it was done with has no code
            return g
    return None


def _patron(s: Sentence, g: Group) -> bool:
    """"القوات الموالية للرئيس هادي", "الميليشيات الموالية لإيران": whom a force is loyal to says whose side it
    is on, not whom its deed is done to."""
    # the patron's title may stand between ("الموالية للرئيس اليمني هادي": the group starts at the nisba)
    return any(_bare(s.norms[k]).startswith(LOYAL_STEMS) and s.norms[k + 1][:1] == "ل"
               and not any(s.norms[m] in PUNCT for m in range(k, g.t0)) for k in range(max(0, g.t0 - 3), g.t0))


# round 17b: words that tell a cause ("جراء ألغام", "بسبب هجوم"), and normalised stems of people killed or hurt
# ("قتل", "أصيب", "جرحى", "مقتل", "سقطوا", "استشهاد")
CAUSE_WORDS = frozenset({"جراء", "وجراء", "بسبب", "اثر", "نتيجه", "بفعل"})
HARM_STEMS = ("قتل", "مقتل", "قتيل", "اصيب", "اصابه", "جرح", "جريح", "سقط", "استشهد", "استشهاد", "مصرع", "لقي", "لقوا")


def _victims_before(s: Sentence, i: int, subject: Group | None, cue: Cues) -> Group | None:
    """"قتل خمسة جنود وأصيب آخرون بصاروخ أطلقته قوة…", "مقتل 15 من X بسبب ألغام زرعها Y": a deed told, in a
    relative clause on its weapon, as the cause of a harm ("بـ", "جراء", "بسبب" before it) hit the people its
    sentence says were killed or hurt: the actor within three words of a word of harm, nearest the trigger."""
    # the weapon or deed is told as the cause of the harm: "بصاروخ أطلقته", "جراء ألغام زرعها", "بسبب هجوم شنه"
    if not any(s.norms[k] in CAUSE_WORDS or (k >= i - 2 and s.norms[k][:1] == "ب" and len(s.norms[k]) > 3
                                               and not s.norms[k].startswith("بين"))
               # "أصيب جنود في انفجار ألغام زرعها…": the blast of the weapon is the cause (round 17d)
               or (switches.HAMZA_ARTICLE and k >= i - 4 and _bare(s.norms[k]).startswith(("انفجار", "تفجير")))
               for k in range(max(0, i - 6), i)):
        return None
    harm = [k for k in range(i) if _bare(s.norms[k]).startswith(HARM_STEMS) or s.norms[k].lstrip("وف").startswith(HARM_STEMS)]
    for g in reversed(s.groups):
        if g.t1 > i or g is subject or _is_place(s, g, cue) or g.head.kind in ("GPE", "LOC") or (
                g.is_adjective and len(g.head.code) == 3):
            continue  # a place, or a bare adjective ("أفغان" alone names no victims)
        if any(g.t0 - 3 <= k < g.t0 or g.t1 <= k < g.t1 + 3 for k in harm):
            return g
    return None


def _nearest_before(s: Sentence, i: int, exclude: set[str]) -> Group | None:
    for g in reversed(s.groups):
        if g.t1 <= i and not g.is_adjective and not _excluded(g.head.code, exclude):
            return g
    return None


def _group_after_prep(s: Sentence, start: int, end: int, prep: str, cue: Cues,
                      possessive: tuple[list[Sentence], set[str]] | None = None,
                      exclude: set[str] | None = None) -> Group | None:
    """The first actor in the complement that opens with the preposition `prep`."""
    for j in range(start, end):
        w = s.norms[j]
        if s.group_at[j] >= 0 and not _has_prep(w, prep):
            continue
        if _has_prep(w, prep):
            clitic = prep in ("ب", "ل", "ك")
            k = j if clitic else j + 1
            if clitic and possessive is not None and s.group_at[j] < 0 and w.endswith(("ه", "ها", "هم")) \
                    and not s.tokens[j].text.endswith(("ة", "ـة")):  # "لكافة": a ta marbuta, not a pronoun
                sents, exclude = possessive
                person = "3fs" if w.endswith("ها") else "3p" if w.endswith("هم") else "3ms"
                if len(w) > 4:
                    return _resolve(sents, s, j, person, exclude)
            if possessive is not None and not clitic and k < end and s.group_at[k] < 0 \
                    and s.norms[k].endswith(("ه", "ها")) and len(s.norms[k]) > 4 and not s.tokens[k].text.endswith("ة"):
                sents, exclude = possessive
                return _resolve(sents, s, j, "3fs" if s.norms[k].endswith("ها") else "3ms", exclude)
            for g in s.groups:
                if k <= g.t0 < end and not _is_place(s, g, cue) and not _excluded(g.head.code, exclude or set()):
                    if any(m in s.unknown for m in range(k, g.t0)):
                        return None  # "ناقش مع الربيعة … اليمني": the partner is a name without a code
                    if _past_comma_people(s, k, g):
                        return None  # "أشاد بالانتخابات، مؤكدا أهمية مشاركة المواطنين": another clause's people
                    return g
            return None
    return None


def _escort(s: Sentence, g: Group) -> bool:
    """The group guards or escorts the doer ("تحت حماية الشرطة", "بحماية الجيش", "بمرافقة قوات"): not its target."""
    if not switches.ESCORT:
        return False
    before = s.norms[max(0, g.t0 - 3) : g.t0]  # "تحت حماية الشرطة الإسرائيلية": the role word may stand between
    return any(w in ("بحمايه", "بمرافقه", "بحراسه", "حمايه", "حراسه") for w in before[-2:]) and (
        "تحت" in before or any(w.startswith("ب") for w in before[-2:]))


def _member_of(s: Sentence, i: int, cue: Cues) -> Group | None:
    """The body of the member the deed noun at i was done to ("مقتل عقيد في الجيش السوري", "اغتيال قيادي في
    حماس", "اعتقال عنصرين من الشرطة"): a member noun or a rank, a number before it, then في or من and the body."""
    k = i + 1
    if k < len(s.norms) and s.norms[k].isdigit():
        k += 1  # "اعتقال 3 عناصر من…"
    if k + 2 > len(s.norms) or s.group_at[k] >= 0:
        return None
    w = s.norms[k]
    if not (w in MEMBER_IN or _bare(w) in cue.members or _bare(w) in RANKS):
        return None
    if s.norms[k + 1] not in ("في", "من"):
        return None
    g = s.group_starting(k + 2)  # a body, not a town ("جندي في حلب") nor a nation ("عنصر من سوريا")
    return g if g is not None and not g.is_adjective and g.head.kind not in ("GPE", "LOC") else None


def _last_target(d: Draft, drafts: list[Draft]) -> Group | None:
    """The target of the same actor's last event in the paragraph, when it acts again without naming one."""
    if d.source is None:
        return None
    for e in reversed(drafts[-8:]):
        if e.sent.section != d.sent.section:
            break
        if e.source is not None and e.source.head.code == d.source.head.code and e.target is not None:
            if switches.SANCTIONED_FIRMS and e.extra.get("firm"):
                return None  # "علقت الوزارة نشاط شركة… ودعت المستفيدين": a firm sanctioned is not the one addressed next
            return e.target
    return None


def _civilians(s: Sentence, i: int, end: int, source: Group, cue: Cues, suspects: bool = False) -> Group | None:
    """People named by a common noun in the complement ("يزور مرضى المستشفى", "دعمه للمواطنين"): the
    source country's civilians, the one a domestic visit, support or aid is for; with `suspects`, also the people
    an arrest names by what they are accused of ("القبض على المتهم", round 20b)."""
    words = cue.civilians | cue.suspects if suspects else cue.civilians
    # "وأشاد سيف بالانتخابات، مؤكداً أهمية مشاركة المواطن": the citizen is the next clause's, not the praise's
    return _named_by_noun(s, i, end, source, cue, words, "CVL", switches.OWN_CLAUSE_CIVILIANS)


# owners count as the firm only before it ("صاحب المقهى"; "صاحب السمو" is a title, "مالك" a given name)
OWNER_WORDS = frozenset(normalize(w) for w in ("صاحب", "أصحاب", "مالك", "ملاك"))


def _businesses(s: Sentence, i: int, end: int, source: Group, cue: Cues) -> Group | None:
    """SANCTIONED_FIRMS: shops, restaurants and firms named by a common noun in the complement of an organ's fine,
    closure or warning ("وتم تغريم صاحب المقهى", "توجيه إنذارات لعدد من المتاجر"): the organ's own country's businesses,
    unless a coded actor is named before them (round 20c)."""
    return _named_by_noun(s, i, end, source, cue, cue.businesses, "BUS", True)


def _named_by_noun(s: Sentence, i: int, end: int, source: Group, cue: Cues, words: frozenset[str], role: str,
                   own_clause: bool) -> Group | None:
    """The first word of `words` in the complement, before any coded actor but places: the source country's people
    of that role (CVL, BUS), within the trigger's own clause when `own_clause`."""
    from marsad.events.actors import Mention

    def named(w: str) -> bool:
        return w in words or _bare(w) in words or "ال" + _bare(w) in words

    start = _subject_end(s, i, source, cue) if source.t0 > i else i + 1
    if own_clause:
        end = min(end, max(s.segments[s.seg_of[i]][1], start + 1))
    for j in range(start, min(end, start + WINDOW)):
        if s.group_at[j] >= 0:
            g = s.groups[s.group_at[j]]
            if _is_place(s, g, cue) or (g.head.kind in ("GPE", "LOC") and _prefixed(s, g)):
                continue  # "بالرياض": where it happened
            return None  # a coded actor comes first: it is the one acted on, or the act is not domestic
        w = s.norms[j]
        if named(w) and not (_bare(w) in OWNER_WORDS and not (j + 1 < len(s.norms) and named(s.norms[j + 1]))):
            tok = s.tokens[j]
            m = Mention(tok.start, tok.end, tok.text, source.head.country + role, None, "people", j, j + 1)
            return Group([m], j, j + 1)
    return None


def _protesters(s: Sentence, i: int, end: int, source: Group) -> Group | None:
    """The protest a state's forces break up ("فض قوات الأمن اعتصامي رابعة", "بتفريق التظاهرة") stands for the
    people protesting: the forces' own country's civilians, unless a coded actor is named first."""
    from marsad.events.actors import Mention

    for j in range(i + 1, min(end, i + WINDOW)):
        if s.group_at[j] >= 0:
            if s.groups[s.group_at[j]] is source:
                continue
            return None
        if _bare(s.norms[j]).startswith(PROTEST_STEMS):
            tok = s.tokens[j]
            m = Mention(tok.start, tok.end, tok.text, source.head.country + "CVL", None, "people", j, j + 1)
            return Group([m], j, j + 1)
    return None


def _victim(s: Sentence, g: Group) -> bool:
    """The group is what an attack hit ("على X", "ضد X", "بحق X", "استهدف X", "في X"), not who made it."""
    return any(s.norms[k] in VICTIM_MARKS for k in range(max(0, g.t0 - 3), g.t0))


def _obliged(s: Sentence, g: Group) -> bool:
    """"يجب على إيران تغيير سياستها": the group after على is the one who must act, the one the words are aimed at."""
    return g.t0 >= 2 and s.norms[g.t0 - 1] in ("على", "علي") and s.norms[g.t0 - 2].lstrip("وف") in OBLIGATION


def _condemns_an_attack(s: Sentence, i: int, end: int, cue: Cues) -> bool:
    """"أدانت السودان الجريمة الإرهابية": the condemnation of an attack whose authors are not named."""
    subj = _subject_after(s, i, cue)
    start = _subject_end(s, i, subj, cue) if subj is not None else i + 1  # "أدانت وزارة الخارجية … حادث"
    spans = [range(start, min(end, start + 3))]
    if switches.CONDEMN_AFTER_NAME and subj is not None and subj.t0 > i and subj.t1 < start:
        spans.append(range(subj.t1, min(end, subj.t1 + 2)))  # "أدان بان كي مون الهجوم، منددا…": before the comma
    return any(_bare(s.norms[j]).startswith(c) or s.norms[j].startswith(c)
               for r in spans for j in r for c in cue.condemnable)


def _fallback(d: Draft, s: Sentence, i: int, end: int, cue: Cues) -> bool:
    """Fill a missing source or target from the clause's coded actors, as a shallow event coder does:
    the source is the nearest actor before the trigger in its segment (else the first after it), the target
    the next actor after the trigger (and after the source) up to the end of the complement. Places
    ("في حلب") and actors of the source's own code are skipped. True when the draft then has both a source
    and a target."""
    if not switches.FALLBACK or (i + 1 < len(s.norms) and s.norms[i + 1] in SCRIPTURE):
        return False  # "أيده الله", "حفظه الله": a prayer formula, not a deed
    roles = d.an.trigger.roles
    if switches.FALLBACK_GUARDS and roles.get("sym") and roles.get("need") == "tgt" and any(
            w in ("بين", "وبين") for w in s.norms[i + 1 : i + 4]):
        return False  # "المواجهات المتواصلة بين الجيش والجماعات": both sides are named there, or no event
    seg0, seg1 = s.segments[s.seg_of[i]]

    def fits(g: Group) -> bool:
        return not _is_place(s, g, cue) and not _dateline(s, g) and g.head.code[3:6] != "MED"

    def does(g: Group) -> bool:  # "ويشكل شمال سيناء…": a region or a town does nothing
        return fits(g) and (not switches.FALLBACK_GUARDS or is_polity(g.head))

    if d.source is None:
        before = [g for g in s.groups if seg0 <= g.t0 and g.t1 <= i and does(g) and not _in_pp(s, g, cue)
                  and not (switches.FALLBACK_GUARDS and d.an.tense == "noun" and g.is_adjective and not _counted(s, g, cue))]
        # "23 جنديا نيجيريا قتلوا في انفجار لغم": the adjective describes the victims; "ألف سوري" are people
        # after the trigger only the subject of a verb-first clause, right after it ("شنت طائرات التحالف
        # غارات على مواقع الحوثيين": not the Houthis, two words past a preposition)
        after = [g for g in s.groups if i < g.t0 < min(end, seg1, i + 3) and does(g) and not _in_pp(s, g, cue)
                 and not any(s.norms[k] in cue.prepositions or s.group_at[k] >= 0 for k in range(i + 1, g.t0))
                 and (not switches.FALLBACK_GUARDS or d.an.tense == "noun" or _agrees(d.an, g))]  # "وطالب وزارة…": the object
        d.source = before[-1] if before else (after[0] if after else None)
        if d.source is None:
            return False
        d.extra["fallback"] = True
    # a source carried from an earlier sentence stands nowhere in this one: its positions are that sentence's (a
    # source made in this one, "عشرات الأشخاص", "هجوم انتحاري", is in none of its groups but stands in its text)
    after_it = d.source.t0 > i and (not switches.FALLBACK_OWN_PLACE or s.span.start <= d.source.head.start < s.span.end)
    obj = _subject_end(s, i, d.source, cue) if after_it else i + 1  # "وهنأ أمير المنطقة الجميع"
    if d.target is None and GENERIC_OBJECT and d.an.tense in ("past", "pres") and obj < len(s.norms) \
            and s.norms[obj] in EVERYONE:
        return False  # "وهنأ الجميع بنجاح فعاليات الأمانة": "all" fills the object, no actor named later is it
    if d.target is None:
        start = max(i, d.source.t1 - 1) if after_it else i
        partners = d.source.coordinated if switches.COORDINATED_DOERS else []  # "قوات الجيش والشرطة": both did it
        d.target = next((g for g in s.groups if start < g.t0 < end and g is not d.source and fits(g)
                         and not any(g is p for p in partners) and not (LOYAL_TO and _patron(s, g))
                         and not _escort(s, g) and not _past_comma_people(s, i, g)
                         and (not _same_actor(g.head.code, d.source.head.code)
                              or (switches.DOMESTIC and _other_body(g, d.source)))), None)
        if d.target is not None:
            d.extra["fallback"] = True
    return d.target is not None


def _past_comma_people(s: Sentence, i: int, g: Group) -> bool:
    """"أشاد بالانتخابات، مؤكدا أهمية مشاركة المواطنين": people named by what they are, past a comma after the
    trigger, belong to another clause (as the civilians of `_civilians` do), no guess for its target."""
    return switches.GENERIC_AGENTS and g.head.kind == "people" and any(s.norms[m] in PUNCT for m in range(i, g.t0))


def _counted(s: Sentence, g: Group, cue: Cues) -> bool:
    """A nisba right after a number or a word of quantity names people ("نحو ألف سوري", "عشرات الفلسطينيين")."""
    prev = s.norms[g.t0 - 1] if g.t0 > 0 else ""
    return prev.isdigit() or prev in QUANTIFIERS or prev in cue.people or prev in ("الف", "الاف", "مئه", "مليون")


def _listed_target(s: Sentence, d: Draft, cue: Cues) -> Group | None:
    """The first actor of a list of objects that goes on past the clause's comma ("جمدت أموال الرئيس السابق صالح،
    ونجله أحمد، وزعيم التمرد عبد الملك الحوثي"): segments opened by و and a noun, not by a verb or a
    complementizer, are more of the same object; at most three of them."""
    if d.source is None:
        return None
    k = d.window_end
    for _ in range(3):
        if not (k + 1 < len(s.norms) and s.norms[k] in PUNCT and s.norms[k] != ":"):
            return None
        nxt = s.norms[k + 1]
        if not nxt.startswith("و") or len(nxt) < 3 or nxt[1:] in cue.complementizers or nxt in cue.clause_openers \
                or any(a.tense in ("past", "pres", "part") for a in lexicon().analyse(nxt)):
            return None  # "، وقال…", "، وأن…": a new clause
        end = s.segments[s.seg_of[k + 1]][1]  # past the comma that closes the segment, if one does
        g = _first_after(s, k, end, d.source, {d.source.head.code}, cue)
        if g is not None:
            return g
        k = end - 1 if s.norms[end - 1] in PUNCT else end
    return None


def _told_before(d: Draft) -> list[Draft]:
    """The drafts of the article before this one, most recent last (set by `coder._code_sentence`)."""
    told = d.extra.get("told")
    if not isinstance(told, tuple):
        return []
    earlier, out = told
    return [*earlier, *out]


def _ground_holder(d: Draft, sents: list[Sentence]) -> Group | None:
    """Whom ground was taken from, when an armed side takes or advances on ground of its own country and the
    clause names only the ground ("وسيطرت المقاومة على مدينة…", "بتقدم المقاومة صوب مديريتي…"): the other armed
    side of that country the article names most (round 18b: CAMEO codes a seizure against the side that held the
    ground, as the annotators do in a war between two sides of one country; a holder the clause names after
    "من أيدي X" is its first actor after the ground already)."""
    source = d.source
    if source is None or source.head.code[3:6] not in ("MIL", "REB", "INS") or source.is_adjective:
        return None
    country = source.head.country
    partners = [source, *source.coordinated]

    def name_of(g: Group) -> str:
        return g.head.canonical or g.head.text

    # the sides the story names together with the doer ("المقاومة الشعبية والجيش الوطني") fight with it, not against
    # it; "بين X وY" joins the two sides of a fight
    own = {name_of(p) for p in partners}
    allies = {name_of(c) for t in sents for g in t.groups if name_of(g) in own and not _after_between(t, g.lead or g)
              for c in [*g.coordinated, *([g.lead] if g.lead is not None else [])]}
    counts: dict[str, tuple[int, int, Group]] = {}
    order = 0
    for t in sents:
        for g in t.groups:
            order += 1
            code = g.head.code
            if code[:3] != country or code[3:6] not in ("MIL", "REB", "INS") or g.is_adjective \
                    or any(g is p for p in partners) or not _other_body(g, source) \
                    or any(not _other_body(g, p) for p in source.coordinated) or name_of(g) in allies:
                continue
            name = name_of(g)
            n, first, _ = counts.get(name, (0, order, g))
            counts[name] = (n + 1, first, g)
    if not counts:
        return None
    _n, _first, best = max(counts.values(), key=lambda v: (v[0], -v[1]))
    return best


def _after_between(s: Sentence, g: Group) -> bool:
    return g.t0 > 0 and s.norms[g.t0 - 1] in ("بين", "وبين")
