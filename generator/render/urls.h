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
std::string authors(std::string_view lang);                     ///< "kk/authors/"
std::string author(std::string_view lang, std::string_view id); ///< "kk/authors/<id>/"
std::string search(std::string_view lang);                      ///< "kk/search/"
std::string feed(std::string_view lang);                        ///< "kk/feed.xml"
std::string paper_export(std::string_view id, std::string_view ext);  ///< "papers/<id>.bib"

/// Fragment id of an event on the timeline pages.
std::string event_anchor(std::string_view event_id);  ///< "event-<id>"

/// The file a page URL is written to: "kk/" → "kk/index.html"; "404.html" stays.
std::string file_for(std::string_view url);

/// Relative link from the page at site-relative URL `from` to `to`
/// (both as above); "kk/papers/x/" → "kk/topics/" gives "../../topics/".
std::string relative(std::string_view from, std::string_view to);

}  // namespace portal::urls
