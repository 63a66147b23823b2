#include "content/image_header.h"

#include <cstdint>

#include "text/ascii_case.h"

namespace portal {

namespace {

std::uint32_t be16(std::string_view b, size_t at) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 8) |
         static_cast<unsigned char>(b[at + 1]);
}
std::uint32_t be32(std::string_view b, size_t at) { return (be16(b, at) << 16) | be16(b, at + 2); }
std::uint32_t le16(std::string_view b, size_t at) {
  return static_cast<unsigned char>(b[at]) | (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8);
}
std::uint32_t le24(std::string_view b, size_t at) {
  return le16(b, at) | (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16);
}
std::uint32_t le32(std::string_view b, size_t at) { return le16(b, at) | (le16(b, at + 2) << 16); }

bool starts(std::string_view b, std::string_view prefix, size_t at = 0) { return b.substr(at, prefix.size()) == prefix; }

ImageHeader sized(ImageType type, std::uint64_t w, std::uint64_t h) {
  ImageHeader out;
  out.type = type;
  if (w == 0 || h == 0 || w > 0x7FFFFFFF || h > 0x7FFFFFFF) {
    out.problem = "its header gives no usable size";
    return out;
  }
  out.width = static_cast<int>(w);
  out.height = static_cast<int>(h);
  return out;
}

ImageHeader broken(ImageType type, std::string why) {
  ImageHeader out;
  out.type = type;
  out.problem = std::move(why);
  return out;
}

/// The EXIF orientation (1–8) of an APP1 segment's data, or 0 when it has none.
int exif_orientation(std::string_view seg) {
  if (!starts(seg, std::string_view("Exif\0\0", 6))) return 0;
  std::string_view tiff = seg.substr(6);
  if (tiff.size() < 8) return 0;
  bool little = starts(tiff, "II");
  if (!little && !starts(tiff, "MM")) return 0;
  auto u16 = [&](size_t at) { return little ? le16(tiff, at) : be16(tiff, at); };
  auto u32 = [&](size_t at) { return little ? le32(tiff, at) : be32(tiff, at); };
  std::uint32_t ifd = u32(4);
  if (ifd > tiff.size() || tiff.size() - ifd < 2) return 0;
  std::uint32_t entries = u16(ifd);
  for (std::uint32_t i = 0; i < entries; ++i) {
    size_t e = ifd + 2 + 12 * static_cast<size_t>(i);
    if (e + 12 > tiff.size()) return 0;
    if (u16(e) == 0x0112) {
      std::uint32_t v = u16(e + 8);
      return v >= 1 && v <= 8 ? static_cast<int>(v) : 0;
    }
  }
  return 0;
}

ImageHeader jpeg(std::string_view b) {
  int orientation = 0;
  size_t at = 2;
  while (at + 4 <= b.size()) {
    if (static_cast<unsigned char>(b[at]) != 0xFF) return broken(ImageType::jpeg, "its segments are damaged");
    unsigned marker = static_cast<unsigned char>(b[at + 1]);
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
      at += 2;
      continue;
    }
    if (marker == 0xD9 || marker == 0xDA) break;  // end of image, start of scan: no frame header before
    std::uint32_t len = be16(b, at + 2);
    if (len < 2) return broken(ImageType::jpeg, "its segments are damaged");
    bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      if (at + 9 > b.size()) break;
      std::uint32_t h = be16(b, at + 5), w = be16(b, at + 7);
      // Orientations 5 to 8 turn the picture a quarter: the browser shows it h × w.
      return orientation >= 5 ? sized(ImageType::jpeg, h, w) : sized(ImageType::jpeg, w, h);
    }
    if (marker == 0xE1 && orientation == 0 && at + 4 < b.size())
      orientation = exif_orientation(b.substr(at + 4, std::min<size_t>(len - 2, b.size() - at - 4)));
    at += 2 + len;
  }
  return broken(ImageType::jpeg, "it has no frame header giving its size");
}

