// KioskApp without any GUI: effects against a real store, save retries, printing hook, admin PIN.
#include <catch2/catch.hpp>

#include "app/kiosk_app.hpp"
#include "support/catalog_fixture.hpp"
#include "support/content_fixture.hpp"
#include "support/store_faults.hpp"

using namespace signaal;
using namespace std::chrono_literals;

namespace {

struct Fixture {
    Millis now{10'000};
    std::uint64_t seed = 100;
    std::int64_t venue = 0;
    std::unique_ptr<KioskApp> app;

    Fixture() {
        auto store = std::make_unique<Store>(":memory:");
        venue = store->add_venue("Hotel Zee", "hotel");
        AppClock c;
        c.now = [this] { return now; };
        c.random = [this] { return ++seed; };
        c.today = [] { return *parse_iso_date("2026-11-23"); };
        app = std::make_unique<KioskApp>(test::fixture_catalog(), std::move(store), FlowConfig{}, c);
    }
    void act(const Intent& i) {
        now += 300ms;
        app->handle(i);
    }
    void to_quiz() {
        act(intent::Start{});
        act(intent::ChooseLanguage{"en"});
        act(intent::Type{"Zoë de Vries"});
        act(intent::ChooseVenue{venue, "hotel"});
        act(intent::Confirm{});
        act(intent::ChooseModule{"demo"});
        while (app->state().screen == Screen::Lesson) act(intent::Next{});
    }
    void answer(bool right) {
        while (app->state().screen == Screen::Quiz) {
            const Question& q = current_question(app->state(), app->catalog());
            std::vector<int> taps = q.correct;
            if (!right) {
                if (q.type == QuestionType::Order) std::swap(taps[0], taps[1]);
                else taps = {q.correct[0] == 0 ? 1 : 0};
            }
            for (int c : taps) act(intent::TapChoice{c});
            act(intent::Next{});
        }
    }
};

}  // namespace

TEST_CASE("A passed attempt is stored and issues a certificate", "[ui][app]") {
    Fixture f;
    f.to_quiz();
    REQUIRE(f.app->state().screen == Screen::Quiz);
    f.answer(true);
    const FlowState& s = f.app->state();
    REQUIRE(s.screen == Screen::Result);
    CHECK(s.save == SaveState::Saved);
    REQUIRE(s.issued);
    CHECK(s.issued->valid_until == "2027-11-23");
    f.act(intent::ShowCertificate{});
    CHECK(s.screen == Screen::Certificate);
    f.act(intent::Print{});
    CHECK(f.app->print_message_key() == "print_not_set_up");

    // The same person comes back: the module list shows the certificate as valid.
    f.act(intent::Done{});
    f.act(intent::Start{});
    f.act(intent::ChooseLanguage{"en"});
    f.act(intent::Type{"Zoë de Vries"});
    f.act(intent::ChooseVenue{f.venue, "hotel"});
    f.act(intent::Confirm{});
    REQUIRE(s.statuses.size() == 1);
    CHECK(s.statuses[0].kind == ModuleStatus::Kind::Valid);
}

TEST_CASE("A save the store refuses is kept and retried, never dropped", "[ui][app]") {
    Fixture f;
    f.to_quiz();
    test::StoreFaults faults(f.app->store());
    faults.refuse_writes();
    f.answer(true);
    const FlowState& s = f.app->state();
    REQUIRE(s.screen == Screen::Result);
    CHECK(s.save == SaveState::Failed);
    CHECK(f.app->pending_saves() == 1);
    CHECK_FALSE(s.issued);

    // Still failing: stays queued.
    f.now += KioskApp::kRetryEvery;
    f.app->tick();
    CHECK(f.app->pending_saves() == 1);

    faults.recover();
    f.now += KioskApp::kRetryEvery;
    f.app->tick();
    CHECK(f.app->pending_saves() == 0);
    CHECK(s.save == SaveState::Saved);
    REQUIRE(s.issued);
    CHECK(f.app->next_deadline().has_value());  // the idle deadline remains
}

TEST_CASE("Queued saves are flushed when the app closes", "[ui][app]") {
    test::TempDir dir;
    const auto db = dir.path() / "k.db";
    std::int64_t venue = 0;
    {
        Fixture f;
        auto store = std::make_unique<Store>(db);
        venue = f.venue = store->add_venue("Hotel Zee", "hotel");
        AppClock c;
        c.now = [&f] { return f.now; };
        c.random = [&f] { return ++f.seed; };
        c.today = [] { return *parse_iso_date("2026-11-23"); };
        f.app = std::make_unique<KioskApp>(test::fixture_catalog(), std::move(store), FlowConfig{}, c);
        f.to_quiz();
        test::StoreFaults faults(f.app->store());
        faults.refuse_writes();
        f.answer(true);
        REQUIRE(f.app->pending_saves() == 1);
        faults.recover();
    }  // destructor retries
    Store again(db);
    const auto person = again.find_person("Zoë de Vries", "", venue);
    REQUIRE(person);
    CHECK(again.attempt_count(*person) == 1);
}

TEST_CASE("A failed attempt offers retry and reading again", "[ui][app]") {
    Fixture f;
    f.to_quiz();
    f.answer(false);
    const FlowState& s = f.app->state();
    REQUIRE(s.screen == Screen::Result);
    REQUIRE(s.score);
    CHECK_FALSE(s.score->passed);
    CHECK(s.save == SaveState::Saved);
    f.act(intent::ReadAgain{});
    CHECK(s.screen == Screen::Lesson);
    CHECK(s.page == 0);
}

TEST_CASE("Idle time wipes the person's name", "[ui][app]") {
    Fixture f;
    f.act(intent::Start{});
    f.act(intent::ChooseLanguage{"en"});
    f.act(intent::Type{"Zoë"});
    REQUIRE(f.app->next_deadline());
    f.now = *f.app->next_deadline();
    f.app->tick();
    CHECK(f.app->state().idle_warning);
    CHECK(f.app->state().name == "Zoë");
    f.now += f.app->config().countdown;
    f.app->tick();
    CHECK(f.app->state().screen == Screen::Attract);
    CHECK(f.app->state().name.empty());
}

TEST_CASE("The first admin entry chooses a PIN, stored only as a hash", "[ui][app][admin]") {
    Fixture f;
    f.app->admin_open();
    REQUIRE(f.app->admin().mode == AdminState::Mode::ChoosePin);
    for (char d : std::string("12")) f.app->admin_digit(d);
    f.app->admin_submit();  // too short
    CHECK(f.app->admin().mode == AdminState::Mode::ChoosePin);
    CHECK(f.app->admin().message_key == "admin_pin_rules");
    for (char d : std::string("2468")) f.app->admin_digit(d);
    f.app->admin_submit();
    REQUIRE(f.app->admin().mode == AdminState::Mode::ConfirmPin);
    for (char d : std::string("2469")) f.app->admin_digit(d);
    f.app->admin_submit();  // mismatch: choose again
    CHECK(f.app->admin().mode == AdminState::Mode::ChoosePin);
    for (char d : std::string("2468")) f.app->admin_digit(d);
    f.app->admin_submit();
    for (char d : std::string("2468")) f.app->admin_digit(d);
    f.app->admin_submit();
    CHECK(f.app->admin().mode == AdminState::Mode::Home);
    const auto hash = f.app->store().setting("admin_pin_hash");
    REQUIRE(hash);
    CHECK(hash->find("2468") == std::string::npos);
    CHECK(hash->rfind("$argon2id$", 0) == 0);
    CHECK(admin::verify_pin(*hash, "2468"));
    CHECK_FALSE(admin::verify_pin(*hash, "2469"));
}

TEST_CASE("Wrong PINs lock the pad with growing delays", "[ui][app][admin]") {
    Fixture f;
    f.app->store().set_setting("admin_pin_hash", admin::hash_pin("1357"));
    f.app->admin_open();
    REQUIRE(f.app->admin().mode == AdminState::Mode::EnterPin);
    const auto wrong = [&] {
        for (char d : std::string("0000")) f.app->admin_digit(d);
        f.app->admin_submit();
    };
    for (int i = 0; i < 4; ++i) wrong();
    CHECK(f.app->admin_locked_seconds() == 0);
    wrong();
    CHECK(f.app->admin_locked_seconds() == 30);
    // Locked: even the right PIN is not accepted.
    for (char d : std::string("1357")) f.app->admin_digit(d);
    f.app->admin_submit();
    CHECK(f.app->admin().mode == AdminState::Mode::EnterPin);
    f.now += 31s;
    wrong();
    CHECK(f.app->admin_locked_seconds() == 60);
    f.now += 61s;
    for (char d : std::string("1357")) f.app->admin_digit(d);
    f.app->admin_submit();
    CHECK(f.app->admin().mode == AdminState::Mode::Home);
}

TEST_CASE("The admin area locks after inactivity", "[ui][app][admin]") {
    Fixture f;
    f.app->admin_open();
    f.now += f.app->config().idle_timeout;
    f.app->tick();
    CHECK(f.app->admin().mode == AdminState::Mode::Closed);
    CHECK(f.app->state().screen == Screen::Attract);
}
