"""The event coder: triggers, frames, arguments, factuality, status, date and place for each clause.

Steps, for each sentence of the title, lead and body (see `code_article`):
1. Cut the sentence into segments and subclauses and group its actor mentions (`clauses`).
2. Find triggers: words whose form is in the trigger lexicon (verbs with their clitics and object
   pronouns, participles opening a clause, nouns with possessive pronouns). A word read both ways is a
   verb at the head of its clause or next to an actor, a noun elsewhere; never a verb after a preposition.
3. Decide the code from the trigger's frames: a cue word heading its complement ("دعا إلى الحوار" 026,
   "وصف… بأنه حرب" 111, "فرض عقوبات" 163) or the first preposition after it ("طالب X بـ" 100), else
   its default code; a trigger without one is no event.
4. Drop what is not a deed that happened: questions, conditions, laws, sports, negation ("لم يهاجم",
   "عدم"), the future ("سيزور", "من المقرر", "سيصعد"), modality ("قد يهاجم", "لم يستبعد أن"), purposes
   ("لتدمير"), topics and plans ("حول الهجوم", "خطة تتضمن انسحاب"), restatements ("وتعهد بذلك"), and
   whatever a trigger promises, asks, threatens, condemns or names (its complement is not a second
   event). A deed someone else wants done ("تتطلع إلى أن تزودها بيونغيانغ أسلحة") becomes an appeal
   of the one who wants it; a deed inside a denial ("نفى أن يكون قد قصف") is coded as denied.
5. Find the arguments: the subject after the verb (VSO, past title words, members "عناصر من X", a noun
   and its nisba "مقاتلات تركية"), before it in its subclause (SVO, not inside a prepositional phrase),
   the speaker for "قال X إنه…", or carried over from the sentence or paragraph before (a dropped subject,
   a participle clause) unless the clause names its own subject the entities stage could not code; the
   target in the complement the trigger's role names ("ندد بـ"), from an object pronoun, or the next
   actor that is not a place; a possessive pronoun on a noun ("هجومها") resolves to the nearest preceding
   actor of its gender; "اشترى من X" makes the seller the source; an accusation's "بـ" complement is an
   alleged event of the accused; a claim of responsibility is the claimer's deed. Dyadic acts without a
   target are dropped, unless the shallow fallback (`_fallback`) fills what the rules left empty: the nearest
   coded actor before the trigger in its segment (or right after a verb) as source, the next one after it
   (another body of the same country too) as target.
   Who acts: an office title speaks for the body after it ("المتحدث الرسمي لوزارة الداخلية", "مدير
   التعليم بجازان": a place there stands for its government); the head of a construct names a country's
   organ ("سفير الصين", "أهالي غزة", see `actors`); "نيابة عن X" names the party a signatory acts for; a
   news agency closing a dateline is never the doer; a possessive points to an actor of its clause rather
   than a preposition's object, and with no antecedent in its sentence to the actor the paragraph is about.
   Fallbacks: a definite noun naming again a body coded before ("المحكمة") is that body; people named
   by a civilian noun are the source country's civilians for visits, support, aid and rescue. Statements
   (010) are coded for officials speaking of other actors, for any official in the title or the story's
   first sentence, and for a coded organisation speaking of another country; "X: …" headlines are X's
   statements; the target is a named addressee, else the first actor of another country the words are
   about (not a place, a city, the paper or platform, nor an adjective of a thing); words credited in
   passing ("مما تقول إنه") and scripture are no statements; a statement gives way to any deed its
   sentence goes on to. A civil body (rights group, observatory, party) speaking of another actor of its
   own country makes a statement too, and words that reproach (`harsh_words`) make an organ's or a body's
   statement a reproach (111). People named by what they are ("الخطباء", "قوات الأمن") are the article's
   country's (`actors`); "عدد من X" acts for X; "قام/بدأ" hand their subject to the event noun after them;
   "اشتباكات بين X وY" is X's fight with Y; an unvocalised "قتل" with no subject right after it is a
   passive and names no killer. Honorific pronouns ("ونقل معاليه", "وبحث سموه") are the last person named
   with a title of that rank; "زيارة له" is the pronoun's deed; appeals, threats and denials of an official or
   a body need no target (an appeal to the public is to its civilians); a blessing after the verb ("صلى الله
   عليه وسلم") marks quoted scripture. Round 8: "أنها قتلت" after a report verb is its speaker's deed; "قتل جندي
   تركي", "تم زرعها بواسطة…", "طرد من" are passives whose doer only an agent phrase names; force by a person
   known by nationality alone or by civilians is not coded; a statement whose clause names only its speaker
   takes the words after its colon, or is none; a deed noun after a word of time or a verb of being is no new
   deed; the fallback's doer is neither a region nor a nisba of the victims, and agrees with its verb.
   Round 9: "قال X: إنه قتل ألف متشدد" is X's deed, the count its object; a deed noun after a demonstrative
   ("لهذا التعاون") was told before; "أعلن عن لقاء ضم X مع Y" is the meeting announced, X's with Y.
   Round 10: a former official ("السفير السابق") makes no statement; breaking up a protest is done to the
   forces' own civilians; "بين X وقوات Y" names Y as the clash's second side; "بدأ X وزير…، زيارة" gives the
   visit its doer across a long subject phrase; one actor known only by its country acting on that same
   country (not a town standing for its people), or a generic actor read as the one it acts on, is no event; of a
   deed noun and its repeat, the one that names a target stays; an official's thanks "لجميع…" need no addressee.
   Round 12: after a verb with an object pronoun a construct chain ends in its subject ("وصفته وسائل إعلام
   النظام") and the actor before the relative pronoun is its target; a clause on an indefinite noun keeps the
   sentence's subject ("مؤتمر صحافي عقده مع…"); a count of people after the verb is its subject; a capital that
   acts is its government; an attack or an occupation with no coded target is no event.
   Round 15c: a pledge or a refusal of a state, an organ or a body needs no addressee; "الرئيسان", "الجانبان قد"
   and "بين الرئيسين X وY" name both parties; a deed noun after the comma closing the subject is the object; a
   list of objects goes on past a comma with و; "أن X قتلت 3042 من…" is active, its count the object.
   Round 15e: an appeal's addressee set off by commas after its subject ("ناشد أهالي…، وزير…، النظر في"); the
   owner of the craft a strike comes from is its doer ("قصف من السفن التابعة لقوات X"), and a strike in concert
   with another ("بالتزامن مع") hits that one's target.
   Round 20c: an organ's sanction or warning told in the passive ("وتم تغريم…") is the running organ's; the shops
   and firms it names by a common noun are its country's businesses; closing a business, suspending its activity or
   cancelling its licence is a sanction (172).
   Round 20b: a person an arrest names by a common noun ("القبض على المتهم") is the arresting country's people;
   a body's words about another country are an act only when the body is armed; coercion (17) of no one is no
   event. Round 20d: a saying that counts the dead or hurt is no statement, and only a person before a headline's
   colon makes one.
6. Status and relay: an accused deed is alleged; a report verb governing the clause ("كشفت صحيفة… أن",
   "حسبما ذكرت…") or the quotes stage's quote or claim gives reported/alleged and by whom; a report by
   the actor itself, its government or its state media stays asserted; "وهو ما نفته X" and "نفت X
   الاتهامات" after a clause make its claims alleged-and-denied; "وكان… قد", "بعد" and standing states
   in relative clauses are background.
7. Date: the time expression nearest the trigger in its segment (not one after "منذ" nor the day of an
   occasion after "بمناسبة"/"ذكرى"), else one ending
   its main clause, else one opening the sentence, else the story's day (just before publication) or the
   publication date for news that is not background; a date after publication marks a plan, dropped.
8. Place: "في X" / "على الحدود مع X" after the trigger, X a place or country.
9. One event per deed: a title or lead event the body repeats is dropped for the body's (a quoted headline
   is its own statement); a noun naming a deed already told by the same actor is dropped (a visit and a
   meeting in two sentences are two deeds).

Where the steps live: this module holds the stage's driver (`code_article`: sentences, the clause loop,
dates, repeats, events) and the clause loop (`_code_sentence`), which calls the steps in order and holds the
checks that decide between them. Step 1 is `clauses`; the reading and the code (2-3) are in `frames`; the
filters of step 4 in `filters`; the arguments of step 5 in `arguments`, built from `subjects` (who acts),
`references` (pronouns, honorifics, anaphors), `targets` (whom, and the shallow fallback), `kinds` (what an
actor is) and `statements` (010); status and relays (6) in `status`; the date (7) in `dates`; the place (8)
in `places`; one event per deed (9) in `repeats`. Word positions shared by all are in `syntax`, the event
being built in `draft`, and each round's rule switch in `switches`.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.article import Article, Event, EventActor, Span
from marsad.clean.normalize import normalize
from marsad.events import draft, switches
from marsad.events.actors import Group, Mention, capitals, is_polity, mentions, unknown_names
from marsad.events.arguments import (
    _nominal_arguments,
    _raid_told,
    _terror_doer,
    _unclaimed_bombing,
    _verbal_arguments,
)
from marsad.events.clauses import PUNCT, QUOTE, Sentence, build_sentences
from marsad.events.codebook import lookup
from marsad.events.confidence import rate
from marsad.events.cues import Cues, cues
from marsad.events.dates import DATE_VALUE, _date, _date_part, _occasion, _since, _story_date
from marsad.events.draft import Draft, _note
from marsad.events.filters import (
    _blessing_after,
    _not_a_deed,
    _own_intent,
    _patient_nisba,
    _self_country,
    _sports_article,
)
from marsad.events.frames import _appeal, _code, _other_reading, _reading
from marsad.events.kinds import (
    _armed,
    _citizen,
    _civil_body,
    _name,
    _no_side,
    _official,
    _organised,
    _rival,
    _same_actor,
    _state,
)
from marsad.events.lexicon import Analysis, Lexicon, lexicon
from marsad.events.places import place_of
from marsad.events.repeats import (
    _dedup,
    _drop_message_contents,
    _drop_nominal_repeats,
    _drop_quoted_repeats,
    _drop_said_on,
)
from marsad.events.statements import (
    _about_another,
    _addressee,
    _continued,
    _drop_covered_statements,
    _former,
    _harsh,
    _headline_quote,
    _hedge,
    _intent,
    _named_about,
    _opening,
    _speaker_only,
    _spoken_of,
    _toll,
)
from marsad.events.status import _background, _claimed, _deny, _embedded, _relays, _settle_denials
from marsad.events.subjects import (
    _after_passive_aux,
    _after_pp_noun,
    _disagrees,
    _passive_agent,
    _speaker_of_pronoun,
    _subject_after,
)
from marsad.events.syntax import (
    FORCE_ROOTS,
    ONE_SIDED,
    QUANTIFIERS,
    _complement_start,
    _in_pp,
    _is_place,
    _relative_verb,
)
from marsad.events.targets import (
    _businesses,
    _civilians,
    _condemns_an_attack,
    _fallback,
    _first_after,
    _ground_holder,
    _last_target,
    _listed_target,
    _obliged,
    _protesters,
    _victim,
)
from marsad.language.tokens import Token, sentences_of, tokens_of

ONE_SIDED_CODES = frozenset({"015", "018", "0871"})  # claiming responsibility, condolences, a truce declared: no addressee needed
# appeals, threats and denials an official or a body makes to no one in particular ("دعت الهيئة إلى استبدال
# الزيت", "هددت الشركة بمقاضاة كل من…", "نفت الوزارة صحة الأنباء"): acts of their own, coded without a target
OPEN_ROOTS = frozenset({"02", "13"})
OPEN_CODES = frozenset({"016", "011", "012", "013"})  # round 9: "رفضت متحدثة باسم… التعليق"; round 11: concern, hope
CIVILIAN_ROOTS = frozenset({"04", "05", "06", "07"})  # acts done for people at home: visits, support, aid
# normalised as `Sentence.norms` are ("المولى" is "المولي" there; written plain, it never matched)
PRAYER = frozenset(normalize(w) for w in ("الله", "المولى", "ربه"))
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان", "هاتان", "هؤلاء", "اولئك", "لهذا",
                            "لهذه", "لذلك", "لتلك", "بهذا", "بهذه", "بذلك", "بتلك", "وهذا", "وهذه", "وتلك", "فهذا",
                            "فهذه", "كهذا", "كهذه", "وبهذا", "وبهذه", "ولهذا", "ولهذه"})
BARE_PASSIVE_NEXT = frozenset({"من", "في", "الي", "خلال", "بتهمه"})  # "طرد من", "اعتقل في": the passive
ALL_WORDS = frozenset({"لجميع", "لكافه", "جميع", "كافه", "لكل"})
# words that tell one deed done in concert with another ("بالتزامن مع", "بمساندة", "بغطاء من")
JOINT_WORDS = frozenset({"بالتزامن", "تزامنا", "بمسانده", "بمساعده", "باسناد", "بغطاء"})
CIVIL_ROLES = frozenset({"CVL", "BUS", "MED", "EDU", "HLH", "REL", "HRI", "LAB", "AGR", "ELI"})


MENTIONS_KEY = "events.mentions"  # `art.annotations`: the actor mentions, kept for the learned step


def read_sentences(art: Article) -> tuple[list[Token], list[Sentence]]:
    """The tokens and sentences the coder reads (the learned step, `events.learned`, reads the same)."""
    tokens = tokens_of(art)
    if switches.DATELINE_EVIDENCE and art.dateline is not None:
        line = art.dateline  # "فيينا - أ ف ب التقى…": the clause starts after the dateline, its verb at the head
        tokens = [t for t in tokens if not (line.start <= t.start and t.end <= line.end)]
    return tokens, build_sentences(art, tokens, sentences_of(art), _mentions(art, tokens), lexicon(), cues(),
                                   unknown_names(art))


def _mentions(art: Article, tokens: list[Token]) -> list[Mention]:
    """The article's actor mentions (`actors.mentions`), found once for its entities and tokens: the coder and the
    opt-in learned step read the same ones, each a copy of its own, since building sentences places them."""
    key = (len(tokens), tuple((e.span.start, e.span.end, e.actor, e.type, e.canonical) for e in art.entities))
    kept = art.annotations.get(MENTIONS_KEY)
    if kept is None or kept[0] != key:
        kept = (key, mentions(art, tokens))
        art.annotations[MENTIONS_KEY] = kept
    return [replace(m) for m in kept[1]]


def event_times(art: Article) -> list[tuple[int, int, str]]:
    """(start, end, date) of the time expressions that can date a deed: dates and times with a calendar value,
    not "منذ …" nor an occasion's name nor a bare number (the learned step dates its events from the same)."""
    return [(t.span.start, t.span.end, _date_part(t.value)) for t in art.timexes
            if t.value and DATE_VALUE.match(t.value) and t.type in ("DATE", "TIME") and not _since(art.text, t.span)
            and not _occasion(art.text, t.span)
            and not t.span.text.strip().isdigit()]  # "أكثر من 2000 مواطن": a count, not a year


