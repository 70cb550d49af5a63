#include "pdf_canvas.hpp"

#include <hpdf.h>
#include <unistd.h>

#include <cassert>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>

#include "atomic_file.hpp"
#include "cjk_breaks.hpp"
#include "qr.hpp"
#include "utf8_text.hpp"

namespace signaal::certs {

namespace {

// libharu reports errors through a callback; we note the first one and throw after the call
// returns, because unwinding through C frames is undefined.
struct ErrorSlot {
    HPDF_STATUS error = 0;
    HPDF_STATUS detail = 0;
};

void on_hpdf_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    auto* slot = static_cast<ErrorSlot*>(user);
    if (slot->error == 0) {
        slot->error = error;
        slot->detail = detail;
    }
}

std::string hpdf_error_text(const ErrorSlot& e) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "libharu error 0x%04lX (detail %lu)", static_cast<unsigned long>(e.error),
                  static_cast<unsigned long>(e.detail));
    return buf;
}

// A piece of text a line may break before: a word, or one CJK character (Chinese has no spaces;
// common/cjk_breaks says where it may break). space_before: a space separates it from the one before.
struct Token {
    std::string text;
    bool space_before = false;
};

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> out;
    Token cur;
    bool space = false;
    char32_t prev = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view ch = text.substr(i, utf8::char_size(text, i));
        i += ch.size();
        const char32_t c = utf8::first_code_point(ch);
        if (is_space(c)) {
            if (!cur.text.empty()) out.push_back(std::move(cur));
            cur = {};
            space = true;
        } else {
            if (!cur.text.empty() && cjk::may_break_between(prev, c)) {
                out.push_back(std::move(cur));
                cur = {};
            }
            if (cur.text.empty()) {
                cur.space_before = space && !out.empty();
                space = false;
            }
            cur.text += ch;
        }
        prev = c;
    }
    if (!cur.text.empty()) out.push_back(std::move(cur));
    return out;
}

// A stretch of text in one font: CJK characters come from the CJK font, the rest from DejaVu.
struct Run {
    std::string_view text;
    bool cjk;
};

std::vector<Run> runs_of(std::string_view text) {
    std::vector<Run> runs;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8::char_size(text, i);
        const bool c = cjk::is_cjk(utf8::first_code_point(text.substr(i, n)));
        if (runs.empty() || runs.back().cjk != c)
            runs.push_back({text.substr(i, n), c});
        else
            runs.back().text = std::string_view(runs.back().text.data(), runs.back().text.size() + n);
        i += n;
    }
    return runs;
}

}  // namespace

struct PdfCanvas::Impl {
    ErrorSlot errors;
    HPDF_Doc doc = nullptr;
    HPDF_Page page = nullptr;  // the one drawn on
    std::vector<HPDF_Page> pages;
    HPDF_PageDirection direction = HPDF_PAGE_PORTRAIT;
    HPDF_Font regular = nullptr;
    HPDF_Font bold = nullptr;
    std::filesystem::path cjk_path;
    // Loaded with the first CJK text: a document without any neither reads nor embeds it.
    mutable HPDF_Font cjk = nullptr;

    ~Impl() {
        if (doc) HPDF_Free(doc);
    }

    void check(const std::string& what) {
        if (errors.error != 0) {
            const std::string text = hpdf_error_text(errors);
            errors = {};
            HPDF_ResetError(doc);
            throw PdfError(what + ": " + text);
        }
    }

    HPDF_Font font(Face f) const { return f == Face::Bold ? bold : regular; }
    HPDF_Font font(Face f, const Run& r) const { return r.cjk ? cjk_font() : font(f); }

    HPDF_Font cjk_font() const {
        if (!cjk) cjk = const_cast<Impl*>(this)->load_font(cjk_path);
        return cjk;
    }

