#pragma once
// Touch widgets drawn with ImGui: big buttons, choice cards, progress, images, the on-screen
// keyboard. Every tappable widget records its rectangle under a stable id for the last frame,
// so headless tests can tap it without hard-coded coordinates.
#include <imgui.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "flow.hpp"
#include "ui_text.hpp"

namespace signaal::ui {

// [section] Test hook: where each target was drawn in the last frame --------------------------
struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    ImVec2 center() const { return ImVec2(x + w / 2, y + h / 2); }
};
void begin_frame_targets();  // call once per frame before drawing
void register_target(const std::string& id, ImVec2 min, ImVec2 max);
std::optional<Rect> find_target(const std::string& id);
std::vector<std::string> target_ids();
// A target drawn wholly outside its scrolling window's visible part: where it is, and the window.
struct HiddenTarget {
    Rect where, window;
};
std::optional<HiddenTarget> find_hidden_target(const std::string& id);

// [section] Textures ---------------------------------------------------------------------------
struct Texture {
    ImTextureID id = nullptr;  // null: draw a placeholder of the same size
    int w = 0, h = 0;
};
class Textures {
public:
    virtual ~Textures() = default;
    virtual Texture get(const std::filesystem::path& png) = 0;
};
// No GPU: reports the PNG's size (so layout matches the real app) and draws placeholders.
class NullTextures : public Textures {
public:
    Texture get(const std::filesystem::path& png) override;
};
void set_textures(Textures* t);
Textures& textures();

// [section] Text -------------------------------------------------------------------------------
std::vector<std::string_view> wrap_lines(ImFont* font, std::string_view text, float width);
ImVec2 text_block_size(ImFont* font, std::string_view text, float width);
// Draws wrapped text at the cursor and advances it.
void text_block(ImFont* font, std::string_view text, ImU32 color, float width, bool centered = false);
// Draws wrapped text centred in a rectangle (no cursor change).
void text_in_rect(ImFont* font, std::string_view text, ImU32 color, ImVec2 min, ImVec2 max,
                  bool centered = true, bool vcentered = true);

// [section] Screens and bars -------------------------------------------------------------------
void begin_screen(const char* id);
void end_screen();
ImVec2 screen_size();
// A window over the whole screen, on top and dimming what is below, which then takes no taps;
// returns its draw list. Close it with ImGui::End().
ImDrawList* begin_overlay(const char* id);

// A top bar with an optional back button (left) and a title; true when back was tapped.
bool top_bar(const std::string& title, const std::string& back_label);

// The bottom bar's background; returns its top edge.
float bottom_bar();

// Scrolls the current child window when the person drags it with a finger.
void drag_to_scroll();
// True when the pointer moved too far since it went down to count as a tap.
bool is_drag_gesture();

// [section] Buttons ----------------------------------------------------------------------------
enum class ButtonKind { Primary, Secondary, Success, Danger };
bool big_button(const std::string& id, std::string_view label, ImVec2 size,
                ButtonKind kind = ButtonKind::Primary, bool enabled = true, ImFont* font = nullptr);

enum class Badge { None, Radio, Check, Number };
// A full-width answer or choice card at the cursor; its height follows its text.
bool choice_card(const std::string& id, std::string_view text, float width, bool selected,
                 Badge badge, int number = 0);

// Filled dots for the pages or questions done, with a text such as "3 / 8" under them.
void progress_dots(ImVec2 center, int index, int count);

// A ring filling from 0 to 1, e.g. while the admin corner is held.
void progress_ring(ImVec2 center, float radius, float fraction);

// An image scaled to fit max, drawn at the cursor; returns the size used (0 when none).
ImVec2 image_fit(const std::filesystem::path& png, ImVec2 max, float rounding = 0);

// A QR code (square matrix, row-major) with a quiet zone, or a plain frame when empty.
void qr_code(const std::vector<bool>& modules, ImVec2 pos, float size);

// [section] On-screen keyboard -----------------------------------------------------------------
// Letter rows of the language, an accents row (or digits for number fields), shift, space,
// hyphen, apostrophe and backspace. Returns Type/Backspace intents.
struct KeyboardOptions {
    bool digits = false;      // a digits row instead of letters and accents
    bool auto_upper = false;  // start of a word: letters come out in upper case
    std::string space_label;
};
std::vector<Intent> on_screen_keyboard(const Keyboard& kb, const KeyboardOptions& o, ImVec2 pos,
                                       ImVec2 size);

// Physical keyboard: characters typed and Backspace; Enter and Tab are reported separately.
struct PhysicalKeys {
    std::vector<Intent> intents;
    bool enter = false;
    bool tab = false;
};
PhysicalKeys physical_keyboard();

// Case mapping for the letters of the offered languages (Latin, Latin Extended-A/B, Cyrillic).
std::string upper(std::string_view utf8_char);

}  // namespace signaal::ui