def code_article(art: Article) -> list[Event]:
    """The events of an article (see the module docstring for the steps)."""
    lex, cue = lexicon(), cues()
    tokens, sents = read_sentences(art)
    pub = art.dates.publication.value if art.dates.publication else None
    timexes = event_times(art)
    drafts: list[Draft] = []
    if _sports_article(tokens, cue):
        return []  # a match report codes no political events, whatever its verbs ("خطف اللقب", "هاجم")
    prev: Sentence | None = None
    for s in sents:
        if prev is not None and s.section == prev.section and s.section == "body":
            s.subject = list(prev.subject)  # news paragraphs go on about the actor of the one before
        coded = _code_sentence(art, s, sents, lex, cue, drafts)
        if s.section == "title" and not coded:
            coded = _headline_quote(art, s, lex, cue)
        drafts += coded
        prev = s
    for d in drafts:
        _date(d, timexes, pub)
    first_para = art.paragraphs[0].end if art.paragraphs else len(art.text)
    _story_date(drafts, pub, [v for start, _e, v in timexes if start < first_para])
    found = drafts
    drafts = [d for d in drafts if not d.timex_future]
    if switches.SELF_COUNTRY:
        for d in drafts:
            if _self_country(d):
                _note(d.sent, d.i, "same country")
        drafts = [d for d in drafts if not _self_country(d)]
    drafts = _dedup(drafts)
    drafts = _drop_nominal_repeats(drafts)
    drafts = _drop_quoted_repeats(art, drafts)
    drafts = _drop_message_contents(drafts)
    drafts = _drop_said_on(drafts)
    if draft.TRACE is not None:
        kept = {id(d) for d in drafts}
        for d in found:
            if id(d) not in kept:
                _note(d.sent, d.i, "later date" if d.timex_future else "repeat")
    return [_event(art, d) for d in drafts]


