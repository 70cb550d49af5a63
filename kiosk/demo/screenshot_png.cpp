#include "demo/screenshot_png.hpp"

#include <png.h>

#include <cassert>
#include <cstring>

namespace signaal {

std::string write_screenshot_png(const std::filesystem::path& path, int w, int h, const std::vector<unsigned char>& rgba) {
    assert(w > 0 && h > 0 && rgba.size() == static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    std::vector<unsigned char> rgb(static_cast<size_t>(w) * static_cast<size_t>(h) * 3);
    for (size_t i = 0, o = 0; i < rgba.size(); i += 4, o += 3) std::memcpy(&rgb[o], &rgba[i], 3);
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(w);
    image.height = static_cast<png_uint_32>(h);
    image.format = PNG_FORMAT_RGB;
    image.flags = PNG_IMAGE_FLAG_FAST;
    const int ok = png_image_write_to_file(&image, path.c_str(), 0, rgb.data(), 0, nullptr);
    const std::string why = ok ? "" : (image.message[0] ? image.message : "cannot write the file");
    png_image_free(&image);
    return why;
}

}  // namespace signaal
