#pragma once
/// The HTML side of the end-to-end tests: a small start-tag scanner that reads
/// a page as a browser would tokenize it (tags, attributes, classes, ids,
/// element contents, visible text), URL resolution between the pages of a
/// built site, and the link checker that every internal href/src and
/// #fragment of a site resolves.
///
/// Header-only (inline functions), included by portal_fixture.h: a test that
/// includes portal_fixture.h has all of these as portal::fixture::*.

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace portal::fixture {

/// The files of a built site: site-relative path (with '/') → bytes.
using Tree = std::map<std::string, std::string>;

// --- HTML, as a browser would tokenize it (start tags and their attributes) --

/// Decodes the character references the generator writes (&amp; &lt; &gt;
/// &quot; &#39; &#NN; &#xHH;), enough to compare attribute values.
inline std::string decode_entities(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    long cp = -1;
    if (ent == "amp") cp = '&';
    else if (ent == "lt") cp = '<';
    else if (ent == "gt") cp = '>';
    else if (ent == "quot") cp = '"';
    else if (ent == "apos") cp = '\'';
    else if (ent.size() > 1 && ent[0] == '#')
      cp = (ent[1] == 'x' || ent[1] == 'X') ? std::strtol(std::string(ent.substr(2)).c_str(), nullptr, 16)
                                             : std::strtol(std::string(ent.substr(1)).c_str(), nullptr, 10);
    if (cp < 0 || cp > 0x7F) {  // only ASCII matters for the checks
      out += s[i];
      continue;
    }
    out += static_cast<char>(cp);
    i = semi;
  }
  return out;
}

/// One start tag: lower-case name, attributes (lower-case names, decoded
/// values), where it starts and where its '>' ends.
struct Tag {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attrs;
  size_t begin = 0;
  size_t end = 0;  ///< just after '>'

  bool has(const std::string& attr) const {
    return std::any_of(attrs.begin(), attrs.end(), [&](const auto& a) { return a.first == attr; });
  }
  std::string get(const std::string& attr) const {
    for (const auto& a : attrs)
      if (a.first == attr) return a.second;
    return {};
  }
};

/// Every start tag of `html`, in order. Text and comments are skipped; the
/// content of <script> and <style> is raw text, as in a browser.
inline std::vector<Tag> start_tags(std::string_view html) {
  std::vector<Tag> tags;
  auto lower = [](std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      size_t e = html.find("-->", i + 4);
      i = e == std::string_view::npos ? html.size() : e + 3;
      continue;
    }
    if (i + 1 >= html.size()) break;
    char c = html[i + 1];
    if (c == '!' || c == '?' || c == '/') {
      size_t e = html.find('>', i);
      i = e == std::string_view::npos ? html.size() : e + 1;
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(c))) {
      ++i;  // a '<' that starts no tag is text
      continue;
    }
    Tag t;
    t.begin = i;
    size_t p = i + 1;
    while (p < html.size() && !std::isspace(static_cast<unsigned char>(html[p])) && html[p] != '>' && html[p] != '/')
      t.name += html[p++];
    t.name = lower(t.name);
    while (p < html.size()) {
      while (p < html.size() && (std::isspace(static_cast<unsigned char>(html[p])) || html[p] == '/')) ++p;
      if (p >= html.size() || html[p] == '>') break;
      std::string name;
      while (p < html.size() && !std::isspace(static_cast<unsigned char>(html[p])) && html[p] != '>' &&
             html[p] != '=' && !(html[p] == '/' && !name.empty()))
        name += html[p++];
      while (p < html.size() && std::isspace(static_cast<unsigned char>(html[p]))) ++p;
      std::string value;
      if (p < html.size() && html[p] == '=') {
        ++p;
        while (p < html.size() && std::isspace(static_cast<unsigned char>(html[p]))) ++p;
        if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
          char q = html[p++];
          size_t e = html.find(q, p);
          if (e == std::string_view::npos) e = html.size();
          value = std::string(html.substr(p, e - p));
          p = e + 1;
        } else {
          while (p < html.size() && !std::isspace(static_cast<unsigned char>(html[p])) && html[p] != '>')
            value += html[p++];
        }
      }
      t.attrs.emplace_back(lower(name), decode_entities(value));
    }
    t.end = p < html.size() ? p + 1 : html.size();
    i = t.end;
    if (t.name == "script" || t.name == "style") {
      size_t e = html.find("</" + t.name, i);
      if (e == std::string_view::npos) {
        // an unterminated raw-text element swallows the rest of the page
        tags.push_back(std::move(t));
        break;
      }
      i = e;
    }
    tags.push_back(std::move(t));
  }
  return tags;
}

