// The image header reader: each type's signature and size, a JPEG's size
// after its EXIF block with the orientation applied, AVIF's ispe property,
// SVG told apart, and damaged or cut-short headers named as such.

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "content/image_header.h"

using namespace portal;

namespace {

std::string be32(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}
std::string be16(std::uint32_t v) { return {static_cast<char>(v >> 8), static_cast<char>(v)}; }
std::string le16(std::uint32_t v) { return {static_cast<char>(v), static_cast<char>(v >> 8)}; }
std::string le24(std::uint32_t v) { return le16(v) + std::string(1, static_cast<char>(v >> 16)); }
std::string le32(std::uint32_t v) { return le16(v) + le16(v >> 16); }

std::string png(std::uint32_t w, std::uint32_t h) {
  return std::string("\x89PNG\r\n\x1A\n", 8) + be32(13) + "IHDR" + be32(w) + be32(h) + std::string("\x08\x02\0\0\0", 5);
}

/// A JPEG's APP1 EXIF segment (big-endian TIFF) with one IFD0 entry: the orientation.
std::string exif(std::uint32_t orientation) {
  std::string tiff = std::string("MM\0\x2A", 4) + be32(8) + be16(1) + be16(0x0112) + be16(3) + be32(1) +
                     be16(orientation) + be16(0) + be32(0);
  std::string data = std::string("Exif\0\0", 6) + tiff;
  return std::string("\xFF\xE1", 2) + be16(static_cast<std::uint32_t>(data.size() + 2)) + data;
}

/// A baseline JPEG's start: SOI, a JFIF APP0, `extra` segments, then SOF0.
std::string jpeg(std::uint32_t w, std::uint32_t h, const std::string& extra = {}, char sof = '\xC0') {
  std::string app0 = std::string("\xFF\xE0", 2) + be16(16) + std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14);
  std::string frame = std::string("\xFF", 1) + sof + be16(17) + "\x08" + be16(h) + be16(w) + std::string(12, '\0');
  return std::string("\xFF\xD8", 2) + app0 + extra + frame;
}

std::string box(const std::string& type, const std::string& body) {
  return be32(static_cast<std::uint32_t>(body.size() + 8)) + type + body;
}

std::string avif(std::uint32_t w, std::uint32_t h, const std::string& brand = "avif") {
  std::string ftyp = box("ftyp", brand + be32(0) + "mif1" + brand);
  std::string ispe = box("ispe", be32(0) + be32(w) + be32(h));
  std::string meta = box("meta", be32(0) + box("hdlr", std::string(24, '\0')) + box("iprp", box("ipco", ispe)));
  return ftyp + meta + box("mdat", "x");
}

void check_size(const ImageHeader& h, ImageType type, int w, int hgt) {
  INFO("problem: " << h.problem);
  CHECK(h.type == type);
  CHECK(h.problem.empty());
  CHECK(h.width == w);
  CHECK(h.height == hgt);
}

}  // namespace

TEST_CASE("image header: PNG and GIF give their size") {
  check_size(read_image_header(png(1600, 40)), ImageType::png, 1600, 40);
  check_size(read_image_header("GIF89a" + le16(320) + le16(200) + std::string(3, '\0')), ImageType::gif, 320, 200);
  check_size(read_image_header("GIF87a" + le16(1) + le16(65535)), ImageType::gif, 1, 65535);
}

TEST_CASE("image header: a JPEG's frame is found past its segments, and EXIF orientation turns it") {
  check_size(read_image_header(jpeg(640, 480)), ImageType::jpeg, 640, 480);
  check_size(read_image_header(jpeg(640, 480, exif(1))), ImageType::jpeg, 640, 480);
  // Orientation 6 (turned a quarter): the browser shows it 480 wide, 640 high.
  check_size(read_image_header(jpeg(640, 480, exif(6))), ImageType::jpeg, 480, 640);
  check_size(read_image_header(jpeg(640, 480, exif(8))), ImageType::jpeg, 480, 640);
  check_size(read_image_header(jpeg(640, 480, exif(3))), ImageType::jpeg, 640, 480);
  // A progressive frame (SOF2) behind a big comment segment; DHT (C4) is no frame.
  std::string comment = std::string("\xFF\xFE", 2) + be16(40002) + std::string(40000, 'c');
  std::string dht = std::string("\xFF\xC4", 2) + be16(4) + "ab";
  check_size(read_image_header(jpeg(3000, 2000, comment + dht, '\xC2')), ImageType::jpeg, 3000, 2000);
}

