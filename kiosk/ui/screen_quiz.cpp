// One quiz question per screen: scenario in a highlighted box, large answer cards, ordering by
// tapping in order with numbered badges, Next only when answered.
#include <algorithm>
#include <cmath>
#include <utility>

#include "fonts.hpp"
#include "reading_aids.hpp"
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


// [section] spot: a picture whose regions are tapped ----------------------------------------------

// Where the picture landed: a point of the image is drawn at origin + point * scale.
struct Picture {
    ImVec2 origin;
    float scale = 0;
    ImVec2 size;
};

Picture draw_picture(const std::filesystem::path& png, ImVec2 max) {
    Picture p;
    p.origin = ImGui::GetCursorScreenPos();
    p.size = image_fit(png, max, theme().rounding);
    const Texture tex = textures().get(png);
    if (tex.w > 0) p.scale = p.size.x / static_cast<float>(tex.w);
    return p;
}

// A region's drawn box on screen.
std::pair<ImVec2, ImVec2> drawn_box(const Region& g, const Picture& p) {
    const float s = p.scale;
    if (g.circle())
        return {ImVec2(p.origin.x + (g.x - g.r) * s, p.origin.y + (g.y - g.r) * s),
                ImVec2(p.origin.x + (g.x + g.r) * s, p.origin.y + (g.y + g.r) * s)};
    return {ImVec2(p.origin.x + g.x * s, p.origin.y + g.y * s), ImVec2(p.origin.x + (g.x + g.w) * s, p.origin.y + (g.y + g.h) * s)};
}

// The touch area: the drawn box grown about its centre to at least 48 px a side at 1280x800
// (theme scale 800/1080), however small the picture is drawn; the drawing itself stays as is.
std::pair<ImVec2, ImVec2> touch_box(const Region& g, const Picture& p) {
    const float least = 48.0f * 1080.0f / 800.0f * theme().scale;
    auto [a, b] = drawn_box(g, p);
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    const float hw = std::max((b.x - a.x) / 2, least / 2), hh = std::max((b.y - a.y) / 2, least / 2);
    return {ImVec2(c.x - hw, c.y - hh), ImVec2(c.x + hw, c.y + hh)};
}

// How far a screen point is from a region's drawn shape (0 inside).
float distance_to(const Region& g, const Picture& p, ImVec2 at) {
    if (g.circle()) {
        const float dx = at.x - (p.origin.x + g.x * p.scale), dy = at.y - (p.origin.y + g.y * p.scale);
        return std::max(0.0f, std::sqrt(dx * dx + dy * dy) - g.r * p.scale);
    }
    const auto [a, b] = drawn_box(g, p);
    const float dx = std::max({a.x - at.x, 0.0f, at.x - b.x}), dy = std::max({a.y - at.y, 0.0f, at.y - b.y});
    return std::sqrt(dx * dx + dy * dy);
}

// The region a tap at `at` means: of the touch areas holding it (grown ones may meet), the one
// whose drawn shape is nearest. -1 for none.
int region_at(const Question& q, const Picture& p, ImVec2 at) {
    int best = -1;
    float best_d = 0;
    for (size_t i = 0; i < q.regions.size(); ++i) {
        const auto [a, b] = touch_box(q.regions[i], p);
        if (at.x < a.x || at.y < a.y || at.x > b.x || at.y > b.y) continue;
        const float d = distance_to(q.regions[i], p, at);
        if (best < 0 || d < best_d) best = static_cast<int>(i), best_d = d;
    }
    return best;
}

// What the review says of one region; each has its colour and its own icon.
enum class Seen { Marked, Caught, Missed, Wrong, Left };

Seen seen_of(const Question& q, const std::vector<int>& chosen, int i) {
    const bool marked = std::find(chosen.begin(), chosen.end(), i) != chosen.end();
    const bool signal = q.regions[static_cast<size_t>(i)].signal;
    return signal ? (marked ? Seen::Caught : Seen::Missed) : (marked ? Seen::Wrong : Seen::Left);
}

