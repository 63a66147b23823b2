#include "cli/live_reload.h"

#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "text/html_escape.h"

namespace portal {

BuildStatus::BuildStatus() {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch());
  run_ = fmt::format("{:x}-{}", ms.count(), ::getpid());
}

void BuildStatus::publish(bool ok, const std::vector<std::string>& diagnostics) {
  {
    std::lock_guard lock(mutex_);
    latest_.id = fmt::format("{}-{}", run_, ++count_);
    latest_.ok = ok;
    latest_.errors.clear();
    if (!ok)
      for (const auto& line : diagnostics) {
        latest_.errors += line;
        latest_.errors += '\n';
      }
  }
  changed_.notify_all();
}

BuildOutcome BuildStatus::latest() const {
  std::lock_guard lock(mutex_);
  return latest_;
}

BuildOutcome BuildStatus::wait_for_other(const std::string& seen, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return stopping_ || latest_.id != seen; });
  return latest_;
}

void BuildStatus::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
}

bool BuildStatus::stopping() const {
  std::lock_guard lock(mutex_);
  return stopping_;
}

std::string build_event(const BuildOutcome& outcome) {
  nlohmann::json data = {{"build", outcome.id}, {"ok", outcome.ok}, {"errors", outcome.errors}};
  // dump() escapes line breaks, so the data is one line, as the format wants.
  std::string event = "event: build\ndata: ";
  event += data.dump();
  event += "\n\n";
  return event;
}

std::string with_live_script(std::string_view html, std::string_view build, bool failed) {
  std::string tag = fmt::format("<script src=\"{}\" data-build=\"{}\"{} defer></script>\n", kLiveScriptPath,
                                text::escape_html(build), failed ? " data-failed" : "");
  size_t at = html.find("</head>");
  if (at == std::string_view::npos) at = html.rfind("</body>");
  if (at == std::string_view::npos) at = html.size();
  std::string out;
  out.reserve(html.size() + tag.size());
  out.append(html.substr(0, at));
  out += tag;
  out.append(html.substr(at));
  return out;
}

std::string_view live_script() {
  // The overlay is built with textContent and styled through the CSSOM, so a
  // Content-Security-Policy without 'unsafe-inline' lets it work.
  return R"js(// portal serve: reloads the page when a build finishes, and shows a failed
// build's errors over the page until a build succeeds. Sent by the preview
// server only; no built site contains it.
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = script ? script.getAttribute('data-build') : '';
  var errorPage = script ? script.hasAttribute('data-failed') : false;
  var words = {
    kk: ['Сайтты құрастыру сәтсіз аяқталды', 'Осы қателерді түзетіңіз: құрастыру сәтті өткенде бет өзі қайта жүктеледі.'],
    ru: ['Сборка сайта не удалась', 'Исправьте эти ошибки: страница перезагрузится сама, как только сборка пройдёт успешно.'],
    tr: ['Site oluşturulamadı', 'Bu hataları düzeltin; site oluşturulduğunda sayfa kendiliğinden yenilenecek.'],
    en: ['The build failed', 'Fix these problems; the page reloads by itself once a build succeeds.']
  };
  var overlay = null;
  function showErrors(text) {
    if (!overlay) {
      var lang = (document.documentElement.lang || 'en').slice(0, 2);
      var w = words[lang] || words.en;
      overlay = document.createElement('div');
      overlay.id = 'portal-build-errors';
      overlay.setAttribute('role', 'alert');
      overlay.setAttribute('lang', words[lang] ? lang : 'en');
      var s = overlay.style;
      s.position = 'fixed'; s.top = '0'; s.right = '0'; s.bottom = '0'; s.left = '0';
      s.zIndex = '2147483647'; s.overflow = 'auto'; s.boxSizing = 'border-box'; s.padding = '1rem';
      s.background = 'rgba(255, 255, 255, 0.97)'; s.color = '#1a1a1a'; s.font = '16px/1.5 system-ui, sans-serif';
      var h = document.createElement('h2');
      h.textContent = w[0];
      h.style.margin = '0 0 0.5rem'; h.style.color = '#b00020';
      var p = document.createElement('p');
      p.textContent = w[1];
      var pre = document.createElement('pre');
      pre.setAttribute('lang', 'en');
      var ps = pre.style;
      ps.whiteSpace = 'pre-wrap'; ps.overflowWrap = 'anywhere'; ps.background = '#fdf0f0';
      ps.borderLeft = '4px solid #b00020'; ps.padding = '0.75rem'; ps.font = '14px/1.5 monospace';
      overlay.appendChild(h); overlay.appendChild(p); overlay.appendChild(pre);
      document.body.appendChild(overlay);
    }
    overlay.querySelector('pre').textContent = text;
  }
  var source = new EventSource('/_portal/events');
  source.addEventListener('build', function (event) {
    var build = JSON.parse(event.data);
    if (build.build === shown) return;  // the page shows the latest build already
    if (!build.ok && !errorPage) {
      shown = build.build;
      showErrors(build.errors);
      return;
    }
    source.close();
    location.reload();
  });
})();
)js";
}

}  // namespace portal
