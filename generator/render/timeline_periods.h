#pragma once
/// The timeline's periods: each has a page of its own (and one per topic), so
/// that no timeline page grows without bound and any event is two clicks from
/// the timeline's front page. Everything before 1990 is one period; from 1990
/// on, each five years are one (1990–1994, 1995–1999, …). A period's URL is
/// made from its years alone, never from how many events it holds, so a link
/// to a period or an event stays valid as events are added. An event belongs
/// to the period of its start date; a vague span (the X–XI centuries)
/// therefore lies in "before 1990" without being given a year.

#include <limits>
#include <string>
#include <vector>

#include "link/link.h"

namespace portal {

/// One period of the timeline: the years [first, last] (first is INT_MIN for "before 1990").
struct TimelinePeriod {
  std::string slug;  ///< URL segment: "before-1990", "2000-2004", "2005-2009"
  int first = 0;
  int last = 0;
  bool open_start() const { return first == std::numeric_limits<int>::min(); }
};

/// All periods of a site, planned once from its events.
struct TimelinePeriods {
  static constexpr int kModernFrom = 1990;  ///< the first year of the five-year periods
  static constexpr int kYearsPerPeriod = 5;  ///< from kModernFrom on, each period is this many years

  std::vector<TimelinePeriod> periods;  ///< in order; each holds at least one event
  std::vector<size_t> event_period;     ///< event index → index into `periods`

  static constexpr size_t npos = static_cast<size_t>(-1);
  /// The period that holds `year`, whether or not it has events (for charts of
  /// papers too); it depends on the year alone.
  static TimelinePeriod period_of_year(int year);
  /// Index of the period with `slug` in `periods`, or npos.
  size_t find(const std::string& slug) const;
  /// The events of topic `topic_id` (all events when empty) in period `p`, in date order.
  std::vector<size_t> events_in(const LinkedSite& ls, size_t p, const std::string& topic_id) const;
};

/// Plans the periods of `ls` (cheap: one pass over the events).
TimelinePeriods plan_timeline_periods(const LinkedSite& ls);

}  // namespace portal
