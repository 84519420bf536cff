"""Robustness audit: real SaudiNewsNet pages and damaged variants of them through the whole pipeline.

usage: .venv/bin/python bench/robustness.py [--n 200] [--seed 1] [--sweep 25] [--show 5] [--timeout 60]

Steps:
1. take N articles of the SaudiNewsNet sample, in seeded random order, leaving out every
   article of the gold index and of every development index (matched by zip+index and by URL,
   as scripts/select_dev.py does; only those keys are read): the pool of scripts/select_gold.py's
   `load_pool`, every article with a title and a body, not the selection's length and cue filter;
2. build each page as `TITLE\\n\\nCONTENT` and damage it in the ways of `VARIANTS` (cut mid-word,
   spaces removed, invisible marks, tatweel and diacritics, Latin and digits, broken HTML,
   Windows-1256 and UTF-16 bytes, UTF-8 bytes cut mid-letter or with stray bytes, lone
   surrogates, unbalanced quotation marks, a long unpunctuated sentence, a repeated paragraph,
   several of these at once);
3. run `marsad.analyze(page, published=...)` and `to_record` on each, and check: no exception
   but `InputError` (with a one-line message naming the input), every span of the record
   (entities, timexes, quotes, speakers, cues, claims, events, evidence, places, publication
   evidence) has `text == record_text[start:end]`, is not empty and does not part a letter from
   its diacritics, sections and paragraphs lie inside the text, in order, the record is JSON,
   and the re-encoded pages are read in their encoding (and, when lossless, as the same text);
4. cut the opening of the first `--sweep` articles after every word in turn ("wordcut"): rules that
   look one token ahead meet the end of the text there;
5. print per variant: pages, records, refusals, crashes, broken records, slowest run; then the
   first failures, each with the innermost marsad frame (file:line) and the exception.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import sys
import time
import traceback
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from marsad.api import analyze
from marsad.errors import InputError
from marsad.record import SCHEMA, to_record

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from select_gold import any_article, load_pool  # noqa: E402  (the pool the sets were selected from)

DATA = ROOT.parent / "shared" / "data" / "news_saudinewsnet_sample"
ARABIC = re.compile("[\u0621-\u064a]")
WORD = re.compile(r"\S+")
NUMBER = re.compile(r"\d+")
INVISIBLE = [chr(c) for c in [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]]
DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)]
LATIN = ["CNN", "Reuters", "http://example.org/a?b=1", "ISIS", "F-16", "iPhone", "#hashtag", "@user", "UN", "e-mail"]
DIGITS = ["2015", "١٤٣٦", "15/7/2015", "3.5", "٪40", "10,000", "7:30", "1", "٢٠١٥م", "24/7"]
QUOTES = ["«", "»", "\"", "“", "”", "'", "‘", "’", "„"]


texts: dict[str, str] = {}  # the clean text of each page analysed, by name
FACTS = ("entities", "timexes", "quotes", "claims", "events")
FOUND: dict[str, Counter[str]] = defaultdict(Counter)  # facts and spans of the records, by variant


class Timeout(Exception):
    """One analysis ran longer than the time allowed."""


def taken_keys() -> tuple[set[tuple[str, int]], set[str]]:
    """(zip, index) and URL of every article of the gold and development sets: only these keys are read."""
    indexes = [ROOT / "bench/gold/saudinewsnet/index.json", ROOT / "bench/dev/saudinewsnet/index.json"]
    n = 2
    while (ROOT / f"bench/dev{n}").is_dir():  # named one by one: a glob would also match unrelated folders
        indexes.append(ROOT / f"bench/dev{n}/saudinewsnet/index.json")
        n += 1
    keys: set[tuple[str, int]] = set()
    urls: set[str] = set()
    for index in indexes:
        if not index.is_file():
            continue
        for e in json.loads(index.read_text(encoding="utf-8")):
            keys.add((e["zip"], e["index"]))
            if e.get("url"):
                urls.add(e["url"])
    return keys, urls


def articles(n: int, seed: int) -> list[dict[str, str]]:
    """n articles with a title and content, outside every annotated set, in seeded random order: the selection
    scripts' pool (`scripts/select_gold.load_pool`) without their length and cue filter."""
    keys, urls = taken_keys()
    pool = [{"name": f"{it['zip']}#{it['index']}", "title": it["title"], "content": it["content"],
             "published": it["published"]} for it in load_pool(DATA, keys, urls, keep=any_article)]
    random.Random(seed).shuffle(pool)
    return pool[:n]


