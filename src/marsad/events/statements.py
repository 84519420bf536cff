"""Statements (010): whether a saying verb is a political act, about whom, and what it gives way to.

A statement counts for an official speaking of another actor (`_about_another`) or in the story's opening
(`_opening`), for a coded body speaking of another country and for a civil body on its own country's
actors (`_spoken_of`, with `home_too`). Its target is a named addressee (`_addressee`, `_told`; a news medium
after ل is the channel, not the addressee), else the actor its words are about (`_spoken_of`). No statement:
words credited in passing and scripture (`_hedge`), a former official (`_former`), a clause that names only
the speaker (`_speaker_only`, which finds the words after a colon). Harsh words make a reproach (`_harsh`); the
speaker's own future deed makes an intent (`_intent`, `_intent_code`); a headline "SPEAKER: words" is the speaker's
statement (`_headline_quote`) when a person is named before the colon (`_person_named`, round 20d); a statement
whose sentence goes on to a coded deed is that deed's frame (`_drop_covered_statements`), and so is one whose words
tell the speaker's own deed (`_own_content_deed`). Words whose speaker the sentence does not name go
on from a statement already told (`_continued`). A nisba on a thing ("أسعار السلع الصينية") names no other actor
(`_thing_nisba`, round 18e). Words that count the dead or the hurt report a toll, not a statement (`_toll`,
round 20d).
"""

from __future__ import annotations

from marsad.article import Article
from marsad.clean.normalize import normalize
from marsad.events import switches
from marsad.events.actors import Group, is_polity, role_words
from marsad.events.clauses import PUNCT, QUOTE, Sentence
from marsad.events.cues import Cues, cues
from marsad.events.draft import Draft
from marsad.events.filters import FUTURE_PREPOSITIONS
from marsad.events.kinds import _official, _same_actor
from marsad.events.lexicon import Lexicon, lexicon
from marsad.events.references import HONORIFICS
from marsad.events.subjects import _subject_end
from marsad.events.syntax import (
    PRONOUN_COMPLEMENTIZERS,
    SCRIPTURE,
    _bare,
    _in_pp,
    _in_relay,
    _is_place,
    _prefixed,
)

SPEAKER_SIDE = frozenset({"بلاده", "بلادها", "حكومته", "حكومتها", "دولته", "دولتها", "قواته", "قواتها"})
FORMER = frozenset({"السابق", "السابقه"})
CONTENT_ABOUT = frozenset({"عن"})  # "أعلن عن…", "كشف عن…": what the statement makes known
# round 15d switch (docs/events.md "Round 15d"): a news medium after ل is the statement's channel, not its addressee
MEDIUM_CHANNEL = True


def _spoken_of(s: Sentence, i: int, source: Group, cue: Cues, home_too: bool = False) -> Group | None:
    """The other actor a statement is about ("قال لعمامرة إن تصريحات ساركوزي…" -> Sarkozy): the first actor of
    another country or body in its content, not the paper it spoke to nor a place it spoke in; with
    `home_too`, an actor of the speaker's own country that is not the speaker itself comes after them."""
    home = source.head.country
    start = _subject_end(s, i, source, cue) if source.t0 > i else i + 1
    if home_too:
        return _spoken_of(s, i, source, cue) or next(
            (g for g in s.groups if g.t0 >= start and g is not source and g.head.country == home
             and not _same_actor(g.head.code, source.head.code) and g.head.code[3:6] != "MED"
             and not (min(len(g.head.code), len(source.head.code)) >= 6 and (  # "برنامج الأغذية التابع للأمم المتحدة"
                 g.head.code.startswith(source.head.code) or source.head.code.startswith(g.head.code)))
             and not _is_place(s, g, cue) and not _in_relay(s, g.t0, cue)
             and not (source.t0 > i and g.t0 == start and g.head.kind == "PER" and source.head.kind != "PER")),
            None)
    for g in s.groups:
        if g.t0 < start or g is source or g.head.country == home or g.head.code[3:6] in ("MED", "BUS") \
                or not is_polity(g.head):
            continue  # the paper or the platform it spoke through ("في منشور على «فيس بوك»") is no subject
        if source.t0 > i and g.t0 == start and g.head.kind == "PER" and source.head.kind != "PER":
            continue  # "قالت مديرة صندوق النقد الدولي كريستين لاجارد": the speaker's own name
        if _is_place(s, g, cue) or _in_relay(s, g.t0, cue) or (g.is_adjective and len(g.head.code) == 3 and not (
                switches.STATE_NISBA and g.t0 > 0 and s.norms[g.t0 - 1] in cue.state_nouns)):
            continue  # "اليأس الأفريقي": an adjective of a thing, not an actor; "السياسة الإيرانية" names the state
        return g
    return None


