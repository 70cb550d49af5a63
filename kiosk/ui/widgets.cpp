#include "widgets.hpp"

#include <stb_image.h>

#include <algorithm>

namespace { constexpr float IM_PI = 3.14159265358979f; }
#include <cmath>
#include <map>
#include <string_view>

#include "fonts.hpp"
#include "theme.hpp"
#include "utf8_text.hpp"

namespace signaal::ui {
namespace {

std::map<std::string, Rect> g_targets;
std::map<std::string, HiddenTarget> g_hidden;
NullTextures g_null_textures;
Textures* g_textures = &g_null_textures;

ImDrawList* dl() { return ImGui::GetWindowDrawList(); }

char32_t upper_cp(char32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
    if (c == 0xFF) return 0x178;
    if (c >= 0x100 && c <= 0x137 && (c & 1)) return c - 1;
    if (c >= 0x139 && c <= 0x148 && !(c & 1)) return c - 1;
    if (c >= 0x14A && c <= 0x177 && (c & 1)) return c - 1;
    if (c >= 0x179 && c <= 0x17E && !(c & 1)) return c - 1;
    if (c >= 0x218 && c <= 0x21B && (c & 1)) return c - 1;  // ș ț
    if (c >= 0x430 && c <= 0x44F) return c - 0x20;
    if (c >= 0x450 && c <= 0x45F) return c - 0x50;
    return c;
}

ImU32 fill_of(ButtonKind k, bool pressed) {
    const Theme& t = theme();
    switch (k) {
        case ButtonKind::Primary: return pressed ? t.primary_pressed : t.primary;
        case ButtonKind::Secondary: return pressed ? t.secondary_pressed : t.secondary;
        case ButtonKind::Success: return pressed ? t.primary_pressed : t.success;
        case ButtonKind::Danger: return pressed ? t.primary_pressed : t.danger;
    }
    return t.primary;
}

ImU32 ink_of(ButtonKind k) {
    return k == ButtonKind::Secondary ? theme().text : theme().on_primary;
}

// An invisible touch target: true when released inside after a press that was not a drag.
bool tap_area(const std::string& id, ImVec2 size, bool* held = nullptr) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    register_target(id, min, ImVec2(min.x + size.x, min.y + size.y));
    const bool clicked = ImGui::InvisibleButton(id.c_str(), size);
    if (held) *held = ImGui::IsItemActive() && ImGui::IsItemHovered() && !is_drag_gesture();
    return clicked && !is_drag_gesture();
}

void draw_backspace_icon(ImVec2 c, float s, ImU32 col) {
    const float w = s * 1.3f, h = s * 0.8f;
    const ImVec2 pts[] = {{c.x - w / 2, c.y}, {c.x - w / 2 + h / 2, c.y - h / 2}, {c.x + w / 2, c.y - h / 2},
                          {c.x + w / 2, c.y + h / 2}, {c.x - w / 2 + h / 2, c.y + h / 2}};
    dl()->AddPolyline(pts, 5, col, ImDrawFlags_Closed, 3 * theme().scale);
    const float x = c.x + w * 0.12f, d = h * 0.22f;
    dl()->AddLine({x - d, c.y - d}, {x + d, c.y + d}, col, 3 * theme().scale);
    dl()->AddLine({x - d, c.y + d}, {x + d, c.y - d}, col, 3 * theme().scale);
}

void draw_shift_icon(ImVec2 c, float s, ImU32 col, bool filled) {
    const float w = s * 0.9f, h = s;
    const ImVec2 pts[] = {{c.x, c.y - h / 2}, {c.x + w / 2, c.y}, {c.x + w / 4, c.y},
                          {c.x + w / 4, c.y + h / 2}, {c.x - w / 4, c.y + h / 2}, {c.x - w / 4, c.y},
                          {c.x - w / 2, c.y}};
    if (filled) dl()->AddConvexPolyFilled(pts, 7, col);  // not convex, but ImGui fills it well enough
    dl()->AddPolyline(pts, 7, col, ImDrawFlags_Closed, 3 * theme().scale);
}

}  // namespace

// [section] Test hook ---------------------------------------------------------------------------

void begin_frame_targets() {
    g_targets.clear();
    g_hidden.clear();
}

