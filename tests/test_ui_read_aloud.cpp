// The Listen and A / A+ buttons on the real screens, headless: Listen reads the screen's text
// through the ReadAloud the shell is given (eSpeak NG into a fake player that plays in real time
// and records what it gets), and stops on a tap, a new page, idle reset and Done; A+ switches
// every font to the larger set for the session.
#include <catch2/catch.hpp>
#include <imgui.h>

#include <mutex>

#include "admin/settings.hpp"
#include "question_types.hpp"
#include "shell/frame.hpp"
#include "shell/reading.hpp"
#include "speech/page_speech.hpp"
#include "speech/read_aloud.hpp"
#include "support/catalog_fixture.hpp"
#include "support/recording_player.hpp"
#include "support/ui_driver.hpp"
#include "ui/fonts.hpp"

using namespace signaal;
using namespace std::chrono_literals;

namespace {

speech::Synthesizer& synth() {
    static std::unique_ptr<speech::Synthesizer> s = [] {
        std::string error;
        auto opened = speech::Synthesizer::open(error);
        INFO(error);
        REQUIRE(opened);
        return opened;
    }();
    return *s;
}

// Plays in real time, so speech is still going when the test taps again; named for what it checks.
struct FakePlayer {
    explicit FakePlayer(int rate) : rec(rate) {}
    test::RecordingPlayer rec;
    bool started() { return played_more_than(0); }
    bool played_more_than(std::size_t n) { return rec.wait_for([&] { return rec.played > n; }); }
    bool dropped(int n) { return rec.wait_for([&] { return rec.dropped >= n; }); }
    std::size_t played() {
        std::lock_guard lock(rec.m);
        return rec.played;
    }
    int finished() {
        std::lock_guard lock(rec.m);
        return rec.finished;
    }
};

class Kiosk : public test::UiDriver {
public:
    explicit Kiosk(speech::Player* player, float w = 1280, float h = 800) : UiDriver(w, h), listen(&synth(), player) {
        shell.read_aloud = &listen;
        auto store = std::make_unique<Store>(":memory:");
        venue = store->add_venue("Hotel Zee", "hotel");
        start(test::fixture_catalog(), std::move(store), *parse_iso_date("2026-11-23"));
    }
    ~Kiosk() { shell.read_aloud = nullptr; }
    const FlowState& s() const { return app->state(); }

    // Language, name and venue by taps, then the module's first lesson page.
    void to_lesson(const std::string& lang = "en") {
        tap("start");
        tap("lang:" + lang);
        app->handle(intent::Type{"Zoe de Vries"});
        frame();
        tap("venue:" + std::to_string(venue));
        tap("continue");
        REQUIRE(s().screen == Screen::Modules);
        tap("module:demo");
        REQUIRE(s().screen == Screen::Lesson);
    }
    std::string page_text() const {
        const PageText& p = current_module(s(), app->catalog()).in(s().lang).pages[static_cast<size_t>(s().page)];
        return speech::page_speech(p);
    }

    speech::ReadAloud listen;
    std::int64_t venue = 0;
};

}  // namespace

TEST_CASE("Listen on a lesson page reads the page and stops on a second tap", "[ui][read_aloud]") {
    FakePlayer player(synth().sample_rate());
    Kiosk k(&player.rec);
    k.to_lesson();
    REQUIRE(k.has("listen"));
    k.tap("listen");
    CHECK(k.listen.playing());
    CHECK(k.listen.last_text() == k.page_text());
    CHECK(k.listen.last_lang() == "en");
    CHECK(k.listen.last_text().find("Intro") != std::string::npos);
    REQUIRE(player.started());
    k.frame();
    CHECK(k.has("listen"));  // still there, now as Stop

    k.tap("listen");
    CHECK_FALSE(k.listen.playing());
    CHECK(player.dropped(1));
    CHECK(player.finished() == 0);
}

TEST_CASE("Listen stops when the page changes, on idle reset and on Done", "[ui][read_aloud]") {
    FakePlayer player(synth().sample_rate());
    Kiosk k(&player.rec);
    k.to_lesson();

    SECTION("next page") {
        k.tap("listen");
        REQUIRE(player.started());
        k.tap("next");
        REQUIRE(k.s().page == 1);
        CHECK_FALSE(k.listen.playing());
        CHECK(player.dropped(1));
        // The new page reads its own text.
        k.tap("listen");
        CHECK(k.listen.last_text() == k.page_text());
        CHECK(k.listen.last_text().find("More") != std::string::npos);
    }
    SECTION("idle reset") {
        k.tap("listen");
        REQUIRE(player.started());
        k.now += k.app->config().idle_timeout + k.app->config().countdown + 1s;
        k.frame();
        REQUIRE(k.s().screen == Screen::Attract);
        CHECK_FALSE(k.listen.playing());
        CHECK(player.dropped(1));
    }
    SECTION("Done on the result, after the question was read") {
        while (k.s().screen == Screen::Lesson) k.tap("next");
        REQUIRE(k.s().screen == Screen::Quiz);
        k.tap("listen");
        const QuestionText& q = current_module(k.s(), k.app->catalog())
                                    .in("en")
                                    .questions[static_cast<size_t>(k.s().plan.questions[0])];
        CHECK(k.listen.last_text().find(q.prompt) != std::string::npos);
        for (const auto& choice : q.choices) CHECK(k.listen.last_text().find(choice) != std::string::npos);
        REQUIRE(player.started());
        while (k.s().screen == Screen::Quiz) k.answer_question(false);
        REQUIRE(k.s().screen == Screen::Result);
        CHECK_FALSE(k.listen.playing());  // the question changed
        CHECK(player.dropped(1));
        const std::size_t before = player.played();
        k.tap("listen");
        CHECK(k.listen.playing());
        CHECK(k.listen.last_text().find(k.app->catalog().ui.get("en", "review_title")) != std::string::npos);
        REQUIRE(player.played_more_than(before));
        k.tap("stop");
        REQUIRE(k.s().screen == Screen::Attract);
        CHECK_FALSE(k.listen.playing());
        CHECK(player.dropped(2));
    }
}

