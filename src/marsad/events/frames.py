"""Which code: the reading of a trigger word and the code its frames give in the clause.

`_reading` takes a verb at a clause head or beside an actor, a noun elsewhere (never a verb after a
preposition or a demonstrative); the word as written settles what normalising folds (a hamza kept, a final
ة). `_window_end` bounds the complement: the clause, past a time aside after "منذ". `_code` takes the first
frame whose preposition opens the complement or whose cue heads it (a word after the subject, a title inside a
mention, what follows عن, the noun a pronoun object takes up: `_frame_in`, `_takes_up_noun`; a cue of several
words matches stems in a row, `_cue_words`; an "armed:" frame needs an armed doer, `_armed_doer`), else the
trigger's own code; a word two lemmas spell alike whose first reading finds no cue is read as the other
(`_other_reading`); a service receiving requests or cases hosts no one (`NOT_GUESTS`), and an actor as the bare
object of هاجم is words or force by who attacks. `_appeal` codes a deed someone wants another to do as that one's appeal
(`APPEAL_FOR`); a demand made of the public ("طالب الجميع بـ…") is an appeal too (`_public_addressee`, round 18f).
"""

from __future__ import annotations

from marsad.clean.normalize import normalize, strip_diacritics
from marsad.events import switches
from marsad.events.actors import Group, role_words
from marsad.events.clauses import PUNCT, QUOTE, Sentence
from marsad.events.cues import Cues
from marsad.events.draft import Draft
from marsad.events.kinds import _armed
from marsad.events.lexicon import Analysis, Trigger, lexicon
from marsad.events.subjects import _comma_after_subject, _subject_after, _subject_before, _subject_end
from marsad.events.syntax import (
    QUANTIFIERS,
    TIME_WORDS,
    WINDOW,
    _bare,
    _complement_start,
    _first_preposition,
    _has_prep,
    _is_place,
    _relative_at,
)

# round 15d switches (module constants: docs/events.md "Round 15d")
HAMZA_VERB = True  # "وهنأ الأمير…": a stop word written with its hamza is the verb it spells ("هنا" is here)
TA_MARBUTA = True  # "إشادة", "قادة", "سيطرة": a word written with ة ends in no object or possessive pronoun
# round 17a switch: a frame marked "armed:" in triggers.curated.txt holds only for an armed doer
ARMED_FRAMES = True
CUE_WORDS = True  # each word of a cue of several words is a stem ("ضرب جوي" reads "ضربة جوية")
OTHER_READING = True  # a word two lemmas spell alike is read as the one whose frames hold ("وتقدم الجيش نحو")
CUE_REACH = 7  # content words after the subject in which a frame's cue must appear
APPEAL_FOR = {"071": "0231", "072": "0232", "073": "0233", "074": "0234", "07": "023", "06": "021", "04": "026",
              "03": "020", "05": "022", "08": "025", "02": "020"}
# normalised as the words they meet are (`Sentence.norms`: "على" reads "علي", "إلى" reads "الي")
PREPOSITIONS_BEFORE_NOUN = frozenset(normalize(w) for w in (
    "ب", "ل", "إلى", "في", "على", "من", "عن", "مع", "ضد", "حول", "بشأن", "لدى", "عبر", "خلال", "نحو", "تجاه", "بين", "وفي",
    "وعلى", "ومن", "ومع", "وإلى"))
# whom a call on the public is made of (bare normalised words: "الجميع", "المواطنين", "الدول المانحة") and the
# appeal each demand becomes (round 18f)
PUBLIC_WORDS = frozenset({"جميع", "مواطنين", "مواطنون", "اهالي", "شعب", "مجتمع", "دول", "مانحين", "منظمات", "كافه"})
APPEAL_OF = {"100": "020", "101": "020", "102": "022", "103": "023", "104": "024", "105": "021", "106": "025", "107": "025",
             "108": "026"}
