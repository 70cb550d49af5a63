// The picture question "spot": scoring on the loaded fixture question, and the check's file:line
// problems on broken copies of it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "content_loader.hpp"
#include "question_types.hpp"
#include "quiz.hpp"
#include "support/catalog_fixture.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;

namespace {

using Files = std::map<std::string, std::string>;

const Question& spot_question(const Catalog& c) {
    const auto& qs = c.modules.at(0).questions;
    const auto at = std::find_if(qs.begin(), qs.end(), [](const Question& q) { return q.id == "q-spot"; });
    REQUIRE(at != qs.end());
    return *at;
}

// The answer of tapping these region ids, in this order.
Answer tapped(const Question& q, std::initializer_list<const char*> ids) {
    Answer a;
    for (const char* id : ids) {
        const auto at = std::find(q.choice_ids.begin(), q.choice_ids.end(), id);
        REQUIRE(at != q.choice_ids.end());
        tap_choice(q, a, static_cast<int>(at - q.choice_ids.begin()));
    }
    return a;
}

// Problems of the spot fixture after one change, as "file:line: message" lines, the temporary
// folder cut off.
std::string problems_with(const std::function<void(Files&)>& change) {
    test::TempDir dir;
    Files files = test::spot_content_files();
    change(files);
    test::write_files(dir.path(), files);
    return test::relative_problems(load_content(dir.path(), {dir.path() / "icons", false}).problems);
}

void edit(Files& f, const std::string& file, const std::string& what, const std::string& with) {
    f[file] = test::replace_once(f[file], what, with);
}

// The line of module.toml on which `what` first appears.
std::string line_of(const std::string& what) {
    const std::string text = test::spot_content_files()["modules/demo/module.toml"];
    const auto at = text.find(what);
    REQUIRE(at != std::string::npos);
    return std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

}  // namespace

TEST_CASE("spot: the fixture question loads its regions, signals as the right answer", "[spot]") {
    const Catalog c = test::spot_fixture_catalog();
    const Question& q = spot_question(c);
    CHECK(q.type == QuestionType::Spot);
    CHECK(q.choice_ids == std::vector<std::string>{"towels", "cash", "plant", "lamp"});
    CHECK(q.correct == std::vector<int>{0, 1});
    REQUIRE(q.regions.size() == 4);
    CHECK(q.regions[1].circle());
    CHECK(q.regions[1].r == 40);
    CHECK_FALSE(q.regions[2].signal);
    CHECK(c.modules[0].in("en").questions.back().choices ==
          std::vector<std::string>{"Many towels.", "Cash only.", "A plant.", "A lamp."});
}

TEST_CASE("spot: right only when every signal and nothing ordinary is marked", "[spot]") {
    const Catalog c = test::spot_fixture_catalog();
    const Question& q = spot_question(c);
    SECTION("all signals, in any order") {
        CHECK(is_correct(q, tapped(q, {"cash", "towels"})));
        CHECK(is_complete(q, tapped(q, {"cash", "towels"})));
    }
    SECTION("one signal missed") { CHECK_FALSE(is_correct(q, tapped(q, {"towels"}))); }
    SECTION("one ordinary thing marked as well") { CHECK_FALSE(is_correct(q, tapped(q, {"towels", "cash", "lamp"}))); }
    SECTION("nothing marked: not right, and not yet confirmable") {
        CHECK_FALSE(is_correct(q, Answer{}));
        CHECK_FALSE(is_complete(q, Answer{}));
    }
    SECTION("a second tap takes a mark away again") {
        const Answer a = tapped(q, {"towels", "cash", "lamp", "lamp"});
        CHECK(a.chosen == std::vector<int>{0, 1});
        CHECK(is_correct(q, a));
    }
    SECTION("scored in an attempt like any question") {
        const Module& m = c.modules[0];
        const AttemptPlan plan = plan_attempt(m, 11);
        std::vector<Answer> answers;
        for (int qi : plan.questions) {
            const Question& each = m.questions[static_cast<size_t>(qi)];
            answers.push_back(each.id == "q-spot" ? tapped(q, {"towels"}) : Answer{each.correct});
        }
        const Score s = score_attempt(m, plan, answers);
        CHECK(s.correct == s.total - 1);
        CHECK_FALSE(std::find_if(s.results.begin(), s.results.end(), [&](const QuestionResult& r) {
                        return m.questions[static_cast<size_t>(r.question)].id == "q-spot";
                    })->correct);
    }
}

TEST_CASE("spot: the check names each broken region at its line", "[spot][content]") {
    const std::string mod = "modules/demo/module.toml";
    CHECK(problems_with([](Files&) {}).empty());
    SECTION("a region outside the picture") {
        const auto p = problems_with([&](Files& f) { edit(f, mod, "x = 700, y = 400, r = 30", "x = 790, y = 400, r = 30"); });
        CHECK(p == mod + ":" + line_of("id = \"lamp\"") + ": region 'lamp' reaches outside the 800x500 picture\n");
    }
    SECTION("regions that overlap") {
        const auto p = problems_with([&](Files& f) { edit(f, mod, "x = 600, y = 40, w = 20", "x = 430, y = 120, w = 20"); });
        CHECK(p == mod + ":" + line_of("id = \"plant\"") + ": region 'plant' overlaps region 'cash' (line " +
                       line_of("id = \"cash\"") + "); regions must not overlap\n");
    }
    SECTION("a duplicate region id") {
        const auto p = problems_with([&](Files& f) { edit(f, mod, "id = \"lamp\"", "id = \"cash\""); });
        CHECK(p == mod + ":" + line_of("id = \"lamp\"") + ": duplicate region id 'cash'\n");
    }
    SECTION("fewer than two signals") {
        const auto p = problems_with([&](Files& f) { edit(f, mod, "r = 40, signal = true", "r = 40, signal = false"); });
        CHECK(p == mod + ":" + line_of("regions = [") +
                       ": a spot question needs at least 2 signals and 1 ordinary region (signal = false); it has 1 signals and 3 ordinary\n");
    }
    SECTION("no ordinary region") {
        const auto p = problems_with([&](Files& f) {
            edit(f, mod, "h = 20, signal = false", "h = 20, signal = true");
            edit(f, mod, "r = 30, signal = false", "r = 30, signal = true");
        });
        CHECK(p.find(":" + line_of("regions = [") + ": a spot question needs at least 2 signals and 1 ordinary region") != std::string::npos);
    }
    SECTION("no picture, or one that is not a PNG") {
        CHECK(problems_with([&](Files& f) { edit(f, mod, "image = \"images/scene.png\"\n", ""); })
                  .find(mod + ":" + line_of("[[questions]]\nid = \"q-spot\"") + ": a spot question needs image = ") != std::string::npos);
        CHECK(problems_with([&](Files& f) { f["modules/demo/images/scene.png"] = "not a picture"; }) ==
              mod + ":" + line_of("image = \"images/scene.png\"") + ": image 'images/scene.png' is not a readable PNG file\n");
    }
    SECTION("a region with neither w, h nor r, or with both") {
        CHECK(problems_with([&](Files& f) { edit(f, mod, ", w = 20, h = 20", ""); })
                  .find(mod + ":" + line_of("id = \"plant\"") + ": missing field 'w'") != std::string::npos);
        CHECK(problems_with([&](Files& f) { edit(f, mod, "r = 30,", "r = 30, w = 4,"); }).find("is a circle (r) or a rectangle (w, h), not both") !=
              std::string::npos);
    }
    SECTION("choices or an answer on a spot question") {
        const auto p = problems_with([&](Files& f) { edit(f, mod, "type = \"spot\"", "type = \"spot\"\nanswer = [\"cash\"]"); });
        CHECK(p.find(": spot questions have no 'answer': the regions say which parts are signals") != std::string::npos);
    }
    SECTION("a region without its line in one language") {
        const auto p = problems_with([&](Files& f) { edit(f, "modules/demo/en.toml", ", lamp = \"A lamp.\"", ""); });
        CHECK(p.find("modules/demo/en.toml:") == 0);
        CHECK(p.find(": question 'q-spot' lacks the text for 'regions' entry 'lamp'") != std::string::npos);
    }
    SECTION("a line for a region that does not exist") {
        const auto p = problems_with([&](Files& f) { edit(f, "modules/demo/nl.toml", "lamp = \"A lamp.\"", "lamp = \"A lamp.\", sofa = \"A sofa.\""); });
        CHECK(p.find("modules/demo/nl.toml:") == 0);
        CHECK(p.find("'regions' entry 'sofa' is not one of question 'q-spot' in module.toml") != std::string::npos);
    }
}
