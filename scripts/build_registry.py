#!/usr/bin/env python3
"""Build marsad's actor registry (src/marsad/data/entities/registry.json) from ../shared/data.

Steps:
1. Countries: ISO alpha-3 codes and English names from CountryInfo and mledoze/countries; Arabic names from
   mledoze (translations.ara) and Babel's Arabic territory names, checked against each other by ISO code.
   Nisba adjectives are derived by rule (روسيا -> روسي) and completed from the curated file.
2. Curated, hand-reviewed files (src/marsad/data/entities/curated/*.tsv): country name fixes, capitals and seats
   of power, people with dated roles, organisations (IGOs, armed forces, groups, media), agent nouns and titles.
   Organisation codes that name a PETRARCH2 Phoenix entry are checked against it; people's roles are compared
   with CountryInfo's leader tables where the names meet, and disagreements are printed for review.
3. UniversalPetrarch's machine-made Arabic actor dictionary: person entries (2+ name words, every word a known
   personal name in the name-pair lists, a valid country code) are added with their dated roles unless the
   curated file already has the name; country-level entries that contradict the country table (لبنان -> GBR)
   are rejected and listed.
4. Every entry keeps `sources`, the files it came from.

usage: .venv/bin/python scripts/build_registry.py [--data ../shared/data] [--out src/marsad/data/entities/registry.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.clean.normalize import normalize  # noqa: E402

PARTICLES = {"عبد", "أبو", "ابو", "بن", "ابن", "آل", "بنت", "أم", "ال", "أبي"}
CURATED = ROOT / "src/marsad/data/entities/curated"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TITLE_WORDS = {"جنرال", "الجنرال", "رئيس", "وزير", "الرئيس", "الشيخ", "شيخ", "ملك", "أمير", "عاهل", "سفير", "نائب",
               "مسؤول", "زعيم", "قائد", "مدير", "متحدث", "سيد", "السيد", "دكتور", "العقيد", "عقيد", "لواء", "اللواء"}
ORG_WORDS = {"وزارة", "حزب", "قوة", "قوات", "مجلس", "اتحاد", "جيش", "شرطة", "حركة", "منظمة", "جامعة", "بنك", "شركة",
             "لجنة", "هيئة", "جماعة", "جبهة", "مؤسسة", "صندوق", "وكالة", "محكمة", "برلمان", "حكومة", "مكتب", "دولة",
             "إدارة", "ديوان", "كتيبة", "لواء", "مركز", "معهد", "نقابة", "تحالف", "ائتلاف", "رابطة", "مجموعة", "أمة",
             "سلطة", "مصرف", "كلية", "مدرسة", "إذاعة", "صحيفة", "مجلة", "قناة", "شعب", "جمهورية", "مملكة", "إمارة",
             "ل", "في", "من", "على", "عن", "و", "مدينة", "محافظة", "ولاية", "إقليم", "منطقة", "جزيرة", "بحر", "نهر"}


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def alts(field: str) -> list[str]:
    return [] if field.strip() in ("", "-") else [a.strip() for a in field.split("|") if a.strip()]


# ---------------------------------------------------------------- sources


def load_countryinfo(data: Path) -> tuple[dict[str, dict], dict[str, list[tuple[str, str, str]]]]:
    """ISO3 -> {name, capital}; leader name key -> [(iso3, start, end)] from CountryInfo."""
    text = (data / "names_countryinfo/CountryInfo.120116.txt").read_text(encoding="latin-1")
    countries: dict[str, dict] = {}
    leaders: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        m = re.search(r"<CountryCode>(\w+)</CountryCode>", block)
        if not m:
            continue
        iso = m.group(1)
        name = re.search(r"<CountryName>(.*?)</CountryName>", block)
        cap = re.search(r"<Capital>\s*(.*?)\s*</Capital>", block, re.S)
        countries[iso] = {
            "name": (name.group(1) if name else iso).replace("_", " ").strip().title(),
            "capital": cap.group(1).split()[0].replace("_", " ").strip().title() if cap and cap.group(1).strip() else None,
        }
        lead = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
        if not lead:
            continue
        for line in lead.group(1).splitlines():
            names = re.findall(r"\{([^}]*)\}", line) or re.findall(r"^\s*([A-Z][A-Z_'.-]+)", line)
            spans = re.findall(r"\[(\d{8})\s*-\s*(\d{8})\]|\[>(\d{8})\]", line)
            for nm in names:
                key = _latin_key(nm)
                for a, b, c in spans:
                    leaders[key].append((iso, _ymd(a or c), _ymd(b) if b else ""))
    return countries, leaders


def _ymd(s: str) -> str:
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}" if s else ""


def _latin_key(name: str) -> str:
    """A loose key for matching English names across sources: surname plus first initial."""
    words = [w for w in re.split(r"[\s_.-]+", name.upper()) if w and w not in {"JR", "II", "III", "AL", "EL", "BIN"}]
    return f"{words[0][0]}:{words[-1]}" if words else ""


def load_mledoze(data: Path) -> list[dict]:
    return json.loads((data / "names_countries_mledoze/countries.json").read_text(encoding="utf-8"))


def load_babel() -> dict[str, str]:
    """Alpha-2 -> Arabic territory name, from Babel's CLDR data."""
    try:
        from babel import Locale
    except ImportError:  # the registry still builds, with fewer spellings
        return {}
    return {k: v for k, v in Locale("ar").territories.items() if len(k) == 2 and k.isalpha()}


