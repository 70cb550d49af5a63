#pragma once
// Schema migrations, applied in order at open; PRAGMA user_version records the last one applied.
namespace signaal::db { class Connection; }

namespace signaal {

// Brings the database to the newest schema; throws StoreError on failure (nothing is half-applied).
void migrate(db::Connection& c, int target_version);

// The fleet outbox's triggers, which queue every change for a central server. Started once a
// server is configured (and then the history recorded so far is queued once); returns true
// when it started now, false when it was running already.
bool start_outbox(db::Connection& c);
bool outbox_running(db::Connection& c);

}  // namespace signaal
