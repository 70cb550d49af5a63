#pragma once
// Row reading shared by the store's source files (internal to the store folder).
#include "sqlite.hpp"
#include "store.hpp"

namespace signaal::rows {

// Columns read_completion expects, in order; append WHERE/ORDER clauses.
inline constexpr const char* kCompletionSelect =
    "SELECT c.id, c.certificate_serial, c.verification_code, c.person_id, COALESCE(p.full_name, ''), "
    "p.employee_number, c.venue_id, v.name, c.module_id, c.module_version, a.language, c.completed_on, "
    "c.valid_until, c.score_percent FROM completions c JOIN people p ON p.id = c.person_id "
    "JOIN venues v ON v.id = c.venue_id JOIN attempts a ON a.id = c.attempt_id ";

inline CompletionRow read_completion(const db::Statement& s) {
    return {s.int64(0), s.text(1), s.text(2), s.int64(3), s.text(4), s.text(5), s.int64(6), s.text(7),
            s.text(8), s.integer(9), s.text(10), s.text(11), s.text(12), s.integer(13)};
}

// Runs insert(), drawing fresh random serials and codes on a UNIQUE clash: random identifiers
// are short enough to type, so among millions of certificates a clash is rare but real.
template <class F> void retry_on_clash(F&& insert) {
    for (int attempt = 0;; ++attempt) {
        try {
            insert();
            return;
        } catch (const StoreError& e) {
            if (e.code() != 19 /* SQLITE_CONSTRAINT */ || attempt >= 8) throw;
        }
    }
}

}  // namespace signaal::rows
