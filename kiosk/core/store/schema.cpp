#include "schema.hpp"

#include <cassert>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "dates.hpp"
#include "names.hpp"
#include "sqlite.hpp"

namespace signaal {
namespace {

// Table names are the words a venue manager would use when opening the file in sqlite3.

// 0 -> 1: the first schema.
const char* const kFirstSchema = R"sql(
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
)sql";

    // 1 -> 2: the fleet outbox. Every change to a record the centre keeps is queued by a trigger
    // in the transaction that makes it, so no code path (erasure and retention purges included)
    // can forget to report it. Payloads are the row's whole new state, so replaying is harmless.
// The outbox table, and the uids the centre knows venues by.
const char* const kOutboxTable = R"sql(
ALTER TABLE venues ADD COLUMN uid TEXT;
UPDATE venues SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX venues_by_uid ON venues(uid);
-- Venues added by code that does not give a uid get one here, and the UPDATE queues them.
CREATE TRIGGER venues_uid AFTER INSERT ON venues WHEN NEW.uid IS NULL BEGIN
    UPDATE venues SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
INSERT OR IGNORE INTO settings(key, value) VALUES ('kiosk_id', lower(hex(randomblob(16))));

CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so the centre can order changes
    tbl         TEXT NOT NULL,                      -- venues, venue_required, people, attempts, answers, completions
    uid         TEXT NOT NULL,
    op          TEXT NOT NULL,                      -- upsert or delete
    payload     TEXT NOT NULL,                      -- the row's new state as JSON ('{}' for delete)
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    sent_at     TEXT                                -- set only after the centre committed it
);
CREATE INDEX outbox_unsent ON outbox(seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent ON outbox(sent_at) WHERE sent_at IS NOT NULL;  -- for pruning

)sql";

// The triggers that queue every change; a kiosk runs them only once a central server is set.
const char* const kOutboxTriggers = R"sql(
CREATE TRIGGER venues_outbox_insert AFTER INSERT ON venues WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('venues', NEW.uid, 'upsert',
        json_object('uid', NEW.uid, 'name', NEW.name, 'kind', NEW.kind, 'active', NEW.active,
                    'created_at', NEW.created_at));
END;
CREATE TRIGGER venues_outbox_update AFTER UPDATE ON venues WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('venues', NEW.uid, 'upsert',
        json_object('uid', NEW.uid, 'name', NEW.name, 'kind', NEW.kind, 'active', NEW.active,
                    'created_at', NEW.created_at));
END;
CREATE TRIGGER venues_outbox_delete AFTER DELETE ON venues WHEN OLD.uid IS NOT NULL BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('venues', OLD.uid, 'delete', '{}');
END;

-- A venue's required modules travel as one list per venue.
CREATE TRIGGER venue_required_outbox_insert AFTER INSERT ON venue_required_modules BEGIN
    INSERT INTO outbox(tbl, uid, op, payload)
    SELECT 'venue_required', v.uid, 'upsert', json_object('venue_uid', v.uid, 'modules',
        (SELECT json_group_array(module_id) FROM
            (SELECT module_id FROM venue_required_modules WHERE venue_id = v.id ORDER BY module_id)))
    FROM venues v WHERE v.id = NEW.venue_id;
END;
CREATE TRIGGER venue_required_outbox_delete AFTER DELETE ON venue_required_modules BEGIN
    INSERT INTO outbox(tbl, uid, op, payload)
    SELECT 'venue_required', v.uid, 'upsert', json_object('venue_uid', v.uid, 'modules',
        (SELECT json_group_array(module_id) FROM
            (SELECT module_id FROM venue_required_modules WHERE venue_id = v.id ORDER BY module_id)))
    FROM venues v WHERE v.id = OLD.venue_id;
END;

CREATE TRIGGER people_outbox_insert AFTER INSERT ON people BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('people', NEW.uid, 'upsert',
        json_object('uid', NEW.uid, 'full_name', NEW.full_name, 'employee_number', NEW.employee_number,
                    'venue_uid', (SELECT uid FROM venues WHERE id = NEW.venue_id), 'language', NEW.language,
                    'active', NEW.active, 'created_at', NEW.created_at,
                    'last_activity_at', NEW.last_activity_at, 'erased_at', NEW.erased_at));
END;
CREATE TRIGGER people_outbox_update AFTER UPDATE ON people BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('people', NEW.uid, 'upsert',
        json_object('uid', NEW.uid, 'full_name', NEW.full_name, 'employee_number', NEW.employee_number,
                    'venue_uid', (SELECT uid FROM venues WHERE id = NEW.venue_id), 'language', NEW.language,
                    'active', NEW.active, 'created_at', NEW.created_at,
                    'last_activity_at', NEW.last_activity_at, 'erased_at', NEW.erased_at));
