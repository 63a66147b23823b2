#!/usr/bin/env python3
"""Counts what a paper's edition changed against its source text.

    tools/edition_counts.py SEED.txt content/papers/ID.md
    tools/edition_counts.py --check SEED_DIR content/papers/*.md

The second form compares each paper's `edition:` counts with the seed named by
its `source:` and fails on any difference (skipped, status 77, without seeds).

Aligns the words of the seed (the text extracted from the journal's PDF) with
the words of the paper file and prints, for the paper's `edition:` block:

  line-breaks-joined   seed line breaks between two words that the paper file
                       has on one line (paragraphs, page breaks, hyphenated words)
  look-alike-letters   letters where the seed has a Latin letter in a Cyrillic
                       word, or the reverse, and the paper the other script's
                       look-alike (outside in-text citations)
  citation-letters     in-text citations whose page abbreviation the seed
                       prints with Cyrillic "Р." and the paper with Latin "P."
  sic-marks            editorial marks `[sic](editorial:sic)` in the paper

The alignment is difflib's over words, after removing Markdown link
destinations, heading anchors and bracket/emphasis characters from both.
"""
import difflib
import re
import sys
import unicodedata

MARKUP = re.compile(r"\]\((?:paper|event|topic|cite|editorial|figure):[^)]*\)|\{#[^}]*\}|[\[\]*_#>|`]")
SIC = re.compile(r"\[sic\]\(editorial:sic\)")


def script(ch):
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "Latin"
    if name.startswith("CYRILLIC"):
        return "Cyrillic"
    return None


def words(text):
    """[(word, line number)] of `text`, markup removed."""
    out = []
    for n, line in enumerate(text.split("\n")):
        line = SIC.sub(" ", line)
        for w in MARKUP.sub(" ", line).split():
            out.append((w, n))
    return out


def lookalike_diffs(a, b):
    """Positions where `a` and `b` differ only by script; None if they differ otherwise."""
    if len(a) != len(b) or a == b:
        return None
    n = 0
    for x, y in zip(a, b):
        if x == y:
            continue
        sx, sy = script(x), script(y)
        if not sx or not sy or sx == sy:
            return None
        n += 1
    return n


# Cyrillic letters that look like Latin ones, and back.
CYR_TO_LAT = dict(zip("аеорсухіјѕһАВЕКМНОРСТХІЈЅ", "aeopcyxijshABEKMHOPCTXIJS"))
LAT_TO_CYR = {v: k for k, v in CYR_TO_LAT.items()}


def repaired(word):
    """`word` with its minority-script look-alike letters in the majority's
    script, and how many letters that changed."""
    lat = sum(1 for c in word if script(c) == "Latin")
    cyr = sum(1 for c in word if script(c) == "Cyrillic")
    table = CYR_TO_LAT if lat >= cyr else LAT_TO_CYR
    out = "".join(table.get(c, c) for c in word)
    return out, sum(1 for a, b in zip(word, out) if a != b)


def lookalike_letters(seed_words, paper_words):
    """Look-alike letters repaired: seed words that the paper has only in their
    repaired form (a Latin word written with some Cyrillic letters, or the
    reverse), counted per occurrence up to the paper's occurrences of the
    repaired form. Single-letter Latin initials printed in Cyrillic ("А.")
    count too; the page abbreviation "Р." is counted as a citation letter."""
    from collections import Counter
    paper = Counter(paper_words)
    need = Counter()
    letters = {}
    for w in seed_words:
        if w in paper or re.fullmatch(r"Р\.,?", w):
            continue
        r, n = repaired(w)
        if n == 0 and len(w) <= 3:
            r, n = "".join(CYR_TO_LAT.get(c, c) for c in w), sum(1 for c in w if c in CYR_TO_LAT)
        if n and r in paper:
            need[r] += 1
            letters[r] = n
    return sum(min(k, paper[r]) * letters[r] for r, k in need.items())


