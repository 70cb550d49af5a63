// Language choice: big tiles with each language's name in that language.
#include <algorithm>
#include <cmath>

#include "fonts.hpp"
#include "reading_aids.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

std::vector<Intent> draw_language(const LanguageView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##language");
    if (top_bar("", v.w("back"), reading_aids_width(v.w, v.aids))) out.push_back(intent::Back{});
    reading_aids(v.w, v.aids, sz.x - t.margin, out);

    // "Choose your language" in every language, so nobody has to guess.
    const float col_w = std::min(sz.x - 2 * t.margin, 1500 * t.scale);
    const float x = (sz.x - col_w) / 2;
    ImGui::SetCursorScreenPos(ImVec2(x, t.bar_h + t.gap * 1.5f));
    std::string titles;
    for (const auto& s : v.titles) titles += (titles.empty() ? "" : "   \xC2\xB7   ") + s;
    // Ten languages' titles at A+ would leave the tiles too little room: a size smaller then.
    ImFont* title_font = fonts().heading;
    if (text_block_size(title_font, titles, col_w).y > sz.y * 0.22f) title_font = fonts().body_bold;
    text_block(title_font, titles, t.text, col_w, true);

    const size_t n = v.languages.size();
    const size_t cols = n <= 3 ? n : (n <= 4 ? 2 : 3);
    const size_t rows = cols ? (n + cols - 1) / cols : 0;
    const float top = ImGui::GetCursorScreenPos().y + t.gap * 1.5f;
    const float gap = t.gap * 1.5f;
    const float tile_w = std::min(520 * t.scale, (col_w - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols));
    const float tile_h = std::min(200 * t.scale, (sz.y - top - t.margin - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
    for (size_t i = 0; i < n; ++i) {
        const size_t r = i / cols, c = i % cols;
        const size_t in_row = std::min(cols, n - r * cols);
        const float row_w = tile_w * static_cast<float>(in_row) + gap * static_cast<float>(in_row - 1);
        const float tx = (sz.x - row_w) / 2 + static_cast<float>(c) * (tile_w + gap);
        const float ty = top + static_cast<float>(r) * (tile_h + gap);
        ImGui::SetCursorScreenPos(ImVec2(tx, ty));
        const auto& l = v.languages[i];
        if (big_button("lang:" + l.code, l.name, ImVec2(tile_w, tile_h), ButtonKind::Primary, true, fonts().title))
            out.push_back(intent::ChooseLanguage{l.code});
    }
    end_screen();
    return out;
}

}  // namespace signaal::ui
