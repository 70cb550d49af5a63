#pragma once
// Plain records that the flow and the store hand each other.
#include <cstdint>
#include <string>
#include <vector>

namespace signaal {

struct AnswerRecord {
    std::string question_id;
    std::string given;  // choice ids in the order chosen, comma-separated
    bool correct = false;
};

struct AttemptRecord {
    // Who: identification as typed on the kiosk.
    std::string name;
    std::string employee_number;  // optional
    std::int64_t venue_id = 0;
    std::string language;
    // What.
    std::string module_id;
    int module_version = 0;
    int validity_months = 12;
    std::uint64_t seed = 0;
    int correct = 0;
    int total = 0;
    int percent = 0;
    bool passed = false;
    std::vector<AnswerRecord> answers;
};

// What the store hands back for a passed attempt once it is durably committed.
struct Issued {
    std::string serial;
    std::string verification_code;
    std::string completed_on;  // ISO date
    std::string valid_until;   // ISO date
};

// A person's standing for one module, for the module list.
struct ModuleStatus {
    enum class Kind { Never, Valid, Expiring, Expired };
    std::string module_id;
    Kind kind = Kind::Never;
    std::string valid_until;  // ISO date when not Never
};

}  // namespace signaal