def open_subject(s: Sentence, lex: Lexicon, cue: Cues) -> None:
    """The subject a sentence names at its head replaces the one carried on (`s.subject`); the learned step
    (`events.learned`) reads sentences the same way."""
    n = len(s.tokens)
    if s.groups and s.groups[0].t0 <= 3 and not _in_pp(s, s.groups[0], cue) and not _after_pp_noun(s, lex) and (
            not s.groups[0].is_adjective or s.groups[0].t0 >= 2) and not _disagrees(s, s.groups[0], lex):
        s.subject = [s.groups[0]]  # a subject named at the head of the sentence replaces the one carried on
    elif switches.LONG_TITLE_SUBJECT and n > 4 and s.groups and s.groups[0].t0 > 3 and s.tokens[0].is_word and any(
            a.tense == "past" for a in lex.analyse(s.norms[0])) and (own := _subject_after(s, 0, cue)) is not None \
            and not own.is_adjective and own is s.groups[0] \
            and not any(s.norms[k] in PUNCT or s.norms[k] in cue.prepositions for k in range(1, own.t0)):
        # "وجه وزير البيئة والمياه والزراعة المهندس فلان…": an office of many words between the opening verb
        # and the name; the paragraphs after go on about this actor ("وشدد… على")
        s.subject = [own]