# what a service, a hospital or an airport receives: requests, cases, travellers, not a guest of state (round 11)
NOT_GUESTS = frozenset({"طلبات", "الطلبات", "اتصالات", "الاتصالات", "شكاوي", "الشكاوي", "بلاغات", "البلاغات", "مكالمات",
                        "المكالمات", "رسائل", "الرسائل", "ملاحظات", "الملاحظات", "استفسارات", "الاستفسارات", "تبرعات",
                        "التبرعات", "حالات", "الحالات", "حاله", "الحاله", "جثث", "الجثث", "مرضي", "المرضي", "مصابين",
                        "المصابين", "جرحي", "الجرحي", "طلاب", "الطلاب", "طالبات", "الطالبات", "زوار", "الزوار", "حجاج",
                        "الحجاج", "معتمرين", "المعتمرين", "ضيوف", "الضيوف", "مسافرين", "المسافرين", "شحنات", "الشحنات",
                        "جثامين", "الجثامين"})
SINCE_WORDS = frozenset({"نهايه", "بدايه", "مطلع", "اواخر", "اوائل", "منتصف", "يناير", "فبراير", "مارس", "ابريل", "مايو",
                         "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "العام", "الشهر", "الاسبوع",
                         "عام", "شهر", "اسبوع", "ايام", "اشهر", "اعوام", "سنوات", "سنه", "يوم", "يومين", "شهرين",
                         "الجاري", "الماضيه", "المنصرم", "اسابيع"})


# nouns of time and circumstance that head a fronted phrase closed by ذلك ("في غضون ذلك", "إثر ذلك", "عقب ذلك"),
# and إلى as the normalised view spells it ("إلى ذلك")
PHRASE_HEADS = frozenset({"الي", "والي", "غضون", "اثر", "عقب", "بعد", "وبعد", "قبل", "اثناء", "جانب", "ضوء", "ظل", "اطار", "رغم", "لذلك"})


def _reading(s: Sentence, i: int, analyses: tuple[Analysis, ...]) -> Analysis | None:
    """One reading of a trigger word: verbs at a clause head or beside an actor, nouns elsewhere. The word as
    written settles what the normalised view folds: a hamza kept ("وهنأ") makes a verb of a stop word, a ة ends a
    noun, never a pronoun ("إشادة" is no أشاد + ه)."""
    written = strip_diacritics(s.tokens[i].text) if i < len(s.tokens) else ""
    if not analyses and HAMZA_VERB:
        analyses = lexicon().analyse(s.norms[i], written)
    if TA_MARBUTA and written.endswith("ة"):
        analyses = tuple(a for a in analyses if a.obj != "3ms" and a.poss != "3ms")
    if not analyses:
        return None
    verbal = [a for a in analyses if a.tense in ("past", "pres")]
    k = i - 1
    while k >= 0 and s.norms[k] in QUOTE:
        k -= 1
    # "إلى ذلك، …", "في غضون ذلك شنت…": ذلك closing a fronted phrase stands for what was told; the word after it
    # opens the clause, it is no noun the demonstrative points at ("في ذلك الوقت" has the article) (round 18e)
    closed = switches.DEMONSTRATIVE_PP and k > 0 and s.norms[k] == "ذلك" and not s.norms[i].startswith(
        ("ال", "وال")) and (s.norms[k - 1] in PREPOSITIONS_BEFORE_NOUN or s.norms[k - 1] in PHRASE_HEADS)
    if not closed and k >= 0 and (s.norms[k] in PREPOSITIONS_BEFORE_NOUN or s.norms[k] in ("هذا", "هذه", "ذلك", "تلك")):
        verbal = []  # after a preposition or a demonstrative the word is a noun ("إلى تعاون")
    nominal = [a for a in analyses if a.tense in ("noun", "part")]
    if verbal and nominal:
        head = i == s.segments[s.seg_of[i]][0] or i == s.subs[s.sub_of[i]][0] or closed
        beside = s.group_ending(i - 1) is not None or s.group_starting(i + 1) is not None
        pick = verbal if head or beside else nominal
        if not head and any(a.poss for a in nominal) and s.norms[i][:1] not in ("و", "ف"):
            pick = nominal  # "مؤكدة دعمها السلطات": her support, not "she supported it"
    else:
        pick = verbal or nominal
    with_code = [a for a in pick if a.trigger.code or a.trigger.frames]
    return with_code[0] if with_code else None


