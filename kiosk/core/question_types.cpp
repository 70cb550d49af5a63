#include "question_types.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
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

// [section] spot: regions on a picture ----------------------------------------------------------

constexpr size_t kMaxRegions = 8;
constexpr long long kMaxPixels = 16384;

struct Box {
    double x0, y0, x1, y1;
};
Box box_of(const Region& g) {
    if (g.circle()) return {g.x - g.r, g.y - g.r, g.x + g.r, g.y + g.r};
    return {g.x, g.y, g.x + g.w, g.y + g.h};
}

// Touching edges are not an overlap; a circle and a rectangle by the nearest point of the box.
bool overlap(const Region& a, const Region& b) {
    if (a.circle() && b.circle()) return std::hypot(a.x - b.x, a.y - b.y) < a.r + b.r;
    if (a.circle() != b.circle()) {
        const Region& c = a.circle() ? a : b;
        const Box k = box_of(a.circle() ? b : a);
        const double nx = std::clamp<double>(c.x, k.x0, k.x1), ny = std::clamp<double>(c.y, k.y0, k.y1);
        return std::hypot(c.x - nx, c.y - ny) < c.r;
    }
    const Box p = box_of(a), q = box_of(b);
    return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
}

// One [[questions.regions]] entry (or inline table): id, x, y and w, h or r, signal.
std::optional<Region> read_region(TomlReader& r, const toml::node& n) {
    const toml::table* t = n.as_table();
    if (!t) {
        r.error(n, "each region must be a table: { id = \"...\", x = 0, y = 0, w = 10, h = 10, signal = true }");
        return std::nullopt;
    }
    r.only_keys(*t, {"id", "x", "y", "w", "h", "r", "signal"}, "a region");
    Region g;
    bool ok = true;
    if (auto id = r.text(*t, "id")) {
        if (!is_content_id(*id)) r.error(*t->get("id"), "region id '" + *id + "' may only use a-z, 0-9 and '-'"), ok = false;
        g.id = *id;
    } else {
        ok = false;
    }
    const auto number = [&](std::string_view key, float& out, long long lo) {
        if (auto v = r.integer(*t, key, lo, kMaxPixels)) out = static_cast<float>(*v);
        else ok = false;
    };
    number("x", g.x, 0);
    number("y", g.y, 0);
    if (t->get("r")) {
        if (t->get("w") || t->get("h")) r.error(*t, "region '" + g.id + "' is a circle (r) or a rectangle (w, h), not both"), ok = false;
        number("r", g.r, 1);
    } else {
        number("w", g.w, 1);
        number("h", g.h, 1);
    }
    const toml::node* signal = t->get("signal");
    if (!signal || !signal->is_boolean()) {
        r.error(signal ? *signal : n, "region '" + g.id + "' needs signal = true (a signal) or signal = false (ordinary)");
        ok = false;
    } else {
        g.signal = **signal->as_boolean();
    }
    if (!ok) return std::nullopt;
    return g;
}

// regions = [...] on image = "...": the right answer is every region with signal = true.
void read_regions(QuestionSource& in, Question& q) {
    TomlReader& r = in.r;
    const toml::table& t = in.t;
    for (const char* key : {"choices", "answer"})
        if (const toml::node* n = t.get(key))
            r.error(*n, std::string("spot questions have no '") + key + "': the regions say which parts are signals");
    if (!t.get("image")) r.error(t, "a spot question needs image = \"images/<scene>.png\", the picture its regions are on");
    const toml::array* list = r.array(t, "regions");
    if (!list) return;
    if (list->size() > kMaxRegions) r.error(*list, "a spot question has at most " + std::to_string(kMaxRegions) + " regions");
    std::vector<Region> regions;
    std::vector<int> lines;
    bool ok = true;
    for (const toml::node& n : *list) {
        auto g = read_region(r, n);
        if (!g) {
            ok = false;
            continue;
        }
        const Box b = box_of(*g);
        if (in.image && (b.x0 < 0 || b.y0 < 0 || b.x1 > in.image->width || b.y1 > in.image->height)) {
            r.error(n, "region '" + g->id + "' reaches outside the " + std::to_string(in.image->width) + "x" +
                           std::to_string(in.image->height) + " picture");
            ok = false;
        }
        for (size_t i = 0; i < regions.size(); ++i) {
            if (regions[i].id == g->id) r.error(n, "duplicate region id '" + g->id + "'"), ok = false;
            else if (overlap(regions[i], *g))
                r.error(n, "region '" + g->id + "' overlaps region '" + regions[i].id + "' (line " +
                               std::to_string(lines[i]) + "); regions must not overlap"),
                    ok = false;
        }
        regions.push_back(*g);
        lines.push_back(TomlReader::line(n));
    }
    const auto signals = std::count_if(regions.begin(), regions.end(), [](const Region& g) { return g.signal; });
    if (ok && (signals < 2 || static_cast<size_t>(signals) == regions.size()))
        r.error(*list, "a spot question needs at least 2 signals and 1 ordinary region (signal = false); it has " +
                           std::to_string(signals) + " signals and " + std::to_string(regions.size() - static_cast<size_t>(signals)) +
                           " ordinary");
    if (!ok) return;
    for (size_t i = 0; i < regions.size(); ++i) {
        q.choice_ids.push_back(regions[i].id);
        if (regions[i].signal) q.correct.push_back(static_cast<int>(i));
    }
    q.regions = std::move(regions);
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
    // Taps toggle regions and are judged as a set: right when every signal is marked and
    // nothing ordinary is. Not shuffled: the picture holds the regions where they are.
    R{QuestionType::Spot, "spot", R::Choices::Regions, 3, R::Answer::Signals, read_regions, false, "regions",
      R::Taps::Toggle, false, "hint_spot", R::Mark::Picture},
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