def _named_about(g: Group | None) -> Group | None:
    """NAMED_ABOUT: the actor a statement is about must be named ("قال X إن تصريحات ساركوزي…"); people named by what
    they are in its words ("قد تكون هدفا للإرهابيين", "بعد إحراق المستوطنين منزل الأسرة") are what the words tell
    of, and whose people they are is only the story's guess: no target rather than a wrong one (round 17g)."""
    if g is not None and switches.NAMED_ABOUT and g.head.kind == "people":
        return None
    return g


def _addressee(s: Sentence, i: int, end: int, source: Group | None, cue: Cues) -> Group | None:
    """Whom a statement is made to: "قال لـX", "صرح لوكالة…" right after the verb and its subject; the actors
    of its content are what it is about, not whom it addresses."""
    j = _subject_end(s, i, source, cue) if source is not None and source.t0 > i else i + 1
    g = s.group_starting(j) if j < end else None
    told = g is not None and not _prefixed(s, g) and _told(s, i)
    if g is None or (not told and (not _prefixed(s, g) or s.tokens[g.t0].norm[:1] not in ("ل",))):
        return None
    if MEDIUM_CHANNEL and not told and g.head.code[3:6] == "MED":
        return None  # "قال مسؤول لرويترز", "صرح لصحيفة «…»": the medium carried the words, it is not addressed
    return g if source is None or not _same_actor(g.head.code, source.head.code) else None


def _told(s: Sentence, i: int) -> bool:
    """A verb of telling whose object is its addressee ("أبلغ الوزير رويترز أن…"; role `addressee`)."""
    return any(a.trigger.roles.get("addressee") for a in lexicon().analyse(s.norms[i]))


def _about_another(s: Sentence, i: int, source: Group, cue: Cues) -> bool:
    """The statement's sentence names an actor of another country, a bloc or an international body: an
    official speaking to or about others ("أكد أوباما أن أفريقيا…"), not a ministry reporting figures nor
    an official speaking in a foreign city ("وقال الزهيري في مؤتمر صحفي في أوسلو")."""
    home = source.head.country
    frame = (_subject_end(s, i, source, cue) if source.t0 > i else i + 1) + 5  # "قال X في مؤتمر صحفي في موسكو"
    # the paper it spoke to ("قال … لـ«الوطن»") is its channel, not its subject
    return any(g.t0 > i and g is not source and g.head.country != home and g.head.code[3:6] != "MED"
               and not (g.t0 <= frame and _is_place(s, g, cue))
               and not (switches.NISBA_THING and _thing_nisba(s, g, cue)) for g in s.groups)


def _thing_nisba(s: Sentence, g: Group, cue: Cues) -> bool:
    """A nisba adjective on a thing ("أسعار السلع الصينية", "المنتجات الكويتية"): no actor is named, only whose the
    thing is (round 18e); on a force or its craft, an office or people ("مقاتلات تركية", "المسؤولين الأمريكيين") it
    names one."""
    if not g.is_adjective or g.t0 == 0 or s.group_at[g.t0 - 1] >= 0 or not s.tokens[g.t0 - 1].is_word:
        return False
    w = s.norms[g.t0 - 1]
    return not (w in role_words() or _bare(w) in cue.members or w in cue.members or w in cue.people
                or _bare(w) in cue.people or w in cue.offices or _bare(w) in cue.agent_modifiers)


def _opening(s: Sentence, sents: list[Sentence]) -> bool:
    """The title, the lead or the first sentence of the body: an official's statement there is the news itself
    ("أعلنت وزارة التجارة بدء تطبيق…"), not a figure quoted further down."""
    if s.section in ("title", "lead"):
        return True
    return s.section == "body" and next((x for x in sents if x.section == "body"), None) is s


