#include "theme.hpp"

#include <algorithm>

namespace signaal::ui {
namespace {
Theme g_theme;
}

Theme make_theme(float display_height) {
    Theme t;
    // Below 800 px the text would get too small to read at arm's length; keep a floor.
    const float s = std::max(display_height, 720.0f) / 1080.0f;
    t.scale = s;
    // Smaller screens are held closer, so sizes shrink less than the screen does.
    const float text_s = s < 1.0f ? 0.5f * (s + 1.0f) - 0.08f * (1.0f - s) : s;
    t.body_px = 30 * text_s;
    t.small_px = 26 * text_s;
    t.heading_px = 46 * text_s;
    t.title_px = 66 * text_s;
    t.margin = 48 * s;
    t.gap = 24 * s;
    t.button_h = 96 * s;
    t.choice_min_h = 88 * s;
    t.key_h = 84 * s;
    t.rounding = 18 * s;
    t.bar_h = 128 * s;
    return t;
}

void apply_style(const Theme& t) {
    ImGuiStyle& st = ImGui::GetStyle();
    st = ImGuiStyle{};
    st.WindowPadding = ImVec2(0, 0);
    st.WindowRounding = 0;
    st.WindowBorderSize = 0;
    st.ChildBorderSize = 0;
    st.FramePadding = ImVec2(16 * t.scale, 12 * t.scale);
    st.ItemSpacing = ImVec2(t.gap, t.gap * 0.6f);
    st.ScrollbarSize = 18 * t.scale;  // a visible hint that more follows; scrolling is by drag
    st.ScrollbarRounding = 9 * t.scale;
    st.FrameRounding = t.rounding;
    st.AntiAliasedFill = true;
    st.AntiAliasedLines = true;
    st.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(t.bg);
    st.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    st.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(t.text);
    st.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    st.Colors[ImGuiCol_ScrollbarGrab] = ImGui::ColorConvertU32ToFloat4(t.border);
    st.Colors[ImGuiCol_ScrollbarGrabHovered] = ImGui::ColorConvertU32ToFloat4(t.border);
    st.Colors[ImGuiCol_ScrollbarGrabActive] = ImGui::ColorConvertU32ToFloat4(t.text_muted);
}

const Theme& theme() { return g_theme; }
void set_theme(const Theme& t) { g_theme = t; }

}  // namespace signaal::ui
