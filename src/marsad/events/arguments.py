"""The arguments of a coded trigger: source and target of a verb or of a deed noun.

`_verbal_arguments`: the subject is, in order, the quote's speaker for a first person; an honorific's
holder; a participle's actor; a relative clause's antecedent; the subject of an aspect verb before it
("واصل الحزب شن"); a definite noun naming again a body coded before; else the actor before or after the
verb (by agreement, the speaker of "قال X إنه", a masdar read back as a noun, a dual naming two parties,
the subject carried on from the sentence before). Then the parties acted for ("نيابة عن"), the seller of
"اشترى من", and the target: the antecedent of an object pronoun, the actor after the preposition the
trigger's role names, the partner of "بحث مع", else the first actor after it.
`_nominal_arguments`: a possessive or "له" pronoun, the genitive or a nisba after the noun, an office and
its holder, the body of a member killed, the two sides of "بين X وY" or "ضم X مع Y", an agent phrase
("على يد"), an attribution ("تبناه"), the doer of قام/بدأ before it; then the target by preposition,
partner or first actor after it; False when no actor is stated.
Round 17d, doers a reader infers where the clause names none: an unclaimed attack called terror, or a bomb that
killed soldiers or policemen, is by the rebels of the country it hit (`_terror_doer`, `_unclaimed_bombing`).
Round 17g, deeds and meetings told again: strikes named again as a force verb's subject are by the doer of the force
told before (`_strike_told`); the meeting itself, the people in it or a dual verb as a consultation's subject are the
two sides of the meeting told before (`_meeting_parties`).
Round 18b: a call's bare object is the one called on, the people after the verb in an official's paragraph
(`_called_people`) or the actor right after the subject (`_bare_addressee`); "تمكن X من + masdar" makes X the doer
(`_able`); the بين of a clash or a meeting may stand a few words into its relative clause, past the head words of its
first side, the second side the one joined by و (`_between_past_relative`).
"""

from __future__ import annotations

from marsad.clean.normalize import normalize
from marsad.events import switches
from marsad.events.actors import Group, role_words
from marsad.events.clauses import PUNCT, QUOTE, Sentence
from marsad.events.cues import Cues
from marsad.events.draft import Draft
from marsad.events.kinds import _citizen, _excluded, _official, _organised, _rival, _same_actor
from marsad.events.lexicon import lexicon
from marsad.events.references import (
    _definite_anaphor,
    _dual_title,
    _honorific_subject,
    _pair_anaphor,
    _pronoun_fits,
    _resolve,
    _speaker_group,
)
from marsad.events.subjects import (
    _chain_subject,
    _counted_people,
    _deed_owner,
    _event_noun_after,
    _head_noun_between,
    _is_deed_noun,
    _named_after_head,
    _on_behalf,
    _phrase_between,
    _pronoun_subject,
    _resumed,
    _speaker_of_pronoun,
    _subject_after,
    _subject_before,
    _subject_end,
    _unknown_next,
)
from marsad.events.syntax import (
    FORCE_ROOTS,
    PRONOUN_COMPLEMENTIZERS,
    QUANTIFIERS,
    TIME_WORDS,
    WINDOW,
    _after_noun,
    _agrees,
    _antecedent_is_noun,
    _aspect,
    _bare,
    _experienced,
    _is_place,
    _prefixed,
    _relative_at,
    _with_preposition,
)
from marsad.events.targets import (
    _first_after,
    _group_after_prep,
    _member_of,
    _nearest_before,
    _told_before,
    _victims_before,
)

RESUMPTIVE = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
# "زيارة له", "جولة لها": an indefinite deed noun and ل + pronoun, the pronoun its doer (person as `Analysis.poss`)
OWN_PRONOUNS = {"له": "3ms", "لها": "3fs", "لهم": "3mp", "لهما": "3md"}
# the craft and guns a strike comes from ("من السفن الحربية", "من الطائرات"), whose owner is its doer
CRAFT = frozenset({"سفن", "بوارج", "زوارق", "طائرات", "مقاتلات", "مروحيات", "طيران", "دبابات", "مدفعيه", "راجمات"})
GATHER_VERBS = frozenset({"ضم", "ضمت", "يضم", "تضم", "جمع", "جمعت", "يجمع", "تجمع"})
# "نسبت ل", "تنسب إلى": forms of نسب that lay a deed at a side's door, normalised; the phrases of
# `cues.attribution` hold only the past masculine before إلى (round 16a)
ASCRIBE_VERBS = frozenset({"نسبت", "ونسبت", "تنسب", "ينسب", "نسبتها", "نسبها", "نسب", "ونسب", "نسبوها", "ينسبها",
                           "تنسبها"})
# round 17g: how far back a deed or a meeting told again may lie, in sentences; "غارات أخرى" (normalised); the
# meeting itself and the people in it as the subject of a verb of consulting ("وتطرق الحديث", "واتفق المجتمعون")
TOLD_REACH = 4
OTHER_WORDS = frozenset({"اخري", "اخرى"})
MEETING_WORDS = frozenset({"الحديث", "اللقاء", "الاجتماع", "المباحثات", "المحادثات", "المجتمعون", "المجتمعين",
                           "المتحدثان", "النقاش", "المشاركون"})
# verbs of a meeting or a call taking place, normalised: "الاتصال الذي جرى بين", "اللقاء الذي عقد بين" (round 16a)
HAPPEN_VERBS = frozenset({"جري", "جرت", "يجري", "تجري", "اجري", "اجريت", "تم", "تمت", "يتم", "عقد", "عقدت", "يعقد",
                          "تعقد", "دار", "دارت", "يدور", "تدور", "وقع", "وقعت"})


