#include "render/charts.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/html_escape.h"

namespace portal::charts {

std::string topic_color(size_t n) {
  // Okabe–Ito, with black replaced by a grey that reads on white.
  static const char* palette[] = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                  "#CC79A7", "#56B4E9", "#8C7A00", "#666666"};
  return palette[n % (sizeof palette / sizeof *palette)];
}

namespace {

int total(const std::vector<Segment>& segments) {
  int n = 0;
  for (const auto& s : segments) n += s.count;
  return n;
}

}  // namespace

std::string bar_table(const BarChart& chart) {
  using text::escape_html;
  if (chart.rows.empty()) return {};
  std::vector<int> max(chart.columns.size(), 1);
  for (const auto& row : chart.rows)
    for (size_t c = 0; c < row.columns.size() && c < max.size(); ++c) max[c] = std::max(max[c], total(row.columns[c]));

  std::string out = fmt::format("<table class=\"chart-table{}{}\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>",
                                chart.css_class.empty() ? "" : " ", escape_html(chart.css_class),
                                escape_html(chart.caption), escape_html(chart.row_header));
  for (const auto& c : chart.columns) out += fmt::format("<th scope=\"col\">{}</th>", escape_html(c));
  out += "</tr></thead><tbody>";
  const std::vector<Segment> none;
  for (const auto& row : chart.rows) {
    out += "<tr><th scope=\"row\">";
    if (row.href.empty()) out += escape_html(row.label);
    else out += fmt::format("<a href=\"{}\">{}</a>", escape_html(row.href), escape_html(row.label));
    out += "</th>";
    for (size_t c = 0; c < chart.columns.size(); ++c) {
      const auto& segments = c < row.columns.size() ? row.columns[c] : none;
      // The bar is drawn for the eye only; the figure beside it is the value.
      out += "<td><span class=\"bar-cell\"><span class=\"bar\" aria-hidden=\"true\">";
      for (const auto& s : segments) {
        if (s.count <= 0) continue;
        out += fmt::format("<span class=\"bar-segment\" style=\"width:{:.2f}%;background-color:{}\"></span>",
                           100.0 * s.count / max[c], escape_html(s.color));
      }
      out += fmt::format("</span><span class=\"bar-value\">{}</span></span></td>", total(segments));
    }
    out += "</tr>";
  }
  out += "</tbody></table>";
  return out;
}

}  // namespace portal::charts