    void add_page() {
        page = HPDF_AddPage(doc);
        HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, direction);
        check("cannot add a page");
        pages.push_back(page);
    }

    HPDF_Font load_font(const std::filesystem::path& path) {
        const char* name = HPDF_LoadTTFontFromFile(doc, path.c_str(), HPDF_TRUE);
        if (!name || errors.error != 0) {
            errors = {};
            HPDF_ResetError(doc);
            throw PdfError("cannot load certificate font " + path.string() +
                           " (is the build complete, or SIGNAAL_CERT_FONT_DIR set?)");
        }
        HPDF_Font f = HPDF_GetFont(doc, name, "UTF-8");
        check("cannot use font " + path.string());
        return f;
    }

    void set_color_fill(Rgb c) { HPDF_Page_SetRGBFill(page, c.r, c.g, c.b); }
    void set_color_stroke(Rgb c) { HPDF_Page_SetRGBStroke(page, c.r, c.g, c.b); }

    float width_of(Face face, float size, std::string_view text, float char_space) const {
        float w = 0;
        for (const Run& r : runs_of(text)) {
            const HPDF_TextWidth tw = HPDF_Font_TextWidth(font(face, r), reinterpret_cast<const HPDF_BYTE*>(r.text.data()),
                                                          static_cast<HPDF_UINT>(r.text.size()));
            w += static_cast<float>(tw.width) * size / 1000.0f + char_space * static_cast<float>(tw.numchars);
        }
        return w;
    }

    // Words with their widths at 1 pt: width scales linearly with size, so fitting can try many
    // sizes without asking libharu (which looks up every glyph) again.
    struct Measured {
        std::vector<Token> words;
        std::vector<float> width1;
        float space1 = 0;
    };

    Measured measure(Face face, std::string_view text) const {
        Measured m;
        m.words = tokens_of(text);
        for (const auto& w : m.words) m.width1.push_back(width_of(face, 1, w.text, 0));
        m.space1 = width_of(face, 1, " ", 0);
        return m;
    }

    // Greedy word wrap. With break_words a word wider than the line is cut between characters;
    // without it such a word makes the wrap fail (returns no lines).
    std::vector<std::string> wrap(Face face, float size, const Measured& m, float max_width, bool break_words) const {
        std::vector<std::string> lines;
        std::string cur;
        float cur_w = 0;
        for (std::size_t k = 0; k < m.words.size(); ++k) {
            const std::string& word = m.words[k].text;
            const float word_w = m.width1[k] * size;
            const float space_w = m.words[k].space_before ? m.space1 * size : 0;
            if (!cur.empty() && cur_w + space_w + word_w <= max_width) {
                cur += (m.words[k].space_before ? " " : "") + word;
                cur_w += space_w + word_w;
                continue;
            }
            if (!cur.empty()) lines.push_back(std::move(cur));
            cur.clear();
            cur_w = 0;
            if (word_w <= max_width) {
                cur = word;
                cur_w = word_w;
                continue;
            }
            if (!break_words) return {};
            for (std::size_t i = 0; i < word.size();) {
                const std::size_t n = utf8::char_size(word, i);
                const std::string cand = cur + word.substr(i, n);
                if (!cur.empty() && width_of(face, size, cand, 0) > max_width) {
                    lines.push_back(std::move(cur));
                    cur = word.substr(i, n);
                } else {
                    cur = cand;
                }
                i += n;
            }
            cur_w = width_of(face, size, cur, 0);
        }
        if (!cur.empty()) lines.push_back(std::move(cur));
        return lines;
    }
};