void register_target(const std::string& id, ImVec2 min, ImVec2 max) {
    // Clip to the window (scrolled-away parts cannot be tapped).
    const ImVec2 cmin = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 cmax = ImGui::GetWindowDrawList()->GetClipRectMax();
    const float x0 = std::max(min.x, cmin.x), y0 = std::max(min.y, cmin.y);
    const float x1 = std::min(max.x, cmax.x), y1 = std::min(max.y, cmax.y);
    if (x1 <= x0 || y1 <= y0) {
        // Scrolled out of its window: a test may drag the window until it shows.
        g_hidden[id] = HiddenTarget{Rect{min.x, min.y, max.x - min.x, max.y - min.y},
                                    Rect{cmin.x, cmin.y, cmax.x - cmin.x, cmax.y - cmin.y}};
        return;
    }
    g_targets[id] = Rect{x0, y0, x1 - x0, y1 - y0};
}

std::optional<HiddenTarget> find_hidden_target(const std::string& id) {
    auto it = g_hidden.find(id);
    if (it == g_hidden.end()) return std::nullopt;
    return it->second;
}

std::optional<Rect> find_target(const std::string& id) {
    auto it = g_targets.find(id);
    if (it == g_targets.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> target_ids() {
    std::vector<std::string> out;
    for (const auto& [k, v] : g_targets) out.push_back(k);
    return out;
}

// [section] Textures ----------------------------------------------------------------------------

Texture NullTextures::get(const std::filesystem::path& png) {
    Texture t;
    int n = 0;
    if (!stbi_info(png.c_str(), &t.w, &t.h, &n)) t.w = t.h = 0;
    return t;
}

void set_textures(Textures* t) { g_textures = t ? t : &g_null_textures; }
Textures& textures() { return *g_textures; }

// [section] Text --------------------------------------------------------------------------------

namespace {

// Chinese (and Japanese) is written without spaces: a line may break between any two of its
// characters. ImGui's word wrap only breaks at spaces and cuts a run longer than the line
// anywhere, so a Chinese paragraph would break mid-phrase after the last Latin word.
bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}
// Closing punctuation stays with the character before it, opening with the one after it.
bool no_break_before(char32_t c) { return std::u32string_view(U"，。、！？：；）」』》〉】,.!?:;)").find(c) != std::u32string_view::npos; }
bool no_break_after(char32_t c) { return std::u32string_view(U"（「『《〈【(").find(c) != std::u32string_view::npos; }

float advance(ImFont* font, char32_t c) {
    return c <= 0xFFFF ? font->GetCharAdvance(static_cast<ImWchar>(c)) : font->FallbackAdvanceX;
}

// One paragraph (no '\n') with CJK text into lines of at most `width`.
void wrap_cjk(ImFont* font, std::string_view para, float width, std::vector<std::string_view>& lines) {
    size_t start = 0;
    while (start < para.size()) {
        float w = 0;
        size_t at = start, brk = std::string_view::npos;
        char32_t prev = 0;
        while (at < para.size()) {
            const size_t n = utf8::char_size(para, at);
            const char32_t c = utf8::first_code_point(para.substr(at, n));
            if (at > start && (prev == ' ' || ((is_cjk(c) || is_cjk(prev)) && !no_break_before(c) && !no_break_after(prev))))
                brk = at;
            w += advance(font, c);
            if (c != ' ' && w > width && at > start) break;
            prev = c;
            at += n;
        }
        const size_t end = at >= para.size() ? para.size() : (brk != std::string_view::npos ? brk : at);
        std::string_view line = para.substr(start, end - start);
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        lines.push_back(line);
        start = end;
        while (start < para.size() && para[start] == ' ') ++start;
    }
}

bool has_cjk(std::string_view s) {
    for (const char32_t c : utf8::code_points(s))
        if (is_cjk(c)) return true;
    return false;
}

}  // namespace

std::vector<std::string_view> wrap_lines(ImFont* font, std::string_view text, float width) {
    std::vector<std::string_view> lines;
    const char* s = text.data();
    const char* end = text.data() + text.size();
    const float scale = 1.0f;
    while (s < end) {
        const char* nl = std::find(s, end, '\n');
        if (const std::string_view para(s, static_cast<size_t>(nl - s)); has_cjk(para)) {
            wrap_cjk(font, para, std::max(width, 1.0f), lines);
            s = nl < end ? nl + 1 : nl;
            continue;
        }
        const char* brk = font->CalcWordWrapPositionA(scale, s, nl, std::max(width, 1.0f));
        if (brk == s) brk = s + utf8::char_size(std::string_view(s, static_cast<size_t>(end - s)), 0);
        std::string_view line(s, static_cast<size_t>(brk - s));
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        lines.push_back(line);
        s = brk;
        while (s < end && *s == ' ') ++s;
        if (s < end && *s == '\n' && s == nl) ++s;
    }
    if (lines.empty()) lines.emplace_back("", 0);
    return lines;
}

ImVec2 text_block_size(ImFont* font, std::string_view text, float width) {
    const auto lines = wrap_lines(font, text, width);
    float w = 0;
    for (auto l : lines)
        if (!l.empty()) w = std::max(w, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, l.data(), l.data() + l.size()).x);
    return ImVec2(w, static_cast<float>(lines.size()) * font->FontSize * 1.2f);
}