/// The start tags named `name` whose attribute `attr` equals `value`.
inline std::vector<Tag> find_tags(std::string_view html, const std::string& name, const std::string& attr = "",
                                  const std::string& value = "") {
  std::vector<Tag> out;
  for (auto& t : start_tags(html))
    if (t.name == name && (attr.empty() || (t.has(attr) && t.get(attr) == value))) out.push_back(t);
  return out;
}

/// The markup between the end of `tag` and its matching close tag (elements
/// of the same name nested inside are counted).
inline std::string inner(std::string_view html, const Tag& tag) {
  const std::string open = "<" + tag.name, close = "</" + tag.name;
  auto is_name_end = [&](size_t at) {
    return at >= html.size() || html[at] == '>' || html[at] == '/' || std::isspace(static_cast<unsigned char>(html[at]));
  };
  int depth = 1;
  for (size_t p = tag.end; p < html.size();) {
    size_t o = html.find(open, p), c = html.find(close, p);
    if (c == std::string_view::npos) return {};
    if (o != std::string_view::npos && o < c) {
      if (is_name_end(o + open.size())) ++depth;
      p = o + open.size();
      continue;
    }
    if (is_name_end(c + close.size()) && --depth == 0) return std::string(html.substr(tag.end, c - tag.end));
    p = c + close.size();
  }
  return {};
}

/// True when some element with lang="`lang`" holds `text` (escaped as in the page).
inline bool shown_in_lang(std::string_view html, const std::string& lang, std::string_view text) {
  for (const auto& t : start_tags(html))
    if (t.has("lang") && t.get("lang") == lang && inner(html, t).find(text) != std::string::npos) return true;
  return false;
}

/// The start tags that carry `cls` among their classes.
inline std::vector<Tag> with_class(std::string_view html, const std::string& cls) {
  std::vector<Tag> out;
  for (auto& t : start_tags(html)) {
    std::istringstream in(t.get("class"));
    for (std::string c; in >> c;)
      if (c == cls) {
        out.push_back(t);
        break;
      }
  }
  return out;
}

/// The ids of every element of a page.
inline std::vector<std::string> ids_of(std::string_view html) {
  std::vector<std::string> out;
  for (const auto& t : start_tags(html))
    if (t.has("id")) out.push_back(t.get("id"));
  return out;
}

/// The page's <html lang="..">, or "" when there is none.
inline std::string html_lang(std::string_view html) {
  auto tags = find_tags(html, "html");
  return tags.empty() ? std::string() : tags.front().get("lang");
}

/// Every site-relative file of a built site that is an HTML page.
inline std::vector<std::string> html_pages(const Tree& site) {
  std::vector<std::string> out;
  for (const auto& [path, bytes] : site)
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) out.push_back(path);
  return out;
}