PdfCanvas::PdfCanvas(const RenderAssets& assets, Orientation orientation) : impl_(std::make_unique<Impl>()) {
    impl_->doc = HPDF_New(on_hpdf_error, &impl_->errors);
    if (!impl_->doc) throw PdfError("cannot start a PDF document (out of memory)");
    HPDF_SetCompressionMode(impl_->doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(impl_->doc);
    HPDF_SetCurrentEncoder(impl_->doc, "UTF-8");
    impl_->check("cannot set up UTF-8 text");
    impl_->regular = impl_->load_font(assets.regular_font);
    impl_->bold = impl_->load_font(assets.bold_font);
    impl_->cjk_path = assets.cjk_font;
    impl_->direction = orientation == Orientation::Landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT;
    impl_->add_page();
}

PdfCanvas::~PdfCanvas() = default;

float PdfCanvas::width() const { return HPDF_Page_GetWidth(impl_->page); }
float PdfCanvas::height() const { return HPDF_Page_GetHeight(impl_->page); }

void PdfCanvas::add_page() { impl_->add_page(); }

int PdfCanvas::page_count() const { return static_cast<int>(impl_->pages.size()); }

void PdfCanvas::go_to_page(int index) {
    assert(index >= 0 && index < page_count());
    impl_->page = impl_->pages[static_cast<std::size_t>(index)];
}

float PdfCanvas::text_width(Face face, float size, std::string_view text, float char_space) const {
    return impl_->width_of(face, size, text, char_space);
}

void PdfCanvas::text(Face face, float size, Rgb color, float x, float y, Align align, std::string_view text,
                     float char_space) {
    if (text.empty()) return;
    const std::string s(text);  // libharu wants a NUL-terminated string
    float w = impl_->width_of(face, size, s, char_space);
    if (char_space > 0) w -= char_space;  // no spacing after the last character
    float left = align == Align::Left ? x : align == Align::Center ? x - w / 2 : x - w;
    HPDF_Page page = impl_->page;
    impl_->set_color_fill(color);
    for (const Run& r : runs_of(s)) {
        const std::string run(r.text);
        // The CJK font has one weight: its bold is drawn with a thin outline of the same colour.
        const bool thicken = r.cjk && face == Face::Bold;
        if (thicken) {
            impl_->set_color_stroke(color);
            HPDF_Page_SetLineWidth(page, size * 0.03f);
            HPDF_Page_SetTextRenderingMode(page, HPDF_FILL_THEN_STROKE);
        }
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, impl_->font(face, r), size);
        HPDF_Page_SetCharSpace(page, char_space);
        HPDF_Page_TextOut(page, left, y, run.c_str());
        HPDF_Page_EndText(page);
        if (thicken) HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
        left += impl_->width_of(face, size, run, char_space);
        impl_->check("cannot draw text");
    }
}

TextBlock PdfCanvas::fit(Face face, std::string_view text, float max_width, float max_size, float min_size,
                         std::size_t max_lines) const {
    assert(max_size >= min_size && min_size > 0 && max_lines >= 1);
    const Impl::Measured m = impl_->measure(face, text);
    for (float size = max_size; size >= min_size; size -= 0.5f) {
        auto lines = impl_->wrap(face, size, m, max_width, false);
        if (!lines.empty() && lines.size() <= max_lines) return {size, std::move(lines)};
    }
    // Nothing fits at min_size without cutting words (one very long word, or a very long text):
    // cut between characters, and shrink further if even that needs too many lines.
    for (float size = min_size;; size *= 0.9f) {
        auto lines = impl_->wrap(face, size, m, max_width, true);
        if (lines.size() <= max_lines || size < 1.0f) {
            lines.resize(std::min(lines.size(), max_lines));
            return {size, std::move(lines)};
        }
    }
}

std::string PdfCanvas::ellipsize(Face face, float size, std::string_view text, float max_width) const {
    if (impl_->width_of(face, size, text, 0) <= max_width) return std::string(text);
    static constexpr std::string_view kEllipsis = "\u2026";
    const float room = max_width - impl_->width_of(face, size, kEllipsis, 0);
    // Character by character, measuring each once: a prefix's width is the sum of its characters'
    // (libharu applies no kerning), so this stays linear in the length of the text.
    std::size_t end = 0;
    float used = 0;
    while (end < text.size()) {
        const std::size_t n = utf8::char_size(text, end);
        const float w = impl_->width_of(face, size, text.substr(end, n), 0);
        if (used + w > room) break;
        used += w;
        end += n;
    }
    while (end > 0 && text[end - 1] == ' ') --end;  // "Anna …" reads worse than "Anna…"
    return std::string(text.substr(0, end)) + std::string(kEllipsis);
}

