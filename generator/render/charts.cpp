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
  int first = years.begin()->first, last = years.rbegin()->first;
  int max_total = 1;
  for (const auto& [y, segs] : years) {
    int total = 0;
    for (const auto& s : segs) total += s.count;
    max_total = std::max(max_total, total);
  }
  const int bar = 10, gap = 2, height = 120, axis = 18;
  int n = last - first + 1;
  int width = n * (bar + gap) + gap;
  double unit = static_cast<double>(height - 8) / max_total;
  std::string svg = fmt::format(
      "<svg class=\"chart chart-years\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\" "
      "preserveAspectRatio=\"xMinYMax meet\">",
      width, height + axis, width, height + axis, text::escape_html(label));
  svg += fmt::format("<line x1=\"0\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#99a3ad\" stroke-width=\"1\"/>", height + 0.5,
                     width, height + 0.5);
  for (int y = first; y <= last; ++y) {
    int x = gap + (y - first) * (bar + gap);
    auto it = years.find(y);
    double top = height;
    if (it != years.end()) {
      int total = 0;
      for (const auto& s : it->second) total += s.count;
      svg += fmt::format("<g><title>{}: {}</title>", y, total);
      for (const auto& s : it->second) {
        if (s.count == 0) continue;
        double h = s.count * unit;
        top -= h;
        svg += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"{}\"/>", x, top, bar, h, s.color);
      }
      svg += "</g>";
    }
    if (y % 5 == 0 || y == first)
      svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#5a6470\">{}</text>", x, height + 13, y);
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
