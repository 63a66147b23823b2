#pragma once
/// ASCII identifiers derived from text in any script, for heading anchors and
/// other URL fragments.

#include <string>
#include <string_view>

namespace portal::text {

/// ASCII kebab-case slug of `utf8`: ICU transliteration to Latin (Kazakh BGN
/// romanization for Cyrillic, so Қ → q, Ң → ng, Ү → u), then to plain ASCII and
/// lower case; apostrophes and quote marks are dropped, every other run of
/// characters outside [a-z0-9] becomes one "-", and leading/trailing "-" are
/// trimmed. "Қазақстан мен Түркия" → "qazaqstan-men-turkiya",
/// "Giriş ve Çerçeve" → "giris-ve-cerceve", "Введение" → "vvedenie".
/// Returns "section" when nothing is left. Thread-safe: each thread uses its own
/// clone of one shared transliterator, which is built once.
/// Throws std::runtime_error if ICU cannot build the transliterator.
std::string slugify(std::string_view utf8);

}  // namespace portal::text
