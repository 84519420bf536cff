"""Event exports: GDELT 2.0 event-table rows (tab-separated, 61 columns) and PLOVER JSON records.

GDELT tooling reads the rows as it reads GDELT's own export files (no header line, the columns in
GDELT's order). marsad fills what it knows: the actors and their codes, the CAMEO code, root, quad class
and Goldstein score, the event's date at the precision the text gives, the place where the text names
one (with GDELT's FIPS country code), the date the article was published and its source. Columns
marsad cannot know (ethnic and religious codes, ADM1 codes, tone, mention counts across the news)
stay empty or 1.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.article import Article, Event, EventActor
from marsad.events.codebook import lookup
from marsad.events.places import gazetteer

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
# CAMEO role codes reported as Type1Code; IGO codes carry their body as KnownGroupCode
ROLE_CODES = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "OPP", "MED", "BUS", "CVL", "JUD", "LEG", "PTY", "ELI",
                        "REF", "NGO", "IGO", "INS", "RAD", "MOD", "UAF", "SEP", "LAB", "EDU", "HLH", "AGR", "CRM"})


def _actor_columns(a: EventActor | None) -> list[str]:
    if a is None or not a.actor:
        return [""] * 10
    code = a.actor
    country = group = ""
    roles: list[str] = []
    if code.startswith(("IGO", "NGO", "IMG")):
        group = code[3:6]
        roles = [code[:3]]
    else:
        country = code[:3]
        rest = code[3:]
        roles = [rest[k : k + 3] for k in range(0, len(rest), 3) if rest[k : k + 3] in ROLE_CODES]
    name = (a.canonical or "").upper()
    roles += [""] * 3
    return [code, name, country, group, "", "", "", roles[0], roles[1], roles[2]]


def _dates(value: str | None) -> tuple[str, str, str, str]:
    """SQLDATE (day precision only), MonthYear, Year and FractionDate for an ISO value of any precision."""
    if not value or not value[:4].isdigit():
        return "", "", "", ""
    year = value[:4]
    month = value[5:7] if len(value) >= 7 and value[5:7].isdigit() else ""
    day = value[8:10] if len(value) >= 10 and value[8:10].isdigit() else ""
    sql = f"{year}{month}{day}" if day else ""
    month_year = f"{year}{month}" if month else ""
    if day:
        doy = dt.date(int(year), int(month), int(day)).timetuple().tm_yday
        frac = f"{int(year) + doy / 365:.4f}"
    elif month:
        frac = f"{int(year) + (int(month) - 1) / 12:.4f}"
    else:
        frac = year
    return sql, month_year, year, frac


def _geo(ev: Event) -> list[str]:
    """ActionGeo columns: type (1 country, 4 world city), name, FIPS country code, coordinates."""
    p = ev.place
    if p is None:
        return [""] * 8
    kind = "1" if p.name and p.country and p.lat is not None else "4"
    fips = gazetteer().get("fips", {}).get(p.country or "", "")
    return [kind, p.name or p.span.text, fips, "", "", _num(p.lat), _num(p.lon), ""]


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def gdelt_rows(art: Article) -> list[list[str]]:
    """One GDELT 2.0 event row per event of the article (61 columns each)."""
    pub = art.dates.publication.value if art.dates.publication else art.published
    added = (pub or "").replace("-", "")[:8]
    added = added + "000000" if len(added) == 8 else ""
    url = art.source.url or art.source.path or ""
    base = int(art.id[:10], 16) * 1000 if art.raw else 0
    rows = []
    for k, ev in enumerate(art.events):
        c = lookup(ev.code)
        sql, month_year, year, frac = _dates(ev.date)
        root_event = "1" if art.section_of(ev.evidence.start) in ("title", "lead") or (
            art.paragraphs and ev.evidence.start < art.paragraphs[0].end) else "0"
        row = [str(base + k), sql, month_year, year, frac, *_actor_columns(ev.source), *_actor_columns(ev.target),
               root_event, ev.code, ev.code[:3], ev.root, str(c.quad_class),
               "" if c.goldstein is None else f"{c.goldstein:g}", "1", "1", "1", "",
               *([""] * 8), *([""] * 8), *_geo(ev), added, url]
        rows.append(row)
    return rows


def gdelt_tsv(art: Article) -> str:
    return "".join("\t".join(_clean(v) for v in row) + "\n" for row in gdelt_rows(art))


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ")


def plover_records(art: Article) -> list[dict[str, Any]]:
    """PLOVER event records for the events PLOVER codes (CAMEO 01 and 02 have no PLOVER category)."""
    out = []
    pub = art.dates.publication.value if art.dates.publication else art.published
    for k, ev in enumerate(art.events):
        c = lookup(ev.code)
        if c.plover_event is None:
            continue
        out.append({
            "id": f"{art.id[:16]}-{k}",
            "date": ev.date,
            "publication": pub,
            "url": art.source.url,
            "source": [_plover_actor(ev.source)] if ev.source else [],
            "target": [_plover_actor(ev.target)] if ev.target else [],
            "event": c.plover_event,
            "mode": c.plover_mode,
            "context": c.plover_context,
            "cameo": ev.code,
            "eventText": ev.trigger.text if ev.trigger else None,
            "text": ev.evidence.text,
            "offsets": {"start": ev.evidence.start, "end": ev.evidence.end},
            "location": ev.place.json() if ev.place else None,
            "status": ev.status,
            "reported_by": ev.reported_by,
            "alleged_by": ev.alleged_by,
            "denied_by": ev.denied_by,
        })
    return out


def _plover_actor(a: EventActor) -> dict[str, Any]:
    code = a.actor or ""
    return {"actorText": a.span.text, "code": code[:3] if code else None, "sector": code[3:6] or None,
            "cameo": code or None, "name": a.canonical}
