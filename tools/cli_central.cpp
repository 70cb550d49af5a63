// signaal central ...: the central PostgreSQL database a fleet of kiosks reports to.
#include <cstdio>
#include <iostream>

#include "admin/settings.hpp"
#include "central_reports.hpp"
#include "central_schema.hpp"
#include "cli.hpp"
#include "pg.hpp"
#include "store/outbox.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

std::string required_url(const Args& a) {
    auto url = a.value("central");
    if (!url || url->empty()) throw UsageError("--central URL is required (postgresql://user@host/db)");
    return *url;
}

// Runs f with a connection, turning connection and server errors into one clear line.
template <class F> int with_central(const std::string& url, F&& f) {
    try {
        pg::Connection c(url);
        return f(c);
    } catch (const pg::Error& e) {
        std::cerr << "signaal: " << e.what() << "\n";
        return 1;
    }
}

int init(const Args& a) {
    const std::string url = required_url(a);
    return with_central(url, [&](pg::Connection& c) {
        const int before = fleet::migrate_central(c);
        if (before == fleet::kCentralSchemaVersion)
            std::cout << "central database " << pg::mask_url(url) << " is already at schema " << before << "\n";
        else
            std::cout << "central database " << pg::mask_url(url) << ": schema " << before << " -> "
                      << fleet::kCentralSchemaVersion << "\n";
        return 0;
    });
}

int grant(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the kiosks' role name");
    const std::string url = required_url(a);
    return with_central(url, [&](pg::Connection& c) {
        fleet::require_central_schema(c);
        fleet::grant_kiosk_role(c, a.positional()[0]);
        std::cout << "role " << a.positional()[0] << " may now sync (and nothing more)\n";
        return 0;
    });
}

int connect(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the central database URL (postgresql://user@host/db)");
    const std::string url = a.positional()[0];
    // The setting's own rule (libpq's parser), as for `settings set central_server`; it needs no content.
    if (!admin::setting_problem("central_server", url, Catalog{}).empty())
        throw UsageError("libpq cannot read this as a PostgreSQL URL or connection string (postgresql://user@host/db)");
    Store store(db_path(a));
    if (!a.flag("no-check")) {
        const int rc = with_central(url, [&](pg::Connection& c) {
            fleet::require_central_schema(c);
            return 0;
        });
        if (rc != 0) return rc;
    }
    store.set_setting("central_url", url);
    const bool started = start_outbox(store);
    store.audit(AuditAct::CentralConnect, pg::mask_url(url));
    std::cout << "this kiosk now reports to " << pg::mask_url(url) << "\n";
    if (started) std::cout << "everything recorded so far is queued for the first sync\n";
    return 0;
}

int status(const Args& a) {
    const std::string url = required_url(a);
    return with_central(url, [&](pg::Connection& c) {
        fleet::require_central_schema(c);
        auto k = c.query("SELECT kiosk_id, to_char(last_sync_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                         "last_seq FROM kiosks ORDER BY last_sync_at DESC");
        std::printf("%-34s %-22s %s\n", "kiosk", "last sync", "last seq");
        for (int i = 0; i < k.rows(); ++i)
            std::printf("%-34s %-22s %s\n", k.text(i, 0).c_str(), k.text(i, 1).c_str(), k.text(i, 2).c_str());
        return 0;
    });
}

const Option kCentral{"central", "URL", "the central database, postgresql://user@host/db"};

}  // namespace

void register_central_commands(Registry& r) {
    r.add({"central init", "", "Create the central database schema a fleet of kiosks reports to",
           "Run once as the database owner; running it again does nothing. See docs/fleet.md.", {kCentral}, init});
    r.add({"central migrate", "", "Bring the central schema up to this version of Signaal",
           "Safe to run while kiosks sync: the upgrade is one transaction.", {kCentral}, init});
    r.add({"central grant", "ROLE", "Let a PostgreSQL role sync, and nothing more (least privilege for kiosks)",
           "Create the role first (CREATE ROLE kiosk LOGIN PASSWORD '...'); this grants it the synced tables.",
           {kCentral}, grant});
    r.add({"central connect", "URL", "Point this kiosk at a central database (setting central_server)",
           "The URL is checked first; it is never shown again with its password.",
           {{"no-check", "", "store the URL without trying it (the server may be down)"}}, connect});
    r.add({"central status", "", "Which kiosks have reported, and when they last synced", "", {kCentral}, status});
}

}  // namespace signaal::cli