def _other_reading(s: Sentence, i: int, analyses: tuple[Analysis, ...], an: Analysis,
                   cue: Cues) -> tuple[Analysis, str, int] | None:
    """A word two lemmas spell alike ("تقدم": he advanced, تقدّم; she presents, قدّم) whose first reading's
    frames find no cue: the other reading of the same part of speech whose frames do (round 17a)."""
    if not OTHER_READING:
        return None
    written = strip_diacritics(s.tokens[i].text) if i < len(s.tokens) else ""
    verbal = an.tense in ("past", "pres")
    for b in analyses:
        if b.trigger.id == an.trigger.id or (b.tense in ("past", "pres")) != verbal or (not verbal and b.tense != an.tense):
            continue
        if not (b.trigger.code or b.trigger.frames) or (TA_MARBUTA and written.endswith("ة") and "3ms" in (b.obj, b.poss)):
            continue
        code, end = _code(s, i, b, cue)
        if code is not None:
            return b, code, end
    return None


def _code(s: Sentence, i: int, an: Analysis, cue: Cues) -> tuple[str | None, int]:
    """The code the trigger's frames give in this clause, and the end of its complement window; a demand made of
    the public is an appeal (`_public_addressee`)."""
    code, end = _framed(s, i, an, cue)
    if switches.PUBLIC_APPEAL and code is not None and code[:2] == "10" and _public_addressee(s, i, an, end, cue):
        code = APPEAL_OF.get(code[:3], "020")
    return code, end


def _public_addressee(s: Sentence, i: int, an: Analysis, end: int, cue: Cues) -> bool:
    """The object of a verb of demand is everyone, the citizens, the people, the donors or the world's states
    ("مطالبا الجميع بالوقوف…", "طالب الدول المانحة ببذل…"): a call on the public, which CAMEO codes as an appeal (02), not
    a demand on a party (round 18f)."""
    subj = _subject_after(s, i, cue) if an.tense in ("past", "pres") else None
    comp0 = _subject_end(s, i, subj, cue) if subj is not None else _complement_start(s, i, end)
    return comp0 < end and _bare(s.norms[comp0]) in PUBLIC_WORDS


