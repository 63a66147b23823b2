#include "import/labels.h"

#include <string_view>
#include <vector>

#include "text/case_map.h"
#include "text/trim.h"
#include "text/unicode.h"

namespace portal::import {

namespace {

/// A label as journals print it, in capitals, and the language it is written in.
struct KnownLabel {
  std::string_view text;
  std::string_view lang;  ///< "" when several languages print it
};

// Tried in this order, the first match winning: keywords before abstracts
// ("ТҮЙІН СӨЗДЕР" before "ТҮЙІН"), longer labels before their prefixes.
const std::vector<KnownLabel> kKeywordLabels = {
    {"КІЛТ СӨЗДЕР", "kk"},       {"КІЛТТІ СӨЗДЕР", "kk"},     {"КІЛТТІК СӨЗДЕР", "kk"},
    {"ТІРЕК СӨЗДЕР", "kk"},      {"ТҮЙІН СӨЗДЕР", "kk"},      {"ТҮЙІНДІ СӨЗДЕР", "kk"},
    {"КЛЮЧЕВЫЕ СЛОВА", "ru"},    {"ANAHTAR KELIMELER", "tr"}, {"ANAHTAR KELİMELER", "tr"},
    {"ANAHTAR SÖZCÜKLER", "tr"}, {"KEYWORDS", "en"},          {"KEY WORDS", "en"}};
const std::vector<KnownLabel> kExtendedAbstractLabels = {
    {"EXTENDED ABSTRACT", ""}, {"GENİŞLETİLMİŞ ÖZET", ""}, {"GENIŞLETILMIŞ ÖZET", ""}};
const std::vector<KnownLabel> kAbstractLabels = {
    {"АҢДАТПА", "kk"}, {"АНДАТПА", "kk"}, {"АННОТАЦИЯ", ""}, {"ТҮЙІНДЕМЕ", "kk"}, {"ТҮЙІН", "kk"},
    {"РЕЗЮМЕ", ""},    {"ÖZET", "tr"},    {"ÖZ", "tr"},      {"ABSTRACT", "en"},  {"SUMMARY", "en"}};
const std::vector<std::string_view> kReferenceHeadings = {
    "БИБЛИОГРАФИЯЛЫҚ ТІЗІМ", "ӘДЕБИЕТТЕР ТІЗІМІ", "ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ", "ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР",
    "ӘДЕБИЕТТЕР", "СПИСОК ЛИТЕРАТУРЫ", "БИБЛИОГРАФИЧЕСКИЙ СПИСОК", "ЛИТЕРАТУРА", "KAYNAKÇA", "KAYNAKLAR",
    "REFERENCES", "BIBLIOGRAPHY", "LITERATURE"};

bool starts_with_dash(const std::string& s) { return s.rfind("—", 0) == 0 || s.rfind("–", 0) == 0; }

/// The first label of `labels` that `t` (trimmed; `u` its capitals) starts with, as a Label of `kind`.
std::optional<Label> match_from(const std::string& t, const std::string& u, const std::vector<KnownLabel>& labels,
                                LabelKind kind) {
  for (const auto& l : labels) {
    if (u.compare(0, l.text.size(), l.text) != 0) continue;
    // Byte lengths of a capital and its small letter can differ (İ/i): cut the
    // original after as many characters as the label has.
    size_t cut = 0;
    for (int n = 0, want = text::utf8_columns(l.text); n < want && cut < t.size(); ++n) text::decode_utf8(t, cut);
    std::string after = t.substr(cut);
    std::string rest = text::trim_blanks(after);
    std::string lang(l.lang);
    if (rest.empty()) return Label{kind, "", lang};
    char c = rest[0];
    if (c == '.' || c == ':' || c == '-' || starts_with_dash(rest))
      return Label{kind, text::trim_blanks(std::string_view(rest).substr(starts_with_dash(rest) ? 3 : 1)), lang};
    bool caps = t.compare(0, cut, l.text) == 0;
    if (caps && after[0] == ' ') return Label{kind, rest, lang};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Label> match_label(const std::string& line) {
  std::string t = text::trim_blanks(line);
  std::string u = text::to_upper(t, "en");
  if (auto l = match_from(t, u, kKeywordLabels, LabelKind::keywords)) return l;
  if (auto l = match_from(t, u, kExtendedAbstractLabels, LabelKind::extended_abstract)) return l;
  if (auto l = match_from(t, u, kAbstractLabels, LabelKind::abstract)) return l;
  std::string bare = u;
  while (!bare.empty() && (bare.back() == ':' || bare.back() == '.' || bare.back() == ' ')) bare.pop_back();
  for (const auto& h : kReferenceHeadings)
    if (bare == h) return Label{LabelKind::references, "", ""};
  return std::nullopt;
}

}  // namespace portal::import
