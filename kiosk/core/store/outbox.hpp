#pragma once
// The fleet outbox: changes waiting to reach the central database. Triggers in the schema fill
// it in the same transaction as the change; these functions read it and record what was sent.
#include <cstdint>
#include <string>
#include <vector>

namespace signaal {

class Store;

struct OutboxEntry {
    std::int64_t seq = 0;
    std::string table;    // venues, venue_required, people, attempts, answers, completions
    std::string uid;
    std::string op;       // "upsert" or "delete"
    std::string payload;  // the row's new state as a JSON object
};

struct OutboxStatus {
    std::int64_t unsent = 0;
    std::int64_t sent = 0;
    std::string oldest_unsent_at;  // empty when nothing waits
    std::string last_sent_at;      // empty before the first sync
};

// This kiosk's stable id, made at the first open of the database.
std::string kiosk_id(Store& s);

// The oldest `limit` unsent entries in the order they were made.
std::vector<OutboxEntry> unsent_outbox(Store& s, int limit);

// Marks every unsent entry up to and including seq as sent; call only after the centre committed them.
void mark_outbox_sent(Store& s, std::int64_t up_to_seq);

// Drops entries sent more than `days` ago, so the outbox does not grow for ever.
int prune_sent_outbox(Store& s, int days);

OutboxStatus outbox_status(Store& s);

// The outbox fills only once a central server is configured: this starts it (and queues the
// history recorded so far, once). True when it started now. `central connect` and every
// sync that reached its server call it.
bool start_outbox(Store& s);

}  // namespace signaal

namespace signaal {
// Adds a venue the organisation defined centrally, keeping its central uid, unless a venue of
// that name exists here already. Returns true when it was added.
bool adopt_venue(Store& s, const std::string& uid, const std::string& name, const std::string& kind);
}  // namespace signaal
