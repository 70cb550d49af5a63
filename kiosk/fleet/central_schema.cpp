#include "central_schema.hpp"

#include <iterator>

#include "pg.hpp"

namespace signaal::fleet {
namespace {

// Each entry moves the central schema from version i to i+1. Never edit a shipped entry.
// Every synced row carries the kiosk that sent it and that kiosk's outbox seq, so an older
// state replayed after a newer one cannot win. Dates stay ISO text, as on the kiosks, so the
// central reports print exactly what the local ones print. There are no foreign keys: kiosks
// send in their own order and the centre must accept whatever arrives.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE kiosks (
    kiosk_id       text PRIMARY KEY,
    first_sync_at  timestamptz NOT NULL DEFAULT now(),
    last_sync_at   timestamptz NOT NULL DEFAULT now(),
    last_seq       bigint NOT NULL DEFAULT 0
);
CREATE TABLE venues (
    uid text PRIMARY KEY, kiosk_id text NOT NULL, src_seq bigint NOT NULL,
    name text NOT NULL, kind text NOT NULL, active integer NOT NULL, created_at text NOT NULL
);
CREATE INDEX venues_by_name ON venues(name);
CREATE TABLE venue_required (
    venue_uid text PRIMARY KEY, kiosk_id text NOT NULL, src_seq bigint NOT NULL, modules jsonb NOT NULL
);
CREATE TABLE people (
    uid text PRIMARY KEY, kiosk_id text NOT NULL, src_seq bigint NOT NULL,
    full_name text,  -- NULL once erased
    employee_number text NOT NULL, venue_uid text NOT NULL, language text NOT NULL,
    active integer NOT NULL, created_at text NOT NULL, last_activity_at text NOT NULL, erased_at text
);
CREATE INDEX people_by_venue ON people(venue_uid);
CREATE TABLE attempts (
    uid text PRIMARY KEY, kiosk_id text NOT NULL, src_seq bigint NOT NULL,
    person_uid text NOT NULL, module_id text NOT NULL, module_version integer NOT NULL, language text NOT NULL,
    seed text NOT NULL, correct integer NOT NULL, total integer NOT NULL, score_percent integer NOT NULL,
    passed integer NOT NULL, finished_at text NOT NULL
);
CREATE INDEX attempts_by_person ON attempts(person_uid);
CREATE TABLE answers (
    uid text PRIMARY KEY, kiosk_id text NOT NULL, src_seq bigint NOT NULL,
    attempt_uid text NOT NULL, question_id text NOT NULL, given text NOT NULL, correct integer NOT NULL
);
CREATE INDEX answers_by_attempt ON answers(attempt_uid);
CREATE TABLE completions (
    uid text PRIMARY KEY, kiosk_id text NOT NULL, src_seq bigint NOT NULL,
    attempt_uid text NOT NULL, person_uid text NOT NULL, venue_uid text NOT NULL,
    module_id text NOT NULL, module_version integer NOT NULL, completed_on text NOT NULL,
    valid_until text NOT NULL, score_percent integer NOT NULL,
    certificate_serial text NOT NULL, verification_code text NOT NULL
);
CREATE INDEX completions_by_person ON completions(person_uid, module_id, valid_until);
CREATE INDEX completions_by_date ON completions(completed_on);
CREATE INDEX completions_by_serial ON completions(certificate_serial);
CREATE TABLE org_settings (key text PRIMARY KEY, value text NOT NULL);
)sql",
    // 1 -> 2: certificates the organisation revoked on any kiosk: the fleet's revocation list.
    R"sql(
CREATE TABLE revocations (
    serial text PRIMARY KEY, kiosk_id text NOT NULL, src_seq bigint NOT NULL,
    revoked_on text NOT NULL, reason text NOT NULL
);
)sql",
};

}  // namespace

const std::vector<SyncedTable>& synced_tables() {
    static const std::vector<SyncedTable> t = {
        {"venues", "uid", {"name", "kind", "active", "created_at"}},
        {"venue_required", "venue_uid", {"modules"}},
        {"people", "uid",
         {"full_name", "employee_number", "venue_uid", "language", "active", "created_at", "last_activity_at",
          "erased_at"}},
        {"attempts", "uid",
         {"person_uid", "module_id", "module_version", "language", "seed", "correct", "total", "score_percent",
          "passed", "finished_at"}},
        {"answers", "uid", {"attempt_uid", "question_id", "given", "correct"}},
        {"completions", "uid",
         {"attempt_uid", "person_uid", "venue_uid", "module_id", "module_version", "completed_on", "valid_until",
          "score_percent", "certificate_serial", "verification_code"}},
        {"revocations", "serial", {"revoked_on", "reason"}},
    };
    return t;
}

int central_schema_version(pg::Connection& c) {
    auto r = c.query("SELECT to_regclass('signaal_schema') IS NOT NULL");
    if (r.text(0, 0) != "t") return 0;
    auto v = c.query("SELECT COALESCE(MAX(version), 0) FROM signaal_schema");
    return v.integer(0, 0);
}

int migrate_central(pg::Connection& c) {
    pg::Transaction tx(c);
    // Two coordinators running init at once take turns instead of racing.
    c.exec("SELECT pg_advisory_xact_lock(7412093)");
    c.exec("CREATE TABLE IF NOT EXISTS signaal_schema (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    const int found = central_schema_version(c);
    if (found > kCentralSchemaVersion)
        throw pg::Error("the central database was made by a newer Signaal (schema " + std::to_string(found) +
                        ", this program knows up to " + std::to_string(kCentralSchemaVersion) + ")");
    for (int v = found; v < kCentralSchemaVersion; ++v) {
        c.exec(kMigrations[v]);
        c.query("INSERT INTO signaal_schema(version) VALUES ($1)", {std::to_string(v + 1)});
    }
    tx.commit();
    static_assert(std::size(kMigrations) == kCentralSchemaVersion);
    return found;
}

void require_central_schema(pg::Connection& c) {
    const int v = central_schema_version(c);
    if (v == 0) throw pg::Error("the central database has no Signaal schema yet; run `signaal central init --central URL`");
    if (v < kCentralSchemaVersion)
        throw pg::Error("the central database has schema " + std::to_string(v) + "; run `signaal central migrate`");
    if (v > kCentralSchemaVersion)
        throw pg::Error("the central database was made by a newer Signaal (schema " + std::to_string(v) +
                        "); update this kiosk");
}

void grant_kiosk_role(pg::Connection& c, const std::string& role) {
    auto quoted = c.query("SELECT quote_ident($1)", {role}).text(0, 0);
    std::string tables;
    for (const auto& t : synced_tables()) tables += std::string(tables.empty() ? "" : ", ") + t.name;
    pg::Transaction tx(c);
    c.exec("GRANT SELECT, INSERT, UPDATE, DELETE ON " + tables + " TO " + quoted);
    c.exec("GRANT SELECT, INSERT, UPDATE ON kiosks TO " + quoted);
    c.exec("GRANT SELECT ON org_settings, signaal_schema TO " + quoted);
    tx.commit();
}

}  // namespace signaal::fleet
