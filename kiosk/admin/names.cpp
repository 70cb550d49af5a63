#include "names.hpp"

#include "core/names.hpp"
#include "utf8_text.hpp"

namespace signaal::admin {
namespace {

// The kiosk's name rule (core/names.hpp), called from here only.
std::string name_rule(const std::string& trimmed, std::size_t max) { return names::problem(trimmed, max); }

}  // namespace

std::string person_name_problem(const std::string& name) {
    const std::string p = name_rule(utf8::trim(name), kMaxPersonName);
    return p.empty() ? p : "name_problem_" + p;
}

std::string venue_name_problem(const std::string& name) {
    const std::string p = name_rule(utf8::trim(name), kMaxVenueName);
    if (p == "empty") return "admin_problem_venue_empty";
    if (p == "too_long") return "admin_problem_venue_long";
    return p.empty() ? p : "name_problem_" + p;
}

}  // namespace signaal::admin
