// Figures: image files beside a paper, in content/papers/<id>/, shown with
// the width, height and alt text of an <img>, copied once into the site for
// every language's page (byte for byte, and again when the file changes);
// a paper in a folder of its own (<id>/index.md); and every figure mistake
// an error at the `[` of its image, with the previous site left as it was.

#include <catch2/catch.hpp>

#include <cstdint>

#include "../support/broken_build.h"

using namespace portal::fixture;

namespace {

const std::string kAlpha = "content/papers/alpha-smart-power.md";

std::string be32(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

/// A PNG's signature and IHDR (what the portal reads), then `payload`.
std::string png(std::uint32_t w, std::uint32_t h, const std::string& payload = "pixels") {
  return std::string("\x89PNG\r\n\x1A\n", 8) + be32(13) + "IHDR" + be32(w) + be32(h) +
         std::string("\x08\x02\0\0\0", 5) + payload;
}

/// A JPEG's SOI, then its frame header (SOF0).
std::string jpeg(std::uint32_t w, std::uint32_t h) {
  return std::string("\xFF\xD8\xFF\xC0\x00\x11\x08", 7) + std::string(1, static_cast<char>(h >> 8)) +
         std::string(1, static_cast<char>(h)) + std::string(1, static_cast<char>(w >> 8)) +
         std::string(1, static_cast<char>(w)) + std::string(12, '\0');
}

/// Appends `line` as a paragraph at the end of alpha-smart-power's body (line 78).
void add_line(const fs::path& root, const std::string& line) {
  append(root / "content" / "papers" / "alpha-smart-power.md", "\n" + line + "\n");
}

fs::path folder(const fs::path& root) { return root / "content" / "papers" / "alpha-smart-power"; }

/// How many files of the site are named `name`.
size_t copies(const fs::path& site, const std::string& name) {
  size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(site))
    if (e.path().filename() == name) ++n;
  return n;
}

}  // namespace

TEST_CASE("figures: an image beside the paper is copied once and shown with its size and alt text on every page",
          "[e2e][figures]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::create_directories(folder(root));
  const std::string first = png(1600, 40, "first pixels");
  spit(folder(root) / "fig1.png", first);
  add_line(root, "![A wide red bar](fig1.png \"The bar\")\n\nInline, ![the bar again](./fig1.png) in a sentence.");
  RunResult r = build(root, dir / "site");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(slurp(dir / "site" / "papers" / "alpha-smart-power" / "fig1.png") == first);
  CHECK(copies(dir / "site", "fig1.png") == 1);
  for (const char* lang : {"en", "kk", "ru", "tr"}) {
    INFO(lang);
    std::string page = slurp(dir / "site" / lang / "papers" / "alpha-smart-power" / "index.html");
    CHECK(contains(page, "<p><img src=\"../../../papers/alpha-smart-power/fig1.png\" width=\"1600\" height=\"40\" "
                         "alt=\"A wide red bar\" title=\"The bar\" /></p>"));
    CHECK(contains(page, "Inline, <img src=\"../../../papers/alpha-smart-power/fig1.png\" width=\"1600\" "
                         "height=\"40\" alt=\"the bar again\" /> in a sentence."));
  }

  // The file changes: the next build copies the new bytes and writes the new size.
  const std::string second = png(800, 20, "second pixels");
  spit(folder(root) / "fig1.png", second);
  r = build(root, dir / "site");
  REQUIRE(r.status == 0);
  CHECK(slurp(dir / "site" / "papers" / "alpha-smart-power" / "fig1.png") == second);
  CHECK(contains(slurp(dir / "site" / "en" / "papers" / "alpha-smart-power" / "index.html"),
                 "width=\"800\" height=\"20\" alt=\"A wide red bar\""));

  // No longer shown: no longer published.
  replace_once(root / "content" / "papers" / "alpha-smart-power.md", "![A wide red bar](fig1.png \"The bar\")", "");
  replace_once(root / "content" / "papers" / "alpha-smart-power.md", "![the bar again](./fig1.png)", "");
  r = build(root, dir / "site");
  REQUIRE(r.status == 0);
  CHECK_FALSE(fs::exists(dir / "site" / "papers" / "alpha-smart-power" / "fig1.png"));
}

