#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "content/load.h"
#include "content/yaml_read.h"
#include "support/parallel.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

/// Reads `root/rel` and checks its encoding; nullopt (reported) when missing or broken.
std::optional<std::string> read_text(const std::string& root, const std::string& rel, Diagnostics& diag,
                                     bool required) {
  auto text = read_file((fs::path(root) / rel).string());
  if (!text) {
    if (required) diag.error({rel, 0, 0}, "file not found or not readable");
    return std::nullopt;
  }
  if (!check_text(*text, rel, diag)) return std::nullopt;
  return text;
}

std::vector<Topic> load_topics(const std::string& rel, std::string text, const SiteConfig& config,
                               Diagnostics& diag) {
  std::vector<Topic> topics;
  YamlDoc doc(rel, std::move(text));
  if (!doc.parse(diag)) return topics;
  YamlReader r(doc, diag, &config.languages);
  if (!r.is_list(doc.root(), "topics.yaml")) return topics;
  for (const auto& t : doc.root()) {
    if (!r.is_map(t, "a topic")) continue;
    r.check_keys(t, {"id", "name", "description"}, "a topic");
    Topic topic;
    topic.pos = r.pos(t);
    auto id = r.id(t, "id");
    topic.name = r.localized_string(t, "name", true);
    topic.description = r.localized_string(t, "description", false);
    if (!id) continue;
    topic.id = *id;
    auto dup = std::find_if(topics.begin(), topics.end(), [&](const Topic& o) { return o.id == topic.id; });
    if (dup != topics.end()) {
      diag.error(r.pos(t["id"]), fmt::format("duplicate topic id '{}' (first defined at line {})", topic.id,
                                             dup->pos.line));
      continue;
    }
    topics.push_back(std::move(topic));
  }
  return topics;
}

std::vector<Event> load_timeline(const std::string& rel, std::string text, const SiteConfig& config,
                                 Diagnostics& diag) {
  std::vector<Event> events;
  YamlDoc doc(rel, std::move(text));
  if (!doc.parse(diag)) return events;
  if (doc.root().IsNull()) return events;
  YamlReader r(doc, diag, &config.languages);
  if (!r.is_list(doc.root(), "timeline.yaml")) return events;
  for (const auto& e : doc.root()) {
    if (!r.is_map(e, "an event")) continue;
    r.check_keys(e, {"id", "date", "end", "title", "summary", "note", "topics", "sources"}, "an event");
    Event ev;
    ev.pos = r.pos(e);
    auto id = r.id(e, "id");
    auto date = r.date(e, "date", true);
    ev.end = r.date(e, "end", false);
    ev.title = r.localized_string(e, "title", true);
    ev.summary = r.localized_string(e, "summary", false);
    ev.note = r.localized_string(e, "note", false);
    ev.topics = r.topic_list(e, "topics");
    if (YAML::Node s = e["sources"]; s && !s.IsNull() && r.is_list(s, "'sources'")) {
      for (const auto& src : s) {
        if (!r.is_map(src, "a source")) continue;
        r.check_keys(src, {"paper", "anchor"}, "a source");
        EventSource es;
        es.pos = r.pos(src);
        es.paper = r.string(src, "paper", true).value_or("");
        es.anchor = r.string(src, "anchor", false).value_or("");
        if (!es.paper.empty()) ev.sources.push_back(std::move(es));
      }
    }
    if (date && ev.end && *ev.end < *date)
      diag.error(r.pos(e["end"]), fmt::format("the span ends ({}) before it starts ({})", ev.end->iso(), date->iso()));
    // A broken event is still kept (the build stops before rendering), so the
    // link stage reports its other problems too.
    if (id) ev.id = *id;
    if (date) ev.date = *date;
    auto dup = std::find_if(events.begin(), events.end(), [&](const Event& o) { return id && o.id == ev.id; });
    if (dup != events.end())
      diag.error(r.pos(e["id"]), fmt::format("duplicate event id '{}' (first defined at line {})", ev.id,
                                             dup->pos.line));
    events.push_back(std::move(ev));
  }
  return events;
}

}  // namespace

