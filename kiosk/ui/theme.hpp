#pragma once
// The touch theme: colours and sizes for a kiosk used standing, with gloves or wet hands.
// Every size derives from the display height so 1280x800 and 1920x1080 look alike.
#include <imgui.h>

namespace signaal::ui {

struct Theme {
    float scale = 1.0f;  // display height / 1080

    // Sizes in pixels at the current display.
    float body_px = 30, heading_px = 46, title_px = 66, small_px = 26;
    float margin = 48;           // distance from the screen edge
    float gap = 24;              // between elements
    float button_h = 96;         // primary buttons
    float choice_min_h = 88;     // answer and venue buttons
    float key_h = 84;            // on-screen keyboard keys
    float rounding = 18;
    float bar_h = 128;           // top and bottom bars

    // Colours (contrast of text on its background is >= 4.5:1, most >= 7:1).
    ImU32 bg = IM_COL32(0xF6, 0xF4, 0xEF, 0xFF);          // warm off-white
    ImU32 surface = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    ImU32 text = IM_COL32(0x1B, 0x1F, 0x2A, 0xFF);        // 15.6:1 on bg
    ImU32 text_muted = IM_COL32(0x4A, 0x50, 0x5C, 0xFF);  // 7.6:1 on bg
    ImU32 primary = IM_COL32(0x0B, 0x4F, 0x8A, 0xFF);     // white on it 8.2:1
    ImU32 primary_pressed = IM_COL32(0x07, 0x36, 0x60, 0xFF);
    ImU32 on_primary = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    ImU32 secondary = IM_COL32(0xE3, 0xE7, 0xEE, 0xFF);   // text on it 13:1
    ImU32 secondary_pressed = IM_COL32(0xC9, 0xD0, 0xDB, 0xFF);
    ImU32 border = IM_COL32(0x8A, 0x93, 0xA3, 0xFF);
    ImU32 selected = IM_COL32(0xDD, 0xEB, 0xF8, 0xFF);    // text on it 13:1
    ImU32 success = IM_COL32(0x1E, 0x6B, 0x34, 0xFF);     // white on it 6.6:1
    ImU32 success_soft = IM_COL32(0xE3, 0xF3, 0xE6, 0xFF);
    ImU32 danger = IM_COL32(0xA3, 0x1F, 0x1F, 0xFF);      // white on it 7.7:1
    ImU32 danger_soft = IM_COL32(0xFB, 0xE6, 0xE4, 0xFF);
    ImU32 warning = IM_COL32(0x7A, 0x4A, 0x00, 0xFF);     // on warning_soft 7:1
    ImU32 warning_soft = IM_COL32(0xFF, 0xF1, 0xD0, 0xFF);
    ImU32 scenario_bg = IM_COL32(0xFF, 0xF6, 0xDB, 0xFF);
    ImU32 scenario_border = IM_COL32(0xC9, 0x8A, 0x00, 0xFF);
    ImU32 disabled = IM_COL32(0xD5, 0xD8, 0xDE, 0xFF);
    ImU32 on_disabled = IM_COL32(0x4A, 0x50, 0x5C, 0xFF);  // 5.6:1
    ImU32 dim = IM_COL32(0x10, 0x14, 0x1C, 0xC8);
};

// Sizes for a display of this height; also sets ImGui's style to match.
Theme make_theme(float display_height);
void apply_style(const Theme& t);

const Theme& theme();
void set_theme(const Theme& t);

}  // namespace signaal::ui
