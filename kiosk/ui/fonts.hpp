#pragma once
// Fonts from Debian's font packages, found through fontconfig, with the glyphs of every offered
// language (Latin with its diacritics, Cyrillic) and typographic punctuation, plus the Chinese
// glyphs the loaded text uses.
#include <filesystem>
#include <string>
#include <string_view>

struct ImFont;
struct ImFontAtlas;

namespace signaal::ui {

struct Theme;

struct Fonts {
    ImFont* small = nullptr;
    ImFont* body = nullptr;
    ImFont* body_bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
};

// The file of a font family and style ("DejaVu Sans", "Bold"), or empty when fontconfig
// only finds a substitute of another family. The face's number within a collection (.ttc) goes
// to *index when given.
std::filesystem::path find_font(const std::string& family, const std::string& style, int* index = nullptr);

// Adds the fonts to ImGui's atlas at the theme's sizes (clearing it first); the caller builds
// the atlas texture. Returns false with a reason when no suitable font is installed.
// `text` is all the text to show (catalog_text): the glyphs it has beyond glyph_ranges() come
// from a CJK font merged into each font, so without such text the atlas is as before.
bool load_fonts(const Theme& t, std::string& error, std::string_view text = {});
// The same into an atlas of the caller's, which it may then build: needs no ImGui context, so
// the kiosk does it on another thread while the window opens.
bool load_fonts(ImFontAtlas& atlas, const Theme& t, std::string& error, std::string_view text = {});

// The fonts screens draw with: the normal set, or the larger one while use_large_text is on.
const Fonts& fonts();

// The A+ text size: every font but the title about 30% larger, built into the atlas beside the
// normal set (sharp glyphs, no scaling), so switching costs nothing. Chosen per frame by the shell.
inline constexpr float kLargeTextFactor = 1.3f;
void use_large_text(bool on);
bool large_text_in_use();

// Glyph ranges the kiosk needs, zero-terminated pairs.
const unsigned short* glyph_ranges();

}  // namespace signaal::ui

namespace signaal::ui {
// Theme, ImGui style and fonts for a display of this height (the atlas is rebuilt by the
// renderer, or by GetTexDataAsRGBA32 in headless tests).
bool setup_look(float display_height, std::string& error, std::string_view text = {});
}  // namespace signaal::ui
