// "Where to report here": a framed card with who to tell at this venue, then the national
// numbers (the number first, in bold, its meaning beside it), then the local points configured
// (their name above their text). Compact enough to sit beside a lesson's text at 1280x800.
#include <algorithm>

#include "fonts.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

float draw_route_card(const RouteCard& card, float width) {
    const Theme& t = theme();
    auto* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float pad = 24 * t.scale, accent = 12 * t.scale, line_gap = 6 * t.scale;
    const float x = p.x + accent + pad, inner = width - accent - 2 * pad;
    ImFont* title_font = inner >= 760 * t.scale ? fonts().heading : fonts().body_bold;

    // Text first on the upper channel; the frame, once its height is known, below it.
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const auto block = [&](ImFont* f, const std::string& s, ImU32 col, float bx, float w, float gap_before) {
        ImGui::SetCursorScreenPos(ImVec2(bx, ImGui::GetCursorScreenPos().y + gap_before));
        text_block(f, s, col, w);
    };
    ImGui::SetCursorScreenPos(ImVec2(x, p.y + pad * 0.8f));
    text_block(title_font, card.title, t.primary, inner);
    block(fonts().body, card.who_label, t.text_muted, x, inner, line_gap);
    block(fonts().body_bold, card.who, t.text, x, inner, 0);
    float y = ImGui::GetCursorScreenPos().y + t.gap * 0.5f;
    dl->AddLine(ImVec2(x, y), ImVec2(x + inner, y), t.secondary_pressed, 2 * t.scale);
    y += t.gap * 0.5f;

    float num_w = 0;
    for (const auto& n : card.numbers) num_w = std::max(num_w, text_block_size(fonts().body_bold, n.value, inner).x);
    num_w += t.gap * 0.8f;
    for (const auto& n : card.numbers) {
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        text_block(fonts().body_bold, n.value, t.text, num_w);
        ImGui::SetCursorScreenPos(ImVec2(x + num_w, y));
        text_block(fonts().body, n.label, t.text, inner - num_w);
        y = ImGui::GetCursorScreenPos().y + line_gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    for (const auto& l : card.local) {
        block(fonts().body, l.label, t.text_muted, x, inner, line_gap);
        block(fonts().body_bold, l.value, t.text, x, inner, 0);
    }
    const float h = ImGui::GetCursorScreenPos().y - p.y + pad * 0.8f;

    dl->ChannelsSetCurrent(0);
    const ImVec2 max(p.x + width, p.y + h);
    dl->AddRectFilled(p, max, t.surface, t.rounding);
    dl->AddRect(p, max, t.primary, t.rounding, 0, 3 * t.scale);
    dl->AddRectFilled(p, ImVec2(p.x + accent, max.y), t.primary, t.rounding, ImDrawFlags_RoundCornersLeft);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(p.x, max.y));
    ImGui::Dummy(ImVec2(width, t.gap * 0.6f));  // the space before what follows
    return h;
}

}  // namespace signaal::ui
