/// Mustache compilation: source → tokens → standalone-line handling → node tree.
///
/// The work happens in passes over a flat token list, where every text token
/// holds at most one line (a '\n' only at its end):
///  1. tokenize (set-delimiter tags take effect while scanning);
///  2. match opening and closing tags (errors for unclosed / mismatched ones);
///  3. outdent the content of blocks that override a parent's block
///     ("block indentation is removed at the site of definition");
///  4. standalone lines: a line holding only whitespace and one section,
///     inverted, close, comment, partial, delimiter or block tag is removed,
///     its leading whitespace becoming the indentation of a partial; a parent
///     `{{<p}}…{{/p}}` is standalone when its opening tag starts a line and its
///     closing tag ends one; a block overriding a parent's block drops the line
///     end after its opening tag and the whitespace before its closing tag;
///  5. build the node tree from the tokens that remain.

#include <algorithm>

#include "render/mustache.h"
#include "text/unicode.h"

namespace portal::render {

MustacheError::MustacheError(std::string name_, int line_, int col_, std::string message_)
    : std::runtime_error(name_ + ":" + std::to_string(line_) + ":" + std::to_string(col_) + ": " +
                         message_),
      name(std::move(name_)),
      line(line_),
      col(col_),
      message(std::move(message_)) {}

namespace mustache_detail {
namespace {

/// What a token is: text or one of the tag kinds (named by their sigil).
enum class Tok : std::uint8_t { Text, Var, Raw, Section, Inverted, Close, Comment, Partial, Parent, Block, Delim };

/// One token; for tags, `text` is the trimmed name.
struct Token {
  Tok kind = Tok::Text;
  std::string_view text;
  std::string_view orig;  // Text: the text before outdenting
  int line = 0, col = 0;
  size_t match = 0;         // opening ↔ closing tag index
  bool in_parent = false;   // Block/Close of a block: the block overrides a parent's block
  bool removed = false;     // Text: dropped by standalone handling
  bool standalone = false;  // tags: the tag's line was removed (or a parent pair stood alone)
  std::string_view indent;  // Partial/Parent: leading whitespace; Block: indentation for overrides
};

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  auto is_ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
  return s;
}

bool ends_line(std::string_view s) { return !s.empty() && s.back() == '\n'; }

/// Spaces and tabs only, optionally ending in "\n" or "\r\n".
bool blank_line(std::string_view s) {
  if (ends_line(s)) s.remove_suffix(1);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return std::all_of(s.begin(), s.end(), is_blank);
}

size_t leading_blanks(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && is_blank(s[n])) ++n;
  return n;
}

/// Passes 1–5 over one template.
class Compiler {
 public:
  Compiler(std::string name, std::string_view src) : name_(std::move(name)), src_(src) {}

  Compiled run() {
    tokenize();
    match();
    outdent();
    standalone();
    Compiled out{std::move(name_), {}};
    out.nodes = build(0, toks_.size());
    return out;
  }

 private:
  [[noreturn]] void fail(int line, int col, std::string msg) const {
    throw MustacheError(name_, line, col, std::move(msg));
  }

  // Line and column (1-based) of source offset `pos`; positions only grow.
  std::pair<int, int> where(size_t pos) {
    for (; scan_ < pos; ++scan_) {
      if (src_[scan_] == '\n') {
        ++line_;
        line_start_ = scan_ + 1;
      }
    }
    return {line_, text::utf8_columns(src_.substr(line_start_, pos - line_start_)) + 1};
  }

  void add_text(std::string_view text) {
    while (!text.empty()) {
      size_t nl = text.find('\n');
      size_t len = nl == std::string_view::npos ? text.size() : nl + 1;
      Token t;
      t.text = t.orig = text.substr(0, len);
      toks_.push_back(t);
      text.remove_prefix(len);
    }
  }

  void tokenize() {
    std::string open = "{{", close = "}}";
    size_t pos = 0;
    while (pos < src_.size()) {
      size_t start = src_.find(open, pos);
      if (start == std::string_view::npos) {
        add_text(src_.substr(pos));
        break;
      }
      add_text(src_.substr(pos, start - pos));
      auto [line, col] = where(start);
      size_t inner = start + open.size();
      char sigil = inner < src_.size() ? src_[inner] : '\0';
      std::string end = close;
      Token t;
      t.line = line;
      t.col = col;
      switch (sigil) {
        case '{': t.kind = Tok::Raw; end = "}" + close; break;
        case '&': t.kind = Tok::Raw; break;
        case '#': t.kind = Tok::Section; break;
        case '^': t.kind = Tok::Inverted; break;
        case '/': t.kind = Tok::Close; break;
        case '!': t.kind = Tok::Comment; break;
        case '>': t.kind = Tok::Partial; break;
        case '<': t.kind = Tok::Parent; break;
        case '$': t.kind = Tok::Block; break;
        case '=': t.kind = Tok::Delim; end = "=" + close; break;
        default: t.kind = Tok::Var; break;
      }
      if (t.kind != Tok::Var) ++inner;
      size_t stop = src_.find(end, inner);
      if (stop == std::string_view::npos) fail(line, col, "unclosed tag (no '" + end + "' after '" + open + "')");
      t.text = trim(src_.substr(inner, stop - inner));
      pos = stop + end.size();
      if (t.kind == Tok::Delim) {
        std::string_view spec = t.text;
        size_t gap = spec.find_first_of(" \t\r\n");
        std::string_view a = spec.substr(0, gap);
        std::string_view b = gap == std::string_view::npos ? std::string_view{} : trim(spec.substr(gap));
        if (a.empty() || b.empty() || b.find_first_of(" \t\r\n") != std::string_view::npos ||
            a.find('=') != std::string_view::npos || b.find('=') != std::string_view::npos)
          fail(line, col, "invalid set-delimiter tag '" + std::string(spec) + "'");
        open = a;
        close = b;
      } else if (t.kind != Tok::Comment && t.text.empty()) {
        fail(line, col, "empty tag");
      }
      toks_.push_back(t);
    }
  }