SiteConfig load_site_config(const std::string& rel, std::string text, Diagnostics& diag) {
  SiteConfig c;
  YamlDoc doc(rel, std::move(text));
  if (!doc.parse(diag)) return c;
  const YAML::Node& root = doc.root();
  YamlReader plain(doc, diag, nullptr);
  if (!plain.is_map(root, "site.yaml")) return c;
  plain.check_keys(root, {"title", "description", "languages", "default_language", "fallback", "base_url"},
                   "site.yaml");
  c.languages = plain.string_list(root, "languages");
  if (c.languages.empty()) diag.error(plain.pos(root), "site.yaml must declare 'languages', e.g. [kk, ru, tr, en]");
  for (const auto& l : c.languages)
    if (!is_kebab_id(l) || l.size() > 8)
      diag.error(plain.pos(root["languages"]), fmt::format("'{}' is not a language code (e.g. kk, ru, tr, en)", l));
  YamlReader r(doc, diag, &c.languages);
  c.title = r.localized_string(root, "title", true);
  c.description = r.localized_string(root, "description", false);
  c.default_language = r.string(root, "default_language", false).value_or(c.languages.empty() ? "" : c.languages[0]);
  if (!c.languages.empty() &&
      std::find(c.languages.begin(), c.languages.end(), c.default_language) == c.languages.end())
    diag.error(r.pos(root["default_language"]),
               fmt::format("default_language '{}' is not one of the declared languages", c.default_language));
  if (YAML::Node fb = root["fallback"]; fb && !fb.IsNull() && r.is_map(fb, "'fallback'")) {
    for (const auto& kv : fb) {
      const std::string& lang = kv.first.Scalar();
      std::vector<Lang> chain;
      if (!r.is_list(kv.second, fmt::format("'fallback.{}'", lang))) continue;
      for (const auto& item : kv.second) {
        auto l = r.scalar(item, "a fallback language");
        if (!l) continue;
        if (std::find(c.languages.begin(), c.languages.end(), *l) == c.languages.end())
          diag.error(r.pos(item), fmt::format("unknown language '{}' in fallback chain", *l));
        else if (*l != lang)
          chain.push_back(*l);
      }
      if (std::find(c.languages.begin(), c.languages.end(), lang) == c.languages.end())
        diag.error(r.pos(kv.first), fmt::format("unknown language '{}' in 'fallback'", lang));
      c.fallback[lang] = std::move(chain);
    }
  }
  // A language without an explicit chain falls back to the others in declared order.
  for (const auto& l : c.languages) {
    auto& chain = c.fallback[l];
    for (const auto& other : c.languages)
      if (other != l && std::find(chain.begin(), chain.end(), other) == chain.end()) chain.push_back(other);
  }
  c.base_url = r.string(root, "base_url", false).value_or("");
  if (!c.base_url.empty() && c.base_url.back() != '/') c.base_url += '/';
  if (!c.base_url.empty() && c.base_url.rfind("http://", 0) != 0 && c.base_url.rfind("https://", 0) != 0)
    diag.error(r.pos(root["base_url"]), "base_url must be an absolute http:// or https:// URL");
  return c;
}

Site load_content(const std::string& root, Diagnostics& diag) {
  Site site;
  if (auto text = read_text(root, "content/site.yaml", diag, true))
    site.config = load_site_config("content/site.yaml", std::move(*text), diag);
  if (auto text = read_text(root, "content/topics.yaml", diag, true))
    site.topics = load_topics("content/topics.yaml", std::move(*text), site.config, diag);
  if (auto text = read_text(root, "content/timeline.yaml", diag, false))
    site.events = load_timeline("content/timeline.yaml", std::move(*text), site.config, diag);

  std::vector<fs::path> files;
  std::error_code ec;
  fs::path dir = fs::path(root) / "content" / "papers";
  if (fs::is_directory(dir, ec)) {
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  // Papers are independent: parse them on all cores, keep results in file order.
  std::vector<std::optional<Paper>> papers(files.size());
  std::vector<Diagnostics> diags(files.size());
  parallel_for(files.size(), [&](size_t i) {
    std::string rel = "content/papers/" + files[i].filename().string();
    auto text = read_file(files[i].string());
    if (!text) {
      diags[i].error({rel, 0, 0}, "file not readable");
      return;
    }
    papers[i] = load_paper(rel, files[i].stem().string(), std::move(*text), site.config, diags[i]);
  });
  for (size_t i = 0; i < files.size(); ++i) {
    diag.merge(std::move(diags[i]));
    if (papers[i]) site.papers.push_back(std::move(*papers[i]));
  }
  return site;
}

}  // namespace portal
