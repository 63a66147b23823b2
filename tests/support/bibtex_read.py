"""Reads a BibTeX file with bibtexparser (Debian: python3-bibtexparser) and
prints its entries as JSON, for tests/unit/exports_test.cpp.

Each entry: its raw fields as bibtexparser returns them (ENTRYTYPE and ID
included) plus "names": the author list split by bibtexparser's own BibTeX
name parser into {"first", "von", "last", "jr"} (each joined with spaces),
after splitting the list at top-level " and " (bibtexparser's own split
ignores braces).

Usage: python3 bibtex_read.py FILE.bib
"""
import json
import sys

import bibtexparser
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import getnames, splitname


def split_authors(value):
    """Splits a BibTeX name list at top-level " and " (not inside braces)."""
    names, depth, start, i = [], 0, 0, 0
    value = " ".join(value.split())
    while i < len(value):
        c = value[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0 and value[i:i + 5].lower() == " and ":
            names.append(value[start:i])
            start = i = i + 5
            continue
        i += 1
    names.append(value[start:])
    return [n.strip() for n in names if n.strip()]


def main(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    parser = BibTexParser(common_strings=True)
    db = bibtexparser.loads(text, parser)
    out = []
    for entry in db.entries:
        item = dict(entry)
        names = []
        if "author" in entry:
            for name in getnames(split_authors(entry["author"])):
                parts = splitname(name, strict_mode=False)
                names.append({k: " ".join(v) for k, v in parts.items()})
        item["names"] = names
        out.append(item)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