  static const char* what_opens(Tok k) {
    switch (k) {
      case Tok::Parent: return "parent";
      case Tok::Block: return "block";
      default: return "section";
    }
  }

  void match() {
    std::vector<size_t> open;
    for (size_t i = 0; i < toks_.size(); ++i) {
      Token& t = toks_[i];
      switch (t.kind) {
        case Tok::Section:
        case Tok::Inverted:
        case Tok::Parent:
        case Tok::Block:
          t.in_parent = t.kind == Tok::Block && !open.empty() && toks_[open.back()].kind == Tok::Parent;
          open.push_back(i);
          break;
        case Tok::Close: {
          if (open.empty()) fail(t.line, t.col, "unexpected closing tag '" + std::string(t.text) + "'");
          Token& o = toks_[open.back()];
          if (o.text != t.text)
            fail(t.line, t.col,
                 "mismatched closing tag '" + std::string(t.text) + "': " + what_opens(o.kind) + " '" +
                     std::string(o.text) + "' opened at " + std::to_string(o.line) + ":" + std::to_string(o.col) +
                     " is still open");
          o.match = i;
          t.match = open.back();
          t.in_parent = o.in_parent;
          open.pop_back();
          break;
        }
        default: break;
      }
    }
    if (!open.empty()) {
      const Token& o = toks_[open.back()];
      fail(o.line, o.col, std::string("unclosed ") + what_opens(o.kind) + " '" + std::string(o.text) +
                              "' opened at " + std::to_string(o.line) + ":" + std::to_string(o.col));
    }
  }

  bool line_start(size_t i) const { return i == 0 || ends_line(toks_[i - 1].orig); }

  // Whether token i begins a line of output, counting text emptied by outdenting as nothing.
  bool begins_line(size_t i) const {
    return line_start(i) || (toks_[i - 1].kind == Tok::Text && toks_[i - 1].text.empty() && line_start(i - 1));
  }

  // Only blanks between the start of the line and tag i; sets `ws` to them.
  bool clear_left(size_t i, size_t* ws) const {
    *ws = toks_.size();
    if (line_start(i)) return true;
    const Token& p = toks_[i - 1];
    if (p.kind != Tok::Text || !line_start(i - 1) || !std::all_of(p.text.begin(), p.text.end(), is_blank))
      return false;
    *ws = i - 1;
    return true;
  }

  // Only blanks (and the line end) between tag i and the end of its line; sets `ws` to them.
  bool clear_right(size_t i, size_t* ws) const {
    *ws = toks_.size();
    if (i + 1 == toks_.size()) return true;
    const Token& n = toks_[i + 1];
    if (n.kind != Tok::Text || !blank_line(n.text) || (!ends_line(n.text) && i + 2 != toks_.size())) return false;
    *ws = i + 1;
    return true;
  }

  bool is_override_open(size_t i) const { return toks_[i].kind == Tok::Block && toks_[i].in_parent; }

  // Pass 3: strip the intrinsic indentation of overriding blocks whose opening
  // tag ends its line (the indentation of their first line) from each of their lines.
  void outdent() {
    std::vector<std::pair<size_t, size_t>> active;  // (closing index, blanks stripped)
    size_t total = 0;
    for (size_t i = 0; i < toks_.size(); ++i) {
      while (!active.empty() && active.back().first == i) {
        total -= active.back().second;
        active.pop_back();
      }
      Token& t = toks_[i];
      if (t.kind == Tok::Text && total > 0 && line_start(i)) {
        t.text.remove_prefix(std::min(total, leading_blanks(t.text)));
      } else if (is_override_open(i)) {
        size_t ws;
        size_t strip = 0;
        if (clear_right(i, &ws) && i + 2 < toks_.size() && toks_[i + 2].kind == Tok::Text) {
          size_t lead = leading_blanks(toks_[i + 2].orig);
          strip = lead > total ? lead - total : 0;
        }
        active.emplace_back(t.match, strip);
        total += strip;
      }
    }
  }