void text_block(ImFont* font, std::string_view text, ImU32 color, float width, bool centered) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size = text_block_size(font, text, width);
    text_in_rect(font, text, color, pos, ImVec2(pos.x + width, pos.y + size.y), centered, false);
    ImGui::Dummy(ImVec2(width, size.y));
}

void text_in_rect(ImFont* font, std::string_view text, ImU32 color, ImVec2 min, ImVec2 max, bool centered,
                  bool vcentered) {
    const float width = max.x - min.x;
    const auto lines = wrap_lines(font, text, width);
    const float lh = font->FontSize * 1.2f;
    const float total = static_cast<float>(lines.size()) * lh;
    float y = vcentered ? min.y + (max.y - min.y - total) / 2 : min.y;
    for (auto l : lines) {
        if (l.empty()) {
            y += lh;
            continue;
        }
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, l.data(), l.data() + l.size()).x;
        const float x = centered ? min.x + (width - w) / 2 : min.x;
        dl()->AddText(font, font->FontSize, ImVec2(std::floor(x), std::floor(y + font->FontSize * 0.1f)), color,
                      l.data(), l.data() + l.size());
        y += lh;
    }
}

// [section] Screens and bars ---------------------------------------------------------------------

void begin_screen(const char* id) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
}

void end_screen() { ImGui::End(); }

ImDrawList* begin_overlay(const char* id) {
    const ImVec2 sz = screen_size();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(sz);
    ImGui::SetNextWindowFocus();
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                  ImGuiWindowFlags_NoBackground);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), sz, theme().dim);
    return dl;
}

ImVec2 screen_size() { return ImGui::GetMainViewport()->Size; }

bool top_bar(const std::string& title, const std::string& back_label) {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    dl()->AddRectFilled(ImVec2(0, 0), ImVec2(sz.x, t.bar_h), t.surface);
    dl()->AddLine(ImVec2(0, t.bar_h), ImVec2(sz.x, t.bar_h), t.secondary_pressed, 2 * t.scale);
    bool back = false;
    float title_x = t.margin;
    if (!back_label.empty()) {
        const float bw = std::max(220 * t.scale, text_block_size(fonts().body_bold, back_label, 1e6f).x + 90 * t.scale);
        ImGui::SetCursorScreenPos(ImVec2(t.margin, (t.bar_h - t.button_h * 0.85f) / 2));
        back = big_button("back", "\xE2\x80\xB9  " + back_label, ImVec2(bw, t.button_h * 0.85f), ButtonKind::Secondary);
        title_x = t.margin + bw + t.gap * 1.5f;
    }
    ImFont* f = fonts().heading;
    const float avail = sz.x - title_x - t.margin;
    if (text_block_size(f, title, avail).y > t.bar_h - 16 * t.scale) f = fonts().body_bold;
    text_in_rect(f, title, t.text, ImVec2(title_x, 0), ImVec2(title_x + avail, t.bar_h), false, true);
    return back;
}

