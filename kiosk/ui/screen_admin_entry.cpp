// The admin entry: a PIN pad (choose a PIN the first time), then the admin home.
// What the admin area contains is built separately; here only the entry and the lock.
#include <algorithm>

#include "fonts.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

std::vector<AdminIntent> draw_admin_entry(const AdminView& v) {
    std::vector<AdminIntent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##admin");
    auto* dl = ImGui::GetWindowDrawList();
    std::string title;
    switch (v.mode) {
        case AdminMode::EnterPin: title = v.w("admin_enter_pin"); break;
        case AdminMode::ChoosePin: title = v.w("admin_choose_pin"); break;
        case AdminMode::ConfirmPin: title = v.w("admin_confirm_pin"); break;
        case AdminMode::Home: title = v.w("admin_home_title"); break;
        case AdminMode::Closed: break;
    }
    if (top_bar(title, v.mode == AdminMode::Home ? "" : v.w("cancel")))
        out.push_back({AdminIntent::Kind::Cancel});

    if (v.mode == AdminMode::Home) {
        const float w = std::min(sz.x - 2 * t.margin, 1200 * t.scale);
        ImGui::SetCursorScreenPos(ImVec2((sz.x - w) / 2, t.bar_h + t.gap * 3));
        text_block(fonts().body, v.w("admin_home_placeholder"), t.text, w, true);
        const float bw = 420 * t.scale;
        ImGui::SetCursorScreenPos(ImVec2((sz.x - bw) / 2, ImGui::GetCursorScreenPos().y + t.gap * 2));
        if (big_button("admin_close", v.w("close"), ImVec2(bw, t.button_h))) out.push_back({AdminIntent::Kind::Cancel});
        end_screen();
        return out;
    }

    // Dots for the digits typed so far (never the digits).
    const float top = t.bar_h + t.gap * 1.5f;
    const float r = 14 * t.scale, step = 48 * t.scale;
    const int shown = std::max(4, v.digits);
    for (int i = 0; i < shown; ++i) {
        const ImVec2 c(sz.x / 2 - step * static_cast<float>(shown - 1) / 2 + step * static_cast<float>(i), top + r);
        if (i < v.digits) dl->AddCircleFilled(c, r, t.text, 24);
        else dl->AddCircle(c, r, t.border, 24, 3 * t.scale);
    }
    float y = top + 2 * r + t.gap * 0.6f;
    std::string msg;
    if (v.locked_seconds > 0) msg = fill(v.w("admin_locked"), {{"seconds", std::to_string(v.locked_seconds)}});
    else if (!v.message_key.empty()) msg = v.w(v.message_key);
    const float mh = fonts().body_bold->FontSize * 2.6f;
    if (!msg.empty())
        text_in_rect(fonts().body_bold, msg, v.locked_seconds > 0 || v.message_key != "admin_pin_rules" ? t.danger : t.text_muted,
                     ImVec2(t.margin, y), ImVec2(sz.x - t.margin, y + mh));
    y += mh + t.gap * 0.4f;

    // [Pad] 1-9, erase, 0, OK.
    const float key_h = std::min(t.button_h * 1.05f, (sz.y - y - t.margin - 3 * t.gap) / 4);
    const float key_w = key_h * 1.9f;
    const float x0 = (sz.x - 3 * key_w - 2 * t.gap) / 2;
    const bool enabled = v.locked_seconds <= 0;
    const char* labels = "123456789";
    for (int i = 0; i < 12; ++i) {
        const float x = x0 + static_cast<float>(i % 3) * (key_w + t.gap);
        const float ky = y + static_cast<float>(i / 3) * (key_h + t.gap);
        ImGui::SetCursorScreenPos(ImVec2(x, ky));
        if (i < 9 || i == 10) {
            const char d = i < 9 ? labels[i] : '0';
            if (big_button(std::string("pin:") + d, std::string(1, d), ImVec2(key_w, key_h), ButtonKind::Secondary, enabled,
                           fonts().title))
                out.push_back({AdminIntent::Kind::Digit, d});
        } else if (i == 9) {
            if (big_button("pin:erase", v.w("pin_erase"), ImVec2(key_w, key_h), ButtonKind::Secondary, enabled))
                out.push_back({AdminIntent::Kind::Erase});
        } else {
            if (big_button("pin:ok", v.w("pin_ok"), ImVec2(key_w, key_h), ButtonKind::Primary, enabled && v.digits >= 4))
                out.push_back({AdminIntent::Kind::Submit});
        }
    }
    end_screen();
    return out;
}

void draw_error(const ErrorView& v) {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##error");
    auto* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(sz.x, t.bar_h * 1.3f), t.danger);
    if (!v.w.empty())
        text_in_rect(fonts().title, v.w[0]("db_error_title"), t.on_primary, ImVec2(t.margin, 0),
                     ImVec2(sz.x - t.margin, t.bar_h * 1.3f), false, true);
    const float w = sz.x - 2 * t.margin;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, t.bar_h * 1.3f + t.gap * 1.5f));
    for (const auto& words : v.w) {
        ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
        text_block(fonts().body, words("db_error_body"), t.text, w);
        ImGui::Dummy(ImVec2(1, t.gap * 0.5f));
    }
    ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y + t.gap));
    text_block(fonts().body_bold, v.path, t.text, w);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
    text_block(fonts().body, v.reason, t.danger, w);
    end_screen();
}

}  // namespace signaal::ui
