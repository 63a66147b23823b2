#pragma once
/// Cyrillic text in Latin letters by a documented scheme, for citations in a
/// Latin-script context (APA 7 §9.38–9.39 asks for a romanised title and
/// romanised names of a work in a non-Latin script).
///
/// Schemes, both ICU's system transforms:
///  - Russian (`ru`): `Russian-Latin/BGN`, the BGN/PCGN 1947 system for Russian
///    ("Реализация концепции" → "Realizatsiya kontseptsii"). BGN/PCGN's
///    optional middle dot (between й and a following а, у, ы, э: "Y·ylmaz")
///    is left out, as the system allows. Kazakh letters in a Russian text
///    (a Kazakh name: "Назарбаев Н.Ә.") then go through the Kazakh scheme.
///  - Kazakh (`kk`, and any other Cyrillic text): `Kazakh-Latin/BGN`, the
///    BGN/PCGN 1979 system for Kazakh, which also covers the Russian letters
///    ("Қазақстан" → "Qazaqstan", "рөлі" → "röli").
/// Text already in Latin letters passes unchanged.

#include <string>
#include <string_view>

namespace portal::text {

/// `utf8` romanised by the scheme for `lang` (see the file comment), in NFC.
/// Thread-safe (a transliterator per thread). Throws std::runtime_error if ICU
/// cannot build the transliterator.
std::string romanize(std::string_view utf8, std::string_view lang);

/// True when `utf8` holds a Cyrillic letter.
bool has_cyrillic(std::string_view utf8);

}  // namespace portal::text