float bottom_bar() {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    const float top = sz.y - t.bar_h;
    dl()->AddRectFilled(ImVec2(0, top), sz, t.surface);
    dl()->AddLine(ImVec2(0, top), ImVec2(sz.x, top), t.secondary_pressed, 2 * t.scale);
    return top;
}

bool is_drag_gesture() {
    const float limit = 24 * theme().scale;
    return ImGui::GetIO().MouseDragMaxDistanceSqr[0] > limit * limit;
}

void drag_to_scroll() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDown[0] && is_drag_gesture() &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem | ImGuiHoveredFlags_ChildWindows))
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    // More below: fade the bottom edge so the person sees the page goes on.
    if (ImGui::GetScrollY() + 1 < ImGui::GetScrollMaxY()) {
        const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
        const float h = 70 * theme().scale;
        const ImU32 clear = theme().bg & 0x00FFFFFF;
        ImGui::GetWindowDrawList()->AddRectFilledMultiColor(ImVec2(wp.x, wp.y + ws.y - h), ImVec2(wp.x + ws.x - ImGui::GetStyle().ScrollbarSize, wp.y + ws.y),
                                                            clear, clear, theme().bg, theme().bg);
    }
}

// [section] Buttons -------------------------------------------------------------------------------

bool big_button(const std::string& id, std::string_view label, ImVec2 size, ButtonKind kind, bool enabled,
                ImFont* font) {
    const Theme& t = theme();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    bool held = false;
    const bool clicked = tap_area(id, size, &held);
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const ImU32 fill = enabled ? fill_of(kind, held) : t.disabled;
    dl()->AddRectFilled(min, max, fill, t.rounding);
    if (kind == ButtonKind::Secondary && enabled) dl()->AddRect(min, max, t.border, t.rounding, 0, 2 * t.scale);
    ImFont* f = font ? font : fonts().body_bold;
    const float pad = 20 * t.scale;
    if (text_block_size(f, label, size.x - 2 * pad).y > size.y - pad) f = fonts().body;
    if (text_block_size(f, label, size.x - 2 * pad).y > size.y - pad) f = fonts().small;
    text_in_rect(f, label, enabled ? ink_of(kind) : t.on_disabled, ImVec2(min.x + pad, min.y),
                 ImVec2(max.x - pad, max.y), true);
    return clicked && enabled;
}

bool choice_card(const std::string& id, std::string_view text, float width, bool selected, Badge badge,
                 int number) {
    const Theme& t = theme();
    ImFont* f = fonts().body;
    const float pad = 24 * t.scale;
    const float badge_w = badge == Badge::None ? 0 : 56 * t.scale;
    const float text_w = width - 2 * pad - (badge_w > 0 ? badge_w + pad : 0);
    const ImVec2 ts = text_block_size(f, text, text_w);
    const ImVec2 size(width, std::max(t.choice_min_h, ts.y + 2 * pad));
    const ImVec2 min = ImGui::GetCursorScreenPos();
    bool held = false;
    const bool clicked = tap_area(id, size, &held);
    const ImVec2 max(min.x + size.x, min.y + size.y);
    dl()->AddRectFilled(min, max, held ? t.secondary_pressed : selected ? t.selected : t.surface, t.rounding);
    dl()->AddRect(min, max, selected ? t.primary : t.border, t.rounding, 0, (selected ? 5 : 2) * t.scale);
    float tx = min.x + pad;
    if (badge != Badge::None) {
        const ImVec2 c(min.x + pad + badge_w / 2, min.y + size.y / 2);
        const float r = badge_w / 2 - 4 * t.scale;
        const float th = 3 * t.scale;
        switch (badge) {
            case Badge::Radio:
                dl()->AddCircle(c, r, t.primary, 32, th);
                if (selected) dl()->AddCircleFilled(c, r * 0.55f, t.primary, 32);
                break;
            case Badge::Check:
                dl()->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), t.primary, 8 * t.scale, 0, th);
                if (selected) {
                    dl()->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), t.primary, 8 * t.scale);
                    const ImVec2 pts[] = {{c.x - r * 0.55f, c.y}, {c.x - r * 0.15f, c.y + r * 0.45f},
                                          {c.x + r * 0.6f, c.y - r * 0.45f}};
                    dl()->AddPolyline(pts, 3, t.on_primary, 0, th * 1.4f);
                }
                break;
            case Badge::Number:
                if (number > 0) {
                    dl()->AddCircleFilled(c, r, t.primary, 32);
                    const std::string n = std::to_string(number);
                    text_in_rect(fonts().body_bold, n, t.on_primary, ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r));
                } else {
                    dl()->AddCircle(c, r, t.border, 32, th);
                }
                break;
            case Badge::None: break;
        }
        tx += badge_w + pad;
    }
    text_in_rect(f, text, t.text, ImVec2(tx, min.y), ImVec2(tx + text_w, max.y), false, true);
    return clicked;
}