# --- damage: each takes the page and a seeded random source, returns str or bytes


def cut_mid_word(page: str, rnd: random.Random) -> str:
    inside = [m.start() + rnd.randrange(1, len(m.group())) for m in WORD.finditer(page) if len(m.group()) > 1]
    return page[: rnd.choice(inside)] if inside else page


def remove_spaces(page: str, rnd: random.Random) -> str:
    start = rnd.randrange(len(page))
    end = min(len(page), start + rnd.randint(50, 600))
    return page[:start] + re.sub(r"[ \t]+", "", page[start:end]) + page[end:]


def sprinkle(page: str, rnd: random.Random, marks: list[str], rate: float) -> str:
    return "".join(ch + (rnd.choice(marks) if rnd.random() < rate else "") for ch in page)


def invisible_marks(page: str, rnd: random.Random) -> str:
    return rnd.choice(INVISIBLE) + sprinkle(page, rnd, INVISIBLE, 0.05)


def tatweel_diacritics(page: str, rnd: random.Random) -> str:
    out = []
    for ch in page:
        out.append(ch)
        if ARABIC.match(ch):
            r = rnd.random()
            if r < 0.2:
                out.append(rnd.choice(DIACRITICS))
            elif r < 0.3:
                out.append("ـ" * rnd.randint(1, 3))
            elif r < 0.33:
                out.append(rnd.choice(DIACRITICS) + "ّ")
    return "".join(out)