def _code_sentence(art: Article, s: Sentence, sents: list[Sentence], lex: Lexicon, cue: Cues,
                   earlier: list[Draft]) -> list[Draft]:
    """The drafts of one sentence. For each trigger word: its reading and code (`frames`), the filters
    (`filters`), its arguments (`arguments`; `statements` for 010), the checks on who may act on whom and the
    target's last guesses (`targets`); then the relays and denials of the sentence (`status`). `earlier` holds
    the drafts of the sentences before, which denials and carried targets look back to."""
    n = len(s.tokens)
    if n and (s.norms[-1] == "?" or s.norms[0] in cue.question):
        return []
    open_subject(s, lex, cue)
    out: list[Draft] = []
    untargeted: list[Draft] = []  # coercion dropped for want of a target (round 20b)
    covered_until = -1  # complement of an intent/appeal/accusation trigger: no second event inside it
    denied: tuple[int, Group | None] = (-1, None)  # complement of a denial: its deeds are coded as denied
    for i in range(n):
        if s.group_at[i] >= 0 or not s.tokens[i].is_word:
            continue
        analyses = lex.analyse(s.norms[i])
        if i <= covered_until and any(a.tense == "noun" for a in analyses) and not (
                i > 0 and s.norms[i - 1] in cue.adjunct):
            continue  # "وأدان بيسكوف دعم الولايات المتحدة": a masdar in the complement, not a second verb
        an = _reading(s, i, analyses)
        if an is None:
            if analyses:
                _note(s, i, "no reading")
            continue
        if an.tense == "part" and not an.definite and i != s.segments[s.seg_of[i]][0]:
            _note(s, i, "participle inside clause")
            continue  # an indefinite participle opens its own clause ("…، منددة بـ"); elsewhere it is a predicate
        code, window_end = _code(s, i, an, cue)
        if code is None and (reread := _other_reading(s, i, analyses, an, cue)) is not None:
            an, code, window_end = reread  # "وتقدم الجيش نحو…": تقدّم advanced, not قدّم presents (round 17a)
        if code is None:
            _note(s, i, "frame without cue")
            continue
        in_denial = i <= denied[0] and denied[1] is not None
        # "خلال زيارة لبغداد", "خلال زيارته": the subject's own deed; "خلال الاجتماع" points back to one told
        adjunct = an.tense == "noun" and i > 0 and s.norms[i - 1] in cue.adjunct and not an.definite
        own = _subject_after(s, i, cue) if an.tense in ("past", "pres") else None
        if i <= covered_until and not in_denial and not adjunct and not (
                own is not None and not own.is_adjective and s.sub_opener[s.sub_of[i]] not in cue.complementizers):
            _note(s, i, "in complement")
            continue  # inside another trigger's complement: what it promises, asks, condemns or names
        covered_before = covered_until
        if not an.trigger.roles.get("stmt") or (switches.FRAMED_STATEMENT and code != "010"):
            # a statement its content word codes ("أكد دعم بلاده") is that deed: the noun is not a second one
            covered_until = max(covered_until, window_end)  # a statement's content may hold deeds of its own
        d = Draft(s, i, an, code, window_end=window_end)
        d.extra["article"] = art
        d.extra["told"] = (earlier, out)  # the drafts before it, for deeds and meetings told again (round 17g)
        why = _not_a_deed(s, i, an, cue)
        if why is None and d.root == "02" and i + 1 < n and s.norms[i + 1] in PRAYER:
            why = "prayer"  # "داعين الله للجرحى بالشفاء": a prayer, not an appeal to an actor
        if why is None and _blessing_after(s, i):
            why = "scripture"  # "وحث - صلى الله عليه وسلم - على…": the Prophet's words quoted in a sermon
        if in_denial and why == "negated":
            why = None  # "نفى أن يكون قد…": the denial carries the negation
        if why == "future" and (intent := _own_intent(s, i, an, code, out)) is not None:
            d.code, why = intent, None  # "يعتزمون الاجتماع في فيينا": the doer's own plan, its intent (round 18f)
            d.extra["intent_of"] = code
        if why == "desire":
            if not _appeal(d, s, cue):
                _note(s, i, "desire")
                continue
        elif why:
            if why == "future" and switches.FUTURE_INTENT and _intent(out, s, i, code):
                why = "future: the statement's intent"
            _note(s, i, "not a deed: " + why)
            continue
        elif switches.PASSIVE_AUX and _after_passive_aux(s, i, cue) and _passive_agent(s, i, window_end, cue) is None \
                and not (switches.SANCTIONED_FIRMS and _sanction_doer(s, an, code) is not None):
            _note(s, i, "no source|passive")
            covered_until = covered_before
            continue  # "عبوة تم زرعها بواسطة العناصر الإرهابية": a passive whose doer is named by no code
        elif an.tense == "noun":
            if s.section != "title" and sum(1 for t in s.tokens if t.is_word) < 6:
                _note(s, i, "word list")
                continue  # a list of words ("سمات: أمريكا تركيا مظاهرات"), not a clause
            if not _nominal_arguments(d, s, sents, cue):
                if switches.NAMED_AGENT and an.trigger.roles.get("need") == "agent":
                    _note(s, i, "nominal: no actor")
                    continue  # no guess of the doer from the sentence: the genitive is the one who died
                elif in_denial:
                    d.source = denied[1]  # "نفت روسيا قصف المدنيين": the denier denies doing it
                elif switches.POINTS_BACK and an.definite and an.poss is None and i > 0 and (
                        s.norms[i - 1] in cue.temporal_background or s.norms[i - 1] in cue.adjunct
                        or (switches.DEMONSTRATIVE_BACK and s.norms[i - 1] in DEMONSTRATIVES)):
                    _note(s, i, "nominal: no actor")
                    continue  # "قبل اللقاء", "عقب المباحثات مع…": a deed told before, named as a time
                elif adjunct and s.subject and an.poss is None:
                    d.source = s.subject[0]  # "بحث كارتر… خلال زيارة لبغداد": the subject's own visit
                    d.target = _first_after(s, i, window_end, d.source, {d.source.head.code}, cue)
                elif switches.SANCTIONED_FIRMS and _after_passive_aux(s, i, cue) and (
                        doer := _sanction_doer(s, an, code)) is not None and _passive_agent(s, i, window_end, cue) is None:
                    # "أغلقت البلدية المطعم وتم تغريم صاحبه": a sanction told in the passive with no agent phrase is the
                    # running subject's, an organ of state (round 20c)
                    d.source = doer
                    d.target = _first_after(s, i, window_end, doer, {doer.head.code}, cue)
                elif switches.OVERT_AGENT and switches.PASSIVE_AUX and _after_passive_aux(s, i, cue) and (
                        agent := _passive_agent(s, i, window_end, cue)) is not None:
                    d.source = agent  # "تم اعتقال ثلاثة صحفيين من قبل الشرطة": the doer after من قبل
                    d.target = _first_after(s, i, agent.t0, agent, {agent.head.code}, cue)
                elif not _fallback(d, s, i, window_end, cue) and d.source is None \
                        and not _terror_doer(d, s, i, window_end, cue):  # "الاعتداء الإرهابي على…" (round 17d)
                    if switches.RAIDS_TOLD and (raider := _raid_told(d, s, i)) is not None:
                        d.source = raider  # "وغارة رابعة استهدفت مواقع…": one more raid of the side told before
                        # its target: the next actor after the trigger (the raider's token places are its own
                        # sentence's, not this one's)
                        d.target = d.target or _first_after(s, i, window_end, raider, {raider.head.code}, cue)
                    if d.source is None or d.target is None:
                        d.source = d.target = None
                        _note(s, i, "nominal: no actor")
                        continue
        else:
            _verbal_arguments(d, s, sents, cue)
            genitive = d.extra.get("masdar")
            noun = next((a for a in analyses if a.tense == "noun"), None)
            if isinstance(genitive, Group) and noun is not None and switches.MASDAR_READING:
                # "علاوة على رفض موسكو التعاون": read again as the noun, the genitive its doer
                code, window_end = _code(s, i, noun, cue)
                if code is None:
                    _note(s, i, "frame without cue")
                    continue
                why = _not_a_deed(s, i, noun, cue)
                if why is not None:
                    _note(s, i, "not a deed: " + why)
                    continue
                an = noun
                d = Draft(s, i, an, code, window_end=window_end)
                d.extra["article"] = art
                if not _nominal_arguments(d, s, sents, cue):
                    _note(s, i, "nominal: no actor")
                    continue
            if an.trigger.roles.get("bare") == "passive" and an.obj is None and i + 1 < n \
                    and s.norms[i + 1] in BARE_PASSIVE_NEXT:
                _note(s, i, "not a deed: passive")
                covered_until = covered_before
                continue  # "قد طرد من الاتحاد السوفياتي": طُرد, the doer unsaid
            said = switches.SPOKEN_SUBJECT and d.source is not None and d.source is _speaker_of_pronoun(s, i, cue)
            if switches.SVO_COUNT and not said and own is None and d.source is not None and d.source.t1 == i \
                    and i + 1 < n and (s.norms[i + 1].isdigit() or s.norms[i + 1] in QUANTIFIERS) \
                    and any(g is d.source for g in s.groups) and not d.extra.get("carried"):
                # "بأن طائرات الجيش الوطني قتلت 57 من مسلحي العصابة": the subject before the verb and the count
                # after it; a passive takes no object ("جنديين تركيين قتلا وجرح…") (round 15c)
                said = True
            if an.trigger.roles.get("overt") and not said and (d.source is None or d.source is not own or (
                    i + 1 < n and (s.norms[i + 1].isdigit() or s.norms[i + 1] in QUANTIFIERS)) or (
                    i > 0 and (s.norms[i - 1] in cue.prepositions or s.norms[i - 1] in cue.temporal_background))
                    or _patient_nisba(s, i, own, cue)):
                agent = (_passive_agent(s, i, window_end, cue) if switches.OVERT_AGENT else None) \
                    or _unclaimed_bombing(s, i, own, cue)  # "قتل جنود في انفجار قنبلة" (round 17d)
                if agent is None:
                    _note(s, i, "not a deed: passive")
                    covered_until = covered_before
                    continue  # "قتل 15 من المسلحين", "الذي قتل في معارك": most often read قُتل, the doer unsaid
                # "وقتل خمسة جنود أفغان على يد مقاتلي طالبان": the passive's doer is named after على يد
                d.source = agent
                d.target = own if own is not None and own is not agent else _first_after(
                    s, i, agent.t0, agent, {agent.head.code}, cue)
        if switches.PASSIVE_AUX and _after_passive_aux(s, i, cue) and an.tense != "noun":
            d.source = _passive_agent(s, i, window_end, cue)  # "تم اعتقالهم من قبل الشرطة": the agent
            if d.target is d.source:
                d.target = None
        if in_denial:
            d.status, d.denied_by = "denied", _name(denied[1])
            d.extra["deny_scope"] = True
        if an.trigger.roles.get("deny") and d.source is not None and not d.extra.get("not_a_verb"):
            denied = (window_end, d.source)
        if d.source is None and in_denial and an.tense in ("past", "pres"):
            d.source = denied[1]
        if d.source is None and not d.extra.get("not_a_verb"):
            _fallback(d, s, i, window_end, cue)
        if d.source is None and _terror_doer(d, s, i, window_end, cue):
            d.extra.pop("not_a_verb", None)  # "التفجير الإرهابي الذي استهدف رجال الأمن" (round 17d)
        if d.source is None or d.extra.get("not_a_verb"):
            if d.extra.get("not_a_verb") and d.root == "04":
                covered_until = covered_before  # "ووصلت المساعدات الروسية…": the noun after it is the deed
            _note(s, i, "no source|" + d.code)
            continue  # a deed with no stated doer is not coded
        if switches.CIVILIAN_VISIT and d.code in ("042", "043") and d.source.head.code.endswith("CVL"):
            _note(s, i, "not a deed: private visit")
            continue  # "المواطنين الروس الذين يزورون بريطانيا": travellers, not a state visit
        if switches.UNKNOWN_FORCE and d.root in ("18", "19", "20") and _no_side(d.source) and not (
                switches.NAMED_AGENT and d.extra.get("agent") and d.an.trigger.roles.get("need") == "agent"):
            _note(s, i, "no source|" + d.code)
            continue  # "آدم تاغيلوف الذي قاد هجوما" (a person of some country), "جنديين تركيين" (civilians): whose force?
        if d.target is not None and _same_actor(d.source.head.code, d.target.head.code) and not (
                (d.source.is_adjective or _citizen(d.source) or (switches.CITIZEN_TARGET and _citizen(d.target)))
                and d.source.head.code != d.target.head.code) and not (
                switches.BETWEEN_REACH and d.root in FORCE_ROOTS and _rival(d.target, d.source)):  # two sides (round 18b)
            d.target = None  # an adjective subject ("رئيس البرلمان العراقي") may be any organ of its country
        if d.target is None and out and (an.prefix[:1] in ("و", "ف") or an.tense == "part") \
                and out[-1].source is d.source and out[-1].target is not None:
            d.target = out[-1].target  # "…ودافع عن قراره، وأبدى الدعم": the same addressee
        if d.target is None and d.extra.get("carried") and not any(k in s.unknown for k in range(i, window_end)):
            d.target = _last_target(d, [*earlier, *out])  # "زار السفير الشركة… وأبدى إعجابه": still the host
        if an.trigger.roles.get("deny"):
            d.extra["deny_event"] = True
            d.target = None  # a denial's other side is its accuser, never the deed's patient
            _deny(d, out, s, sents, cue, earlier)
        if an.trigger.roles.get("stmt") and d.code == "010":
            about = _spoken_of(s, i, d.source, cue)
            official = _official(d.source) and (_about_another(s, i, d.source, cue) or _opening(s, sents))
            # a company, a party or a rights group speaking of another country ("قالت تالجو الإسبانية إن السعودية
            # ألغت…") is a political statement too; on its own affairs it is not
            body = _organised(d.source) and about is not None and (not switches.ARMED_BODY_WORDS or _armed(d.source))
            # round 20b: of the bodies no official path reaches, only an armed group's words (its claims, its
            # threats) are an act; a company's, a paper's, an institute's on another country are quotes (a civil body
            # goes on to `other` below)
            # any coded speaker on another coded actor, of its own country too ("قال المرصد السوري إن نحو ألف
            # سوري…", "قالت تالجو إن إلغاء العقد…" after the cancelling country): the annotators' statement
            other = None if (official or body or not _civil_body(d.source)) else _spoken_of(
                s, i, d.source, cue, home_too=True)
            # words that call a deed or an actor criminal, cowardly, an aggression: a reproach, coded as such
            # whoever coded speaks ("حادثة تفجير المسجد ليست إلا عملا جبانا", "تصريحات ساركوزي غير مرحب بها")
            harsh = _harsh(s, i, cue) and d.source.head.code[3:6] != "MED" and (
                _organised(d.source) or _official(d.source))  # a body or an organ, not a person of some country
            words = _speaker_only(s, i, d.source, cue) if switches.SPEAKER_ONLY else None
            if words == -1:
                _note(s, i, "statement: speaker only|010")
                s.subject = [d.source]
                continue  # "فحينما كان موعوكا قال للصحفيين": the words are told elsewhere
            if words is not None:
                d.extra["evidence_end"] = words  # "قالوا: إنه يتقاسم…": the words after the colon are the clause's
            if switches.FORMER_SPEAKER and _former(s, i, d.source, cue):
                _note(s, i, "statement: former official|010")
                if an.tense != "noun":
                    s.subject = [d.source]
                continue  # "قال السفير السابق للولايات المتحدة": a former official speaks for no one now
            if switches.STATEMENT_TOLL and not harsh and _toll(s, i):
                _note(s, i, "statement: a toll|010")
                if an.tense != "noun":
                    s.subject = [d.source]
                continue  # "وقالت الشرطة إن أربعة عمال لقوا حتفهم": a toll reported, not an act (round 20d)
            if an.obj is not None or _hedge(s, i) or not (official or body or other is not None or harsh) or (
                    switches.CONTINUED_WORDS and not harsh and _continued(s, i, d.source)):
                _note(s, i, "statement: not an official on another actor|010")
                if an.tense != "noun":
                    s.subject = [d.source]
                continue  # a citizen's or a company's words, or an office reporting at home, are quotes, not acts
            d.target = _addressee(s, i, window_end, d.source, cue) or _named_about(about) or _named_about(other)
            if harsh and switches.HARSH_TARGET and d.target is None:
                harsh = False  # "صرح المتحدث الأمني خلال حديثه عن حادث حريق المستودع": no one reproached (round 14)
            if harsh:
                d.code = "111"
                d.extra["harsh"] = True
        if d.target is None and an.trigger.roles.get("party") and d.source is not None:
            # "ألغت السعودية عقدا وقعته معها", "تالجو: السعودية ألغت عقدا": the other party the sentence names
            d.target = min((g for g in s.groups if not _same_actor(g.head.code, d.source.head.code)
                            and g is not d.source and not _is_place(s, g, cue) and g.head.code[3:6] != "MED"),
                           key=lambda g: abs(g.t0 - i), default=None)
        if d.target is None and (d.root in CIVILIAN_ROOTS or (d.root == "02" and _official(d.source)) or (
                switches.CIVILIAN_PATIENT and ((d.code == "018" and _organised(d.source)) or (
                    d.root == "17" and _official(d.source))))) \
                and d.source.head.code[:3] not in ("IGO", "NGO", "IMG"):
            # round 18b: condolences to the families, an arrest of a citizen ("ألقت الشرطة القبض على مواطن")
            d.target = _civilians(s, i, window_end, d.source, cue)  # "زار المحافظ المرضى": his own citizens
        if switches.ARREST_PERSON and d.code.startswith("173") and _official(d.source) and (d.target is None or (
                d.target.t0 > i and d.target.head.country == d.source.head.country)):
            # "القبض على المتهم… وإحالته إلى النيابة": the person arrested comes before an organ of the arresting state
            # named after him; a group of another side ("خمسة موقوفين من جماعة…") is whom he belongs to
            end = window_end if d.target is None else min(window_end, d.target.t0)
            d.target = _civilians(s, i, end, d.source, cue, suspects=True) or d.target
        if switches.SANCTIONED_FIRMS and d.root in ("13", "17") and _official(d.source) and (d.target is None or (
                d.target.head.kind in ("GPE", "LOC") and d.target.head.code == d.source.head.country)):
            # "وتم تغريم صاحب المقهى", "تم إغلاق مخبز بأحد أسواق تبوك": its country's firms, not the town they are in
            if (firm := _businesses(s, i, window_end, d.source, cue)) is not None:
                d.target = firm
                d.extra["firm"] = True
        if switches.PROTESTERS and d.target is None and d.code == "175" and _official(d.source):
            d.target = _protesters(s, i, window_end, d.source)  # "وقامت قوات الأمن بتفريق التظاهرة": its people
        condemned = d.root == "11" and (_condemns_an_attack(s, i, window_end, cue) or bool(d.extra.get("harsh")))
        if condemned and d.target is not None and _victim(s, d.target) and not (switches.OBLIGED and _obliged(s, d.target)):
            d.target = None  # "دان … التفجير الذي استهدف مسجد قوات الطوارئ": the attack's victim, not whom it condemns
        statement = d.code == "010" and bool(an.trigger.roles.get("stmt"))
        if d.target is None and not statement and not an.trigger.roles.get("deny") and not condemned:
            _fallback(d, s, i, window_end, cue)
        open_call = (d.root in OPEN_ROOTS or d.code in OPEN_CODES) and (_official(d.source) or _organised(d.source) or (_state(d.source) and (
            d.code in ("012", "013") or (d.root == "13" and i + 1 < n and s.norms[i + 1][:1] == "ب"))))
        # a state threatens ("هددت إيران بإغلاق…", not "تهدد المنطقة") or voices concern on its own; its calls
        # to no one stay uncoded (round 7)
        if switches.OPEN_STANCE and not open_call and d.target is None and d.root in ("03", "12") \
                and an.tense in ("past", "pres") and an.obj is None and not d.extra.get("fallback") and (
                    _official(d.source) or _organised(d.source) or _state(d.source)):
            # "الجيش الليبي يتعهد بمواجهة…", "طهران التي كانت ترفض الحديث عن…": a verb's pledge or refusal is a
            # stance of its own; a noun ("لدى استعداد…") or a verb with an object pronoun ("وعدتها") is not (round 15c)
            open_call = True
        if switches.THANKS_TO_ALL and not open_call and d.target is None and d.root == "05" and _official(d.source) and any(
                s.norms[k] in ALL_WORDS for k in range(i + 1, min(window_end, _complement_start(s, i, window_end) + 4))):
            open_call = True  # "قدّم شكره وامتنانه لكل الفرق المشاركة": thanks to all who took part
        if switches.CIVIL_POSTURE and d.root == "15" and d.source is not None and d.source.head.code[3:6] in CIVIL_ROLES:
            _note(s, i, "not a deed: civil posture")
            continue  # "حادثة حافلة المعتمرين تستنفر 6 جهات": people and firms raise no forces' alert (round 14)
        if switches.ARMED_SUBJECT and an.trigger.roles.get("subj") == "armed" and not _armed(d.source):
            _note(s, i, "not a deed: unarmed subject")
            continue  # "دخل الوزير القاعة": only forces entering a country invade it
        hit = switches.FORCE_TARGET and (d.root == "18" or d.code in ("190", "192"))  # "شنه عناصر داعش على تمركز للكتيبة"
        if switches.TERRITORY and d.code == "192" and d.target is not None and not is_polity(d.target.head) \
                and d.target.head.kind in ("GPE", "LOC"):
            d.target = None  # "بسطت سيطرتها على مدينة زنجبار": the town is the ground, its holder unnamed
        if switches.GROUND_HOLDER and (d.code == "192" or (d.code == "190" and d.target is not None)) and (
                d.target is None or (d.target.head.kind in ("GPE", "LOC") and d.source is not None
                                     and d.target.head.country == d.source.head.country)):
            d.target = _ground_holder(d, sents) or d.target  # "وسيطرت المقاومة على مدينة…": taken from the other side
        if switches.JOINT_STRIKE and d.target is None and d.root in FORCE_ROOTS:
            d.target = _joint_target(s, i, d.source, out)  # "شنت هجوما على X، بالتزامن مع … قصف من السفن…": X
        if switches.LIST_OBJECT and d.target is None and not statement and not condemned and an.tense != "noun":
            d.target = _listed_target(s, d, cue)  # "جمدت أموال الوزير السابق منصور، وشقيقه فهد، وقائد الميليشيا…"
        dyadic = (d.root not in ONE_SIDED and d.code not in ONE_SIDED_CODES and not condemned and not open_call
                  or an.trigger.roles.get("need") == "tgt" or hit)
        coerced = switches.COERCION_TARGET and d.root == "17" and not dyadic  # round 20b: coercion of no one
        if d.target is None and not statement and (dyadic or coerced):
            if an.tense != "noun" and not an.trigger.roles.get("deny"):
                s.subject = [d.source]
            _note(s, i, "no target|" + d.code)
            if coerced:
                untargeted.append(d)  # no event, but still the deed a statement of its sentence reports
            continue  # a dyadic act (appeal, accusation, meeting…) with no one at the other end is a mention
        _background(d, s, cue)
        out.append(d)
        for other in (d.source.coordinated if d.source is not None else []):
            if other is d.target or (d.target is not None and other.head.code == d.target.head.code):
                continue
            twin = Draft(s, i, an, d.code, other, d.target, d.status, window_end=window_end,
                         background=d.background)
            out.append(twin)
        if an.trigger.roles.get("embed"):
            out += _embedded(d, s, lex, cue)
        if an.trigger.roles.get("claim") and d.code == "015":
            out += _claimed(d, s, lex, cue)
        if d.source is not None and an.tense != "noun" and not _relative_verb(s, i, cue):
            s.subject = [d.source]  # not a relative clause's: "المواطنين الروس الذين يزورون…" is no new topic
    out = [d for d in _drop_covered_statements([*out, *untargeted]) if all(d is not u for u in untargeted)]
    _relays(art, s, out, cue)
    _settle_denials(out)
    for e in earlier:
        if e.denied_by and e.status not in ("denied", "alleged-and-denied"):
            _settle_denials([e])
    return out