END;
CREATE TRIGGER people_outbox_delete AFTER DELETE ON people BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('people', OLD.uid, 'delete', '{}');
END;

CREATE TRIGGER attempts_outbox_insert AFTER INSERT ON attempts BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('attempts', NEW.uid, 'upsert',
        json_object('uid', NEW.uid, 'person_uid', (SELECT uid FROM people WHERE id = NEW.person_id),
                    'module_id', NEW.module_id, 'module_version', NEW.module_version, 'language', NEW.language,
                    'seed', NEW.seed, 'correct', NEW.correct, 'total', NEW.total,
                    'score_percent', NEW.score_percent, 'passed', NEW.passed, 'finished_at', NEW.finished_at));
END;
CREATE TRIGGER attempts_outbox_update AFTER UPDATE ON attempts BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('attempts', NEW.uid, 'upsert',
        json_object('uid', NEW.uid, 'person_uid', (SELECT uid FROM people WHERE id = NEW.person_id),
                    'module_id', NEW.module_id, 'module_version', NEW.module_version, 'language', NEW.language,
                    'seed', NEW.seed, 'correct', NEW.correct, 'total', NEW.total,
                    'score_percent', NEW.score_percent, 'passed', NEW.passed, 'finished_at', NEW.finished_at));
END;
CREATE TRIGGER attempts_outbox_delete AFTER DELETE ON attempts BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('attempts', OLD.uid, 'delete', '{}');
END;

-- Answers have no uid of their own: the attempt's uid and the question id name one.
CREATE TRIGGER answers_outbox_insert AFTER INSERT ON answers BEGIN
    INSERT INTO outbox(tbl, uid, op, payload)
    SELECT 'answers', a.uid || '/' || NEW.question_id, 'upsert',
        json_object('uid', a.uid || '/' || NEW.question_id, 'attempt_uid', a.uid,
                    'question_id', NEW.question_id, 'given', NEW.given, 'correct', NEW.correct)
    FROM attempts a WHERE a.id = NEW.attempt_id;
END;
CREATE TRIGGER answers_outbox_update AFTER UPDATE ON answers BEGIN
    INSERT INTO outbox(tbl, uid, op, payload)
    SELECT 'answers', a.uid || '/' || NEW.question_id, 'upsert',
        json_object('uid', a.uid || '/' || NEW.question_id, 'attempt_uid', a.uid,
                    'question_id', NEW.question_id, 'given', NEW.given, 'correct', NEW.correct)
    FROM attempts a WHERE a.id = NEW.attempt_id;
END;
CREATE TRIGGER answers_outbox_delete AFTER DELETE ON answers BEGIN
    INSERT INTO outbox(tbl, uid, op, payload)
    SELECT 'answers', a.uid || '/' || OLD.question_id, 'delete', '{}' FROM attempts a WHERE a.id = OLD.attempt_id;
END;

CREATE TRIGGER completions_outbox_insert AFTER INSERT ON completions BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('completions', NEW.uid, 'upsert',
        json_object('uid', NEW.uid, 'attempt_uid', (SELECT uid FROM attempts WHERE id = NEW.attempt_id),
                    'person_uid', (SELECT uid FROM people WHERE id = NEW.person_id),
                    'venue_uid', (SELECT uid FROM venues WHERE id = NEW.venue_id),
                    'module_id', NEW.module_id, 'module_version', NEW.module_version,
                    'completed_on', NEW.completed_on, 'valid_until', NEW.valid_until,
                    'score_percent', NEW.score_percent, 'certificate_serial', NEW.certificate_serial,
                    'verification_code', NEW.verification_code));
END;
CREATE TRIGGER completions_outbox_update AFTER UPDATE ON completions BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('completions', NEW.uid, 'upsert',
        json_object('uid', NEW.uid, 'attempt_uid', (SELECT uid FROM attempts WHERE id = NEW.attempt_id),
                    'person_uid', (SELECT uid FROM people WHERE id = NEW.person_id),
                    'venue_uid', (SELECT uid FROM venues WHERE id = NEW.venue_id),
                    'module_id', NEW.module_id, 'module_version', NEW.module_version,
                    'completed_on', NEW.completed_on, 'valid_until', NEW.valid_until,
                    'score_percent', NEW.score_percent, 'certificate_serial', NEW.certificate_serial,
                    'verification_code', NEW.verification_code));
END;
CREATE TRIGGER completions_outbox_delete AFTER DELETE ON completions BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('completions', OLD.uid, 'delete', '{}');
END;

)sql";

const char* const kOutboxHistory = R"sql(
-- Everything recorded before the outbox existed is queued once, parents first.
INSERT INTO outbox(tbl, uid, op, payload)
SELECT 'venues', uid, 'upsert', json_object('uid', uid, 'name', name, 'kind', kind, 'active', active,
       'created_at', created_at) FROM venues ORDER BY id;
