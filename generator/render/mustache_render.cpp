/// Mustache rendering: walks a compiled node tree, appending to one string.

#include <charconv>
#include <cmath>
#include <cstdint>

#include "render/mustache.h"
#include "text/html_escape.h"

namespace portal::render {
namespace mustache_detail {
namespace {

using nlohmann::json;

/// How many partials/parents may be nested before rendering gives up (runaway recursion).
constexpr int kMaxDepth = 200;

/// The overriding blocks of one parent tag, linked to those of the enclosing parents.
struct BlockFrame {
  const Node* parent;       // the Parent node; its children are the overriding blocks
  const BlockFrame* outer;  // frames of the templates that led here
  const Compiled* owner;    // the template holding the parent tag (and so the overrides)
};

/// Whether the next leaf starts its line as its template says, or is forced.
enum class FirstLine : std::uint8_t { AsCompiled, Indent, NoIndent };

/// The state of one render() call.
struct State {
  std::string& out;
  const Templates& templates;
  std::vector<const json*> stack;  // context stack, innermost last
  std::string indent;              // prepended to each template line
  const BlockFrame* frames = nullptr;
  const Compiled* current = nullptr;  // the template whose nodes are being rendered (for errors)
  FirstLine first = FirstLine::AsCompiled;
  int depth = 0;
};

template <typename T>
void append_number(std::string& out, T value) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, res.ptr);
}

void append_value(std::string& out, const json& v, bool escape) {
  switch (v.type()) {
    case json::value_t::string: {
      const auto& s = v.get_ref<const std::string&>();
      if (escape) text::append_escaped(out, s);
      else out += s;
      break;
    }
    case json::value_t::number_integer: append_number(out, v.get<std::int64_t>()); break;
    case json::value_t::number_unsigned: append_number(out, v.get<std::uint64_t>()); break;
    case json::value_t::number_float: {
      double d = v.get<double>();
      if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 1e15) append_number(out, static_cast<std::int64_t>(d));
      else append_number(out, d);
      break;
    }
    case json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; break;
    case json::value_t::null:
    case json::value_t::discarded: break;
    default:
      if (escape) text::append_escaped(out, v.dump());
      else out += v.dump();
      break;
  }
}

bool falsey(const json& v) {
  return v.is_null() || (v.is_boolean() && !v.get<bool>()) || (v.is_array() && v.empty()) ||
         (v.is_string() && v.get_ref<const std::string&>().empty());
}

const json kTrue = true, kFalse = false;

/// The value named `key` inside `v`. With array flags on, an object without a
/// `has_<name>` of its own answers whether its array `<name>` is non-empty.
const json* child(const json& v, const std::string& key, bool array_flags) {
  if (v.is_object()) {
    auto it = v.find(key);
    if (it != v.end()) return &*it;
    if (array_flags && key.size() > 4 && key.compare(0, 4, "has_") == 0) {
      auto list = v.find(std::string_view(key).substr(4));
      if (list != v.end() && list->is_array()) return list->empty() ? &kFalse : &kTrue;
    }
    return nullptr;
  }
  if (v.is_array() && !key.empty()) {
    size_t idx = 0;
    auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), idx);
    if (ec == std::errc() && ptr == key.data() + key.size() && idx < v.size()) return &v[idx];
  }
  return nullptr;
}

/// Resolves a dotted name: the first segment through the context stack, the rest strictly inside it.
const json* lookup(const State& st, const std::vector<std::string>& path) {
  if (path.empty()) return st.stack.back();
  const json* v = nullptr;
  bool flags = st.templates.array_flags();
  for (auto it = st.stack.rbegin(); it != st.stack.rend() && !v; ++it) v = child(**it, path[0], flags);
  for (size_t k = 1; v && k < path.size(); ++k) v = child(*v, path[k], flags);
  return v;
}

// Whether the leaf `n` gets the indentation before it.
bool starts_line(State& st, const Node& n) {
  bool bol = st.first == FirstLine::AsCompiled ? n.bol : st.first == FirstLine::Indent;
  st.first = FirstLine::AsCompiled;
  return bol && !st.indent.empty();
}

void write_text(State& st, const Node& n) {
  if (starts_line(st, n)) st.out += st.indent;
  std::string_view text = n.text;
  if (st.indent.empty()) {
    st.out += text;
    return;
  }
  // Indent each line after an internal line end.
  size_t pos = 0;
  for (size_t nl; (nl = text.find('\n', pos)) != std::string_view::npos && nl + 1 < text.size(); pos = nl + 1) {
    st.out.append(text, pos, nl + 1 - pos);
    st.out += st.indent;
  }
  st.out.append(text, pos, text.size() - pos);
}

/// The override of block `name` and the frame holding it; the outermost parent's override wins.
std::pair<const Node*, const BlockFrame*> find_override(const State& st, const std::string& name) {
  std::pair<const Node*, const BlockFrame*> found{nullptr, nullptr};
  for (const BlockFrame* f = st.frames; f; f = f->outer)
    for (const Node& b : f->parent->children)
      if (b.text == name) found = {&b, f};
  return found;
}

void render_nodes(State& st, const std::vector<Node>& nodes);

// Renders `tpl` for a partial or parent tag `n`, indenting it when the tag stood alone.
void render_included(State& st, const Node& n, const Compiled& tpl) {
  if (++st.depth > kMaxDepth)
    throw MustacheError(tpl.name, 0, 0, "partials nested more than " + std::to_string(kMaxDepth) + " deep");
  std::string saved;
  size_t indent_len = st.indent.size();
  if (n.standalone) st.indent += n.indent;
  else saved.swap(st.indent);  // an inline partial's lines are not indented
  const Compiled* caller = st.current;
  st.current = &tpl;
  render_nodes(st, tpl.nodes);
  st.current = caller;
  if (n.standalone) st.indent.resize(indent_len);
  else st.indent.swap(saved);
  --st.depth;
}