TEST_CASE("image header: WebP lossy, lossless and extended") {
  auto riff = [](const std::string& chunk) { return "RIFF" + le32(100) + "WEBP" + chunk; };
  std::string vp8 = "VP8 " + le32(50) + std::string("\x10\x02\0\x9D\x01\x2A", 6) + le16(800) + le16(600) +
                    std::string(8, '\0');
  check_size(read_image_header(riff(vp8)), ImageType::webp, 800, 600);
  std::uint32_t bits = (1023u - 1) | ((511u - 1) << 14);
  std::string vp8l = "VP8L" + le32(50) + "\x2F" + le32(bits) + std::string(8, '\0');
  check_size(read_image_header(riff(vp8l)), ImageType::webp, 1023, 511);
  std::string vp8x = "VP8X" + le32(10) + std::string(4, '\0') + le24(1919) + le24(1079) + std::string(4, '\0');
  check_size(read_image_header(riff(vp8x)), ImageType::webp, 1920, 1080);
}

TEST_CASE("image header: AVIF's size is its ispe property") {
  check_size(read_image_header(avif(1200, 900)), ImageType::avif, 1200, 900);
  check_size(read_image_header(avif(64, 32, "avis")), ImageType::avif, 64, 32);
  // Another ISO-BMFF brand (HEIC) is no AVIF.
  CHECK(read_image_header(avif(64, 32, "heic")).type == ImageType::unknown);
}

TEST_CASE("image header: SVG is recognised, as text or after an XML declaration") {
  CHECK(read_image_header("<svg xmlns=\"http://www.w3.org/2000/svg\"/>").type == ImageType::svg);
  CHECK(read_image_header("\xEF\xBB\xBF  <?xml version=\"1.0\"?>\n<svg/>").type == ImageType::svg);
  CHECK(read_image_header("<?xml version=\"1.0\"?><note/>").type == ImageType::unknown);
}

TEST_CASE("image header: damaged, cut short and unknown headers say why") {
  ImageHeader cut = read_image_header(png(10, 10).substr(0, 20));
  CHECK(cut.type == ImageType::png);
  CHECK(cut.problem == "it has no IHDR chunk after its signature");
  ImageHeader zero = read_image_header(png(0, 10));
  CHECK(zero.problem == "its header gives no usable size");
  ImageHeader no_frame = read_image_header(std::string("\xFF\xD8\xFF\xD9", 4));
  CHECK(no_frame.type == ImageType::jpeg);
  CHECK(no_frame.problem == "it has no frame header giving its size");
  ImageHeader junk = read_image_header(std::string("\xFF\xD8\xFF\xE0\x00\x10", 6) + "JFIF" + std::string(10, '\0') + "xxxxxx");
  CHECK(junk.problem == "its segments are damaged");
  ImageHeader text = read_image_header("just text");
  CHECK(text.type == ImageType::unknown);
  CHECK(text.problem == "its first bytes are no PNG, JPEG, WebP, GIF or AVIF signature");
  CHECK(read_image_header("").type == ImageType::unknown);
  CHECK_FALSE(read_image_header("RIFF" + le32(4) + "WEBP").problem.empty());
}

TEST_CASE("image header: the type a name claims, case ignored") {
  CHECK(image_type_of_name("fig1.PNG") == ImageType::png);
  CHECK(image_type_of_name("maps/a.jpeg") == ImageType::jpeg);
  CHECK(image_type_of_name("a.JPG") == ImageType::jpeg);
  CHECK(image_type_of_name("a.webp") == ImageType::webp);
  CHECK(image_type_of_name("a.gif") == ImageType::gif);
  CHECK(image_type_of_name("a.avif") == ImageType::avif);
  CHECK(image_type_of_name("a.svg") == ImageType::svg);
  CHECK(image_type_of_name("a.tiff") == ImageType::unknown);
  CHECK(image_type_of_name("png") == ImageType::unknown);
  CHECK(image_type_extension(ImageType::jpeg) == "jpg");
  CHECK(image_type_name(ImageType::webp) == "WebP");
}
