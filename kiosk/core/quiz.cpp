#include "quiz.hpp"

#include <algorithm>
#include <cassert>
#include <numeric>

#include "question_types.hpp"

namespace signaal {
namespace {

// splitmix64: a tiny generator whose output is fixed by its definition, so a seed replays the
// same attempt on every machine and standard library (std::shuffle does not promise that).
struct SplitMix {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

void shuffle(std::vector<int>& v, SplitMix& rng) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(i)]);
}

std::vector<int> iota_vector(size_t n) {
    std::vector<int> v(n);
    std::iota(v.begin(), v.end(), 0);
    return v;
}

}  // namespace

AttemptPlan plan_attempt(const Module& m, std::uint64_t seed) {
    SplitMix rng{seed};
    AttemptPlan plan;
    plan.seed = seed;
    plan.questions = iota_vector(m.questions.size());
    shuffle(plan.questions, rng);
    for (int qi : plan.questions) {
        const Question& q = m.questions[static_cast<size_t>(qi)];
        const QuestionRules& rules = rules_of(q.type);
        std::vector<int> order = iota_vector(q.choice_ids.size());
        if (rules.shuffled) {
            shuffle(order, rng);
            // An ordering question must not start out already solved.
            if (rules.taps == QuestionRules::Taps::Sequence && std::is_sorted(order.begin(), order.end()))
                std::rotate(order.begin(), order.begin() + 1, order.end());
        }
        plan.choices.push_back(std::move(order));
    }
    return plan;
}

bool is_complete(const Question& q, const Answer& a) {
    if (rules_of(q.type).taps == QuestionRules::Taps::Sequence) return a.chosen.size() == q.choice_ids.size();
    return !a.chosen.empty();
}

bool is_correct(const Question& q, const Answer& a) {
    if (rules_of(q.type).taps == QuestionRules::Taps::Sequence) return a.chosen == q.correct;
    std::vector<int> given = a.chosen;
    std::sort(given.begin(), given.end());
    given.erase(std::unique(given.begin(), given.end()), given.end());
    return given == q.correct;  // q.correct is sorted by the loader
}

void tap_choice(const Question& q, Answer& a, int c) {
    assert(c >= 0 && static_cast<size_t>(c) < q.choice_ids.size());
    auto at = std::find(a.chosen.begin(), a.chosen.end(), c);
    switch (rules_of(q.type).taps) {
        case QuestionRules::Taps::Replace: a.chosen = {c}; break;
        case QuestionRules::Taps::Toggle:
            if (at != a.chosen.end()) a.chosen.erase(at);
            else a.chosen.push_back(c);
            break;
        case QuestionRules::Taps::Sequence:
            if (at != a.chosen.end()) a.chosen.erase(at, a.chosen.end());
            else a.chosen.push_back(c);
            break;
    }
}

Score score_attempt(const Module& m, const AttemptPlan& plan, const std::vector<Answer>& answers) {
    assert(answers.size() == plan.questions.size());
    Score s;
    s.total = static_cast<int>(plan.questions.size());
    for (size_t k = 0; k < plan.questions.size(); ++k) {
        const int qi = plan.questions[k];
        const bool ok = is_correct(m.questions[static_cast<size_t>(qi)], answers[k]);
        s.correct += ok;
        s.results.push_back({qi, ok, answers[k]});
    }
    s.percent = s.total ? s.correct * 100 / s.total : 0;
    // Compare in whole numbers so 80% of 15 questions (12) passes without rounding doubts.
    s.passed = s.total > 0 && s.correct * 100 >= m.pass_mark * s.total;
    return s;
}

}  // namespace signaal
