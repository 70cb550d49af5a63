// Every kiosk (learner) action, tapped through the real screens, on a store that starts refusing
// writes or reads mid-session: nothing escapes KioskApp, the person sees a translated notice,
// and a passed attempt is kept and saved once the store recovers.
#include <catch2/catch.hpp>

#include <optional>

#include "app/kiosk_app.hpp"
#include "content_loader.hpp"
#include "paths.hpp"
#include "support/catalog_fixture.hpp"
#include "support/store_faults.hpp"
#include "support/ui_driver.hpp"

using namespace signaal;

namespace {

class FaultyKiosk : public test::UiDriver {
public:
    FaultyKiosk() : UiDriver(1920, 1080) {
        auto store = std::make_unique<Store>(":memory:");
        venue = store->add_venue("Hotel Zee", "hotel");
        start(test::fixture_catalog(), std::move(store), *parse_iso_date("2026-11-23"));
        faults.emplace(app->store());
    }
    ~FaultyKiosk() { faults.reset(); }
    const FlowState& s() const { return app->state(); }

    // Start, language, a name typed on the keyboard, the venue, Continue.
    void identify() {
        tap("start");
        tap("lang:en");
        for (const char* k : {"key:a", "key:n", "key:a"}) tap(k);
        tap("venue:" + std::to_string(venue));
        tap("continue");
    }
    void through_lessons() {
        tap("module:demo");
        while (s().screen == Screen::Lesson) tap("next");
    }
    void pass_quiz() {
        while (s().screen == Screen::Quiz) answer_question(true);
    }
    // Time passes until the app retries its queued saves.
    void wait_for_retry() {
        now += KioskApp::kRetryEvery;
        frame();
    }
    int completions() { return static_cast<int>(app->store().completions({}).size()); }

    std::int64_t venue = 0;
    std::optional<test::StoreFaults> faults;
};

}  // namespace

TEST_CASE("Choosing the admin PIN on a database that refuses writes keeps the kiosk running", "[ui][faults][admin]") {
    FaultyKiosk k;
    k.app->admin_open();
    k.frame();
    REQUIRE(k.app->admin().mode == AdminState::Mode::ChoosePin);
    for (char d : std::string("2468")) k.tap(std::string("pin:") + d);
    k.tap("pin:ok");
    k.faults->refuse_writes();
    for (char d : std::string("2468")) k.tap(std::string("pin:") + d);
    // Used to throw out of admin_submit and end the process. Called directly, so the shell's
    // own last-line catch cannot hide an exception leaving the app.
    CHECK_NOTHROW(k.app->admin_submit());
    k.frame();
    CHECK(k.app->notice_key() == "store_unavailable");
    CHECK(k.has("notice"));
    CHECK(k.app->admin().mode != AdminState::Mode::Home);  // no way in without a stored PIN
    k.faults->recover();
    CHECK_FALSE(k.app->store().setting("admin_pin_hash"));
    for (char d : std::string("2468")) k.tap(std::string("pin:") + d);
    k.tap("pin:ok");
    CHECK(k.app->admin().mode == AdminState::Mode::Home);
    CHECK(k.app->store().setting("admin_pin_hash"));
}

TEST_CASE("A PIN that cannot be read never offers to choose a new one", "[ui][faults][admin]") {
    FaultyKiosk k;
    k.app->store().set_setting("admin_pin_hash", admin::hash_pin("1357"));
    k.faults->refuse_reads();
    CHECK_NOTHROW(k.app->admin_open());
    k.frame();
    CHECK(k.app->admin().mode != AdminState::Mode::ChoosePin);
    CHECK(k.app->notice_key() == "store_unavailable");
    k.faults->recover();
    k.app->admin_open();
    CHECK(k.app->admin().mode == AdminState::Mode::EnterPin);
    CHECK(k.app->notice_key().empty());
}

TEST_CASE("Every learner action on a store that refuses writes: nothing escapes, the pass is kept and saved later",
          "[ui][faults]") {
    FaultyKiosk k;
    k.faults->refuse_writes();
    CHECK_NOTHROW(k.identify());
    REQUIRE(k.s().screen == Screen::Modules);
    CHECK_NOTHROW(k.through_lessons());
    CHECK_NOTHROW(k.pass_quiz());
    REQUIRE(k.s().screen == Screen::Result);
    CHECK(k.s().save == SaveState::Failed);  // the result screen says it keeps trying
    CHECK(k.app->pending_saves() == 1);
    k.tap("certificate");  // not ready: the button does nothing yet
    CHECK(k.s().screen == Screen::Result);
    CHECK_NOTHROW(k.wait_for_retry());  // still refused: still queued
    CHECK(k.app->pending_saves() == 1);

    k.faults->recover();
    k.wait_for_retry();
    CHECK(k.app->pending_saves() == 0);
    CHECK(k.s().save == SaveState::Saved);
    CHECK(k.completions() == 1);
    k.frame();
    REQUIRE(k.has("certificate"));
    k.tap("certificate");
    CHECK(k.s().screen == Screen::Certificate);
}

