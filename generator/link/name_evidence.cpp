#include "link/name_evidence.h"

#include "text/markdown.h"

namespace portal {

text::CaseEvidence gather_name_evidence(const Site& site, const text::MarkdownCache& cache) {
  text::CaseEvidence ev;
  auto markdown = [&](const Lang& lang, const std::string& md) {
    if (md.empty()) return;
    if (const auto* prepared = cache.find(md))
      ev.add(lang, prepared->prose());
    else
      ev.add(lang, text::markdown_prose(md));
  };
  auto plain = [&](const Localized<std::string>& values) {
    for (const auto& [lang, t] : values.values) ev.add(lang, t);
  };
  for (const Paper& p : site.papers) {
    plain(p.title);
    for (const auto& [lang, words] : p.keywords.values)
      for (const auto& k : words) ev.add(lang, k);
    for (const auto* texts : {&p.abstract, &p.extended_abstract})
      for (const auto& [lang, md] : texts->values) markdown(lang, md);
    markdown(p.language, p.body);
  }
  for (const Topic& t : site.topics) {
    plain(t.name);
    plain(t.description);
  }
  for (const Event& e : site.events) {
    plain(e.title);
    for (const auto* texts : {&e.summary, &e.note})
      for (const auto& [lang, md] : texts->values) markdown(lang, md);
  }
  return ev;
}

}  // namespace portal