ImU32 colour_of(Seen s) {
    const Theme& t = theme();
    switch (s) {
        case Seen::Marked: return t.primary;
        case Seen::Caught: return t.success;
        case Seen::Missed: return t.warning;
        case Seen::Wrong: return t.danger;
        case Seen::Left: return t.text_muted;
    }
    return t.primary;
}

const char* word_of(Seen s) {
    switch (s) {
        case Seen::Caught: return "spot_caught";
        case Seen::Missed: return "spot_missed";
        case Seen::Wrong: return "spot_wrong";
        default: return "spot_left";
    }
}

// A round badge with the state's icon: a tick (marked, caught), "!" (missed), a cross (wrongly
// marked), a dash (rightly left), so the state never rests on colour alone.
void badge(ImDrawList* dl, ImVec2 c, float r, Seen s) {
    const float th = std::max(2.0f, r * 0.22f);
    const ImU32 ink = theme().on_primary;
    dl->AddCircleFilled(c, r + 2 * theme().scale, IM_COL32_WHITE, 32);
    dl->AddCircleFilled(c, r, colour_of(s), 32);
    switch (s) {
        case Seen::Marked:
        case Seen::Caught: {
            const ImVec2 pts[] = {{c.x - r * 0.45f, c.y + r * 0.02f}, {c.x - r * 0.12f, c.y + r * 0.36f}, {c.x + r * 0.48f, c.y - r * 0.34f}};
            dl->AddPolyline(pts, 3, ink, 0, th);
            break;
        }
        case Seen::Missed:
            dl->AddLine(ImVec2(c.x, c.y - r * 0.55f), ImVec2(c.x, c.y + r * 0.15f), ink, th);
            dl->AddCircleFilled(ImVec2(c.x, c.y + r * 0.48f), th * 0.7f, ink, 12);
            break;
        case Seen::Wrong:
            dl->AddLine(ImVec2(c.x - r * 0.4f, c.y - r * 0.4f), ImVec2(c.x + r * 0.4f, c.y + r * 0.4f), ink, th);
            dl->AddLine(ImVec2(c.x - r * 0.4f, c.y + r * 0.4f), ImVec2(c.x + r * 0.4f, c.y - r * 0.4f), ink, th);
            break;
        case Seen::Left: dl->AddLine(ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x + r * 0.45f, c.y), ink, th); break;
    }
}

// The region's outline (white under the colour, so it shows on any part of the picture), dashed
// for a missed signal, with its badge on the top right and, in the review, its number.
void region_mark(ImDrawList* dl, const Region& g, const Picture& p, Seen s, int number) {
    const Theme& t = theme();
    const float th = 5 * t.scale;
    const auto [a, b] = drawn_box(g, p);
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    const bool dashed = s == Seen::Missed;
    for (int pass = 0; pass < 2; ++pass) {
        const ImU32 col = pass == 0 ? IM_COL32_WHITE : colour_of(s);
        const float w = pass == 0 ? th * 2.2f : th;
        if (g.circle()) {
            const float r = g.r * p.scale;
            const int n = dashed ? 16 : 1;
            for (int k = 0; k < n; ++k) {
                const float a0 = 6.2831853f * static_cast<float>(k) / static_cast<float>(n);
                const float a1 = a0 + 6.2831853f / static_cast<float>(n) * (dashed ? 0.6f : 1.0f);
                dl->PathArcTo(c, r, a0, a1, dashed ? 6 : 48);
                dl->PathStroke(col, 0, w);
            }
        } else if (dashed) {
            const ImVec2 corners[] = {a, ImVec2(b.x, a.y), b, ImVec2(a.x, b.y), a};
            const float dash = 16 * t.scale;
            for (int e = 0; e < 4; ++e) {
                const ImVec2 u = corners[e], v = corners[e + 1];
                const float len = std::hypot(v.x - u.x, v.y - u.y);
                for (float d = 0; d < len; d += dash * 1.7f) {
                    const float d1 = std::min(len, d + dash);
                    dl->AddLine(ImVec2(u.x + (v.x - u.x) * d / len, u.y + (v.y - u.y) * d / len),
                                ImVec2(u.x + (v.x - u.x) * d1 / len, u.y + (v.y - u.y) * d1 / len), col, w);
                }
            }
        } else {
            dl->AddRect(a, b, col, 8 * t.scale, 0, w);
        }
    }
    const float r = 20 * t.scale;
    const ImVec2 at = g.circle() ? ImVec2(c.x + g.r * p.scale * 0.72f, c.y - g.r * p.scale * 0.72f) : ImVec2(b.x, a.y);
    badge(dl, at, r, s);
    if (number > 0) {
        const std::string n = std::to_string(number);
        ImFont* f = fonts().body_bold;
        const ImVec2 ts = f->CalcTextSizeA(f->FontSize, 1e6f, 0, n.c_str());
        const ImVec2 q0(at.x - r - ts.x - 18 * t.scale, at.y - ts.y / 2 - 2 * t.scale), q1(at.x - r - 2 * t.scale, at.y + ts.y / 2 + 2 * t.scale);
        dl->AddRectFilled(q0, q1, IM_COL32_WHITE, 6 * t.scale);
        dl->AddRect(q0, q1, colour_of(s), 6 * t.scale, 0, 2 * t.scale);
        dl->AddText(f, f->FontSize, ImVec2(q0.x + 8 * t.scale, q0.y + 2 * t.scale), t.text, n.c_str());
    }
}