INSERT INTO outbox(tbl, uid, op, payload)
SELECT 'venue_required', v.uid, 'upsert', json_object('venue_uid', v.uid, 'modules',
       (SELECT json_group_array(module_id) FROM
           (SELECT module_id FROM venue_required_modules WHERE venue_id = v.id ORDER BY module_id)))
FROM venues v WHERE EXISTS (SELECT 1 FROM venue_required_modules r WHERE r.venue_id = v.id) ORDER BY v.id;
INSERT INTO outbox(tbl, uid, op, payload)
SELECT 'people', p.uid, 'upsert', json_object('uid', p.uid, 'full_name', p.full_name,
       'employee_number', p.employee_number, 'venue_uid', v.uid, 'language', p.language, 'active', p.active,
       'created_at', p.created_at, 'last_activity_at', p.last_activity_at, 'erased_at', p.erased_at)
FROM people p JOIN venues v ON v.id = p.venue_id ORDER BY p.id;
INSERT INTO outbox(tbl, uid, op, payload)
SELECT 'attempts', a.uid, 'upsert', json_object('uid', a.uid, 'person_uid', p.uid, 'module_id', a.module_id,
       'module_version', a.module_version, 'language', a.language, 'seed', a.seed, 'correct', a.correct,
       'total', a.total, 'score_percent', a.score_percent, 'passed', a.passed, 'finished_at', a.finished_at)
FROM attempts a JOIN people p ON p.id = a.person_id ORDER BY a.id;
INSERT INTO outbox(tbl, uid, op, payload)
SELECT 'answers', a.uid || '/' || n.question_id, 'upsert', json_object('uid', a.uid || '/' || n.question_id,
       'attempt_uid', a.uid, 'question_id', n.question_id, 'given', n.given, 'correct', n.correct)
FROM answers n JOIN attempts a ON a.id = n.attempt_id ORDER BY n.attempt_id, n.question_id;
INSERT INTO outbox(tbl, uid, op, payload)
SELECT 'completions', c.uid, 'upsert', json_object('uid', c.uid, 'attempt_uid', a.uid, 'person_uid', p.uid,
       'venue_uid', v.uid, 'module_id', c.module_id, 'module_version', c.module_version,
       'completed_on', c.completed_on, 'valid_until', c.valid_until, 'score_percent', c.score_percent,
       'certificate_serial', c.certificate_serial, 'verification_code', c.verification_code)
FROM completions c JOIN attempts a ON a.id = c.attempt_id JOIN people p ON p.id = c.person_id
JOIN venues v ON v.id = c.venue_id ORDER BY c.id;
)sql";

    // 2 -> 3: indexes for managers' reports over large histories (see signaal-bench): one venue
    // over a period, and the anonymous counts per venue, module and month read from the index
    // alone, in the order they are grouped.
const char* const kReportIndexes = R"sql(
CREATE INDEX completions_by_venue_date ON completions(venue_id, completed_on);
CREATE INDEX completions_by_venue_module_date ON completions(venue_id, module_id, completed_on);
)sql";
bool outbox_triggers_present(db::Connection& c) {
    auto& q = c.cached("SELECT EXISTS(SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = 'people_outbox_insert')");
    q.step();
    const bool present = q.integer(0) != 0;
    q.reset();
    return present;
}

// 3 -> 4: the outbox fills only when a central server is configured. A kiosk with none set that
// never sent anything (most venues: one kiosk, no server) stops queuing and drops the queue,
// which held a JSON copy of every record (1.2 GB of a 2 GB file with a million completions).
// Configuring a server later queues the history once (start_outbox).
void outbox_only_with_central(db::Connection& c) {
    auto& q = c.cached(
        "SELECT EXISTS(SELECT 1 FROM settings WHERE key = 'central_url' AND value <> '') "
        "OR EXISTS(SELECT 1 FROM outbox WHERE sent_at IS NOT NULL)");
    q.step();
    const bool syncs = q.integer(0) != 0;
    q.reset();
    if (syncs) return;
    std::vector<std::string> triggers;
    auto& t = c.cached("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%\\_outbox\\_%' ESCAPE '\\'");
    while (t.step()) triggers.push_back(t.text(0));
    for (const auto& name : triggers) c.exec("DROP TRIGGER " + name);
    c.exec("DELETE FROM outbox");
}

