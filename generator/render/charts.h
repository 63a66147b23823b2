#pragma once
/// Charts drawn at build time as inline SVG, so they need no JavaScript and
/// print well: the timeline overview (events per year, coloured by topic) and
/// a small per-topic chart (papers and events per year).

#include <map>
#include <string>
#include <vector>

namespace portal::charts {

/// One bar segment: a count in a colour.
struct Segment {
  int count = 0;
  std::string color;
};

/// Colour of the n-th topic (a palette that stays distinguishable for most
/// forms of colour blindness).
std::string topic_color(size_t n);

/// Stacked bars, one per year from the first to the last year of `years`.
/// `label` is the accessible name; `axis_label(year)` writes a tick label.
/// Every fifth year is labelled. Returns "" when `years` is empty.
std::string stacked_years_svg(const std::map<int, std::vector<Segment>>& years, const std::string& label);

/// Two small rows of ticks (papers above, events below) over a year range.
std::string topic_years_svg(const std::map<int, int>& papers, const std::map<int, int>& events,
                            const std::string& label);

}  // namespace portal::charts
