// "Are you still there?": the idle countdown on top of any screen; a tap anywhere continues.
#include <algorithm>

#include "fonts.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

std::vector<Intent> draw_idle_overlay(const IdleView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    auto* dl = begin_overlay("##idle");
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    register_target("still_here", ImVec2(0, 0), sz);
    if (ImGui::InvisibleButton("still_here", sz)) out.push_back(intent::StillHere{});

    const float w = std::min(sz.x - 2 * t.margin, 1100 * t.scale);
    const float pad = 50 * t.scale;
    const std::string body = fill(v.w("idle_countdown"), {{"seconds", std::to_string(v.seconds)}});
    const float h = 2 * pad + text_block_size(fonts().title, v.w("idle_title"), w - 2 * pad).y +
                    text_block_size(fonts().title, std::to_string(v.seconds), w).y +
                    text_block_size(fonts().body, body, w - 2 * pad).y + t.gap * 3 + t.button_h;
    const ImVec2 min((sz.x - w) / 2, (sz.y - h) / 2);
    dl->AddRectFilled(min, ImVec2(min.x + w, min.y + h), t.surface, t.rounding);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
    text_block(fonts().title, v.w("idle_title"), t.text, w - 2 * pad, true);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + t.gap * 0.5f));
    text_block(fonts().title, std::to_string(v.seconds), t.primary, w - 2 * pad, true);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + t.gap * 0.5f));
    text_block(fonts().body, body, t.text, w - 2 * pad, true);
    const float bw = std::min(w - 2 * pad, 560 * t.scale);
    const ImVec2 bp((sz.x - bw) / 2, ImGui::GetCursorScreenPos().y + t.gap);
    // Looks like a button; the whole screen answers the tap.
    dl->AddRectFilled(bp, ImVec2(bp.x + bw, bp.y + t.button_h), t.primary, t.rounding);
    text_in_rect(fonts().body_bold, v.w("idle_continue"), t.on_primary, bp, ImVec2(bp.x + bw, bp.y + t.button_h));
    ImGui::End();
    return out;
}

}  // namespace signaal::ui