float PdfCanvas::block(Face face, Rgb color, float x, float y, Align align, const TextBlock& b, float leading) {
    float baseline = y;
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
        baseline = y - static_cast<float>(i) * b.size * leading;
        text(face, b.size, color, x, baseline, align, b.lines[i]);
    }
    return baseline;
}

void PdfCanvas::stroke_rect(float x, float y, float w, float h, Rgb color, float line_width) {
    impl_->set_color_stroke(color);
    HPDF_Page_SetLineWidth(impl_->page, line_width);
    HPDF_Page_Rectangle(impl_->page, x, y, w, h);
    HPDF_Page_Stroke(impl_->page);
}

void PdfCanvas::fill_rect(float x, float y, float w, float h, Rgb color) {
    impl_->set_color_fill(color);
    HPDF_Page_Rectangle(impl_->page, x, y, w, h);
    HPDF_Page_Fill(impl_->page);
}

void PdfCanvas::line(float x1, float y1, float x2, float y2, Rgb color, float line_width) {
    impl_->set_color_stroke(color);
    HPDF_Page_SetLineWidth(impl_->page, line_width);
    HPDF_Page_MoveTo(impl_->page, x1, y1);
    HPDF_Page_LineTo(impl_->page, x2, y2);
    HPDF_Page_Stroke(impl_->page);
}

void PdfCanvas::qr(const QrMatrix& m, float x, float y, float size) {
    if (m.width <= 0) return;
    const float cell = size / static_cast<float>(m.width);
    HPDF_Page page = impl_->page;
    HPDF_Page_SetRGBFill(page, 0, 0, 0);  // pure black on white scans best
    // One rectangle per horizontal run of dark modules keeps the page small; a hair of overlap
    // between rows stops viewers drawing thin white seams.
    for (int row = 0; row < m.width; ++row) {
        const float top = y + size - static_cast<float>(row) * cell;
        for (int col = 0; col < m.width;) {
            if (!m.at(col, row)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < m.width && m.at(end, row)) ++end;
            HPDF_Page_Rectangle(page, x + static_cast<float>(col) * cell, top - cell - 0.05f,
                                static_cast<float>(end - col) * cell, cell + 0.05f);
            col = end;
        }
    }
    HPDF_Page_Fill(page);
    impl_->check("cannot draw the QR code");
}

void PdfCanvas::emblem(float cx, float cy, float r, Rgb color) {
    HPDF_Page page = impl_->page;
    // A plain seal: a filled disc inside a fine ring, with a white tick. Calm, and no one's trademark.
    impl_->set_color_stroke(color);
    HPDF_Page_SetLineWidth(page, r * 0.035f);
    HPDF_Page_Circle(page, cx, cy, r);
    HPDF_Page_Stroke(page);
    impl_->set_color_fill(color);
    HPDF_Page_Circle(page, cx, cy, r * 0.86f);
    HPDF_Page_Fill(page);
    HPDF_Page_SetRGBStroke(page, 1, 1, 1);
    HPDF_Page_SetLineWidth(page, r * 0.03f);
    HPDF_Page_Circle(page, cx, cy, r * 0.74f);
    HPDF_Page_Stroke(page);
    HPDF_Page_SetLineWidth(page, r * 0.13f);
    HPDF_Page_SetLineCap(page, HPDF_ROUND_END);
    HPDF_Page_SetLineJoin(page, HPDF_ROUND_JOIN);
    HPDF_Page_MoveTo(page, cx - r * 0.34f, cy + r * 0.02f);
    HPDF_Page_LineTo(page, cx - r * 0.09f, cy - r * 0.24f);
    HPDF_Page_LineTo(page, cx + r * 0.36f, cy + r * 0.28f);
    HPDF_Page_Stroke(page);
    HPDF_Page_SetLineCap(page, HPDF_BUTT_END);
    HPDF_Page_SetLineJoin(page, HPDF_MITER_JOIN);
    impl_->check("cannot draw the emblem");
}

