#pragma once
/// A Mustache template engine (https://mustache.github.io/mustache.5.html)
/// passing the official spec: comments, delimiters, interpolation, inverted
/// sections, partials, sections and the optional inheritance module (parents
/// `{{<parent}}…{{/parent}}` with blocks `{{$block}}default{{/block}}`), plus
/// dynamic partial names `{{>*name}}`. Lambdas are not supported (data is
/// JSON). Templates are compiled once to a node tree; rendering walks the tree
/// and appends to one string.
///
/// Rendering rules beyond the spec:
///  - falsey for sections: missing, null, false, an empty array and an empty
///    string; everything else (0, {} included) is truthy;
///  - numbers: integers and integral floats print without ".0" (85, 85.0 →
///    "85"), other floats print in shortest form (1.5 → "1.5");
///  - arrays and objects interpolate as compact JSON;
///  - a dotted name segment that is a number indexes an array: {{items.0.title}};
///  - HTML escaping replaces & < > " ' (the last as &#39;);
///  - optionally (set_array_flags), `has_<name>` answers whether the array
///    `<name>` beside it is non-empty.

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace portal::render {

/// A template error with the template's name and 1-based line/column
/// (0/0 when there is no position, e.g. an unknown template name).
/// what() is "name:line:col: message"; `message` holds the bare message.
struct MustacheError : std::runtime_error {
  std::string name;
  int line;
  int col;
  std::string message;
  MustacheError(std::string name_, int line_, int col_, std::string message_);
};

namespace mustache_detail {

/// The kind of a compiled template node.
enum class NodeKind : std::uint8_t {
  Text,      ///< literal text
  Var,       ///< {{name}}, HTML-escaped
  RawVar,    ///< {{{name}}} or {{&name}}
  Section,   ///< {{#name}}…{{/name}}
  Inverted,  ///< {{^name}}…{{/name}}
  Partial,   ///< {{>name}}
  Parent,    ///< {{<name}}…{{/name}}; children are the overriding Block nodes
  Block,     ///< {{$name}}…{{/name}}; children are the default (or overriding) content
};

/// One node of a compiled template.
struct Node {
  NodeKind kind = NodeKind::Text;
  /// Text/Var/RawVar: begins a line of its template (indentation goes before it).
  bool bol = false;
  /// Partial/Parent: the tag stood alone on its line, so `indent` applies.
  /// Block: the opening tag stood alone on its line.
  bool standalone = false;
  /// Partial: the name is looked up in the data ({{>*name}}).
  bool dynamic = false;
  int line = 0, col = 0;          ///< 1-based position of the tag (0 for text)
  std::string text;               ///< Text: the text; other kinds: the tag's name
  std::vector<std::string> path;  ///< Var/RawVar/Section/Inverted/dynamic Partial: dotted name; empty = {{.}}
  std::string indent;             ///< Partial/Parent: indentation; Block: indentation for overriding content
  std::vector<Node> children;     ///< Section/Inverted/Block: content; Parent: overriding blocks
};

/// A compiled template: its name and top-level nodes.
struct Compiled {
  std::string name;
  std::vector<Node> nodes;
};

/// Compiles `source`; throws MustacheError naming `name`.
Compiled compile(std::string name, std::string_view source);

}  // namespace mustache_detail

/// A set of named templates compiled once. Partials and parents are looked up
/// by name in the same set. A missing one renders as the empty string, as the
/// spec says, unless the set is strict (set_strict), as the portal's theme is:
/// then rendering throws MustacheError at the tag.
/// render() and render_to() are const and thread-safe: many threads may render
/// concurrently, as long as no thread calls add() at the same time.
class Templates {
 public:
  /// Compiles `source` under `name` (replacing an earlier template of that name);
  /// throws MustacheError, e.g. "unclosed section 'x' opened at 3:5", "unclosed tag".
  void add(std::string name, std::string_view source);
  /// Strict: a partial or parent tag naming no template of the set throws
  /// MustacheError ("unknown partial 'x'") instead of rendering empty.
  void set_strict(bool strict) { strict_ = strict; }
  bool strict() const { return strict_; }
  /// Array flags: `has_<name>` in an object that has no such key of its own
  /// but an array `<name>` is true when the array is non-empty (the portal's
  /// theme uses them to leave out a list's wrapper when it has no items).
  void set_array_flags(bool on) { array_flags_ = on; }
  bool array_flags() const { return array_flags_; }
  /// The names of the templates, sorted.
  std::vector<std::string> names() const;
  /// Renders template `name` with `data`; throws MustacheError for an unknown name.
  std::string render(std::string_view name, const nlohmann::json& data) const;
  /// Renders with `globals` beneath `data` on the context stack: names not
  /// found in `data` are looked up there (shared values, such as UI strings,
  /// need not be copied into every page's data).
  std::string render(std::string_view name, const nlohmann::json& data, const nlohmann::json& globals) const;
  /// Like render(), appending to `out`.
  void render_to(std::string& out, std::string_view name, const nlohmann::json& data) const;

  /// The compiled template of this name, or nullptr (used while rendering).
  const mustache_detail::Compiled* find(std::string_view name) const;

 private:
  std::map<std::string, std::shared_ptr<const mustache_detail::Compiled>, std::less<>> templates_;
  bool strict_ = false;
  bool array_flags_ = false;
};

/// One-off rendering of template `source` with partials given as sources by
/// name (used by the spec test). Throws MustacheError for a malformed template.
std::string render(std::string_view source, const nlohmann::json& data,
                   const std::map<std::string, std::string>& partials = {});

namespace mustache_detail {
/// Renders `tpl`, taking partials and parents from `partials`, appending to `out`.
void render_compiled(std::string& out, const Compiled& tpl, const Templates& partials,
                     const nlohmann::json& data, const nlohmann::json* globals = nullptr);
}  // namespace mustache_detail

}  // namespace portal::render
