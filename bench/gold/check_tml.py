#!/usr/bin/env python3
"""Check that NNN.tml files are TimeML whose TEXT, tags stripped and unescaped, equals NNN.txt exactly.

usage: check_tml.py FILE.tml [FILE.tml ...]   (the .txt is the same path with .txt)
Prints one line per file; exit status 1 if any file fails.
"""
import html
import re
import sys
import xml.dom.minidom


def check(path):
    raw = open(path, encoding="utf-8").read()
    try:
        xml.dom.minidom.parseString(raw.encode("utf-8"))
    except Exception as err:  # noqa: BLE001
        return f"not well-formed XML: {err}"
    m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not m:
        return "no <TEXT> element"
    body = m.group(1)
    if re.search(r"<(?!/?TIMEX3\b)[^>]*>", body):
        return "tags other than TIMEX3 inside TEXT"
    stripped = html.unescape(re.sub(r"</?TIMEX3\b[^>]*>", "", body))
    txt = open(re.sub(r"\.tml$", ".txt", path), encoding="utf-8").read()
    if stripped != txt:
        i = next((k for k, (a, b) in enumerate(zip(stripped, txt)) if a != b), min(len(stripped), len(txt)))
        return f"text differs at offset {i}: tml {stripped[i:i+30]!r} vs txt {txt[i:i+30]!r}"
    tids = re.findall(r'<TIMEX3\b[^>]*\btid="([^"]+)"', raw)
    if len(tids) != len(set(tids)):
        return "duplicate tid"
    if not re.search(r'<DCT>\s*<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"', raw):
        return "no DCT TIMEX3 with functionInDocument=CREATION_TIME"
    return None


def main(paths):
    bad = 0
    for p in paths:
        err = check(p)
        print(f"{'ok  ' if not err else 'FAIL'} {p}" + (f": {err}" if err else ""))
        bad += bool(err)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
