#include "render/view_common.h"

#include <set>

#include <fmt/format.h>

#include "render/edition_view.h"
#include "render/urls.h"
#include "render/views.h"
#include "text/century.h"
#include "text/date_format.h"

namespace portal {

RenderContext::RenderContext(const LinkedSite& linked, const Theme& th, render::Templates compiled)
    : ls(linked), theme(th), periods(plan_timeline_periods(linked)), templates(std::move(compiled)) {
  for (const auto& lang : ls.site->config.languages) {
    collators[lang] = std::make_unique<text::Collator>(lang);
    globals[lang] = {{"t", theme.strings.at(lang)}};
  }
}

std::string RenderContext::t(const Lang& lang, std::string_view key) const {
  const json* cur = &strings(lang);
  size_t start = 0;
  while (true) {
    size_t dot = key.find('.', start);
    std::string part(key.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (!cur->is_object() || !cur->contains(part)) return std::string(key);
    cur = &(*cur)[part];
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return cur->is_string() ? cur->get<std::string>() : std::string(key);
}

std::string RenderContext::language_name(const Lang& lang, const Lang& code) const {
  return t(lang, "language_names." + code);
}

std::string RenderContext::autonym(const Lang& code) const { return t(code, "autonym"); }

std::string RenderContext::msg(const Lang& lang, std::string_view key, const std::vector<text::MessageArg>& args) const {
  return text::format_message(t(lang, key), lang, args);
}

std::string PageRef::rel(std::string_view to) const { return urls::relative(url, to); }

Layout layout_view(const RenderContext& ctx, const PageRef& page, const std::string& title,
                   const std::function<std::string(const Lang&)>& url_for, const std::string& section) {
  const SiteConfig& config = ctx.config();
  Layout v;
  v.lang = page.lang;
  v.site_title = shown(ctx, config.title, page.lang);
  v.site_description = shown(ctx, config.description, page.lang);
  v.site_home = page.rel(urls::home(page.lang));
  v.page_title = title;
  v.description = v.site_description.text;
  v.head_title = title.empty() ? v.site_title.text : title + " — " + v.site_title.text;
  v.css = page.rel("assets/style.css");
  v.root = page.rel("");
  for (const auto& l : config.languages) {
    std::string href = page.rel(url_for(l));
    v.alternates.push_back({l, config.base_url.empty() ? href : config.base_url + url_for(l)});
    v.languages.push_back({l, ctx.autonym(l), std::move(href), l == page.lang});
  }
  if (!config.base_url.empty()) {
    v.canonical = config.base_url + page.url;
    v.feed = page.rel(urls::feed(page.lang));
  }
  using UrlOf = std::string (*)(std::string_view);
  const std::pair<const char*, UrlOf> sections[] = {{"home", urls::home}, {"papers", urls::papers},
                                                    {"topics", urls::topics}, {"timeline", urls::timeline},
                                                    {"authors", urls::authors}};
  for (const auto& [key, url_of] : sections) {
    std::string label_key = "nav.";
    label_key += key;
    v.nav.push_back({ctx.t(page.lang, label_key), page.rel(url_of(page.lang)), section == key});
  }
  v.search_href = page.rel(urls::search(page.lang));
  return v;
}

std::string fallback_note(const RenderContext& ctx, const Lang& lang, const Lang& shown) {
  return ctx.msg(lang, "fallback.shown_in", {{"language", ctx.t(lang, "language_in." + shown)}});
}

Shown shown(const RenderContext& ctx, const Localized<std::string>& values, const Lang& lang, bool mark_fallback) {
  Shown v;
  Lang in = pick_language(values, lang, ctx.config());
  if (in.empty()) {
    v.lang = lang;
    v.missing = true;
    return v;
  }
  v.text = *values.get(in);
  v.foreign = in != lang;
  v.fallback = v.foreign && mark_fallback;
  if (v.fallback) v.fallback_note = fallback_note(ctx, lang, in);
  v.lang = std::move(in);
  return v;
}

std::string markdown_html(const RenderContext& ctx, const PageRef& page, std::string_view markdown,
                          const Paper* paper, PageMarks* marks) {
  const LinkedSite& ls = ctx.ls;
  text::MarkdownOptions opt;
  // The journal's PDF has the figures; the portal does not reproduce them.
  opt.missing_figure_note = ctx.t(page.lang, paper && !paper->doi.empty() ? "paper_notes.figure_not_reproduced_doi"
                                                                          : "paper_notes.figure_not_reproduced");
  if (paper && !paper->doi.empty()) {
    opt.missing_figure_href = "https://doi.org/" + paper->doi;
    opt.missing_figure_link_text = "doi.org/" + paper->doi;
  }
  opt.ui_lang = page.lang;
  opt.footnote_back_label = ctx.t(page.lang, "paper.footnote_back");
  opt.footnotes_heading = ctx.t(page.lang, "paper.footnotes_heading");
  if (paper) {
    // A paper's figures: one copy in the site, linked from each language's page.
    auto pi = ls.paper_by_id.find(paper->id);
    const std::map<std::string, FigureFile>* figures = pi == ls.paper_by_id.end() ? nullptr : &ls.papers[pi->second].figures;
    opt.resolve_image = [&page, figures](std::string_view url) {
      text::ImageTarget t;
      if (!figures) return t;
      auto it = figures->find(std::string(url));
      if (it == figures->end()) return t;
      t.src = page.rel(it->second.site_path);
      t.width = it->second.width;
      t.height = it->second.height;
      return t;
    };
  }
  std::set<std::string_view> reference_keys;
  if (paper)
    for (const Reference& r : paper->references) reference_keys.insert(r.key);
  opt.resolve = [&](const text::SchemeLink& l) {
    text::LinkTarget t;
    if (l.scheme == "editorial") return editorial_mark(ctx, page, l, paper, marks);
    if (l.scheme == "paper") {
      if (!ls.paper_by_id.count(l.target)) return t;
      t.href = page.rel(urls::paper(page.lang, l.target)) + (l.fragment.empty() ? "" : "#" + l.fragment);
    } else if (l.scheme == "topic") {
      if (!ls.topic_by_id.count(l.target)) return t;
      t.href = page.rel(urls::topic(page.lang, l.target));
    } else if (l.scheme == "event") {
      auto it = ls.event_by_id.find(l.target);
      if (it == ls.event_by_id.end()) return t;
      t.href = event_href(ctx, page, it->second);
    } else if (l.scheme == "cite") {
      if (!reference_keys.count(l.target)) {
        t.css_class = "cite-unresolved";
        t.title = ctx.t(page.lang, "paper.citation_unresolved");
        return t;
      }
      t.href = "#ref-" + l.target;
      t.id = fmt::format("cite-{}-{}", l.target, l.occurrence);
      t.css_class = "cite";
    }
    return t;
  };
  // Every text of the site was parsed once by the link stage; another is parsed here.
  if (const text::PreparedMarkdown* prepared = ls.markdown.find(markdown)) return prepared->render(opt);
  return text::render_markdown(markdown, opt);
}

ShownMarkdown shown_markdown(const RenderContext& ctx, const PageRef& page, const Localized<std::string>& values) {
  ShownMarkdown v{shown(ctx, values, page.lang), {}, {}};
  if (v.shown.missing) return v;
  std::string html = markdown_html(ctx, page, v.shown.text, nullptr);
  while (!html.empty() && html.back() == '\n') html.pop_back();
  if (html.rfind("<p>", 0) == 0 && html.size() >= 7 && html.compare(html.size() - 4, 4, "</p>") == 0 &&
      html.find("<p>", 3) == std::string::npos)
    html = html.substr(3, html.size() - 7);
  v.html = std::move(html);
  return v;
}

PaperCard paper_card(const RenderContext& ctx, const PageRef& page, size_t i) {
  const Paper& p = ctx.ls.paper(i);
  PaperCard card;
  card.href = page.rel(urls::paper(page.lang, p.id));
  card.title = title_view(ctx, page, p);
  card.title_translation = title_translation_view(ctx, page, p, card.title.lang);
  for (const auto& a : p.authors) card.authors.push_back(shown(ctx, a.name, page.lang, false));
  card.language_name = ctx.language_name(page.lang, p.language);
  card.type = ctx.t(page.lang, "paper_types." + p.type);
  if (p.published) {
    card.date = text::format_date(*p.published, page.lang);
    card.date_iso = p.published->iso();
  }
  if (p.journal && !p.journal->name.empty()) card.journal = p.journal->name;
  return card;
}

std::vector<TopicChip> topic_chips(const RenderContext& ctx, const PageRef& page, const std::vector<TopicRef>& topics) {
  std::vector<TopicChip> chips;
  for (const auto& tr : topics) {
    auto it = ctx.ls.topic_by_id.find(tr.id);
    if (it == ctx.ls.topic_by_id.end()) continue;
    const Topic& topic = ctx.ls.site->topics[it->second];
    chips.push_back({shown(ctx, topic.name, page.lang), page.rel(urls::topic(page.lang, topic.id))});
  }
  return chips;
}

std::string date_text(const RenderContext& ctx, const Date& date, const std::optional<Date>& end, const Lang& lang) {
  if (end) {
    if (auto v = text::vague_span(date, *end)) return vague_span_text(ctx, *v, lang);
    return text::format_date_span(date, *end, lang);
  }
  return text::format_date(date, lang);
}

std::string vague_span_text(const RenderContext& ctx, const text::VagueSpan& v, const Lang& lang) {
  using Kind = text::VagueSpan::Kind;
  const std::string first = text::century_number(v.first, lang);
  switch (v.kind) {
    case Kind::centuries:
      if (v.first == v.last) return ctx.msg(lang, "dates.century", {{"n", first}});
      return ctx.msg(lang, "dates.centuries", {{"from", first}, {"to", text::century_number(v.last, lang)}});
    case Kind::first_half: return ctx.msg(lang, "timeline_pages.first_half", {{"n", first}});
    case Kind::second_half: return ctx.msg(lang, "timeline_pages.second_half", {{"n", first}});
    case Kind::decade: break;
  }
  // "tens" lets a translation choose its suffix by the last number word (Turkish 1930'lu, 1990'lı).
  int tens = v.first % 1000 == 0 ? 1000 : v.first % 100 == 0 ? 100 : v.first % 100;
  return ctx.msg(lang, "timeline_pages.decade", {{"decade", text::format_year(v.first, lang)}, {"tens", std::to_string(tens)}});
}

}  // namespace portal
