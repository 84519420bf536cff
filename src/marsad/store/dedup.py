"""Near-duplicate articles into stories, and the same event across articles into one.

Stories:
1. shingle the normalised words of the article text in runs of `SHINGLE` words;
2. a MinHash signature (`datasketch`, `NUM_PERM` permutations, fixed seed, so
   signatures stored today compare with signatures made tomorrow);
3. LSH: the signature cut into `BANDS` bands; articles sharing one band hash
   are candidates (the store keeps band hashes in an indexed table, so the
   lookup works across processes and needs no index in memory);
4. the candidate with the highest estimated Jaccard similarity, when at least
   `THRESHOLD`, gives its story to the new article; otherwise the article
   starts its own story (its id is the story id).

Events: the merge key is (source actor, target actor, CAMEO code, date), the
date being the event's own date or else the article's publication date. Two
articles reporting the same act by the same actors on the same day give one
merged event with both articles, their sources and both evidence spans.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash

from marsad.article import Event
from marsad.language.stem import words

SHINGLE = 3
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.5  # LSH with 32 bands of 4 rows finds pairs from Jaccard ~0.42 up
MIN_SHINGLES = 8  # shorter texts are too small to call near-duplicates
SEED = 1


@cache
def _template() -> MinHash:
    # building the permutations is the costly part; copies share them
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def shingles(text: str, ws: list[str] | None = None) -> set[bytes]:
    """Runs of `SHINGLE` normalised words, as UTF-8 bytes (`ws`: the words of `text`, when known)."""
    ws = words(text) if ws is None else ws
    return {" ".join(ws[i : i + SHINGLE]).encode("utf-8") for i in range(max(0, len(ws) - SHINGLE + 1))}


def signature(text: str, ws: list[str] | None = None) -> np.ndarray | None:
    """The MinHash signature of a text (uint64 array), or None for a text too short to compare."""
    sh = shingles(text, ws)
    if len(sh) < MIN_SHINGLES:
        return None
    m = _template().copy()
    m.update_batch(list(sh))
    return np.asarray(m.hashvalues, dtype=np.uint64)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def bands(sig: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band (SQLite INTEGER range)."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].astype("<u8").tobytes()
        out.append(struct.unpack("<q", hashlib.blake2b(chunk, digest_size=8).digest())[0])
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def best_match(sig: np.ndarray, candidates: Sequence[tuple[str, np.ndarray]]) -> tuple[str, float] | None:
    """The most similar candidate at or above `THRESHOLD`, with its similarity."""
    best: tuple[str, float] | None = None
    for key, other in candidates:
        s = similarity(sig, other)
        if s >= THRESHOLD and (best is None or s > best[1]):
            best = (key, s)
    return best


@dataclass(frozen=True)
class EventKey:
    source: str | None
    target: str | None
    code: str
    date: str | None

    def __str__(self) -> str:
        return "|".join([self.source or "", self.target or "", self.code, self.date or ""])


def event_key(event: Event, published: str | None) -> EventKey:
    """The merge key of an event: its actors, code and date (else the article's date)."""
    date = (event.date or published or None)
    return EventKey(
        event.source.actor if event.source else None,
        event.target.actor if event.target else None,
        event.code,
        date[:10] if date else None,
    )
