#include "import/source_text.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "text/ascii_case.h"
#include "text/unicode.h"

namespace portal::import {

namespace {

/// Poppler reports damaged files on stderr by default; the importer reports them itself.
void quiet_poppler(const std::string&, void*) {}

/// Splits `text` into lines (LF, CRLF; a form feed also ends a line) and
/// appends them to `out` with their places; control characters become spaces.
void append_lines(const std::string& text, int page, SourceText& out) {
  int line_no = 0;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty() && cur.back() == '\r') cur.pop_back();
    out.lines.push_back({text::to_nfc(cur), {page, ++line_no}});
    cur.clear();
  };
  for (char c : text) {
    if (c == '\n' || c == '\f') {
      flush();
      if (c == '\f' && page == 0) out.pages++;
      continue;
    }
    unsigned char u = static_cast<unsigned char>(c);
    cur += (u < 0x20 && c != '\t' && c != '\r') || u == 0x7f ? ' ' : c;
  }
  if (!cur.empty()) flush();
}

/// True when the page prints a table caption ("Tablo 1", "Таблица 2"): its
/// layout is read too, for the table's rows.
bool prints_table_caption(const std::string& page_text) {
  static const std::regex caption(R"((^|\n)\s*(Кесте|Таблица|Tablo|Table)\s*\d+)");
  return std::regex_search(page_text, caption);
}

ReadResult read_pdf(const std::string& path) {
  ReadResult r;
  r.text.path = path;
  r.text.from_pdf = true;
  poppler::set_debug_error_function(quiet_poppler, nullptr);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
  if (!doc) {
    r.error = fmt::format("{}: cannot be read as a PDF (damaged, or not a PDF)", path);
    return r;
  }
  if (doc->is_locked()) {
    r.error = fmt::format("{}: the PDF is encrypted with a password; save an unprotected copy and import that", path);
    return r;
  }
  r.text.pages = doc->pages();
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    poppler::byte_array bytes = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    std::string utf8(bytes.begin(), bytes.end());
    if (!text::is_valid_utf8(utf8)) continue;
    append_lines(utf8, i + 1, r.text);
    if (prints_table_caption(utf8)) {
      poppler::byte_array layout = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
      std::string layout_utf8(layout.begin(), layout.end());
      if (!text::is_valid_utf8(layout_utf8)) continue;
      std::vector<std::string>& out = r.text.layout_pages[i + 1];
      size_t start = 0;
      while (start <= layout_utf8.size()) {
        size_t end = layout_utf8.find('\n', start);
        out.push_back(text::to_nfc(layout_utf8.substr(start, end == std::string::npos ? std::string::npos : end - start)));
        if (end == std::string::npos) break;
        start = end + 1;
      }
    }
  }
  return r;
}

ReadResult read_txt(const std::string& path) {
  ReadResult r;
  r.text.path = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    r.error = fmt::format("{}: cannot be read", path);
    return r;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string bytes = std::move(ss).str();
  size_t bad = 0;
  if (!text::is_valid_utf8(bytes, &bad)) {
    r.error = fmt::format("{}: not UTF-8 text (an ill-formed byte at offset {})", path, bad);
    return r;
  }
  append_lines(bytes, 0, r.text);
  return r;
}

}  // namespace

std::string describe(const SourcePlace& place) {
  if (place.page > 0) return fmt::format("page {}, line {}", place.page, place.line);
  return fmt::format("line {}", place.line);
}

ReadResult read_source(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    ReadResult r;
    r.error = fmt::format("{}: no such file", path);
    return r;
  }
  std::string ext = text::ascii_lower(std::filesystem::path(path).extension().string());
  if (ext == ".pdf") return read_pdf(path);
  if (ext == ".txt") return read_txt(path);
  ReadResult r;
  r.error = fmt::format("{}: not a .pdf or .txt file", path);
  return r;
}

}  // namespace portal::import