def _sanction_doer(s: Sentence, an: Analysis, code: str) -> Group | None:
    """SANCTIONED_FIRMS: the doer of a sanction or a warning (13, 17) a masdar tells in the passive with no agent
    phrase ("وتم تغريم مالك المتجر", "ثم تم توجيه إنذار إلى المخابز"): the running subject, when it is an organ of
    state (round 20c)."""
    if an.tense != "noun" or code[:2] not in ("13", "17") or not s.subject or not _official(s.subject[0]):
        return None
    return s.subject[0]


def _joint_target(s: Sentence, i: int, source: Group | None, out: list[Draft]) -> Group | None:
    """A strike told as support of another force deed of the sentence ("وشنت هجوما على المليشيات، بالتزامن مع
    غطاء جوي… وقصف من السفن التابعة لقوات التحالف"): it hits that deed's target, when a word of concert
    ("بالتزامن", "بمساندة", "بغطاء") stands between the two and another side strikes (round 15e)."""
    prev = next((p for p in reversed(out) if p.sent is s and p.i < i and p.root in FORCE_ROOTS and p.target is not None), None)
    if prev is None or source is None or prev.target is None or _same_actor(prev.target.head.code, source.head.code) \
            or not any(w in JOINT_WORDS for w in s.norms[prev.i + 1 : i]):
        return None
    return prev.target


