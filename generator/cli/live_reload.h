#pragma once
/// Live reload for `portal serve`: the outcome of the latest build, shared by
/// the thread that builds and the event streams (Server-Sent Events at
/// `/_portal/events`) that tell browsers about it; the script that reloads a
/// page when a build succeeds or lays a failed build's errors over it
/// (`/_portal/live.js`); and the tag that puts that script into the HTML the
/// preview server sends. None of it is ever written into a built site.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

/// The outcome of one build, as the browsers hear of it.
struct BuildOutcome {
  std::string id;      ///< unique to this build and this server run ("" before the first build)
  bool ok = false;     ///< false: the site on disk is not what the sources say
  std::string errors;  ///< the diagnostics of a failed build, one per line
};

/// The latest build's outcome, published by the building thread and awaited
/// by the event streams; `stop()` releases every waiting stream.
class BuildStatus {
 public:
  BuildStatus();
  /// Records a finished build and wakes every stream.
  void publish(bool ok, const std::vector<std::string>& diagnostics);
  /// The latest outcome.
  BuildOutcome latest() const;
  /// Waits until the latest build's id is not `seen`, `timeout` passes or the
  /// server stops; returns the latest outcome (its id is `seen` on a timeout).
  BuildOutcome wait_for_other(const std::string& seen, std::chrono::milliseconds timeout) const;
  /// Makes every `wait_for_other`, now and later, return at once.
  void stop();
  bool stopping() const;

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::string run_;  ///< tells this server run's builds from an earlier run's
  std::uint64_t count_ = 0;
  BuildOutcome latest_;
  bool stopping_ = false;
};

/// The URL of the script and of the event stream.
inline constexpr std::string_view kLiveScriptPath = "/_portal/live.js";
inline constexpr std::string_view kEventsPath = "/_portal/events";

/// One Server-Sent Event `build` with the outcome as JSON: {"build", "ok", "errors"}.
std::string build_event(const BuildOutcome& outcome);

/// The page with the live-reload script tag added before `</head>` (or
/// `</body>`, or at the end), marked with the build the page comes from;
/// `failed`: the page is the failed build's error page.
std::string with_live_script(std::string_view html, std::string_view build, bool failed = false);

/// The live-reload script (JavaScript).
std::string_view live_script();

}  // namespace portal