def _verbal_arguments(d: Draft, s: Sentence, sents: list[Sentence], cue: Cues) -> None:
    an, i = d.an, d.i
    roles = an.trigger.roles
    seg_start = s.segments[s.seg_of[i]][0]
    sub_start = s.subs[s.sub_of[i]][0]
    subject: Group | None = None
    pair: tuple[Group, Group] | None = None  # "الجانبان": the two parties named before
    after = _subject_after(s, i, cue) if an.tense != "part" else None
    if switches.SUBJECT_CHAIN and after is None and an.obj is not None and an.tense in ("past", "pres"):
        after = _chain_subject(s, i, cue)  # "وصفته وسائل إعلام النظام": the pronoun is the object, so this is the subject
    if switches.RELATIVE_EVENT and after is None and i >= 2 and s.norms[i - 1] in cue.relatives and s.group_at[i - 2] < 0 \
            and _is_deed_noun(s.norms[i - 2]):
        d.extra["not_a_verb"] = True  # "بالهجوم الذي استهدف سفارتها": the attack did it, its authors unnamed
        return
    if switches.MEETING_PARTIES and after is None and (parties := _meeting_parties(d, s, i)) is not None:
        d.source, d.target = parties  # "وتطرق الحديث إلى…", "وبحثا العلاقات": the two sides of the meeting told
        return
    if an.subj in ("1p", "1s", "1ps"):
        d.source = _speaker_group(d, s)
        if d.source is None:
            return
        subject = d.source
    elif an.tense in ("past", "pres") and (ranked := _honorific_subject(sents, s, i)) is not None:
        subject = ranked  # "استقبل الملك الوزير… ونقل معاليه تحيات…": his excellency is the minister
        partner = None
        if i + 2 < len(s.norms) and s.norms[i + 2] == "و":
            partner = _subject_after(s, i + 2, cue)  # "وبحث سموه و وزير الداخلية الكويتي"
        elif i + 2 < len(s.norms) and s.norms[i + 2].startswith("و"):
            partner = s.group_starting(i + 2)
        if roles.get("sym") and partner is not None and not _same_actor(partner.head.code, ranked.head.code):
            d.source, d.target = ranked, partner  # "وبحث سموه ووزير الخارجية السعودي…": the two sides
            return
    elif an.tense == "part":
        if an.definite and i > 0 and s.norms[i - 1][-2:] in ("ها",) or (i > 0 and s.norms[i - 1].endswith("ه")
                                                                           and not s.norms[i - 1].endswith("يه")):
            subject = _resolve(sents, s, i - 1, "3fs" if s.norms[i - 1].endswith("ها") else "3ms", set())
        if subject is None and an.definite:
            firsts = [g for g in s.groups if seg_start <= g.t0 < i and not g.is_adjective]
            subject = firsts[0] if firsts else None
        if subject is None and s.subject:
            subject = s.subject[0]
    elif i > 0 and s.norms[i - 1] in cue.relatives and s.norms[i - 1] != "ما" and an.obj is not None \
            and (an.subj or "").endswith("p") and after is None and s.group_ending(i - 2) is not None:
        # "المعتصمين الذين يتهمونه بقتل…": a plural verb with an object pronoun and no subject after it agrees
        # with the people the relative pronoun stands for
        subject = s.group_ending(i - 2)
    elif (rel := _relative_at(s, i, cue)) >= 0 and an.obj is None:
        # "…الاتفاق التي تهدد إسرائيل", "طهران التي كانت ترفض": the subject is what the relative pronoun stands for
        subject = (s.group_ending(rel - 1) if rel > 0 else None) or (s.group_ending(rel - 2) if rel > 1 else None)
        if any(w in RESUMPTIVE for w in s.norms[i + 1 : i + 4]):
            subject = None  # "الظواهري الذي ألقي القبض عليه": a passive; the one before is the patient
        if subject is None:
            d.extra["not_a_verb"] = True
            return
    elif i == seg_start and s.seg_of[i] > 0 and s.norms[s.segments[s.seg_of[i] - 1][0]] in cue.relatives \
            and not (switches.COUNTED_PEOPLE and s.subject and _counted_people(s, i, s.subject[0], cue)):
        # "موجة الإرهاب التي تشنها المنظمات، تجتاح الشرق الأوسط": the subject came before the relative clause
        rel = s.segments[s.seg_of[i] - 1][0]
        subject = s.group_ending(rel - 1) if rel > 0 else None
        if subject is None and switches.CONSTRUCT_RELATIVE and rel > 2 and s.group_at[rel - 1] < 0 \
                and s.norms[rel - 1].startswith("ال") and s.norms[rel - 1] not in PUNCT \
                and (g := s.group_ending(rel - 2)) is not None and not g.is_adjective and g.t0 > 0 \
                and s.group_at[g.t0 - 1] < 0 and not s.norms[g.t0 - 1].startswith(("ال", "وال")) and _agrees(an, g):
            # "وحسب بيان الجمعية الصحفي الذي تسلمت «الوطن» نسخة منه، أكدت حرصها": the actor is the genitive
            # of an indefinite head with its adjective before the relative
            subject = g
        if subject is None:
            d.extra["not_a_verb"] = True
            return
        after = None
    elif roles.get("adjacent") == "passive" and i + 1 < len(s.norms) and any(
            _bare(s.norms[i + 1], s.tokens[i + 1].text).startswith(c) for f in an.trigger.frames for c in f.cues):
        d.extra["not_a_verb"] = True  # "أُلقي القبض على…": the passive names no doer
        return
    elif any(_aspect(w, cue) for w in s.norms[max(sub_start, i - 3) : i]):
        # "واصل الحزب شن هجمات": the masdar's doer is the subject of واصل
        k = max(j for j in range(max(sub_start, i - 3), i) if _aspect(s.norms[j], cue))
        subject = _subject_after(s, k, cue) or _subject_before(s, k, cue) or (s.subject[0] if s.subject else None)
        after = None
    elif switches.DUAL_TITLES and i > 1 and s.norms[i - 1] in ("قد", "لقد") and s.group_at[i - 2] < 0 \
            and (pair := _pair_anaphor(sents, s, i - 2, cue)) is not None:
        subject = pair[0]  # "وكان الجانبان قد اتفقا": the two parties named before, قد between (round 15c)
        after = None
    elif i > sub_start and s.group_at[i - 1] < 0 and s.norms[i - 1].startswith("ال") \
            and not (an.obj is not None and after is not None and (after.t0 == i + 1 or switches.SUBJECT_CHAIN)) \
            and s.tokens[i - 1].text.lstrip("وفبل")[:1] not in ("أ", "إ") \
            and s.norms[i - 1] not in cue.skippers and s.norms[i - 1] not in cue.relatives \
            and s.norms[i - 1] not in TIME_WORDS and s.norms[i - 1] not in cue.prepositions \
            and (i < 2 or (s.norms[i - 2] not in cue.prepositions and s.norms[i - 2] not in cue.temporal_background)) \
            and not (switches.CONJUNCT_SUBJECT and _subject_before(s, i, cue) is not None):
        # "الممثلة دعت السلطات…", "وكان الوزيران التقيا": an uncoded subject before the verb, unless it names
        # again a body coded before ("أن اللجنة نفذت" after "لجنة التحفظ")
        subject = _definite_anaphor(sents, s, i - 1)
        pair = _pair_anaphor(sents, s, i - 1, cue) if subject is None else None
        if pair is not None:
            subject = pair[0]
        if subject is None:
            d.extra["not_a_verb"] = True
            return
        after = None
    else:
        before = _subject_before(s, i, cue)
        speaker = _speaker_of_pronoun(s, i, cue)
        if speaker is not None:
            s.subject = [speaker]  # "قالت الشرطة الإيطالية بأنها ألقت…": the pronoun is the speaker
        at_head = i in (seg_start, sub_start) or (i > 0 and s.norms[i - 1] in QUOTE) or (
            i == sub_start + 1 and s.sub_opener[s.sub_of[i]] in PRONOUN_COMPLEMENTIZERS) or (
            i == seg_start + 1 and s.norms[seg_start] in cue.clause_openers)  # "فيما أشاد…", "كما دعا…"
        if switches.FRONTED_ADJUNCT and not at_head and _fronted_adjunct(s, seg_start, i, cue):
            at_head = True  # "وفي لقاء لنادي الصحافة أعلن استقالته": the clause opens past a fronted adjunct
        owner = None
        if before is None and _event_noun_after(s, i, cue, force=d.root in FORCE_ROOTS or d.root == "04"):
            owner = _deed_owner(s, i, cue) if switches.WEAPON_MEMBERS else None
            if owner is None and switches.STRIKE_TOLD and d.root in FORCE_ROOTS:
                owner = _strike_told(d, s, i + 1 if s.norms[i + 1] not in QUOTE else i + 2)
            if owner is None:
                d.extra["not_a_verb"] = True  # "واستهدف الهجوم…": the subject is an event, not an actor
                return
        carried = s.subject[0] if s.subject else None
        joined = an.prefix[:1] in ("و", "ف") and i > 0
        if owner is not None:
            subject = owner  # "واستهدفت غارات التحالف مواقع…": the raids' owner does what they do
            after = None
        elif switches.SPEAKER_DOER and speaker is not None and an.obj is None and _agrees(an, speaker):
            subject = speaker  # "يقول الجيش: إنه أسر نحو ثلاثمئة مسلح": the pronoun is the doer, the count its object
            after = None
        elif switches.CALL_OBJECT and (caller := _called_people(d, s, sents, after, cue)) is not None:
            # "ودعا الشعب اليمني إلى الوقوف…", "ودعا جميع المستفيدين إلى الإبلاغ": the people are the ones called
            # on, the official the paragraph is about calls (round 18b)
            subject, after = caller, None
            d.extra["carried"] = True
        elif switches.PRONOUN_SUBJECT and before is None and (joined or at_head) and carried is not None \
                and _pronoun_subject([an]) and _many(carried) and not (i > 0 and s.norms[i - 1] in cue.relatives):
            # "اشتكى عمال النظافة…، وطالبوا البلدية بـ…", "وخرقوا الهدنات": a verb marked plural carries its subject,
            # the plural actor told before; the actor after it is its object (round 23)
            subject = carried
            d.extra["carried"] = True
        elif before is not None and not at_head:
            subject = before
        elif after is not None and joined and carried is not None and _agrees(an, carried) \
                and after.head.kind in ("GPE", "LOC") and i > 0 and carried.head.code != after.head.code:
            subject = carried  # "…، ودعمت موسكو": a verb joined mid-sentence keeps its subject; the place is its object
            after = None
        elif switches.ASYNDETIC_RELATIVE and after is None and carried is not None and not joined and _resumed(s, i, an, cue) \
                and not roles.get("stmt") \
                and _agrees(an, carried) and not carried.is_adjective:
            # "وقال العمري في ندوة عقدها مع زملائه", "أصدرت اللجنة بيانا أكدت فيه": a relative clause on an
            # indefinite noun (no relative pronoun) with its pronoun back to the noun; the doer is the one named before
            subject = carried
        elif after is not None and (_agrees(an, after) or _head_noun_between(s, i, after)):
            subject = after  # the verb agrees with a head noun before the actor ("خطف عناصر من…")
        elif after is not None and (not at_head or (switches.MASDAR_DISAGREE and after.head.kind == "GPE" and not _agrees(an, after)
                                                and any(a.tense == "noun" for a in lexicon().analyse(s.norms[i])))) and not joined \
                and after.t0 == i + 1 and an.tense == "past" \
                and an.obj is None:  # "ألغام زرعها الحوثيون": a noun with a pronoun takes no genitive
            # at a clause's head too when the actor after it cannot be the verb's subject ("«دعم طهران لنظام…")
            d.extra["not_a_verb"] = True  # "دعم طهران لنظام…": a masdar and its genitive, not a verb and subject
            d.extra["masdar"] = after
            return
        elif after is not None and an.obj is not None:
            subject = after
        elif before is not None:
            subject = before
        elif after is None and (pair := _pair_anaphor(sents, s, i + 1, cue)) is not None:
            subject = pair[0]  # "وأكد الجانبان": the two parties named before
        elif not _unknown_next(s, i) and _named_after_head(s, i, cue) and i + 1 < len(s.norms) \
                and _definite_anaphor(sents, s, i + 1) is not None:
            subject = _definite_anaphor(sents, s, i + 1)  # "وحددت المحكمة" after "محكمة جنايات القاهرة"
        elif _unknown_next(s, i) or _named_after_head(s, i, cue):
            if not (i > 0 and s.norms[i - 1] in cue.relatives):
                s.subject = []  # the clause names a subject we cannot code: nothing to carry on from here
            # "مهلة الـ 24 يوما التي يمنحها الاتفاق لطهران": a relative clause's own subject leaves the main one
        elif switches.COUNTED_PEOPLE and after is None and carried is not None and (people := _counted_people(s, i, carried, cue)):
            subject = people  # "«نفذ قرابة ثلاثمئة عامل إضرابا»": the people counted after the verb, not the speaker
        elif (joined or at_head) and carried is not None and not _unknown_next(s, i) \
                and not _named_after_head(s, i, cue) and (
                    _bare(s.norms[i + 1] if i + 1 < len(s.norms) else "") not in cue.people
                    or (switches.PEOPLE_OBJECT and _with_preposition(s.norms[i + 1]))):
            # "فيما التقى بعدد من المواطنين": people after a preposition are the object, not the subject (round 17h)
            subject = carried
            d.extra["carried"] = True
    if switches.STRIKE_DOER and d.root in FORCE_ROOTS and (doer := _strike_doer(s, i, cue)) is not None:
        subject, after = doer, None  # "وقصف متواصل من الزوارق الحربية التابعة لقوات الحكومة": the fleet's owner
    behalf = _on_behalf(s, i, d.window_end)
    if behalf:
        # "ووقع الاتفاقية نيابة عن شركة X مديرها… ونيابة عن Y…": the bodies the signatories act for
        subject = behalf[0]
        if len(behalf) > 1 and roles.get("sym"):
            d.source, d.target = behalf[0], behalf[1]
            return
    if pair is not None and roles.get("sym"):
        d.source, d.target = pair  # "التقى الجانبان": one party met the other
        return
    d.source = subject
    # an adjective subject ("رئيس البرلمان العراقي") stands for some organ of its country: exclude only itself
    exclude = {subject.head.code} if subject and not subject.is_adjective and not _citizen(subject) else set()
    if pair is not None:
        exclude.add(pair[1].head.code)  # "أكد الجانبان دعمهما لـ X": X, not the other party
    # the target
    end = d.window_end
    target: Group | None = None
    src_prep = roles.get("src")
    if isinstance(src_prep, str):
        g = _group_after_prep(s, i + 1, end, src_prep, cue)
        if g is not None:
            d.source, target = g, subject
            d.target = target
            return
    rel = _relative_at(s, i, cue) if switches.RELATIVE_OBJECT and an.obj is not None and an.obj.startswith("3") else -1
    antecedent = s.group_ending(rel - 1) if rel > 0 else None
    if antecedent is not None and subject is not None and subject is after and antecedent is not subject \
            and not antecedent.is_adjective \
            and (not _excluded(antecedent.head.code, exclude) or _citizen(antecedent)) \
            and an.obj is not None and _pronoun_fits(an.obj, antecedent):
        # "سليمان الأسد الذي وصفته وسائل الإعلام بالمجرم": the pronoun is the actor the relative stands for
        target = antecedent
    elif an.obj is not None and an.obj.startswith("3"):
        if _antecedent_is_noun(s, i, an):
            # "الغارات التي يشنها الجيش على X": X; "X الخاضعة لعقوبات فرضها Y": X, before the noun
            target = _first_after(s, i, end, subject, exclude, cue) or (
                _nearest_before(s, i, exclude) if _experienced(s, i, cue) else None)
            if switches.VICTIMS_BEFORE and target is None and d.root in ("18", "19", "20"):
                target = _victims_before(s, i, subject, cue)  # "قتل 5 جنود بصاروخ أطلقته قوة…": the soldiers
        elif _after_noun(s, i, cue) and not (s.norms[i - 1] in cue.relatives and subject is not None
                                             and subject is s.group_ending(i - 2)):
            # "فصائل تساندها طهران", "X الذي يدعمه Y": the pronoun is the noun before, not an actor; but in
            # "المعتصمين الذين يتهمونه" the people before the relative are the subject, the pronoun someone else
            if switches.VICTIMS_BEFORE and d.root in ("18", "19", "20") and subject is not None:
                d.target = _victims_before(s, i, subject, cue)  # "مقتل 15 من X بسبب ألغام زرعها Y": X
            return
        else:
            target = _resolve(sents, s, i, an.obj, exclude)
    if target is None and roles.get("sym") and subject is not None and subject.coordinated:
        target = subject.coordinated[0]  # "التقى رئيسا الوزراء الهندي والباكستاني": one met the other
        subject.coordinated = []
    tgt_prep = roles.get("tgt")
    if switches.CALL_OBJECT and target is None and d.root == "02" and subject is not None and subject is after:
        target = _bare_addressee(s, subject, exclude)  # "دعا لافروف الولايات المتحدة إلى التعاون مع…" (round 18b)
    if target is None and isinstance(tgt_prep, str):
        # past the subject after the verb: "وصل المبعوث إلى اليمن X إلى الرياض" goes to Riyadh
        after_subject = subject.t1 if switches.ENVOY_TO and subject is not None and subject.t0 > i and any(
            g is subject for g in s.groups) else i + 1
        target = _group_after_prep(s, after_subject, end, tgt_prep, cue, possessive=(sents, exclude)) or (
            _group_after_prep(s, i + 1, end, tgt_prep, cue, possessive=(sents, exclude))
            if after_subject > i + 1 else None)
    only = roles.get("only")
    if target is None and isinstance(only, str):
        # "بحث مع X" names the partner, "بحث X" a topic
        target = _group_after_prep(s, i + 1, end, only, cue, exclude=exclude)
        d.target = target
        return
    if target is None:
        # "يرفض وقف إطلاق النار الذي يعتزم التحالف تطبيقه": the relative clause still names the other side
        reach = s.segments[s.seg_of[end]][1] if end < len(s.norms) and s.norms[end] in cue.relatives else end
        target = _first_after(s, i, reach, subject, exclude, cue)
    if target is None and roles.get("sym") and subject is not None and subject.coordinated:
        target = subject.coordinated[0]
        subject.coordinated = []
    if switches.MEETING_TOPIC and target is None and roles.get("sym") and subject is not None and subject is after \
            and s.subject and s.subject[0] is not subject and not _same_actor(s.subject[0].head.code, subject.head.code) \
            and i > 0 and s.norms[i - 1] in ("حيث", "وحيث", "كما", "ثم"):
        # "وصل المبعوث إلى الرياض، حيث التقى الرئيس اليمني": a meeting needs two sides; the one named is met
        d.source, target = s.subject[0], subject
    if switches.COMMA_ADDRESSEE and target is None and d.root == "02" and subject is not None and subject is after:
        target = _comma_addressee(s, i, subject, exclude, cue)
    d.target = target
    d.extra["after_subject"] = after is subject and after is not None


