// Progressive enhancement: a "Copy" button beside each citation. Without
// JavaScript the buttons stay hidden and the citation text is selectable.
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    // The word joiners that keep a page range on one line are left out.
    navigator.clipboard.writeText(source.textContent.replace(/\u2060/g, "").trim()).then(function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied");
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  });
});
