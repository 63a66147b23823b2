#!/usr/bin/env python3
"""Writes a synthetic portal for benchmarks: N papers with four-language
metadata, Markdown bodies with sections, footnotes, citations and cross-links,
plus topics and a timeline. Usage: generate_corpus.py OUT_DIR [PAPERS]"""
import os
import random
import shutil
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 2500
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
rng = random.Random(42)

shutil.rmtree(out, ignore_errors=True)
os.makedirs(f"{out}/content/papers")
shutil.copytree(f"{root}/templates", f"{out}/templates")
shutil.copytree(f"{root}/assets", f"{out}/assets")
shutil.copy(f"{root}/content/site.yaml", f"{out}/content/site.yaml")
shutil.copy(f"{root}/content/topics.yaml", f"{out}/content/topics.yaml")
topics = ["soft-power", "ots", "diplomacy", "defence", "economy-energy", "culture-education", "media-cinema", "history"]

words = {
    "kk": "Қазақстан Түркия ынтымақтастық мәдениет білім экономика саясат қарым-қатынас түркі әлемі".split(),
    "ru": "Казахстан Турция сотрудничество культура образование экономика политика отношения тюркский мир".split(),
    "tr": "Kazakistan Türkiye işbirliği kültür eğitim ekonomi siyaset ilişkiler Türk dünyası".split(),
    "en": "Kazakhstan Türkiye cooperation culture education economy policy relations Turkic world".split(),
}

def sentence(lang, k=14):
    return " ".join(rng.choice(words[lang]) for _ in range(k)).capitalize() + "."

def paragraph(lang, k=5):
    return " ".join(sentence(lang) for _ in range(k))

events = []
with open(f"{out}/content/timeline.yaml", "w") as t:
    for e in range(400):
        y = 1991 + e % 34
        eid = f"event-{e}"
        events.append(eid)
        t.write(f"- id: {eid}\n  date: {y}-{1 + e % 12:02}\n")
        t.write("  title: {" + ", ".join(f"{l}: \"{sentence(l, 6)}\"" for l in words) + "}\n")
        t.write(f"  topics: [{rng.choice(topics)}]\n")
        t.write(f"  sources: [{{paper: paper-{e % n}, anchor: section-1}}]\n")

for i in range(n):
    lang = rng.choice(list(words))
    refs = [f"ref-{k}" for k in range(12)]
    fm = [
        "---",
        f"language: {lang}",
        "type: research-article",
        "title: {" + ", ".join(f"{l}: \"{sentence(l, 9)}\"" for l in words if rng.random() > 0.2 or l == lang) + "}",
        "authors:",
        f"  - id: author-{i % 700}",
        f"    name: {{en: Author {i % 700}, ru: Автор {i % 700}}}",
        f"published: {1995 + i % 30}-{1 + i % 12:02}",
        f"topics: [{', '.join(rng.sample(topics, 2))}]",
        "keywords: {" + ", ".join(f"{l}: [{', '.join(rng.sample(words[l], 4))}]" for l in words) + "}",
        "abstract: {" + ", ".join(f"{l}: \"{paragraph(l, 4)}\"" for l in words) + "}",
        "references:",
    ]
    fm += [f"  - {{key: {r}, text: \"Author, A. (2020). {sentence('en', 8)} https://doi.org/10.1000/{i}.{r}\"}}" for r in refs]
    fm.append("---")
    body = []
    for s in range(1, 7):
        body.append(f"## {sentence(lang, 4)} {{#section-{s}}}\n")
        for _ in range(4):
            body.append(paragraph(lang) + f" [{rng.choice(refs)}](cite:{rng.choice(refs)}).\n")
        body.append(f"See [another paper](paper:paper-{rng.randrange(n)}#section-2) and [an event](event:{rng.choice(events)}).[^{s}]\n")
        body.append(f"[^{s}]: {sentence(lang)}\n")
    with open(f"{out}/content/papers/paper-{i}.md", "w") as f:
        f.write("\n".join(fm) + "\n" + "\n".join(body))
print(f"wrote {n} papers and {len(events)} events to {out}")