def _event(art: Article, d: Draft) -> Event:
    s = d.sent
    seg_start, _ = s.segments[s.seg_of[d.i]]
    first = s.tokens[seg_start]
    reach = d.extra.get("evidence_end")
    last_i = max(d.i, min(reach if isinstance(reach, int) else d.window_end, len(s.tokens)) - 1)
    while last_i > d.i and (s.norms[last_i] in PUNCT or s.norms[last_i] in QUOTE or s.norms[last_i] == "."):
        last_i -= 1
    start, end = first.start, s.tokens[last_i].end
    if d.embedded or d.extra.get("appeal"):
        start = min(start, s.tokens[s.subs[s.sub_of[d.i]][0]].start)
    c = lookup(d.code)
    trig: Token = s.tokens[d.i]
    return Event(
        source=_actor(d.source, doer=d), target=_actor(d.target), code=c.code, root=c.root, label=c.label,
        goldstein=c.goldstein, quad_class=c.quad_class, evidence=art.span(start, end),
        plover_event=c.plover_event, plover_mode=c.plover_mode, date=d.date,
        place=place_of(art, s, d.i, d.window_end, d.source, d.target),
        status=d.status, reported_by=d.reported_by, alleged_by=d.alleged_by, denied_by=d.denied_by,
        trigger=art.span(trig.start, trig.end),
        confidence=rate(d),
    )


def _actor(g: Group | None, doer: Draft | None = None) -> EventActor | None:
    if g is None:
        return None
    h = g.head
    code = h.code
    if doer is not None and switches.CAPITAL_DOER and h.kind == "GPE" and len(code) == 3 and h.canonical in capitals() \
            and doer.root not in FORCE_ROOTS and not (doer.target is not None and doer.target.head.country == code):
        # "حرص الرياض على", "اتهمت موسكو": a capital that acts is its government; its wars are the state's, and
        # a town acting on its own country stands for its people ("طرابلس تطالب بمعاقبة…")
        code += "GOV"
    return EventActor(code, h.canonical, Span(h.start, h.end, h.text))