def load_phoenix(data: Path) -> dict[str, str]:
    """Phoenix entry name -> its first code (international and non-state actor files)."""
    out: dict[str, str] = {}
    for fn in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"):
        pending: list[str] = []
        for line in (data / "petrarch2_dictionaries" / fn).read_text(encoding="latin-1").splitlines():
            line = line.split("#")[0].rstrip()
            if not line.strip():
                pending = []
                continue
            if line.strip().startswith("["):
                code = re.match(r"\[([A-Z]+)", line.strip())
                if code:
                    for p in pending:
                        out.setdefault(p, code.group(1))
                continue
            m = re.match(r"^\+?([^\s\[]+)\s*(?:\[([A-Z~]+)[^\]]*\])?", line.strip())
            if not m:
                continue
            name, code_ = m.group(1), m.group(2)
            if code_:
                out.setdefault(name, code_)
                for p in pending:
                    out.setdefault(p, code_)
                pending = []
            else:
                pending.append(name)
    return out


def load_name_words(data: Path) -> set[str]:
    """Normalised Arabic personal-name words from the name-pair lists (ANETAC, Wikidata)."""
    words: set[str] = set()
    for line in (data / "names_anetac/EN-AR_Named-entities.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[0] == "PERSON":
            words.update(normalize(w) for w in parts[2].split())
    for line in (data / "names_wikidata_translit/wd_arabic.normalized.aligned.tokens").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            words.add(normalize(parts[1].replace(" ", "")))
    return words


def load_up_actors(data: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """UniversalPetrarch Arabic actor entries: (name, [(code, start, end)])."""
    out: list[tuple[str, list[tuple[str, str, str]]]] = []
    name: str | None = None
    roles: list[tuple[str, str, str]] = []
    for raw in (data / "universalpetrarch_arabic_dictionaries/actor_dict_ar_v4.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([A-Z]+)\s*([<>]?\s*\d*)\s*-?\s*(\d*)\]", line)
        head = re.sub(r"\[.*?\]", "", line).strip()
        if head and not raw.startswith(("\t", " ")) or (head and not line.strip().startswith("[")):
            if name is not None:
                out.append((name, roles))
            name, roles = head.strip("+").replace("_", " ").strip(), []
        for code, a, b in codes:
            a = a.replace(" ", "")
            start = end = ""
            if a.startswith(">"):
                start = _ymd(a[1:])
            elif a.startswith("<"):
                end = _ymd(a[1:])
            elif a:
                start = _ymd(a)
            if b:
                end = _ymd(b)
            if start and end and end < start:  # the file writes open ends as an earlier date
                end = ""
            roles.append((code, start, end))
    if name is not None:
        out.append((name, roles))
    return out


# ---------------------------------------------------------------- derivations


def nisba(name: str) -> str | None:
    """The masculine nisba adjective of a one-word country name, by rule (روسيا -> روسي, مصر -> مصري)."""
    if " " in name:
        return None
    base = name[2:] if name.startswith("ال") else name
    if len(base) < 3:
        return None
    if base.endswith("يا"):
        return base[:-1]
    if base.endswith("ا"):
        return base[:-1] + "ي"
    if base.endswith("ة"):
        return base[:-1] + "ي"
    if base.endswith("ي"):
        return None
    return base + "ي"


def adjective_forms(adj: str) -> list[str]:
    """Masculine, feminine and sound plural forms of a nisba adjective (روسي: روسي روسية روسيون روسيين).

    Two-word adjectives (كوري شمالي) inflect both words."""
    words = adj.split()
    if not all(w.endswith("ي") for w in words):
        return [adj]
    out = []
    for suffix in ("", "ة", "ون", "ين"):
        out.append(" ".join(w + suffix for w in words))
    return out


def spelling_variants(name: str) -> list[str]:
    """Spellings that outlets write differently: g as غ or ج in foreign names, "عبد الله" joined or apart."""
    out = [name]
    if "غ" in name:
        out.append(name.replace("غ", "ج"))
    for n in list(out):
        # أبو takes its case forms: "زعيم التنظيم أبي بكر البغدادي"
        for case in ("أبي ", "أبا "):
            if re.search(r"(^|\s)أبو ", n):
                out.append(re.sub(r"(^|\s)أبو ", lambda m, c=case: m.group(1) + c, n))
    for n in list(out):
        joined = re.sub(r"\bعبد (?=\S)", "عبد", n)
        if joined != n:
            out.append(joined)
        apart = re.sub(r"\bعبد(?=\S)", "عبد ", n)
        if apart != n and apart not in out:
            out.append(apart)
    return out


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- build


def build(data: Path) -> tuple[dict, list[str]]:
    log: list[str] = []
    ci_countries, ci_leaders = load_countryinfo(data)
    mled = load_mledoze(data)
    babel = load_babel()
    phoenix = load_phoenix(data)

    countries: dict[str, dict] = {}
    a2_to_a3 = {}
    for c in mled:
        iso = c["cca3"]
        a2_to_a3[c["cca2"]] = iso
        ara = c.get("translations", {}).get("ara", {})
        countries[iso] = {
            "id": iso, "type": "GPE", "kind": "country", "code": iso, "country": iso,
            "canonical": c["name"]["common"], "names": [], "adjectives": [], "plurals": [],
            "demonym": (c.get("demonyms", {}).get("eng") or {}).get("m"), "sources": ["mledoze"],
        }
        for n in (ara.get("common"), ara.get("official")):
            if n and n not in countries[iso]["names"]:
                countries[iso]["names"].append(n)
    # Kosovo has no ISO code; CAMEO uses KSV, mledoze UNK
    for iso, _info in ci_countries.items():
        if iso in countries:
            countries[iso]["sources"].append("countryinfo")
    for a2, name in babel.items():
        iso = a2_to_a3.get(a2)
        if iso and iso in countries:
            if name not in countries[iso]["names"]:
                countries[iso]["names"].append(name)
            countries[iso]["sources"].append("babel")

    rejected_names: dict[str, str] = {}
    guards: dict[str, dict[str, list[str]]] = {}
    for row in read_tsv("countries.tsv"):
        kind = row[0]
        if kind == "Q":
            guards[row[1]] = {"only_after": alts(row[2]), "never_after": alts(row[3])}
        elif kind == "N":
            for n in alts(row[2]):
                rejected_names[normalize(n)] = row[1]
                for c in countries.values():
                    if n in c["names"] and row[1] in ("-", c["id"]):
                        c["names"].remove(n)
                        log.append(f"dropped name {n} from {c['id']} (curated N line)")
        elif kind == "C":
            iso = row[1]
            c = countries.setdefault(iso, {"id": iso, "type": "GPE", "kind": "country", "code": iso, "country": iso,
                                           "canonical": iso, "names": [], "adjectives": [], "plurals": [],
                                           "sources": []})
            if iso == "XKX":
                c["canonical"] = "Kosovo"
            for n in alts(row[2]):
                if n not in c["names"]:
                    c["names"].append(n)
            c["adjectives"] = alts(row[3]) if len(row) > 3 else []
            c["plurals"] = alts(row[4]) if len(row) > 4 else []
            c["sources"].append("curated")
    for c in countries.values():
        if not c["adjectives"]:
            derived = {a for a in (nisba(n) for n in c["names"]) if a}
            c["adjectives"] = sorted(derived)
            if derived:
                c["sources"].append("rule:nisba")
        c["sources"] = sorted(set(c["sources"]))
        c["canonical"] = {"Türkiye": "Turkey", "Czechia": "Czech Republic", "DR Congo": "Democratic Republic of the Congo"}.get(
            c["canonical"], c["canonical"])

    entries: list[dict] = [c for c in countries.values() if c["names"]]
    names_of_country = {normalize(n): c["id"] for c in countries.values() for n in c["names"]}

    for row in read_tsv("countries.tsv"):
        if row[0] == "K":
            iso, en, names = row[1], row[2], alts(row[3])
            if iso not in countries:
                log.append(f"capital {en}: unknown country {iso}")
                continue
            ci_cap = (ci_countries.get(iso) or {}).get("capital")
            src = ["curated"] + (["countryinfo"] if ci_cap else [])
            entries.append({"id": f"city:{slug(en)}", "type": "GPE", "kind": "capital", "code": iso, "country": iso,
                            "canonical": en, "names": [v for n in names for v in spelling_variants(n)], "sources": src})
        elif row[0] == "L":
            code, typ, en, names = row[1], row[2], row[3], alts(row[4])
            # Arabic place names keep their one spelling (غزة is never جزة)
            entries.append({"id": f"place:{slug(en)}", "type": typ, "kind": "place",
                            "code": None if code == "-" else code,
                            "country": code if code in countries else None,
                            "canonical": en, "names": names,
                            "sources": ["curated"]})
        elif row[0] == "S":
            code, typ, en, names = row[1], row[2], row[3], alts(row[4])
            entries.append({"id": f"seat:{slug(en)}", "type": typ, "kind": "seat", "code": code, "country": code[:3],
                            "canonical": en, "names": names, "sources": ["curated"]})

    for row in read_tsv("orgs.tsv"):
        code, typ, en, names = row[1], row[2], row[3], alts(row[4])
        src = ["curated"]
        if len(row) > 5 and row[5].startswith("phoenix="):
            key = row[5][len("phoenix="):]
            pc = phoenix.get(key)
            if pc is None:
                log.append(f"org {en}: Phoenix has no {key}")
            elif not (code.startswith(pc) or pc.startswith(code)):
                log.append(f"org {en}: curated {code}, Phoenix {key} says {pc}")
            else:
                src.append("phoenix")
        entries.append({"id": f"org:{slug(en)}", "type": typ, "kind": "org", "code": None if code == "-" else code,
                        "country": code[:3] if code[:3].isalpha() and code[:3] in countries else None,
                        "canonical": en, "names": [v for n in names for v in spelling_variants(n)], "sources": src})

    people_keys: set[str] = set()
    for row in read_tsv("people.tsv"):
        en, names, roles_f = row[1], alts(row[2]), row[3] if len(row) > 3 else ""
        opts = dict(o.split("=", 1) for o in (row[4].split() if len(row) > 4 else []) if "=" in o)
        roles: list[dict[str, str]] = []
        for part in roles_f.split(";"):
            bits = part.split()
            if len(bits) < 4:
                continue
            actor, office, start, end = bits[:4]
            code = actor + "GOV" if len(actor) == 3 else actor
            roles.append({"code": code, "office": office, "org": actor, "start": "" if start == "-" else start,
                          "end": "" if end == "-" else end})
            for d in (start, end):
                if d != "-" and not ISO_DATE.match(d):
                    log.append(f"person {en}: bad date {d}")
        roles.sort(key=lambda r: r["start"] or "")
        country = next((r["org"][:3] for r in roles if r["org"][:3] in countries), None)
        src = ["curated"]
        ci = ci_leaders.get(_latin_key(en))
        if ci:
            src.append("countryinfo")
            for iso, s, e in ci:
                if not any(r["org"][:3] == iso and r["start"] and abs(int(r["start"][:4]) - int(s[:4])) <= 1 for r in roles):
                    if s >= "2000":
                        log.append(f"review {en}: CountryInfo role {iso} {s}..{e or 'open'} not in curated roles")
        variants = list(dict.fromkeys(v for n in names for v in spelling_variants(n)))
        people_keys.update(normalize(n) for n in variants)
        entries.append({"id": f"per:{slug(en)}", "type": "PER", "kind": "person", "canonical": en,
                        "country": country, "code": None, "names": variants,
                        "roles": [{k: (v or None) for k, v in r.items()} for r in roles],
                        "before": opts.get("before") or country, "sources": src})

    # machine-made Arabic dictionary: people only, validated
    name_words = load_name_words(data)
    added = rejected = 0
    for name, up_roles in load_up_actors(data):
        words = name.split()
        key = normalize(name)
        if key in names_of_country:
            for code, _, _ in up_roles:
                if code[:3] != names_of_country[key]:
                    log.append(f"rejected UniversalPetrarch {name} -> {code} (country table: {names_of_country[key]})")
                    rejected += 1
            continue
        if len(words) > 4 or key in people_keys:
            continue
        if len([w for w in words if w not in PARTICLES]) < 2:  # "عبد العزيز" is a given name, not a person
            continue
        if any(w in ORG_WORDS or w in TITLE_WORDS for w in words) or not up_roles:
            continue
        if not all(normalize(w) in name_words or len(w) <= 2 for w in words):
            continue
        # a bare country code marks a place or a lemma ("رام الله", "روسيا أبيض"), not a person
        good = [r for r in up_roles if r[0][:3] in countries and len(r[0]) > 3]
        if not good:
            continue
        rl = [{"code": rc, "office": "official", "org": rc[:3], "start": rs or None, "end": re_ or None}
              for rc, rs, re_ in good if not rc.endswith("ELI")]
        if not rl or any(normalize(w) in names_of_country for w in words):
            continue
        country = good[0][0][:3]
        people_keys.add(key)
        added += 1
        entries.append({"id": f"per:up:{slug(key) or added}", "type": "PER", "kind": "person",
                        "canonical": None, "country": country, "code": None, "names": [name],
                        "up_roles": rl, "before": country, "sources": ["universalpetrarch"]})
    log.append(f"UniversalPetrarch: {added} people added, {rejected} country codes rejected")

    agents, titles = [], []
    for row in read_tsv("agents.tsv"):
        if row[0] == "G":
            agents.append({"role": row[1], "label": row[2], "phrases": alts(row[3]),
                           "construct": alts(row[4]) if len(row) > 4 else []})
        elif row[0] == "T":
            office, _, pin = row[1].partition(":")
            titles.append({"office": office, "country": pin or None, "phrases": alts(row[2])})

    # ids must be unique
    seen: dict[str, int] = defaultdict(int)
    for entry in entries:
        seen[entry["id"]] += 1
        if seen[entry["id"]] > 1:
            entry["id"] = f"{entry['id']}-{seen[entry['id']]}"
    registry = {
        "schema": "marsad.registry/1",
        "reviewed": "2025",
        "entries": entries,
        "agents": agents,
        "titles": titles,
        "rejected_names": rejected_names,
        "guards": guards,
    }
    return registry, log


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--out", type=Path, default=ROOT / "src/marsad/data/entities/registry.json")
    ap.add_argument("--log", type=Path, default=None, help="write the review log here")
    args = ap.parse_args(argv)
    registry, log = build(args.data)
    args.out.write_text(json.dumps(registry, ensure_ascii=False, separators=(",", ":"), sort_keys=False), encoding="utf-8")
    kinds: dict[str, int] = defaultdict(int)
    for e in registry["entries"]:
        kinds[e["kind"]] += 1
    print(f"wrote {args.out}: {len(registry['entries'])} entries {dict(kinds)}")
    if args.log:
        args.log.write_text("\n".join(log) + "\n", encoding="utf-8")
    try:
        for line in log[:40]:
            print("  " + line)
        if len(log) > 40:
            print(f"  ... {len(log) - 40} more log lines")
    except BrokenPipeError:  # the log was piped into head
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
