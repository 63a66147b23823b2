#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "content/load.h"
#include "content/paper_folder.h"
#include "content/text_check.h"
#include "content/yaml_read.h"
#include "support/parallel.h"
#include "text/unicode.h"

namespace fs = std::filesystem;

namespace portal {

namespace {

/// Reads `root/rel` and checks its encoding; nullopt (reported) when missing or broken.
std::optional<std::string> read_text(const std::string& root, const std::string& rel, Diagnostics& diag,
                                     bool required, bool& complete) {
  fs::path path = fs::path(root) / rel;
  std::error_code ec;
  if (!required && fs::symlink_status(path, ec).type() == fs::file_type::not_found) return std::nullopt;
  std::string why;
  auto text = read_file(path.string(), &why);
  if (!text) {
    diag.error({rel, 0, 0}, why);
    complete = false;
    return std::nullopt;
  }
  if (!check_text(*text, rel, diag)) return std::nullopt;
  check_forbidden_chars(*text, rel, diag);  // reported, but the file is still read for its other problems
  check_table_sizes(*text, rel, diag);
  return text;
}

}  // namespace

/// What is wrong with `url` as the site's base URL, if anything. It goes
/// verbatim into robots.txt, feeds and the sitemap, so it must be one clean
/// absolute http(s) URL: no whitespace or control characters (a line break
/// would add a line to robots.txt), a host, and no query or fragment.
std::optional<std::string> base_url_problem(std::string_view url) {
  for (size_t i = 0; i < url.size();) {
    size_t at = i;
    int32_t c = text::decode_utf8(url, i);
    if (c <= 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x2028 || c == 0x2029 || c == 0x3000 || c == 0xFEFF)
      return fmt::format("base_url contains {} at character {}: a URL has no spaces or control characters",
                         describe_char(c), text::utf8_columns(url.substr(0, at)) + 1);
  }
  std::string_view rest;
  if (url.rfind("https://", 0) == 0) rest = url.substr(8);
  else if (url.rfind("http://", 0) == 0) rest = url.substr(7);
  else return "base_url must be an absolute http:// or https:// URL";
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.empty() || host.front() == ':')
    return fmt::format("base_url '{}' has no host: write it as https://example.org/ or https://example.org/path/", url);
  if (url.find_first_of("?#") != std::string_view::npos)
    return "base_url must not have a query (?) or a fragment (#): pages are added after it";
  if (url.find_first_of("\"<>\\^`{|}") != std::string_view::npos)
    return fmt::format("base_url '{}' contains a character a URL may not have unencoded (one of \" < > \\ ^ ` {{ | }})",
                       url);
  return std::nullopt;
}

namespace {

/// True when `id` has the form of a timeline period's URL segment ("2000-2004",
/// "before-1990"): the timeline's pages of a topic and of a period share one
/// folder (/L/timeline/<topic>/, /L/timeline/<period>/), so such a topic id is refused.
bool shaped_like_period(const std::string& id) {
  auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  std::string_view v(id);
  if (v.rfind("before-", 0) == 0) return digits(v.substr(7));
  size_t dash = v.find('-');
  return dash != std::string_view::npos && digits(v.substr(0, dash)) && digits(v.substr(dash + 1));
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
    if (shaped_like_period(topic.id)) {
      diag.error(r.pos(t["id"]), fmt::format("topic id '{}' has the form of a timeline period (2000-2004, before-1990), "
                                             "whose pages share the timeline's URLs with topics: choose another id",
                                             topic.id));
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
        if (es.paper.empty()) continue;
        auto dup = std::find_if(ev.sources.begin(), ev.sources.end(), [&](const EventSource& o) {
          return o.paper == es.paper && o.anchor == es.anchor;
        });
        if (dup != ev.sources.end()) {
          diag.error(es.pos, fmt::format("source '{}{}{}' is listed twice (first {})", es.paper,
                                         es.anchor.empty() ? "" : "#", es.anchor, first_place(dup->pos, es.pos)));
          continue;
        }
        ev.sources.push_back(std::move(es));
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
  if (c.languages.empty()) {
    // Every other field is read in terms of the languages: without them each
    // would only echo this error ("unknown language 'kk'"), so it stands alone.
    diag.error(root["languages"] ? plain.pos(root["languages"]) : plain.pos(root),
               "site.yaml must declare 'languages', e.g. [kk, ru, tr, en]");
    return c;
  }
  if (YAML::Node list = root["languages"]; list && list.IsSequence()) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (!list[i].IsScalar()) continue;
      const std::string& l = list[i].Scalar();
      if (!is_kebab_id(l) || l.size() > 8)
        diag.error(plain.pos(list[i]), fmt::format("'{}' is not a language code (e.g. kk, ru, tr, en)", l));
      for (size_t j = 0; j < i; ++j)
        if (list[j].IsScalar() && list[j].Scalar() == l)
          diag.error(plain.pos(list[i]), fmt::format("language '{}' is listed twice (first {})", l,
                                                     first_place(plain.pos(list[j]), plain.pos(list[i]))));
    }
  }
  // Each language once, in declared order, so that later stages see a clean list.
  std::vector<Lang> unique;
  for (const auto& l : c.languages)
    if (std::find(unique.begin(), unique.end(), l) == unique.end()) unique.push_back(l);
  c.languages = std::move(unique);
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
        else if (std::find(chain.begin(), chain.end(), *l) != chain.end())
          diag.error(r.pos(item), fmt::format("language '{}' is listed twice in 'fallback.{}'", *l, lang));
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
  if (!c.base_url.empty()) {
    if (auto problem = base_url_problem(c.base_url)) {
      diag.error(r.pos(root["base_url"]), *problem);
      c.base_url.clear();
    } else if (c.base_url.back() != '/') {
      c.base_url += '/';
    }
  }
  return c;
}