def align(s, p, totals):
    """Aligns seed words `s` [(word, line, index)] with paper words `p`; adds to
    `totals`; returns the seed indices it matched."""
    sw, pw = [w[0] for w in s], [w[0] for w in p]
    m = difflib.SequenceMatcher(None, sw, pw, autojunk=False)
    pairs = []  # (seed word, paper word) aligned one to one
    for op, i1, i2, j1, j2 in m.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            pairs.extend(zip(range(i1, i2), range(j1, j2)))
    for (i, j), (i2, j2) in zip(pairs, pairs[1:]):
        if s[i2][2] == s[i][2] + 1 and j2 == j + 1 and s[i][1] != s[i2][1] and p[j][1] == p[j2][1]:
            totals["line-breaks-joined"] += 1
    used = {s[i][2] for i, _ in pairs}
    for op, i1, i2, j1, j2 in m.get_opcodes():
        if op != "replace":
            continue
        if i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                a, b = sw[i1 + k], pw[j1 + k]
                d = lookalike_diffs(a, b)
                if d is None:
                    continue
                if re.fullmatch(r"Р\.,?", a) and re.fullmatch(r"P\.,?", b):
                    totals["citation-letters"] += 1
            continue
        # a word the PDF hyphenated across a line break, joined in the paper
        for k in range(j1, j2):
            for span in (2, 3):
                for start in range(i1, i2 - span + 1):
                    parts = sw[start:start + span]
                    glued = "".join(x[:-1] if x.endswith(("-", "¬")) else x for x in parts[:-1]) + parts[-1]
                    kept = "".join(parts)  # a compound's own hyphen at the line end ("қарым-қатынас")
                    lines = {s[start + t][1] for t in range(span)}
                    if pw[k] in (glued, kept) and len(lines) > 1:
                        totals["line-breaks-joined"] += len(lines) - 1
                        used.update(s[start + t][2] for t in range(span))
    return used


def count(seed_text, paper_text):
    """The counts for a paper file against its seed. The body and the front
    matter (abstracts, references) are aligned separately, as the paper file
    puts the reference list before the body and the seed after it."""
    parts = paper_text.split("\n---\n", 1)
    front, body = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
    s = [(w, n, i) for i, (w, n) in enumerate(words(seed_text))]
    totals = {"line-breaks-joined": 0, "look-alike-letters": 0, "citation-letters": 0}
    used = align(s, words(body), totals)
    align([w for w in s if w[2] not in used], words(front), totals)
    totals["look-alike-letters"] = lookalike_letters([w[0] for w in s], [w for w, _ in words(paper_text)])
    totals["sic-marks"] = len(SIC.findall(paper_text))
    return totals


def declared(paper_text):
    """The counts of the paper's `edition:` block, as written (kind → count)."""
    out = {}
    block = re.search(r"^edition:\n((?:[ #].*\n)+)", paper_text, re.M)
    for kind, n in re.findall(r"kind: ([a-z-]+), count: (\d+)", block.group(1) if block else ""):
        out[kind] = int(n)
    return out


def read(path):
    with open(path, encoding="utf-8") as f:
        return unicodedata.normalize("NFC", f.read())


def check(seeds, papers):
    """Compares every paper's declared counts with the counts against its seed
    (named by its `source:`); prints each difference. Exit status 1 on any,
    77 (skipped) when the seed folder is not there."""
    import os
    if not os.path.isdir(seeds):
        print(f"edition_counts: no seed folder at {seeds}; check skipped")
        return 77
    bad = 0
    for path in papers:
        text = read(path)
        src = re.search(r"^source: (\S+)", text, re.M)
        if not src:
            continue
        got = count(read(os.path.join(seeds, src.group(1))), text)
        want = declared(text)
        for kind in ("line-breaks-joined", "look-alike-letters", "citation-letters", "sic-marks"):
            if got[kind] != want.get(kind, 0):
                print(f"{path}: {kind}: the edition statement says {want.get(kind, 0)}, the seed gives {got[kind]}")
                bad += 1
    print(f"edition_counts: {len(papers)} papers checked, {bad} difference(s)")
    return 1 if bad else 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "--check":
        sys.exit(check(sys.argv[2], sys.argv[3:]))
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for k, v in count(read(sys.argv[1]), read(sys.argv[2])).items():
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