// The quiz: the picture large on the left, the prompt, hint and count on the right. Only what
// the person marked is drawn on the picture; the regions themselves are not shown.
void spot_question(const QuizView& v, float y0, float width, float height, std::vector<Intent>& out) {
    const Theme& t = theme();
    const Question& q = *v.question;
    auto* dl = ImGui::GetWindowDrawList();
    const float pic_w = width * 0.62f;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y0));
    const Picture p = draw_picture(q.image, ImVec2(pic_w, height));
    if (p.scale > 0) {
        // One touch surface over the picture and every grown touch area; the tap goes to a region.
        ImVec2 lo = p.origin, hi(p.origin.x + p.size.x, p.origin.y + p.size.y);
        for (size_t i = 0; i < q.regions.size(); ++i) {
            const auto [a, b] = touch_box(q.regions[i], p);
            register_target("region:" + q.regions[i].id, a, b);
            lo = ImVec2(std::min(lo.x, a.x), std::min(lo.y, a.y)), hi = ImVec2(std::max(hi.x, b.x), std::max(hi.y, b.y));
        }
        const ImVec2 back = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(lo);
        if (ImGui::InvisibleButton("##picture", ImVec2(hi.x - lo.x, hi.y - lo.y)) && !is_drag_gesture()) {
            const int i = region_at(q, p, ImGui::GetIO().MouseClickedPos[0]);
            if (i >= 0) out.push_back(intent::TapChoice{i});
        }
        for (int c : v.chosen) {
            region_mark(dl, q.regions[static_cast<size_t>(c)], p, Seen::Marked, 0);
            // Test hook: which markers are on screen.
            const auto [a, b] = drawn_box(q.regions[static_cast<size_t>(c)], p);
            register_target("marked:" + q.regions[static_cast<size_t>(c)].id, a, b);
        }
        ImGui::SetCursorScreenPos(back);
    }
    const float rx = t.margin + pic_w + t.gap * 1.5f, rw = t.margin + width - rx;
    ImGui::SetCursorScreenPos(ImVec2(rx, y0));
    text_block(fonts().heading, v.prompt, t.text, rw);
    ImGui::SetCursorScreenPos(ImVec2(rx, ImGui::GetCursorScreenPos().y));
    text_block(fonts().body, v.w(rules_of(q.type).hint_key), t.text_muted, rw);
    ImGui::SetCursorScreenPos(ImVec2(rx, ImGui::GetCursorScreenPos().y + t.gap));
    const std::string count = std::to_string(v.chosen.size());
    const ImVec2 cp = ImGui::GetCursorScreenPos();
    badge(dl, ImVec2(cp.x + 22 * t.scale, cp.y + fonts().heading->FontSize / 2 + 4 * t.scale), 20 * t.scale, Seen::Marked);
    ImGui::SetCursorScreenPos(ImVec2(cp.x + 56 * t.scale, cp.y));
    text_block(fonts().heading, fill(v.w("spot_marked"), {{"count", count}}), t.primary, rw - 56 * t.scale);
    register_target("marked-count:" + count, cp, ImVec2(cp.x + rw, ImGui::GetCursorScreenPos().y));  // test hook
    ImGui::SetCursorScreenPos(ImVec2(t.margin, std::max(p.origin.y + p.size.y, ImGui::GetCursorScreenPos().y)));
}

