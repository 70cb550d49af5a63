#include "outbox.hpp"

#include "schema.hpp"
#include "sqlite.hpp"
#include "store.hpp"

namespace signaal {

std::string kiosk_id(Store& s) {
    // The migration makes it; a database restored from an older backup gets one on demand.
    if (auto id = s.setting("kiosk_id")) return *id;
    const std::string id = random_uid();
    s.set_setting("kiosk_id", id);
    return id;
}

std::vector<OutboxEntry> unsent_outbox(Store& s, int limit) {
    auto& q = s.connection().cached(
        "SELECT seq, tbl, uid, op, payload FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?");
    q.bind(1, limit);
    std::vector<OutboxEntry> out;
    while (q.step()) out.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4)});
    return out;
}

void mark_outbox_sent(Store& s, std::int64_t up_to_seq) {
    auto& c = s.connection();
    db::Transaction tx(c);
    c.cached("UPDATE outbox SET sent_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE sent_at IS NULL AND seq <= ?")
        .bind(1, up_to_seq).run();
    tx.commit();
}

int prune_sent_outbox(Store& s, int days) {
    auto& c = s.connection();
    c.cached("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?)")
        .bind(1, "-" + std::to_string(days) + " days").run();
    return c.changes();
}

bool start_outbox(Store& s) { return start_outbox(s.connection()); }

OutboxStatus outbox_status(Store& s) {
    // Separate queries so each uses its partial index; a kiosk's outbox can hold a million rows.
    auto& c = s.connection();
    OutboxStatus st;
    auto& unsent = c.cached("SELECT COUNT(*), COALESCE(MIN(created_at), '') FROM outbox WHERE sent_at IS NULL");
    if (unsent.step()) {
        st.unsent = unsent.int64(0);
        st.oldest_unsent_at = unsent.text(1);
    }
    unsent.reset();
    auto& sent = c.cached("SELECT COUNT(*), COALESCE(MAX(sent_at), '') FROM outbox WHERE sent_at IS NOT NULL");
    if (sent.step()) {
        st.sent = sent.int64(0);
        st.last_sent_at = sent.text(1);
    }
    sent.reset();
    return st;
}

}  // namespace signaal

namespace signaal {

bool adopt_venue(Store& s, const std::string& uid, const std::string& name, const std::string& kind) {
    if (s.venue_by_name(name)) return false;
    s.connection()
        .cached("INSERT INTO venues(uid, name, kind, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .bind(1, uid).bind(2, name).bind(3, kind).bind(4, now_iso_timestamp()).run();
    return s.connection().changes() > 0;
}

}  // namespace signaal