def _nominal_arguments(d: Draft, s: Sentence, sents: list[Sentence], cue: Cues) -> bool:
    """Arguments of a noun event; False when no actor is stated (a bare mention)."""
    an, i = d.an, d.i
    roles = an.trigger.roles
    patient = roles.get("gen") == "tgt"
    source: Group | None = None
    target: Group | None = None
    end = d.window_end
    poss = an.poss
    if poss is None and not an.definite and i + 1 < len(s.norms) and s.norms[i + 1] in OWN_PRONOUNS:
        poss = OWN_PRONOUNS[s.norms[i + 1]]  # "خلال زيارة له", "في تصريح لها": the pronoun owns the deed
    if an.poss == "1":
        source = _speaker_group(d, s)  # "نقوم بتسريع مساعداتنا": the quote's speaker
    elif poss is not None and poss.startswith("3"):
        g = _resolve(sents, s, i, poss, set())
        if patient:
            target = g
        else:
            source = g
    nxt = s.group_starting(i + 1)
    if nxt is not None and (_prefixed(s, nxt) or roles.get("gen") == "place"):
        nxt = None  # "زيارة لسنغافورة": a destination; "تفجيرات الكويت": a place, not the bomber
    if nxt is None and i + 2 < len(s.tokens) and s.group_at[i + 1] < 0 and s.norms[i + 1] not in cue.prepositions:
        # "الغارات الجوية التركية", "قصف للطائرات الحربية التركية": the doer's nisba after a noun or two
        nxt = None
        for k in (i + 2, i + 3):
            g = s.group_starting(k)
            # only forces and their adjectives stand between ("قصف للطائرات الحربية التركية"), not the
            # patient ("قصف للمناطق الباكستانية")
            if g is not None and (g.is_adjective or k > i + 1) and all(
                    s.group_at[m] < 0 and (_bare(s.norms[m]) in cue.members or s.norms[m] in cue.agent_modifiers
                                           or _bare(s.norms[m]) in cue.agent_modifiers) for m in range(i + 1, k)):
                nxt = g
                break
    if nxt is None and switches.TITLED_GENITIVE and not an.definite and an.poss is None and poss is None \
            and i + 2 < len(s.norms) and s.group_at[i + 1] < 0 and (
                s.norms[i + 1] in cue.offices or role_words().get(s.norms[i + 1]) == "GOV"):
        # "لقاء وزير الدفاع الكندي بيتر لاندري بالأمير": the genitive is an office and its holder
        g = _subject_after(s, i, cue)
        if g is not None and g.t0 <= i + 4 and not _prefixed(s, g) and not g.is_adjective or (
                g is not None and g.is_adjective and g.t0 <= i + 3 and len(g.head.code) > 3):
            nxt = g
    if nxt is None and switches.MEMBER_PATIENT and patient and an.poss is None and poss is None:
        nxt = _member_of(s, i, cue)
    if nxt is not None and an.poss is None:
        if patient:
            target = nxt
        else:
            source = nxt
    between = next((k for k in range(i + 1, min(i + 4, len(s.norms) - 1)) if s.norms[k] in ("بين", "وبين")), -1)
    if between > 0 and any(s.group_at[k] >= 0 or s.norms[k] in PUNCT for k in range(i + 1, between)):
        between = -1
    if between < 0 and switches.BETWEEN_RELATIVE:
        between = _between_past_relative(s, i, cue)
    if roles.get("sym") and source is None and an.poss is None and between > 0:
        # "اشتباكات بين الجيش الليبي ومسلحي داعش", "الصدامات التي وقعت بين…": the two sides, one on the other
        first = s.group_starting(between + 1)
        if first is None and switches.BETWEEN_NOUN and between + 2 < len(s.norms) and s.group_at[between + 1] < 0 \
                and s.norms[between + 1] not in PUNCT and (g := s.group_starting(between + 2)) is not None \
                and g.is_adjective:
            first = g  # "بين الجنود الإسرائيليين والمستوطنين": the side is a plain noun and its nisba
        if first is None and switches.DUAL_TITLES and between + 2 < len(s.norms) \
                and _dual_title(s.norms[between + 1], genitive=True):
            first = s.group_starting(between + 2)  # "بين الرئيسين الفرنسي جان مارتان والبرازيلي باولو سيلفا"
        if first is None and switches.BETWEEN_REACH:
            # "بين إدارة الرئيس X وY": the side past the head words of its construct (round 18b)
            first = next((g for g in s.groups if between + 1 < g.t0 <= between + 3 and not g.is_adjective and all(
                s.tokens[m].is_word and s.norms[m] not in cue.prepositions and not s.norms[m].startswith("و")
                for m in range(between + 1, g.t0))), None)
        if first is not None and not _is_place(s, first, cue):
            other = first.coordinated[0] if first.coordinated else next(
                (g for g in s.groups if first.t1 <= g.t0 <= first.t1 + 2 and (s.norms[g.t0].startswith("و") or (
                    switches.SIDE_MEMBER and g.t0 > first.t1 and s.norms[first.t1].startswith("و")
                    and _bare(s.norms[first.t1][1:]) in cue.members))), None)
            if other is None and switches.BETWEEN_REACH:
                # "بين X مدعومين بقوات Z وY": بين pairs its first side with the one joined by و
                other = next((g for g in s.groups if first.t1 < g.t0 <= first.t1 + 5 and s.norms[g.t0].startswith("و")
                              and not g.is_adjective), None)
            if other is not None and (not _same_actor(first.head.code, other.head.code) or (
                    switches.BETWEEN_REACH and _rival(other, first))):
                d.source, d.target = first, other
                return True
    if roles.get("sym") and source is None and an.poss is None:
        # "استعراض آفاق التعاون بين البلدين": the two parties named before
        k = next((k for k in range(i + 1, min(i + 5, len(s.norms) - 1)) if s.norms[k] in ("بين", "وبين")), -1)
        pair = _pair_anaphor(sents, s, k + 1, cue) if k > 0 else None
        if pair is not None:
            d.source, d.target = pair
            return True
    gather = i + 1 if i + 1 < len(s.norms) and s.norms[i + 1] in GATHER_VERBS else (
        i + 2 if i + 2 < len(s.norms) and s.norms[i + 1] in cue.relatives and s.norms[i + 2] in GATHER_VERBS else -1)
    if switches.GATHERED and roles.get("sym") and source is None and an.poss is None and gather > 0:
        # "لقاء ضم وزير الخارجية الإيطالي ماركو بيانكي مع سمير حداد", "الاجتماع الذي جمع X بـ Y": the two sides
        first = _subject_after(s, gather, cue)
        if first is not None and not first.is_adjective:
            other = first.coordinated[0] if first.coordinated else (
                _group_after_prep(s, first.t1, end, "مع", cue, exclude={first.head.code})
                or _group_after_prep(s, first.t1, end, "ب", cue, exclude={first.head.code}))
            if other is not None and not _same_actor(first.head.code, other.head.code):
                first.coordinated = [c for c in first.coordinated if c is not other]
                d.source, d.target = first, other
                return True
    agented = False
    for j in range(i + 1, end):
        for agent in cue.passive_agents:
            if tuple(s.norms[j : j + len(agent)]) == agent:
                k = j + len(agent)
                if switches.NAMED_AGENT and k + 1 < len(s.norms) and s.group_at[k] < 0 and _bare(s.norms[k]) in cue.members:
                    k += 1  # "على يد مسلحي داعش": the body after the member noun
                g = s.group_starting(k)
                if g is not None:
                    source = g
                    agented = True
                    d.extra["agent"] = True
    if switches.NAMED_AGENT and roles.get("need") == "agent" and not agented:
        return False  # "مقتل عقيد… من قبل X": a death is a deed only with its doer named after it
    if switches.ASCRIBED and source is None and an.poss is None:
        for j in range(i + 1, min(i + 4, len(s.norms) - 1)):
            if s.group_at[j] >= 0 or s.norms[j] in PUNCT:
                break
            if s.norms[j] in ASCRIBE_VERBS:
                k = j + 2 if s.norms[j + 1] == "الي" else j + 1
                g = s.group_starting(k) if k < len(s.norms) else None
                if g is not None and (k == j + 2 or s.norms[k][:1] == "ل"):
                    source = g  # "في هجمات نسبت للمتمردين الأكراد": the deed laid at a side's door
                    seg_start = s.segments[s.seg_of[i]][0]
                    hit = [h for h in s.groups if seg_start <= h.t0 < i and not h.is_adjective
                           and not _same_actor(h.head.code, g.head.code) and not _is_place(s, h, cue)]
                    if target is None and hit:
                        target = hit[-1]  # "قتل 17 عنصرا من قوات الأمن في هجمات نسبت لـ…": whom they hit, told before
                break
    if source is None:
        for j in range(i + 1, len(s.norms)):
            for agent in cue.attribution:
                if tuple(s.norms[j : j + len(agent)]) == agent:
                    g = s.group_starting(j + len(agent))
                    if g is not None:
                        source = g  # "هجوم… ونسب إلى حزب العمال", "هجوم انتحاري تبناه…"
                        break
            if source is not None:
                break
    if switches.STRIKE_DOER and source is None and an.poss is None and d.root in FORCE_ROOTS:
        source = _strike_doer(s, i, cue)  # "قصف متواصل من الزوارق الحربية التابعة لقوات الحكومة"
    if source is None and an.poss is None:
        sub_start = s.subs[s.sub_of[i]][0]
        aspect = [j for j in range(max(sub_start, i - 6), i) if _aspect(s.norms[j], cue)]
        if switches.LONG_ASPECT and not aspect:
            # "بدأ هانز مولر وزير الاقتصاد النمساوي، زيارة لمدريد": a long subject phrase between the verb and
            # its deed noun, which follows the phrase right away
            aspect = [j for j in range(max(0, i - 12), i - 6) if _aspect(s.norms[j], cue)
                      and (g := _subject_after(s, j, cue)) is not None and _phrase_between(s, _subject_end(s, j, g, cue), i, cue)]
        able = [j for j in range(max(0, i - 12), i - 1) if _able(s.norms[j])] if (
            switches.MANAGED_DEED and not aspect and i > 1 and s.norms[i - 1] == "من") else []
        if able:
            # "وتمكنت قوات الأمن من القبض على…", "تمكنت المقاومة في محافظة تعز، من استعادة…": the subject of تمكن;
            # the running subject only when nothing stands between تمكن and من ("وتمكنت من تصفية…") (round 18b)
            k = able[-1]
            source = _subject_after(s, k, cue) or _subject_before(s, k, cue) or (
                s.subject[0] if s.subject and k == i - 2 else None)
        elif aspect:
            # "وقامت قوات الأمن بتفريق التظاهرة", "بدأوا اعتصاما": the doer of قام/بدأ does the deed
            k = aspect[-1]
            head = k == s.segments[s.seg_of[k]][0]  # "وقامت…" opening its clause may keep the running subject
            source = _subject_after(s, k, cue) or _subject_before(s, k, cue) or (
                s.subject[0] if s.subject and head else None)
    if _experienced(s, i, cue) and target is None:
        target = _subject_before(s, max(0, i - 1), cue) or (s.subject[0] if s.subject else None)
        if source is None:
            return False
    if source is None:
        return False
    exclude = {source.head.code}
    if target is None:
        tgt_prep = roles.get("tgt")
        if isinstance(tgt_prep, str):
            target = _group_after_prep(s, i + 1, end, tgt_prep, cue)
        if roles.get("sym") and an.poss is not None and target is None:
            # "خلال لقائه بوزير الطاقة", "اجتماعه مع…": the partner follows مع or بـ; "في اجتماعه" alone is a
            # body's own session, whatever actor the sentence names next
            target = _group_after_prep(s, i + 1, end, "مع", cue, exclude=exclude) or _group_after_prep(
                s, i + 1, end, "ب", cue, exclude=exclude)
            d.source, d.target = source, target
            return True
        if target is None:
            # "وتأييده لكافة الخطوات التي تتخذها الكويت": the relative clause names the other side
            reach = s.segments[s.seg_of[end]][1] if end < len(s.norms) and s.norms[end] in cue.relatives else end
            target = _first_after(s, i, reach, source, exclude, cue)
    d.source, d.target = source, target
    return True


