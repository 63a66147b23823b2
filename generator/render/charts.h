#pragma once
/// Charts drawn at build time as HTML tables of bars, so they need no
/// JavaScript, fit any screen width (a bar is a share of its cell, never a
/// fixed number of pixels per year), print, and show every figure as text
/// beside its bar: nothing is hidden behind a hover that touch screens lack.
/// The table is its own text alternative: screen readers read its rows.

#include <string>
#include <vector>

namespace portal::charts {

/// One bar segment: a count in a colour.
struct Segment {
  int count = 0;
  std::string color;
};

/// One row: a label (a link when `href` is set) and, per column, a value
/// split into coloured segments (their counts add up to the value).
struct BarRow {
  std::string label;
  std::string href;
  std::vector<std::vector<Segment>> columns;
};

/// A chart of rows of horizontal bars; every column is scaled to its own largest value.
struct BarChart {
  std::string caption;               ///< what the chart shows
  std::string row_header;            ///< heading of the label column ("Period")
  std::vector<std::string> columns;  ///< heading of each value column ("Events")
  std::vector<BarRow> rows;
  std::string css_class;             ///< extra class on the table
};

/// Colour of the n-th topic (a palette that stays distinguishable for most
/// forms of colour blindness).
std::string topic_color(size_t n);

/// The chart as an HTML <table>; "" when it has no rows.
std::string bar_table(const BarChart& chart);

}  // namespace portal::charts