def _speaker_only(s: Sentence, i: int, source: Group, cue: Cues) -> int | None:
    """A saying verb whose clause names only who spoke, to whom, where and how: with a colon next ("لكن مسؤولين
    أمريكيين قالوا: إنه…", "وقال نوفاك: «…»") the token index where the words after it end, which are the
    statement's clause; -1 when the sentence ends right after the speaker ("قال للصحفيين"), the words being told
    elsewhere; None when the clause holds its own words (أن, a quotation mark, a content noun)."""
    here = any(g is source for g in s.groups)  # a subject carried on from an earlier sentence is not in this one
    start = _subject_end(s, i, source, cue) if here and source.t0 > i else i + 1
    j = start
    while j < len(s.norms) and s.norms[j] not in (":", "."):
        if s.norms[j] in cue.complementizers or s.norms[j] in QUOTE or s.norms[j] in ("«", "»"):
            return None  # "قال إن…", "وقال في بيان «…»": the words are the clause's own
        j += 1
    if j < len(s.norms) and s.norms[j] == ":":
        if j + 1 >= len(s.norms):
            return -1  # "وقال:" closing the sentence: the words follow in the next
        end = j + 1
        while end < len(s.norms) and (s.norms[end] in QUOTE or s.norms[end] in ("«", "»")):
            end += 1
        while end < len(s.norms) and s.norms[end] not in PUNCT and s.norms[end] != ".":
            end += 1
        return end
    return -1 if sum(1 for k in range(start, j) if s.tokens[k].is_word) <= 1 else None


# round 20d: words that count the dead or the hurt ("لقوا مصرعهم", "أصيب ثلاثة", "تسجيل 4 إصابات"); whole words, since
# stems catch "توفير", "لقوات"; the bare "قتل" is left out (active, it is a deed with its own doer), and so are the
# definite "المصابين", "القتلى": the words of sympathy name them ("تقف مع المصابين", "الرحمة للقتلى")
TOLL_WORDS = frozenset(normalize(w) for w in (
    "لقوا", "لقي", "لقيت", "لقيا", "حتفهم", "حتفه", "حتفها", "مصرعهم", "مصرعه", "مصرعها", "مصرع", "توفي", "توفيت",
    "توفوا", "توفيا", "قتلوا", "قتلا", "أصيبوا", "أصيب", "أصيبت", "أصيبا", "جرحوا", "قتلى", "جرحى", "مصابين",
    "مصابون", "إصابات", "وفاة", "وفيات", "جثة", "جثث", "جثمان"))
TOLL_REACH = 15  # the words of the statement's first clause, not a later sentence's worth of tokens


def _toll(s: Sentence, i: int) -> bool:
    """STATEMENT_TOLL: the words after a saying verb count the dead or the hurt ("وقالت الشرطة إن أربعة عمال لقوا
    حتفهم", "أعلنت الوزارة تسجيل 4 إصابات بالفيروس", "إن ضابطين أصيبوا في انفجار"): the speaker reports a toll, not
    a political act of its own; the deed that caused it is coded by its doer, if the story names one (round 20d)."""
    return any(w in TOLL_WORDS or (w[:1] in ("و", "ف") and w[1:] in TOLL_WORDS)
               for w in s.norms[i + 1 : i + 1 + TOLL_REACH])


def _former(s: Sentence, i: int, source: Group, cue: Cues) -> bool:
    """The speaker holds his office no more ("وقال الرئيس السابق لبلدية الجزيرة", "قال X السفير السابق لـ…"):
    "السابق" among the words naming him, before any word he says."""
    if not any(g is source for g in s.groups):
        return False  # a subject carried on from an earlier sentence: its words there said who he is
    start = min(i + 1, max(0, source.t0 - 2))
    for k in range(start, min(len(s.norms), source.t1 + 2)):
        w = s.norms[k]
        if w in cue.complementizers or w in QUOTE or w in (":", "«", "»", "."):
            return False
        if w in FORMER and k != i:
            return True
    return False


def _harsh(s: Sentence, i: int, cue: Cues) -> bool:
    """The words after a saying verb reproach someone (`harsh_words` in `cues.json`)."""
    words = [_bare(w) for w in s.norms[i + 1 :]]
    pairs = [a + " " + b for a, b in zip(s.norms[i + 1 :], s.norms[i + 2 :], strict=False)]
    return any(w.startswith(h) for w in words for h in cue.harsh if " " not in h) or any(
        p.startswith(h) for p in pairs for h in cue.harsh if " " in h)