def _fronted_adjunct(s: Sentence, start: int, i: int, cue: Cues) -> bool:
    """The words from `start` to the verb at i are one fronted prepositional phrase ("وفي مناسبة لمجلس الشورى",
    "وخلال الزيارة"): a preposition first, at most five words, no actor that is not itself after a preposition,
    no punctuation, quote or relative pronoun."""
    if i - start < 2 or i - start > 6:
        return False
    head = s.norms[start]
    if not (head in cue.prepositions or head.lstrip("و") in cue.prepositions or head in cue.temporal_background):
        return False
    for k in range(start + 1, i):
        w = s.norms[k]
        if not s.tokens[k].is_word or w in PUNCT or w in QUOTE or w in cue.relatives or w in cue.complementizers:
            return False
        g = s.group_starting(k)
        if g is not None and not _prefixed(s, g) and s.norms[k - 1] not in cue.prepositions:
            return False
    return True


def _between_past_relative(s: Sentence, i: int, cue: Cues) -> int:
    """The بين of "الاتصال الهاتفي الذي جرى بين X وY": past one adjective or two, one relative pronoun and one
    verb of taking place; -1 when the words before بين are anything else (an actor, a clause of its own)."""
    k = i + 1
    while k < len(s.norms) and k <= i + 2 and s.group_at[k] < 0 and (
            s.norms[k] not in PUNCT or (switches.BETWEEN_REACH and s.norms[k] == "-")) \
            and s.norms[k] not in cue.relatives and s.norms[k] not in HAPPEN_VERBS and s.norms[k] not in ("بين", "وبين"):
        k += 1  # "الاتصال الهاتفي", "المباحثات الرسمية المشتركة"
    if k < len(s.norms) and s.norms[k] in cue.relatives:
        k += 1
    if k < len(s.norms) and s.norms[k] in HAPPEN_VERBS:
        k += 1
    elif switches.BETWEEN_REACH and k < len(s.norms) and k > i + 1 and s.norms[k - 1] in cue.relatives:
        # "المواجهات المسلحة التي شهدتها منذ أشهر بين X وY", "المباحثات -التي هي الأولى بين X وY-": the relative
        # clause of a meeting or a clash names its two sides after بين, a few words on (round 18b)
        k = next((m for m in range(k, min(k + 6, len(s.norms) - 1)) if s.norms[m] in ("بين", "وبين")), -1)
        ok = k > 0 and all(s.group_at[m] < 0 and (s.norms[m] not in PUNCT or s.norms[m] == "-") for m in range(i + 1, k))
        return k if ok else -1
    else:
        return -1
    if k < len(s.norms) - 1 and s.norms[k] in ("بين", "وبين") and all(s.group_at[m] < 0 for m in range(i + 1, k)):
        return k
    return -1


