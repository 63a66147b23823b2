#include "render/csl_text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace portal::csl {

namespace {

/// UTF-8 to code points and back.
std::u32string to_u32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out += next_cp(s, i);
  return out;
}

std::string to_u8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) put_cp(out, c);
  return out;
}

/// Spaces as quote parsing sees them (no-break space included).
bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

/// Letters and digits for the purposes of quote parsing: ASCII alphanumerics
/// and everything non-ASCII that is not a space, punctuation or a quote mark.
bool is_wordish(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0xAB || c == 0xBB) return false;
  return true;
}

/// Private-use placeholders for quote marks while a citation is assembled, so
/// that punctuation-in-quote can find closing quotes.
constexpr char32_t kOpenOuter = 0xE000, kCloseOuter = 0xE001;
constexpr char32_t kOpenInner = 0xE002, kCloseInner = 0xE003;

bool is_close_placeholder(char32_t c) { return c == kCloseOuter || c == kCloseInner; }

/// citeproc's title-case stop words.
bool is_stop_word(std::string_view w) {
  static constexpr std::array<std::string_view, 32> stop{
      "a",    "an",  "and",  "as",  "at",    "but", "by",   "down", "for", "from", "in",
      "into", "nor", "of",   "on",  "onto",  "or",  "over", "so",   "the", "till", "to",
      "up",   "via", "with", "yet", "about", "van", "von",  "de",   "d",   "l"};
  return std::find(stop.begin(), stop.end(), w) != stop.end();
}

/// What citeproc does where two pieces of output meet and the first ends, the
/// second starts with punctuation: 0 keep both, 1 drop the second's first
/// character, 2 drop the first's last character.
int punct_rule(char a, char b) {
  static constexpr std::string_view first = "!.!:?.?::.;.;:!!??..::;;,,";  // pairs: keep first
  static constexpr std::string_view second = ":!:?;!;?   , .";             // pairs: keep second
  for (size_t k = 0; k + 1 < first.size(); k += 2)
    if (first[k] == a && first[k + 1] == b) return 1;
  for (size_t k = 0; k + 1 < second.size(); k += 2)
    if (second[k] == a && second[k + 1] == b) return 2;
  return 0;
}

/// `s` escaped for HTML text and attribute values: < > & ".
std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------- UTF-8 ----

char32_t next_cp(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i++]);
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 3 ? (b & 0x07u) : extra == 2 ? (b & 0x0Fu) : extra == 1 ? (b & 0x1Fu) : b;
  for (; extra > 0 && i < s.size(); --extra) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3Fu);
  return cp;
}

void put_cp(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
    return;
  }
  static constexpr char32_t lead[] = {0, 0xC0, 0xE0, 0xF0};
  int n = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;  // continuation bytes
  out += static_cast<char>(lead[n] | (cp >> (6 * n)));
  for (int k = n - 1; k >= 0; --k) out += static_cast<char>(0x80 | ((cp >> (6 * k)) & 0x3F));
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for (size_t i = 0, j; (i = s.find_first_not_of(" \t\r\n", i)) != std::string_view::npos; i = j) {
    j = std::min(s.find_first_of(" \t\r\n", i), s.size());
    out.emplace_back(s.substr(i, j - i));
  }
  return out;
}

// ------------------------------------------------------- locale, quotes ----

const CslLocale& locale_for(std::string_view lang) {
  static const CslLocale en{"n.d.", "и др.", {"“", "”", "‘", "’"}, true, "–"};
  static const CslLocale ru{"б. д.", "и др.", {"«", "»", "„", "“"}, false, "–"};
  static const CslLocale tr{"t.y.", "vd.", {"“", "”", "‘", "’"}, false, "-"};
  static const CslLocale fallback{"n.d.", "et al.", {"“", "”", "‘", "’"}, true, "–"};
  std::string_view l = lang.substr(0, lang.find_first_of("-_"));
  if (l == "en") return en;
  if (l == "ru") return ru;
  if (l == "tr") return tr;
  return fallback;
}

std::string smart_quotes(std::string_view s) {
  std::u32string in = to_u32(s), out;
  struct Open {
    size_t pos;
    char32_t original;
    bool dbl;
  };
  std::vector<Open> stack;
  auto open = [&](char32_t c, bool dbl) {
    stack.push_back({out.size(), c, dbl});
    out += stack.size() % 2 ? kOpenOuter : kOpenInner;
  };
  auto close = [&] {
    out += stack.size() % 2 ? kCloseOuter : kCloseInner;
    stack.pop_back();
  };
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    char32_t prev = i ? in[i - 1] : U' ', next = i + 1 < in.size() ? in[i + 1] : U' ';
    bool top_dbl = !stack.empty() && stack.back().dbl, top_sgl = !stack.empty() && !stack.back().dbl;
    if (c == U'"') {
      if (top_dbl && !is_space(prev))
        close();
      else if (!is_space(next))
        open(c, true);
      else
        out += c;
    } else if (c == U'“') {
      open(c, true);
    } else if (c == U'”') {
      if (top_dbl)
        close();
      else
        out += c;
    } else if (c == U'\'' || c == U'’') {
      if (is_wordish(prev) && is_wordish(next))
        out += U'’';
      else if (top_sgl && !is_space(prev))
        close();
      else if (c == U'\'' && !is_wordish(prev) && is_wordish(next))
        open(c, false);
      else
        out += U'’';
    } else if (c == U'‘') {
      open(c, false);
    } else {
      out += c;
    }
  }
  for (auto& o : stack) out[o.pos] = o.original;  // unclosed: a literal mark
  return to_u8(out);
}

