// One quiz question per screen: scenario in a highlighted box, large answer cards, ordering by
// tapping in order with numbered badges, Next only when answered.
#include <algorithm>

#include "fonts.hpp"
#include "question_types.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {
namespace {

void scenario_box(const QuizView& v, float width) {
    const Theme& t = theme();
    if (v.scenario.empty()) return;
    const float pad = 26 * t.scale;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float label_h = fonts().body_bold->FontSize * 1.4f;
    const ImVec2 ts = text_block_size(fonts().body, v.scenario, width - 2 * pad);
    const ImVec2 q(p.x + width, p.y + 2 * pad + label_h + ts.y);
    auto* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, q, t.scenario_bg, t.rounding);
    dl->AddRect(p, q, t.scenario_border, t.rounding, 0, 3 * t.scale);
    dl->AddText(fonts().body_bold, fonts().body_bold->FontSize, ImVec2(p.x + pad, p.y + pad), t.warning,
                v.w("scenario_label").c_str());
    text_in_rect(fonts().body, v.scenario, t.text, ImVec2(p.x + pad, p.y + pad + label_h),
                 ImVec2(q.x - pad, q.y - pad), false, false);
    ImGui::Dummy(ImVec2(width, q.y - p.y));
}

}  // namespace

void draw_review_answer(const Words& w, const ReviewItem& item, float x, float width) {
    const Theme& t = theme();
    const auto line = [&](const std::string& label, const std::string& value, ImU32 col) {
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 6 * t.scale));
        text_block(fonts().body, label + " " + value, col, width);
    };
    line(w("your_answer"), item.given.empty() ? w("no_answer") : item.given, t.danger);
    line(w("right_answer"), item.correct, t.success);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 6 * t.scale));
    text_block(fonts().body, item.feedback, t.text, width);
}

std::vector<Intent> draw_quiz(const QuizView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##quiz");
    top_bar(fill(v.w("question_of"), {{"question", std::to_string(v.question_index + 1)},
                                      {"questions", std::to_string(v.question_count)}}) +
                "   \xC2\xB7   " + v.module_title,
            "");

    const float top = t.bar_h;
    const float bottom = sz.y - t.bar_h;
    ImGui::SetCursorScreenPos(ImVec2(0, top));
    ImGui::BeginChild("##question", ImVec2(sz.x, bottom - top), false, ImGuiWindowFlags_NoScrollWithMouse);
    const float width = sz.x - 2 * t.margin - ImGui::GetStyle().ScrollbarSize;
    const bool two_columns = !v.scenario.empty() || !v.image.empty();
    const float left_w = two_columns ? width * 0.42f : 0;
    const float right_x = t.margin + (two_columns ? left_w + t.gap * 2 : std::max(0.0f, (width - 1400 * t.scale) / 2));
    const float right_w = two_columns ? width - left_w - t.gap * 2 : std::min(width, 1400 * t.scale);
    const float y0 = ImGui::GetCursorScreenPos().y + t.gap * 1.5f;
    float left_bottom = y0;
    if (two_columns) {
        ImGui::SetCursorScreenPos(ImVec2(t.margin, y0));
        scenario_box(v, left_w);
        if (!v.image.empty()) {
            ImGui::Dummy(ImVec2(1, t.gap * 0.5f));
            ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
            image_fit(v.image, ImVec2(left_w, (bottom - top) * 0.5f), t.rounding);
        }
        left_bottom = ImGui::GetCursorScreenPos().y;
    }
    ImGui::SetCursorScreenPos(ImVec2(right_x, y0));
    text_block(fonts().heading, v.prompt, t.text, right_w);
    const QuestionRules& rules = rules_of(v.type);
    const std::string hint = v.w(rules.hint_key);
    ImGui::SetCursorScreenPos(ImVec2(right_x, ImGui::GetCursorScreenPos().y));
    text_block(fonts().body, hint, t.text_muted, right_w);
    ImGui::Dummy(ImVec2(1, t.gap * 0.3f));

    const Badge badge = rules.mark == QuestionRules::Mark::Check    ? Badge::Check
                        : rules.mark == QuestionRules::Mark::Number ? Badge::Number
                                                                    : Badge::Radio;
    for (const auto& c : v.choices) {
        const auto it = std::find(v.chosen.begin(), v.chosen.end(), c.index);
        const bool selected = it != v.chosen.end();
        const int number = selected ? static_cast<int>(it - v.chosen.begin()) + 1 : 0;
        ImGui::SetCursorScreenPos(ImVec2(right_x, ImGui::GetCursorScreenPos().y));
        if (choice_card("choice:" + std::to_string(c.index), c.text, right_w, selected, badge, number))
            out.push_back(intent::TapChoice{c.index});
        ImGui::Dummy(ImVec2(1, 2 * t.scale));
    }
    if (rules.taps == QuestionRules::Taps::Sequence && !v.chosen.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(right_x, ImGui::GetCursorScreenPos().y + t.gap * 0.3f));
        if (big_button("clear", v.w("clear_order"), ImVec2(std::min(right_w, 460 * t.scale), t.button_h * 0.85f),
                       ButtonKind::Secondary))
            out.push_back(intent::ClearAnswer{});
    }
    ImGui::SetCursorScreenPos(ImVec2(t.margin, std::max(left_bottom, ImGui::GetCursorScreenPos().y) + t.gap));
    ImGui::Dummy(ImVec2(1, 1));
    drag_to_scroll();
    ImGui::EndChild();

    const float bar = bottom_bar();
    const float bw = std::min(420 * t.scale, sz.x * 0.26f);
    const float by = bar + (t.bar_h - t.button_h) / 2;
    if (v.question_index > 0) {
        ImGui::SetCursorScreenPos(ImVec2(t.margin, by));
        if (big_button("back", "\xE2\x80\xB9  " + v.w("back"), ImVec2(bw, t.button_h), ButtonKind::Secondary))
            out.push_back(intent::Back{});
    }
    const bool last = v.question_index + 1 >= v.question_count;
    ImGui::SetCursorScreenPos(ImVec2(sz.x - t.margin - bw, by));
    if (big_button("next", (last ? v.w("finish_quiz") : v.w("next")) + "  \xE2\x80\xBA", ImVec2(bw, t.button_h),
                   ButtonKind::Primary, v.can_go_next))
        out.push_back(intent::Next{});
    progress_dots(ImVec2(sz.x / 2, bar + t.bar_h / 2), v.question_index, v.question_count);
    end_screen();
    return out;
}

}  // namespace signaal::ui
