#pragma once
/// The timeline's periods: each has a page of its own (and one per topic), so
/// that no timeline page grows without bound and any event is two clicks from
/// the timeline's front page. Everything before 1990 is one period; from 1990
/// on, each decade is one, or two halves (1990–1994, 1995–1999) when it holds
/// more than kMaxEventsPerDecade events. An event belongs to the period of its
/// start date; a vague span (the X–XI centuries) therefore lies in "before 1990"
/// without being given a year.

#include <limits>
#include <string>
#include <vector>

#include "link/link.h"

namespace portal {

/// One period of the timeline: the years [first, last] (first is INT_MIN for "before 1990").
struct TimelinePeriod {
  std::string slug;  ///< URL segment: "before-1990", "2000-2009", "2010-2014"
  int first = 0;
  int last = 0;
  bool open_start() const { return first == std::numeric_limits<int>::min(); }
};

/// All periods of a site, planned once from its events.
struct TimelinePeriods {
  static constexpr int kModernFrom = 1990;        ///< the first year with periods of a decade or less
  static constexpr int kMaxEventsPerDecade = 24;  ///< more than this, and a decade is split in halves

  std::vector<TimelinePeriod> periods;  ///< in order; each holds at least one event
  std::vector<size_t> event_period;     ///< event index → index into `periods`
  std::vector<int> split_decades;       ///< decades (1990, 2010, …) shown as two halves

  static constexpr size_t npos = static_cast<size_t>(-1);
  /// The period that holds `year`, whether or not it has events (for charts of
  /// papers too); its slug is what it would be.
  TimelinePeriod period_of_year(int year) const;
  /// Index of the period with `slug` in `periods`, or npos.
  size_t find(const std::string& slug) const;
  /// The events of topic `topic_id` (all events when empty) in period `p`, in date order.
  std::vector<size_t> events_in(const LinkedSite& ls, size_t p, const std::string& topic_id) const;
};

/// Plans the periods of `ls` (cheap: one pass over the events).
TimelinePeriods plan_timeline_periods(const LinkedSite& ls);

}  // namespace portal
