"""Where a word stands in its clause: the small tests on a sentence that every step of the coder asks.

Word forms (`_bare` strips و/ف, a preposition clitic and the article; `_has_prep`); the place of a group
(after a preposition: `_prefixed`, `_in_pp`; a place phrase: `_is_place`; a dateline's agency: `_dateline`;
a relay phrase: `_in_relay`); the complement (`_complement_start`, `_first_preposition`); relative clauses
(`_relative_at`, `_relative_verb`, `_after_noun`, `_antecedent_is_noun`); agreement (`_agrees`); the verbs
that hand their subject to the noun after them (`_aspect`, `_experienced`); and the word lists these share.
"""

from __future__ import annotations

from marsad.events import switches
from marsad.events.actors import Group
from marsad.events.clauses import PUNCT, QUOTE, Sentence
from marsad.events.cues import Cues
from marsad.events.lexicon import Analysis
from marsad.events.places import PLACE_PREPS

WINDOW = 20
PERSONS_F = ("3fs", "3fd", "3fp", "3f")
TIME_WORDS = frozenset({"اليوم", "امس", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
                        "الماضي", "الجاري", "مجددا", "ايضا"})
# "طلب عدد من المشرعين", "قتل 15 من المسلحين": a part of an actor, or a count
QUANTIFIERS = frozenset({"عدد", "مئات", "الاف", "عشرات", "بعض", "مجموعه", "اكثر", "نحو", "احد", "احدي", "جميع",
                         "كافه", "مجموعات"})
# "قال X إنه يرفض…": the pronoun is the speaker, who carries on as the subject
PRONOUN_COMPLEMENTIZERS = frozenset({"انه", "انها", "بانه", "بانها", "وانه", "وانها", "انهم", "بانهم"})
# roots coded even when the text names no target: protests, force posture, violence
ONE_SIDED = frozenset({"14", "15", "17", "18", "19", "20"})
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})  # acts only people and forces do
SCRIPTURE = frozenset({"الله", "تعالي", "النبي", "الرسول", "رسول"})
PP_WORDS = frozenset({"في", "وفي", "علي", "وعلي", "من", "ومن", "الي", "والي", "عن", "مع", "لدي", "داخل"})
PRONOUN_PPS = frozenset({"فيه", "فيها", "فيهم", "له", "لها", "لهم", "عنه", "عنها", "منه", "منها", "عليه", "عليها",
                         "اليه", "اليها", "به", "بها", "معه", "معها"})
MEMBER_IN = frozenset({"القيادي", "قيادي", "القياديين", "قياديين", "عضو", "العضو", "اعضاء", "الاعضاء", "مسؤول",
                       "المسؤول", "مسؤولين", "المسؤولين", "الناشط", "ناشط", "ناشطين", "الناشطين"})


def _bare(word: str, written: str | None = None) -> str:
    """The normalised `word` without و/ف, a preposition clitic and the article. Given the word as `written`, an
    alef with hamza is no article: "ألغام", "وإلغاء" normalise to "الغام", "والغاء" but keep their first letters
    (round 17d); without it, a word that begins with أل/إل loses them as if they were the article."""
    start = 0
    if len(word) > 3 and word[0] in "وف":
        start = 1
    if word.startswith("لل", start) and len(word) - start > 4:
        start += 2
    elif len(word) - start > 3 and word[start] in "بلك":
        start += 1
    if word.startswith("ال", start) and len(word) - start > 3 and not (
            switches.HAMZA_ARTICLE and written is not None and _hamza_at(written, start)):
        start += 2
    return word[start:]


def _hamza_at(written: str, k: int) -> bool:
    """The k-th letter of the normalised form of `written` is an alef with hamza or madda as written."""
    from marsad.clean.normalize import normalize

    n = 0
    for ch in written:
        for _ in normalize(ch):
            if n == k:
                return ch in "أإآ"
            n += 1
    return False


def _has_prep(word: str, prep: str) -> bool:
    if not word:
        return False
    if prep in ("ب", "ل", "ك"):
        w = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        return w.startswith(prep) and len(w) > 2
    w = word[1:] if word[:1] == "و" and len(word) > len(prep) else word
    return w == prep or (prep == "الى" and w in ("الى", "الي"))


def _prefixed(s: Sentence, g: Group) -> bool:
    """The group's first word carries a preposition clitic outside the name ("لسنغافورة", "بموسكو")."""
    tok = s.tokens[g.t0]
    lead = tok.text[: max(0, g.members[0].start - tok.start)]
    # a mention that keeps ل and the article in its span ("للرئاسة الأمريكية", "للأمم المتحدة") is after ل too
    return any(c in "بلك" for c in lead) or (switches.LIL_SPAN and s.norms[g.t0].startswith("لل") and g.members[0].start == tok.start)


def _in_pp(s: Sentence, g: Group, cue: Cues) -> bool:
    """The group is the object of a preposition ("لوكالة فرانس برس", "في الحلف الأطلسي")."""
    return _prefixed(s, g) or (g.t0 > 0 and s.norms[g.t0 - 1] in cue.prepositions)


