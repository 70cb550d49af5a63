#include "question_types.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <set>

#include "question_source.hpp"

namespace signaal {
namespace {

using R = QuestionRules;

// [section] Readers of module.toml, one per way of writing a question -------------------------

constexpr size_t kMaxChoices = 6;

void read_answer(TomlReader& r, const toml::table& t, Question& q) {
    const QuestionRules& rules = rules_of(q.type);
    const toml::node* answer = t.get("answer");
    if (rules.answer == QuestionRules::Answer::ListedOrder) {
        if (answer)
            r.error(*answer, std::string(rules.name) + " questions have no 'answer': list the choices in the right order");
        for (size_t i = 0; i < q.choice_ids.size(); ++i) q.correct.push_back(static_cast<int>(i));
        return;
    }
    if (rules.answer == QuestionRules::Answer::Boolean) {
        if (!answer || !answer->is_boolean()) {
            r.error(answer ? *answer : static_cast<const toml::node&>(t),
                    std::string("a ") + rules.name + " question needs answer = true or answer = false");
            return;
        }
        q.correct = {**answer->as_boolean() ? 0 : 1};
        return;
    }
    auto ids = r.texts(t, "answer");
    if (!ids) return;
    std::set<int> chosen;
    for (const auto& id : *ids) {
        auto at = std::find(q.choice_ids.begin(), q.choice_ids.end(), id);
        if (at == q.choice_ids.end()) {
            r.error(*answer, "answer '" + id + "' is not one of the choices");
            return;
        }
        if (!chosen.insert(static_cast<int>(at - q.choice_ids.begin())).second) {
            r.error(*answer, "answer '" + id + "' is listed twice");
            return;
        }
    }
    const bool one = rules.answer == QuestionRules::Answer::One;
    if (chosen.empty() || (one && chosen.size() != 1)) {
        r.error(*answer, std::string("a ") + to_string(q.type) + " question needs " +
                             (one ? "exactly one answer" : "at least one answer"));
        return;
    }
    q.correct.assign(chosen.begin(), chosen.end());
}

// choices = [...] (or none, for true/false) and an answer as the row's Answer says.
void read_choices(QuestionSource& in, Question& q) {
    TomlReader& r = in.r;
    const toml::table& t = in.t;
    const QuestionRules& rules = rules_of(q.type);
    if (const toml::node* regions = t.get("regions"))
        r.error(*regions, std::string(rules.name) + " questions have no 'regions'");
    if (rules.choices == QuestionRules::Choices::TrueFalse) {
        if (const toml::node* c = t.get("choices")) r.error(*c, std::string(rules.name) + " questions have no 'choices'");
        q.choice_ids = {"true", "false"};
    } else if (auto choices = r.texts(t, "choices")) {
        const size_t lo = rules.min_choices;
        std::set<std::string> unique(choices->begin(), choices->end());
        if (choices->size() < lo || choices->size() > kMaxChoices)
            r.error(*t.get("choices"), "a " + std::string(to_string(q.type)) + " question needs " +
                                           std::to_string(lo) + " to " + std::to_string(kMaxChoices) + " choices");
        else if (unique.size() != choices->size())
            r.error(*t.get("choices"), "duplicate choice id");
        else if (!std::all_of(choices->begin(), choices->end(), [](auto& c) { return is_content_id(c); }))
            r.error(*t.get("choices"), "choice ids may only use a-z, 0-9 and '-'");
        else
            q.choice_ids = *choices;
    }
    if (!q.choice_ids.empty()) read_answer(r, t, q);
}

// [section] The table ---------------------------------------------------------------------------
// One row per QuestionType, in the enum's order.
constexpr std::array kRules = {
    R{QuestionType::Single, "single", R::Choices::Listed, 2, R::Answer::One, read_choices, false, "choices",
      R::Taps::Replace, true, "hint_single", R::Mark::Radio},
    R{QuestionType::Multiple, "multiple", R::Choices::Listed, 2, R::Answer::AtLeastOne, read_choices, false, "choices",
      R::Taps::Toggle, true, "hint_multiple", R::Mark::Check},
    R{QuestionType::TrueFalse, "truefalse", R::Choices::TrueFalse, 2, R::Answer::Boolean, read_choices, false, nullptr,
      R::Taps::Replace, false, "hint_single", R::Mark::Radio},
    R{QuestionType::Scenario, "scenario", R::Choices::Listed, 2, R::Answer::One, read_choices, true, "choices",
      R::Taps::Replace, true, "hint_single", R::Mark::Radio},
    R{QuestionType::Order, "order", R::Choices::Listed, 3, R::Answer::ListedOrder, read_choices, false, "choices",
      R::Taps::Sequence, true, "hint_order", R::Mark::Number},
};

}  // namespace

const QuestionRules& rules_of(QuestionType t) {
    const auto& r = kRules[static_cast<std::size_t>(t)];
    assert(r.type == t && "kRules lists the types in the enum's order");
    return r;
}

std::span<const QuestionRules> question_types() { return kRules; }

std::optional<QuestionType> question_type_named(std::string_view name) {
    for (const auto& r : kRules)
        if (name == r.name) return r.type;
    return std::nullopt;
}

std::string question_type_names() {
    std::string out;
    for (std::size_t i = 0; i < kRules.size(); ++i)
        out += (i == 0 ? "" : i + 1 == kRules.size() ? " or " : ", ") + std::string(kRules[i].name);
    return out;
}

const char* to_string(QuestionType t) { return rules_of(t).name; }

}  // namespace signaal