def _comma_addressee(s: Sentence, i: int, subject: Group, exclude: set[str], cue: Cues) -> Group | None:
    """"ناشد أهالي المحافظة، وزير الشؤون الإسلامية…، النظر في…": an appeal's addressee set off by commas right
    after its subject, the segment holding nothing but the addressee's name, the request after the second comma
    (round 15e)."""
    seg0, seg1 = s.segments[s.seg_of[i]]
    if not (seg0 <= subject.t0 and subject.t1 < seg1 == subject.t1 + 1 and s.norms[subject.t1] == ","):
        return None  # the subject phrase must run to the comma that closes the verb's segment
    if seg1 >= len(s.norms):
        return None
    g = s.group_starting(seg1)
    if g is None or g.is_adjective or _is_place(s, g, cue) or _prefixed(s, g) \
            or (_excluded(g.head.code, exclude) and not _citizen(g)):
        return None
    end = s.segments[s.seg_of[seg1]][1]
    rest = s.norms[g.t1 : end]
    if not rest or rest[-1] != "," or end >= len(s.norms):
        return None  # the request follows the second comma
    if any(w in cue.prepositions or w in cue.complementizers or w in cue.relatives or s.group_at[g.t1 + k] >= 0
           or lexicon().analyse(w) and any(a.tense in ("past", "pres") for a in lexicon().analyse(w))
           for k, w in enumerate(rest[:-1])):
        return None  # a clause of its own, not the rest of a name
    return g


