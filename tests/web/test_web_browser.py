"""The web page in headless Chromium: search, article view, actor page, dyad view, untrusted text.

Skipped (with the reason) only when Chromium or its driver is not installed;
CI installs Debian's `chromium` and `chromium-driver`.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest
from observatory_data import SCRIPT, script_article, signing_article

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900"]

if not (CHROMIUM and DRIVER):
    pytest.skip("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with tempfile.TemporaryDirectory() as profile:
        opts = webdriver.ChromeOptions()
        opts.binary_location = str(CHROMIUM)
        for flag in FLAGS:
            opts.add_argument(flag)
        opts.add_argument(f"--user-data-dir={profile}")
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        d = webdriver.Chrome(options=opts, service=Service(str(DRIVER)))
        try:
            yield d
        finally:
            d.quit()


def wait(d: Any, css: str, timeout: float = 15) -> Any:
    return WebDriverWait(d, timeout).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def visit(d: Any, server_url: str, route: str) -> None:
    """Open a route of the page and wait until the view has drawn it."""
    d.get(f"{server_url}/{route}")
    WebDriverWait(d, 15).until(
        lambda d: d.execute_script("return document.getElementById('view').dataset.loaded === location.hash"))


def loaded(d: Any) -> bool:
    return bool(d.execute_script("return document.getElementById('view').dataset.loaded === location.hash"))


def test_search(browser: Any, server_url: str) -> None:
    visit(browser, server_url, "#/")
    box = wait(browser, "#q")
    box.clear()
    box.send_keys("صاروخ")
    browser.find_element(By.ID, "search-go").click()
    WebDriverWait(browser, 15).until(lambda d: "q=" in d.current_url and loaded(d))
    assert browser.find_element(By.ID, "result-count").text == "2 articles found"
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".result mark")]
    assert "صواريخ" in marks
    assert "q=" in browser.current_url


def test_injected_search_shows_no_error(browser: Any, server_url: str) -> None:
    visit(browser, server_url, "#/search?q=" + "%22%20OR%201%3D1%20--")
    assert browser.find_element(By.ID, "result-count").text == "0 articles found"
    assert not browser.find_elements(By.CSS_SELECTOR, ".error")


def test_article_view_highlights_facts_with_evidence(browser: Any, server_url: str) -> None:
    art = signing_article()
    visit(browser, server_url, f"#/article/{art.id}")
    assert browser.find_element(By.ID, "article-title").text == art.title
    people = [s.text for s in browser.find_elements(By.CSS_SELECTOR, "#article-text .f-ent-PER")]
    assert "فلاديمير بوتين" in people and "كيم جونغ أون" in people
    assert browser.find_elements(By.CSS_SELECTOR, "#article-text .f-timex")[0].text == "يوم الأربعاء"
    quote = "".join(s.text for s in browser.find_elements(By.CSS_SELECTOR, "#article-text .f-quote"))
    assert quote == "العلاقات بين البلدين تدخل مرحلة جديدة من التعاون"
    # hovering a word of the signing event shows the event and its evidence
    event_span = next(s for s in browser.find_elements(By.CSS_SELECTOR, "#article-text .f-event")
                      if s.text.startswith("وقّع"))
    ActionChains(browser).move_to_element(event_span).perform()
    tip = WebDriverWait(browser, 5).until(ec.visibility_of_element_located((By.ID, "tip")))
    assert "057 Sign formal agreement" in tip.text
    assert "وقّع الرئيس الروسي فلاديمير بوتين" in tip.text
    # the side list names the event's actors and links to their pages
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#facts a")]
    assert any(h.endswith("#/actor/RUSGOV") for h in links)
    # hovering a fact in the side list outlines its words in the text
    item = next(li for li in browser.find_elements(By.CSS_SELECTOR, "#facts li[data-kind=ent]")
                if "كيم جونغ أون" in li.text)
    ActionChains(browser).move_to_element(item).perform()
    WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text .fact.focus"))
    assert [s.text for s in browser.find_elements(By.CSS_SELECTOR, "#article-text .fact.focus")] == ["كيم جونغ أون"]
    # hovering an event in the side list outlines its evidence and its actors
    event_item = next(li for li in browser.find_elements(By.CSS_SELECTOR, "#facts li[data-kind=event]")
                      if "057" in li.text)
    ActionChains(browser).move_to_element(event_item).perform()
    WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text .fact.focus"))
    outlined = "".join(s.text for s in browser.find_elements(By.CSS_SELECTOR, "#article-text .fact.focus"))
    assert outlined == "وقّع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون"
    # a quote outlines its cue word too
    quote_item = browser.find_element(By.CSS_SELECTOR, "#facts li[data-kind=quote]")
    ActionChains(browser).move_to_element(quote_item).perform()
    WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text .seg.focus"))
    assert [s.text for s in browser.find_elements(By.CSS_SELECTOR, "#article-text .seg.focus")] == ["وقال"]
    story = browser.find_element(By.ID, "story").text
    assert "Same story (2 articles)" in story


def test_script_in_article_stays_text(browser: Any, server_url: str) -> None:
    art = script_article()
    visit(browser, server_url, f"#/article/{art.id}")
    text = browser.find_element(By.ID, "article-text")
    assert SCRIPT in text.text
    assert browser.find_elements(By.CSS_SELECTOR, "#view script") == []
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1  # only the page's own app.js
    assert browser.execute_script("return document.querySelector('#article-text .fact').textContent") == SCRIPT


def test_actor_page_draws_goldstein_chart(browser: Any, server_url: str) -> None:
    visit(browser, server_url, "#/actor/RUS")
    chart = browser.find_element(By.ID, "goldstein-chart")
    points = chart.find_elements(By.CSS_SELECTOR, "circle.point")
    assert len(points) == 1  # both events fall on one day
    titles = browser.execute_script(
        "return [...document.querySelectorAll('#goldstein-chart circle.point title')].map(t => t.textContent)")
    assert titles == ["RUS: 2024-06-19: 2 event(s), mean Goldstein 3"]
    items = browser.find_elements(By.CSS_SELECTOR, "#events .event-item")
    assert len(items) == 2
    assert "2 article(s), 2 source(s)" in browser.find_element(By.ID, "events").text


def test_dyad_view(browser: Any, server_url: str) -> None:
    visit(browser, server_url, "#/dyad/RUS/PRK")
    wait(browser, "#goldstein-chart circle.point")
    assert browser.find_element(By.ID, "dyad-title").text == "RUS ↔ PRK"
    items = browser.find_elements(By.CSS_SELECTOR, "#events .event-item")
    assert len(items) == 1
    assert len(items[0].find_elements(By.CSS_SELECTOR, ".evidence")) == 2
    form = browser.find_element(By.ID, "dyad-form")
    b = form.find_element(By.NAME, "b")
    b.clear()
    b.send_keys("USA")
    form.find_element(By.CSS_SELECTOR, "button").click()
    WebDriverWait(browser, 15).until(lambda d: d.current_url.endswith("#/dyad/RUS/USA") and loaded(d))
    assert browser.find_element(By.ID, "dyad-title").text == "RUS ↔ USA"
    assert "112 Accuse" in browser.find_element(By.ID, "events").text


def test_sample_article_shows_every_fact_of_its_record(browser: Any, sample_url: str) -> None:
    """Whatever the language stages found in the sample, each fact's words are highlighted, no more."""
    import json
    import urllib.request

    with urllib.request.urlopen(sample_url + "/api/articles?limit=1") as r:
        art_id = json.load(r)["items"][0]["id"]
    with urllib.request.urlopen(f"{sample_url}/api/articles/{art_id}") as r:
        rec = json.load(r)["record"]
    visit(browser, sample_url, f"#/article/{art_id}")
    spans = browser.execute_script(
        "return [...document.querySelectorAll('#article-text .fact')].map(s => [+s.dataset.start, +s.dataset.end])")
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    expected = set()
    facts = [*rec["entities"], *rec["timexes"], *rec["quotes"], *rec["claims"],
             *[ev["evidence"] for ev in rec["events"]]]
    for f in facts:
        assert rec["text"][f["start"]:f["end"]] == f["text"]
        expected.update(range(f["start"], f["end"]))
    assert covered == expected
    assert browser.find_element(By.ID, "article-text").text.replace("\n", "") == rec["text"].replace("\n", "")


