#pragma once
/// UI strings with arguments and plural rules, formatted by ICU MessageFormat
/// ("{count, plural, one {# paper} other {# papers}}"), so that every language
/// gets its own plural forms (Russian one/few/many, Kazakh and Turkish other).

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace portal::text {

/// A named argument: a number (for plural and # substitution) or a text.
using MessageArg = std::pair<std::string, std::variant<long long, std::string>>;

/// Formats `pattern` for `lang`. A pattern ICU cannot parse is returned as is,
/// so a broken translation shows up on the page instead of failing the build.
std::string format_message(std::string_view pattern, std::string_view lang, const std::vector<MessageArg>& args);

}  // namespace portal::text

namespace portal::text {

/// Why ICU cannot parse a MessageFormat pattern, and where.
struct MessageSyntaxError {
  int offset = 0;      ///< code points from the start of the pattern
  std::string reason;  ///< e.g. "unmatched braces"
};

/// Parses `pattern` as ICU would for formatting; nullopt when it is valid.
std::optional<MessageSyntaxError> message_syntax_error(std::string_view pattern);

}  // namespace portal::text