void progress_dots(ImVec2 center, int index, int count) {
    const Theme& t = theme();
    if (count <= 0) return;
    const float r = 9 * t.scale, step = 30 * t.scale;
    const float w = step * static_cast<float>(std::min(count, 30) - 1);
    if (count > 30) return;  // too many to show as dots; the text says it
    for (int i = 0; i < count; ++i) {
        const ImVec2 c(center.x - w / 2 + step * static_cast<float>(i), center.y);
        if (i <= index) dl()->AddCircleFilled(c, i == index ? r * 1.3f : r, t.primary, 24);
        else dl()->AddCircle(c, r, t.border, 24, 2.5f * t.scale);
    }
}

void progress_ring(ImVec2 center, float radius, float fraction) {
    const Theme& t = theme();
    auto* fg = ImGui::GetForegroundDrawList();
    fg->AddCircleFilled(center, radius + 10 * t.scale, t.surface, 48);
    fg->AddCircle(center, radius, t.secondary_pressed, 48, 10 * t.scale);
    const float a0 = -IM_PI / 2;
    fg->PathArcTo(center, radius, a0, a0 + 2 * IM_PI * std::clamp(fraction, 0.0f, 1.0f), 48);
    fg->PathStroke(t.primary, 0, 10 * t.scale);
}

ImVec2 image_fit(const std::filesystem::path& png, ImVec2 max, float rounding) {
    if (png.empty()) return ImVec2(0, 0);
    const Texture tex = textures().get(png);
    if (tex.w <= 0 || tex.h <= 0) return ImVec2(0, 0);
    const float s = std::min(max.x / static_cast<float>(tex.w), max.y / static_cast<float>(tex.h));
    const ImVec2 size(std::floor(static_cast<float>(tex.w) * s), std::floor(static_cast<float>(tex.h) * s));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 q(p.x + size.x, p.y + size.y);
    if (tex.id) dl()->AddImageRounded(tex.id, p, q, ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE, rounding);
    else dl()->AddRectFilled(p, q, theme().secondary, rounding);
    ImGui::Dummy(size);
    return size;
}

void qr_code(const std::vector<bool>& modules, ImVec2 pos, float size) {
    const Theme& t = theme();
    dl()->AddRectFilled(pos, ImVec2(pos.x + size, pos.y + size), IM_COL32_WHITE);
    const int n = static_cast<int>(std::lround(std::sqrt(static_cast<double>(modules.size()))));
    if (n <= 0 || static_cast<size_t>(n * n) != modules.size()) {
        dl()->AddRect(pos, ImVec2(pos.x + size, pos.y + size), t.border, 0, 0, 3 * t.scale);
        return;
    }
    const float cell = std::floor(size / static_cast<float>(n + 8));  // 4-module quiet zone each side
    const float off = std::floor((size - cell * static_cast<float>(n)) / 2);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (modules[static_cast<size_t>(y * n + x)])
                dl()->AddRectFilled(ImVec2(pos.x + off + cell * static_cast<float>(x), pos.y + off + cell * static_cast<float>(y)),
                                    ImVec2(pos.x + off + cell * static_cast<float>(x + 1), pos.y + off + cell * static_cast<float>(y + 1)),
                                    IM_COL32_BLACK);
}

// [section] Keyboard ------------------------------------------------------------------------------

std::string upper(std::string_view c) {
    std::string out;
    utf8::append(out, upper_cp(utf8::first_code_point(c)));
    return out;
}

