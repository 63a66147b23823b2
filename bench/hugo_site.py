#!/usr/bin/env python3
"""Turns a portal folder (as bench/generate_corpus.py writes it) into an
equivalent Hugo site, for bench/hugo.sh: per language, every paper page with
its title, authors, keywords, every abstract, the full text with its footnotes
and tables, and its references; taxonomy pages for topics and authors; the
paper list; a timeline page. Scheme links (paper:, event:, topic:, cite:)
become the plain links Hugo can follow.
Usage: hugo_site.py PORTAL_DIR HUGO_DIR"""
import os
import re
import shutil
import sys

import yaml

# libyaml's C loader and dumper where PyYAML has them (Debian's python3-yaml does)
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load(text):
    return yaml.load(text, Loader=Loader)


def dump(data, stream=None):
    return yaml.dump(data, stream, Dumper=Dumper, allow_unicode=True)

portal, out = sys.argv[1], sys.argv[2]
site = load(open(f"{portal}/content/site.yaml", encoding="utf-8"))
languages = site["languages"]
fallback = site.get("fallback", {})
topics = load(open(f"{portal}/content/topics.yaml", encoding="utf-8"))
timeline = load(open(f"{portal}/content/timeline.yaml", encoding="utf-8"))


def shown(value, lang):
    """The value in `lang`, else the first of the fallback chain that has one."""
    if not isinstance(value, dict):
        return value
    for candidate in [lang] + fallback.get(lang, []) + list(value):
        if candidate in value:
            return value[candidate]
    return ""


scheme_link = re.compile(r"\]\((paper|event|topic|cite):([^)#\s]*)(#[^)\s]*)?\)")


def hugo_links(body, lang):
    def replace(m):
        kind, target, anchor = m.group(1), m.group(2), m.group(3) or ""
        if kind == "paper":
            return f"](/{lang}/papers/{target}/{anchor})"
        if kind == "event":
            return f"](/{lang}/timeline/#{target})"
        if kind == "topic":
            return f"](/{lang}/topics/{target}/)"
        return f"](#ref-{target})"
    return scheme_link.sub(replace, body)


shutil.rmtree(out, ignore_errors=True)
os.makedirs(f"{out}/layouts/_default")
os.makedirs(f"{out}/layouts/partials")
os.makedirs(f"{out}/data")

with open(f"{out}/hugo.yaml", "w", encoding="utf-8") as f:
    config = {
        "baseURL": "/",
        "relativeURLs": True,
        "defaultContentLanguage": site.get("default_language", languages[0]),
        "defaultContentLanguageInSubdir": True,
        "disableKinds": ["RSS", "sitemap", "robotsTXT"],
        "taxonomies": {"topic": "topics", "author": "authors"},
        "markup": {"goldmark": {"extensions": {"footnote": True, "table": True},
                                "parser": {"attribute": {"block": True, "title": True}}}},
        "languages": {lang: {"weight": i + 1, "contentDir": f"content/{lang}",
                             "title": shown(site["title"], lang)}
                      for i, lang in enumerate(languages)},
    }
    dump(config, f)

events = []
for event in timeline:
    events.append({"id": event["id"], "date": str(event["date"]),
                   "title": {lang: shown(event["title"], lang) for lang in languages},
                   "topics": event.get("topics", [])})
with open(f"{out}/data/timeline.yaml", "w", encoding="utf-8") as f:
    dump(events, f)

for lang in languages:
    base = f"{out}/content/{lang}"
    os.makedirs(f"{base}/papers")
    with open(f"{base}/_index.md", "w", encoding="utf-8") as f:
        f.write("---\n" + dump({"title": shown(site["title"], lang)}) + "---\n")
    with open(f"{base}/papers/_index.md", "w", encoding="utf-8") as f:
        f.write("---\ntitle: papers\n---\n")
    with open(f"{base}/timeline.md", "w", encoding="utf-8") as f:
        f.write("---\ntitle: timeline\nlayout: timeline\n---\n")
    for topic in topics:
        os.makedirs(f"{base}/topics/{topic['id']}", exist_ok=True)
        with open(f"{base}/topics/{topic['id']}/_index.md", "w", encoding="utf-8") as f:
            f.write("---\n" + dump({"title": shown(topic["name"], lang), "description": shown(topic.get("description", ""), lang)}) + "---\n")

for name in sorted(os.listdir(f"{portal}/content/papers")):
    text = open(f"{portal}/content/papers/{name}", encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    meta = load(front)
    for lang in languages:
        page = {
            "title": shown(meta["title"], lang),
            "date": str(meta.get("published", "")),
            "paper_language": meta["language"],
            "authors": [a["id"] for a in meta.get("authors", [])],
            "author_names": [shown(a["name"], lang) for a in meta.get("authors", [])],
            "topics": meta.get("topics", []),
            "keywords": shown(meta.get("keywords", {}), lang),
            "abstracts": [{"lang": k, "text": v} for k, v in meta.get("abstract", {}).items()],
            "references": meta.get("references", []),
        }
        with open(f"{out}/content/{lang}/papers/{name}", "w", encoding="utf-8") as f:
            f.write("---\n" + dump(page) + "---\n" + hugo_links(body, lang))

layouts = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title></head>
<body><nav>{{ range .Site.Languages }}<a href="/{{ .Lang }}/">{{ .Lang }}</a> {{ end }}
<a href="{{ "papers/" | relLangURL }}">papers</a> <a href="{{ "topics/" | relLangURL }}">topics</a>
<a href="{{ "authors/" | relLangURL }}">authors</a> <a href="{{ "timeline/" | relLangURL }}">timeline</a></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "partials/card.html": """<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ delimit .Params.author_names ", " }}, {{ .Date.Year }}
{{ with .Params.abstracts }}{{ with index . 0 }}<p>{{ .text | truncate 200 }}</p>{{ end }}{{ end }}</li>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ range $i, $a := .Params.authors }}{{ if $i }}, {{ end }}<a href="{{ printf "authors/%s/" $a | relLangURL }}">{{ index $.Params.author_names $i }}</a>{{ end }}</p>
<p>{{ range .Params.topics }}<a href="{{ printf "topics/%s/" . | relLangURL }}">{{ . }}</a> {{ end }}</p>
<p>{{ delimit .Params.keywords ", " }}</p>
{{ range .Params.abstracts }}<section lang="{{ .lang }}">{{ .text | markdownify }}</section>{{ end }}
<nav>{{ .TableOfContents }}</nav>
{{ .Content }}
<ol>{{ range .Params.references }}<li id="ref-{{ .key }}">{{ .text | markdownify }}</li>{{ end }}</ol>
</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range where .Pages "Kind" "page" }}{{ partial "card.html" . }}{{ end }}</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range first 20 (where .Site.RegularPages "Section" "papers") }}{{ partial "card.html" . }}{{ end }}</ul>{{ end }}
""",
    "_default/terms.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
""",
    "_default/timeline.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $lang := .Site.Language.Lang }}
<ol>{{ range sort .Site.Data.timeline "date" }}<li id="{{ .id }}"><time>{{ .date }}</time> {{ index .title $lang }}
{{ range .topics }}<a href="{{ printf "topics/%s/" . | relLangURL }}">{{ . }}</a> {{ end }}</li>{{ end }}</ol>{{ end }}
""",
}
for path, text in layouts.items():
    with open(f"{out}/layouts/{path}", "w", encoding="utf-8") as f:
        f.write(text)
print(f"wrote a Hugo site for {len(languages)} languages to {out}")
