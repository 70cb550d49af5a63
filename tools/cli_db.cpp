// signaal db ... and audit: looking after the database file.
#include <iostream>

#include "admin/reports.hpp"
#include "cli.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

int backup(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the backup file to write");
    Store store(db_path(a));
    store.backup_to(a.positional()[0]);
    store.audit(AuditAct::DbBackup, a.positional()[0]);
    std::cout << "backed up " << store.path() << " to " << a.positional()[0] << "\n";
    return 0;
}

int check(const Args& a) {
    Store store(db_path(a));
    const std::string verdict = store.integrity_check();
    std::cout << store.path() << ": " << verdict << "\n";
    return verdict == "ok" ? 0 : 1;
}

int restore(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the backup file to restore");
    Store store(db_path(a));
    store.restore_from(a.positional()[0]);
    store.audit(AuditAct::DbRestore, a.positional()[0]);
    std::cout << "restored " << store.path() << " from " << a.positional()[0] << "\n";
    return 0;
}

int audit_list(const Args& a) {
    Store store(db_path(a));
    for (const auto& r : admin::audit_listing(store, a.int_value("limit", 100, 1, 1'000'000)))
        std::cout << r.at << "\t" << r.action << "\t" << r.detail << "\n";
    return 0;
}

}  // namespace

void register_db_commands(Registry& r) {
    r.add({"db backup", "FILE", "Copy the database to FILE (safe while the kiosk runs)", "", {}, backup});
    r.add({"db check", "", "Run SQLite's integrity check; exit 0 when ok", "", {}, check});
    r.add({"db restore", "FILE", "Replace the database with a backup; refuses a damaged backup", "", {}, restore});
    r.add({"audit list", "", "Show the audit log, newest first", "Every admin action is recorded with its time.",
           {{"limit", "N", "at most N entries (default 100)"}}, audit_list});
}

}  // namespace signaal::cli