  void drop(size_t i) {
    if (i < toks_.size()) toks_[i].removed = true;
  }

  // Pass 4.
  void standalone() {
    for (size_t i = 0; i < toks_.size(); ++i) {
      Token& t = toks_[i];
      size_t lw, rw;
      switch (t.kind) {
        case Tok::Text:
        case Tok::Var:
        case Tok::Raw: break;
        case Tok::Parent: {
          size_t cw;
          if (clear_left(i, &lw) && clear_right(t.match, &cw)) {
            t.standalone = true;
            if (lw < toks_.size()) t.indent = toks_[lw].text;
            drop(lw);
            drop(cw);
          }
          break;
        }
        case Tok::Close:
          if (toks_[t.match].kind == Tok::Parent) break;  // handled with its opening tag
          if (t.in_parent) {
            if (clear_left(i, &lw)) drop(lw);
            break;
          }
          [[fallthrough]];
        default:
          if (t.kind == Tok::Block && t.in_parent) {
            if (clear_right(i, &rw)) drop(rw);
            break;
          }
          bool left = clear_left(i, &lw);
          if (left && clear_right(i, &rw)) {
            t.standalone = true;
            if (lw < toks_.size()) t.indent = toks_[lw].text;
            drop(lw);
            drop(rw);
            // A block's overriding content is indented like its default content's first line.
            if (t.kind == Tok::Block) {
              t.indent = {};
              if (rw + 1 < toks_.size() && toks_[rw + 1].kind == Tok::Text)
                t.indent = toks_[rw + 1].text.substr(0, leading_blanks(toks_[rw + 1].text));
            }
          } else if (left && t.kind == Tok::Block && lw < toks_.size()) {
            t.indent = toks_[lw].text;  // the blanks stay; later lines of an override get them too
          }
          break;
      }
    }
  }

  static std::vector<std::string> split_path(std::string_view name) {
    std::vector<std::string> path;
    if (name == ".") return path;
    while (true) {
      size_t dot = name.find('.');
      path.emplace_back(name.substr(0, dot));
      if (dot == std::string_view::npos) break;
      name.remove_prefix(dot + 1);
    }
    return path;
  }

  // Pass 5: nodes for tokens [from, to).
  std::vector<Node> build(size_t from, size_t to) const {
    std::vector<Node> nodes;
    for (size_t i = from; i < to; ++i) {
      const Token& t = toks_[i];
      if (t.kind == Tok::Text) {
        if (t.removed || t.text.empty()) continue;
        if (!nodes.empty() && nodes.back().kind == NodeKind::Text && i > from && toks_[i - 1].kind == Tok::Text) {
          nodes.back().text += t.text;
        } else {
          Node n;
          n.bol = begins_line(i);
          n.text = t.text;
          nodes.push_back(std::move(n));
        }
        continue;
      }
      Node n;
      n.text = t.text;
      n.line = t.line;
      n.col = t.col;
      n.standalone = t.standalone;
      n.indent = t.indent;
      n.bol = begins_line(i);
      switch (t.kind) {
        case Tok::Var:
        case Tok::Raw:
          n.kind = t.kind == Tok::Var ? NodeKind::Var : NodeKind::RawVar;
          n.path = split_path(t.text);
          break;
        case Tok::Section:
        case Tok::Inverted:
          n.kind = t.kind == Tok::Section ? NodeKind::Section : NodeKind::Inverted;
          n.path = split_path(t.text);
          n.children = build(i + 1, t.match);
          i = t.match;
          break;
        case Tok::Partial:
          n.kind = NodeKind::Partial;
          if (t.text.front() == '*') {
            n.dynamic = true;
            n.path = split_path(trim(t.text.substr(1)));
          }
          break;
        case Tok::Block:
          n.kind = NodeKind::Block;
          n.children = build(i + 1, t.match);
          i = t.match;
          break;
        case Tok::Parent:
          n.kind = NodeKind::Parent;
          // Only the blocks directly inside a parent count; other content is ignored.
          for (size_t k = i + 1; k < t.match; ++k) {
            const Token& c = toks_[k];
            if (c.kind == Tok::Block) {
              Node b;
              b.kind = NodeKind::Block;
              b.text = c.text;
              b.line = c.line;
              b.col = c.col;
              b.children = build(k + 1, c.match);
              n.children.push_back(std::move(b));
            }
            if (c.kind == Tok::Section || c.kind == Tok::Inverted || c.kind == Tok::Parent || c.kind == Tok::Block)
              k = c.match;
          }
          i = t.match;
          break;
        default: continue;  // comments, delimiters
      }
      nodes.push_back(std::move(n));
    }
    return nodes;
  }

  std::string name_;
  std::string_view src_;
  std::vector<Token> toks_;
  size_t scan_ = 0, line_start_ = 0;
  int line_ = 1;
};

}  // namespace

Compiled compile(std::string name, std::string_view source) { return Compiler(std::move(name), source).run(); }

}  // namespace mustache_detail
}  // namespace portal::render
