#include "render/charts.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/markdown.h"

namespace portal::charts {

std::string topic_color(size_t n) {
  // Okabe–Ito, with black replaced by a grey that reads on white.
  static const char* palette[] = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                  "#CC79A7", "#56B4E9", "#8C7A00", "#666666"};
  return palette[n % (sizeof palette / sizeof *palette)];
}

std::string stacked_years_svg(const std::map<int, std::vector<Segment>>& years, const std::string& label) {
  if (years.empty()) return {};
  // Columns: every year from the first to the last, except that a run of more
  // than kMaxEmpty years without events becomes one narrow gap, so that a few
  // early events do not squeeze a busy recent period into a sliver.
  constexpr int kMaxEmpty = 6;
  struct Column {
    int year;  // 0: a gap
  };
  std::vector<Column> columns;
  int first = years.begin()->first, last = years.rbegin()->first;
  for (int y = first; y <= last;) {
    if (years.count(y)) {
      columns.push_back({y++});
      continue;
    }
    int next = years.lower_bound(y)->first;
    if (next - y > kMaxEmpty) {
      columns.push_back({0});
      y = next;
    } else {
      for (; y < next; ++y) columns.push_back({y});
    }
  }
  int max_total = 1;
  for (const auto& [y, segs] : years) {
    int total = 0;
    for (const auto& s : segs) total += s.count;
    max_total = std::max(max_total, total);
  }
  const int bar = 10, gap = 2, height = 120, axis = 18;
  int width = static_cast<int>(columns.size()) * (bar + gap) + gap + 24;
  double unit = static_cast<double>(height - 8) / max_total;
  std::string svg = fmt::format(
      "<svg class=\"chart chart-years\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">",
      width, height + axis, width, height + axis, text::escape_html(label));
  svg += fmt::format("<line x1=\"0\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#99a3ad\" stroke-width=\"1\"/>", height + 0.5,
                     width, height + 0.5);
  int last_label_x = -100;
  bool after_gap = true;
  for (size_t c = 0; c < columns.size(); ++c) {
    int x = gap + static_cast<int>(c) * (bar + gap);
    int y = columns[c].year;
    if (y == 0) {
      svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"#5a6470\">⋯</text>", x, height - 2);
      after_gap = true;
      continue;
    }
    auto it = years.find(y);
    if (it != years.end()) {
      int total = 0;
      for (const auto& s : it->second) total += s.count;
      svg += fmt::format("<g><title>{}: {}</title>", y, total);
      double top = height;
      for (const auto& s : it->second) {
        if (s.count == 0) continue;
        double h = s.count * unit;
        top -= h;
        svg += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"{}\"/>", x, top, bar, h, s.color);
      }
      svg += "</g>";
    }
    if ((after_gap || y % 5 == 0) && x - last_label_x >= 30) {
      svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#5a6470\">{}</text>", x, height + 13, y);
      last_label_x = x;
    }
    after_gap = false;
  }
  svg += "</svg>";
  return svg;
}

std::string topic_years_svg(const std::map<int, int>& papers, const std::map<int, int>& events,
                            const std::string& label) {
  if (papers.empty() && events.empty()) return {};
  int first = 9999, last = 0;
  for (const auto* m : {&papers, &events})
    if (!m->empty()) {
      first = std::min(first, m->begin()->first);
      last = std::max(last, m->rbegin()->first);
    }
  int max_count = 1;
  for (const auto* m : {&papers, &events})
    for (const auto& [y, c] : *m) max_count = std::max(max_count, c);
  const int step = 6, row = 22;
  int n = last - first + 1;
  int width = std::max(60, n * step + 2);
  std::string svg = fmt::format(
      "<svg class=\"chart chart-topic\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">",
      width, 2 * row + 14, width, 2 * row + 14, text::escape_html(label));
  auto draw = [&](const std::map<int, int>& m, int base, const char* color) {
    for (const auto& [y, c] : m) {
      double h = 4 + 16.0 * c / max_count;
      svg += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"{}\"><title>{}: {}</title></rect>",
                         1 + (y - first) * step, base + row - h, step - 1, h, color, y, c);
    }
  };
  draw(papers, 0, "#0072B2");
  draw(events, row, "#E69F00");
  svg += fmt::format("<text x=\"0\" y=\"{}\" font-size=\"10\" fill=\"#5a6470\">{}</text>", 2 * row + 12, first);
  if (last != first)
    svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#5a6470\" text-anchor=\"end\">{}</text>", width,
                       2 * row + 12, last);
  svg += "</svg>";
  return svg;
}

}  // namespace portal::charts
