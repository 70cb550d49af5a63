#include "fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <memory>
#include <string_view>

#include "theme.hpp"
#include "utf8_text.hpp"

namespace signaal::ui {
namespace {

Fonts g_sets[2];  // normal, large (kLargeTextFactor)
bool g_large = false;
// The glyphs beyond glyph_ranges() that the loaded text uses; the atlas keeps a pointer to them
// until it is built, so they live here.
ImVector<ImWchar> g_extra_ranges;

bool in_ranges(const ImWchar* r, unsigned c) {
    for (; r[0]; r += 2)
        if (c >= r[0] && c <= r[1]) return true;
    return false;
}

// Builds g_extra_ranges from the code points of text outside the fixed ranges; false when none.
bool collect_extra_glyphs(std::string_view text) {
    ImFontGlyphRangesBuilder b;
    bool any = false;
    for (const char32_t c : utf8::code_points(text)) {
        // ImWchar is 16 bits in Debian's ImGui: the Basic Multilingual Plane, where CJK lives.
        if (c >= 0x20 && c <= 0xFFFF && !in_ranges(glyph_ranges(), c)) {
            b.AddChar(static_cast<ImWchar>(c));
            any = true;
        }
    }
    g_extra_ranges.clear();
    if (any) b.BuildRanges(&g_extra_ranges);
    return any;
}

// A Debian font with the Chinese (CJK) glyphs DejaVu Sans lacks; empty when none is installed.
// Its face within a .ttc collection goes to *index.
std::filesystem::path find_cjk_font(int* index) {
    for (const char* family : {"WenQuanYi Micro Hei", "AR PL UMing CN", "Droid Sans Fallback"}) {
        auto f = find_font(family, "Regular", index);
        if (f.empty()) f = find_font(family, "Light", index);
        if (!f.empty()) return f;
    }
    return {};
}

struct FcPatternFree { void operator()(FcPattern* p) const { FcPatternDestroy(p); } };
using PatternPtr = std::unique_ptr<FcPattern, FcPatternFree>;

}  // namespace

const unsigned short* glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin, Latin-1 (Dutch, German, French, Spanish, Portuguese...)
        0x0100, 0x017F,  // Latin Extended-A (Polish, Czech, Turkish, Hungarian, Romanian ă â î...)
        0x0218, 0x021B,  // Romanian ș ț with comma below (Latin Extended-B)
        0x0400, 0x045F,  // Cyrillic (Bulgarian, Russian, Serbian, Ukrainian)
        0x0490, 0x0491,  // Ukrainian ґ
        0x2000, 0x206F,  // punctuation: – — ‘ ’ ‚ “ ” „ • … ‹ ›
        0x20AC, 0x20AC,  // €
        0x2116, 0x2116,  // №
        0x2190, 0x2193,  // arrows
        0,
    };
    return ranges;
}

std::filesystem::path find_font(const std::string& family, const std::string& style, int* index) {
    if (!FcInit()) return {};
    PatternPtr pat(FcPatternCreate());
    FcPatternAddString(pat.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddString(pat.get(), FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()));
    FcConfigSubstitute(nullptr, pat.get(), FcMatchPattern);
    FcDefaultSubstitute(pat.get());
    FcResult res = FcResultNoMatch;
    PatternPtr match(FcFontMatch(nullptr, pat.get(), &res));
    if (!match) return {};
    FcChar8* got_family = nullptr;
    FcChar8* file = nullptr;
    if (FcPatternGetString(match.get(), FC_FAMILY, 0, &got_family) != FcResultMatch ||
        FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch)
        return {};
    if (family != reinterpret_cast<const char*>(got_family)) return {};  // a substitute: glyphs unknown
    if (index && FcPatternGetInteger(match.get(), FC_INDEX, 0, index) != FcResultMatch) *index = 0;
    return std::filesystem::path(reinterpret_cast<const char*>(file));
}

bool load_fonts(const Theme& t, std::string& error, std::string_view text) {
    return load_fonts(*ImGui::GetIO().Fonts, t, error, text);
}

bool load_fonts(ImFontAtlas& atlas, const Theme& t, std::string& error, std::string_view text) {
    std::filesystem::path regular, bold;
    // DejaVu Sans covers every range above; Noto Sans is the fallback.
    for (const char* family : {"DejaVu Sans", "Noto Sans"}) {
        regular = find_font(family, "Book");
        if (regular.empty()) regular = find_font(family, "Regular");
        bold = find_font(family, "Bold");
        if (!regular.empty()) break;
    }
    if (regular.empty()) {
        error = "no usable font: install fonts-dejavu-core or fonts-noto-core";
        return false;
    }
    if (bold.empty()) bold = regular;

    atlas.Clear();
    // The texture as tall as its glyphs need, not rounded up to a power of two (OpenGL 3 takes
    // any height): with Chinese and the larger set that rounding alone can double its memory.
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Every size is 22 px or more even on an 800-line screen, where horizontal oversampling no
    // longer shows; without it the atlas (start-up time and memory) is half the size.
    ImFontConfig cfg;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    std::filesystem::path cjk;
    int merge_face = 0;
    if (collect_extra_glyphs(text)) {
        cjk = find_cjk_font(&merge_face);
        if (cjk.empty()) {
            error = "the content uses Chinese (CJK) characters, but no font has them: install fonts-wqy-microhei";
            return false;
        }
    }
    ImFontConfig merge = cfg;
    merge.MergeMode = true;
    merge.FontNo = merge_face;
    const auto add = [&](const std::filesystem::path& file, float px) {
        ImFont* f = atlas.AddFontFromFileTTF(file.c_str(), px, &cfg, glyph_ranges());
        // Only the glyphs the text uses, merged into this font so every widget shows them.
        if (f && !cjk.empty()) f = atlas.AddFontFromFileTTF(cjk.c_str(), px, &merge, g_extra_ranges.Data);
        return f;
    };
    g_large = false;
    for (int set = 0; set < 2; ++set) {
        const float k = set ? kLargeTextFactor : 1.0f;
        Fonts& f = g_sets[set];
        f.body = add(regular, t.body_px * k);  // the first: ImGui's default
        f.small = add(regular, t.small_px * k);
        f.body_bold = add(bold, t.body_px * k);
        f.heading = add(bold, t.heading_px * k);
        // The title size (66 px at 1080 lines) is large enough for anyone; a 30% larger copy
        // would be the atlas's biggest font (with Chinese, a third of the larger set's memory).
        f.title = set ? g_sets[0].title : add(bold, t.title_px);
        if (!f.body || !f.small || !f.body_bold || !f.heading || !f.title) {
            error = "cannot read font " + regular.string();
            return false;
        }
    }
    return true;
}

const Fonts& fonts() { return g_sets[g_large ? 1 : 0]; }

void use_large_text(bool on) { g_large = on && g_sets[1].body; }
bool large_text_in_use() { return g_large; }

}  // namespace signaal::ui

namespace signaal::ui {
bool setup_look(float display_height, std::string& error, std::string_view text) {
    set_theme(make_theme(display_height));
    apply_style(theme());
    return load_fonts(theme(), error, text);
}
}  // namespace signaal::ui
