#include <catch2/catch.hpp>

#include <set>

#include "flow.hpp"
#include "support/catalog_fixture.hpp"

using namespace signaal;
using namespace std::chrono_literals;

namespace {

struct Driver {
    Catalog catalog = test::fixture_catalog();
    FlowState s;
    FlowConfig cfg;
    Millis now{1000};

    std::vector<Effect> operator()(const Intent& i) {
        now += 500ms;
        return apply(s, catalog, i, Env{now, 42}, cfg);
    }
    bool wait(Millis d) {
        now += d;
        return tick(s, Env{now, 0}, cfg);
    }
    void identify() {
        (*this)(intent::Start{});
        (*this)(intent::ChooseLanguage{"en"});
        (*this)(intent::Type{"Zoë de Vries"});
        (*this)(intent::ChooseVenue{3, "hotel"});
        (*this)(intent::Confirm{});
    }
    // Answers every question right or wrong, by the module's own answers.
    std::vector<Effect> answer_all(bool right) {
        const Module& m = current_module(s, catalog);
        std::vector<Effect> last;
        for (size_t k = 0; k < s.plan.questions.size(); ++k) {
            const Question& q = m.questions[static_cast<size_t>(s.plan.questions[k])];
            if (q.type == QuestionType::Order) {
                std::vector<int> order = q.correct;
                if (!right) std::swap(order[0], order[1]);
                for (int c : order) (*this)(intent::TapChoice{c});
            } else if (right) {
                for (int c : q.correct) (*this)(intent::TapChoice{c});
            } else {
                for (int c = 0; c < static_cast<int>(q.choice_ids.size()); ++c)
                    if (std::find(q.correct.begin(), q.correct.end(), c) == q.correct.end()) {
                        (*this)(intent::TapChoice{c});
                        break;
                    }
            }
            last = (*this)(intent::Next{});
        }
        return last;
    }
};

}  // namespace

TEST_CASE("a person walks from attract to certificate") {
    Driver d;
    CHECK(d.s.screen == Screen::Attract);
    d(intent::Start{});
    CHECK(d.s.screen == Screen::Language);
    d(intent::ChooseLanguage{"xx"});  // not offered: stays
    CHECK(d.s.screen == Screen::Language);
    d(intent::ChooseLanguage{"en"});
    CHECK(d.s.screen == Screen::Identify);
    d(intent::Type{"Zoë"});
    d(intent::Type{" de Vriez"});
    d(intent::Backspace{});
    d(intent::Type{"s"});
    CHECK(d.s.name == "Zoë de Vries");
    d(intent::Focus{Field::EmployeeNumber});
    d(intent::Type{"E-12;"});  // ';' is not allowed in an employee number
    CHECK(d.s.employee_number == "E-12");
    d(intent::ChooseVenue{3, "hotel"});
    auto fx = d(intent::Confirm{});
    REQUIRE(d.s.screen == Screen::Modules);
    REQUIRE(fx.size() == 1);
    const auto& lookup = std::get<effect::LookupPerson>(fx[0]);
    CHECK(lookup.name == "Zoë de Vries");
    CHECK(lookup.venue_id == 3);

    d(intent::ChooseModule{"demo"});
    CHECK(d.s.screen == Screen::Lesson);
    d(intent::Next{});
    CHECK(d.s.page == 1);
    d(intent::Back{});
    CHECK(d.s.page == 0);
    d(intent::Next{});
    d(intent::Next{});
    REQUIRE(d.s.screen == Screen::Quiz);
    CHECK(d.s.plan.seed == 42);

    d(intent::Next{});  // no answer yet: stays on the first question
    CHECK(d.s.question == 0);

    fx = d.answer_all(true);
    REQUIRE(d.s.screen == Screen::Result);
    REQUIRE(d.s.score);
    CHECK(d.s.score->passed);
    CHECK(d.s.save == SaveState::Saving);
    REQUIRE(fx.size() == 1);
    const AttemptRecord& rec = std::get<effect::SaveAttempt>(fx[0]).record;
    CHECK(rec.passed);
    CHECK(rec.module_id == "demo");
    CHECK(rec.module_version == 2);
    CHECK(rec.answers.size() == 5);
    CHECK(rec.language == "en");

    d(intent::ShowCertificate{});  // not saved yet: no certificate
    CHECK(d.s.screen == Screen::Result);
    attempt_saved(d.s, 42, Issued{"SG-2026-ABCDEF", "K7QM-3XPA", "2026-11-23", "2027-11-23"});
    d(intent::ShowCertificate{});
    REQUIRE(d.s.screen == Screen::Certificate);
    fx = d(intent::Print{});
    REQUIRE(fx.size() == 1);
    CHECK(std::get<effect::PrintCertificate>(fx[0]).serial == "SG-2026-ABCDEF");
    d(intent::Done{});
    CHECK(d.s.screen == Screen::Attract);
    CHECK(d.s.name.empty());
    CHECK_FALSE(d.s.issued);
}

