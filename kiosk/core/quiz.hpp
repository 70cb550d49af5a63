#pragma once
// Quiz attempts: the shuffled plan (replayable from its seed), answers and scoring.
#include <cstdint>
#include <string>
#include <vector>

#include "content.hpp"

namespace signaal {

// What the person picked for one question: choice indices into Question::choice_ids.
// For order questions, the choices in the order the person put them.
struct Answer {
    std::vector<int> chosen;
};

// The order in which one attempt shows questions and choices, derived from seed alone.
struct AttemptPlan {
    std::uint64_t seed = 0;
    std::vector<int> questions;             // indices into Module::questions
    std::vector<std::vector<int>> choices;  // per plan position: display order of choice indices
};

// Draws Module::draw questions (at least one of every topic) and orders them and their
// choices; the seed alone fixes all of it, so a recorded seed replays the attempt exactly.
AttemptPlan plan_attempt(const Module& m, std::uint64_t seed);

// A seed, derived from fresh entropy, whose draw shares as few questions as the pool allows with
// `previous` (the question ids of the person's last attempt of this module). With no previous
// attempt it is the entropy itself.
std::uint64_t choose_seed(const Module& m, std::uint64_t entropy, const std::vector<std::string>& previous);

// The question ids a plan asks, in plan order.
std::vector<std::string> drawn_ids(const Module& m, const AttemptPlan& plan);

bool is_complete(const Question& q, const Answer& a);
bool is_correct(const Question& q, const Answer& a);

// Selecting choice c as the person taps it: single-answer types replace, multiple toggles,
// order appends c or, if already placed, takes it and every later one back out.
void tap_choice(const Question& q, Answer& a, int c);

struct QuestionResult {
    int question = 0;  // index into Module::questions
    bool correct = false;
    Answer given;
};

struct Score {
    int correct = 0;
    int total = 0;
    int percent = 0;  // rounded down, for display
    bool passed = false;
    std::vector<QuestionResult> results;  // in plan order
};

// answers[k] belongs to plan.questions[k].
Score score_attempt(const Module& m, const AttemptPlan& plan, const std::vector<Answer>& answers);

}  // namespace signaal