def _framed(s: Sentence, i: int, an: Analysis, cue: Cues) -> tuple[str | None, int]:
    """The code the trigger's frames give in this clause, and the end of its complement window."""
    trig = an.trigger
    end = _window_end(s, i, cue)
    subj = _subject_after(s, i, cue) if an.tense in ("past", "pres") else None
    if switches.SVO_CUES and subj is not None and subj.is_adjective and i > 0 and s.group_at[i - 1] >= 0:
        opener = s.groups[s.group_at[i - 1]]
        if opener.t0 == 0 or s.norms[opener.t0 - 1] in cue.complementizers:
            subj = None  # "أن الرياض استدعت السفير الإيراني": the subject came first, the title is the object
    comp0 = _subject_end(s, i, subj, cue) if subj is not None else _complement_start(s, i, end)
    if subj is not None and trig.code is None and not _frame_in(s, comp0, end, trig):
        # "ونقل معاليه لبوتين تحيات فخامة الرئيس": the object right after the subject, before a title of the
        # one it names, which the subject phrase would otherwise swallow
        comp0 = min(comp0, subj.t1)
    # the cue is the object or the head of the complement, not a word deep in a later phrase
    near = [j for j in range(comp0, end) if s.tokens[j].is_word and (s.group_at[j] < 0 or (
        switches.TITLE_CUES and s.norms[j] in role_words()))][:CUE_REACH]  # "استدعت السفير الإيراني": a title is a cue
    words = [s.norms[j] for j in near]
    content = trig.roles.get("content")
    about = next((j for j in range(comp0, end) if s.norms[j] == content), -1) if isinstance(content, str) else -1
    if about >= 0:
        # "وأعرب الملك باسمه واسم شعب وحكومة المملكة عن أصدق التهاني": what is expressed follows عن
        words += [s.norms[j] for j in range(about + 1, min(end, about + 4)) if s.group_at[j] < 0]
    bare = [_bare(w) for w in words]
    if switches.DEFINITE_CUES:
        bare += [w[2:] for w in bare if w.startswith("ال") and len(w) > 4]  # "السفير" for the cue "سفير"
    if switches.PRONOUN_FRAME and trig.code is None and an.obj is not None and an.obj.startswith("3") \
            and _takes_up_noun(s, i, cue):
        bare, words = [], []  # "عرض مرئي قدمه وكيل الأمانة المساعد": what was given is the noun before, not a word after
    text = " " + " ".join(bare + words) + " "
    ante, ante_words = "", []
    if an.obj is not None or an.tense == "part":
        before = s.norms[max(0, i - 3) : i]  # "ألغام زرعها": the object the pronoun points back to
        rel = _relative_at(s, i, cue) if switches.RELATIVE_FRAME else -1
        if rel > 0:
            before = s.norms[max(0, rel - 4) : rel] + before  # "مذكرة التفاهم والتعاون التي وقعها": the noun heads it
        ante_words = [_bare(w) for w in before]
        ante = " " + " ".join(ante_words + before) + " "
    comp = _complement_start(s, i, end)
    first = s.norms[comp] if comp < end else ""
    lead = _first_preposition(s, i, end, cue)
    for f in trig.frames:
        if f.armed and not (ARMED_FRAMES and _armed_doer(s, i, an, subj, cue)):
            continue  # "حققت الشركة مكاسب" is profit; "حققت القوات مكاسب" is a gain in the field
        if f.prep is not None:
            if _has_prep(first, f.prep) or _has_prep(lead, f.prep):
                return f.code, end
            continue
        if f.armed and not f.cues:
            return f.code, end  # "تقدمت قوات الجيش": an armed doer's advance, whatever follows
        for c in f.cues:
            if " " + c in text or (ante and " " + c in ante) or _cue_words(c, bare, ante_words):
                return f.code, end
    head = next((w for w in words if w not in QUANTIFIERS and w not in TIME_WORDS), "")  # past "جميع", "أمس"
    if NOT_GUESTS and trig.code == "043" and (_bare(head) in NOT_GUESTS or head in NOT_GUESTS or (
            switches.GUEST_REACH and any(w in NOT_GUESTS for w in words[:6]))):
        return None, end  # "تستقبل الخدمة طلبات المستفيدين", "استقبل المستشفى حالات": no one was hosted
    alt = trig.roles.get("actorobj")
    if switches.ACTOR_OBJECT and isinstance(alt, str) and trig.code is None and an.tense in ("past", "pres"):
        # "هاجم روحاني السعودية": an actor as the object, no target word: words if a politician attacks, force
        # if an army does
        doer = subj or _subject_before(s, i, cue)
        obj = s.group_starting(comp0 if subj is not None else i + 1)
        if doer is not None and obj is not None and obj is not doer and not obj.is_adjective \
                and not _is_place(s, obj, cue):
            return ("190" if doer.head.code[3:6] in ("MIL", "REB", "COP", "SPY", "INS") else alt), end
    return trig.code, end


def _armed_doer(s: Sentence, i: int, an: Analysis, subj: Group | None, cue: Cues) -> bool:
    """The doer of the trigger is an army, a police force, rebels or militants: the subject of a verb, the
    genitive after a noun ("تقدم القوات")."""
    if an.tense == "noun":
        doer = s.group_starting(i + 1)
    else:
        doer = subj or _subject_before(s, i, cue)
    return doer is not None and not doer.is_adjective and _armed(doer)


