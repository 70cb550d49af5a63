#pragma once
// The central PostgreSQL schema: one table per synced kind of record, keyed on the records'
// global uids, plus the kiosks that report and the organisation's settings.
#include <string>
#include <vector>

namespace signaal::pg { class Connection; }

namespace signaal::fleet {

inline constexpr int kCentralSchemaVersion = 2;

// The central schema's version, 0 when it was never initialised.
int central_schema_version(pg::Connection& c);
// Creates or upgrades the schema in one transaction; safe to run from several places at once.
// Returns the version found before.
int migrate_central(pg::Connection& c);
// Throws pg::Error with advice when the central database is not at kCentralSchemaVersion.
void require_central_schema(pg::Connection& c);
// Grants a role the least it needs to sync: write the synced tables, read settings and venues.
void grant_kiosk_role(pg::Connection& c, const std::string& role);

// How a synced table maps an outbox entry to a central row.
struct SyncedTable {
    const char* name;
    const char* key;                   // primary key column, filled from the outbox uid
    std::vector<const char*> columns;  // payload columns besides kiosk_id and src_seq
};
const std::vector<SyncedTable>& synced_tables();

}  // namespace signaal::fleet
