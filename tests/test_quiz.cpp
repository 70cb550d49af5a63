#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "quiz.hpp"

using namespace signaal;

namespace {

Question make(QuestionType t, std::vector<std::string> ids, std::vector<int> correct) {
    Question q;
    q.id = "q";
    q.type = t;
    q.choice_ids = std::move(ids);
    q.correct = std::move(correct);
    return q;
}

Module module_with(int n_questions, int pass_mark = 80) {
    Module m;
    m.id = "m";
    m.pass_mark = pass_mark;
    for (int i = 0; i < n_questions; ++i) {
        Question q = make(QuestionType::Single, {"a", "b", "c", "d"}, {1});
        q.id = "q" + std::to_string(i);
        m.questions.push_back(q);
    }
    return m;
}

}  // namespace

TEST_CASE("single choice and scenario are right only with the right choice") {
    for (auto t : {QuestionType::Single, QuestionType::Scenario}) {
        const Question q = make(t, {"a", "b", "c"}, {1});
        CHECK(is_correct(q, {{1}}));
        CHECK_FALSE(is_correct(q, {{0}}));
        CHECK_FALSE(is_correct(q, {{}}));
    }
}

TEST_CASE("true/false compares the chosen side") {
    const Question q = make(QuestionType::TrueFalse, {"true", "false"}, {1});
    CHECK(is_correct(q, {{1}}));
    CHECK_FALSE(is_correct(q, {{0}}));
}

TEST_CASE("multiple choice is right only with exactly the right set") {
    const Question q = make(QuestionType::Multiple, {"a", "b", "c", "d"}, {0, 2});
    CHECK(is_correct(q, {{0, 2}}));
    CHECK(is_correct(q, {{2, 0}}));  // order of tapping does not matter
    CHECK_FALSE(is_correct(q, {{0}}));        // partial: wrong
    CHECK_FALSE(is_correct(q, {{0, 2, 3}}));  // too many: wrong
    CHECK_FALSE(is_correct(q, {{1, 3}}));
}

TEST_CASE("ordering is right only when fully in order") {
    const Question q = make(QuestionType::Order, {"s1", "s2", "s3", "s4"}, {0, 1, 2, 3});
    CHECK(is_correct(q, {{0, 1, 2, 3}}));
    CHECK_FALSE(is_correct(q, {{0, 1, 3, 2}}));
    CHECK_FALSE(is_correct(q, {{0, 1, 2}}));
    CHECK_FALSE(is_complete(q, {{0, 1, 2}}));
    CHECK(is_complete(q, {{3, 2, 1, 0}}));
}

TEST_CASE("tapping choices follows each question type") {
    Answer a;
    const Question single = make(QuestionType::Single, {"a", "b"}, {0});
    tap_choice(single, a, 0);
    tap_choice(single, a, 1);
    CHECK(a.chosen == std::vector<int>{1});

    Answer m;
    const Question multi = make(QuestionType::Multiple, {"a", "b", "c"}, {0});
    tap_choice(multi, m, 0);
    tap_choice(multi, m, 2);
    tap_choice(multi, m, 0);
    CHECK(m.chosen == std::vector<int>{2});

    Answer o;
    const Question order = make(QuestionType::Order, {"a", "b", "c"}, {0, 1, 2});
    tap_choice(order, o, 2);
    tap_choice(order, o, 0);
    tap_choice(order, o, 1);
    CHECK(o.chosen == std::vector<int>{2, 0, 1});
    tap_choice(order, o, 0);  // taking a placed step back also frees the ones after it
    CHECK(o.chosen == std::vector<int>{2});
}

TEST_CASE("the pass mark is applied without rounding errors") {
    const Module m = module_with(15);  // 80% of 15 = 12
    const AttemptPlan plan = plan_attempt(m, 7);
    auto answers_with = [&](int right) {
        std::vector<Answer> a(15, Answer{{0}});
        for (int i = 0; i < right; ++i) a[static_cast<size_t>(i)] = Answer{{1}};
        return a;
    };
    const Score pass = score_attempt(m, plan, answers_with(12));
    CHECK(pass.passed);
    CHECK(pass.correct == 12);
    CHECK(pass.percent == 80);
    const Score fail = score_attempt(m, plan, answers_with(11));
    CHECK_FALSE(fail.passed);
    CHECK(fail.percent == 73);
    REQUIRE(fail.results.size() == 15);
    CHECK(std::count_if(fail.results.begin(), fail.results.end(), [](auto& r) { return !r.correct; }) == 4);
}