def _hedge(s: Sentence, i: int) -> bool:
    """"مما تقول إنه…", "بحسب ما قال": words credited in passing inside another clause, not a statement made;
    "قال الله تعالى": scripture quoted, not an actor speaking."""
    return (i > 0 and s.norms[i - 1] in ("ما", "مما")) or (i + 1 < len(s.norms) and s.norms[i + 1] in SCRIPTURE)


def _continued(s: Sentence, i: int, source: Group) -> bool:
    """A statement in the body whose speaker is no actor named in its own sentence, but one the coder took from an
    earlier sentence: a dropped subject ("وقال: إن الانفجار أسفر عن…", "وأوضح أن…") or a plain noun naming a body
    again ("وأكدت الهيئة…", "وقال بيان صادر عن…"). The words go on from a statement already told, one speech, not a
    new one; CAMEO codes a statement where its speaker is named. An honorific standing for him ("وقال سموه") names
    him; a headline or a lead keeps its statement, and harsh words ("وقال: «يجب على إيران تغيير سياستها
    العدوانية»") are a reproach of their own (round 17c)."""
    if s.section != "body" or not s.tokens or any(g is source for g in s.groups) \
            or s.tokens[0].start <= source.head.start < s.tokens[-1].end:
        return False
    return not any(w in HONORIFICS for w in s.norms[max(0, i - 1) : i + 3])


def _intent(out: list[Draft], s: Sentence, i: int, code: str) -> bool:
    """A future deed the speaker of the statement before it says it will do ("قالت الوزارة إنها ستقدم…", "أكد أن
    بلاده سترسل…"): the statement becomes the intent to do it (033 aid, 036 talks, 138 force). Another subject
    ("قال إن إيران ستهاجم") is a prediction, left as said."""
    intent = _intent_code(code)
    if intent is None or i == 0:
        return False
    if (switches.FUTURE_VERB_PP and i > 2 and s.norms[i - 1] in FUTURE_PREPOSITIONS and s.norms[i - 2][:2] in ("سي", "ست", "سن")
            and len(s.norms[i - 2]) > 4):
        i -= 1  # "إن المقاومة ستتجه إلى تطهير…": the future verb before the preposition carries the deed
    if i > 1 and s.norms[i - 1][:2] in ("سي", "ست", "سن") and len(s.norms[i - 1]) > 4:
        i -= 1  # "إن بلاده ستواصل دعم…": the future verb that carries the deed
    before = s.norms[i - 1]
    own = before in PRONOUN_COMPLEMENTIZERS or (before in SPEAKER_SIDE and i > 1 and s.norms[i - 2] in (
        "ان", "بان", "وان"))
    said = next((d for d in reversed(out) if d.sent is s and d.i < i and d.code == "010"), None)
    if not own and said is not None and said.source is not None and s.group_at[i - 1] >= 0:
        # "قال وزير الخارجية البريطاني إن لندن ستفرض…": the speaker's own country after إن
        g = s.groups[s.group_at[i - 1]]
        own = g.t0 > 0 and s.norms[g.t0 - 1] in ("ان", "بان", "وان") and g.head.country == said.source.head.country
    if not own or said is None:
        return False
    said.code = intent
    said.extra["intent_of"] = code
    return True


def _intent_code(code: str) -> str | None:
    """The CAMEO code of an intent to do `code`: cooperation and aid are 03, force and pressure threats (13)."""
    root = code[:2]
    if root == "07":
        return {"071": "0331", "072": "0332", "073": "0333", "074": "0334"}.get(code[:3], "033")
    if root == "06":
        return {"061": "0311", "062": "0312"}.get(code[:3], "031")
    if root == "16":
        return {"161": "1313", "162": "1311", "163": "1312"}.get(code[:3], "131")
    return {"04": "036", "05": "030", "08": "035", "17": "137", "18": "138", "19": "138", "20": "138"}.get(root)


