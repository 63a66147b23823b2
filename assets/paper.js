// Progressive enhancement on paper pages; without JavaScript everything works.
// 1. Printing opens every folded section (other-language abstracts, extended
//    abstracts) and folds back afterwards. The print stylesheet shows their
//    content without this script too; this covers browsers that ignore it.
// 2. The language switcher keeps the section the reader is at: its links get
//    the fragment of the heading last scrolled past the top of the window,
//    so the same paper opens in another language at the same place.
(function () {
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  var links = document.querySelectorAll(".lang-switch a[href]");
  if (!links.length) return;
  // The section being read: the last heading at or above the top of the
  // window (a line a little below it, so a heading just scrolled to counts).
  // While the #fragment the reader came to is on screen, it is the section.
  function currentSection() {
    var here = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (here) {
      var box = here.getBoundingClientRect();
      if (box.top >= 0 && box.top < window.innerHeight) return here.id;
    }
    var best = "";
    var line = 80;
    var targets = document.querySelectorAll("main h2[id], main h3[id], main h4[id]");
    for (var i = 0; i < targets.length; i++) {
      if (targets[i].getBoundingClientRect().top > line) break;
      best = targets[i].id;
    }
    return best;
  }
  // Remembered while the reader scrolls back up to the switcher (on a phone the
  // header is at the top of the page): only a newly reached section replaces it.
  function keep(id) {
    if (!id) return;
    links.forEach(function (a) {
      a.setAttribute("href", a.getAttribute("href").split("#")[0] + "#" + encodeURIComponent(id));
    });
  }
  var pending = false;
  window.addEventListener("scroll", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; keep(currentSection()); });
  }, { passive: true });
  window.addEventListener("hashchange", function () { keep(decodeURIComponent(location.hash.slice(1))); });
  keep(currentSection());
})();