TEST_CASE("an attempt plan is reproducible from its seed and differs between seeds") {
    Module m = module_with(12);
    m.questions.push_back(make(QuestionType::Order, {"1", "2", "3", "4"}, {0, 1, 2, 3}));
    m.questions.push_back(make(QuestionType::TrueFalse, {"true", "false"}, {0}));
    const AttemptPlan a = plan_attempt(m, 12345);
    const AttemptPlan b = plan_attempt(m, 12345);
    CHECK(a.questions == b.questions);
    CHECK(a.choices == b.choices);
    const AttemptPlan c = plan_attempt(m, 54321);
    CHECK((a.questions != c.questions || a.choices != c.choices));

    // Every question appears exactly once and every choice list is a permutation.
    CHECK(std::set<int>(a.questions.begin(), a.questions.end()).size() == m.questions.size());
    for (size_t k = 0; k < a.questions.size(); ++k) {
        const Question& q = m.questions[static_cast<size_t>(a.questions[k])];
        std::vector<int> sorted = a.choices[k];
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted.size() == q.choice_ids.size());
        CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
        if (q.type == QuestionType::TrueFalse) CHECK(a.choices[k] == std::vector<int>{0, 1});
    }
}

TEST_CASE("an ordering question never starts already solved") {
    Module m;
    m.questions.push_back(make(QuestionType::Order, {"1", "2", "3"}, {0, 1, 2}));
    for (std::uint64_t seed = 0; seed < 500; ++seed) {
        const AttemptPlan p = plan_attempt(m, seed);
        REQUIRE_FALSE(std::is_sorted(p.choices[0].begin(), p.choices[0].end()));
    }
}

// [section] Drawing from a pool (issue 15) ------------------------------------------------------

namespace {

// 15 questions over 4 topics, 8 drawn per attempt: the shape of the shipped modules.
Module pool_module() {
    Module m = module_with(15);
    m.draw = 8;
    const char* topics[] = {"law", "signals", "route", "care"};
    for (size_t i = 0; i < m.questions.size(); ++i) m.questions[i].topic = topics[i % 4];
    return m;
}

std::set<std::string> topics_of(const Module& m, const AttemptPlan& p) {
    std::set<std::string> t;
    for (int qi : p.questions) t.insert(m.questions[static_cast<size_t>(qi)].topic);
    return t;
}

}  // namespace

TEST_CASE("an attempt draws `draw` distinct questions covering every topic, fixed by its seed") {
    const Module m = pool_module();
    std::set<std::vector<int>> draws;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const AttemptPlan p = plan_attempt(m, seed);
        REQUIRE(p.questions.size() == 8);
        CHECK(std::set<int>(p.questions.begin(), p.questions.end()).size() == 8);
        CHECK(topics_of(m, p).size() == 4);
        CHECK(p.choices.size() == 8);
        const AttemptPlan again = plan_attempt(m, seed);
        CHECK(again.questions == p.questions);
        CHECK(again.choices == p.choices);
        std::vector<int> sorted = p.questions;
        std::sort(sorted.begin(), sorted.end());
        draws.insert(sorted);
    }
    CHECK(draws.size() > 100);  // the seed really chooses the questions, not only their order
}

TEST_CASE("a retry's seed draws as few of the last attempt's questions as the pool allows") {
    const Module m = pool_module();
    for (std::uint64_t entropy : {1ull, 99ull, 123456789ull}) {
        const auto first = drawn_ids(m, plan_attempt(m, entropy));
        const std::uint64_t seed = choose_seed(m, entropy * 7 + 3, first);
        const auto second = drawn_ids(m, plan_attempt(m, seed));
        size_t shared = 0;
        for (const auto& id : second) shared += std::count(first.begin(), first.end(), id);
        // 8 + 8 from 15: one question must repeat, and the search finds such a draw.
        CHECK(shared == 1);
        CHECK(drawn_ids(m, plan_attempt(m, seed)) == second);  // the recorded seed replays it
    }
    CHECK(choose_seed(m, 42, {}) == 42);
}

TEST_CASE("without a draw every question is asked") {
    const Module m = module_with(6);
    CHECK(plan_attempt(m, 5).questions.size() == 6);
}
