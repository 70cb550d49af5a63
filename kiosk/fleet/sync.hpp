#pragma once
// Uploading a kiosk's outbox to the central database.
//
// FleetSync opens its own SQLite connection and its own libpq connection, so the kiosk runs it on
// a worker thread while the UI keeps writing; see BackgroundSync for the thread itself.
// Each batch is upserted in ONE server transaction keyed on the records' uids, and marked sent
// locally only after the server committed it. A batch that is sent twice (the kiosk died between
// the server's commit and the local mark) changes nothing the second time.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "store/outbox.hpp"

namespace signaal { class Store; }
namespace signaal::pg { class Connection; }

namespace signaal::fleet {

struct SyncOptions {
    std::string central_url;  // empty: the kiosk's `central_url` setting
    int batch = 1000;         // outbox entries per server transaction
    int max_batches = 0;      // 0: until the outbox is empty
    int keep_sent_days = 30;  // sent entries are kept this long for diagnosis, then dropped
    // Runs inside each batch's server transaction just before COMMIT. For fault tests only.
    std::function<void()> before_commit;
};

struct SyncResult {
    bool ok = false;
    std::string error;        // why it stopped early; never contains a password
    int batches = 0;
    std::int64_t sent = 0;     // outbox entries the server committed during this run
    std::int64_t pending = 0;  // entries still waiting afterwards
};

class FleetSync {
public:
    // Opens nothing yet: the SQLite connection is opened by the first run_once, on the thread that
    // calls it, and kept for later runs (reopened after an error).
    FleetSync(std::filesystem::path db, SyncOptions o);
    ~FleetSync();
    FleetSync(const FleetSync&) = delete;
    FleetSync& operator=(const FleetSync&) = delete;
    // Sends the outbox in batches until it is empty (or max_batches). Never throws: a server
    // that is down or a cut connection ends the run with ok=false and the outbox intact.
    SyncResult run_once();

private:
    std::filesystem::path db_;
    SyncOptions o_;
    std::unique_ptr<Store> store_;
};

// Upserts one batch (already read from the outbox, in seq order) inside the caller's
// transaction. Entries for the same row collapse to the newest one. Exposed for tests.
void upsert_batch(pg::Connection& c, const std::string& kiosk_id, const std::vector<OutboxEntry>& batch);

// Copies the organisation's settings (org_settings) and venues from the centre into the kiosk:
// settings overwrite local ones (except kiosk_id and central_url); venues missing locally by name
// are added with the central uid. Returns the number of settings and venues taken.
struct PullResult { int settings = 0; int venues = 0; };
PullResult pull_from_central(const std::filesystem::path& db, const std::string& central_url);

// The URL to use: the explicit one, else the kiosk's `central_url` setting; throws pg::Error if neither.
std::string central_url_for(const std::filesystem::path& db, const std::string& explicit_url);

}  // namespace signaal::fleet
