#pragma once
// What a manager's act came to: done (with the id it made, if any) or refused with a problem,
// a ui key the admin screens show and the CLI prints in English. A refused act changes nothing.
#include <cstdint>
#include <string>

namespace signaal::admin {

struct Outcome {
    std::string problem;    // ui key; empty when done
    std::int64_t id = 0;    // what the act made (a venue, a person), when it made something
    bool ok() const { return problem.empty(); }
};

inline Outcome refused(std::string problem) { return Outcome{std::move(problem), 0}; }
inline Outcome done(std::int64_t id = 0) { return Outcome{{}, id}; }

}  // namespace signaal::admin