TEST_CASE("figures: a paper in a folder of its own, <id>/index.md, with figures in a subfolder", "[e2e][figures]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::create_directories(folder(root) / "maps");
  fs::rename(root / "content" / "papers" / "alpha-smart-power.md", folder(root) / "index.md");
  spit(folder(root) / "maps" / "route.jpg", jpeg(640, 480));
  append(folder(root) / "index.md", "\n![The route of the line](maps/route.jpg)\n");
  RunResult r = build(root, dir / "site");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(slurp(dir / "site" / "papers" / "alpha-smart-power" / "maps" / "route.jpg") == jpeg(640, 480));
  CHECK(contains(slurp(dir / "site" / "kk" / "papers" / "alpha-smart-power" / "index.html"),
                 "<img src=\"../../../papers/alpha-smart-power/maps/route.jpg\" width=\"640\" height=\"480\" "
                 "alt=\"The route of the line\" />"));
  CHECK_FALSE(fs::exists(dir / "site" / "papers" / "alpha-smart-power" / "index.md"));

  // Errors in it are placed in its index.md; written both ways, the paper is refused.
  append(folder(root) / "index.md", "\n![](maps/route.jpg)\n");
  r = build(root, dir / "site");
  CHECK(r.status == 1);
  CHECK(has_line(r.err, "content/papers/alpha-smart-power/index.md:80:2: error: image 'maps/route.jpg' has no alt "
                        "text: a reader who cannot see it (a screen reader, a text browser, a failed download) would "
                        "get nothing; say what it shows between the brackets: ![what it shows](maps/route.jpg)"));
  spit(root / "content" / "papers" / "alpha-smart-power.md", slurp(folder(root) / "index.md"));
  r = build(root, dir / "site");
  CHECK(r.status == 1);
  CHECK(has_line(r.err, "content/papers/alpha-smart-power/index.md: error: paper 'alpha-smart-power' is written "
                        "twice: as content/papers/alpha-smart-power.md and as "
                        "content/papers/alpha-smart-power/index.md; keep one; to keep figures beside it, move "
                        "content/papers/alpha-smart-power.md to content/papers/alpha-smart-power/index.md"));
}

