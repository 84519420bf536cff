#!/usr/bin/env python3
"""Screenshots of the observatory page for docs/screenshots/, taken with headless Chromium.

    marsad serve --db out/marsad.db &      # or `make run`
    python scripts/take_screenshots.py [--url http://127.0.0.1:8000] [--out docs/screenshots]

Needs Debian's `chromium` and `chromium-driver` and selenium (the dev extra).
Takes: the search page with results, the sample article with its highlighted
facts and a hover card, an actor page and a dyad view.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[1]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900"]


def driver(profile: str) -> WebDriver:
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(options=opts, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))


def wait_for(d: WebDriver, css: str) -> None:
    WebDriverWait(d, 15).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def visit(d: WebDriver, url: str) -> None:
    """Open a route and wait until the page has drawn it (the view's data-loaded names the route)."""
    d.get(url)
    WebDriverWait(d, 15).until(
        lambda d: d.execute_script("return document.getElementById('view').dataset.loaded === location.hash"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://127.0.0.1:8000")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--query", default="صاروخ", help="the search shown on search.png")
    ap.add_argument("--article-query", default="كيم بوتين", help="a search whose first result is the article shown")
    ap.add_argument("--actor", default="RUS")
    ap.add_argument("--dyad", default="RUS/PRK")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        d = driver(profile)
        try:
            base = args.url.rstrip("/")
            visit(d, f"{base}/#/search?q={args.query}")
            d.save_screenshot(str(args.out / "search.png"))

            visit(d, f"{base}/#/search?q={args.article_query}")
            visit(d, d.find_element(By.CSS_SELECTOR, ".result h3 a").get_attribute("href"))
            facts = d.find_elements(By.CSS_SELECTOR, "#article-text .fact")
            target = next((f for f in facts if "f-event" in (f.get_attribute("class") or "")), facts[0] if facts else None)
            if target is not None:
                d.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
                time.sleep(0.2)
                ActionChains(d).move_to_element(target).perform()
                time.sleep(0.3)
            d.save_screenshot(str(args.out / "article.png"))

            visit(d, f"{base}/#/actor/{args.actor}")
            d.save_screenshot(str(args.out / "actor.png"))

            visit(d, f"{base}/#/dyad/{args.dyad}")
            d.save_screenshot(str(args.out / "dyad.png"))
        finally:
            d.quit()
    print(f"take_screenshots: wrote {', '.join(sorted(p.name for p in args.out.glob('*.png')))} to {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
