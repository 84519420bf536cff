"""Claim status: asserted, reported, alleged, denied, alleged-and-denied, background; negation and hedges."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.article import Article, Claim

from .conftest import AHMED, PRK, REUTERS, RUS, USA

Run = Callable[..., Article]
NAMES = {"الولايات المتحدة": USA, "واشنطن": USA, "كوريا الشمالية": PRK, "بيونغيانغ": PRK, "موسكو": RUS,
         "روسيا": RUS, "أحمد فتحي": AHMED, "وكالة رويترز": REUTERS}


def claim_on(art: Article, words: str) -> Claim:
    hits = [c for c in art.claims if words in c.span.text]
    assert hits, f"no claim with {words!r} in {[c.span.text for c in art.claims]}"
    return min(hits, key=lambda c: len(c.span.text))


def test_accusation_denied_in_a_relative_clause(run: Run) -> None:
    art = run("في يناير اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بصواريخ وقذائف وهو ما نفته بيونغيانغ.",
              NAMES)
    c = claim_on(art, "بتزويد روسيا")
    assert c.status == "alleged-and-denied"
    assert (c.alleged_by, c.denied_by) == ("USA", "PRK")
    assert c.cue is not None and "نفته" in c.cue.text
    assert "بيونغيانغ" not in c.span.text


def test_accusation_alone_is_alleged(run: Run) -> None:
    art = run("اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بصواريخ.", NAMES)
    c = claim_on(art, "بتزويد روسيا")
    assert (c.status, c.by, c.alleged_by) == ("alleged", "USA", "USA")


def test_denial_in_the_next_sentence(run: Run) -> None:
    art = run("اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بصواريخ. لكن بيونغيانغ نفت ذلك. "
              "ونفت كوريا الشمالية هذه الاتهامات.", NAMES)
    c = claim_on(art, "بتزويد روسيا")
    assert (c.status, c.denied_by) == ("alleged-and-denied", "PRK")


def test_rejecting_the_accusations(run: Run) -> None:
    art = run("اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بصواريخ. ورفضت بيونغيانغ الاتهامات.", NAMES)
    assert claim_on(art, "بتزويد روسيا").status == "alleged-and-denied"


@pytest.mark.parametrize(
    "sentence,content",
    [
        ("نفى أحمد فتحي أن تكون الحكومة قد تلقت أموالا.", "تكون الحكومة قد تلقت أموالا"),
        ("ونفت كوريا الشمالية وجود أي تعاون عسكري مع موسكو.", "وجود أي تعاون عسكري مع موسكو"),
    ],
)
def test_denials(run: Run, sentence: str, content: str) -> None:
    art = run(sentence, NAMES)
    c = claim_on(art, content)
    assert c.status == "denied"
    assert c.denied_by in ("EGYGOV", "PRK")


def test_claim_of_evidence_is_alleged(run: Run) -> None:
    art = run("وفي مارس، قالت واشنطن إن لديها دليلاً على أن موسكو كانت تتطلع إلى شراء أسلحة.", NAMES)
    c = claim_on(art, "موسكو كانت تتطلع")
    assert (c.status, c.alleged_by) == ("alleged", "USA")
    assert c.span.text.startswith("موسكو")


def test_reported_speech_is_reported_by_its_speaker(run: Run) -> None:
    art = run("قال أحمد فتحي إن الحكومة ستبني مئة مدرسة.", NAMES)
    c = claim_on(art, "الحكومة ستبني")
    assert (c.status, c.kind, c.speaker) == ("reported", "content", "EGYGOV")
    frame = claim_on(art, "قال أحمد فتحي")
    assert frame.status == "asserted"


def test_relayed_event_is_reported_but_a_relayed_statement_is_asserted(run: Run) -> None:
    art = run("اندلعت اشتباكات عنيفة في المدينة، بحسب وكالة رويترز. تعهد أحمد فتحي بدعم المشروع، حسبما ذكرت وكالة رويترز.",
              NAMES)
    fight = claim_on(art, "اندلعت اشتباكات")
    assert (fight.status, fight.reported_by) == ("reported", "GBRMED")
    assert "رويترز" not in fight.span.text
    pledge = claim_on(art, "تعهد أحمد فتحي")
    assert (pledge.status, pledge.reported_by) == ("asserted", "GBRMED")


def test_background(run: Run) -> None:
    art = run("وكان الوزير قد زار المدينة الشهر الماضي.", NAMES)
    assert claim_on(art, "زار المدينة").status == "background"


@pytest.mark.parametrize(
    "sentence,negated,hedged",
    [
        ("لم تعلن الحكومة أي قرار بشأن الميناء.", True, False),
        ("لن تشارك الحكومة في الاجتماع.", True, False),
        ("الحكومة ليست طرفا في النزاع.", True, False),
        ("قد تعلن الحكومة قرارها غدا.", False, True),
        ("يُعتقد أن الحكومة أعلنت قرارها.", False, True),
        ("من المحتمل أن تعلن الحكومة قرارها.", False, True),
        ("ربما تعلن الحكومة قرارها غدا.", False, True),
        ("وكان الوزير قد أعلن القرار أمس.", False, False),  # قد with a past verb is not a hedge
        ("أعلنت الحكومة قرارها أمس.", False, False),
    ],
)
def test_negation_and_hedges(run: Run, sentence: str, negated: bool, hedged: bool) -> None:
    art = run(sentence, NAMES)
    c = claim_on(art, sentence[:8])
    assert (c.negated, c.hedged) == (negated, hedged)


def test_negation_inside_reported_content_stays_there(run: Run) -> None:
    art = run("قال أحمد فتحي إن الحكومة لن تشارك في الاجتماع.", NAMES)
    assert claim_on(art, "الحكومة لن تشارك").negated
    assert not claim_on(art, "قال أحمد فتحي").negated


def test_denial_with_a_carried_subject(run: Run) -> None:
    art = run("وقال أحمد فتحي إن المحادثات مستمرة. ونفى وجود أي صفقة مع الشركة.", NAMES)
    c = claim_on(art, "وجود أي صفقة")
    assert (c.status, c.denied_by) == ("denied", "EGYGOV")
    assert c.span.text.startswith("وجود")


def test_a_quoted_denial_is_the_speakers_words(run: Run) -> None:
    art = run("ونفى أحمد فتحي: «لم أتناول أي مادة محظورة».", NAMES)
    q = [x for x in art.quotes if "لم أتناول" in x.span.text][0]
    assert q.status == "asserted"
    assert claim_on(art, "لم أتناول").negated


def test_a_denial_relative_does_not_answer_a_quotation(run: Run) -> None:
    art = run('وكتب أحمد فتحي: «حسبي الله ونعم الوكيل».\n\nوانتشر وسم يتهمه بالتقصير، الأمر الذي نفاه أحمد فتحي.',
              NAMES)
    assert claim_on(art, "حسبي الله").status == "reported"