// A strict set's answer to a partial or parent tag naming no template.
[[noreturn]] void unknown_template(const State& st, const Node& n, const char* what) {
  std::string name = n.text;
  if (n.dynamic) {
    const json* v = lookup(st, n.path);
    name = v && v->is_string() ? v->get<std::string>() : "";
  }
  throw MustacheError(st.current ? st.current->name : std::string(), n.line, n.col,
                      std::string("unknown ") + what + " '" + name + "'");
}

void render_node(State& st, const Node& n) {
  switch (n.kind) {
    case NodeKind::Text: write_text(st, n); break;
    case NodeKind::Var:
    case NodeKind::RawVar: {
      if (starts_line(st, n)) st.out += st.indent;
      if (const json* v = lookup(st, n.path)) append_value(st.out, *v, n.kind == NodeKind::Var);
      break;
    }
    case NodeKind::Section: {
      const json* v = lookup(st, n.path);
      if (!v || falsey(*v)) break;
      if (v->is_array()) {
        for (const json& item : *v) {
          st.stack.push_back(&item);
          render_nodes(st, n.children);
          st.stack.pop_back();
        }
      } else {
        st.stack.push_back(v);
        render_nodes(st, n.children);
        st.stack.pop_back();
      }
      break;
    }
    case NodeKind::Inverted: {
      const json* v = lookup(st, n.path);
      if (!v || falsey(*v)) render_nodes(st, n.children);
      break;
    }
    case NodeKind::Partial: {
      const Compiled* tpl = nullptr;
      if (!n.dynamic) {
        tpl = st.templates.find(n.text);
      } else if (const json* v = lookup(st, n.path); v && v->is_string()) {
        tpl = st.templates.find(v->get_ref<const std::string&>());
      }
      if (tpl) render_included(st, n, *tpl);
      else if (st.templates.strict()) unknown_template(st, n, "partial");
      break;
    }
    case NodeKind::Parent: {
      const Compiled* tpl = st.templates.find(n.text);
      if (!tpl) {
        if (st.templates.strict()) unknown_template(st, n, "parent");
        break;
      }
      BlockFrame frame{&n, st.frames, st.current};
      st.frames = &frame;
      render_included(st, n, *tpl);
      st.frames = frame.outer;
      break;
    }
    case NodeKind::Block: {
      auto [over, home] = find_override(st, n.text);
      if (!over) {
        render_nodes(st, n.children);
        break;
      }
      // The override belongs to the template that wrote the parent tag: it sees
      // only the frames outside its own, and is indented where the block stands.
      const BlockFrame* frames = st.frames;
      const Compiled* current = st.current;
      size_t indent_len = st.indent.size();
      st.indent += n.indent;
      st.frames = home->outer;
      st.current = home->owner;
      st.first = n.standalone ? FirstLine::Indent : FirstLine::NoIndent;
      render_nodes(st, over->children);
      st.first = FirstLine::AsCompiled;
      st.frames = frames;
      st.current = current;
      st.indent.resize(indent_len);
      break;
    }
  }
}

void render_nodes(State& st, const std::vector<Node>& nodes) {
  for (const Node& n : nodes) render_node(st, n);
}

}  // namespace

void render_compiled(std::string& out, const Compiled& tpl, const Templates& partials, const json& data,
                     const json* globals) {
  State st{out, partials, {}, {}};
  st.current = &tpl;
  st.stack.reserve(16);
  if (globals) st.stack.push_back(globals);
  st.stack.push_back(&data);
  render_nodes(st, tpl.nodes);
}

}  // namespace mustache_detail

void Templates::add(std::string name, std::string_view source) {
  auto compiled = std::make_shared<const mustache_detail::Compiled>(mustache_detail::compile(name, source));
  templates_.insert_or_assign(std::move(name), std::move(compiled));
}


std::vector<std::string> Templates::names() const {
  std::vector<std::string> out;
  for (const auto& entry : templates_) out.push_back(entry.first);
  return out;
}

const mustache_detail::Compiled* Templates::find(std::string_view name) const {
  auto it = templates_.find(name);
  return it == templates_.end() ? nullptr : it->second.get();
}

std::string Templates::render(std::string_view name, const nlohmann::json& data) const {
  std::string out;
  render_to(out, name, data);
  return out;
}

std::string Templates::render(std::string_view name, const nlohmann::json& data,
                              const nlohmann::json& globals) const {
  const mustache_detail::Compiled* tpl = find(name);
  if (!tpl) throw MustacheError(std::string(name), 0, 0, "unknown template");
  std::string out;
  mustache_detail::render_compiled(out, *tpl, *this, data, &globals);
  return out;
}

void Templates::render_to(std::string& out, std::string_view name, const nlohmann::json& data) const {
  const mustache_detail::Compiled* tpl = find(name);
  if (!tpl) throw MustacheError(std::string(name), 0, 0, "unknown template");
  mustache_detail::render_compiled(out, *tpl, *this, data);
}

std::string render(std::string_view source, const nlohmann::json& data,
                   const std::map<std::string, std::string>& partials) {
  Templates set;
  for (const auto& [name, text] : partials) set.add(name, text);
  mustache_detail::Compiled tpl = mustache_detail::compile("<template>", source);
  std::string out;
  mustache_detail::render_compiled(out, tpl, set, data);
  return out;
}

}  // namespace portal::render
