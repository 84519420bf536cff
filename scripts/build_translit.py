"""Build `src/marsad/data/entities/translit.tsv`: Arabic person-name word -> its most frequent English rendering.

Steps:
1. Read the person-name pairs of `../shared/data`: Wikidata transliteration tokens (English, char-split Arabic,
   count), ANETAC EN-AR named entities (PERSON lines only, count 1 each) and the Google ar2en pairs (counted only
   for Arabic words one of the person lists knows, since that list mixes names with other words).
2. Normalise the Arabic word (`marsad.clean.normalize.normalize`) and the English one (accents off, lower case,
   letters only). A word with the article "ال" votes for its stem with the English article taken off ("al-",
   "al", "el", "ash-sh..."): the data renders "الغامدي" as "alghamdi", "al-ghamdi" or "ghamdi", and the
   reader adds "al-" itself.
3. Keep each word's most frequent rendering when it has enough support (votes, and a share of the word's votes),
   then the most supported words, and write them sorted: `arabic<TAB>english<TAB>votes`.

Usage: .venv/bin/python scripts/build_translit.py [--data ../shared/data] [--limit 30000]
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from marsad.clean.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/marsad/data/entities/translit.tsv"
ARABIC = re.compile(r"^[\u0621-\u064a]{2,}$")
LATIN = re.compile(r"^[a-z]{2,}$")
# Renderings that are not names: Roman ordinals of regnal names ("الثاني" -> "ii") and titles.
NOT_NAMES = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv",
                       "princess", "prince", "king", "queen", "sheikh", "saint", "st", "sir", "lord"})


def latin(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.replace("ı", "i"))
    return "".join(c for c in word if not unicodedata.combining(c)).casefold().strip(".")


def vote(votes: dict[str, Counter[str]], arabic: str, english: str, n: int) -> None:
    ar = normalize(arabic.strip())
    en = latin(english)
    if ar.startswith("ال") and len(ar) >= 5:
        ar = ar[2:]
        # the article in the English: "al-", "al", or assimilated to a sun letter ("ash-shahri", "arrashid")
        en = re.sub(r"^[ae](l-?|(sh|th|dh|[tdrzsn])-?(?=\2))", "", en)
    en = en.replace("-", "")
    if not ARABIC.match(ar) or not LATIN.match(en) or en in NOT_NAMES:
        return
    votes[ar][en] += n


def build(data: Path, limit: int, min_votes: int, min_share: float) -> list[tuple[str, str, int]]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for line in (data / "names_wikidata_translit/wd_arabic.normalized.aligned.tokens").open(encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3 and parts[2].isdigit():
            vote(votes, parts[1].replace(" ", ""), parts[0], int(parts[2]))
    for line in (data / "names_anetac/EN-AR_Named-entities.txt").open(encoding="utf-8"):
        parts = line.split()
        if len(parts) == 3 and parts[0] == "PERSON":
            vote(votes, parts[2], parts[1], 1)
    known = set(votes)
    for path in sorted((data / "names_google_ar2en").glob("ar2en.txt")):
        for line in path.open(encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                ar = normalize(parts[0])
                stem = ar[2:] if ar.startswith("ال") and len(ar) >= 5 else ar
                if stem in known:
                    vote(votes, parts[0], parts[1], 1)
    rows = []
    for ar, counter in votes.items():
        en, n = counter.most_common(1)[0]
        total = sum(counter.values())
        if n >= min_votes and n >= min_share * total:
            rows.append((ar, en, n))
    rows.sort(key=lambda r: (-r[2], r[0]))
    return sorted(rows[:limit])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--limit", type=int, default=30000)
    ap.add_argument("--min-votes", type=int, default=2)
    ap.add_argument("--min-share", type=float, default=0.1)
    args = ap.parse_args()
    rows = build(args.data, args.limit, args.min_votes, args.min_share)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# arabic (normalised, without the article)\tenglish (lower case)\tvotes; built by "
                "scripts/build_translit.py, see PROVENANCE.md\n")
        for ar, en, n in rows:
            f.write(f"{ar}\t{en}\t{n}\n")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main()