/// Resolves a relative `href` (no scheme, no leading '/') of the page at
/// site-relative file `page` to the site-relative file it names
/// ("x/" → "x/index.html"); the fragment and query are dropped.
inline std::string resolve_href(const std::string& page, std::string href) {
  href = href.substr(0, href.find_first_of("#?"));
  std::vector<std::string> parts;
  size_t slash = page.rfind('/');
  std::string dir = slash == std::string::npos ? "" : page.substr(0, slash);
  std::istringstream ds(dir);
  for (std::string seg; std::getline(ds, seg, '/');)
    if (!seg.empty()) parts.push_back(seg);
  if (href.empty()) return page;
  bool folder = href.back() == '/';
  std::istringstream hs(href);
  for (std::string seg; std::getline(hs, seg, '/');) {
    if (seg.empty() || seg == ".") continue;
    if (seg == "..") {
      if (parts.empty()) return "<outside the site>";
      parts.pop_back();
    } else {
      parts.push_back(seg);
    }
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  if (folder) out += out.empty() ? "index.html" : "/index.html";
  return out;
}

/// True when `href` has a URL scheme ("https:", "mailto:", "javascript:").
inline bool has_scheme(std::string_view href) {
  size_t colon = href.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = href[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

// --- Links between the pages of a built site ----------------------------------

/// `s` with %XX escapes decoded (URL fragments and paths).
inline std::string percent_decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

/// What a reader sees of a piece of markup: tags removed, entities decoded,
/// runs of ASCII white space folded to one space, trimmed.
inline std::string visible_text(std::string_view html) {
  std::string raw;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>' && in_tag) in_tag = false;
    else if (!in_tag) raw += c;
  }
  std::string decoded = decode_entities(raw), out;
  bool space = false;
  for (char c : decoded) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// The site-relative file a link of page `page` names, or "" when the link
/// leaves the site (another scheme or host). Handles relative links, links
/// from the server root (404.html) and absolute links under `base_url`.
/// Sets `fragment` to the decoded #fragment ("" when none).
inline std::string link_target(const std::string& page, const std::string& href, const std::string& base_url,
                               std::string& fragment) {
  fragment.clear();
  size_t hash = href.find('#');
  if (hash != std::string::npos) fragment = percent_decode(href.substr(hash + 1));
  std::string v = href;
  if (!base_url.empty() && v.rfind(base_url, 0) == 0) {
    v = v.substr(base_url.size());
    return resolve_href("index.html", percent_decode(v.empty() || v[0] == '#' ? "./" + v : v));
  }
  if (has_scheme(v) || v.rfind("//", 0) == 0) return "";
  if (!v.empty() && v[0] == '/') return resolve_href("index.html", percent_decode(v.size() == 1 ? "./" : v.substr(1)));
  return resolve_href(page, percent_decode(v));
}

/// The link checker: every internal href/src of every HTML page (and every
/// URL under `base_url` in the site's XML files) must name a file of the
/// site, and every #fragment an element id of that page; `data-copy` and
/// `aria-labelledby` must name ids of their own page. Returns one line per
/// problem; `checked` counts the links looked at.
inline std::vector<std::string> broken_links(const Tree& site, const std::string& base_url, size_t* checked = nullptr) {
  std::map<std::string, std::set<std::string>> ids;
  for (const auto& path : html_pages(site))
    for (const auto& id : ids_of(site.at(path))) ids[path].insert(id);
  std::vector<std::string> problems;
  size_t n = 0;
  auto check = [&](const std::string& page, const std::string& what, const std::string& href) {
    std::string fragment;
    std::string file = link_target(page, href, base_url, fragment);
    if (file.empty()) return;  // leaves the site
    ++n;
    if (!site.count(file)) {
      problems.push_back(page + ": " + what + "=\"" + href + "\" → no file " + file);
      return;
    }
    if (!fragment.empty() && !ids[file].count(fragment))
      problems.push_back(page + ": " + what + "=\"" + href + "\" → " + file + " has no id \"" + fragment + "\"");
  };
  for (const auto& path : html_pages(site)) {
    const std::string& html = site.at(path);
    for (const auto& t : start_tags(html)) {
      for (const char* attr : {"href", "src"})
        if (t.has(attr)) check(path, "<" + t.name + " " + attr, t.get(attr));
      for (const char* attr : {"data-copy", "aria-labelledby", "aria-describedby"}) {
        if (!t.has(attr)) continue;
        std::istringstream in(t.get(attr));
        for (std::string id; in >> id;) {
          ++n;
          if (!ids[path].count(id))
            problems.push_back(path + ": <" + t.name + " " + attr + "=\"" + id + "\"> names no id of the page");
        }
      }
    }
  }
  if (!base_url.empty())
    for (const auto& [path, bytes] : site) {
      if (path.size() < 4 || path.compare(path.size() - 4, 4, ".xml") != 0) continue;
      // every URL under base_url in an attribute value or element text
      for (size_t at = bytes.find(base_url); at != std::string::npos; at = bytes.find(base_url, at + 1)) {
        size_t end = bytes.find_first_of("\"<' \n", at);
        check(path, "url", decode_entities(bytes.substr(at, end - at)));
      }
    }
  if (checked) *checked = n;
  return problems;
}

}  // namespace portal::fixture