def _headline_quote(art: Article, s: Sentence, lex: Lexicon, cue: Cues) -> list[Draft]:
    """A headline "SPEAKER: words" ("وزير الداخلية اليمني: الحكومة تعمل على…", "أوباما من كينيا: «أفريقيا…»"):
    the official's statement, its evidence the whole headline, its target the other actor it names."""
    colon = next((k for k, w in enumerate(s.norms) if w == ":"), -1)
    if colon < 1 or colon > 8 or colon + 2 >= len(s.norms):
        return []
    speaker = next((g for g in s.groups if g.t1 <= colon and not _in_pp(s, g, cue)), None)
    if speaker is None or not _official(speaker) or speaker.t0 > 2 or any(
            s.tokens[k].is_word and s.group_at[k] < 0 and s.norms[k] not in cue.prepositions
            for k in range(speaker.t1, colon)):
        return []  # the words before the colon name the speaker ("X:", "X من Y:"), not a topic ("أسعار النفط:")
    if switches.HEADLINE_PERSON and not _person_named(s, speaker, colon, cue):
        return []  # "الشرطة: انفجار قرب المطار": the news credited to its source, not words said (round 20d)
    say = next((a for a in lex.analyse("قال") if a.trigger.roles.get("stmt")), None)
    if say is None:
        return []
    d = Draft(s, colon, say, "010", source=speaker, window_end=len(s.tokens))
    d.target = _spoken_of(s, colon, speaker, cue)
    d.extra["article"] = art
    d.extra["headline_quote"] = True
    return [d]


# round 20d: titles that name a person before a headline's colon and that `office_titles` does not hold (it lists the
# offices that follow a body's name: "مدير", "المتحدث", "سفير")
PERSON_TITLES = frozenset(normalize(w) for w in ("وزير", "الوزير", "وزيرة", "الوزيرة", "الملك", "ولي", "خادم", "الأمير",
                                                 "الشيخ"))


def _person_named(s: Sentence, speaker: Group, colon: int, cue: Cues) -> bool:
    """HEADLINE_PERSON: the words before a headline's colon name a person, by name ("الجبير:", "أوباما من كينيا:") or
    by office ("وزير الداخلية اليمني:", "مدير الجوازات:"), not a body alone ("الشرطة:", "وزارة العمل:", "«أوبك»:").
    "BODY: news" is how a headline credits its news to a source; the body's words are coded where the story tells
    them, and the annotators code no statement on such a headline (round 20d)."""
    return speaker.head.kind == "PER" or any(w in cue.offices or w in PERSON_TITLES for w in s.norms[:colon])


def _drop_covered_statements(out: list[Draft]) -> list[Draft]:
    """A statement whose sentence goes on to a coded deed or stance is that deed's frame, not a second event:
    "قال X إن Y هاجم…" is Y's attack reported by X; "أكد X دعمه لـ…" is the support; "أعلنت الوزارة عن ضبط…",
    "قال X إن زيارته…" are the speaker's own deed, however its actors were found (`_own_content_deed`)."""
    keep = []
    for d in out:
        if d.code == "010" and d.an.trigger.roles.get("stmt") and any(
                o is not d and o.i > d.i and not (o.code == "010" and o.an.trigger.roles.get("stmt"))
                and (not o.extra.get("fallback") or (switches.OWN_DEED_NOUN and o.source is d.source and o.an.tense == "noun"
                                                     and d.source is not None and o.i == d.source.t1)
                     or (switches.OWN_CONTENT_DEED and _own_content_deed(d, o)))
                for o in out):  # a shallow guess does not undo a reading, but "أعلنت الوزارة اعتقال…" is her deed
            continue
        keep.append(d)
    return keep


def _own_content_deed(d: Draft, o: Draft) -> bool:
    """The deed `o` is the statement `d`'s own content, told of the speaker itself: the same actor does it, after a
    complementiser or "عن" that opens the words ("أعلنت الوزارة عن ضبط 44"، "صرح المتحدث بأن الرئيس طلب نقل
    تحياته"، "قال نائب الرئيس: إن زيارته…"), and it names no other addressee than the statement's. Such a
    statement announces the deed; the annotators code the deed once, by its doer (round 17c)."""
    if d.source is None or o.source is None or o.sent is not d.sent or d.source.head.code != o.source.head.code:
        return False
    if d.target is not None and (o.target is None or d.target.head.code != o.target.head.code):
        return False
    openers = cues().complementizers | CONTENT_ABOUT
    return any(w in openers for w in d.sent.norms[d.i + 1 : o.i])