def _is_place(s: Sentence, g: Group, cue: Cues) -> bool:
    """"في حلب", "في شمال العراق": where the deed happened, not to whom."""
    if g.lead is not None and g.lead is not g and _is_place(s, g.lead, cue):
        return True  # "في سوريا والعراق"
    prev = s.norms[g.t0 - 1] if g.t0 > 0 else ""
    prev2 = s.norms[g.t0 - 2] if g.t0 > 1 else ""
    if switches.BORDER_WITH and prev == "مع" and _bare(prev2) in ("الحدود", "حدود", "حدوده", "حدودها"):
        return True  # "على الحدود مع سوريا": the border is where, the country beyond it no party
    if switches.BORDER_WITH and prev == "في" and prev2 in MEMBER_IN:
        return False  # "القيادي في حماس", "عضو في البرلمان": a member of the body, not a place
    if switches.BRACKET_PLACE and _bare(prev) in cue.place_heads and prev2 in ("(", "،", ",", "-"):
        return True  # "(شرق ليبيا)", "، جنوب اليمن": where the place named before lies
    return prev in PLACE_PREPS or (prev in cue.place_heads and prev2 in PLACE_PREPS) or (
        _bare(prev) in cue.place_heads and (prev2 in PLACE_PREPS or prev[:1] == "ب"))  # "بشرق العراق"


def _dateline(s: Sentence, g: Group) -> bool:
    """A news agency closing a dateline ("واشنطن 15 شوال 1436 هـ … واس نفذت…"): the wire, not the doer."""
    return g.head.code.endswith("MED") and g.t0 <= 15 and any(any(c.isdigit() for c in w) for w in s.norms[: g.t0])


def _in_relay(s: Sentence, j: int, cue: Cues) -> bool:
    """The token sits in a relay phrase ("حسبما ذكرت X", "نقلا عن X", "كما أفادت X")."""
    seg_start = s.segments[s.seg_of[j]][0]
    for k in range(seg_start, j):
        w = s.norms[k]
        if w in cue.relay_after and (w not in ("كما", "وكما") or (k + 1 < len(s.norms)
                                                                  and s.norms[k + 1] in cue.report_verbs)):
            return True
    return False


def _complement_start(s: Sentence, i: int, end: int) -> int:
    """The first token after the trigger and its subject (if the subject follows the verb)."""
    j = i + 1
    while j < end and (s.norms[j] in QUOTE):
        j += 1
    g = s.group_starting(j)
    if g is not None and not _prefixed(s, g):  # "وأشاد بالحكومة…": a preposition's object opens the complement
        j = max([g.t1] + [c.t1 for c in g.coordinated])
    while j < end and s.norms[j] in QUOTE:
        j += 1
    return j


def _first_preposition(s: Sentence, i: int, end: int, cue: Cues) -> str:
    """The first preposition after the trigger, past its subject and object ("طالب X Y بإقالة…")."""
    for j in range(i + 1, end):
        if s.group_at[j] >= 0:
            continue
        w = s.norms[j]
        if w in cue.prepositions or (w[:1] in "بل" and len(w) > 3 and w not in cue.skippers):
            return w
    return ""


def _relative_at(s: Sentence, i: int, cue: Cues) -> int:
    """The relative pronoun right before the verb at i, or before كان/قد and the verb ("التي كانت ترفض"); -1."""
    k = i - 1
    if switches.RELATIVE_AUX and k > 0 and s.norms[k] in ("كان", "كانت", "كانوا", "قد", "لقد"):
        k -= 1
    return k if k >= 0 and s.norms[k] in cue.relatives and s.norms[k] != "ما" else -1


def _relative_verb(s: Sentence, i: int, cue: Cues) -> bool:
    """The verb opens a relative clause ("الذين يزورون", "التي كانت ترفض")."""
    if not switches.RELATIVE_TOPIC:
        return False
    return (i > 0 and s.norms[i - 1] in cue.relatives) or (
        i > 1 and s.norms[i - 2] in cue.relatives and s.norms[i - 1] in ("كان", "كانت", "كانوا", "قد"))


def _after_noun(s: Sentence, i: int, cue: Cues) -> bool:
    """The verb follows a plain noun (an asyndetic relative clause), not an actor, a particle or a pause."""
    if i == 0 or i == s.segments[s.seg_of[i]][0] or i == s.subs[s.sub_of[i]][0]:
        return False
    w = s.norms[i - 1]
    return (s.group_at[i - 1] < 0 and s.tokens[i - 1].is_word and w not in cue.complementizers
            and w not in cue.neg_verb and w not in cue.skippers and w not in cue.prepositions and len(w) > 2)


def _antecedent_is_noun(s: Sentence, i: int, an: Analysis) -> bool:
    """An object pronoun that points back to a noun just before the verb ("عقوبات فرضها")."""
    for j in range(max(0, i - 3), i):
        if s.group_at[j] < 0 and s.norms[j] not in PUNCT and len(s.norms[j]) > 2:
            bare = _bare(s.norms[j], s.tokens[j].text)
            for f in an.trigger.frames:
                if any(bare.startswith(c) for c in f.cues):
                    return True
    return False


def _agrees(an: Analysis, g: Group) -> bool:
    if an.subj is None:
        return True
    fem = an.subj in PERSONS_F
    return (g.gender == "f") == fem or an.subj.endswith("p")


def _aspect(w: str, cue: Cues) -> bool:
    """"قام", "وقامت", "بدأوا", "واصلوا": a verb that hands its subject to the masdar after it."""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return w in cue.aspect or (w.endswith("وا") and w[:-2] in cue.aspect)


def _with_preposition(w: str) -> bool:
    """"بعدد", "وبالمواطنين", "للأهالي": a word with the clitic ب or ل, a prepositional phrase (round 17h)."""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return len(w) > 3 and w[:1] in ("ب", "ل") and not w.startswith("ال")


def _experienced(s: Sentence, i: int, cue: Cues) -> bool:
    return any(w in cue.experiencer or (w[:1] in ("و", "ف") and w[1:] in cue.experiencer)  # "وتعرضت"
               for w in s.norms[max(0, i - 4) : i])
