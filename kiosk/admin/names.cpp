#include "names.hpp"

#include "utf8.hpp"

namespace signaal::admin {
namespace {

// The kiosk's name rule, called from here only: swapping it for another module is this line.
std::string name_rule(const std::string& trimmed, std::size_t max) { return utf8::name_problem(trimmed, max); }

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
