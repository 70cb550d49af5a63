#pragma once
// Schema migrations, applied in order at open; PRAGMA user_version records the last one applied.
namespace signaal::db { class Connection; }

namespace signaal {

// Brings the database to the newest schema; throws StoreError on failure (nothing is half-applied).
void migrate(db::Connection& c, int target_version);

}  // namespace signaal
