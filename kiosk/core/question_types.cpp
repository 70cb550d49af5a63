#include "question_types.hpp"

#include <array>
#include <cassert>

namespace signaal {
namespace {

using R = QuestionRules;

// [section] The table ---------------------------------------------------------------------------
// One row per QuestionType, in the enum's order.
constexpr std::array kRules = {
    R{QuestionType::Single, "single", R::Choices::Listed, 2, R::Answer::One, false, R::Taps::Replace, true,
      "hint_single", R::Mark::Radio},
    R{QuestionType::Multiple, "multiple", R::Choices::Listed, 2, R::Answer::AtLeastOne, false, R::Taps::Toggle, true,
      "hint_multiple", R::Mark::Check},
    R{QuestionType::TrueFalse, "truefalse", R::Choices::TrueFalse, 2, R::Answer::Boolean, false, R::Taps::Replace,
      false, "hint_single", R::Mark::Radio},
    R{QuestionType::Scenario, "scenario", R::Choices::Listed, 2, R::Answer::One, true, R::Taps::Replace, true,
      "hint_single", R::Mark::Radio},
    R{QuestionType::Order, "order", R::Choices::Listed, 3, R::Answer::ListedOrder, false, R::Taps::Sequence, true,
      "hint_order", R::Mark::Number},
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
