// signaal sync ...: upload this kiosk's outbox to the central database, pull the organisation's
// settings and venues, and show what is waiting.
#include <iostream>

#include "cli.hpp"
#include "pg.hpp"
#include "store/outbox.hpp"
#include "store/store.hpp"
#include "sync.hpp"

namespace signaal::cli {
namespace {

int sync(const Args& a) {
    fleet::SyncOptions o;
    o.central_url = a.value_or("central", "");
    o.batch = a.int_value("batch", 1000, 1, 100'000);
    o.max_batches = a.int_value("max-batches", 0, 0, 1'000'000'000);
    const auto db = db_path(a);
    if (a.flag("pull")) {
        try {
            const auto p = fleet::pull_from_central(db, o.central_url);
            std::cout << "pulled " << p.settings << " setting(s) and " << p.venues << " new venue(s)\n";
        } catch (const pg::Error& e) {
            std::cerr << "signaal sync: " << e.what() << "\n";
            return 1;
        }
    }
    const auto r = fleet::FleetSync(db, o).run_once();
    std::cout << "sent " << r.sent << " change(s) in " << r.batches << " batch(es); " << r.pending
              << " waiting\n";
    if (!r.ok) {
        std::cerr << "signaal sync: " << r.error << "\n"
                  << "nothing is lost: the changes stay queued and the next sync sends them\n";
        return 1;
    }
    return 0;
}

int status(const Args& a) {
    Store store(db_path(a), Store::Access::ReadOnly);
    const auto st = outbox_status(store);
    const auto url = store.setting("central_url");
    std::cout << "kiosk id:        " << store.setting("kiosk_id").value_or("(made at the first sync)") << "\n"
              << "terminal name:   " << store.setting("terminal_name").value_or("(not set)") << "\n"
              << "central:         " << (url ? pg::mask_url(*url) : "(not set)") << "\n"
              << "waiting:         " << st.unsent << (st.unsent ? " since " + st.oldest_unsent_at : "") << "\n"
              << "sent (kept):     " << st.sent << "\n"
              << "last sync:       " << store.setting("fleet_last_sync_at").value_or("never") << " "
              << store.setting("fleet_last_sync_result").value_or("") << "\n";
    return 0;
}

}  // namespace

void register_sync_commands(Registry& r) {
    r.add({"sync", "", "Send this kiosk's queued changes to the central database",
           "Changes are sent in batches, each in one server transaction, and marked sent only after the\n"
           "server committed them; sending a batch twice changes nothing. With the server down, the\n"
           "kiosk keeps working and the changes wait. The URL comes from --central or the setting\n"
           "central_server (`signaal central connect`, or kiosk.toml); prefer a ~/.pgpass file to a password in the URL.",
           {{"central", "URL", "postgresql://user@host/db (default: the central_server setting)"},
            {"batch", "N", "changes per server transaction (default 1000)"},
            {"max-batches", "N", "stop after N batches (default: until nothing waits)"},
            {"pull", "", "first take the organisation's settings and venues from the centre"}},
           sync});
    r.add({"sync status", "", "What waits to be sent, and how the last sync went",
           "The central URL is shown with its password masked.", {}, status});
}

}  // namespace signaal::cli