def latin_digits(page: str, rnd: random.Random) -> str:
    words = page.split(" ")
    for _ in range(max(1, len(words) // 8)):
        i = rnd.randrange(len(words) + 1)
        piece = rnd.choice(LATIN) if rnd.random() < 0.5 else rnd.choice(DIGITS)
        if rnd.random() < 0.3 and i < len(words):
            words[i] = words[i] + piece  # glued to an Arabic word
        else:
            words.insert(i, piece)
    return " ".join(words)


def cut_bytes(page: str, rnd: random.Random) -> bytes:
    """The UTF-8 page cut at a random byte (a download cut short: often in the middle of a letter)."""
    data = page.encode("utf-8")
    return data[: rnd.randrange(len(data) // 4, len(data))]


def stray_bytes(page: str, rnd: random.Random) -> bytes:
    """The UTF-8 page with a few bytes lost or garbled (a damaged copy)."""
    data = bytearray(page.encode("utf-8"))
    for _ in range(rnd.randint(1, 4)):
        i = rnd.randrange(len(data))
        if rnd.random() < 0.5:
            del data[i]
        else:
            data[i] = rnd.choice([0x80, 0xBF, 0xC0, 0xFF, 0xD8])
    return bytes(data)


def surrogates(page: str, rnd: random.Random) -> str:
    """Lone UTF-16 surrogates in the text, as a broken JSON escape leaves them."""
    chars = list(page)
    for _ in range(rnd.randint(1, 3)):
        chars.insert(rnd.randrange(len(chars) + 1), chr(rnd.randrange(0xD800, 0xE000)))
    return "".join(chars)


def broken_html(page: str, rnd: random.Random) -> str:
    title, _, content = page.partition("\n\n")
    paras = content.split("\n")
    parts = ["<html><head><title>", title, "<script>var a = '<p>' + x; if (a < b) {", "</head><body><div><h1>",
             title, "<article>"]
    for p in paras:
        tag = rnd.choice(["<p>", "<p class='x'>", "<div>", "<span>", "<b>", "<p"])
        parts.append(tag + p + rnd.choice(["", "</p>", "</div", "<br>", "<script>document.write('x')"]))
    parts.append(rnd.choice(["", "<!-- unclosed comment", "</body>", "<style>p{color:red}"]))
    return "\n".join(parts)


def windows_1256(page: str, rnd: random.Random) -> bytes:
    return page.encode("cp1256", errors="replace")


def utf16(page: str, rnd: random.Random) -> bytes:
    return page.encode("utf-16" if rnd.random() < 0.5 else rnd.choice(["utf-16-le", "utf-16-be"]))


def unbalanced_quotes(page: str, rnd: random.Random) -> str:
    chars = list(page)
    spaces = [i for i, ch in enumerate(chars) if ch == " "]
    for i in sorted(rnd.sample(spaces, min(len(spaces), rnd.randint(2, 12))), reverse=True):
        chars.insert(i + rnd.choice([0, 1]), rnd.choice(QUOTES))
    closers = [i for i, ch in enumerate(chars) if ch in "»”\""]
    for i in sorted(rnd.sample(closers, len(closers) // 2), reverse=True):
        del chars[i]
    return "".join(chars)


def long_sentence(page: str, rnd: random.Random) -> str:
    title, _, content = page.partition("\n\n")
    flat = re.sub(r"[^\w\s]+", " ", content)
    flat = re.sub(r"\s+", " ", flat).strip() or "كلمة"
    body = flat
    while len(body) < 6000:
        body += " " + flat
    return f"{title}\n\n{body}"


def mixed(page: str, rnd: random.Random) -> str | bytes:
    """Several kinds of damage at once, then broken HTML, sometimes in Windows-1256 with its charset declared."""
    for damage in rnd.sample([invisible_marks, tatweel_diacritics, latin_digits, unbalanced_quotes, remove_spaces], 3):
        page = damage(page, rnd)
    html = broken_html(page, rnd)
    if rnd.random() < 0.5:
        return html.replace("<head>", '<head><meta charset="windows-1256">').encode("cp1256", errors="replace")
    return html


def repeated_paragraph(page: str, rnd: random.Random) -> str:
    title, _, content = page.partition("\n\n")
    paras = [p for p in content.split("\n") if p.strip()] or [title]
    para = rnd.choice(paras)
    return f"{title}\n\n" + "\n\n".join([para] * rnd.randint(30, 80))


VARIANTS: dict[str, Callable[[str, random.Random], str | bytes]] = {
    "original": lambda page, rnd: page,
    "cut": cut_mid_word,
    "nospace": remove_spaces,
    "invisible": invisible_marks,
    "tatweel": tatweel_diacritics,
    "latin": latin_digits,
    "html": broken_html,
    "cp1256": windows_1256,
    "utf16": utf16,
    "cutbytes": cut_bytes,
    "straybytes": stray_bytes,
    "surrogate": surrogates,
    "quotes": unbalanced_quotes,
    "longsent": long_sentence,
    "repeat": repeated_paragraph,
    "mixed": mixed,
}
# the encoding each byte variant must be read in
ENCODING = {"cp1256": "cp1256", "utf16": "utf-16", "cutbytes": "utf-8", "straybytes": "utf-8"}


# --- checks


def spans(obj: Any, path: str = "") -> Iterator[tuple[str, dict]]:
    """Every dict of the record with start, end and text, with where it sits."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield path, obj
        for k, v in obj.items():
            yield from spans(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from spans(v, f"{path}[{i}]")


def problems(rec: dict) -> list[str]:
    """What is wrong with a record (empty when it is valid)."""
    out: list[str] = []
    if rec.get("schema") != SCHEMA:
        out.append(f"schema {rec.get('schema')!r}")
    text = rec["text"]
    prev = 0
    for i, sec in enumerate(rec["sections"]):
        if not prev <= sec["start"] <= sec["end"] <= len(text):
            out.append(f"sections[{i}] {sec['start']}:{sec['end']} out of order or outside text ({len(text)})")
        prev = max(prev, sec["end"])
    prev = 0
    for i, p in enumerate(rec["paragraphs"]):
        if not prev <= p["start"] <= p["end"] <= len(text):
            out.append(f"paragraphs[{i}] {p['start']}:{p['end']} out of order or outside text ({len(text)})")
        prev = max(prev, p["end"])
    facts = {k: v for k, v in rec.items() if k not in ("text", "dates", "sections", "paragraphs")}
    facts["publication"] = (rec["dates"] or {}).get("publication")
    for where, sp in spans(facts):
        s, e = sp["start"], sp["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
            out.append(f"{where} {s}:{e} outside text ({len(text)})")
        elif text[s:e] != sp["text"]:
            out.append(f"{where} {s}:{e} text {sp['text']!r} != {text[s:e]!r}")
        elif s == e:
            out.append(f"{where} empty span at {s}")
        elif parts_marks(text, s, e):
            # a span that starts on a diacritic, or leaves its last letter's diacritics outside, was mapped back
            # from the normalised view to the wrong offset
            out.append(f"{where} {s}:{e} splits a letter from its diacritics: {text[max(0, s - 2):e + 2]!r}")
    try:
        json.dumps(rec, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as err:
        out.append(f"not JSON: {err}")
    return out


def _mark(ch: str) -> bool:
    """An Arabic diacritic (a combining mark of the Arabic block)."""
    return "\u0600" <= ch <= "\u06ff" and unicodedata.category(ch) == "Mn"


def parts_marks(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] starts on the diacritic of a letter before it, or leaves its last letter's diacritics out
    (invisible marks between a letter and its diacritics are looked through)."""
    i = s - 1
    while i >= 0 and (text[i] in INVISIBLE or _mark(text[i])):
        i -= 1
    if _mark(text[s]) and i >= 0 and text[i].isalpha():
        return True
    j = e
    while j < len(text) and text[j] in INVISIBLE:
        j += 1
    return j < len(text) and _mark(text[j]) and (text[e - 1].isalpha() or _mark(text[e - 1]))


def where(err: BaseException) -> str:
    """The innermost frame in marsad's code (else the innermost frame) as file:line in function."""
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if "/marsad/" in f.filename] or frames
    f = ours[-1]
    name = f.filename.split("/src/")[-1] if "/src/" in f.filename else f.filename
    return f"{name}:{f.lineno} in {f.name}"


def _alarm(signum: int, frame: Any) -> None:
    raise Timeout("analysis took too long")


def run(page: str | bytes, name: str, published: str | None, timeout: float,
        expect_text: str | None = None) -> tuple[str, str, float]:
    """(outcome, detail, seconds): outcome is ok, refused, crash, timeout or broken.

    `expect_text` is the clean text the page must give (the same page re-encoded reads the same).
    """
    t0 = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        rec = to_record(analyze(page, published=published, name=name))
        texts[name] = rec["text"]
        variant = name.rpartition(":")[2]
        FOUND[variant].update({k: len(rec[k]) for k in FACTS} | {"spans": sum(1 for _ in spans(rec))})
    except InputError as err:
        msg = str(err)
        if "\n" in msg or not msg.startswith(name):
            return "broken", f"InputError message not one line naming the input: {msg!r}", time.perf_counter() - t0
        return "refused", err.reason, time.perf_counter() - t0
    except Timeout:
        return "timeout", f"over {timeout:.0f} s", time.perf_counter() - t0
    except Exception as err:  # noqa: BLE001 - the audit counts every crash
        return "crash", f"{where(err)}: {type(err).__name__}: {err}"[:300], time.perf_counter() - t0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    took = time.perf_counter() - t0
    found = problems(rec)
    if expect_text is not None and rec["text"] != expect_text:
        at = next((i for i, (a, b) in enumerate(zip(rec["text"], expect_text, strict=False)) if a != b),
                  min(len(rec["text"]), len(expect_text)))
        found.append(f"text differs from the UTF-8 page's at {at}: {rec['text'][at:at + 20]!r}")
    want = ENCODING.get(name.rpartition(":")[2])
    if want and not rec["encoding"].startswith(want):
        found.append(f"read as {rec['encoding']}, not {want}: {rec['text'][:30]!r}")
    if found:
        return "broken", "; ".join(found[:3])[:400], took
    return "ok", "", took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=5, help="failures shown per variant")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per analysis")
    ap.add_argument("--only", action="append", choices=list(VARIANTS), help="run these variants only")
    ap.add_argument("--sweep", type=int, default=25,
                    help="articles whose opening (700 characters) is also cut after every word (default 25)")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    chosen = articles(args.n, args.seed)
    variants = {k: v for k, v in VARIANTS.items() if not args.only or k in args.only}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    slowest: dict[str, tuple[float, str]] = defaultdict(lambda: (0.0, ""))
    failures: dict[str, list[str]] = defaultdict(list)
    causes: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    analyze("عنوان\n\nقال الرئيس في بيان اليوم إن الحكومة ستعقد اجتماعا.")  # load lexicons before timing
    start = time.perf_counter()
    for art in chosen:
        page = f"{art['title']}\n\n{art['content']}"
        for vname, damage in variants.items():
            rnd = random.Random(f"{args.seed}/{art['name']}/{vname}")
            damaged = damage(page, rnd)
            # the page re-encoded must read as the UTF-8 page does (cp1256 only when it can spell every letter)
            same = vname == "utf16" or (vname == "cp1256" and b"?" not in damaged and "?" not in page)
            expect = texts.get(f"{art['name']}:original") if same else None
            outcome, detail, took = run(damaged, f"{art['name']}:{vname}", art["published"] or None, args.timeout,
                                        expect)
            if outcome == "refused":
                refusals[vname + ": " + NUMBER.sub("N", detail)] += 1
            counts[vname][outcome] += 1
            slowest[vname] = max(slowest[vname], (took, art["name"]))
            if outcome in ("crash", "broken", "timeout"):
                causes[detail.split(": ")[0] if outcome == "crash" else outcome] += 1
                failures[vname].append(f"{art['name']} {outcome}: {detail}")
    # a page that ends right after any word: rules that look one token ahead meet the end of the text
    for art in chosen[: args.sweep]:
        page = f"{art['title']}\n\n{art['content'][:700]}"
        for k, m in enumerate(WORD.finditer(page)):
            if k < 3:
                continue
            outcome, detail, took = run(page[: m.end()], f"{art['name']}@{m.end()}:wordcut", None, args.timeout)
            counts["wordcut"][outcome] += 1
            slowest["wordcut"] = max(slowest["wordcut"], (took, art["name"]))
            if outcome in ("crash", "broken", "timeout"):
                causes[detail.split(": ")[0] if outcome == "crash" else outcome] += 1
                failures["wordcut"].append(f"{art['name']}@{m.end()} {outcome}: {detail}")
    names = [*variants, *(["wordcut"] if args.sweep else [])]
    took = time.perf_counter() - start
    runs = sum(sum(c.values()) for c in counts.values())
    print(f"robustness: {len(chosen)} articles x {len(variants)} variants, {min(args.sweep, len(chosen))} cut after "
          f"every word = {runs} runs in {took:.0f} s (seed {args.seed})")
    print(f"{'variant':<10} {'runs':>5} {'ok':>5} {'refused':>7} {'crash':>5} {'broken':>6} {'timeout':>7} {'max s':>6}"
          "  slowest page")
    total: Counter[str] = Counter()
    for vname in names:
        c = counts[vname]
        total.update(c)
        print(f"{vname:<10} {sum(c.values()):>5} {c['ok']:>5} {c['refused']:>7} {c['crash']:>5} {c['broken']:>6} "
              f"{c['timeout']:>7} {slowest[vname][0]:>6.1f}  {slowest[vname][1]}")
    print(f"{'total':<10} {sum(total.values()):>5} {total['ok']:>5} {total['refused']:>7} {total['crash']:>5} "
          f"{total['broken']:>6} {total['timeout']:>7}")
    if refusals:
        print("\nrefusals:")
        for reason, k in sorted(refusals.items()):
            print(f"  {k:>4}  {reason}")
    print("\nfacts per record (mean), spans checked:")
    print(f"{'variant':<10} " + " ".join(f"{k:>8}" for k in FACTS) + f" {'spans':>8}")
    for vname in names:
        k = max(1, counts[vname]["ok"] + counts[vname]["broken"])
        print(f"{vname:<10} " + " ".join(f"{FOUND[vname][f] / k:>8.1f}" for f in FACTS)
              + f" {FOUND[vname]['spans']:>8}")
    if causes:
        print("\nfailures by place:")
        for cause, k in causes.most_common():
            print(f"  {k:>4}  {cause}")
    for vname, fails in failures.items():
        print(f"\n{vname}: first {min(args.show, len(fails))} of {len(fails)} failures")
        for line in fails[: args.show]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
