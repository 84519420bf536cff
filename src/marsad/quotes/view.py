"""The article as the quotes stage reads it: tokens, sentences, entities and cue lookups."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from marsad.article import Article, Entity, Span, Speaker
from marsad.clean.normalize import normalize
from marsad.language.tokens import Token, sentences_of, tokens_of
from marsad.quotes.lexicon import Cue, Lexicon, bare, lexicon, strip_conj
from marsad.quotes.marks import ALL_MARKS

BAYYANA = Cue("بين", "say", "m")
OPENING_ASIDES = frozenset(normalize(w) for w in ("جهته", "جانبه", "جهتها", "جانبها", "فيما", "بينما", "،", ",", ".", ":"))
EXPRESS = {"عبر": "m", "عبرت": "f", "يعبر": "m", "تعبر": "f", "عبروا": "pl"}  # عبّر عن: expressed
ADDED = {"زاد": "m", "زادت": "f"}
# Verbs that report words only before a complementiser: "وتقدر الحكومة أن …" (estimates), not "يقدر الجهود"
# (appreciates); "علمت مصادر الصحيفة أن …" (learned), not "علمت الطلاب" (taught).
KNOWING = {"يقدر": ("قدر", "say", "m"), "تقدر": ("قدر", "say", "f"), "قدرت": ("قدر", "say", "f"),
           "قدروا": ("قدر", "say", "pl"), "يقدرون": ("قدر", "say", "pl"), "علمت": ("علم", "report", "f")}
DOTTED_ACRONYMS = True  # round 9: "(سي. آي. إيه)" is one acronym, not three sentences
# Round 9: "أجمع المصابون على أن …"، "وأجمعا على أن …" (they agreed that): the words they all said; "العالم أجمع"
# (the whole world) is no verb.
AGREEING = {normalize(w): g for w, g in (("أجمع", "m"), ("أجمعت", "f"), ("أجمعوا", "pl"), ("أجمعا", "pl"),
                                          ("أجمعتا", "pl"))}
CONSENSUS = True
AGREEING_REACH = 16  # tokens from "أجمع" to its complementiser (those agreeing are often described at length)
KNOWING_REACH = 7  # tokens from such a verb to its complementiser (a subject of a few words, in marks or not)
NOT_VERBS = True  # round 11: "استطلاع رأي" (a poll) and the adverb "مجددا" (again) after a word are no speech verbs
OPINION = frozenset(normalize(w) for w in ("رأي", "راي"))
POLLS = frozenset(normalize(w) for w in ("استطلاع", "استطلاعات", "لاستطلاع", "باستطلاع"))
AGAIN = frozenset(normalize(w) for w in ("مجددا", "مجدداً"))
BAYYANA_HONORIFIC = True  # round 11: "وبين معاليه، أن"، "وبين رئيس بلدية … المهندس X أن": the verb, not "between"
BAYYANA_HONORIFICS = frozenset(normalize(w) for w in ("معاليه", "سموه", "سعادته", "فضيلته", "فخامته", "معاليها",
                                                      "سموها", "سعادتها"))
BAYYANA_TITLE_REACH = 24  # tokens from "وبين" + a title to its أن
BAYYANA_REACH = 14  # tokens from "وبين" to the أن that makes it the verb (its subject and an aside between)
DESCRIBING_EXPRESS = True  # round 12: "بشكل يعبر عن …": an imperfect of عبّر right after an indefinite noun describes it
# Round 13: "وتعتقد الاستخبارات الأميركية أن …" (believes): a belief stated by a named party, reported as its words when a
# subject stands between the verb and its complementiser; "ويعتقد أن …" (it is believed) stays the article's voice and
# "الذي يعتقد أنه …" has no subject of its own
BELIEF_VERBS = True
BELIEF_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "ما", "مما"))
BELIEF_REACH = 14  # tokens from the verb to its complementiser (a body's officials and its acronym in brackets)
BELIEVING = {normalize(w): g for w, g in (("يعتقد", "m"), ("تعتقد", "f"), ("يعتقدون", "pl"), ("اعتقد", "m"),
                                          ("اعتقدت", "f"), ("اعتقدوا", "pl"))}
EXPRESS_FORMS = True  # round 11: "الهيئة عبرت عن …": the inflected forms of عبّر are the verb after a subject too
EXPRESS_FORM_REACH = 10  # tokens from such a form to its "عن"
EXPRESS_REACH = 20  # tokens from "عبّر" to its "عن" (the subject, and where and when, come between)
ACTOR_TYPES = frozenset({"PER", "ORG", "GPE"})
MEDIA_ROLE = "MED"
FULL_BODIES = True  # round 12: "وزارة الداخلية" after "وزارة الداخلية المصرية" is the body named in full
NISBA = ("ي", "ية", "يه")  # the endings of a nationality adjective after a body's name ("المصرية"، "الأمريكي")


@dataclass
class Sentence:
    span: Span
    first: int  # index of its first token
    last: int  # index after its last token
    section: str | None


class View:
    """Token-level access to one article for the quotes stage."""

    def __init__(self, art: Article):
        self.art = art
        self.text = art.text
        self.lex: Lexicon = lexicon()
        self.toks: list[Token] = tokens_of(art)
        self.starts = [t.start for t in self.toks]
        self.ents: list[Entity] = sorted(
            (e for e in art.entities if e.type in ACTOR_TYPES), key=lambda e: (e.span.start, -e.span.end)
        )
        self.ent_starts = [e.span.start for e in self.ents]
        # no entity starts further back than its length: the scan for those overlapping a range starts there
        self.ent_longest = max((e.span.end - e.span.start for e in self.ents), default=0)
        self.sentences: list[Sentence] = []
        for s in sentences_of(art):
            a, b = self.token_range(s.start, s.end)
            prev = self.sentences[-1] if self.sentences else None
            if (prev is not None and prev.last - prev.first >= 2 and self.toks[prev.last - 1].text == "."
                    and len(self.toks[prev.last - 2].norm) == 1
                    and self.toks[prev.last - 2].norm.isalpha() and "\n" not in self.text[prev.span.end:s.start]):
                # "م. جديع"، "د. خالد": a one-letter abbreviation does not end a sentence
                prev.span = Span(prev.span.start, s.end, self.text[prev.span.start:s.end])
                prev.last = b
                continue
            if DOTTED_ACRONYMS and prev is not None and self._acronym_split(prev, a, b, s.start):
                # "(سي. آي. إيه)"، "«سي. أي. آيه»": the dots of an acronym do not end a sentence
                prev.span = Span(prev.span.start, s.end, self.text[prev.span.start:s.end])
                prev.last = b
                continue
            self.sentences.append(Sentence(s, a, b, art.section_of(s.start)))
        self.masked: list[tuple[int, int]] = []  # char ranges where cue words are not cues (`mask`)
        self._merged: list[tuple[int, int]] | None = None  # `masked` merged and sorted for `is_masked`; None: stale
        self._merged_starts: list[int] = []
        self._cues: dict[int, Cue | None] = {}
        self.memo: dict[tuple[object, ...], Any] = {}  # per-article results shared by the steps
        self.actors: dict[str, str] = {e.canonical: e.actor for e in self.ents if e.canonical and e.actor}

    def _acronym_split(self, prev: Sentence, a: int, b: int, start: int) -> bool:
        """Whether a sentence break falls inside a dotted acronym: the break follows a word of at most two
        letters and a dot, and the next piece opens with a short word closed by a dot, a bracket or a mark."""
        if prev.last - prev.first < 2 or self.toks[prev.last - 1].text != "." or "\n" in self.text[prev.span.end:start]:
            return False
        before = self.toks[prev.last - 2]
        if not (before.is_word and len(before.norm) <= 2 and before.norm.isalpha()):
            return False
        return (b - a >= 2 and self.toks[a].is_word and len(self.toks[a].norm) <= 3
                and (self.toks[a + 1].text in (".", ")") or self.toks[a + 1].text in ALL_MARKS))

    def acronym_dot(self, j: int) -> bool:
        """Whether the dot at token j is inside a dotted acronym ("سي. آي. إيه"، "د. ب. أ")."""
        if not DOTTED_ACRONYMS or self.word(j) != "." or not self._short(j - 1):
            return False
        return ((self._short(j + 1) and j + 2 < len(self.toks) and (
            self.toks[j + 2].text in (".", ")") or self.toks[j + 2].text in ALL_MARKS))
            or (self.word(j - 2) == "." and self._short(j - 3)))

    def _short(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].is_word and len(self.toks[i].norm) <= 3 and (
            self.toks[i].norm.isalpha())

    # tokens -------------------------------------------------------------
    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [a, b) of the tokens lying inside text[start:end]."""
        a = bisect.bisect_left(self.starts, start)
        b = bisect.bisect_left(self.starts, end)
        while b > a and self.toks[b - 1].end > end:
            b -= 1
        return a, b

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def word(self, i: int) -> str:
        return self.toks[i].norm if 0 <= i < len(self.toks) else ""

    def mask(self, start: int, end: int) -> None:
        """Cue words in text[start:end] are no cues (a quotation)."""
        self.masked.append((start, end))
        self._merged = None

    def is_masked(self, offset: int) -> bool:
        if self._merged is None:
            # asked for every token: the ranges are merged once (again after `mask`), then bisected
            merged: list[list[int]] = []
            for a, b in sorted(r for r in self.masked if r[0] < r[1]):
                if merged and a <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], b)
                else:
                    merged.append([a, b])
            self._merged = [(a, b) for a, b in merged]
            self._merged_starts = [a for a, _ in merged]
        k = bisect.bisect_right(self._merged_starts, offset) - 1
        return k >= 0 and offset < self._merged[k][1]

    def cue(self, i: int) -> Cue | None:
        """The speech verb at token i (proclitic و/ف allowed), unless it sits inside a quotation.

        Asked many times per token, so kept per token; `masked` is complete before the first call."""
        if i in self._cues:
            return self._cues[i]
        found = self._cue(i)
        self._cues[i] = found
        return found

    def _cue(self, i: int) -> Cue | None:
        w = self.word(i)
        if not w or self.is_masked(self.toks[i].start):
            return None
        if NOT_VERBS and i > 0 and (
                (strip_conj(w) in OPINION and strip_conj(self.word(i - 1)) in POLLS)
                or (strip_conj(w) in AGAIN and self.toks[i - 1].is_word
                    and not any(self.lex.verbs.get(strip_conj(self.word(j))) for j in range(max(0, i - 4), i)))):
            # "استطلاع رأي: …" (an opinion poll), "سيرتفع العدد مجددا" (again): no verb; the participle
            # "مجدداً" (renewing) opens its own clause, after a comma (after a speech verb and its subject,
            # "وأكدت الهيئة مجدداً …", it stays what it was: it ends the subject)
            return None
        if w == "وبين" and (self.word(i + 1) in self.lex.complementizers or "\u0651" in self.toks[i].text or (
                any(self.word(j) in self.lex.complementizers for j in range(i + 2, i + self._bayyana_reach(i)))
                and not self.word(i + 2).startswith("و") and (self.word(i + 2) not in ("،", ",") or (
                    BAYYANA_HONORIFIC and self.word(i + 1) in BAYYANA_HONORIFICS)))):
            # "وبيّن أن"، "وبين الوزير أن": the verb; "وبين المدينتين وبين البحر" (between) is not;
            # "وبين معاليه، أن": an honorific pronoun is the verb's subject (nobody is "between his excellency")
            return BAYYANA
        if w == "بين" and (i == 0 or self.word(i - 1) in OPENING_ASIDES or "\n" in self.text[self.toks[i - 1].end:self.toks[i].start]):
            return BAYYANA  # "من جهته بيّن …": a verb where a sentence or an aside ends
        if strip_conj(w) in ADDED and (self.is_mark(i + 1) or self.word(i + 1) in (":", "：")
                                      or self.word(i + 1) in self.lex.complementizers):
            return Cue("زاد", "say", ADDED[strip_conj(w)])  # "وزاد: …" (he added), not "زاد عدد …" (increased)
        if BELIEF_VERBS and strip_conj(w) in BELIEVING and self._believes(i):
            return Cue(normalize("اعتقد"), "say", BELIEVING[strip_conj(w)])
        if strip_conj(w) in KNOWING and self._reports_content(i):
            lemma, cls, gender = KNOWING[strip_conj(w)]
            return Cue(normalize(lemma), cls, gender)
        if CONSENSUS and strip_conj(w) in AGREEING and self._agrees(i):
            return Cue(normalize("أجمع"), "say", AGREEING[strip_conj(w)])
        if strip_conj(w) in EXPRESS and self._expresses(i):
            return Cue("اعرب", "stance", EXPRESS[strip_conj(w)])
        return self.lex.verbs.get(w) or self.lex.verbs.get(strip_conj(w))

    def _bayyana_reach(self, i: int) -> int:
        """Tokens from "وبين" to its أن: a title's chain ("وبين رئيس بلدية … المهندس X أن") runs longer."""
        return BAYYANA_TITLE_REACH if BAYYANA_HONORIFIC and self.is_title_at(i + 1) else BAYYANA_REACH

    def _believes(self, i: int) -> bool:
        """"وتعتقد الشرطة أن": a subject between the verb and its complementiser; not "أعتقد أن" (the writer), not
        "الذي يعتقد على نطاق واسع أنه" (believed, of someone: a relative pronoun before, a preposition after)."""
        raw = self.toks[i].text
        if (raw[1:] if raw[:1] in ("و", "ف") else raw).startswith("أ"):
            return False  # أعتقد، وأعتقد: the first person (the past اعتقد takes a plain alef)
        if self.word(i - 1) in BELIEF_RELATIVES or self.in_set(i + 1, self.lex.subject_stops):
            return False
        return self._reports_content(i, BELIEF_REACH)

    def _reports_content(self, i: int, reach: int = KNOWING_REACH) -> bool:
        """A complementiser within a short subject after the verb, no clause break on the way."""
        for j in range(i + 1, min(len(self.toks), i + reach)):
            w = self.word(j)
            if w in self.lex.complementizers:
                return j > i + 1
            if w == "." and BELIEF_VERBS and self.acronym_dot(j):
                continue  # "مسؤولو الاستخبارات (سي. آي. إيه) أن": the dots of an acronym in the subject
            if w in (".", "،", ",", ":", "؛", ";", "؟", "?", "!"):
                return False
        return False

    def _agrees(self, i: int) -> bool:
        """"أجمع المشاركون على أن"، "وأجمعوا بأن": a complementiser (after على or glued to ب) within reach; not "العالم
        أجمع بأن" (a definite noun the word qualifies, the complementiser right after it)."""
        # right after a definite noun with nothing between it and the complementiser, it qualifies the noun
        after_noun = i > 0 and self.word(i - 1).startswith("ال") and not self.word(i).startswith(("و", "ف"))
        for j in range(i + 1, min(len(self.toks), i + AGREEING_REACH)):
            w = self.word(j)
            direct = j == i + 1 or (j == i + 2 and self.word(i + 1) == "علي")
            glued = strip_conj(w) in self.lex.complementizers and w.startswith("ب")  # "وأجمعوا بأن"
            if glued or (w in self.lex.complementizers and (self.word(j - 1) == "علي" or j > i + 1)):
                return not (after_noun and direct)
            if w in (".", "،", ",", ":", "؛", ";", "؟", "?", "!"):
                return False
        return False

    def _expresses(self, i: int) -> bool:
        """"وعبّر الوزير عن …" (expressed), not "عبر حسابه" (via): the verb opens its clause and an عن follows."""
        t = self.toks[i]
        opens = (i == 0 or "\u0651" in t.text or self.word(i - 1) in OPENING_ASIDES
                 or "\n" in self.text[self.toks[i - 1].end:t.start])
        if (DESCRIBING_EXPRESS and not opens and i > 0 and self.word(i)[:1] in ("ي", "ت")
                and self._indefinite_noun(i - 1)):
            return False  # "بشكل يعبر عن مضمون الأغنية"، "رسالة تعبر عن …": a clause describing a noun, no one speaking
        if not opens and EXPRESS_FORMS and strip_conj(self.word(i)) != "عبر":
            # "فإن الهيئة عبرت عن صدمتها"، "يعبر مسؤولون عن خوفهم": only the bare form is also the preposition "via";
            # the others are the verb wherever they stand, when their عن comes soon
            return any(self.word(j) == "عن" for j in range(i + 1, min(len(self.toks), i + EXPRESS_FORM_REACH)))
        return opens and any(self.word(j) == "عن" for j in range(i + 1, min(len(self.toks), i + EXPRESS_REACH)))

    def _indefinite_noun(self, i: int) -> bool:
        """A common noun with no article and no name on it ("بشكل"، "رسالة"): what a verb right after it may
        describe (a relative clause with no relative pronoun)."""
        t = self.toks[i]
        w = strip_conj(self.word(i))
        return (t.is_word and len(w) >= 3 and not w.startswith("ال") and self.entity_on(i) is None
                and self.cue(i) is None and w not in self.lex.complementizers
                and not t.text.endswith(("ه", "ها", "هم")))  # raw text: a pronoun ه, not a ة the folding made ه

    def in_set(self, i: int, words: frozenset[str]) -> bool:
        w = self.word(i)
        return bool(w) and (w in words or strip_conj(w) in words)

    def is_title_at(self, i: int) -> bool:
        return self.in_set(i, self.lex.title_nouns)

    def is_mark(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].text in ALL_MARKS

    # entities -----------------------------------------------------------
    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Actor entities overlapping text[start:end], in text order."""
        lo = bisect.bisect_left(self.ent_starts, start - self.ent_longest)
        hi = bisect.bisect_left(self.ent_starts, end)
        return [e for e in self.ents[lo:hi] if e.span.end > start]

    def entity_on(self, i: int) -> Entity | None:
        if not 0 <= i < len(self.toks):
            return None  # like `word`: no token there (a page cut after a preposition asks for the next one)
        t = self.toks[i]
        hits = self.entities_in(t.start, t.end)
        return hits[0] if hits else None

    def after_entity(self, e: Entity) -> int:
        """Index of the first token after entity e."""
        return self.token_at(e.span.end)

    # phrases ------------------------------------------------------------
    def governed(self, e: Entity) -> bool:
        """Whether a preposition governs the entity (then it is not a subject)."""
        i = self.token_at(e.span.start)
        if i < len(self.toks) and self.toks[i].start < e.span.start:
            return True  # a clitic preposition glued to the name (لروسيا، بموسكو)
        j = i - 1
        while j >= 0 and self.is_mark(j):
            j -= 1
        if j < 0:
            return False
        t = self.toks[j]
        if t.start < e.span.start and t.end > e.span.start:
            return True
        w = strip_conj(t.norm)
        return w in PREPOSITIONS or (t.end == e.span.start and t.norm in ("ل", "ب", "لـ"))

    def speaker_of(self, e: Entity) -> Speaker:
        """The entity as a speaker; a capital or seat of power speaking is its country ("قالت واشنطن"); a body
        named short after its full name ("وزارة الداخلية" after "وزارة الداخلية المصرية") is the body named in full."""
        canonical, actor = e.canonical, e.actor
        if e.actor and len(e.actor) == 3 and (e.entity_id or "").startswith(("city:", "seat:")):
            canonical = country_name(e.actor) or canonical
        full = self._full_body(e) if FULL_BODIES else None
        if full is not None:
            canonical, actor = full.canonical, full.actor or actor
        return Speaker(text=e.span.text, canonical=canonical, actor=actor, span=e.span)

    def _full_body(self, e: Entity) -> Entity | None:
        """The latest body named earlier with the same words and nisba adjectives after them (its country,
        "المصرية"), linked to another name: the short form means that body, whose name is the more exact."""
        if e.type != "ORG":
            return None
        words = [strip_conj(w) if k == 0 else w for k, w in enumerate(normalize(e.span.text).split())]
        if len(words) < 2:
            return None  # a bare "الوزارة" points back by other rules (`_named_body`)
        for f in reversed(self.ents):
            if f.span.end > e.span.start or f.type != "ORG" or not f.canonical or f.canonical == e.canonical:
                continue
            if e.actor and f.actor and f.actor != e.actor:
                continue
            longer = [strip_conj(w) if k == 0 else w for k, w in enumerate(normalize(f.span.text).split())]
            extra = longer[len(words):]
            if longer[:len(words)] == words and extra and all(w.startswith("ال") and w.endswith(NISBA)
                                                                    for w in extra):
                return f
        return None

    def is_media(self, e: Entity | None, first_word: str = "") -> bool:
        if e is not None and e.actor and e.actor.endswith(MEDIA_ROLE):
            return True
        return bool(first_word) and bare(first_word) in {bare(w) for w in self.lex.media_nouns}

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


PREPOSITIONS = frozenset(
    normalize(w)
    for w in ("في", "إلى", "على", "من", "عن", "مع", "لدى", "عند", "نحو", "ضد", "بين", "حول", "خلال", "أمام",
              "بعد", "قبل", "منذ", "حتى", "عبر", "تجاه", "لصالح", "بحق", "بشأن", "إزاء")
)


def country_name(code: str) -> str | None:
    """The canonical name of a country code from the actor registry, when the registry is there."""
    try:
        from marsad.entities.registry import lookup
    except ImportError:
        return None
    try:
        actor = lookup(code)
    except Exception:  # noqa: BLE001 - a registry failure must not stop the article
        return None
    return getattr(actor, "canonical", None) if actor is not None else None
