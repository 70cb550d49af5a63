#include "quiz.hpp"

#include <algorithm>
#include <bit>
#include <optional>
#include <string>
#include <cassert>
#include <cstdint>
#include <numeric>
#include <set>

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

// Pools of up to 32 questions can carry the draw itself in the seed's upper 32 bits (one bit
// per question), so a retry's draw, chosen to avoid the last attempt's questions, replays from
// the recorded seed alone. The order still comes from the whole seed.
constexpr size_t kMaskBits = 32;

// The questions the seed's mask names, when it is a valid draw for m (draw many, every topic).
std::optional<std::vector<bool>> draw_in_seed(const Module& m, std::uint64_t seed) {
    const size_t n = m.questions.size();
    const std::uint64_t mask = seed >> kMaskBits;
    if (n > kMaskBits || mask == 0 || (mask >> n) != 0 || std::popcount(mask) != m.draw) return std::nullopt;
    std::vector<bool> take(n);
    std::set<std::string> all, drawn;
    for (size_t i = 0; i < n; ++i) {
        take[i] = (mask >> i) & 1u;
        all.insert(m.questions[i].topic);
        if (take[i]) drawn.insert(m.questions[i].topic);
    }
    if (drawn != all) return std::nullopt;
    return take;
}

// The first question of each topic in `order`, then the next ones, until the draw is full.
std::vector<bool> draw_in_order(const Module& m, const std::vector<int>& order) {
    std::vector<bool> take(m.questions.size(), false);
    std::set<std::string> topics;
    size_t taken = 0;
    for (int qi : order)
        if (topics.insert(m.questions[static_cast<size_t>(qi)].topic).second) take[static_cast<size_t>(qi)] = true, ++taken;
    assert(taken <= static_cast<size_t>(m.draw) && "the loader makes draw cover every topic");
    for (int qi : order)
        if (taken < static_cast<size_t>(m.draw) && !take[static_cast<size_t>(qi)]) take[static_cast<size_t>(qi)] = true, ++taken;
    return take;
}

bool draws_all(const Module& m) { return m.draw <= 0 || static_cast<size_t>(m.draw) >= m.questions.size(); }

}  // namespace

AttemptPlan plan_attempt(const Module& m, std::uint64_t seed) {
    SplitMix rng{seed};
    AttemptPlan plan;
    plan.seed = seed;
    plan.questions = iota_vector(m.questions.size());
    shuffle(plan.questions, rng);
    if (!draws_all(m)) {
        const std::vector<bool> take = draw_in_seed(m, seed).value_or(draw_in_order(m, plan.questions));
        std::erase_if(plan.questions, [&](int qi) { return !take[static_cast<size_t>(qi)]; });  // the drawn keep their shuffled order
    }
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

std::uint64_t choose_seed(const Module& m, std::uint64_t entropy, const std::vector<std::string>& previous) {
    if (previous.empty() || draws_all(m)) return entropy;
    auto seen = [&](int qi) {
        return std::find(previous.begin(), previous.end(), m.questions[static_cast<size_t>(qi)].id) != previous.end();
    };
    if (m.questions.size() <= kMaskBits) {
        // Questions not asked last time first, each group in a random order; draw from that.
        SplitMix rng{entropy};
        std::vector<int> order = iota_vector(m.questions.size());
        shuffle(order, rng);
        std::stable_partition(order.begin(), order.end(), [&](int qi) { return !seen(qi); });
        const std::vector<bool> take = draw_in_order(m, order);
        std::uint64_t mask = 0;
        for (size_t i = 0; i < take.size(); ++i)
            if (take[i]) mask |= std::uint64_t{1} << i;
        return (mask << kMaskBits) | (entropy & 0xFFFFFFFFu);
    }
    // Larger pools: the least overlapping of a few random draws.
    constexpr int kCandidates = 64;
    SplitMix rng{entropy};
    std::uint64_t best = entropy;
    size_t best_overlap = SIZE_MAX;
    for (int k = 0; k < kCandidates && best_overlap > 0; ++k) {
        const std::uint64_t seed = k == 0 ? entropy : rng.next();
        const AttemptPlan p = plan_attempt(m, seed);
        const size_t overlap = static_cast<size_t>(std::count_if(p.questions.begin(), p.questions.end(), seen));
        if (overlap < best_overlap) best = seed, best_overlap = overlap;
    }
    return best;
}

std::vector<std::string> drawn_ids(const Module& m, const AttemptPlan& plan) {
    std::vector<std::string> out;
    for (int qi : plan.questions) out.push_back(m.questions[static_cast<size_t>(qi)].id);
    return out;
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
