// A notice about the person's last action (the records could not be read or saved) over any
// screen, just under the top bar; a tap on it puts it away. The rest of the screen still works.
#include <algorithm>

#include "fonts.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

bool draw_notice(const NoticeView& v) {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    const float w = std::min(sz.x - 2 * t.margin, 1400 * t.scale);
    const float pad = 28 * t.scale;
    const std::string body = v.w(v.key);  // copies: a missing key comes back as the key itself
    const std::string dismiss = v.w("notice_dismiss");
    const float dismiss_w = text_block_size(fonts().body_bold, dismiss, 1e6f).x + 2 * pad;
    const float text_w = w - 3 * pad - dismiss_w;
    const float h = std::max(text_block_size(fonts().body, body, text_w).y, t.button_h * 0.6f) + 2 * pad;
    const ImVec2 min((sz.x - w) / 2, t.bar_h + t.gap);
    const ImVec2 max(min.x + w, min.y + h);

    ImGui::SetNextWindowPos(min);
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::Begin("##notice", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, t.warning_soft, t.rounding);
    dl->AddRect(min, max, t.warning, t.rounding, 0, 3 * t.scale);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
    text_block(fonts().body, body, t.text, text_w);
    text_in_rect(fonts().body_bold, dismiss, t.warning, ImVec2(max.x - pad - dismiss_w, min.y), ImVec2(max.x - pad, max.y));
    // The whole notice answers the tap, so it is easy to put away.
    ImGui::SetCursorScreenPos(min);
    register_target("notice", min, max);
    const bool dismissed = ImGui::InvisibleButton("notice", ImVec2(w, h));
    ImGui::End();
    return dismissed;
}

}  // namespace signaal::ui