def _window_end(s: Sentence, i: int, cue: Cues) -> int:
    seg_end = s.segments[s.seg_of[i]][1]
    if _comma_after_subject(s, i, seg_end, cue):
        seg_end = s.segments[s.seg_of[seg_end]][1]  # "زار السفير الأسترالي … كينج، الشركة السعودية"
    subj = _subject_after(s, i, cue)
    past_subject = _subject_end(s, i, subj, cue) if subj is not None else i + 1
    end = min(seg_end, past_subject + WINDOW)
    since = -1
    if switches.SINCE_ASIDE and past_subject < end and s.norms[past_subject] == "منذ":
        # "شنت المقاتلات منذ نهاية سبتمبر الماضي مئات الغارات": a time aside before the object cuts nothing
        k = past_subject + 1
        while k < end and (s.norms[k] in TIME_WORDS or s.norms[k] in SINCE_WORDS or s.norms[k].isdigit()):
            k += 1
        if k > past_subject + 1:
            since, end = k, min(seg_end, k + WINDOW)
    for j in range(i + 1, end):
        if j < since:
            continue
        if s.norms[j] == ".":
            return j  # a full stop the sentence splitter left inside ("… الإنسانية ” .وأشاد…")
        if s.norms[j] in PUNCT and j + 1 < len(s.norms) and s.seg_of[j + 1] == s.seg_of[j] and s.seg_of[i] == s.seg_of[j]:
            continue  # a comma around a place-and-time phrase ("، في قصر السلام أمس،") ends no clause
        if s.norms[j] in cue.temporal_cut or (s.norms[j] in PUNCT and j >= past_subject
                                              and not _comma_after_subject(s, i, j + 1, cue)):
            return j
    return end


def _frame_in(s: Sentence, start: int, end: int, trig: Trigger) -> bool:
    """A cue of one of the trigger's frames heads a word between start and end."""
    words = [s.norms[j] for j in range(start, end) if s.group_at[j] < 0 and s.tokens[j].is_word][:CUE_REACH]
    bare = [_bare(w) for w in words]
    text = " " + " ".join(bare + words) + " "
    return any(" " + c in text or _cue_words(c, bare) for f in trig.frames if f.prep is None for c in f.cues)


def _cue_words(cue: str, *seqs: list[str]) -> bool:
    """A cue of several words heads as many words in a row, each word a stem of its word ("ضرب جوي" in "ضربة جوية",
    "عملي إرهابي" in "العملية الإرهابية"); a cue of one word is matched by its caller (round 17a)."""
    parts = cue.split()
    if not CUE_WORDS or len(parts) < 2:
        return False
    return any(all(seq[k + j].startswith(p) for j, p in enumerate(parts))
               for seq in seqs for k in range(len(seq) - len(parts) + 1))


def _takes_up_noun(s: Sentence, i: int, cue: Cues) -> bool:
    """The verb's object pronoun takes up the plain noun before it, right before the verb ("عرض قدمه") or before
    a relative pronoun ("الدعم الذي قدمته"), not an actor ("الرجل الذي منحه")."""
    k = i - 1
    if k >= 0 and s.norms[k] in cue.relatives:
        k -= 1
    if k < 0 or s.group_at[k] >= 0 or not s.tokens[k].is_word:
        return False
    w = s.norms[k]
    if w.lstrip("وف") in ("ما", "لما", "مما", "بما", "فيما"):
        return False  # "لما قدمته المملكة من دعم": what was given follows من
    return len(w) > 2 and not w.isdigit() and w not in TIME_WORDS and w not in cue.prepositions \
        and w not in cue.complementizers and w not in cue.skippers and w not in cue.relatives


def _appeal(d: Draft, s: Sentence, cue: Cues) -> bool:
    """A deed someone wants another to do becomes that one's appeal: source the one who wants it."""
    sub_start = s.subs[s.sub_of[d.i]][0]
    seg_start = s.segments[s.seg_of[d.i]][0]
    desire_at = max((j for j in range(seg_start, sub_start) if s.norms[j] in cue.desire), default=-1)
    if desire_at < 0:
        return False
    wanter = _subject_before(s, desire_at, cue) or _subject_after(s, desire_at, cue)
    if wanter is None:
        groups = [g for g in s.groups if seg_start <= g.t0 < desire_at and not g.is_adjective]
        wanter = groups[-1] if groups else None
    doer = _subject_after(s, d.i, cue) or _subject_before(s, d.i, cue)
    if wanter is None or doer is None or wanter.head.code == doer.head.code:
        return False
    d.code = APPEAL_FOR.get(d.code, APPEAL_FOR.get(d.code[:2], "020"))
    d.source, d.target = wanter, doer
    d.extra["appeal"] = True
    return True
