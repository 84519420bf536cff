"""Filters that drop a trigger or an event: no deed that happened, or no event of politics.

`_not_a_deed` says why a trigger reports no deed: a condition, sports words, the future, a law, a
predicate ("يعد انتهاكا"), negation, modality, a purpose, a topic or a plan, a stance or a figure of speech
on a force noun ("في مواجهة", "المواجهة الفكرية"), a future in its own clause, a desire (which the clause
loop may make an appeal), a restatement ("بذلك"), a deed asked for under a word of need ("أهمية", "ضرورة":
`_needed`) or named as an incident ("حادث تفجير"). A marker's other sense is no marker (round 17f): "حالة الطوارئ"
and a clause opened by "فيما" after a condition (`_conditioned`), "عن" after "أسفر" (`_resulted`), "عليه" not before
أن, "أثناء محاولة…" after the deed, a word inside a name, "حتى بعد". Also: a blessing after the verb marks quoted scripture
(`_blessing_after`); "قتل جندي تركي" names the victim of a passive (`_patient_nisba`); a match report codes
nothing (`_sports_article`); an actor known only by its country acting on that country is no event
(`_self_country`). A deed noun a verb of intent or a future verb governs is its doer's intent, not dropped
(`_own_intent`, round 18f: "يعتزمون الاجتماع").
"""

from __future__ import annotations

from functools import cache

from marsad.clean.normalize import normalize_words
from marsad.events import switches
from marsad.events.actors import Group, role_words
from marsad.events.clauses import Sentence
from marsad.events.cues import Cues
from marsad.events.draft import Draft
from marsad.events.frames import _window_end
from marsad.events.lexicon import Analysis, Trigger
from marsad.events.syntax import PRONOUN_COMPLEMENTIZERS, _bare, _complement_start, _experienced
from marsad.language.tokens import Token

BLESSINGS = frozenset({"صلي", "صلى", "رضي"})
ANNOUNCE_VERBS = frozenset({"اعلن", "اعلنت", "واعلن", "واعلنت", "يعلن", "تعلن", "كشف", "كشفت", "وكشف", "وكشفت", "يكشف",
                            "تكشف"})
FIGURATIVE_WORDS = frozenset({"فكري", "فكريه", "الفكري", "الفكريه", "اعلامي", "اعلاميه", "كلامي", "كلاميه", "لفظي",
                              "لفظيه", "ثقافي", "ثقافيه", "دعائي", "دعائيه"})
NOT_FUTURE = ("سياس", "سيار", "سيطر", "سيد", "سيف", "سير", "سيول", "ستار", "ستين", "سته", "سيناء", "سينما", "سيئ",
              "ستوكهولم", "سيول", "سينا")
FUTURE_PREPOSITIONS = normalize_words(["إلى", "على", "في"])  # "ستتجه إلى", "ستعمل على", "ستستمر في"
# "أكد أهمية تعزيز…", "طالب بضرورة التعاون…": what is needed or important is asked for, not done (round 17c)
NEED_WORDS = normalize_words(["ضرورة", "بضرورة", "لضرورة", "وضرورة", "أهمية", "بأهمية", "لأهمية", "وأهمية"])
# "المصابين في حادث تفجير المسجد": a deed named as the incident people were caught in (round 17c)
INCIDENT_WORDS = normalize_words(["حادث", "حادثة", "الحادث", "الحادثة", "حوادث", "وحادث", "وحادثة", "بحادث", "بحادثة"])
# "فيما التقى…", "بينما…", "كما…": a segment that opens a clause of its own, outside a condition before it (round 17f)
NEW_CLAUSE_OPENERS = normalize_words(["فيما", "وفيما", "بينما", "وبينما", "كما", "وكما"])
STATE_NOUNS = normalize_words(["حال", "حالة"])  # a condition only in "في حال(ة)"; else a state ("حالة الطوارئ")
OBJECT_PRONOUN_ALA = normalize_words(["عليه", "عليها", "عليهم"])  # "must" before أن; else على + pronoun
# nouns of the modal list that head a phrase of their own after a deed noun: "أثناء محاولة فاشلة", "قرار مجلس الأمن"
MODAL_NOUNS = normalize_words(["محاولة", "محاولات", "استعداد", "قرار", "قراره", "قرارها", "احتمال", "احتمالات"])
# "حتى بعد انسحاب القوات": حتى is "even" before a word of time, not "so that" (round 17f)
EVEN_WORDS = normalize_words(["حتى", "وحتى"])
TIME_PREPOSITIONS = normalize_words(["بعد", "قبل", "خلال", "منذ", "أثناء", "عقب"])
RESULT_VERBS = normalize_words(["أسفر", "أسفرت", "أسفرا", "أسفروا", "يسفر", "تسفر", "تمخض", "تمخضت", "نتج", "نتجت",
                                "ينتج", "تنتج"])