// 4 -> 5: names stored in NFC and looked up by ICU's case folding (names.hpp) instead of an
// ASCII-only key. People whose names now share a key in one venue with one employee number are
// reported in the audit log, not merged: a manager decides whether they are one person.
void rebuild_name_keys(db::Connection& c) {
    struct Changed { std::int64_t id; std::string name, key; };
    std::vector<Changed> changed;
    auto& q = c.cached("SELECT id, full_name, COALESCE(name_key, '') FROM people WHERE full_name IS NOT NULL");
    while (q.step()) {
        const std::string name = q.text(1);
        Changed ch{q.int64(0), names::normalized(name), names::match_key(name)};
        if (ch.name != name || ch.key != q.text(2)) changed.push_back(std::move(ch));
    }
    auto& update = c.cached("UPDATE people SET full_name = ?, name_key = ? WHERE id = ?");
    for (const auto& ch : changed) update.bind(1, ch.name).bind(2, ch.key).bind(3, ch.id).run();

    std::vector<std::string> collisions;
    auto& dup = c.cached(
        "SELECT venue_id, group_concat(id, ', ') FROM (SELECT id, venue_id, name_key, employee_number FROM people "
        "WHERE erased_at IS NULL AND name_key IS NOT NULL ORDER BY id) "
        "GROUP BY venue_id, name_key, employee_number HAVING count(*) > 1");
    while (dup.step())
        collisions.push_back("people " + dup.text(1) + " of venue " + dup.text(0) +
                             " now share one name key (same name in another case or form); not merged: the kiosk "
                             "finds the first, check with `signaal person export` whether they are one person");
    const std::string at = now_iso_timestamp();
    auto& audit = c.cached("INSERT INTO audit_log(at, action, detail) VALUES (?, 'name_key_collision', ?)");
    for (const auto& text : collisions) audit.bind(1, at).bind(2, text).run();
}

// Certificates the organisation takes back, and every key that has signed any. Revocations
// travel to the fleet's centre through the outbox like the completions they concern; keys stay on
// the kiosk (the public halves are on the verification page).
const char* const kCertificateTables = R"sql(
CREATE TABLE IF NOT EXISTS revocations (
    serial      TEXT PRIMARY KEY,           -- certificate_serial of the completion
    revoked_on  TEXT NOT NULL,              -- YYYY-MM-DD
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS signing_keys (
    key_id            TEXT PRIMARY KEY,     -- first 6 bytes of SHA-256 of the key, URL-safe base64
    public_key        TEXT NOT NULL UNIQUE, -- Ed25519, URL-safe base64
    added_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    retired_at        TEXT,                 -- replaced by a newer key; still verifies what it signed
    withdrawn_at      TEXT,                 -- compromised: verifies nothing any more
    withdrawn_reason  TEXT
);
)sql";
const char* const kRevocationTriggers = R"sql(
CREATE TRIGGER IF NOT EXISTS revocations_outbox_insert AFTER INSERT ON revocations BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('revocations', NEW.serial, 'upsert',
        json_object('serial', NEW.serial, 'revoked_on', NEW.revoked_on, 'reason', NEW.reason));
END;
CREATE TRIGGER IF NOT EXISTS revocations_outbox_update AFTER UPDATE ON revocations BEGIN
    INSERT INTO outbox(tbl, uid, op, payload) VALUES ('revocations', NEW.serial, 'upsert',
        json_object('serial', NEW.serial, 'revoked_on', NEW.revoked_on, 'reason', NEW.reason));
END;
)sql";
const char* const kRevocationHistory = R"sql(
INSERT INTO outbox(tbl, uid, op, payload)
SELECT 'revocations', serial, 'upsert', json_object('serial', serial, 'revoked_on', revoked_on, 'reason', reason)
FROM revocations ORDER BY serial;
)sql";

// 5 -> 6: revocations and signing keys; their outbox triggers only where the outbox runs.
void certificate_tables(db::Connection& c) {
    c.exec(kCertificateTables);
    if (outbox_triggers_present(c)) c.exec(kRevocationTriggers);
}

using Step = void (*)(db::Connection&);

// Each entry moves the schema from version i to i+1. Never edit a shipped entry: add one.
const Step kMigrations[] = {
    [](db::Connection& c) { c.exec(kFirstSchema); },
    [](db::Connection& c) {
        c.exec(kOutboxTable);
        c.exec(kOutboxTriggers);
        c.exec(kOutboxHistory);
    },
    [](db::Connection& c) { c.exec(kReportIndexes); },
    outbox_only_with_central,
    rebuild_name_keys,
    certificate_tables,
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
        kMigrations[version](c);
        c.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
}

bool start_outbox(db::Connection& c) {
    if (outbox_triggers_present(c)) return false;
    db::Transaction tx(c);
    c.exec(kOutboxTriggers);
    c.exec(kRevocationTriggers);
    c.exec(kOutboxHistory);
    c.exec(kRevocationHistory);
    tx.commit();
    return true;
}

bool outbox_running(db::Connection& c) { return outbox_triggers_present(c); }

}  // namespace signaal