TEST_CASE("Every learner action on a store that refuses reads: a notice, the training goes on, the pass is saved later",
          "[ui][faults]") {
    FaultyKiosk k;
    k.tap("start");
    k.faults->refuse_reads();
    CHECK_NOTHROW(k.tap("lang:en"));
    for (const char* key : {"key:a", "key:n", "key:a"}) CHECK_NOTHROW(k.tap(key));
    k.tap("venue:" + std::to_string(k.venue));
    CHECK_NOTHROW(k.tap("continue"));
    REQUIRE(k.s().screen == Screen::Modules);  // the person can still train
    CHECK(k.app->notice_key() == "store_lookup_failed");
    CHECK(k.has("notice"));
    CHECK(k.faults->refused_reads() > 0);
    k.tap("notice");  // tapped away
    CHECK(k.app->notice_key().empty());
    CHECK_FALSE(k.has("notice"));

    CHECK_NOTHROW(k.through_lessons());
    CHECK_NOTHROW(k.pass_quiz());
    REQUIRE(k.s().screen == Screen::Result);
    CHECK(k.s().save == SaveState::Failed);
    CHECK(k.app->pending_saves() == 1);

    k.faults->recover();
    k.wait_for_retry();
    CHECK(k.s().save == SaveState::Saved);
    CHECK(k.completions() == 1);
}

TEST_CASE("Certificate hooks that meet a refusing store give a message, and the pass stays saved", "[ui][faults]") {
    FaultyKiosk k;
    // Like the real issuer and printer, the hooks read the completion back from the store; the
    // store starts refusing right after the completion is committed.
    KioskApp::CertificateHooks hooks;
    hooks.issue = [&k](const std::string& serial) {
        k.faults->refuse_reads();
        KioskApp::CertificateHooks::Shown shown;
        shown.verification_code = k.app->store().completion_by_serial(serial).value().verification_code;
        return shown;
    };
    hooks.print = [&k](const std::string& serial) { return k.app->store().completion_by_serial(serial).has_value(); };
    k.app->set_certificate_hooks(hooks);
    k.identify();
    k.through_lessons();
    CHECK_NOTHROW(k.pass_quiz());
    REQUIRE(k.s().screen == Screen::Result);
    CHECK(k.s().save == SaveState::Saved);
    CHECK(k.app->print_message_key() == "certificate_not_issued");
    CHECK_NOTHROW(k.tap("certificate"));
    CHECK_NOTHROW(k.tap("print"));
    CHECK(k.app->print_message_key() == "print_failed");
    k.faults->recover();
    CHECK(k.completions() == 1);
    CHECK_NOTHROW(k.tap("done"));
    CHECK(k.s().screen == Screen::Attract);
}

TEST_CASE("Idle time wipes the person while a save is queued; the save still lands", "[ui][faults]") {
    FaultyKiosk k;
    k.identify();
    k.through_lessons();
    k.faults->refuse_writes();
    k.pass_quiz();
    REQUIRE(k.app->pending_saves() == 1);
    for (int i = 0; i < 400 && k.s().screen != Screen::Attract; ++i) CHECK_NOTHROW(k.frame(0.5f));
    CHECK(k.s().screen == Screen::Attract);
    CHECK(k.s().name.empty());
    k.faults->recover();
    k.wait_for_retry();
    CHECK(k.app->pending_saves() == 0);
    CHECK(k.completions() == 1);
}

TEST_CASE("The kiosk's problem notices are written in every language", "[ui][faults]") {
    const auto catalog = load_content(default_content_dir(), {default_asset_dir() / "icons", false});
    REQUIRE(catalog.ok());
    REQUIRE(catalog.catalog.languages.size() == 10);
    for (const auto& l : catalog.catalog.languages)
        for (const char* key : {"store_unavailable", "store_lookup_failed", "kiosk_problem", "notice_dismiss"}) {
            INFO(l.code << " " << key);
            CHECK(catalog.catalog.ui.has(l.code, key));
        }
}
