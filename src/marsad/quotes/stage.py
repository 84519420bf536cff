"""The quotes stage: quotations, reported speech, speakers, relays, and the status of each claim.

Steps of `extract_quotes` (docs/quotes.md has the conventions):

1. Pair the quotation marks of every paragraph (`marks.find_quoted`); the
   words inside longer quotations are masked, so a verb quoted in them is
   not taken for a cue.
2. Sentence by sentence, in text order: find the speech verbs of the cue
   lexicon (`data/quotes/cues.json`), the subject after each
   (`speakers.subject_range`, `speakers.speaker_from_range`) and the relay
   phrases (`relays.find_relays`).
3. Reported speech: a speech verb followed, within its subject and
   adverbials, by a complementiser (إن، أن، بأن، إلى أن، على أن، بأنه…)
   opens an `indirect` quote whose content runs to the end of the sentence
   (a trailing relay phrase cut off); "وصف … بأنه" and "شدد على" count.
   A colon after the speaker with no quotation mark opens unmarked `direct`
   speech, to the end of the paragraph.
4. Quoted spans become quotes unless they name something (a name noun
   before them: صحيفة "…"، حملة "…"; an entity filling them; a single word;
   a short phrase far from any verb): `direct` when a speech verb leads to
   them and they close the sentence, else `fragment`; long ones (six words
   or more) are quotes even without a verb in reach.
5. Speakers: the verb's subject; else (dropped subject) an earlier subject
   in the sentence or the most recent one that agrees with the verb; a
   quotation that opens a paragraph with no cue continues the previous
   quotation's speaker. Every speaker and sentence subject feeds the
   salience list.
6. Relays: the speech verb's own chain ("كشفت صحيفة X نقلاً عن Y أن": Y
   speaks, X relays), an outlet addressed ("قال لوكالة…"), the relay
   phrases of the sentence, and a report by an outlet of someone else's
   words; `relays` nearest the speaker first, `via` the last of them.
7. Status of each quote (`_Extractor.status`) and of every clause
   (`claims.find_claims`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.article import Article, Quote, Span, Speaker
from marsad.clean.normalize import normalize
from marsad.pipeline import stage
from marsad.quotes.claims import evidence_claim, find_claims
from marsad.quotes.lexicon import Cue, bare, bare_forms, strip_conj
from marsad.quotes.marks import ALL_MARKS, Quoted, find_quoted
from marsad.quotes.relays import Found, Relay, addressee, find_relays, relay_after
from marsad.quotes.speakers import (
    Salience,
    is_participle,
    named_after,
    sentence_phrase,
    sentence_subject,
    speaker_from_range,
    subject_range,
)
from marsad.quotes.view import Sentence, View

MASK_MIN_WORDS = 4  # quotations this long hide their words from the cue search
LONG_QUOTE_WORDS = 6  # quotations this long are somebody's words even with no verb in reach
SHORT_QUOTE_WORDS = 4  # quoted phrases shorter than this must stand close to their verb
SHORT_FRAGMENT_GAP = 2  # words between the verb (or its subject) and a short quoted phrase
CUE_WINDOW = 28  # tokens between a speech verb and its complementiser (titles and full names run long)
FRAGMENT_WINDOW = 14  # tokens between a verb and a quoted fragment it leads to
ADDRESSEE_WINDOW = 12  # tokens after the subject where "لوكالة …" / لـ«…» may name the outlet addressed
COLON_GAP = 4  # words between a speaker and the colon opening unmarked speech ("في مؤتمر صحفي:")
CONTENT_SUBJECT_REACH = 7  # tokens after a complementiser where the reported clause names its subject
SOURCE_WINDOW = 6  # tokens after an outlet's name where "نقلاً عن" may name its source
COLON = (":", "：")


@dataclass
class CueHit:
    """A speech verb in a sentence and what was found around it."""

    index: int
    cue: Cue
    speaker: Speaker | None
    subject_end: int  # token index after its subject
    relays: list[str] = field(default_factory=list)
    explicit: bool = False  # the subject is written after the verb
    content_from: int = -1  # token index where its reported content starts
    how: str = ""  # how the subject was found: "entity", "title", "unnamed", "text", "document", ""
    colon_at: int = -1  # "وأضاف: سيقام …": a colon opening unmarked direct speech
    phrase: str = ""  # the words naming the speaker ("وزير الطاقة الروسي الكسندر نوفاك")
    cited: bool = False  # an outlet citing its source ("كشفت صحيفة X نقلاً عن Y"): Y's words, reported by X

    @property
    def window(self) -> tuple[int, int]:
        """Tokens from the verb to its content: relay phrases there belong to this verb alone."""
        return self.index, max(self.subject_end, self.content_from)


@stage("quotes", requires={"tokens", "entities"}, assigns={"quotes", "claims"})
def extract_quotes(art: Article) -> None:
    """Quotes with speakers and relays into `art.quotes`, clause statuses into `art.claims`."""
    v = View(art)
    quoted = [q for q in find_quoted(art.text) if art.section_of(q.start) != "title"]
    for q in quoted:
        if _words(v, q.start, q.end) >= MASK_MIN_WORDS:
            v.masked.append((q.start, q.end))
    art.quotes = _Extractor(v, quoted).run()
    art.claims = find_claims(v, art.quotes)


def _words(v: View, start: int, end: int) -> int:
    a, b = v.token_range(start, end)
    return sum(1 for t in v.toks[a:b] if t.is_word)


class _Extractor:
    def __init__(self, v: View, quoted: list[Quoted]):
        self.v = v
        self.quoted = quoted
        self.salience = Salience()
        self.out: list[Quote] = []
        self.last_quote_para = -1
        self.last_quote_speaker: Speaker | None = None
        self.direct_cues: dict[int, CueHit] = {}  # quotations that are the content of "قال إن «…»"
        self.contents: list[tuple[Span, CueHit]] = []  # reported contents and their verbs

    def run(self) -> list[Quote]:
        v = self.v
        for sent in v.sentences:
            self.sentence(sent)
        direct = [q for q in self.out if q.kind == "direct"]
        self.out = [q for q in self.out if q.kind != "indirect" or not any(
            d.span.start <= q.span.start and q.span.end <= d.span.end for d in direct)]
        self.out.sort(key=lambda q: (q.span.start, q.span.end))
        return self.out

    # one sentence ---------------------------------------------------------
    def sentence(self, s: Sentence) -> None:
        v = self.v
        subj, subj_gender = sentence_subject(v, s.first, s.last)
        relays = find_relays(v, s.first, s.last)
        cues = self.cues(s, subj, relays)
        if s.section != "title":
            self.indirect(s, cues, relays)
            for q in self.quoted:
                if s.span.start <= q.open_at < s.span.end:
                    self.quotation(s, q, cues, relays)
            self.nest_reports(s)
        if subj is not None:
            self.salience.push(subj, subj_gender, sentence_phrase(v, s.first, s.last, subj), kind=self._type(subj))
        for c in cues:
            if c.explicit and c.speaker is not None and c.how in ("entity", "title", "unnamed", "text"):
                if not v.in_set(v.token_at(c.speaker.span.start) if c.speaker.span else 0, v.lex.report_nouns):
                    self.salience.push(c.speaker, c.cue.gender, c.phrase, kind=self._type(c.speaker))
                    if c.how == "text":
                        self.salience.loose.add(id(c.speaker))

    def _type(self, sp: Speaker) -> str:
        if sp.span is None:
            return ""
        ents = [e for e in self.v.entities_in(sp.span.start, sp.span.end)
                if e.span.start <= sp.span.start and e.span.end >= sp.span.end]
        return ents[0].type if ents else ""

    def cues(self, s: Sentence, subj: Speaker | None, relays: list[Relay]) -> list[CueHit]:
        """Speech verbs of the sentence with their subjects (explicit or carried by the verb)."""
        v = self.v
        out: list[CueHit] = []
        for k in range(s.first, s.last):
            cue = v.cue(k)
            if cue is None:
                continue
            if v.word(k) in v.lex.impersonal_forms and strip_conj(v.word(k + 1)) in v.lex.complementizers | {"الي", "الى"}:
                continue  # "ويذكر أن": the article's own voice
            if any(r.first <= k < r.last and not (r.first == k and v.word(k + 1) == "عن") for r in relays):
                continue  # the verb of a relay phrase ("حسبما ذكرت"); "نقلت عن X قوله إن" frames speech
            early = addressee(v, k + 1, s.last)
            a, b = subject_range(v, early[4] - 1 if early is not None else k, s.last)
            if cue.cls == "deny":
                # "ونفى وجود أي صفقة"، "ونفى مسؤولو الجمارك وجود …": what is denied is no subject
                b = next((i for i in range(a, b) if v.in_set(i, v.lex.denied_objects)), b)
            sp, how = speaker_from_range(v, a, b)
            phrase = v.span(v.toks[a].start, v.toks[b - 1].end).text if b > a else ""
            if sp is None:
                sp, how = self._topic(s, k)
            last_word = b - 1
            while last_word > a and not v.toks[last_word].is_word:
                last_word -= 1
            bare_title = (sp is not None and sp.span is not None and b > a and sp.span.start <= v.toks[a + (
                1 if v.is_mark(a) else 0)].start and sp.span.end >= v.toks[last_word].end)  # no name found yet
            if how in ("title", "unnamed") and bare_title and sp is not None and sp.canonical is None and sp.actor is None:
                named, after = named_after(v, b, s.last)
                if named is not None:
                    sp, how, b = named, "entity" if named.canonical else "text", after
                    phrase = v.span(v.toks[a].start, v.toks[b - 1].end).text
                elif how == "title" and self._definite(a, b):
                    # a definite title points back ("وأضاف الوزير"); "وقال مندوب بالمنظمة" names someone new
                    earlier = self.salience.titled([t.norm for t in v.toks[a:b] if t.is_word],
                                                   bare_forms(v.lex.title_nouns) | v.lex.title_nouns)
                    if earlier is not None:
                        sp, how = earlier, "entity"
            if how == "text" and b == a + 1 and strip_conj(v.word(a)).startswith("ال"):
                body = self._named_body(a, k)
                if body is not None:
                    sp, how = body, "entity"
            hit = CueHit(k, cue, sp, b, explicit=sp is not None, how=how, phrase=phrase)
            if early is not None:
                hit.relays.append(early[1])  # "كشف لـ«عكاظ» مدير الجوازات …"
            if sp is not None and how in ("entity", "text") and self._media_subject(sp, a):
                # كشفت صحيفة X، نقلاً عن Y: Y speaks, X relays
                source = self._quoted_source(b, s.last)
                if source is not None:
                    hit.relays.append(sp.canonical or sp.text)
                    hit.speaker = source
                    hit.cited = True
            if hit.speaker is None and v.word(k + 1) == "عن" and cue.cls == "report":
                # "وكانت وكالة الأنباء الجزائرية قد نقلت عن وزير الطاقة صالح خبري قوله إن …"
                source = self._quoted_source(k + 1, s.last)
                if source is not None:
                    outlet = self._subject_before(k, s)
                    if outlet is not None:
                        hit.relays.append(outlet.canonical or outlet.text)
                    hit.speaker, hit.explicit, hit.cited, hit.how = source, True, True, "entity"
            if hit.speaker is None:
                hit.speaker = self._subject_before(k, s)
                hit.explicit = hit.speaker is not None
            if hit.speaker is None:
                hit.speaker, fresh = self.carried(out, subj, s, k, cue)
                if fresh:
                    hit.explicit, hit.how = True, "entity"  # a new name for the salience list
            found = self._addressee(b, s.last)
            if found is not None:
                hit.relays.append(found[1])
            v.memo[("speaker", k)] = hit.speaker  # for the claims: who a verb's subject is
            if cue.cls != "stance":
                hit.content_from = self.complementizer(hit, s.last)  # later verbs may sit inside it
            out.append(hit)
        return out

    def _subject_before(self, k: int, s: Sentence) -> Speaker | None:
        """Noun-first order: "تقارير تفيد بأن…"، "مصادر تقول إن…" — the word before a bare verb is its subject."""
        v = self.v
        w = v.word(k)
        if (k - 1 > s.first + 1 and v.word(k - 1) == "قد"
                and strip_conj(v.word(s.first)) in v.lex.background_openers):
            # "وكانت وكالة الأنباء الجزائرية قد نقلت …": the subject stands between كان and قد
            sp, how = speaker_from_range(v, s.first + 1, k - 1)
            if sp is not None and how in ("entity", "title", "unnamed", "text"):
                return sp
        if k - 2 >= s.first and v.word(k - 1) in ("الذي", "التي"):
            # "… مرزرق العتيبي الذي أكد …": the relative's antecedent
            ante = v.entity_on(k - 2)
            if ante is not None and ante.type in ("PER", "ORG"):
                return v.speaker_of(ante)
        if k <= s.first or strip_conj(w) != w or not v.toks[k - 1].is_word or is_participle(w):
            return None
        ent = v.entity_on(k - 1)
        if ent is not None and not v.governed(ent):
            return v.speaker_of(ent)  # "أن أحمد فتحي قال إن…"
        if w[:1] not in ("ي", "ت"):
            return None
        if v.in_set(k - 1, v.lex.unnamed_sources) or strip_conj(v.word(k - 1)) in v.lex.report_nouns:
            return Speaker(text=v.toks[k - 1].text, span=v.toks[k - 1].span)
        return None

    def _named_body(self, a: int, k: int) -> Speaker | None:
        """"وقالت الوزارة" after "وزارة الصحة": the latest body named with that noun before the verb."""
        v = self.v
        noun = bare(v.word(a))
        if noun not in bare_forms(v.lex.institution_nouns) | bare_forms(v.lex.name_nouns):
            return None
        for e in reversed(v.entities_in(0, v.toks[k].start)):
            if (e.type == "ORG" and e.span.end <= v.toks[a].start
                    and noun in bare_forms(frozenset(normalize(e.span.text).split()))):
                return v.speaker_of(e)
        return None

    def _definite(self, a: int, b: int) -> bool:
        """A definite title phrase ("الوزير"، "وزير الخارجية"، "معالي وزير الخارجية") points back to someone
        named before; an indefinite one ("مندوب بالمنظمة") names someone new."""
        v = self.v
        first = strip_conj(v.word(a))
        if first.startswith("ال") or first in HONORIFIC_PREFIXES:
            return True
        return b > a + 1 and v.word(a + 1).startswith("ال")

    def _topic(self, s: Sentence, k: int) -> tuple[Speaker | None, str]:
        """"أما المواطن يحيى العبيد فقد أشار إلى أن…": the topic after أما is the subject."""
        v = self.v
        if strip_conj(v.word(s.first)) != "اما" or k <= s.first + 1:
            return None, ""
        f = k - 1 if v.word(k - 1) in ("فقد", "فان", "فانه") else k
        if f == k and not v.word(k).startswith("ف"):
            return None, ""
        return speaker_from_range(v, s.first + 1, f)

    def _addressee(self, b: int, last: int) -> Found | None:
        """An outlet the speaker addressed, between the subject and the reported words."""
        v = self.v
        for j in range(b, min(last, b + ADDRESSEE_WINDOW)):
            w = v.word(j)
            if w in v.lex.complementizers or w in COLON or v.cue(j) is not None:
                return None
            if v.is_mark(j) and j + 1 < len(v.toks) and v.is_masked(v.toks[j + 1].start):
                return None
            statement = strip_conj(v.word(j - 1)) in STATEMENT_NOUNS
            if (w[:1] == "ل" and not w.startswith("ال")) or (w == "الي" and statement and v.is_mark(j + 1)):
                found = addressee(v, j, last)  # لوكالة …، لـ«…»، "في تصريح إلى «الوطن»" (not "دعا إلى «…»")
                if found is not None:
                    return found
        return None

    def _media_subject(self, sp: Speaker, a: int) -> bool:
        v = self.v
        ents = v.entities_in(sp.span.start, sp.span.end) if sp.span is not None else []
        return v.is_media(ents[0] if ents else None, v.word(a))

    def _quoted_source(self, j: int, last: int) -> Speaker | None:
        """The source after "نقلاً عن" / "عن" following a media subject."""
        v = self.v
        stop = min(last, j + SOURCE_WINDOW)
        while j < stop:
            w = strip_conj(v.word(j))
            if w in v.lex.complementizers or w in COLON:
                return None
            if w in ("نقلا", "نقل") and v.word(j + 1) == "عن":
                j += 2
                break
            if w == "عن" and j + 1 < last and v.toks[j + 1].is_word:
                j += 1
                break
            j += 1
        else:
            return None
        found = relay_after(v, j, last)
        if found is None:
            return None
        span, _name, _actor, ent, _after = found
        if ent is not None:
            return v.speaker_of(ent)
        return Speaker(text=span.text, span=span)

    def carried(self, earlier: list[CueHit], subj: Speaker | None, s: Sentence, k: int,
                cue: Cue) -> tuple[Speaker | None, bool]:
        """The speaker of a verb that carries its subject, and whether it is a name new to the salience list."""
        v = self.v
        for c in reversed(earlier):
            if 0 <= c.content_from <= k and not is_participle(v.word(k)):
                # a verb inside someone's reported words: its subject is theirs
                # ("ذكر التلفزيون أن … خامنئي استبعد … وقال إن …")
                reach = v.toks[min(k, c.content_from + CONTENT_SUBJECT_REACH, len(v.toks) - 1)].start
                inner = [e for e in v.entities_in(v.toks[c.content_from].start, min(reach, v.toks[k].start))
                         if not v.governed(e)]
                if inner and inner[0].type == "PER":
                    return v.speaker_of(inner[0]), True
            if c.speaker is not None:
                return c.speaker, False
        if subj is not None and subj.span is not None and subj.span.start < v.toks[k].start:
            return subj, False
        # "ظهر الرئيس الصيني شي جينبينغ في شريط فيديو يؤكد …": a person named earlier in the sentence
        people = [e for e in v.entities_in(s.span.start, v.toks[k].start) if e.type == "PER" and not v.governed(e)
                  and any(v.is_title_at(m) for m in range(max(s.first, v.token_at(e.span.start) - 3),
                                                          v.token_at(e.span.start)))]
        if people:
            return v.speaker_of(people[-1]), True
        return self.salience.recent(cue.gender), False

    # reported speech ------------------------------------------------------
    def complementizer(self, c: CueHit, last: int) -> int:
        """Token index where the reported content starts, or -1."""
        v = self.v
        lex = v.lex
        stop = min(last, c.index + CUE_WINDOW)
        j = c.index + 1
        while j < stop:
            if v.is_mark(j) and j + 1 < len(v.toks) and v.is_masked(v.toks[j + 1].start):
                close = next((m for m in range(j + 1, min(stop, j + 7)) if v.is_mark(m)), -1)
                after = strip_conj(v.word(close + 1)) if close > 0 else ""
                if close > 0 and (after in ("؛", ";", "،", ",") or after in lex.complementizers):
                    j = close + 1  # «خالد بن حماد البلوي»؛ أن …: a quoted name before the reported words
                    continue
                return -1  # وأضاف "أن …": the quotation is the statement
            w = v.word(j)
            other = v.cue(j)
            if j >= c.subject_end and other is not None and other.cls != "stance":
                return -1  # another speech verb: the words after it are its own
            if w in COLON and strip_conj(v.word(j + 1)) in lex.complementizers:
                return j + 2  # "وأضاف: إنهم …"
            if w in COLON and j + 1 < stop and not v.is_mark(j + 1):
                if j - c.subject_end <= COLON_GAP:
                    c.colon_at = j  # "وأضاف: سيقام …", not "أعلنت … أسماء المتهمين، وهم: …"
                return -1
            if w == "." and len(v.word(j - 1)) == 1 and v.word(j - 1).isalpha():
                j += 1  # "م. جديع": an abbreviation
                continue
            if w in (".", "؟", "?", "!") or w in COLON:
                return -1
            prev = strip_conj(v.word(j - 1))
            if w in lex.complementizers:
                if prev in lex.not_before_complementizer or v.word(j - 1) in ("ف", "و"):
                    j += 1  # "قبل أن يقرر": a subordinate clause, not what was said
                    continue
                if w == "ان" and v.word(j + 1)[:1] in ("ي", "ت") and any(
                        strip_conj(v.word(m)) in lex.modals for m in range(max(c.index + 1, j - 3), j)):
                    j += 1  # "يمكن للطب أن يغير": a modal's subjunctive, not what was said
                    continue
                return j + 1
            if strip_conj(w) in lex.complementizers and w[0] == "ب":
                return j + 1
            if w in lex.complementizer_preps and v.word(j + 1) in lex.complementizers:
                return j + 2
            if c.cue.lemma == "شدد" and w == "علي" and j == c.subject_end:
                nxt = strip_conj(v.word(j + 1))
                if nxt and nxt[:1].isalpha() and nxt not in NOT_CONTENT_AFTER_ALA:
                    return j + 1
            j += 1
        return -1

    def indirect(self, s: Sentence, cues: list[CueHit], relays: list[Relay]) -> None:
        v = self.v
        for c in cues:
            if c.cue.cls == "stance":
                continue
            j = self.complementizer(c, s.last)
            if j < 0 and c.colon_at >= 0 and c.cue.cls in ("say", "report"):
                self.unmarked(s, c, relays, cues)
                continue
            if j < 0 or j >= s.last:
                continue
            start = v.toks[j].start
            end, tail = self._content_end(s, j, relays)
            if end <= start:
                continue
            # "قال إن «…»": the quotation itself is the content
            inner = [q for q in self.quoted if q.open_at >= v.toks[j - 1].end and q.open_at <= start and q.end >= end - 2]
            if inner:
                self.direct_cues[inner[0].open_at] = c
                continue
            c.content_from = j
            self.note(relays)
            chain = list(c.relays) + self.applicable(relays, c, start, end, cues)
            chain += [r.name for r in relays if r.cue.start >= tail and r.name not in chain]
            self.contents.append((v.span(start, end), c))
            self.emit(v.span(start, end), "indirect", c, chain)

    def unmarked(self, s: Sentence, c: CueHit, relays: list[Relay], cues: list[CueHit]) -> None:
        """Direct speech after a colon with no quotation marks: to the end of its paragraph, or up to
        a later sentence of the paragraph that opens with a speech verb (a new attribution)."""
        v = self.v
        j = c.colon_at + 1
        if j >= s.last or v.is_masked(v.toks[j].start):
            return
        end = v.toks[s.last - 1].end
        para_end = v.text.find("\n", s.span.end)
        para_end = len(v.text) if para_end < 0 else para_end
        for nxt in v.sentences:
            if nxt.span.start < s.span.end or nxt.span.start >= para_end or nxt.last <= nxt.first:
                continue
            if any(v.cue(i) is not None for i in range(nxt.first, min(nxt.last, nxt.first + 2))):
                break
            if any(v.is_mark(i) for i in range(nxt.first, nxt.last)):
                break  # a quotation of its own follows
            end = v.toks[nxt.last - 1].end
        while end > v.toks[j].start and v.text[end - 1] in ".،,؛;:!؟? ":
            end -= 1
        if _words(v, v.toks[j].start, end) >= 3:
            c.content_from = j
            self.note(relays)
            chain = list(c.relays) + self.applicable(relays, c, v.toks[j].start, end, cues)
            self.emit(v.span(v.toks[j].start, end), "direct", c, chain)

    def _content_end(self, s: Sentence, j: int, relays: list[Relay]) -> tuple[int, int]:
        """End of reported content (the sentence end, a trailing relay phrase cut off) and where that relay starts."""
        v = self.v
        end = v.toks[s.last - 1].end
        tail = 1 << 60
        for r in relays:
            # a relay closing the sentence: at its end, or after a comma with only its name's
            # adjectives and the stop after it ("، حسبما أفادت صحيفة «ماينيتشي» اليومية.")
            closing = r.last >= s.last - 1 or (v.word(r.first - 1) in ("،", ",") and s.last - r.last <= 3
                                                and not any(v.cue(m) for m in range(r.last, s.last)))
            if r.first > j and closing:
                k = r.first
                while k > j and v.toks[k - 1].text in ("،", ",", "-"):
                    k -= 1
                if k > j:
                    end = v.toks[k - 1].end
                    tail = r.cue.start
                break
        while end > v.toks[j].start and v.text[end - 1] in ".،,؛;:!؟?" + "".join(ALL_MARKS) + " ":
            end -= 1
        return end, tail

    # quotation marks -------------------------------------------------------
    def quotation(self, s: Sentence, q: Quoted, cues: list[CueHit], relays: list[Relay]) -> None:
        v = self.v
        words = _words(v, q.start, q.end)
        if words == 0:
            return
        a, _ = v.token_range(q.open_at, q.open_at + 1)
        before = a - 1  # token before the opening mark
        colon = before >= s.first and v.word(before) in COLON
        describes = any(c.cue.lemma in DESCRIBING and c.index < a and a - c.index <= FRAGMENT_WINDOW for c in cues)
        if self._names_something(q, before, words, colon, describes):
            return
        if any(c.index < a < c.subject_end for c in cues):
            return  # a quoted name inside a speaker's phrase (أعلنت "لجنة مكافحة الإرهاب" …)
        if any(c.speaker is not None and c.speaker.span is not None and q.start <= c.speaker.span.start
               and c.speaker.span.end <= q.end for c in cues):
            return  # the speaker's own name in marks ("… بالخطوط السعودية "خالد بن حماد البلوي"؛ أن")
        # quoted words inside someone's reported words are that speaker's
        within = next((c for sp, c in self.contents if sp.start <= q.open_at < sp.end), None)
        cue = self.direct_cues.get(q.open_at) or within or self._cue_before(q, cues, before, s)
        after_cue = None if cue is not None else self._cue_after(q, cues, s)
        ends_sentence = self._ends_sentence(q, s)
        if cue is None and after_cue is None:
            if words < LONG_QUOTE_WORDS and not colon:
                return
            if q.close_at is None and not colon:
                return  # a stray mark opening a list or a name, with no speaker in sight
        if cue is not None and after_cue is None and words < SHORT_QUOTE_WORDS and not colon:
            verbal = within is not None and _verb_like(v.word(before))
            if before - max(cue.index, cue.subject_end - 1) > SHORT_FRAGMENT_GAP and not verbal and not describes:
                return  # a short quoted phrase far from its verb, outside reported words, is a name or a label
        c = cue or after_cue
        says = c is not None and c.cue.cls != "stance" or colon
        # a quotation closing the sentence of a speech verb is its object: "وقال محقق … في التقرير «…»"
        kind = "direct" if says and ends_sentence else "fragment"
        if c is None and words >= LONG_QUOTE_WORDS and before < s.first:
            kind = "direct"
        speaker = c.speaker if c is not None else None
        if c is None:
            para = self._paragraph(q.open_at)
            if self.last_quote_speaker is not None and para - self.last_quote_para <= 1:
                speaker = self.last_quote_speaker
            elif colon or words >= LONG_QUOTE_WORDS:
                speaker = self.salience.recent("")
        self.note(relays)
        chain = list(c.relays) if c is not None else []
        chain += self.applicable(relays, c, q.start, q.end, cues)
        self.emit(v.span(q.start, q.end), kind, c, chain, speaker=speaker)
        self.last_quote_para = self._paragraph(q.open_at)
        self.last_quote_speaker = speaker

    def _paragraph(self, offset: int) -> int:
        return self.v.text.count("\n", 0, offset)

    def _names_something(self, q: Quoted, before: int, words: int, colon: bool, describes: bool = False) -> bool:
        """Scare quotes: a name or label in marks, not somebody's words."""
        v = self.v
        lex = v.lex
        if words == 1 and not colon:
            return True
        parts = [p for p in re.split("[،,]", v.text[q.start:q.end]) if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
            return True  # "وهي: «المقالة الاجتماعية، المقالة السياسية، …»": a list of names, not words said
        if before >= 0 and not colon:
            w = v.word(before)
            if w in ("ل", "ب", "لـ", "بـ", "ـ", "ال") and words <= 3 and not describes:
                return True  # لـ"العربي"، بـ«داعش»: a glued preposition before a name
            definite = strip_conj(w).startswith(("ال", "بال", "لل", "كال"))  # "مندوب بالمنظمة «…»": no name noun
            named = not definite and (bare(w) in bare_forms(frozenset(n for n in lex.name_nouns if len(n) > 2))
                                      or strip_conj(w) in lex.name_nouns)
            document = bare(w) in bare_forms(lex.document_nouns) or bare(w) in ("تقرير", "دراسه", "مقال")
            if named and (words < LONG_QUOTE_WORDS or not document):
                return True  # صحيفة "…"، شركة «…»: a name (a long quotation after "في التقرير" is still words)
        if words <= 3 and before >= 0 and v.word(before) in lex.complementizers and not self._ends_sentence(q, None):
            return True  # "أوضح أن «مون إكسبريس» تشير …": a name opening the reported clause
        inner = q.end - q.start
        covered = sum(min(e.span.end, q.end) - max(e.span.start, q.start) for e in v.entities_in(q.start, q.end))
        return inner > 0 and covered >= 0.6 * inner and words <= 5

    def _cue_before(self, q: Quoted, cues: list[CueHit], before: int, s: Sentence) -> CueHit | None:
        """The nearest speech verb before the quotation within reach, not cut off by another clause."""
        v = self.v
        best = None
        # a colon closes the speaker's phrase however long: "وقال النادي في تغريدة عبر حسابه …: «…»"
        reach = CUE_WINDOW if before >= s.first and v.word(before) in COLON else FRAGMENT_WINDOW
        for c in cues:
            if c.index < before + 1 and before + 1 - c.index <= reach:
                best = c
        if best is None and self._ends_sentence(q, s):
            # "وقال X ممثل … الذي شارك في مؤتمر … «…»": a speech verb with no other words of its own
            free = [c for c in cues if c.index < before and c.cue.cls in ("say", "report") and c.content_from < 0
                    and c.colon_at < 0]
            best = free[-1] if free else None
        if best is None:
            return None
        for i in range(best.index + 1, before + 1):
            if v.word(i) in (".", "؟", "?", "!"):
                return None
        return best

    def _cue_after(self, q: Quoted, cues: list[CueHit], s: Sentence) -> CueHit | None:
        """'"…"، قال كيم' — a speech verb right after the closing mark, the quotation opening its clause."""
        if q.close_at is None:
            return None
        v = self.v
        a, _ = v.token_range(q.open_at, q.open_at + 1)
        if a > s.first and v.word(a - 1) not in COLON + ("،", ","):
            return None  # "خلال احتفالات "عيد طيبة 36"، تابع أهالي …": a name inside the clause
        i = v.token_at(q.close_at + 1)
        while i < len(v.toks) and v.toks[i].text in ("،", ",", "-", "–"):
            i += 1
        for c in cues:
            if c.index == i:
                return c
        if i < len(v.toks) and v.toks[i].start < s.span.end + 3 and v.cue(i) is not None:
            a, b = subject_range(v, i, len(v.toks))
            sp, _ = speaker_from_range(v, a, b)
            cue = v.cue(i)
            assert cue is not None
            return CueHit(i, cue, sp or self.salience.recent(cue.gender), b, explicit=sp is not None)
        return None

    def _ends_sentence(self, q: Quoted, s: Sentence | None) -> bool:
        v = self.v
        stop = q.close_at + 1 if q.close_at is not None else q.end
        if s is None:
            s = next((x for x in v.sentences if x.span.start <= q.open_at < x.span.end), None)
            if s is None:
                return True
        rest = v.text[stop:s.span.end]
        rest = rest.strip(" .،,؛;!؟?" + "".join(ALL_MARKS))
        if not rest:
            return True
        i = v.token_at(stop)
        while i < len(v.toks) and v.toks[i].text in ("،", ","):
            i += 1
        return i < len(v.toks) and (v.cue(i) is not None or strip_conj(v.word(i)) in ("حسب", "بحسب", "حسبما", "وفقا"))

    # output ------------------------------------------------------------------
    def applicable(self, relays: list[Relay], c: CueHit | None, start: int, end: int, cues: list[CueHit]) -> list[str]:
        """Names of the sentence's relay phrases that credit the words [start, end) spoken after verb c."""
        out = []
        for r in relays:
            if start <= r.cue.start < end:
                continue
            own = c is not None and c.window[0] <= r.first < c.window[1]
            other = any(d is not c and d.window[0] <= r.first < d.window[1] for d in cues)
            if own or not other:
                out.append(r.name)
        return out

    def note(self, relays: list[Relay]) -> None:
        """Remember the actor code of each relay name, for the claims."""
        for r in relays:
            if r.actor:
                self.v.actors[r.name] = r.actor

    def emit(self, span: Span, kind: str, c: CueHit | None, chain: list[str], *,
             speaker: Speaker | None = None) -> None:
        if c is not None and speaker is None:
            speaker = c.speaker
        relays: list[str] = []
        for r in chain:
            if r and r not in relays and not (speaker is not None and r in (speaker.canonical, speaker.text)):
                relays.append(r)
        cue_span = self.v.toks[c.index].span if c is not None else None
        status = self.status(c, speaker, relays, span if kind == "indirect" else None)
        self.out.append(Quote(span, kind, speaker=speaker, cue=cue_span, via=relays[-1] if relays else None,
                              relays=relays, status=status))
        if speaker is not None:
            self.salience.spoken.add(speaker.text)

    def nest_reports(self, s: Sentence) -> None:
        """A quote inside an outlet's report is relayed by that outlet."""
        v = self.v
        mine = [q for q in self.out if s.span.start <= q.span.start < s.span.end]
        for outer in mine:
            if outer.kind != "indirect" or outer.speaker is None:
                continue
            ents = v.entities_in(outer.speaker.span.start, outer.speaker.span.end) if outer.speaker.span else []
            if not v.is_media(ents[0] if ents else None, bare(outer.speaker.text.split()[0]) if outer.speaker.text else ""):
                continue
            name = outer.speaker.canonical or outer.speaker.text
            for inner in mine:
                if inner is outer or not (outer.span.start <= inner.span.start and inner.span.end <= outer.span.end):
                    continue
                if inner.speaker is not None and inner.speaker.text != outer.speaker.text and name not in inner.relays:
                    inner.relays.append(name)
                    inner.via = inner.relays[-1]
                    inner.status = self.status(None, inner.speaker, inner.relays)

    def status(self, c: CueHit | None, speaker: Speaker | None, relays: list[str], span: Span | None = None) -> str:
        """Status of a quote's words (see docs/quotes.md).

        "denied" and "alleged" follow the verb or a claim of evidence; an outlet or a report
        speaking, an outlet citing its source, or words carried by an outlet of another country than
        the speaker's, are "reported"; a speaker's own words, also when its own media carry them
        (Kim's letter via KCNA), are "asserted".
        """
        # a quotation of a denial is the speaker's own words ("نفى فريد: «لم أتناول …»"); what is denied
        # is the content of "نفى أن …"
        if c is not None and c.cue.cls == "deny" and span is not None:
            return "denied"
        if c is not None and c.cue.cls in ("allege", "accuse"):
            return "alleged"
        v = self.v
        if c is not None and c.cited:
            return "reported"
        if span is not None and evidence_claim(v, span) is not None:
            return "alleged"  # "قالت واشنطن إن لديها دليلاً على أن …"
        if speaker is not None and speaker.span is not None:
            ents = v.entities_in(speaker.span.start, speaker.span.end)
            first = v.token_at(speaker.span.start)
            if v.is_media(ents[0] if ents else None, v.word(first)) or v.in_set(first, v.lex.report_nouns):
                return "reported"
        if not relays:
            return "asserted"
        home = (speaker.actor or "")[:3] if speaker is not None else ""
        for r in relays:
            actor = v.actors.get(r, "")
            if not home or not actor or actor[:3] != home:
                return "reported"
        return "asserted"


def _verb_like(word: str) -> bool:
    """A word that reads as a verb ("ويواجه"، "واجهت"): quoted words after it are its object, not a label."""
    w = strip_conj(word)
    return len(w) >= 3 and (w[0] in "يت" or w.endswith("ت"))


STATEMENT_NOUNS = frozenset(normalize(w) for w in ("تصريح", "تصريحات", "تصريحه", "تصريحها", "حديث", "حديثه",
                                                  "حديثها", "مقابلة", "مقابلته", "لقاء", "اتصال"))
HONORIFIC_PREFIXES = frozenset(normalize(w) for w in ("معالي", "سمو", "صاحب", "فضيلة", "سعادة", "فخامة", "دولة"))
DESCRIBING = frozenset({"وصف", "اعتبر"})  # "وصفت لاجارد الصين بـ«اللاعب المرن»": a glued بـ before words
NOT_CONTENT_AFTER_ALA = frozenset({"هامش", "راس", "صعيد", "مستوي", "خلفيه", "حساب", "لسان", "حد", "ان"})
