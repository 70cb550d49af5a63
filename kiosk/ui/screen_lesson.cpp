// A lesson page: heading, paragraphs, bullets, signal cards and an illustration; drag to
// scroll when the page is taller than the screen; back, next and progress at the bottom.
#include <algorithm>

#include "fonts.hpp"
#include "reading_aids.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {
namespace {

void bullet_list(const std::vector<std::string>& bullets, float width) {
    const Theme& t = theme();
    auto* dl = ImGui::GetWindowDrawList();
    for (const auto& b : bullets) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddCircleFilled(ImVec2(p.x + 12 * t.scale, p.y + fonts().body->FontSize * 0.72f), 7 * t.scale, t.primary);
        ImGui::SetCursorScreenPos(ImVec2(p.x + 40 * t.scale, p.y));
        text_block(fonts().body, b, t.text, width - 40 * t.scale);
        ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
    }
}

void signal_cards(const std::vector<SignalCard>& cards, float x, float width) {
    const Theme& t = theme();
    if (cards.empty()) return;
    auto* dl = ImGui::GetWindowDrawList();
    const size_t cols = width > 1500 * t.scale ? 3 : 2;
    const float gap = t.gap;
    const float cw = (width - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    const float pad = 22 * t.scale, icon = 110 * t.scale;
    const float text_w = cw - 3 * pad - icon;
    for (size_t row = 0; row * cols < cards.size(); ++row) {
        float h = icon + 2 * pad;
        for (size_t c = 0; c < cols && row * cols + c < cards.size(); ++c) {
            const auto& k = cards[row * cols + c];
            h = std::max(h, 2 * pad + text_block_size(fonts().body_bold, k.title, text_w).y +
                                text_block_size(fonts().body, k.text, text_w).y + 8 * t.scale);
        }
        const ImVec2 origin(x, ImGui::GetCursorScreenPos().y);
        for (size_t c = 0; c < cols && row * cols + c < cards.size(); ++c) {
            const auto& k = cards[row * cols + c];
            const ImVec2 min(origin.x + static_cast<float>(c) * (cw + gap), origin.y);
            dl->AddRectFilled(min, ImVec2(min.x + cw, min.y + h), t.surface, t.rounding);
            dl->AddRectFilled(min, ImVec2(min.x + 10 * t.scale, min.y + h), t.scenario_border, t.rounding, ImDrawFlags_RoundCornersLeft);
            ImGui::SetCursorScreenPos(ImVec2(min.x + pad + 6 * t.scale, min.y + pad));
            image_fit(k.icon, ImVec2(icon, icon));
            ImGui::SetCursorScreenPos(ImVec2(min.x + 2 * pad + icon, min.y + pad));
            text_block(fonts().body_bold, k.title, t.text, text_w);
            ImGui::Dummy(ImVec2(1, 2 * t.scale));
            ImGui::SetCursorScreenPos(ImVec2(min.x + 2 * pad + icon, ImGui::GetCursorScreenPos().y));
            text_block(fonts().body, k.text, t.text, text_w);
        }
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h + gap));
        ImGui::Dummy(ImVec2(1, 1));
    }
}

}  // namespace

std::vector<Intent> draw_lesson(const LessonView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##lesson");
    top_bar(v.module_title, "", reading_aids_width(v.w, v.aids));
    reading_aids(v.w, v.aids, sz.x - t.margin, out);

    const float top = t.bar_h;
    const float bottom = sz.y - t.bar_h;
    ImGui::SetCursorScreenPos(ImVec2(0, top));
    ImGui::BeginChild("##page", ImVec2(sz.x, bottom - top), false, ImGuiWindowFlags_NoScrollWithMouse);
    const float width = sz.x - 2 * t.margin - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y + t.gap * 1.5f));
    if (v.page) {
        const PageText& p = *v.page;
        text_block(fonts().heading, p.heading, t.text, width);
        ImGui::Dummy(ImVec2(1, t.gap * 0.3f));
        // On the page that teaches reporting, "Where to report here" takes the illustration's place,
        // so it is in sight without scrolling.
        const bool has_image = !v.image.empty() || v.route_card;
        // Text in a readable column; the illustration beside it on the right.
        const float text_w = has_image ? width * 0.58f : std::min(width, 1400 * t.scale);
        const ImVec2 start(t.margin, ImGui::GetCursorScreenPos().y);
        for (const auto& para : p.paragraphs) {
            ImGui::SetCursorScreenPos(ImVec2(start.x, ImGui::GetCursorScreenPos().y));
            text_block(fonts().body, para, t.text, text_w);
            ImGui::Dummy(ImVec2(1, t.gap * 0.4f));
        }
        ImGui::SetCursorScreenPos(ImVec2(start.x, ImGui::GetCursorScreenPos().y));
        bullet_list(p.bullets, text_w);
        float y = ImGui::GetCursorScreenPos().y;
        if (has_image) {
            ImGui::SetCursorScreenPos(ImVec2(start.x + text_w + t.gap * 2, start.y));
            const float used = v.route_card ? draw_route_card(*v.route_card, width - text_w - t.gap * 2)
                                            : image_fit(v.image, ImVec2(width - text_w - t.gap * 2, (bottom - top) * 0.62f), t.rounding).y;
            y = std::max(y, start.y + used + t.gap);
        }
        ImGui::SetCursorScreenPos(ImVec2(start.x, y + t.gap * 0.5f));
        signal_cards(v.cards, start.x, width);
        ImGui::Dummy(ImVec2(1, t.gap));
    }
    drag_to_scroll();
    ImGui::EndChild();

    // [Bottom bar] back, progress, next.
    const float bar = bottom_bar();
    const float bw = std::min(420 * t.scale, sz.x * 0.26f);
    const float by = bar + (t.bar_h - t.button_h) / 2;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, by));
    if (big_button("back", "\xE2\x80\xB9  " + v.w("back"), ImVec2(bw, t.button_h), ButtonKind::Secondary))
        out.push_back(intent::Back{});
    const bool last = v.page_index + 1 >= v.page_count;
    ImGui::SetCursorScreenPos(ImVec2(sz.x - t.margin - bw, by));
    if (big_button("next", (last ? v.w("start_quiz") : v.w("next")) + "  \xE2\x80\xBA", ImVec2(bw, t.button_h)))
        out.push_back(intent::Next{});
    const std::string progress = fill(v.w("page_of"), {{"page", std::to_string(v.page_index + 1)}, {"pages", std::to_string(v.page_count)}});
    progress_dots(ImVec2(sz.x / 2, bar + t.bar_h * 0.36f), v.page_index, v.page_count);
    text_in_rect(fonts().body, progress, t.text_muted, ImVec2(t.margin + bw, bar + t.bar_h * 0.5f),
                 ImVec2(sz.x - t.margin - bw, bar + t.bar_h * 0.92f));
    end_screen();
    return out;
}

}  // namespace signaal::ui
