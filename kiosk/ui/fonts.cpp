#include "fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <memory>

#include "theme.hpp"

namespace signaal::ui {
namespace {

Fonts g_fonts;

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

std::filesystem::path find_font(const std::string& family, const std::string& style) {
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
    return std::filesystem::path(reinterpret_cast<const char*>(file));
}

bool load_fonts(const Theme& t, std::string& error) { return load_fonts(*ImGui::GetIO().Fonts, t, error); }

bool load_fonts(ImFontAtlas& atlas, const Theme& t, std::string& error) {
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
    // Every size is 22 px or more even on an 800-line screen, where horizontal oversampling no
    // longer shows; without it the atlas (start-up time and memory) is half the size.
    ImFontConfig cfg;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    const auto add = [&](const std::filesystem::path& file, float px) {
        return atlas.AddFontFromFileTTF(file.c_str(), px, &cfg, glyph_ranges());
    };
    g_fonts.body = add(regular, t.body_px);  // first font: ImGui's default
    g_fonts.small = add(regular, t.small_px);
    g_fonts.body_bold = add(bold, t.body_px);
    g_fonts.heading = add(bold, t.heading_px);
    g_fonts.title = add(bold, t.title_px);
    if (!g_fonts.body || !g_fonts.small || !g_fonts.body_bold || !g_fonts.heading || !g_fonts.title) {
        error = "cannot read font " + regular.string();
        return false;
    }
    return true;
}

const Fonts& fonts() { return g_fonts; }

}  // namespace signaal::ui

namespace signaal::ui {
bool setup_look(float display_height, std::string& error) {
    set_theme(make_theme(display_height));
    apply_style(theme());
    return load_fonts(theme(), error);
}
}  // namespace signaal::ui
