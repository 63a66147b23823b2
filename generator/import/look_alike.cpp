#include "import/look_alike.h"

#include <map>
#include <memory>
#include <stdexcept>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

#include "text/script_check.h"
#include "text/unicode.h"

namespace portal::import {

namespace {

/// The letters a Latin-script or a Cyrillic-script word of the portal's
/// languages is written with: candidates for a repair.
constexpr const char* kLatinAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZçğıöşüÇĞİÖŞÜ";
constexpr const char* kCyrillicAlphabet =
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯәғқңөұүһіӘҒҚҢӨҰҮҺІ";

std::string encode(int32_t c) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  return std::string(buf, static_cast<size_t>(n));
}

/// For each script, the look-alike of every letter of the other script: built
/// once from the skeletons of both alphabets.
struct LookAlikeTables {
  std::map<int32_t, int32_t> to_latin;
  std::map<int32_t, int32_t> to_cyrillic;

  LookAlikeTables() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker(uspoof_open(&status), uspoof_close);
    if (U_FAILURE(status)) throw std::runtime_error("ICU cannot open its confusable data");
    auto skeleton = [&](int32_t c) {
      std::string s = encode(c);
      char out[64];
      UErrorCode st = U_ZERO_ERROR;
      int32_t n = uspoof_getSkeletonUTF8(checker.get(), 0, s.data(), static_cast<int32_t>(s.size()), out, 64, &st);
      return U_FAILURE(st) ? std::string() : std::string(out, static_cast<size_t>(n));
    };
    auto letters = [](std::string_view alphabet) {
      std::vector<int32_t> v;
      for (size_t i = 0; i < alphabet.size();) v.push_back(text::decode_utf8(alphabet, i));
      return v;
    };
    build(letters(kCyrillicAlphabet), letters(kLatinAlphabet), skeleton, to_latin);
    build(letters(kLatinAlphabet), letters(kCyrillicAlphabet), skeleton, to_cyrillic);
  }

  /// from → the one letter of `to` with the same skeleton; when several share
  /// it, the one that is itself the skeleton's prototype (Latin `i`, not `ı`).
  template <class Skeleton>
  static void build(const std::vector<int32_t>& from, const std::vector<int32_t>& to, Skeleton& skeleton,
                    std::map<int32_t, int32_t>& out) {
    for (int32_t f : from) {
      std::string sk = skeleton(f);
      if (sk.empty()) continue;
      std::vector<int32_t> same;
      int32_t prototype = -1;
      for (int32_t t : to) {
        if (skeleton(t) != sk) continue;
        same.push_back(t);
        if (encode(t) == sk) prototype = t;
      }
      if (same.size() == 1) out[f] = same[0];
      else if (prototype >= 0) out[f] = prototype;
    }
  }
};

const LookAlikeTables& tables() {
  static const LookAlikeTables t;
  return t;
}

UScriptCode script_of(int32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status);
}

}  // namespace

LookAlikeResult repair_look_alikes(const std::string& line, bool text_script_latin) {
  LookAlikeResult r;
  auto mixed = text::find_mixed_script_words(line);
  if (mixed.empty()) {
    r.text = line;
    return r;
  }
  const LookAlikeTables& t = tables();
  size_t copied = 0;
  for (const auto& w : mixed) {
    r.text.append(line, copied, w.offset - copied);
    copied = w.offset + w.word.size();
    int latin = 0, cyrillic = 0;
    for (size_t i = 0; i < w.word.size();) {
      UScriptCode s = script_of(text::decode_utf8(w.word, i));
      latin += s == USCRIPT_LATIN;
      cyrillic += s == USCRIPT_CYRILLIC;
    }
    // The word's dominant script first; when that leaves a letter without a
    // look-alike ("Оnа": no Cyrillic n), the other script.
    bool first_latin = latin != cyrillic ? latin > cyrillic : text_script_latin;
    std::string fixed;
    int n = 0;
    bool complete = false;
    for (bool to_latin : {first_latin, !first_latin}) {
      const auto& table = to_latin ? t.to_latin : t.to_cyrillic;
      UScriptCode minority = to_latin ? USCRIPT_CYRILLIC : USCRIPT_LATIN;
      fixed.clear();
      n = 0;
      complete = true;
      for (size_t i = 0; i < w.word.size();) {
        size_t start = i;
        int32_t c = text::decode_utf8(w.word, i);
        bool foreign = script_of(c) == minority;
        auto it = foreign ? table.find(c) : table.end();
        if (foreign && it == table.end()) complete = false;
        if (it != table.end()) {
          fixed += encode(it->second);
          n++;
        } else {
          fixed.append(w.word, start, i - start);
        }
      }
      if (complete) break;
    }
    if (complete) {
      r.text += fixed;
      r.repaired += n;
    } else {
      r.text += w.word;
      r.left.push_back(w.word);
    }
  }
  r.text.append(line, copied, std::string::npos);
  return r;
}

}  // namespace portal::import
