#include "schema.hpp"

#include <cassert>
#include <iterator>
#include <string>

#include "sqlite.hpp"

namespace signaal {
namespace {

// Each entry moves the schema from version i to i+1. Never edit a shipped entry: add one.
// Table names are the words a venue manager would use when opening the file in sqlite3.
const char* const kMigrations[] = {
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE venues (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,              -- audience: hotel, holiday-park, workplace, municipality
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);
CREATE TABLE venue_required_modules (
    venue_id    INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
    module_id   TEXT NOT NULL,
    PRIMARY KEY (venue_id, module_id)
);
CREATE TABLE people (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,  -- global id, stable across kiosks
    full_name        TEXT,                  -- NULL once erased
    name_key         TEXT,                  -- folded name for look-up; NULL once erased
    employee_number  TEXT NOT NULL DEFAULT '',
    venue_id         INTEGER NOT NULL REFERENCES venues(id),
    language         TEXT NOT NULL,
    active           INTEGER NOT NULL DEFAULT 1,  -- 0 when the person has left the venue
    created_at       TEXT NOT NULL,
    last_activity_at TEXT NOT NULL,
    erased_at        TEXT
);
CREATE INDEX people_by_name ON people(venue_id, name_key, employee_number);
CREATE TABLE attempts (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    module_id       TEXT NOT NULL,
    module_version  INTEGER NOT NULL,
    language        TEXT NOT NULL,
    seed            TEXT NOT NULL,          -- shuffle seed, decimal; replays the attempt
    correct         INTEGER NOT NULL,
    total           INTEGER NOT NULL,
    score_percent   INTEGER NOT NULL,
    passed          INTEGER NOT NULL,
    finished_at     TEXT NOT NULL
);
CREATE INDEX attempts_by_person ON attempts(person_id);
CREATE TABLE answers (
    attempt_id   INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    given        TEXT NOT NULL,             -- choice ids as chosen, comma-separated
    correct      INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);
CREATE TABLE completions (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,
    attempt_id          INTEGER NOT NULL UNIQUE REFERENCES attempts(id),
    person_id           INTEGER NOT NULL REFERENCES people(id),
    venue_id            INTEGER NOT NULL REFERENCES venues(id),  -- kept after erasure for statistics
    module_id           TEXT NOT NULL,
    module_version      INTEGER NOT NULL,
    completed_on        TEXT NOT NULL,
    valid_until         TEXT NOT NULL,
    score_percent       INTEGER NOT NULL,
    certificate_serial  TEXT NOT NULL UNIQUE,
    verification_code   TEXT NOT NULL UNIQUE
);
CREATE INDEX completions_by_person ON completions(person_id, module_id, valid_until);
CREATE INDEX completions_by_date ON completions(completed_on);
CREATE INDEX completions_by_expiry ON completions(valid_until);
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
-- One readable row per certificate, for managers browsing the file with sqlite3.
CREATE VIEW certificates AS
SELECT c.certificate_serial AS serial, p.full_name AS name, p.employee_number,
       v.name AS venue, c.module_id AS module, c.completed_on, c.valid_until,
       c.score_percent AS score, c.verification_code
FROM completions c JOIN people p ON p.id = c.person_id JOIN venues v ON v.id = c.venue_id;
)sql",
};

}  // namespace

void migrate(db::Connection& c, int target) {
    auto& q = c.cached("PRAGMA user_version");
    q.step();
    int version = q.integer(0);
    q.reset();
    assert(target <= static_cast<int>(std::size(kMigrations)));
    for (; version < target; ++version) {
        db::Transaction tx(c);
        c.exec(kMigrations[version]);
        c.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
}

}  // namespace signaal
