#pragma once
/// The one HTML/XML escaper: text made safe for element content and attribute
/// values (& < > " ').

#include <string>
#include <string_view>

namespace portal::text {

/// Escapes text for HTML element content and attribute values (& < > " ').
std::string escape_html(std::string_view text);
void append_escaped(std::string& out, std::string_view text);

}  // namespace portal::text
