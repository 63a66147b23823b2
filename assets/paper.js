// Progressive enhancement on paper pages; without JavaScript everything works.
// 1. Printing opens every folded section (other-language abstracts, extended
//    abstracts) and folds back afterwards. The print stylesheet shows their
//    content without this script too; this covers browsers that ignore it.
// 2. The language switcher keeps the section the reader is at: its links get
//    the fragment of the nearest heading above the top of the window, so the
//    same paper opens in another language at the same place.
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
  function currentSection() {
    var best = "";
    var targets = document.querySelectorAll("main h2[id], main h3[id], main h4[id], main [id^='ref-']");
    for (var i = 0; i < targets.length; i++) {
      if (targets[i].getBoundingClientRect().top > 80) break;
      best = targets[i].id;
    }
    if (!best && location.hash.length > 1) best = decodeURIComponent(location.hash.slice(1));
    return best;
  }
  function update() {
    var id = currentSection();
    links.forEach(function (a) {
      var href = a.getAttribute("href").split("#")[0];
      a.setAttribute("href", id ? href + "#" + encodeURIComponent(id) : href);
    });
  }
  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; update(); });
  }
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("hashchange", update);
  links.forEach(function (a) {
    a.addEventListener("focus", update);
    a.addEventListener("pointerdown", update);
  });
  update();
})();
