// Chinese in the kiosk: the glyphs of the loaded text are in the atlas (no '?' fallbacks), and a
// sentence without spaces wraps within its width, breaking between characters.
#include <catch2/catch.hpp>
#include <imgui.h>

#include "catalog_text.hpp"
#include "content_loader.hpp"
#include "support/content_fixture.hpp"
#include "support/ui_driver.hpp"
#include "ui/fonts.hpp"
#include "ui/widgets.hpp"
#include "utf8_text.hpp"

using namespace signaal;

namespace {

const std::string kLong =
    "如果您发现有人被迫工作、没有自己的证件或者不能自由离开，请不要自己处理，而是立即告诉您的经理或者拨打报警电话。";

Catalog chinese_catalog() {
    test::TempDir dir;
    auto f = test::minimal_content_files();
    f["languages.toml"] += "\n[[language]]\ncode = \"zh-Hans\"\nname = \"简体中文\"\n";
    f["ui/zh-Hans.toml"] = test::replace_once(
        test::replace_once(test::replace_once(f["ui/en.toml"], "\"Start\"", "\"开始\""), "\"True\"", "\"对\""),
        "\"False\"", "\"错\"");
    f["modules/demo/zh-Hans.toml"] = test::replace_once(
        test::replace_once(f["modules/demo/en.toml"], "Demo EN", "识别人口贩卖"), "\"One.\"", "\"" + kLong + "\"");
    test::write_files(dir.path(), f);
    auto r = load_content(dir.path(), {dir.path() / "icons", false});
    if (!r.ok()) throw std::runtime_error(format(r.problems));
    return std::move(r.catalog);
}

}  // namespace

TEST_CASE("Chinese text: its glyphs are in the atlas and a long sentence wraps within its width", "[ui][cjk]") {
    Catalog catalog = chinese_catalog();
    const std::string text = catalog_text(catalog);
    test::UiDriver k(1280, 800, text);
    for (ImFont* font : {ui::fonts().body, ui::fonts().body_bold, ui::fonts().heading, ui::fonts().title}) {
        REQUIRE(font);
        for (const char32_t c : utf8::code_points(text)) {
            if (c < 0x20) continue;
            INFO("U+" << std::hex << static_cast<unsigned>(c));
            CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
        }
    }

    const float width = 500;
    const auto lines = ui::wrap_lines(ui::fonts().body, kLong, width);
    CHECK(lines.size() >= 3);  // about 55 characters of 26 px: no line may hold them all
    std::string joined;
    for (auto l : lines) {
        INFO(std::string(l));
        CHECK(ui::fonts().body->CalcTextSizeA(ui::fonts().body->FontSize, FLT_MAX, 0, l.data(), l.data() + l.size()).x <= width);
        CHECK(l.substr(0, 3) != "，");  // closing punctuation stays on the line before
        CHECK(l.substr(0, 3) != "。");
        joined += l;
    }
    CHECK(joined == kLong);  // nothing lost, nothing doubled
    // After a Latin word the Chinese goes on on the same line (ImGui's own wrap leaves "NB" alone).
    const auto mixed = ui::wrap_lines(ui::fonts().body, "NB " + kLong, width);
    REQUIRE(mixed.size() >= 2);
    CHECK(mixed[0].size() > std::string_view("NB ").size());

    // The real screens in Chinese, down to the lesson page with the long sentence.
    auto store = std::make_unique<Store>(":memory:");
    const auto venue = store->add_venue("Hotel Zee", "hotel");
    k.start(std::move(catalog), std::move(store), *parse_iso_date("2026-11-23"));
    k.tap("start");
    k.tap("lang:zh-Hans");
    REQUIRE(k.app->state().screen == Screen::Identify);
    k.tap("key:w");
    k.tap("key:a");
    k.tap("key:n");
    k.tap("key:g");
    k.tap("venue:" + std::to_string(venue));
    k.tap("continue");
    REQUIRE(k.app->state().screen == Screen::Modules);
    k.tap("module:demo");
    REQUIRE(k.app->state().screen == Screen::Lesson);
    CHECK(k.has("next"));
}

TEST_CASE("Without Chinese text the atlas has no CJK glyphs", "[ui][cjk]") {
    test::UiDriver k(1280, 800, "Hallo wereld, Здравей");
    CHECK(ui::fonts().body->FindGlyphNoFallback(0x4E2D) == nullptr);  // 中
    CHECK(ui::fonts().body->FindGlyphNoFallback(0x0416) != nullptr);  // Ж
}

TEST_CASE("Chinese text in a box sized to its own width stays on one line wherever the box is", "[ui][cjk]") {
    test::UiDriver k(1280, 800, "还没做有效期到");
    ImFont* f = ui::fonts().body_bold;
    for (const std::string text : {"还没做", "有效期到"}) {
        const float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
        // As the modules screen computes a pill's text box: left and right edges at some x.
        for (const float x : {57.0f, 639.3f, 661.7f, 1203.9f}) {
            INFO(text << " at x " << x);
            const float left = x + 20, right = x + (w + 40) - 20;
            CHECK(ui::wrap_lines(f, text, right - left).size() == 1);
        }
        CHECK(ui::wrap_lines(f, text, w * 0.9f).size() == 2);  // a narrower box still wraps
    }
}
