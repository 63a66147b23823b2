#pragma once
/// What an image file's first bytes say: its type (PNG, JPEG, WebP, GIF,
/// AVIF; SVG recognised so it can be refused) and its size in pixels as a
/// browser shows it (a JPEG's EXIF orientation applied), for the `width` and
/// `height` of its <img>. Reads bytes only: no decoding, no library.

#include <string>
#include <string_view>

namespace portal {

/// The kinds of image file the portal tells apart.
enum class ImageType { unknown, png, jpeg, webp, gif, avif, svg };

/// A header's reading: the type its signature gives, and the displayed size,
/// or why the size cannot be read (`problem`; the type may still be known).
struct ImageHeader {
  ImageType type = ImageType::unknown;
  int width = 0;
  int height = 0;
  std::string problem;  ///< empty when `width` and `height` are known
};

/// Reads the header at the start of `bytes` (the whole file, or at least
/// its first segments: a JPEG's size may follow its EXIF block).
ImageHeader read_image_header(std::string_view bytes);

/// The type a file name's extension claims (case ignored): `.png`, `.jpg`
/// and `.jpeg`, `.webp`, `.gif`, `.avif`, `.svg`; unknown for any other.
ImageType image_type_of_name(std::string_view name);

/// "PNG", "JPEG", "WebP", "GIF", "AVIF", "SVG", or "unknown".
std::string_view image_type_name(ImageType type);

/// The usual extension of a type, without the dot ("png", "jpg", …); "" for unknown.
std::string_view image_type_extension(ImageType type);

}  // namespace portal