# "يعتزمون الاجتماع", "سوف تواصل اتصالاتها": the doer's own plan, coded as its intent in CAMEO (round 18f); not "سيتم",
# whose doer is unsaid
INTENT_WORDS = normalize_words(["يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون", "سوف", "وسوف"])
UNSAID_FUTURE = normalize_words(["سيتم", "ستتم", "وسيتم", "وستتم"])
RESULT_REACH = 30  # the verb of outcome stands before its subject, a long noun phrase
NEED_REACH = 9
# "أحيل المتهمون إلى المحكمة لاتهامهم بـ…", "حكم عليه بالسجن لقيامه بـ…": verbs of referral, trial and punishment whose
# ل + masdar with a pronoun of the people they befell gives the cause, not a purpose (round 17h)
PUNISH_VERBS = normalize_words(["أحيل", "وأحيل", "أحيلت", "وأحيلت", "أحيلوا", "وأحيلوا", "أحال", "وأحال", "أحالت", "وأحالت",
                                "حوكم", "وحوكم", "حوكموا", "عوقب", "وعوقب", "أدين", "وأدين", "أدينوا", "سجن", "وسجن",
                                "اعتقل", "واعتقل", "اعتقلوا", "أوقف", "وأوقف", "أوقفوا", "حكم", "وحكم", "حكمت", "وحكمت",
                                "فصل", "وفصل", "طرد", "وطرد", "أعدم", "وأعدم", "أعدموا"])  # "ضرورة الرقابة الدقيقة وإمكانية إعادة فرض العقوبات": the deed a few nouns on


