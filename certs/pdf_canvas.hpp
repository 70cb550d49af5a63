#pragma once
// PDF drawing on libharu with the two certificate fonts loaded for UTF-8 text.
// Every document loads its own fonts, so canvases on different threads share nothing.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "render_assets.hpp"

namespace signaal::certs {

struct QrMatrix;

enum class Face { Regular, Bold };
enum class Align { Left, Center, Right };
struct Rgb {
    float r, g, b;
};

// Text broken into lines at one font size.
struct TextBlock {
    float size = 0;
    std::vector<std::string> lines;
};

class PdfCanvas {
public:
    enum class Orientation { Portrait, Landscape };
    PdfCanvas(const RenderAssets& assets, Orientation orientation);  // A4
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    float width() const;
    float height() const;

    // Pages: drawing goes to the current page. A new page is A4 in the canvas's orientation.
    void add_page();
    int page_count() const;
    // Draws on an earlier page again (a footer that needs the page count, say); index from 0.
    void go_to_page(int index);

    float text_width(Face face, float size, std::string_view text, float char_space = 0) const;
    void text(Face face, float size, Rgb color, float x, float y, Align align, std::string_view text,
              float char_space = 0);
    // The largest size in [min_size, max_size] at which `text` wraps into at most max_lines lines
    // of max_width; at min_size it breaks inside words too, so the result always fits.
    TextBlock fit(Face face, std::string_view text, float max_width, float max_size, float min_size,
                  std::size_t max_lines) const;
    // `text` on one line of max_width: itself if it fits, else cut at a character and ended with "…".
    std::string ellipsize(Face face, float size, std::string_view text, float max_width) const;
    // Draws a TextBlock centred on x, first baseline at y, lines `leading` x size apart.
    // Returns the baseline of the last line.
    float block(Face face, Rgb color, float x, float y, Align align, const TextBlock& b, float leading = 1.2f);

    void stroke_rect(float x, float y, float w, float h, Rgb color, float line_width);
    void fill_rect(float x, float y, float w, float h, Rgb color);
    void line(float x1, float y1, float x2, float y2, Rgb color, float line_width);
    void qr(const QrMatrix& m, float x, float y, float size);  // size covers the modules, no quiet zone
    void emblem(float cx, float cy, float radius, Rgb color);
    // Draws the PNG scaled into the box, centred; throws PdfError naming the file if it cannot.
    void logo(const std::filesystem::path& png, float cx, float cy, float max_w, float max_h);

    // Draws a few glyphs invisibly (text render mode 3), a different set per `variant`, so the
    // embedded font subsets change size. See render_page() for why.
    void add_invisible_glyphs(int variant);

    void set_info(const std::string& title, const std::string& author, const std::string& subject,
                  const std::string& keywords);
    std::vector<std::uint8_t> save();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Writes the bytes to path with mode 0600 (a PDF holds a name) through write_file_atomically:
// a reader never sees half a PDF, and a power cut keeps the whole file. Throws PdfError naming the path.
void save_pdf(const std::vector<std::uint8_t>& bytes, const std::filesystem::path& path);

}  // namespace signaal::certs