namespace {

/// A paper's file as found in content/papers/: `<id>.md` or `<id>/index.md`.
struct PaperSource {
  fs::path file;    ///< where to read it
  std::string rel;  ///< relative to the portal folder, for diagnostics
  std::string id;
};

/// The paper files of content/papers/, sorted: `<id>.md`, or `<id>/index.md`
/// in a folder of its own (with its figures beside it). Skips hidden files
/// (editors keep lock files there, such as Emacs's dangling `.#id.md` links),
/// files that are not `.md` and folders without an index.md; reports the
/// folder itself, or an `.md` entry, that cannot be read (not a folder, a
/// broken link, a link loop, a FIFO), and a paper written both ways.
std::vector<PaperSource> paper_files(const std::string& root, Diagnostics& diag, bool& complete) {
  const std::string rel_dir = "content/papers";
  struct MarkIncomplete {  // whatever return is taken, an error here means papers are missing
    Diagnostics& diag;
    bool& complete;
    size_t before;
    ~MarkIncomplete() {
      if (diag.error_count() > before) complete = false;
    }
  } mark{diag, complete, diag.error_count()};
  fs::path dir = fs::path(root) / rel_dir;
  std::vector<PaperSource> files;
  std::error_code ec;
  fs::file_status st = fs::status(dir, ec);
  if (st.type() == fs::file_type::not_found) {
    diag.error({rel_dir, 0, 0}, "folder not found: papers are the files content/papers/<id>.md");
    return files;
  }
  if (ec) {
    diag.error({rel_dir, 0, 0}, fmt::format("cannot read the folder: {}", ec.message()));
    return files;
  }
  if (st.type() != fs::file_type::directory) {
    diag.error({rel_dir, 0, 0}, "not a folder: papers are the files content/papers/<id>.md");
    return files;
  }
  std::vector<fs::path> entries;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
  if (ec) diag.error({rel_dir, 0, 0}, fmt::format("cannot read the folder: {}", ec.message()));
  std::sort(entries.begin(), entries.end());  // so that problems are reported in a stable order
  std::set<std::string> flat_ids;  // ids of `<id>.md` files, to find a paper written both ways
  for (const fs::path& entry : entries)
    if (entry.extension() == ".md") flat_ids.insert(entry.stem().string());
  for (const fs::path& entry : entries) {
    std::string name = entry.filename().string();
    if (name.empty() || name[0] == '.') continue;
    fs::path path = entry;
    std::string rel = rel_dir + "/" + name;
    std::string id = entry.stem().string();
    std::error_code dec;
    if (entry.extension() != ".md" && fs::is_directory(entry, dec)) {  // a folder "x.md" is no paper's folder
      // A paper in a folder of its own: <id>/index.md, its figures beside it.
      path = entry / "index.md";
      std::error_code iec;
      if (!fs::exists(fs::symlink_status(path, iec))) continue;  // a figures folder of <id>.md, or no paper
      rel += "/index.md";
      id = name;
      if (flat_ids.count(id)) {
        diag.error({rel, 0, 0}, fmt::format("paper '{}' is written twice: as {}/{}.md and as {}; keep one", id,
                                            rel_dir, id, rel),
                   fmt::format("to keep figures beside it, move {}/{}.md to {}", rel_dir, id, rel));
        continue;
      }
    } else {
      if (entry.extension() != ".md") continue;
      // `portal import` writes its review list beside the paper as <id>.review.md: not a paper.
      if (name.size() > 10 && name.compare(name.size() - 10, 10, ".review.md") == 0) continue;
    }
    std::error_code sec, lec;
    fs::file_status fst = fs::status(path, sec);
    if (fs::is_symlink(fs::symlink_status(path, lec)) && fst.type() == fs::file_type::not_found) {
      diag.error({rel, 0, 0}, fmt::format("broken symbolic link: its target '{}' does not exist",
                                          fs::read_symlink(path, lec).string()));
    } else if (sec) {
      diag.error({rel, 0, 0}, fmt::format("cannot read the paper: {}", sec.message()));
    } else if (fst.type() != fs::file_type::regular) {
      diag.error({rel, 0, 0}, "not a regular file: a paper is a Markdown file");
    } else {
      files.push_back({path, rel, id});
    }
  }
  return files;
}

/// Reads site.yaml into `site`; false when it is unusable.
bool load_config_into(const std::string& root, Site& site, Diagnostics& diag) {
  size_t errors_before = diag.error_count();
  if (auto text = read_text(root, "content/site.yaml", diag, true, site.complete))
    site.config = load_site_config("content/site.yaml", std::move(*text), diag);
  // Everything else is read in terms of site.yaml (its languages above all):
  // with a broken one, every paper would only echo its errors.
  if (diag.error_count() > errors_before) {
    site.complete = false;
    return false;
  }
  return true;
}

/// Reads the papers of content/papers/ into `site`, on all cores, in file
/// order, each with the files of its folder (content/paper_folder.h).
void load_papers_into(const std::string& root, Site& site, Diagnostics& diag) {
  std::vector<PaperSource> files = paper_files(root, diag, site.complete);
  // Papers are independent: parse them on all cores, keep results in file order.
  std::vector<std::optional<Paper>> papers(files.size());
  std::vector<Diagnostics> diags(files.size());
  std::atomic<bool> unreadable{false};
  parallel_for(files.size(), [&](size_t i) {
    const std::string& rel = files[i].rel;
    std::string why;
    auto text = read_file(files[i].file.string(), &why);
    if (!text) {
      diags[i].error({rel, 0, 0}, fmt::format("cannot read the paper: {}", why));
      unreadable = true;
      return;
    }
    papers[i] = load_paper(rel, files[i].id, std::move(*text), site.config, diags[i]);
    if (!papers[i]) return;
    std::string folder = "content/papers/" + files[i].id;
    std::error_code fec;
    if (fs::is_directory(fs::path(root) / folder, fec)) {
      papers[i]->folder = folder;
      papers[i]->files = scan_paper_folder(fs::path(root) / folder);
    }
  });
  for (size_t i = 0; i < files.size(); ++i) {
    diag.merge(std::move(diags[i]));
    if (papers[i]) site.papers.push_back(std::move(*papers[i]));
  }
  if (unreadable) site.complete = false;
}

}  // namespace

Site load_content(const std::string& root, Diagnostics& diag) {
  Site site;
  if (!load_config_into(root, site, diag)) return site;
  if (auto text = read_text(root, "content/topics.yaml", diag, true, site.complete))
    site.topics = load_topics("content/topics.yaml", std::move(*text), site.config, diag);
  if (auto text = read_text(root, "content/timeline.yaml", diag, false, site.complete))
    site.events = load_timeline("content/timeline.yaml", std::move(*text), site.config, diag);
  load_papers_into(root, site, diag);
  return site;
}

Site load_config_and_papers(const std::string& root, Diagnostics& diag) {
  Site site;
  if (load_config_into(root, site, diag)) load_papers_into(root, site, diag);
  site.complete = false;  // no topics, no timeline
  return site;
}

}  // namespace portal
