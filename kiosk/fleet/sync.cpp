#include "sync.hpp"

#include <map>
#include <nlohmann/json.hpp>

#include "central_schema.hpp"
#include "names.hpp"
#include "pg.hpp"
#include "store/store.hpp"

namespace signaal::fleet {
namespace {

const SyncedTable& table_named(const std::string& name) {
    for (const auto& t : synced_tables())
        if (name == t.name) return t;
    throw pg::Error("the outbox holds changes to '" + name + "', which this version cannot send; update Signaal");
}

// INSERT ... SELECT from a JSON array of rows, one statement per table and batch. The WHERE on the
// update keeps a row's newest state when an older one from the same kiosk arrives again.
std::string upsert_sql(const SyncedTable& t) {
    std::string cols = std::string(t.key) + ", kiosk_id, src_seq", set = "kiosk_id = EXCLUDED.kiosk_id, src_seq = EXCLUDED.src_seq";
    for (const char* c : t.columns) {
        cols += std::string(", ") + c;
        set += std::string(", ") + c + " = EXCLUDED." + c;
    }
    const std::string n = t.name;
    return "INSERT INTO " + n + " (" + cols + ") SELECT " + cols + " FROM jsonb_populate_recordset(NULL::" + n +
           ", $1::jsonb) ON CONFLICT (" + t.key + ") DO UPDATE SET " + set + " WHERE " + n +
           ".kiosk_id <> EXCLUDED.kiosk_id OR " + n + ".src_seq <= EXCLUDED.src_seq";
}

}  // namespace

void upsert_batch(pg::Connection& c, const std::string& kiosk_id, const std::vector<OutboxEntry>& batch) {
    // The newest entry per row wins: each payload is the row's whole state, and one INSERT ... ON
    // CONFLICT may not touch the same row twice.
    std::map<std::pair<std::string, std::string>, const OutboxEntry*> newest;
    for (const auto& e : batch) newest[{e.table, e.uid}] = &e;
    std::map<std::string, std::string> upserts;            // table -> JSON array text
    std::map<std::string, nlohmann::json> deletes;         // table -> array of keys
    const std::string prefix = "{\"kiosk_id\":\"" + kiosk_id + "\",\"src_seq\":";
    for (const auto& [key, e] : newest) {
        table_named(e->table);
        if (e->op == "delete") {
            deletes[e->table].push_back(e->uid);
        } else {
            std::string& rows = upserts[e->table];
            rows += rows.empty() ? "[" : ",";
            // payload is a JSON object from SQLite's json_object(); splice the two fields in front.
            rows += prefix + std::to_string(e->seq) + (e->payload.size() > 2 ? "," : "") + e->payload.substr(1);
        }
    }
    for (const auto& t : synced_tables()) {
        if (auto it = upserts.find(t.name); it != upserts.end()) c.query(upsert_sql(t), {it->second + "]"});
        if (auto it = deletes.find(t.name); it != deletes.end())
            c.query("DELETE FROM " + std::string(t.name) + " t USING jsonb_array_elements_text($1::jsonb) d(k) WHERE t." +
                        t.key + " = d.k",
                    {it->second.dump()});
    }
    c.query("INSERT INTO kiosks(kiosk_id, last_seq) VALUES ($1, $2) ON CONFLICT (kiosk_id) DO UPDATE SET "
            "last_seq = GREATEST(kiosks.last_seq, EXCLUDED.last_seq), last_sync_at = now()",
            {kiosk_id, std::to_string(batch.back().seq)});
}

std::string central_url_for(const std::filesystem::path& db, const std::string& explicit_url) {
    if (!explicit_url.empty()) return explicit_url;
    Store store(db);
    auto url = store.setting("central_url");
    if (!url || url->empty())
        throw pg::Error("no central database is set; pass --central URL or run `signaal central connect URL`");
    return *url;
}

FleetSync::FleetSync(std::filesystem::path db, SyncOptions o) : db_(std::move(db)), o_(std::move(o)) {}
FleetSync::~FleetSync() = default;

SyncResult FleetSync::run_once() {
    SyncResult r;
    try {
        // Kept open between runs: opening checks the whole file, which is slow on a big database.
        if (!store_) store_ = std::make_unique<Store>(db_);
        Store& store = *store_;
        std::string url = o_.central_url;
        if (url.empty()) url = store.setting("central_url").value_or("");
        if (url.empty())
            throw pg::Error("no central database is set; pass --central URL or run `signaal central connect URL`");
        try {
            pg::Connection central(url);
            require_central_schema(central);
            start_outbox(store);  // a server given only with --central: from now on changes are queued
            const std::string kid = kiosk_id(store);
            const int size = o_.batch > 0 ? o_.batch : 1000;
            while (o_.max_batches == 0 || r.batches < o_.max_batches) {
                const auto batch = unsent_outbox(store, size);
                if (batch.empty()) break;
                {
                    pg::Transaction tx(central);
                    upsert_batch(central, kid, batch);
                    if (o_.before_commit) o_.before_commit();
                    tx.commit();
                }
                // Only now: a crash before this line resends the batch, which is harmless.
                mark_outbox_sent(store, batch.back().seq);
                ++r.batches;
                r.sent += static_cast<std::int64_t>(batch.size());
            }
            prune_sent_outbox(store, o_.keep_sent_days);
            r.ok = true;
        } catch (const pg::Error& e) {
            r.error = e.what();
        }
        r.pending = outbox_status(store).unsent;
        store.set_setting("fleet_last_sync_at", now_iso_timestamp());
        store.set_setting("fleet_last_sync_result", r.ok ? "ok" : r.error);
    } catch (const pg::Error& e) {
        r.error = e.what();
    } catch (const StoreError& e) {
        r.error = std::string("database ") + e.what();
        store_.reset();
    } catch (const std::exception& e) {
        r.error = e.what();
        store_.reset();
    }
    return r;
}

PullResult pull_from_central(const std::filesystem::path& db, const std::string& central_url) {
    const std::string url = central_url_for(db, central_url);
    pg::Connection central(url);
    require_central_schema(central);
    auto settings = central.query("SELECT key, value FROM org_settings ORDER BY key");
    // Venues by name: the first uid the centre saw for each name, active ones only.
    auto venues = central.query(
        "SELECT DISTINCT ON (name) uid, name, kind FROM venues WHERE active = 1 ORDER BY name, created_at, uid");
    Store store(db);
    PullResult out;
    store.batch([&] {
        for (int i = 0; i < settings.rows(); ++i) {
            const std::string key = settings.text(i, 0);
            // This terminal's own (admin/settings.cpp: terminal_id, central_server, terminal_name,
            // venues_served), set per terminal in its kiosk.toml.
            if (key == "kiosk_id" || key == "central_url" || key == "terminal_name" || key == "venues_served") continue;
            store.set_setting(key, settings.text(i, 1));
            ++out.settings;
        }
        for (int i = 0; i < venues.rows(); ++i) {
            // The centre is trusted with settings, not with text the kiosk's own rules refuse.
            const std::string name = venues.text(i, 1);
            if (!names::problem(name).empty()) continue;
            if (adopt_venue(store, venues.text(i, 0), names::normalized(name), venues.text(i, 2))) ++out.venues;
        }
    });
    return out;
}

}  // namespace signaal::fleet
