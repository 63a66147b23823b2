#include "render/timeline_periods.h"

#include <fmt/format.h>

namespace portal {

TimelinePeriod TimelinePeriods::period_of_year(int year) {
  if (year < kModernFrom)
    return {fmt::format("before-{}", kModernFrom), std::numeric_limits<int>::min(), kModernFrom - 1};
  const int first = kModernFrom + (year - kModernFrom) / kYearsPerPeriod * kYearsPerPeriod;
  const int last = first + kYearsPerPeriod - 1;
  return {fmt::format("{}-{}", first, last), first, last};
}

size_t TimelinePeriods::find(const std::string& slug) const {
  for (size_t i = 0; i < periods.size(); ++i)
    if (periods[i].slug == slug) return i;
  return npos;
}

std::vector<size_t> TimelinePeriods::events_in(const LinkedSite& ls, size_t p, const std::string& topic_id) const {
  const std::vector<size_t>* events = &ls.events_in_order;
  if (!topic_id.empty()) {
    auto it = ls.topic_events.find(topic_id);
    if (it == ls.topic_events.end()) return {};
    events = &it->second;
  }
  std::vector<size_t> out;
  for (size_t e : *events)
    if (event_period[e] == p) out.push_back(e);
  return out;
}

TimelinePeriods plan_timeline_periods(const LinkedSite& ls) {
  TimelinePeriods tp;
  tp.event_period.assign(ls.site->events.size(), TimelinePeriods::npos);
  for (size_t e : ls.events_in_order) {  // in date order, so periods come out in order
    TimelinePeriod p = tp.period_of_year(ls.event(e).date.year);
    if (tp.periods.empty() || tp.periods.back().slug != p.slug) tp.periods.push_back(p);
    tp.event_period[e] = tp.periods.size() - 1;
  }
  return tp;
}

}  // namespace portal
