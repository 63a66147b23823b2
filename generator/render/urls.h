#pragma once
/// Where every page lives, and relative links between pages. Pages are
/// folders with an index.html ("kk/papers/<id>/"), so URLs stay clean on any
/// static server; links are relative, so the site works under any sub-path.

#include <string>
#include <string_view>

namespace portal::urls {

// Site-relative folder URLs of the pages (no leading slash; "" is the site root).
std::string home(std::string_view lang);                        ///< "kk/"
std::string papers(std::string_view lang);                      ///< "kk/papers/"
std::string paper(std::string_view lang, std::string_view id);  ///< "kk/papers/<id>/"
std::string topics(std::string_view lang);                      ///< "kk/topics/"
std::string topic(std::string_view lang, std::string_view id);  ///< "kk/topics/<id>/"
std::string timeline(std::string_view lang);                    ///< "kk/timeline/"
std::string timeline_topic(std::string_view lang, std::string_view topic);  ///< "kk/timeline/<topic>/"
std::string timeline_period(std::string_view lang, std::string_view period);  ///< "kk/timeline/1990-1999/"
/// "kk/timeline/<topic>/1990-1999/"
std::string timeline_topic_period(std::string_view lang, std::string_view topic, std::string_view period);
std::string authors(std::string_view lang);                     ///< "kk/authors/"
std::string author(std::string_view lang, std::string_view id); ///< "kk/authors/<id>/"
std::string search(std::string_view lang);                      ///< "kk/search/"
std::string feed(std::string_view lang);                        ///< "kk/feed.xml"
std::string paper_export(std::string_view id, std::string_view ext);  ///< "papers/<id>.bib"
/// A file of a paper's folder (a figure), one copy for every language:
/// "papers/<id>/<name>" (`name` may hold folders: "maps/route.png").
std::string paper_file(std::string_view id, std::string_view name);

/// Fragment id of an event on the timeline pages.
std::string event_anchor(std::string_view event_id);  ///< "event-<id>"

/// The file a page URL is written to: "kk/" → "kk/index.html"; "404.html" stays.
std::string file_for(std::string_view url);

/// Relative link from the page at site-relative URL `from` to `to`
/// (both as above); "kk/papers/x/" → "kk/topics/" gives "../../topics/".
std::string relative(std::string_view from, std::string_view to);

// Paper list filters and keyword search.
std::string papers_oldest_first(std::string_view lang);                      ///< "kk/papers/oldest-first/"
std::string papers_by_topic(std::string_view lang, std::string_view topic);  ///< "kk/papers/topic/<id>/"
std::string papers_by_language(std::string_view lang, std::string_view paper_lang);  ///< "kk/papers/language/<l>/"
std::string papers_by_year(std::string_view lang, int year);                  ///< "kk/papers/year/<yyyy>/"
/// `text` percent-encoded for a URL query value (RFC 3986 unreserved bytes kept).
std::string query_escape(std::string_view text);

}  // namespace portal::urls