def _not_a_deed(s: Sentence, i: int, an: Analysis, cue: Cues) -> str | None:
    """Why the trigger does not report a deed that happened (None when it does)."""
    norms = s.norms
    before = norms[i - 1] if i > 0 else ""
    before2 = norms[i - 2] if i > 1 else ""
    seg_start = s.segments[s.seg_of[i]][0]
    sub_start = s.subs[s.sub_of[i]][0]
    verbal = an.tense in ("past", "pres")
    if any(w in cue.conditional for w in norms[:i]) and _conditioned(s, i, cue):
        return "conditional"
    sporting = [w for w in norms if w in cue.sports]
    if sporting and (not switches.SPORTS_AMBIGUITY or len(sporting) > 1 or sporting[0] not in cue.sports_ambiguous):
        return "sports"  # "خطف المنتخب اللقب", "شكر مدرب الفريق": the words of a match, not of politics
    if before in cue.future or before2 in cue.future:
        return "future"  # "سيصعد هجماته", "من المقرر أن"
    if an.tense != "past" and any(w in cue.law for w in norms):
        return "law"
    if switches.PREDICATES and an.tense == "noun" and (before in cue.predicates or (
            before2 in cue.predicates and before in ("بمثابه", "عملا", "عمليه"))):
        return "predicate"  # "أن هذه الممارسات تمثل اعتداءً", "يعد انتهاكا": what something is called
    if verbal:
        if before in cue.neg_verb and not (before == "ما" and before2 in ("وهو", "وهي", "هذا", "وهذا", "الامر")):
            if not (before in ("ما", "لا") and an.tense == "pres" and before == "ما") and not (
                    before == "لما" and an.tense == "past"):  # "لما قدمته المملكة": for what it gave
                return "negated"
        if before2 in cue.neg_verb and before in ("يكن", "تكن", "قد", "يتم", "تتم", "يعد", "تعد"):
            return "negated"
        if an.flag == "fut" or before in ("سوف", "لن") or before2 in ("سوف", "لن"):
            return "future"
        if an.flag == "purpose":
            return "purpose"
        if before in cue.modal and not (before in cue.modal_past_ok and an.tense == "past") and not (
                switches.ALAYHI_MODAL and before in OBJECT_PRONOUN_ALA and an.prefix[:1] in ("و", "ف")):
            return "modal"  # not "أطلق النار عليه وقتله": عليه ends the phrase before a verb joined by و
    else:
        if before in cue.neg_noun or before2 in ("عدم", "دون"):
            return "negated"
        if an.tense == "noun" and any(w in ("لم", "لن", "ليس", "ليست", "ولم", "ولن") for w in norms[sub_start:i]):
            return "negated"  # "لن يتمكن من زيارة…"
        announced = switches.ANNOUNCED and before == "عن" and any(
            norms[k] in ANNOUNCE_VERBS for k in range(max(s.segments[s.seg_of[i]][0], i - 6), i - 1))
        if switches.RESULT_OF and before == "عن" and _resulted(norms, i):
            announced = True  # "مما أسفر عن مقتل شخص", "أسفرت الجهود عن ضبط 24": what came of it, no topic
        even = switches.EVEN_AFTER and before2 in EVEN_WORDS and before in TIME_PREPOSITIONS
        if an.tense == "noun" and (before in cue.topic and not announced or before in cue.purpose
                                   or (before2 in cue.purpose and not even) or before2 in cue.mention_heads
                                   or before in cue.mention_heads):
            return "topic"
        if an.tense == "noun" and an.flag == "prep" and an.prefix.endswith("ل") and not _experienced(s, i, cue) \
                and not (switches.CAUSE_LAM and an.poss is not None and any(
                    w in PUNISH_VERBS for w in norms[s.segments[s.seg_of[i]][0] : i])):
            return "purpose"
        if switches.INCIDENT and an.tense == "noun" and before in INCIDENT_WORDS and an.poss is None:
            return "incident"  # "نقل للمصابين في حادث تفجير مسجد…": the incident they were hurt in, no doer told here
    if before in cue.purpose or (before2, before) == ("من", "اجل"):
        return "purpose"
    if switches.NEEDED and (an.tense == "noun" or (an.prefix[:1] not in ("و", "ف") and before.isalpha())) \
            and _needed(norms, i, cue):
        # "مؤكدا أهمية الإسراع في تنفيذ المشاريع، ودعم القطاع الصحي": a call, not support given; "أهمية … القدرة على
        # إعادة فرض العقوبات": a masdar in the chain, whatever verb it is spelt like (a verb with و opens a clause)
        return "needed"
    if an.tense == "noun" and _force_trigger(an.trigger):
        nxt = norms[i + 1] if i + 1 < len(norms) else ""
        if switches.FACING and before in ("في", "وفي") and _bare(norms[i]) == "مواجهه" and nxt not in ("مع", "بين") \
                and s.group_at[i] < 0:
            return "stance"  # "بات الجيش وحده في مواجهة طالبان": facing an enemy, not a clash (round 14)
        if switches.FIGURATIVE and (nxt in FIGURATIVE_WORDS or _bare(nxt) in FIGURATIVE_WORDS):
            return "figurative"  # "المواجهة الفكرية", "حرب إعلامية": words and ideas, not force (round 14)
        if switches.FIGURATIVE and before == '"' and '"' in norms[i + 1 : i + 4]:
            return "figurative"  # "يريدون نقل «معركة النووي» إلى الكونغرس": a name in quotation marks (round 14)
    ahead = s.segments[s.seg_of[i]][1]
    if an.trigger.roles.get("stmt") or switches.FUTURE_AHEAD:
        # "أوضح الوزير أن الحكومة ستعيد فتح المطار الشهر المقبل": the future is the content's, not the saying's;
        # "بعد اجتماع الوزير والأمين العام بينوا أن السوق… العام القادم": nor the meeting's (round 14)
        ahead = next((k for k in range(i + 1, ahead) if norms[k] in cue.complementizers), ahead)
    if any(w in cue.future for w in norms[seg_start:i]) or any(
            w in ("المقبل", "المقبله", "القادم", "القادمه", "غدا") for w in norms[i:ahead]):
        return "future"
    if switches.FUTURE_VERB_PP and an.tense == "noun" and _future_governed(norms, i, sub_start, an):
        return "future"  # "إن المقاومة ستتجه إلى تطهير…", "سيسمح لطهران بدعم…": a deed the future verb governs
    rest = norms[i + 1 : s.subs[s.sub_of[i]][1]]
    if switches.ALAYHI_MODAL:
        rest = [w for w in rest if w not in OBJECT_PRONOUN_ALA]  # "الاعتداء عليها": the deed's own preposition
    if switches.REST_NOUNS:
        rest = [w for w in rest if w not in MODAL_NOUNS]  # "تفجير انتحاري أثناء محاولة…", "تنفيذ قرار مجلس الأمن"
    if an.tense == "noun" and any(_future_verb(w) or w in cue.modal for w in rest):
        return "future"  # "الغارات الأمريكية … ستزيد…", "الضربات … يمكن أن تستهدف": what they would do
    opener = s.sub_opener[s.sub_of[i]]
    if sub_start > seg_start or (opener and opener in cue.complementizers):
        gov = norms[max(seg_start, sub_start - 4) : sub_start]
        if switches.NAME_WORDS:
            # "ذكرت اللجنة الإقليمية لمكافحة التصحر أن الفرق زرعت": a word of a name governs nothing
            gov = ["" if s.group_at[k] >= 0 else w for k, w in enumerate(gov, start=max(seg_start, sub_start - 4))]
        if switches.ALAYHI_MODAL:
            # "جرى التحفظ عليه بعد أن سرق السيارة": عليه is the arrest's object; it says "he must" only right before أن
            gov = [w for k, w in enumerate(gov, start=max(seg_start, sub_start - 4))
                   if w not in OBJECT_PRONOUN_ALA or k == sub_start - 1]
        if any(w in cue.modal or w in cue.mention_heads for w in gov):
            return "modal"  # "يمكن أن…", "مخاوف من أن…"
        if any(w in cue.desire for w in gov) and verbal:
            return "desire"
    comp = _complement_start(s, i, _window_end(s, i, cue))
    if comp < len(norms) and norms[comp] in cue.anaphors and an.tense in ("past", "pres") \
            and not an.trigger.roles.get("deny"):
        nxt = norms[comp + 1] if comp + 1 < len(norms) else ""
        if not nxt.startswith("ال"):  # "بذلك" points back; "هذا الصراع" is a noun phrase
            return "restatement"
    return None