TEST_CASE("a failed attempt is recorded and can be retried with a new plan") {
    Driver d;
    d.identify();
    d(intent::ChooseModule{"demo"});
    d(intent::Next{});
    d(intent::Next{});
    auto fx = d.answer_all(false);
    REQUIRE(d.s.screen == Screen::Result);
    CHECK_FALSE(d.s.score->passed);
    CHECK_FALSE(std::get<effect::SaveAttempt>(fx[0]).record.passed);
    d(intent::ShowCertificate{});
    CHECK(d.s.screen == Screen::Result);
    d(intent::Retry{});
    CHECK(d.s.screen == Screen::Quiz);
    CHECK(d.s.question == 0);
    CHECK(d.s.answers[0].chosen.empty());
}

TEST_CASE("two attempts by the same person draw different questions, each replays from its seed") {
    Driver d;
    Module& m = d.catalog.modules[0];
    m.draw = 2;  // from the pool of 5, topics a (3 questions) and b (2)
    for (size_t i = 0; i < m.questions.size(); ++i) m.questions[i].topic.assign(1, i < 3 ? 'a' : 'b');
    auto attempt = [&](bool retry) {
        if (retry) d(intent::Retry{});
        else {
            d(intent::ChooseModule{"demo"});
            d(intent::Next{});
            d(intent::Next{});
        }
        auto fx = d.answer_all(false);
        REQUIRE(d.s.screen == Screen::Result);
        return std::get<effect::SaveAttempt>(fx.at(0)).record;
    };
    auto ids = [](const AttemptRecord& r) {
        std::set<std::string> out;
        for (const auto& a : r.answers) out.insert(a.question_id);
        return out;
    };
    d.identify();
    const AttemptRecord first = attempt(false);
    const AttemptRecord second = attempt(true);
    CHECK(first.answers.size() == 2);  // answers only for the drawn questions
    CHECK(second.total == 2);
    CHECK(ids(first) != ids(second));
    CHECK(first.seed != second.seed);
    for (const auto* r : {&first, &second}) {
        const auto replay = drawn_ids(m, plan_attempt(m, r->seed));
        CHECK(std::set<std::string>(replay.begin(), replay.end()) == ids(*r));
    }
    // Another day: the store hands the flow the person's last questions.
    d(intent::Done{});
    d.identify();
    const std::set<std::string> last = ids(second);
    set_last_drawn(d.s, {{"demo", std::vector<std::string>(last.begin(), last.end())}});
    const AttemptRecord third = attempt(false);
    CHECK(ids(third) != ids(second));
}

TEST_CASE("identification is refused without a valid name or a venue") {
    Driver d;
    d(intent::Start{});
    d(intent::ChooseLanguage{"nl"});
    d(intent::Confirm{});
    CHECK(d.s.screen == Screen::Identify);
    CHECK(d.s.name_problem == "empty");
    d(intent::Type{"Ана"});
    d(intent::Confirm{});
    CHECK(d.s.name_problem == "no_venue");
    d(intent::ChooseVenue{1, "hotel"});
    CHECK(d.s.name_problem.empty());
    d(intent::Confirm{});
    CHECK(d.s.screen == Screen::Modules);
}

