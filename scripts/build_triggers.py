#!/usr/bin/env python3
"""Build src/marsad/data/events/triggers.json: Arabic event triggers with their inflected forms.

Steps:
1. Seed: read the verb blocks of the UniversalPetrarch Arabic CAMEO dictionary
   (universalpetrarch_arabic_dictionaries/CAMEO.ar.0.5.txt) and list, for every Arabic lemma, the CAMEO
   roots the dictionary gives it (on the lemma line, the block header and the patterns naming it).
   The dictionary is machine-made and often wrong (FINDINGS.md), so it only seeds and checks.
2. Review: src/marsad/data/events/seed_review.txt keeps or rejects seed lemmas with a reason and the
   code a careful coder would give; rejected lemmas never enter the lexicon.
3. Curate: src/marsad/data/events/triggers.curated.txt lists the verbs and nouns with their stems,
   default code, frames (cue words and prepositions that decide the code) and argument roles.
   A curated lemma the review rejected is an error; a kept seed lemma missing from the curated list
   is added with its reviewed code and the forms its lemma yields.
4. Inflect: generate the surface forms of every trigger on the normalised view (marsad.clean.normalize):
   past (3rd person, with the feminine ت and plural وا, and object pronouns), present (ي ت ن prefixes,
   plural/dual/feminine suffixes, the subjunctive وا, object pronouns), participles (with feminine and
   plural endings) and nouns (with possessive pronouns). Proclitics (و ف س ل ب ال) are handled by the
   matcher at run time, not stored.
5. Check that every CAMEO root 01-20 has at least one trigger, and write triggers.json.

usage: python3 scripts/build_triggers.py [--shared ../shared/data] [--out src/marsad/data/events]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.clean.normalize import normalize  # noqa: E402

# third person only: first and second person pronouns belong to quotes and collide with common words ("هنا")
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
PRONOUN_FEATS = {
    "ه": "3ms", "ها": "3fs", "هم": "3p", "هما": "3d", "هن": "3p", "ك": "2", "كم": "2", "ني": "1", "نا": "1", "ي": "1",
}
ROOTS = [f"{i:02d}" for i in range(1, 21)]
HAMZAS = ("أ", "ئ", "ؤ", "ء")


def norm(word: str) -> str:
    return normalize(word.strip()).replace(" ", " ")


# ---------------------------------------------------------------- seed
def read_seed(path: Path) -> dict[str, set[str]]:
    """Arabic lemma (normalised, without '+prep') -> CAMEO roots the seed dictionary gives it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    out: dict[str, set[str]] = defaultdict(set)
    block_code: str | None = None
    block_lemmas: list[str] = []
    for line in lines[start + 1 :]:
        head = re.match(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---", line)
        if head:
            block_code = head.group(2) if head.group(2).isdigit() else None
            block_lemmas = []
            continue
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if text.startswith("-"):
            code = re.search(r"\[(\d+)\]", text)
            names = text.split("#", 1)[1] if "#" in text else ""
            for name in re.split(r"[,،]", names):
                lemma = norm(name.split("+")[0].split("_")[0])
                if lemma and code:
                    out[lemma].add(code.group(1)[:2])
            continue
        m = re.match(r"^(\S+)(?:\s+\S+)?\s*(?:\[(\d+)\])?", text)
        if m:
            lemma = norm(m.group(1).split("+")[0])
            block_lemmas.append(lemma)
            code_ = m.group(2) or block_code
            out[lemma]  # noqa: B018 - the lemma is in the seed even without a code
            if code_:
                out[lemma].add(code_[:2])
    return out


def read_review(path: Path) -> dict[str, tuple[str, str, str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, verdict, code, why = [c.strip() for c in line.split("|", 3)]
        out[norm(lemma)] = (verdict, code, why)
    return out


# ---------------------------------------------------------------- curated
def parse_frames(text: str) -> list[dict[str, Any]]:
    frames: list[dict[str, Any]] = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        cues, code = part.rsplit("=", 1)
        code = None if code.strip() == "-" else code  # "قبول,حضور=-": with this cue the word names no event
        # "20a:عقد=057": a frame a round added, dropped by the lexicon loader when that round's switch is off
        tag = re.match(r"(\d{2}[a-z]):", cues.strip())
        cues = cues.strip()[tag.end():] if tag else cues
        # "armed:مكاسب=190": only when the doer is an armed actor; "armed:=190" with any complement
        armed = cues.strip().startswith("armed:")
        cues = cues.strip().removeprefix("armed:")
        if cues.startswith("@"):
            frame: dict[str, Any] = {"prep": norm(cues[1:]), "cues": [], "code": code and code.strip()}
        else:
            frame = {"prep": None, "cues": [norm(c) for c in cues.split(",") if c.strip()], "code": code and code.strip()}
        if armed:
            frame["armed"] = True
        if tag:
            frame["round"] = tag.group(1)
        frames.append(frame)
    return frames


def parse_roles(text: str) -> dict[str, Any]:
    roles: dict[str, Any] = {}
    for part in text.split("/"):
        part = part.strip()
        if not part:
            continue
        if "@" in part:
            key, prep = part.split("@", 1)
            roles[key] = norm(prep)
        elif "=" in part:
            key, value = part.split("=", 1)
            roles[key] = value
        else:
            roles[part] = True
    return roles


def read_stop_forms(path: Path, kind: str = "X") -> set[str]:
    """Surface forms the curated file marks as other words (X lines): never triggers. With kind "H", the
    forms that are other words only when written without the hamza the normalisation folds ("هنا" here,
    "هنأ" congratulated): they stay in the stop list, and the matcher reads them when the text keeps the hamza."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{kind} |"):
            out.update(norm(w) for w in line.split("|", 1)[1].split("/") if w.strip())
    return out


def read_curated(path: Path) -> list[dict[str, Any]]:
    entries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(("#", "X |", "H |")):
            continue
        cols = [c.strip() for c in line.split("|")]
        cols += [""] * (8 - len(cols))
        kind, lemma, past, pres, part, code, frames, roles = cols[:8]
        entries.append({
            "kind": kind, "lemma": lemma, "key": norm(lemma),
            "past": [] if past in ("", "-") else [norm(p) for p in past.split("/")],
            # a stem ending in a hamza ("هنأ") keeps its last letter in every person: not a weak verb
            "hamza_final": [] if past in ("", "-") else [norm(p) for p in past.split("/") if p.strip().endswith(HAMZAS)],
            "pres": [] if pres in ("", "-") else [norm(p) for p in pres.split("/")],
            "part": [] if part in ("", "-") else [p.strip() for p in part.split("/")],
            "code": None if code in ("", "-") else code,
            "frames": parse_frames(frames),
            "roles": parse_roles(roles),
            "line": n,
        })
    return entries


# ---------------------------------------------------------------- inflection
def with_objects(form: str, feats: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    """A verb form, then the same form with each object pronoun ("وا" drops its alif before one)."""
    host = form[:-1] if form.endswith("وا") else form
    return [(form, feats)] + [(host + suf, {**feats, "obj": PRONOUN_FEATS[suf]}) for suf in OBJECT_SUFFIXES]


def past_forms(stem: str, hamza: bool = False) -> list[tuple[str, dict[str, str]]]:
    weak = stem[-1] in "اي" and not hamza
    base = stem[:-1] if weak else stem
    subj = [(stem, "3ms"), (base + "ت", "3fs"), (base + "وا", "3mp"), (base + "تا", "3fd")]
    if not weak:
        # no dual "فعلا": it is spelt like an accusative noun ("دعما"، "طلبا"، "دافعا")
        subj += [(stem + "ن", "3fp")]
    out: list[tuple[str, dict[str, str]]] = []
    for form, person in subj:
        out += with_objects(form, {"tense": "past", "subj": person})
    return out


def present_forms(stem: str) -> list[tuple[str, dict[str, str]]]:
    weak = stem[-1] in "وي"
    base = stem[:-1] if weak else stem
    out: list[tuple[str, dict[str, str]]] = []
    for prefix, person in (("ي", "3m"), ("ت", "3f"), ("ن", "1p")):
        bodies = [(prefix + stem, person + "s"), (prefix + base + "ون", person + "p"), (prefix + base + "وا", person + "p"),
                  (prefix + stem + "ان", person + "d")]
        if not weak:
            bodies.append((prefix + stem + "ن", person + "p"))
        for form, subj in bodies:
            out += with_objects(form, {"tense": "pres", "subj": subj})
    return out


def participle_forms(spec: str) -> list[tuple[str, dict[str, str]]]:
    exact = spec.endswith("!")
    word = norm(spec.rstrip("!"))
    out = [(word, {"tense": "part", "subj": "3fs" if word.endswith("ه") else "3ms"})]
    if not exact and word.endswith("ا") and not word.startswith("ال"):
        stem = word[:-1]
        out += [(stem + "ه", {"tense": "part", "subj": "3fs"}), (stem + "ين", {"tense": "part", "subj": "3mp"})]
    if word.startswith("ال"):
        out.append((word + "ه" if not word.endswith("ه") else word, {"tense": "part", "subj": "3fs", "definite": "1"}))
    return out


def noun_forms(word: str) -> list[tuple[str, dict[str, str]]]:
    out = [(word, {"tense": "noun"})]
    if not word.endswith(("ه", "ات", "ا", "ي", "اء")):
        out.append((word + "ا", {"tense": "noun", "indef": "acc"}))  # "شن هجوما", "بدأوا اعتصاما"
    host = word[:-1] + "ت" if word.endswith("ه") else word
    hosts = [host]
    if host.endswith("اء"):
        # a final hamza takes the case before a pronoun: "لقاؤه" (nominative), "لقائه" (genitive)
        hosts += [host[:-1] + "ؤ", host[:-1] + "ئ"]
    for h in hosts:
        for suf in (*POSSESSIVE_SUFFIXES, "نا"):  # "مساعداتنا" in a speaker's own words: the speaker's
            out.append((h + suf, {"tense": "noun", "poss": PRONOUN_FEATS[suf]}))
    return out


def inflect(entry: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    forms: list[tuple[str, dict[str, str]]] = []
    if entry["kind"] == "N":
        for w in entry["past"]:  # nouns keep their forms in the second column
            forms += noun_forms(str(w))
        return forms
    for p in entry["past"]:
        forms += past_forms(str(p), p in entry.get("hamza_final", ()))
        if entry["roles"].get("sym"):
            # the dual "اتفقا", "التقيا" after two named actors; kept to symmetric verbs, where "فعلا"
            # is rarely an accusative noun
            p = str(p)
            dual = p[:-1] + "يا" if p[-1] in "اي" else p + "ا"
            forms.append((dual, {"tense": "past", "subj": "3md"}))
    for p in entry["pres"]:
        forms += present_forms(str(p))
    for p in entry["part"]:
        forms += participle_forms(str(p))
    return forms


# ---------------------------------------------------------------- build
def build(shared: Path, data: Path) -> dict[str, Any]:
    seed = read_seed(shared / "universalpetrarch_arabic_dictionaries" / "CAMEO.ar.0.5.txt")
    review = read_review(data / "seed_review.txt")
    curated = read_curated(data / "triggers.curated.txt")
    hamza = read_stop_forms(data / "triggers.curated.txt", "H")
    stop = read_stop_forms(data / "triggers.curated.txt") | hamza
    codebook = json.loads((data / "codebook.json").read_text(encoding="utf-8"))["codes"]
    problems: list[str] = []
    keys = {e["key"] for e in curated}
    for key, (verdict, code, _why) in review.items():
        if verdict == "reject" and key in keys:
            problems.append(f"curated lemma {key} was rejected in seed_review.txt")
        if verdict == "keep" and key not in keys and code != "-":
            curated.append({"kind": "V", "lemma": key, "key": key, "past": [key], "pres": [], "part": [],
                            "code": code, "frames": [], "roles": {}, "line": 0})
    entries = []
    forms: dict[str, list[list[object]]] = defaultdict(list)
    for i, e in enumerate(curated):
        codes = [e["code"]] + [f["code"] for f in e["frames"]]
        for c in codes:
            if c is not None and c not in codebook:
                problems.append(f"line {e['line']}: {e['lemma']}: unknown CAMEO code {c}")
        seed_roots = sorted(seed.get(str(e["key"]), set()))
        origin = "curated"
        if str(e["key"]) in review:
            origin = "seed, reviewed" if review[str(e["key"])][0] == "keep" else origin
        elif seed_roots:
            origin = "curated; also in seed"
        entries.append({
            "id": i, "kind": e["kind"], "lemma": e["lemma"], "code": e["code"], "frames": e["frames"],
            "roles": e["roles"], "origin": origin, "seed_roots": seed_roots,
        })
        for form, feats in inflect(e):
            if len(form) < 2 or (form in stop and form not in hamza):
                continue
            analysis = [i, feats]
            if analysis not in forms[form]:
                forms[form].append(analysis)
    roots = {c[:2] for e in entries for c in [e["code"], *[f["code"] for f in e["frames"]]] if c}
    missing = [r for r in ROOTS if r not in roots]
    if missing:
        problems.append(f"no trigger for CAMEO roots {missing}")
    if problems:
        raise SystemExit("build_triggers: " + "; ".join(problems))
    rejected = sorted(k for k, v in review.items() if v[0] == "reject")
    return {
        "about": "Arabic event triggers (verbs, participles, nouns) with CAMEO codes, frames and argument roles; "
        "built by scripts/build_triggers.py (see PROVENANCE.md)",
        "seed_lemmas": len(seed),
        "rejected_seed_lemmas": rejected,
        "stop_forms": sorted(stop),
        "hamza_forms": sorted(hamza),
        "entries": entries,
        "forms": dict(sorted(forms.items())),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "marsad" / "data" / "events")
    args = ap.parse_args()
    out = build(args.shared, args.out)
    path = args.out / "triggers.json"
    path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    entries = out["entries"]
    assert isinstance(entries, list)
    print(f"{path}: {len(entries)} triggers, {len(out['forms'])} forms; "
          f"seed lemmas {out['seed_lemmas']}, rejected {len(out['rejected_seed_lemmas'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