std::string title_case(std::string_view s) {
  enum class St { start, start_sentence, after_word_end, other, after_sentence_punct };
  std::u32string in = to_u32(s);
  St st = St::start;
  std::string out;
  for (size_t i = 0; i < in.size();) {
    if (is_wordish(in[i])) {
      size_t j = i;
      bool ascii = true, upper = false, lower = false;
      for (; j < in.size() && is_wordish(in[j]); ++j) {
        ascii = ascii && in[j] < 0x80;
        upper = upper || (in[j] >= 'A' && in[j] <= 'Z');
        lower = lower || (in[j] >= 'a' && in[j] <= 'z');
      }
      std::string w = to_u8(in.substr(i, j - i));
      bool cap = ascii && !upper && lower &&
                 (st == St::start || st == St::start_sentence ||
                  (st == St::after_word_end && !is_stop_word(w) && w.size() > 1));
      if (cap && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
      out += w;
      st = St::other;
      i = j;
      continue;
    }
    char32_t c = in[i++];
    put_cp(out, c);
    if (c == '.' || c == '?' || c == '!' || c == ':')
      st = St::after_sentence_punct;
    else if (is_space(c) && st == St::after_sentence_punct)
      st = St::start_sentence;
    else if (is_space(c) || c == '-' || c == '/' || c == U'–' || c == U'—')
      st = St::after_word_end;
  }
  return out;
}

// ----------------------------------------------------------- rich text ----

Rich::Rich(std::string text, bool italic, std::string href) {
  if (!text.empty()) spans_.push_back({std::move(text), italic, std::move(href)});
}

Rich& Rich::operator+=(Rich other) {
  if (other.empty()) return *this;
  if (!empty()) {
    std::string& a = spans_.back().text;
    std::string& b = other.spans_.front().text;
    int rule = punct_rule(a.back(), b.front());
    if (rule == 1) b.erase(0, 1);
    if (rule == 2) a.pop_back();
    if (a.empty()) spans_.pop_back();
    if (b.empty()) other.spans_.erase(other.spans_.begin());
  }
  for (auto& s : other.spans_) spans_.push_back(std::move(s));
  return *this;
}

Rich Rich::join(std::vector<Rich> parts, std::string_view delim) {
  Rich out;
  for (auto& p : parts) {
    if (p.empty()) continue;
    char c = p.spans_.front().text.front();
    if (!out.empty() && c != ',' && c != ';' && c != '.') out += delim;
    out += std::move(p);
  }
  return out;
}

Citation Rich::finish(const CslLocale& loc) && {
  std::u32string flat;
  std::vector<size_t> owner;  // span index of each character
  for (size_t k = 0; k < spans_.size(); ++k)
    for (char32_t c : to_u32(spans_[k].text)) flat += c, owner.push_back(k);
  if (loc.punct_in_quote) {
    for (size_t i = 1; i < flat.size(); ++i) {
      if (flat[i] != U'.' && flat[i] != U',') continue;
      for (size_t j = i; j > 0 && is_close_placeholder(flat[j - 1]); --j) std::swap(flat[j], flat[j - 1]);
    }
  }
  size_t b = flat.find_first_not_of(U' '), e = flat.find_last_not_of(U' ');
  Citation out;
  for (size_t i = b; e != std::u32string::npos && i <= e;) {
    size_t k = owner[i];
    std::string text, shown;  // the copied text; the HTML's text, bound where it must not wrap
    for (; i <= e && owner[i] == k; ++i) {
      size_t before = text.size();
      if (flat[i] >= kOpenOuter && flat[i] <= kCloseInner)
        text += loc.quotes[flat[i] - kOpenOuter];
      else
        put_cp(text, flat[i]);
      shown.append(text, before);
      // A line may break after an en dash (UAX #14): a word joiner keeps a
      // range such as "425–448" on one line. Only on the page; the copied
      // citation has no invisible characters.
      auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
      if (flat[i] == U'\u2013' && i > 0 && i + 1 < flat.size() && digit(flat[i - 1]) && digit(flat[i + 1]))
        shown += "\u2060";
    }
    std::string h = escape(shown);
    if (spans_[k].italic) h = "<i>" + h + "</i>";
    if (!spans_[k].href.empty()) h = "<a href=\"" + escape(spans_[k].href) + "\">" + h + "</a>";
    out.text += text;
    out.html += h;
  }
  return out;
}

Rich affix(std::string_view prefix, Rich s, std::string_view suffix) {
  if (s.empty()) return s;
  Rich out{std::string(prefix)};
  out += std::move(s);
  out += suffix;
  return out;
}

}  // namespace portal::csl