def _own_intent(s: Sentence, i: int, an: Analysis, code: str, out: list[Draft]) -> str | None:
    """The intent code (03, 13) of a deed noun that a verb of intent or a future verb governs ("يعتزمون الاجتماع",
    "سوف تواصل اتصالاتها", "ستواصل دعم"): CAMEO codes the plan announced (036 to meet, 033 to give aid, 138 to use
    force), not nothing. A future verb itself ("سيزور بوتين الصين") stays no event, and a statement before it in the
    sentence keeps its own rule (`statements._intent`: a prediction about another is left as said)."""
    if not switches.OWN_INTENT or any(
            d.sent is s and d.i < i and (d.root == "01" or d.an.trigger.roles.get("stmt")) for d in out):
        return None
    from marsad.events.statements import _intent_code  # statements reads this module's word lists

    intent = _intent_code(code)
    before = s.norms[i - 1] if i > 0 else ""
    before2 = s.norms[i - 2] if i > 1 else ""
    if intent is None or before in UNSAID_FUTURE or before2 in UNSAID_FUTURE:
        return None
    sub_start = s.subs[s.sub_of[i]][0]
    if any(w in PRONOUN_COMPLEMENTIZERS for w in s.norms[max(0, sub_start - 1) : i]):
        return None  # "وأكد الوزير أنه سيبدأ زيارته": a speaker's own plan is his statement's, however it was coded
    marked = before in INTENT_WORDS or before2 in INTENT_WORDS or _future_verb(before) or (
        before in FUTURE_PREPOSITIONS and _future_verb(before2))
    return intent if marked and an.tense == "noun" else None


def _conditioned(s: Sentence, i: int, cue: Cues) -> bool:
    """A condition word before the trigger at i still governs it (round 17f): "حال"/"حالة" is a condition only
    after في ("في حال لم…"; "أعلن حالة الطوارئ" names a state), and a condition told before
    the trigger's segment ends where that segment opens a clause of its own with "فيما/بينما/كما" ("while",
    "also": "…في حالة الأزمات، فيما التقى بالمواطنين"), not "in what". A segment opened by ف is the condition's
    answer ("إذا …، فإن…") and stays inside it, as does a verb joined by و ("إذا هاجمت… وقصفت…")."""
    norms = s.norms
    seg_start = s.segments[s.seg_of[i]][0]
    new_clause = norms[seg_start] in NEW_CLAUSE_OPENERS
    for k in range(i):
        w = norms[k]
        if w not in cue.conditional:
            continue
        if switches.STATE_NOUN and w in STATE_NOUNS and (k == 0 or norms[k - 1] not in ("في", "وفي")):
            continue
        if switches.NAME_WORDS and s.group_at[k] >= 0:
            continue  # "لو" of "لو موند", "لولا" the president: a word of a name
        if switches.CONDITION_SCOPE and k < seg_start and new_clause:
            continue
        return True
    return False


def _resulted(norms: list[str], i: int) -> bool:
    """A verb of outcome ("أسفر", "تمخض", "نتج") before the "عن" right before the noun at i, however long its
    subject ("أسفرت حملات التفتيش الميدانية لمتابعة الأسواق … عن ضبط"), with no other "عن" between."""
    for k in range(i - 2, max(-1, i - 1 - RESULT_REACH), -1):
        w = norms[k]
        if w == "عن" or w in (".", ":", "؛"):
            return False
        if w[:1] in ("و", "ف") and w[1:] in RESULT_VERBS:
            w = w[1:]
        if w in RESULT_VERBS:
            return True
    return False


