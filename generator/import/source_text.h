#pragma once
/// The text of a source to import, line by line, with each line's place in the
/// source: page and line for a PDF (read with poppler's C++ library page by
/// page), line for a `.txt` that was extracted from such a PDF.

#include <map>
#include <string>
#include <vector>

namespace portal::import {

/// Where a line stands in the source; `page` is 0 for text input.
struct SourcePlace {
  int page = 0;
  int line = 0;
};

/// "line 12" for text input, "page 3, line 12" for a PDF.
std::string describe(const SourcePlace& place);

/// One line of the source, without its line end.
struct SourceLine {
  std::string text;
  SourcePlace place;
};

/// The whole source. `lines` holds every line, blank ones included.
struct SourceText {
  std::string path;
  bool from_pdf = false;
  int pages = 0;
  std::vector<SourceLine> lines;
  /// For a PDF, the pages that print a table caption in physical layout
  /// (page number → lines), where a table row stands on one line.
  std::map<int, std::vector<std::string>> layout_pages;
};

/// How reading went: `error` is empty on success, else a sentence naming the problem.
struct ReadResult {
  SourceText text;
  std::string error;
};

/// Reads a `.pdf` (poppler) or a `.txt` (UTF-8); any other ending is an error.
ReadResult read_source(const std::string& path);

}  // namespace portal::import