def _strike_doer(s: Sentence, i: int, cue: Cues) -> Group | None:
    """The owner of the craft a strike comes from: "قصف متواصل من الزوارق الحربية التابعة لقوات الحكومة", "قصف من
    طائرات التحالف": من right after the deed (one word between at most), a noun of craft or guns (not of people: those
    are the patients), its adjectives, then the owner, after التابعة لـ or as the genitive (round 15e)."""
    n = len(s.norms)
    j = next((k for k in (i + 1, i + 2) if k < n and s.norms[k] == "من"), -1)
    if j < 0 or any(s.group_at[k] >= 0 or s.norms[k] in PUNCT or s.norms[k][:1].isdigit() for k in range(i + 1, j)):
        return None
    k = j + 1
    if k >= n or s.group_at[k] >= 0 or _bare(s.norms[k]) not in CRAFT:
        return None  # "تحتجز عددا من عناصر الجيش", "قتلت 3042 من تنظيم داعش": people from a body are the patients
    k += 1
    for _ in range(3):  # "الحربية", "الجوية": the craft's adjectives
        if k >= n or s.group_at[k] >= 0 or s.norms[k] in PUNCT or s.norms[k] in cue.prepositions \
                or _bare(s.norms[k]) in ("تابع", "تابعه", "تابعين"):
            break
        k += 1
    owned = k < n and _bare(s.norms[k]) in ("تابع", "تابعه", "تابعين")
    g = s.group_starting(k + 1 if owned else k)
    if g is None or g.is_adjective or _is_place(s, g, cue) or (owned != _prefixed(s, g)):
        return None  # after التابعة the owner takes ل; the bare genitive does not
    return g