void PdfCanvas::logo(const std::filesystem::path& png, float cx, float cy, float max_w, float max_h) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(png, ec)) throw PdfError("logo " + png.string() + " does not exist");
    HPDF_Image image = HPDF_LoadPngImageFromFile(impl_->doc, png.c_str());
    if (!image || impl_->errors.error != 0) {
        impl_->errors = {};
        HPDF_ResetError(impl_->doc);
        throw PdfError("cannot read logo " + png.string() + ": use a non-interlaced 8-bit PNG");
    }
    const float w = static_cast<float>(HPDF_Image_GetWidth(image));
    const float h = static_cast<float>(HPDF_Image_GetHeight(image));
    if (w <= 0 || h <= 0) throw PdfError("logo " + png.string() + " is empty");
    const float scale = std::min(max_w / w, max_h / h);
    HPDF_Page_DrawImage(impl_->page, image, cx - w * scale / 2, cy - h * scale / 2, w * scale, h * scale);
    impl_->check("cannot draw logo " + png.string());
}

void PdfCanvas::add_invisible_glyphs(int variant) {
    static constexpr const char* kGlyphs[] = {"~", "^|", "@#", "{}\\", "[]`"};
    const char* glyphs = kGlyphs[static_cast<std::size_t>(variant) % std::size(kGlyphs)];
    HPDF_Page page = impl_->page;
    HPDF_Page_SetTextRenderingMode(page, HPDF_INVISIBLE);
    for (HPDF_Font f : {impl_->regular, impl_->bold, impl_->cjk}) {
        if (!f) continue;  // no CJK text, no CJK font
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, f, 1);
        HPDF_Page_TextOut(page, 1, 1, glyphs);
        HPDF_Page_EndText(page);
    }
    HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
    impl_->check("cannot draw text");
}

void PdfCanvas::set_info(const std::string& title, const std::string& author, const std::string& subject,
                         const std::string& keywords) {
    HPDF_Doc doc = impl_->doc;
    HPDF_SetInfoAttr(doc, HPDF_INFO_TITLE, title.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_AUTHOR, author.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_SUBJECT, subject.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_KEYWORDS, keywords.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "Signaal");
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    HPDF_Date d{};
    d.year = utc.tm_year + 1900;
    d.month = utc.tm_mon + 1;
    d.day = utc.tm_mday;
    d.hour = utc.tm_hour;
    d.minutes = utc.tm_min;
    d.seconds = utc.tm_sec;
    d.ind = 'Z';
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, d);
    impl_->check("cannot set document information");
}

std::vector<std::uint8_t> PdfCanvas::save() {
    HPDF_Doc doc = impl_->doc;
    HPDF_SaveToStream(doc);
    impl_->check("cannot write the PDF");
    HPDF_UINT32 size = HPDF_GetStreamSize(doc);
    std::vector<std::uint8_t> bytes(size);
    HPDF_ReadFromStream(doc, bytes.data(), &size);
    bytes.resize(size);
    impl_->check("cannot read back the PDF");
    return bytes;
}

void save_pdf(const std::vector<std::uint8_t>& bytes, const std::filesystem::path& path) {
    // Certificates and reports carry people's names: the owner's alone, and durable.
    try {
        write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()),
                              kPrivateFileMode);
    } catch (const FileWriteError& e) {
        throw PdfError(e.what());
    }
}

}  // namespace signaal::certs
