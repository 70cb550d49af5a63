// The result: passed or not in big friendly words, the score, and a review of every wrong
// answer with the right answer and why.
#include <algorithm>

namespace { constexpr float IM_PI = 3.14159265358979f; }

#include "fonts.hpp"
#include "reading_aids.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {
namespace {

void result_icon(ImVec2 c, float r, bool passed) {
    const Theme& t = theme();
    auto* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(c, r, passed ? t.success : t.warning, 64);
    const float th = r * 0.16f;
    if (passed) {
        const ImVec2 pts[] = {{c.x - r * 0.45f, c.y + r * 0.02f}, {c.x - r * 0.1f, c.y + r * 0.36f}, {c.x + r * 0.48f, c.y - r * 0.34f}};
        dl->AddPolyline(pts, 3, t.on_primary, 0, th);
    } else {
        // A circular arrow: "try again".
        dl->PathArcTo(c, r * 0.5f, -IM_PI * 0.1f, IM_PI * 1.45f, 32);
        dl->PathStroke(t.on_primary, 0, th);
        const ImVec2 tip(c.x + r * 0.5f * 0.95f, c.y - r * 0.5f * 0.31f);
        dl->AddTriangleFilled(ImVec2(tip.x - r * 0.22f, tip.y), ImVec2(tip.x + r * 0.22f, tip.y),
                              ImVec2(tip.x, tip.y + r * 0.28f), t.on_primary);
    }
}

}  // namespace

std::vector<Intent> draw_result(const ResultView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##result");
    top_bar(v.module_title, "", reading_aids_width(v.w, v.aids));
    reading_aids(v.w, v.aids, sz.x - t.margin, out);
    auto* dl = ImGui::GetWindowDrawList();

    // [Left] the outcome.
    const float top = t.bar_h + t.gap * 2;
    const float bottom = sz.y - t.bar_h;
    const float left_w = (sz.x - 2 * t.margin) * 0.40f;
    const float r = 80 * t.scale;
    result_icon(ImVec2(t.margin + left_w / 2, top + r), r, v.passed);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, top + 2 * r + t.gap));
    text_block(fonts().title, v.passed ? v.w("result_passed") : v.w("result_failed"), v.passed ? t.success : t.text,
               left_w, true);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y + t.gap * 0.5f));
    text_block(fonts().heading,
               fill(v.w("score_line"), {{"correct", std::to_string(v.correct)}, {"total", std::to_string(v.total)}}),
               t.text, left_w, true);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
    text_block(fonts().body,
               fill(v.w(v.passed ? "result_passed_body" : "result_failed_body"), {{"percent", std::to_string(v.pass_mark)}}),
               t.text_muted, left_w, true);
    std::string save_msg;
    ImU32 save_fg = t.text_muted, save_bg = t.secondary;
    if (v.save == SaveState::Saving) save_msg = v.w("saving");
    if (v.save == SaveState::Failed) {
        save_msg = v.w("save_failed_retrying");
        save_fg = t.danger;
        save_bg = t.danger_soft;
    }
    if (!save_msg.empty()) {
        const float y = ImGui::GetCursorScreenPos().y + t.gap;
        const ImVec2 ts = text_block_size(fonts().body_bold, save_msg, left_w - 40 * t.scale);
        dl->AddRectFilled(ImVec2(t.margin, y), ImVec2(t.margin + left_w, y + ts.y + 30 * t.scale), save_bg, t.rounding);
        text_in_rect(fonts().body_bold, save_msg, save_fg, ImVec2(t.margin + 20 * t.scale, y + 15 * t.scale),
                     ImVec2(t.margin + left_w - 20 * t.scale, y + 15 * t.scale + ts.y), true, false);
    }

    // [Right] review of the wrong answers.
    const float rx = t.margin + left_w + t.gap * 2;
    const float rw = sz.x - t.margin - rx;
    ImGui::SetCursorScreenPos(ImVec2(rx, t.bar_h + t.gap));
    ImGui::BeginChild("##review", ImVec2(rw, bottom - t.bar_h - 2 * t.gap), false, ImGuiWindowFlags_NoScrollWithMouse);
    const float iw = rw - ImGui::GetStyle().ScrollbarSize - 8 * t.scale;
    auto* cdl = ImGui::GetWindowDrawList();
    if (v.wrong.empty()) {
        ImGui::Dummy(ImVec2(1, t.gap));
        text_block(fonts().heading, v.w("review_all_right"), t.success, iw);
    } else {
        text_block(fonts().heading, v.w("review_title"), t.text, iw);
        const float pad = 24 * t.scale;
        for (const auto& item : v.wrong) {
            const ImVec2 p = ImGui::GetCursorScreenPos();
            cdl->ChannelsSplit(2);
            cdl->ChannelsSetCurrent(1);
            ImGui::SetCursorScreenPos(ImVec2(p.x + pad, p.y + pad));
            const float tw = iw - 2 * pad;
            text_block(fonts().body_bold, item.prompt, t.text, tw);
            draw_review_answer(v.w, item, p.x + pad, tw);
            const float end_y = ImGui::GetCursorScreenPos().y + pad;
            cdl->ChannelsSetCurrent(0);
            cdl->AddRectFilled(p, ImVec2(p.x + iw, end_y), t.surface, t.rounding);
            cdl->AddRectFilled(p, ImVec2(p.x + 10 * t.scale, end_y), t.danger, t.rounding, ImDrawFlags_RoundCornersLeft);
            cdl->ChannelsMerge();
            ImGui::SetCursorScreenPos(ImVec2(p.x, end_y + t.gap * 0.6f));
            ImGui::Dummy(ImVec2(1, 1));
        }
    }
    // Where to report, passed or not: after what the person got wrong, which they came here to see.
    ImGui::Dummy(ImVec2(1, t.gap * 0.5f));
    draw_route_card(v.route_card, iw);
    drag_to_scroll();
    ImGui::EndChild();

    // [Bottom bar] what next.
    const float bar = bottom_bar();
    const float by = bar + (t.bar_h - t.button_h) / 2;
    const float bw = std::min(480 * t.scale, (sz.x - 2 * t.margin - 2 * t.gap) / 3);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, by));
    if (big_button("stop", v.w("stop"), ImVec2(bw * 0.8f, t.button_h), ButtonKind::Secondary)) out.push_back(intent::Done{});
    if (v.passed) {
        ImGui::SetCursorScreenPos(ImVec2(sz.x - t.margin - bw, by));
        if (big_button("certificate", v.w("show_certificate") + "  \xE2\x80\xBA", ImVec2(bw, t.button_h), ButtonKind::Success,
                       v.certificate_ready))
            out.push_back(intent::ShowCertificate{});
    } else {
        ImGui::SetCursorScreenPos(ImVec2(sz.x - t.margin - bw, by));
        if (big_button("retry", v.w("try_again"), ImVec2(bw, t.button_h))) out.push_back(intent::Retry{});
        ImGui::SetCursorScreenPos(ImVec2(sz.x - t.margin - 2 * bw - t.gap, by));
        if (big_button("read_again", v.w("read_again"), ImVec2(bw, t.button_h), ButtonKind::Secondary))
            out.push_back(intent::ReadAgain{});
    }
    end_screen();
    return out;
}

}  // namespace signaal::ui