TEST_CASE("No Listen button with reading aloud off or without an audio device", "[ui][read_aloud]") {
    SECTION("the setting off") {
        FakePlayer player(synth().sample_rate());
        Kiosk k(&player.rec);
        REQUIRE(admin::set_setting(k.app->store(), k.app->catalog(), "read_aloud", "off").empty());
        k.app->apply_settings();
        k.to_lesson();
        CHECK_FALSE(k.has("listen"));
        CHECK(k.has("text_size"));
        REQUIRE(admin::set_setting(k.app->store(), k.app->catalog(), "read_aloud", "on").empty());
        k.app->apply_settings();
        k.frame();
        CHECK(k.has("listen"));
    }
    SECTION("no audio device") {
        Kiosk k(nullptr);
        k.to_lesson();
        CHECK_FALSE(k.has("listen"));
        CHECK(k.has("text_size"));
    }
}

TEST_CASE("The volume setting reaches the player", "[ui][read_aloud]") {
    // Two kiosks, one at 100% and one at 10%: the quieter one's samples are smaller.
    const auto peak_at = [](const char* volume) {
        test::RecordingPlayer player;
        Kiosk k(&player);
        REQUIRE(admin::set_setting(k.app->store(), k.app->catalog(), "read_aloud_volume", volume).empty());
        k.app->apply_settings();
        k.to_lesson();
        k.tap("listen");
        REQUIRE(player.wait_for([&] { return player.finished == 1; }));
        std::lock_guard lock(player.m);
        return player.peak;
    };
    const int loud = peak_at("100");
    const int quiet = peak_at("10");
    CHECK(quiet > 0);
    CHECK(quiet * 5 < loud);
}

TEST_CASE("A+ enlarges every font for the session, idle reset and Done return to the default", "[ui][text_size]") {
    Kiosk k(nullptr);
    k.frame();
    const float normal = ui::fonts().body->FontSize;
    k.tap("start");
    REQUIRE(k.has("text_size"));
    k.tap("text_size");
    CHECK(large_text(k.s(), k.app->config()));
    k.frame();
    CHECK(ui::fonts().body->FontSize == Approx(normal * ui::kLargeTextFactor));
    // It stays on the next screens.
    k.tap("lang:en");
    REQUIRE(k.s().screen == Screen::Identify);
    CHECK(ui::fonts().body->FontSize > normal);
    k.tap("text_size");
    k.frame();
    CHECK(ui::fonts().body->FontSize == Approx(normal));
    k.tap("text_size");

    SECTION("idle reset") {
        k.now += k.app->config().idle_timeout + k.app->config().countdown + 1s;
        k.frame();
        REQUIRE(k.s().screen == Screen::Attract);
        k.frame();
        CHECK(ui::fonts().body->FontSize == Approx(normal));
    }
    SECTION("Done") {
        k.app->handle(intent::Done{});
        k.frame();
        CHECK(ui::fonts().body->FontSize == Approx(normal));
    }
    SECTION("the setting starts every session large") {
        REQUIRE(admin::set_setting(k.app->store(), k.app->catalog(), "text_size", "large").empty());
        k.app->apply_settings();
        k.app->handle(intent::Done{});
        k.frame();
        k.tap("start");
        CHECK(ui::fonts().body->FontSize == Approx(normal * ui::kLargeTextFactor));
        k.tap("text_size");  // the person may still go back to normal
        k.frame();
        CHECK(ui::fonts().body->FontSize == Approx(normal));
    }
}

TEST_CASE("Listen on a picture question reads its prompt and what to do, not the regions' explanations",
          "[ui][speech][spot]") {
    UiText words;
    words.set("en", "hint_spot", "Tap every signal in the picture.");
    words.set("en", "hint_multiple", "Select all that apply.");
    ui::QuizView v;
    v.w = ui::Words{&words, "en"};
    v.prompt = "This is a hotel corridor. What are the signals?";
    v.choices = {{0, "Many towels for one room: that is a signal."}, {1, "A lamp: nothing wrong."}};
    v.type = QuestionType::Spot;
    const std::string spot = shell::quiz_speech(v);
    CHECK_THAT(spot, Catch::Contains("hotel corridor"));
    CHECK_THAT(spot, Catch::Contains(words.get("en", rules_of(QuestionType::Spot).hint_key)));
    CHECK(spot.find("towels") == std::string::npos);
    CHECK(spot.find("lamp") == std::string::npos);
    // Other types read their choices.
    v.type = QuestionType::Multiple;
    CHECK_THAT(shell::quiz_speech(v), Catch::Contains("towels"));
}
