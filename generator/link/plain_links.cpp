#include "link/plain_links.h"

#include <array>
#include <vector>

#include <fmt/format.h>

#include "text/ascii_case.h"
#include "text/nearest.h"

namespace portal {

namespace {

constexpr std::array<std::string_view, 5> kPortalSchemes = {"paper", "event", "topic", "cite", "editorial"};

}  // namespace

std::string_view url_scheme(std::string_view url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return {};
  for (size_t i = 1; i < url.size(); ++i) {
    char c = url[i];
    if (c == ':') return url.substr(0, i);
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return {};
  }
  return {};
}

std::optional<PlainLinkProblem> plain_link_problem(std::string_view url, bool image,
                                                   const std::set<std::string>* anchors) {
  std::string what = image ? "image" : "link";
  if (url.empty()) return PlainLinkProblem{fmt::format("empty {} destination", what), "write where it goes inside ( )"};
  std::string_view scheme = url_scheme(url);
  if (!scheme.empty()) {
    std::string s = text::ascii_lower(scheme);
    if (s == "http" || s == "https" || s == "mailto" || s == "ftp" || s == "urn" || s == "tel")
      return std::nullopt;
    if (s == "javascript" || s == "vbscript" || s == "data" || s == "file")
      return PlainLinkProblem{fmt::format("'{}:' {}s are not published: a page of the portal runs no script and "
                                          "reads no local file from a link",
                                          scheme, what),
                              "link an https:// address instead"};
    std::string rest(url.substr(scheme.size()));
    for (std::string_view portal_scheme : kPortalSchemes)
      if (s == portal_scheme)  // "Paper:" — the scheme is case-sensitive in the portal's files
        return PlainLinkProblem{fmt::format("unknown link scheme '{}:' in '{}': portal schemes are written in lower "
                                            "case",
                                            scheme, url),
                                fmt::format("write '{}{}'", portal_scheme, rest)};
    std::vector<std::string> known(kPortalSchemes.begin(), kPortalSchemes.end());
    std::vector<std::string> near = text::nearest(s, known, 1);
    std::string suggestion =
        !near.empty() ? fmt::format("did you mean '{}{}'?", near.front(), rest)
        : s == "doi"  ? fmt::format("write 'https://doi.org/{}'", rest.substr(1))
                      : "the portal's schemes are paper:, event:, topic:, cite: and editorial:; web addresses start "
                        "with https://";
    return PlainLinkProblem{
        fmt::format("unknown link scheme '{}:' in '{}': it would be published as a dead link", scheme, url),
        suggestion};
  }
  if (url[0] == '#') {
    std::string anchor(url.substr(1));
    if (!anchors || anchors->count(anchor)) return std::nullopt;
    std::vector<std::string> ids(anchors->begin(), anchors->end());
    std::vector<std::string> near = text::nearest(anchor, ids);
    std::string listed;
    for (const auto& id : ids) {
      listed += listed.empty() ? "#" : ", #";
      listed += id;
    }
    return PlainLinkProblem{
        fmt::format("this page has no section '#{}'", anchor),
        near.empty() ? fmt::format("its sections are {}", listed.empty() ? "none" : listed)
                     : text::did_you_mean(near, "#")};
  }
  if (url.size() >= 2 && url[0] == '/' && url[1] == '/') return std::nullopt;  // another host, as the page's scheme
  // A path: the portal publishes no files beside its own pages and assets.
  return PlainLinkProblem{
      fmt::format("{} '{}' points to a file the site does not have: the portal publishes no files from content/",
                  what, url),
      image ? "an image is a file in its paper's folder, content/papers/<id>/, named relative to it; for a figure "
              "the portal cannot show write ![caption](figure:missing)"
            : "link a paper, section, topic or event with paper:<id>#<section>, topic:<id> or event:<id>, or give a "
              "full https:// address"};
}

}  // namespace portal