def test_stories_and_actors_lists(browser: Any, server_url: str) -> None:
    visit(browser, server_url, "#/stories")
    cards = browser.find_elements(By.CSS_SELECTOR, "#view .card")
    assert len(cards) == 1
    assert "2 articles from 2 sources" in cards[0].text
    assert len(cards[0].find_elements(By.CSS_SELECTOR, "li a")) == 2
    visit(browser, server_url, "#/actors")
    rows = browser.find_elements(By.CSS_SELECTOR, "#actors tr")
    codes = [r.find_elements(By.TAG_NAME, "td")[0].text for r in rows[1:]]
    assert {"RUSGOV", "PRKGOV", "USA", "RUS"} <= set(codes)


def test_no_errors_in_the_console(browser: Any, server_url: str) -> None:
    """Every view draws without a script error or a refused resource (CSP) in the console."""
    browser.get_log("browser")  # drop what earlier tests left
    art = signing_article()
    for route in ("#/", "#/search?q=بوتين", f"#/article/{art.id}", "#/actor/RUS", "#/dyad/RUS/PRK",
                  "#/actors", "#/stories"):
        visit(browser, server_url, route)
    browser.get(server_url + "/docs")
    WebDriverWait(browser, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#docs .card"))
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_claims_are_shown_when_toggled_on(browser: Any, server_url: str) -> None:
    art = signing_article()
    visit(browser, server_url, f"#/article/{art.id}")
    box = browser.find_element(By.ID, "article-text")
    claim = browser.find_element(By.CSS_SELECTOR, "#article-text .f-claim")
    assert claim.text == "الاتفاقية تشمل المساعدة المتبادلة"
    assert "hide-claim" in box.get_attribute("class")
    ActionChains(browser).move_to_element(claim).perform()
    assert not browser.find_element(By.ID, "tip").is_displayed()
    browser.find_element(By.ID, "toggle-claim").click()
    assert "hide-claim" not in box.get_attribute("class")
    ActionChains(browser).move_to_element(claim).perform()
    tip = WebDriverWait(browser, 5).until(ec.visibility_of_element_located((By.ID, "tip")))
    assert "Claim reported · by RUSGOV" in tip.text


@pytest.fixture(scope="module")
def learned_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over the sample page ingested with the opt-in learned events."""
    from conftest import ROOT, running
    from marsad.corpus.run import ingest_corpus
    from marsad.events.learned import model
    from marsad.server.app import create_app
    from marsad.store import open_store

    if model() is None:
        pytest.skip("the learned events' model file is not installed")
    store = open_store(tmp_path_factory.mktemp("learned") / "learned.db")
    assert ingest_corpus(store, [ROOT / "samples" / "pages"], progress=False, learned_events=True).added == 1
    with running(create_app(store)) as url:
        yield url


def test_learned_events_are_marked(browser: Any, learned_url: str) -> None:
    visit(browser, learned_url, "#/actor/PRKGOV")
    wait(browser, "#events .event-item")
    badges = [b.text for b in browser.find_elements(By.CSS_SELECTOR, "#events .badge")]
    assert "learned" in badges