ImageHeader webp(std::string_view b) {
  if (b.size() < 30) return broken(ImageType::webp, "the file is cut short");
  if (starts(b, "VP8 ", 12)) {
    if (!starts(b, "\x9D\x01\x2A", 23)) return broken(ImageType::webp, "its VP8 frame has no start code");
    return sized(ImageType::webp, le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
  }
  if (starts(b, "VP8L", 12)) {
    if (static_cast<unsigned char>(b[20]) != 0x2F) return broken(ImageType::webp, "its VP8L signature is missing");
    std::uint32_t bits = le32(b, 21);
    return sized(ImageType::webp, 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
  }
  if (starts(b, "VP8X", 12)) return sized(ImageType::webp, 1 + std::uint64_t{le24(b, 24)}, 1 + std::uint64_t{le24(b, 27)});
  return broken(ImageType::webp, "its first chunk is none of VP8, VP8L, VP8X");
}

/// One ISO-BMFF box: its type and contents (after the size and type fields).
struct Box {
  std::string_view type, body;
};

/// The boxes of `b` in order; stops at the first that does not fit.
template <class Fn>
void each_box(std::string_view b, Fn&& fn) {
  size_t at = 0;
  while (at + 8 <= b.size()) {
    std::uint64_t size = be32(b, at);
    size_t head = 8;
    if (size == 1) {
      if (at + 16 > b.size()) return;
      size = (std::uint64_t{be32(b, at + 8)} << 32) | be32(b, at + 12);
      head = 16;
    } else if (size == 0) {
      size = b.size() - at;
    }
    if (size < head || size > b.size() - at) return;
    if (fn(Box{b.substr(at + 4, 4), b.substr(at + head, static_cast<size_t>(size) - head)})) return;
    at += static_cast<size_t>(size);
  }
}

/// The contents of the first child box of `type` in `b`, or nullopt-like empty type.
Box child(std::string_view b, std::string_view type) {
  Box found;
  each_box(b, [&](const Box& box) {
    if (box.type != type) return false;
    found = box;
    return true;
  });
  return found;
}

ImageHeader avif(std::string_view b) {
  Box meta = child(b, "meta");
  if (meta.type.empty() || meta.body.size() < 4) return broken(ImageType::avif, "it has no meta box");
  Box iprp = child(meta.body.substr(4), "iprp");  // meta is a full box: version and flags first
  Box ipco = iprp.type.empty() ? Box{} : child(iprp.body, "ipco");
  Box ispe = ipco.type.empty() ? Box{} : child(ipco.body, "ispe");
  if (ispe.type.empty() || ispe.body.size() < 12) return broken(ImageType::avif, "it has no image size property (ispe)");
  return sized(ImageType::avif, be32(ispe.body, 4), be32(ispe.body, 8));
}

/// Whether an ISO-BMFF file's `ftyp` names an AVIF brand.
bool avif_brand(std::string_view b) {
  if (b.size() < 16 || !starts(b, "ftyp", 4)) return false;
  std::uint32_t size = be32(b, 0);
  if (size < 16 || size > b.size()) return false;
  for (size_t at = 8; at + 4 <= size; at += 4) {
    if (at == 12) continue;  // the minor version
    if (starts(b, "avif", at) || starts(b, "avis", at)) return true;
  }
  return false;
}

bool looks_like_svg(std::string_view b) {
  if (starts(b, "\xEF\xBB\xBF")) b.remove_prefix(3);
  size_t first = b.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  b.remove_prefix(first);
  if (starts(b, "<svg")) return true;
  if (!starts(b, "<?xml") && !starts(b, "<!DOCTYPE") && !starts(b, "<!--")) return false;
  return b.substr(0, 4096).find("<svg") != std::string_view::npos;
}

}  // namespace

ImageHeader read_image_header(std::string_view b) {
  if (starts(b, "\x89PNG\r\n\x1A\n")) {
    if (b.size() < 24 || !starts(b, "IHDR", 12)) return broken(ImageType::png, "it has no IHDR chunk after its signature");
    return sized(ImageType::png, be32(b, 16), be32(b, 20));
  }
  if (starts(b, "\xFF\xD8\xFF")) return jpeg(b);
  if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
    if (b.size() < 10) return broken(ImageType::gif, "the file is cut short");
    return sized(ImageType::gif, le16(b, 6), le16(b, 8));
  }
  if (starts(b, "RIFF") && starts(b, "WEBP", 8)) return webp(b);
  if (avif_brand(b)) return avif(b);
  if (looks_like_svg(b)) return broken(ImageType::svg, "SVG is not read for a size");
  return broken(ImageType::unknown, "its first bytes are no PNG, JPEG, WebP, GIF or AVIF signature");
}

ImageType image_type_of_name(std::string_view name) {
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return ImageType::unknown;
  std::string ext = text::ascii_lower(name.substr(dot + 1));
  if (ext == "png") return ImageType::png;
  if (ext == "jpg" || ext == "jpeg") return ImageType::jpeg;
  if (ext == "webp") return ImageType::webp;
  if (ext == "gif") return ImageType::gif;
  if (ext == "avif") return ImageType::avif;
  if (ext == "svg") return ImageType::svg;
  return ImageType::unknown;
}

std::string_view image_type_name(ImageType type) {
  switch (type) {
    case ImageType::png: return "PNG";
    case ImageType::jpeg: return "JPEG";
    case ImageType::webp: return "WebP";
    case ImageType::gif: return "GIF";
    case ImageType::avif: return "AVIF";
    case ImageType::svg: return "SVG";
    case ImageType::unknown: break;
  }
  return "unknown";
}

std::string_view image_type_extension(ImageType type) {
  switch (type) {
    case ImageType::png: return "png";
    case ImageType::jpeg: return "jpg";
    case ImageType::webp: return "webp";
    case ImageType::gif: return "gif";
    case ImageType::avif: return "avif";
    case ImageType::svg: return "svg";
    case ImageType::unknown: break;
  }
  return "";
}

}  // namespace portal