TEST_CASE("bad input: figures that are missing, outside the folder, remote, without alt text, or not a published image",
          "[e2e][bad-input][figures]") {
  BrokenBuild b([](const fs::path& root) {
    fs::create_directories(folder(root));
    spit(folder(root) / "fig1.png", png(100, 50));
    spit(folder(root) / "fig1.jpg", png(100, 50));
    spit(folder(root) / "drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    spit(folder(root) / "scan.tiff", "II*\0");
    spit(folder(root) / "broken.png", "not a png at all");
    spit(folder(root) / "huge.png", png(100, 50, std::string(10u * 1024u * 1024u, 'x')));
    spit(root / "content" / "outside.png", png(10, 10));
    fs::create_symlink(root / "content" / "outside.png", folder(root) / "linked.png");
    add_line(root, "![a](fig2.png) ![](fig1.png) ![b](../beta-turkic-council.md) ![c](%2e%2e/outside.png) "
                   "![d](/etc/x.png) ![e](https://example.org/a.png) ![f](drawing.svg) ![g](fig1.jpg) "
                   "![h](huge.png) ![i](linked.png) ![j](scan.tiff) ![k](broken.png)");
  });
  const std::string in_folder = "content/papers/alpha-smart-power/";
  expect_errors(
      b, {kAlpha + ":78:2: error: image 'fig2.png' is not in the paper's folder " + in_folder +
              "; did you mean 'fig1.png'?",
          kAlpha + ":78:17: error: image 'fig1.png' has no alt text: a reader who cannot see it (a screen reader, a "
                   "text browser, a failed download) would get nothing; say what it shows between the brackets: "
                   "![what it shows](fig1.png)",
          kAlpha + ":78:31: error: image '../beta-turkic-council.md' leaves its paper's folder ('..'): a figure must "
                   "be a file in " + in_folder + "; copy the file into " + in_folder + " and write its name there",
          kAlpha + ":78:63: error: image '%2e%2e/outside.png' leaves its paper's folder ('..'): a figure must be a "
                   "file in " + in_folder + "; copy the file into " + in_folder + " and write its name there",
          kAlpha + ":78:88: error: image '/etc/x.png' is an absolute path: a figure is named relative to its "
                   "paper's folder " + in_folder + "; write the file's name, as ![what it shows](fig1.png)",
          kAlpha + ":78:105: error: remote image 'https://example.org/a.png': the portal publishes only images of "
                   "its own, so the site stays whole on any host and offline, and a reader's visit tells no other "
                   "server; if its licence allows, save it in " + in_folder + " and write its file name",
          kAlpha + ":78:137: error: image 'drawing.svg' is SVG, which the portal does not publish: an SVG file can "
                   "carry scripts and links that would run on the portal's pages; export it as PNG (or WebP)",
          kAlpha + ":78:155: error: image 'fig1.jpg' is a PNG file by its contents, not JPEG as its name says; "
                   "rename it 'fig1.png'",
          kAlpha + ":78:170: error: image 'huge.png' is 10.0 MB; the portal publishes images of at most 10 MB; make "
                   "it smaller: a figure on a page needs no more than some 2000 pixels across",
          kAlpha + ":78:185: error: image 'linked.png' is a symbolic link to a file outside " + in_folder +
              ": the portal publishes only the paper's own files; copy the file into " + in_folder,
          kAlpha + ":78:202: error: 'scan.tiff' is no image file the portal publishes: figures are PNG, JPEG, WebP, "
                   "GIF or AVIF files (.png, .jpg, .jpeg, .webp, .gif, .avif); convert it to PNG or JPEG",
          kAlpha + ":78:218: error: image 'broken.png' is not a PNG file: its first bytes are no PNG, JPEG, WebP, "
                   "GIF or AVIF signature; save it again as a real image file"});
}

TEST_CASE("bad input: an image in a paper without a folder, and in a timeline text", "[e2e][bad-input][figures]") {
  BrokenBuild b([](const fs::path& root) {
    add_line(root, "![The map](map.png)");
    replace_once(root / "content" / "timeline.yaml", "    en: The Turkic Council is founded.\n",
                 "    en: The Turkic Council is founded. ![A map](map.png)\n");
  });
  expect_errors(b, {kAlpha + ":78:2: error: image 'map.png' is not there: the paper has no folder "
                             "content/papers/alpha-smart-power/ for its figures; put the file in "
                             "content/papers/alpha-smart-power/, beside the paper",
                    // A timeline text's links and images are placed by their column within the text.
                    "content/timeline.yaml:20:33: error: image 'map.png': a timeline text has no folder to take "
                    "images from; images are files beside a paper, in content/papers/<id>/; show the figure in the "
                    "paper the event cites"});
}

TEST_CASE("figures: an image in an abstract is shown where the abstract is, on every page that shows it",
          "[e2e][figures]") {
  TempDir dir;
  fs::path root = make_portal(dir);
  fs::create_directories(folder(root));
  spit(folder(root) / "map.jpg", jpeg(640, 480));
  replace_once(root / kAlpha, "the concept of *smart power*.\"",
               "the concept of *smart power*.\\n\\n![A map of the two countries](map.jpg)\"");
  RunResult r = build(root, dir / "site");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(copies(dir / "site", "map.jpg") == 1);
  const std::string img = "<img src=\"../../../papers/alpha-smart-power/map.jpg\" width=\"640\" height=\"480\" "
                          "alt=\"A map of the two countries\" />";
  // The English abstract is on the English page, and among the other abstracts on the others.
  for (const char* lang : {"en", "kk", "ru", "tr"}) {
    INFO(lang);
    CHECK(count_of(slurp(dir / "site" / lang / "papers" / "alpha-smart-power" / "index.html"), img) == 1);
  }
}