def _needed(norms: list[str], i: int, cue: Cues) -> bool:
    """A word of need or importance ("ضرورة", "أهمية") governs the deed noun at i: right before it or a few nouns
    before it in one phrase ("أهمية الإسراع في تنفيذ المشاريع، ودعم…"), with no clause opener between."""
    for k in range(i - 1, max(-1, i - 1 - NEED_REACH), -1):
        w = norms[k]
        if w in NEED_WORDS:
            return True
        if w in cue.complementizers or w in cue.relatives or w in (".", ":", "؛", ";"):
            return False
    return False


def _force_trigger(trig: Trigger) -> bool:
    """A trigger whose code or a frame's is an assault, a fight or mass violence (18, 19, 20)."""
    return any(c is not None and c[:2] in ("18", "19", "20") for c in (trig.code, *(f.code for f in trig.frames)))


def _future_governed(norms: list[str], i: int, sub_start: int, an: Analysis) -> bool:
    """The deed noun at i is what a future verb of its clause governs: right after it ("ستواصل دعم"), after its
    preposition ("ستتجه إلى تطهير", "ستعمل على"), or with ب/ل a few words after it ("سيسمح لطهران بدعم…")."""
    before = norms[i - 1] if i > 0 else ""
    before2 = norms[i - 2] if i > 1 else ""
    return _future_verb(before) or (before in FUTURE_PREPOSITIONS and _future_verb(before2)) or (
        an.prefix[:1] in ("ب", "ل") and any(_future_verb(w) for w in norms[max(sub_start, i - 4) : i]))


def _future_verb(w: str) -> bool:
    """A present verb with the future prefix ("ستزيد", "سيتم"), not a noun that starts alike ("سياسة")."""
    w = w[1:] if w[:1] in ("و", "ف") else w
    return len(w) >= 5 and w[0] == "س" and w[1] in "يت" and not w.startswith(NOT_FUTURE)


def _blessing_after(s: Sentence, i: int) -> bool:
    """A blessing on the Prophet or a Companion right after the verb ("قال صلى الله عليه وسلم", "رضي الله عنه")."""
    return any(s.norms[k] in BLESSINGS and s.norms[k + 1] == "الله" for k in range(i + 1, min(i + 3, len(s.norms) - 1)))


def _patient_nisba(s: Sentence, i: int, own: Group | None, cue: Cues) -> bool:
    """"قتل جندي تركي", "قتل ضابط مصري": an indefinite noun of a person and its nisba after an unvocalised verb
    of killing name its victim (قُتل); a force ("قتلت قوات تركية") would be its doer."""
    if not switches.PATIENT_NISBA or own is None or not own.is_adjective or own.t0 < 2 or own.t0 > i + 3:
        return False
    noun = s.norms[own.t0 - 1]
    bare = _bare(noun)
    return s.group_at[own.t0 - 1] < 0 and not noun.startswith("ال") and bare not in cue.members \
        and noun not in cue.members and bare not in _force_words()


@cache
def _force_words() -> frozenset[str]:
    return frozenset(w for w, role in role_words().items() if role in ("MIL", "COP", "REB", "SPY"))


def _sports_article(tokens: list[Token], cue: Cues) -> bool:
    """Three sports words make a match report."""
    return sum(1 for t in tokens if _sports_word(t, cue)) >= 3


def _sports_word(t: Token, cue: Cues) -> bool:
    """A sports word, also after one proclitic ("والفريق") or after ل that dropped the article's alif ("للفريق")."""
    w = t.norm
    return w in cue.sports or w[1:] in cue.sports or "ال" + w[2:] in cue.sports


def _self_country(d: Draft) -> bool:
    """A person or body the entities stage knows only by its country ("الملتقى", "أبي مالك الشامي"), acting on
    that same country: who acts on whom is unsaid. A town or region standing for its people ("اللاذقية تطالب…")
    still acts."""
    if d.source is None or d.target is None:
        return False
    code = d.source.head.code
    if switches.GENERIC_SELF and d.source.head.kind == "people" and code == d.target.head.code:
        return True  # "القيادة تهنئ رئيس جمهورية سنغافورة": a generic actor read as the very one it acts on
    return len(code) == 3 and code.isalpha() and code == d.target.head.code and d.source.head.kind not in (
        "GPE", "LOC")