std::vector<Intent> on_screen_keyboard(const Keyboard& kb, const KeyboardOptions& o, ImVec2 pos, ImVec2 size) {
    const Theme& t = theme();
    std::vector<Intent> out;
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID shift_id = ImGui::GetID("##kb_shift");
    bool& shift = *st->GetBoolRef(shift_id, false);
    const bool up = o.auto_upper != shift;

    std::vector<std::vector<std::string>> rows;
    if (o.digits) rows.push_back(utf8::split("1234567890"));
    else if (!kb.accents.empty()) rows.push_back(utf8::split(kb.accents));
    for (const auto& r : kb.rows) rows.push_back(utf8::split(r));
    const size_t letter_rows_end = rows.size();
    // Widest row decides key width; the last letter row also holds shift and backspace.
    size_t widest = 10;
    for (size_t i = 0; i < rows.size(); ++i)
        widest = std::max(widest, rows[i].size() + (i + 1 == letter_rows_end ? 3 : 0));
    const float gap = 10 * t.scale;
    const float row_count = static_cast<float>(rows.size() + 1);
    const float key_h = std::min(t.key_h, (size.y - gap * (row_count - 1)) / row_count);
    const float key_w = std::min(key_h * 1.35f, (size.x - gap * static_cast<float>(widest - 1)) / static_cast<float>(widest));

    const auto key = [&](const std::string& id, std::string_view label, float x, float y, float w, ButtonKind k) {
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        return big_button(id, label, ImVec2(w, key_h), k, true, fonts().heading);
    };
    float y = pos.y;
    for (size_t i = 0; i < rows.size(); ++i) {
        const bool last_letters = i + 1 == letter_rows_end;
        const float n = static_cast<float>(rows[i].size());
        const float extra = last_letters ? 2 * (key_w * 1.5f + gap) : 0;
        float x = pos.x + (size.x - (n * key_w + (n - 1) * gap + extra)) / 2;
        if (last_letters) {
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            if (big_button("key:shift", "", ImVec2(key_w * 1.5f, key_h), up ? ButtonKind::Primary : ButtonKind::Secondary))
                shift = !shift;
            draw_shift_icon(ImVec2(x + key_w * 0.75f, y + key_h / 2), key_h * 0.42f, up ? t.on_primary : t.text, false);
            x += key_w * 1.5f + gap;
        }
        for (const auto& ch : rows[i]) {
            const std::string shown = up ? upper(ch) : ch;
            if (key("key:" + ch, shown, x, y, key_w, ButtonKind::Secondary)) {
                out.push_back(intent::Type{shown});
                shift = false;
            }
            x += key_w + gap;
        }
        if (last_letters) {
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            if (big_button("key:backspace", "", ImVec2(key_w * 1.5f, key_h), ButtonKind::Secondary))
                out.push_back(intent::Backspace{});
            draw_backspace_icon(ImVec2(x + key_w * 0.75f, y + key_h / 2), key_h * 0.45f, t.text);
        }
        y += key_h + gap;
    }
    // Bottom row: hyphen, apostrophe, space.
    const float space_w = std::min(size.x - 2 * (key_w + gap), key_w * 7);
    float x = pos.x + (size.x - (space_w + 2 * (key_w + gap))) / 2;
    if (key("key:-", "-", x, y, key_w, ButtonKind::Secondary)) out.push_back(intent::Type{"-"});
    x += key_w + gap;
    if (key("key:'", "'", x, y, key_w, ButtonKind::Secondary)) out.push_back(intent::Type{"'"});
    x += key_w + gap;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (big_button("key:space", o.space_label, ImVec2(space_w, key_h), ButtonKind::Secondary)) out.push_back(intent::Type{" "});
    return out;
}

PhysicalKeys physical_keyboard() {
    PhysicalKeys k;
    ImGuiIO& io = ImGui::GetIO();
    std::string typed;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c >= 0x20 && c != 0x7F) utf8::append(typed, c);  // drops lone surrogates
    }
    if (!typed.empty()) k.intents.push_back(intent::Type{typed});
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) k.intents.push_back(intent::Backspace{});
    k.enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
              ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter));
    k.tab = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab));
    return k;
}

}  // namespace signaal::ui