# words that call a deed of force terror or a crime, normalised without the article ("الإرهابي", "الجبان", "الغادر")
TERROR_WORDS = frozenset({"ارهابي", "ارهابيه", "اجرامي", "اجراميه", "جبان", "جبانه", "غادر", "غادره", "اثم", "اثمه",
                          "غاشم", "غاشمه", "انتحاري", "انتحاريه"})


def _terror_named(s: Sentence, k: int) -> int:
    """The token of the first word that calls the deed noun at k terror, among the three words after it (-1)."""
    for m in range(k + 1, min(k + 4, len(s.norms))):
        if s.group_at[m] >= 0 or s.norms[m] in PUNCT:
            return -1
        if _bare(s.norms[m], s.tokens[m].text) in TERROR_WORDS:
            return m
    return -1


def _terror_doer(d: Draft, s: Sentence, i: int, end: int, cue: Cues) -> bool:
    """"الاعتداء الإرهابي على مسجد قوات الطوارئ", "التفجير الإرهابي الذي استهدف رجال الأمن": a deed of force the
    clause calls terror, with no doer named, was done by the rebels of the country it hit, as the annotators code an
    unclaimed attack (a null or rebel source); the word that calls it terror is the doer's evidence. Only with a coded
    target that is a state's organ or people: without one nothing says whose rebels they were, and an attack abroad
    ("في مقديشو") names its place, not its victims. True when the draft then has both actors
    (`switches.TERROR_DOER`, round 17d)."""
    from marsad.events.actors import Mention

    if not switches.TERROR_DOER or d.root not in ("18", "19", "20") or d.source is not None:
        return False
    word = -1
    if d.an.tense == "noun":
        word = _terror_named(s, i)
    elif i >= 2 and s.norms[i - 1] in cue.relatives:
        # "التفجير الإرهابي الذي استهدف": the relative's antecedent is the deed noun, a word of terror after it
        for k in range(i - 2, max(i - 5, -1), -1):
            if s.group_at[k] >= 0 or s.norms[k] in PUNCT:
                break
            if _is_deed_noun(s.norms[k]):
                word = _terror_named(s, k)
                break
    if word < 0 or any(a.tense in ("past", "pres", "part") and (a.trigger.code or "")[:2] == "11"
                       for k in range(i) for a in lexicon().analyse(s.norms[k])):
        return False  # "دان المجلس التفجير الإرهابي الذي استهدف…": the attack is what is condemned, told as its topic
    # "الهجوم الانتحاري الذي وقع في قوة حرس الحدود": a force or the police the attack struck where they were
    target = d.target or _first_after(s, i, end, None, set(), cue) or next(
        (g for g in s.groups if i < g.t0 < i + WINDOW // 2 and g.head.code[3:6] in ("COP", "MIL")
         and not any(s.norms[k] in PUNCT for k in range(i, g.t0))), None)
    if target is None or target.is_adjective or target.head.kind in ("GPE", "LOC") or len(target.head.code) < 6 \
            or target.head.code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        return False
    tok = s.tokens[word]
    m = Mention(tok.start, tok.end, tok.text, target.head.country + "REB", None, "people", word, word + 1)
    d.source, d.target = Group([m], word, word + 1), target
    d.extra["terror"] = True
    return True


# the bomb of an attack nobody claims, normalised without the article ("في انفجار عبوة ناسفة", "جراء تفجير")
BOMB_STEMS = ("انفجار", "تفجير", "عبوه", "عبوات", "قنبله", "قنابل", "لغم", "الغام", "سياره مفخخه", "هجوم انتحاري")
CAUSE_WORDS = frozenset({"في", "جراء", "اثر", "بسبب", "نتيجه", "اثناء"})


def _unclaimed_bombing(s: Sentence, i: int, victims: Group | None, cue: Cues) -> Group | None:
    """"قتل ضابطان وخمسة جنود تونسيين صباح اليوم في انفجار قنبلة": soldiers or policemen killed by a bomb nobody is named for
    were hit by the rebels of their country, as the annotators code an unclaimed bombing (a null or rebel source);
    the bomb is the doer's evidence. The victims are the verb's subject (or the first actor after it, a force's
    nisba counts: "جنود تونسيين"), a state's army or police; the bomb follows within a dozen words after في, جراء,
    إثر, بسبب, with no punctuation between (`switches.TERROR_DOER`, round 17d)."""
    from marsad.events.actors import Mention

    if not switches.TERROR_DOER:
        return None
    n = len(s.norms)
    hit = victims or next((g for g in s.groups if i < g.t0 <= i + 5), None)
    if hit is None or len(hit.head.code) < 6 or hit.head.code[3:6] not in ("MIL", "COP"):
        return None
    for k in range(hit.t1, min(n - 1, i + 12)):
        if s.norms[k] in PUNCT or (s.group_at[k] >= 0 and k >= hit.t1 and s.groups[s.group_at[k]] is not hit
                                   and not _is_place(s, s.groups[s.group_at[k]], cue)):
            return None  # a clause of its own, or another actor named: no guess
        if s.norms[k] in CAUSE_WORDS and s.group_at[k + 1] < 0:
            two = s.norms[k + 1] + (" " + s.norms[k + 2] if k + 2 < n else "")
            if _bare(s.norms[k + 1], s.tokens[k + 1].text).startswith(BOMB_STEMS) or two.startswith(BOMB_STEMS):
                tok = s.tokens[k + 1]
                m = Mention(tok.start, tok.end, tok.text, hit.head.country + "REB", None, "people", k + 1, k + 2)
                return Group([m], k + 1, k + 2)
    return None