TEST_CASE("typing stops at the name length limit and ignores control characters") {
    Driver d;
    d(intent::Start{});
    d(intent::ChooseLanguage{"nl"});
    d(intent::Type{std::string(500, 'a')});
    CHECK(d.s.name.size() == d.cfg.max_name_length);
    d(intent::Backspace{});
    d(intent::Type{"\x01\n\t\u202E"});
    CHECK(d.s.name.size() == d.cfg.max_name_length - 1);
}

TEST_CASE("idle timeout shows a countdown, then wipes everything the person entered") {
    Driver d;
    d.identify();
    d(intent::ChooseModule{"demo"});
    d(intent::Next{});
    REQUIRE(d.s.screen == Screen::Lesson);

    CHECK_FALSE(d.wait(d.cfg.idle_timeout - 1ms));
    CHECK_FALSE(d.s.idle_warning);
    CHECK_FALSE(d.wait(2ms));
    CHECK(d.s.idle_warning);
    CHECK(countdown_seconds(d.s, Env{d.now, 0}, d.cfg) == 20);

    d(intent::StillHere{});  // a touch dismisses it and keeps the session
    CHECK_FALSE(d.s.idle_warning);
    CHECK(d.s.name == "Zoë de Vries");

    CHECK_FALSE(d.wait(d.cfg.idle_timeout + 5s));
    CHECK(d.s.idle_warning);
    CHECK(d.wait(d.cfg.countdown));
    CHECK(d.s.screen == Screen::Attract);
    CHECK(d.s.name.empty());
    CHECK(d.s.module_id.empty());
    CHECK(d.s.lang.empty());
    CHECK(d.s.answers.empty());
}

TEST_CASE("the attract screen never times out") {
    Driver d;
    CHECK_FALSE(d.wait(1h));
    CHECK(d.s.screen == Screen::Attract);
    CHECK_FALSE(d.s.idle_warning);
}

TEST_CASE("a save answer for an attempt the person left is ignored") {
    Driver d;
    d.identify();
    d(intent::ChooseModule{"demo"});
    d(intent::Next{});
    d(intent::Next{});
    d.answer_all(true);
    d(intent::Done{});
    attempt_saved(d.s, 42, Issued{"SG", "C", "d", "v"});
    CHECK_FALSE(d.s.issued);
    CHECK(d.s.screen == Screen::Attract);
}

TEST_CASE("modules are offered by the venue's audience") {
    Driver d;
    CHECK(offered_modules(d.catalog, "hotel").size() == 1);
    CHECK(offered_modules(d.catalog, "municipality").empty());
    CHECK(offered_modules(d.catalog, "").size() == 1);
}

TEST_CASE("A+ is the person's for the session: toggled on any learner screen, reset on idle and Done") {
    Driver d;
    d(intent::TextSize{});  // the attract screen has no A+ button
    CHECK_FALSE(large_text(d.s, d.cfg));
    d(intent::Start{});
    d(intent::TextSize{});
    CHECK(large_text(d.s, d.cfg));
    d.identify();
    CHECK(large_text(d.s, d.cfg));  // it stays from screen to screen
    d(intent::Done{});
    CHECK_FALSE(large_text(d.s, d.cfg));

    d(intent::Start{});
    d(intent::TextSize{});
    REQUIRE(large_text(d.s, d.cfg));
    CHECK(d.wait(d.cfg.idle_timeout + d.cfg.countdown));
    CHECK_FALSE(large_text(d.s, d.cfg));

    // The kiosk's default (setting text_size) starts every session large; the person can go back.
    d.cfg.large_text = true;
    d(intent::Start{});
    CHECK(large_text(d.s, d.cfg));
    d(intent::TextSize{});
    CHECK_FALSE(large_text(d.s, d.cfg));
    d(intent::Done{});
    CHECK(large_text(d.s, d.cfg));
}

TEST_CASE("a tap on Listen changes no screen but counts as activity") {
    Driver d;
    d.identify();
    const FlowState before = d.s;
    d.wait(d.cfg.idle_timeout + 1s);
    REQUIRE(d.s.idle_warning);
    d(intent::Listen{});
    CHECK_FALSE(d.s.idle_warning);
    CHECK(d.s.screen == before.screen);
    CHECK(d.s.last_input == d.now);
}
