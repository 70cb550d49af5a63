// signaal person ... and retention: the rights of access and erasure under the AVG (GDPR).
// Every change goes through the admin library, as from the admin screens.
#include <iostream>
#include <unistd.h>

#include "admin/staff.hpp"
#include "cli.hpp"
#include "cli_admin.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

// The one person meant by an id or a (part of a) name; prints the candidates when ambiguous.
std::optional<std::int64_t> resolve(Store& store, const std::string& who) {
    if (!who.empty() && who.find_first_not_of("0123456789") == std::string::npos) {
        if (store.person(std::stoll(who))) return std::stoll(who);
        std::cerr << "no person with id " << who << "\n";
        return std::nullopt;
    }
    const auto found = store.find_people(who);
    if (found.size() == 1) return found[0].id;
    if (found.empty()) std::cerr << "nobody's name contains '" << who << "'\n";
    else {
        std::cerr << found.size() << " people match '" << who << "'; give the id:\n";
        for (const auto& p : found) std::cerr << "  " << p.id << "\t" << p.full_name << "\t" << p.venue_name << "\n";
    }
    return std::nullopt;
}

int find(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give (part of) a name");
    Store store(db_path(a));
    for (const auto& p : store.find_people(a.positional()[0]))
        std::cout << p.id << "\t" << p.full_name << "\t" << p.employee_number << "\t" << p.venue_name
                  << (p.active ? "" : "\tleft") << "\n";
    return 0;
}

int export_person(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the person's id or name");
    Store store(db_path(a));
    auto id = resolve(store, a.positional()[0]);
    if (!id) return 1;
    if (auto dir = a.value("dir")) {
        // As the admin screen's Export: a private file named without the person's name.
        std::cout << "wrote " << admin::export_person(store, *id, *dir, today_utc()).string() << "\n";
        return 0;
    }
    std::cout << admin::export_person_text(store, *id) << "\n";
    return 0;
}

bool confirmed(const Args& a, const std::string& question) {
    if (a.flag("yes")) return true;
    if (!isatty(STDIN_FILENO)) {
        std::cerr << "refusing without confirmation: add --yes\n";
        return false;
    }
    std::cout << question << " Type yes to continue: " << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "yes";
}

int erase(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the person's id");
    Store store(db_path(a));
    auto id = resolve(store, a.positional()[0]);
    if (!id) return 1;
    const auto p = store.person(*id);
    if (p->erased) {
        std::cout << "person " << *id << " was already erased\n";
        return 0;
    }
    if (!confirmed(a, "Erase all personal data of " + p->full_name + " (" + p->venue_name + ")?")) return 1;
    if (const auto done = admin::erase_person(store, *id); !done.ok()) return refuse("person erase", manager_catalog(a), done);
    std::cout << "erased person " << *id << "; their completions remain only as anonymous statistics\n";
    return 0;
}

int left(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the person's id");
    Store store(db_path(a));
    auto id = resolve(store, a.positional()[0]);
    if (!id) return 1;
    const bool back = a.flag("undo");
    if (const auto done = admin::set_left(store, *id, !back); !done.ok()) return refuse("person left", manager_catalog(a), done);
    std::cout << "person " << *id << (back ? " is active again\n" : " marked as left\n");
    return 0;
}

int purge(const Args& a) {
    Store store(db_path(a));
    const int months = a.int_value("months", store.retention_months(), 1, 1200);
    const int n = admin::purge_inactive(store, today_utc(), months);
    std::cout << "erased " << n << " people whose last activity is older than " << months << " months\n";
    return 0;
}

}  // namespace

void register_person_commands(Registry& r) {
    r.add({"person find", "NAME", "Find people by (part of) their name", "", {}, find});
    r.add({"person export", "ID|NAME", "Everything stored about one person, as JSON (right of access)",
           "With --dir, written as the admin screen writes it: person-<id>-<date>.json, mode 600.",
           {{"dir", "DIR", "write the file into DIR instead of printing it"}}, export_person});
    r.add({"person erase", "ID", "Remove a person's personal data (right of erasure)",
           "Their completions stay only as anonymous statistics, so counts per venue, module and month\n"
           "remain correct. Asks for confirmation unless --yes is given.",
           {{"yes", "", "do not ask for confirmation"}, kContentOption}, erase});
    r.add({"person left", "ID", "Mark a person as having left the venue (no longer counted as staff)", "",
           {{"undo", "", "mark the person as active again"}, kContentOption}, left});
    r.add({"retention purge", "", "Erase people whose last activity is older than the retention period",
           "The period is the setting retention_months (default 36). The kiosk also runs this at start.",
           {{"months", "N", "override the retention period"}}, purge});
}

}  // namespace signaal::cli