def _strike_told(d: Draft, s: Sentence, j: int) -> Group | None:
    """STRIKE_TOLD: a force noun with no owner as the subject of a force verb, definite or "another" ("كما استهدفت
    الغارات الجوية مواقع…", "فيما استهدفت غارات أخرى مواقع…"), names strikes told before: their doer is the doer of
    the last force deed coded up to `TOLD_REACH` sentences back. An indefinite noun alone ("واستهدف هجوم بسيارة
    مفخخة…") is a new deed whose doer is not told."""
    w = s.norms[j]
    if not (w.startswith("ال") or (j + 1 < len(s.norms) and s.norms[j + 1] in OTHER_WORDS)):
        return None
    if any(_bare(w, s.tokens[j].text).startswith(c) for f in d.an.trigger.frames for c in f.cues if c):
        return None  # "ونفذت الضربة الجوية": the noun is the deed the verb's frame names, its object (or a passive)
    if not any(a.tense == "noun" and (a.trigger.code or "")[:2] in FORCE_ROOTS for a in lexicon().analyse(w)):
        return None
    for p in reversed(_told_before(d)):
        if p.sent.index < s.index - TOLD_REACH:
            break
        if p.root in FORCE_ROOTS and p.source is not None and p is not d:
            return p.source
    return None


# air raids and strikes, normalised without the article: "الغارات", "وغارة رابعة", "ضربات جوية" (round 23)
RAID_WORDS = frozenset({"غاره", "غارات", "ضربه", "ضربات"})
# words that tell a deed was done from the air: an earlier force deed told with one of them was a raid
# (normalised without the article, as `_bare` leaves them)
AIR_WORDS = frozenset({"طائره", "طائرات", "مقاتلات", "طيران", "جوي", "جويه", "مروحيات"})


def _many(g: Group) -> bool:
    """PRONOUN_SUBJECT: an actor a plural pronoun can stand for: people, a body or a state, or several actors; not
    one person alone, by name or by a title with a masculine singular nisba ("الرئيس الروسي", "المتحدث السعودي")."""
    if g.coordinated:
        return True
    return g.head.kind != "PER" and not (g.is_adjective and all(normalize(m.text).endswith("ي") for m in g.members))


def _raid_told(d: Draft, s: Sentence, i: int) -> Group | None:
    """RAIDS_TOLD: an air raid or strike named with no doer in its clause ("وغارة رابعة استهدفت مواقع…", "أن الغارات
    استهدفت تجمعا…", "كما دمرت إحدى الغارات دبابة") is one more raid of the side whose raids the article told before:
    the doer of the last force deed before it told with a word of raids or of the air (round 23)."""
    if d.root not in ("18", "19", "20") or d.an.poss is not None or _bare(s.norms[i]) not in RAID_WORDS:
        return None
    for p in reversed(_told_before(d)):
        if p is d or p.source is None or p.root not in ("18", "19", "20"):
            continue
        words = {_bare(w) for w in p.sent.norms}
        if words & RAID_WORDS or words & AIR_WORDS:
            return p.source
    return None


def _meeting_parties(d: Draft, s: Sentence, i: int) -> tuple[Group, Group] | None:
    """MEETING_PARTIES: a consultation or an agreement whose subject is the meeting itself or the people in it
    ("وتطرق الحديث إلى…", "وناقش الاجتماع…", "واتفق المجتمعون على…"), or a dual verb joined with no subject of
    its own ("التقى X Y في الدوحة، وبحثا العلاقات"), is one more deed of the two sides of the meeting told last, in
    its sentence or up to `TOLD_REACH` sentences back."""
    an = d.an
    if not (an.trigger.roles.get("sym") and an.tense in ("past", "pres")):
        return None
    nxt = s.norms[i + 1] if i + 1 < len(s.norms) else ""
    named = s.group_at[i + 1] < 0 and nxt in MEETING_WORDS if nxt else False
    dual = (an.subj or "").endswith("d") and an.prefix[:1] in ("و", "ف") and (not nxt or s.group_at[i + 1] < 0) \
        and i == s.segments[s.seg_of[i]][0]
    if not (named or dual):
        return None
    for p in reversed(_told_before(d)):
        if p.sent.index < s.index - TOLD_REACH:
            break
        if p is not d and p.source is not None and p.target is not None and (
                p.root == "04" or (p.root == "03" and p.an.trigger.roles.get("sym"))):
            return p.source, p.target
    return None


# the complement of a call on someone: "دعا X إلى…", "حث X على…", "طالب X بـ…", "ناشد X أن…"
CALL_COMPLEMENTS = ("الي", "علي", "ان", "بان")


def _called_people(d: Draft, s: Sentence, sents: list[Sentence], after: Group | None, cue: Cues) -> Group | None:
    """A call (02) joined by و to a paragraph about an official or a body, whose words after the verb are a
    nation's people ("ودعا الشعب اليمني إلى…", "ودعا جميع المستفيدين إلى…") and then the call's complement: the
    people are the ones called on, and the caller is the actor the paragraph is about (people named by what they
    are call on no one in an official's paragraph). Returns that caller."""
    i = d.i
    if d.root != "02" or d.an.prefix[:1] not in ("و", "ف") or i + 2 >= len(s.norms):
        return None
    # the paragraph's actor: carried on to this sentence, unless the sentence's head rule took the people after
    # the verb for a new subject; then the one the sentence before ended on
    carried = s.subject[0] if s.subject and not any(g is s.subject[0] and g.t0 > i for g in s.groups) else None
    if carried is None and s.index > 0 and sents[s.index - 1].section == s.section == "body":
        prev = sents[s.index - 1].subject
        carried = prev[0] if prev else None
    if carried is None or carried.head.code[3:6] == "CVL" or carried.is_adjective \
            or not (_official(carried) or _organised(carried)) or not _agrees(d.an, carried):
        return None
    if s.norms[i + 1] in QUANTIFIERS:  # "جميع المستفيدين", "كافة المواطنين"
        people = _counted_people(s, i, carried, cue) or s.group_starting(i + 2)
    elif after is not None and (after.t0 == i + 1 or (after.t0 == i + 2 and after.is_adjective)):
        people = after  # "المواطنين", "الشعب اليمني" (the nisba coded, its head noun before it)
    else:
        people = None
    if people is None or people.head.code[3:6] != "CVL":
        return None
    k = people.t1
    nxt = s.norms[k] if k < len(s.norms) else ""
    if not (nxt in CALL_COMPLEMENTS or (len(nxt) > 2 and nxt[0] in "بل" and not nxt.startswith("ال"))):
        return None
    return carried


def _bare_addressee(s: Sentence, subject: Group, exclude: set[str]) -> Group | None:
    """A call's object right after its subject, before the call's complement ("دعا لافروف الولايات المتحدة إلى
    التعاون مع…", "حث الوزير الشركات على…"): the one called on, not an actor the complement names (round 18b)."""
    g = s.group_starting(subject.t1)
    if g is None or g.is_adjective or _excluded(g.head.code, exclude) or g.t1 >= len(s.norms):
        return None
    nxt = s.norms[g.t1]
    return g if nxt in CALL_COMPLEMENTS or (len(nxt) > 2 and nxt[0] in "بل" and not nxt.startswith("ال")) else None


# a verb of managing to do a deed: "تمكن X من + masdar" tells that X did it
ABLE_VERBS = frozenset({"تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "يتمكنون", "تمكنا"})


def _able(w: str) -> bool:
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    return w in ABLE_VERBS
