#include "reading_aids.hpp"

#include <algorithm>

#include "fonts.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {
namespace {

constexpr float kHeight = 0.85f;  // of button_h, as the top bar's back button

// "A" small and "A+" large side by side, measured in the fonts in use (A+ has larger ones).
float text_width(ImFont* f, const char* s) { return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s).x; }
float text_size_width() {
    return text_width(fonts().body_bold, "A") + text_width(fonts().heading, "A+") + 56 * theme().scale;
}

float icon_width() { return 56 * theme().scale; }

float listen_width(const Words& w, const ReadingAids& a) {
    const Theme& t = theme();
    const std::string word = w(a.listening ? "listen_stop" : "listen");
    return icon_width() + text_block_size(fonts().body_bold, word, 1e6f).x + 76 * t.scale;
}

// A loudspeaker with two sound waves, in a box of s x s around c.
void speaker_icon(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
    const float th = std::max(2.0f, s * 0.08f);
    const float x0 = c.x - s * 0.45f;
    dl->AddRectFilled(ImVec2(x0, c.y - s * 0.14f), ImVec2(x0 + s * 0.2f, c.y + s * 0.14f), col);
    dl->AddQuadFilled(ImVec2(x0 + s * 0.18f, c.y - s * 0.14f), ImVec2(x0 + s * 0.45f, c.y - s * 0.38f),
                      ImVec2(x0 + s * 0.45f, c.y + s * 0.38f), ImVec2(x0 + s * 0.18f, c.y + s * 0.14f), col);
    const ImVec2 o(x0 + s * 0.45f, c.y);
    for (const float r : {s * 0.22f, s * 0.4f}) {
        dl->PathArcTo(o, r, -0.85f, 0.85f, 16);
        dl->PathStroke(col, 0, th);
    }
}

// Stop: a rounded square.
void stop_icon(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
    const float h = s * 0.3f;
    dl->AddRectFilled(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), col, s * 0.06f);
}

}  // namespace

float reading_aids_width(const Words& w, const ReadingAids& a) {
    float width = text_size_width();
    if (a.listen_available) width += theme().gap + listen_width(w, a);
    return width + theme().gap;
}

void reading_aids(const Words& w, const ReadingAids& a, float right_x, std::vector<Intent>& out, float bar_top) {
    const Theme& t = theme();
    auto* dl = ImGui::GetWindowDrawList();
    const float h = t.button_h * kHeight;
    const float y = bar_top + (t.bar_h - h) / 2;
    float x = right_x;
    if (a.listen_available) {
        const float lw = listen_width(w, a);
        x -= lw;
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        const ButtonKind kind = a.listening ? ButtonKind::Primary : ButtonKind::Secondary;
        // The label leaves the icon's place free at the left; the icon is drawn over the button.
        const std::string word = w(a.listening ? "listen_stop" : "listen");
        if (big_button("listen", "", ImVec2(lw, h), kind)) out.push_back(intent::Listen{});
        const ImU32 ink = a.listening ? t.on_primary : t.text;
        const ImVec2 icon_c(x + 22 * t.scale + icon_width() / 2, y + h / 2);
        if (a.listening) stop_icon(dl, icon_c, icon_width(), ink);
        else speaker_icon(dl, icon_c, icon_width(), ink);
        const float tx = x + 22 * t.scale + icon_width() + 14 * t.scale;
        text_in_rect(fonts().body_bold, word, ink, ImVec2(tx, y), ImVec2(x + lw - 16 * t.scale, y + h), false, true);
        x -= t.gap;
    }
    // A small and a large A; the large one is highlighted while the larger text is on.
    const float tw = text_size_width();
    x -= tw;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (big_button("text_size", "", ImVec2(tw, h), a.large_text ? ButtonKind::Primary : ButtonKind::Secondary))
        out.push_back(intent::TextSize{});
    const ImU32 ink = a.large_text ? t.on_primary : t.text;
    ImFont* small = fonts().body_bold;
    ImFont* large = fonts().heading;
    // Both on one baseline, so the two sizes read as "smaller, larger".
    const float baseline = y + h / 2 + large->FontSize * 0.36f;
    const float ax = x + 22 * t.scale;
    dl->AddText(small, small->FontSize, ImVec2(ax, baseline - small->FontSize * 0.86f), ink, "A");
    dl->AddText(large, large->FontSize, ImVec2(ax + text_width(small, "A") + 12 * t.scale, baseline - large->FontSize * 0.86f), ink,
                "A+");
}

}  // namespace signaal::ui