// The review: the picture again with every region's state and number, then one line per region.
void spot_review(const Words& w, const ReviewItem& item, float x, float width) {
    const Theme& t = theme();
    const Question& q = *item.question;
    auto* dl = ImGui::GetWindowDrawList();
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 10 * t.scale));
    // Not taller than 40% of the screen, so the first lines show under it without scrolling.
    const Picture p = draw_picture(q.image, ImVec2(width, std::min(width * 0.75f, screen_size().y * 0.4f)));
    for (size_t i = 0; p.scale > 0 && i < q.regions.size(); ++i) {
        const Seen s = seen_of(q, item.chosen, static_cast<int>(i));
        region_mark(dl, q.regions[i], p, s, static_cast<int>(i) + 1);
        const auto [a, b] = drawn_box(q.regions[i], p);
        register_target("review:" + q.id + "/" + q.regions[i].id + ":" + word_of(s), a, b);  // test hook
    }
    const float r = 18 * t.scale, indent = 2 * r + 56 * t.scale;
    for (size_t i = 0; i < q.regions.size(); ++i) {
        const Seen s = seen_of(q, item.chosen, static_cast<int>(i));
        const ImVec2 at(x, ImGui::GetCursorScreenPos().y + 12 * t.scale);
        const std::string n = std::to_string(i + 1);
        dl->AddText(fonts().body_bold, fonts().body_bold->FontSize, ImVec2(at.x, at.y), t.text, n.c_str());
        badge(dl, ImVec2(at.x + 40 * t.scale + r, at.y + fonts().body->FontSize * 0.6f), r, s);
        ImGui::SetCursorScreenPos(ImVec2(x + indent, at.y));
        text_block(fonts().body_bold, w(word_of(s)), colour_of(s), width - indent);
        ImGui::SetCursorScreenPos(ImVec2(x + indent, ImGui::GetCursorScreenPos().y));
        text_block(fonts().body, i < item.texts.size() ? item.texts[i] : std::string(), t.text, width - indent);
    }
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 12 * t.scale));
    text_block(fonts().body, item.feedback, t.text, width);
}

}  // namespace

void draw_review_answer(const Words& w, const ReviewItem& item, float x, float width) {
    const Theme& t = theme();
    if (item.question && rules_of(item.question->type).mark == QuestionRules::Mark::Picture) {
        spot_review(w, item, x, width);
        return;
    }
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
            "", reading_aids_width(v.w, v.aids));
    reading_aids(v.w, v.aids, sz.x - t.margin, out);

    const float top = t.bar_h;
    const float bottom = sz.y - t.bar_h;
    ImGui::SetCursorScreenPos(ImVec2(0, top));
    ImGui::BeginChild("##question", ImVec2(sz.x, bottom - top), false, ImGuiWindowFlags_NoScrollWithMouse);
    const float width = sz.x - 2 * t.margin - ImGui::GetStyle().ScrollbarSize;
    const QuestionRules& rules = rules_of(v.type);
    if (v.question && rules.mark == QuestionRules::Mark::Picture) {
        spot_question(v, ImGui::GetCursorScreenPos().y + t.gap * 1.5f, width, bottom - top - t.gap * 3, out);
    } else {
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
    }
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
