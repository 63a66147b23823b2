#!/usr/bin/env python3
"""Adds N papers that all have the English keyword "caravanserai" to a
portal's content/papers/ folder, so that the word has more postings than a search
shard keeps (kMaxPostings) and the rest go to an overflow file. Paper i is in
the i-th of the four languages, dated 2000 + i % 20, and says the word
i % 7 times in its body, so the results differ in score. Deterministic.
Used by tests/e2e/search_overflow_test.cpp and tests/browser/build_sites.sh.
Usage: crowd_papers.py PAPERS_DIR N"""
import os
import sys

papers, n = sys.argv[1], int(sys.argv[2])
langs = ["kk", "ru", "tr", "en"]
os.makedirs(papers, exist_ok=True)
for i in range(n):
    lang = langs[i % 4]
    body = " ".join(["The caravanserai stood on the road."] * (i % 7)) or "The road went on."
    with open(os.path.join(papers, f"crowd-{i:03d}.md"), "w", encoding="utf-8") as f:
        f.write(f"""---
language: {lang}
type: research-article
title:
  {lang}: "Caravanserai study {i:03d}"
authors:
  - id: crowd-author
    name: {{en: Crowd Author}}
    family: {{en: Author}}
    given: {{en: Crowd}}
published: {2000 + i % 20}-01
topics: [ots]
keywords:
  en: [caravanserai]
abstract:
  {lang}: "Notes on caravanserai number {i:03d}."
---
## Road {{#road}}

{body}
""")
