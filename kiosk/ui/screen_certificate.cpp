// The certificate on screen: name, module, dates, verification code and QR; print and done.
#include <algorithm>

#include "fonts.hpp"
#include "reading_aids.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

std::vector<Intent> draw_certificate(const CertificateView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##certificate");
    auto* dl = ImGui::GetWindowDrawList();

    const float bottom = sz.y - t.bar_h;
    const float card_w = std::min(sz.x - 2 * t.margin, 1500 * t.scale);
    const ImVec2 min((sz.x - card_w) / 2, t.margin);
    const ImVec2 max(min.x + card_w, bottom - t.gap);
    dl->AddRectFilled(min, max, t.surface, t.rounding);
    dl->AddRect(min, max, t.success, t.rounding, 0, 6 * t.scale);
    dl->AddRect(ImVec2(min.x + 14 * t.scale, min.y + 14 * t.scale), ImVec2(max.x - 14 * t.scale, max.y - 14 * t.scale),
                t.success_soft, t.rounding * 0.7f, 0, 3 * t.scale);

    const float pad = 60 * t.scale;
    const float qr_size = std::min(300 * t.scale, (max.y - min.y) * 0.5f);
    const float text_w = card_w - 3 * pad - qr_size;
    // The name and the module title step down a size when the card would not hold everything
    // (long titles, the larger text A+, a print message under the dates).
    const std::string& message = v.print_message_key.empty() ? std::string() : v.w(v.print_message_key);
    const float mw = card_w - 2 * pad;
    const float message_h = message.empty() ? 0 : text_block_size(fonts().body_bold, message, mw - 40 * t.scale).y + 30 * t.scale + t.gap;
    const auto left_h = [&](ImFont* name_font, ImFont* module_font) {
        return text_block_size(fonts().heading, v.w("certificate_title"), text_w).y + t.gap * 0.8f +
               text_block_size(name_font, v.name, text_w).y + text_block_size(fonts().body, v.w("certificate_for"), text_w).y +
               text_block_size(module_font, v.module_title, text_w).y + t.gap * 0.9f +
               2 * (fonts().body->FontSize + fonts().body_bold->FontSize) * 1.2f;
    };
    ImFont* name_font = fonts().title;
    ImFont* module_font = fonts().heading;
    if (left_h(name_font, module_font) + message_h > max.y - min.y - 2 * pad) {
        name_font = fonts().heading;
        module_font = fonts().body_bold;
    }
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
    text_block(fonts().heading, v.w("certificate_title"), t.success, text_w);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + t.gap * 0.4f));
    text_block(name_font, v.name, t.text, text_w);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + t.gap * 0.4f));
    text_block(fonts().body, v.w("certificate_for"), t.text_muted, text_w);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y));
    text_block(module_font, v.module_title, t.text, text_w);
    const auto row = [&](const std::string& label, const std::string& value) {
        ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + t.gap * 0.3f));
        text_block(fonts().body, label, t.text_muted, text_w);
        ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y));
        text_block(fonts().body_bold, value, t.text, text_w);
    };
    ImGui::Dummy(ImVec2(1, t.gap * 0.3f));
    row(v.w("completed_on"), format_date(v.w, v.completed_on));
    row(v.w("valid_until"), format_date(v.w, v.valid_until));
    const float left_bottom = ImGui::GetCursorScreenPos().y;

    // The verification QR and code, for a manager's phone.
    const ImVec2 qp(max.x - pad - qr_size, min.y + pad);
    qr_code(v.qr, qp, qr_size);
    if (v.qr.empty())
        text_in_rect(fonts().small, v.w("qr_unavailable"), t.text_muted, ImVec2(qp.x + 20 * t.scale, qp.y),
                     ImVec2(qp.x + qr_size - 20 * t.scale, qp.y + qr_size));
    ImGui::SetCursorScreenPos(ImVec2(qp.x - pad / 2, qp.y + qr_size + t.gap * 0.5f));
    text_block(fonts().body, v.w("verification_code"), t.text_muted, qr_size + pad, true);
    ImGui::SetCursorScreenPos(ImVec2(qp.x - pad / 2, ImGui::GetCursorScreenPos().y));
    // The code on one line, as printed: a smaller font where the larger one would wrap it.
    ImFont* code_font = fonts().heading;
    if (text_block_size(code_font, v.verification_code, 1e6f).x > qr_size + pad) code_font = fonts().body_bold;
    text_block(code_font, v.verification_code, t.text, qr_size + pad, true);
    ImGui::SetCursorScreenPos(ImVec2(qp.x - pad / 2, ImGui::GetCursorScreenPos().y));
    text_block(fonts().small, v.serial, t.text_muted, qr_size + pad, true);

    // A notice after Print (e.g. printing is not set up on this terminal).
    if (!message.empty()) {
        const std::string& msg = message;
        const ImVec2 ts = text_block_size(fonts().body_bold, msg, mw - 40 * t.scale);
        // At the bottom of the card, or under the dates when they reach further down.
        const float y = std::max(max.y - pad - ts.y - 30 * t.scale, left_bottom + t.gap);
        dl->AddRectFilled(ImVec2(min.x + pad, y), ImVec2(min.x + pad + mw, y + ts.y + 30 * t.scale), t.warning_soft, t.rounding);
        text_in_rect(fonts().body_bold, msg, t.warning, ImVec2(min.x + pad + 20 * t.scale, y + 15 * t.scale),
                     ImVec2(min.x + pad + mw - 20 * t.scale, y + 15 * t.scale + ts.y), true, false);
    }

    const float bar = bottom_bar();
    const float by = bar + (t.bar_h - t.button_h) / 2;
    const float bw = std::min(480 * t.scale, sz.x * 0.3f);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, by));
    if (big_button("print", v.w("print"), ImVec2(bw, t.button_h), ButtonKind::Secondary)) out.push_back(intent::Print{});
    ImGui::SetCursorScreenPos(ImVec2(sz.x - t.margin - bw, by));
    if (big_button("done", v.w("done"), ImVec2(bw, t.button_h))) out.push_back(intent::Done{});
    // No top bar here: the reading aids sit in the middle of the bottom bar.
    reading_aids(v.w, v.aids, (sz.x + reading_aids_width(v.w, v.aids) - t.gap) / 2, out, bar);
    end_screen();
    return out;
}

}  // namespace signaal::ui
