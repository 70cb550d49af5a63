// signaal staff import: a venue's staff list from a CSV file that Excel or an HR system wrote.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.hpp"
#include "content_loader.hpp"
#include "flow.hpp"
#include "admin/staff_import.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

// The whole file; files larger than this are not staff lists.
constexpr std::uintmax_t kMaxBytes = 16 * 1024 * 1024;

std::string describe(const staff::Change& c) {
    std::string who = c.name;
    if (!c.employee_number.empty()) who += " (" + c.employee_number + ")";
    std::string out = std::string(staff::kind_name(c.kind));
    out.resize(8, ' ');
    out += who;
    if (c.kind == staff::Change::Kind::Add) out += ", language " + c.language;
    if (!c.was.empty()) out += ": " + c.was;
    return out;
}

int import(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the CSV file");
    const std::filesystem::path file = a.positional()[0];
    const auto venue_name = a.value("venue");
    if (!venue_name) throw UsageError("--venue is required");
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        std::cerr << file.string() << ": cannot read: " << ec.message() << "\n";
        return 1;
    }
    if (size > kMaxBytes) {
        std::cerr << file.string() << ": " << size << " bytes is too large for a staff list\n";
        return 1;
    }
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        std::cerr << file.string() << ": cannot read\n";
        return 1;
    }

    const auto catalog = load_content(content_dir(a), {}).catalog;
    std::vector<std::string> languages;
    for (const auto& l : catalog.languages) languages.push_back(l.code);
    if (languages.empty()) {
        std::cerr << "no languages in the content at " << content_dir(a).string() << "\n";
        return 1;
    }
    Store store(db_path(a));
    const auto venue = store.venue_by_name(*venue_name);
    if (!venue) {
        std::cerr << "no venue named '" << *venue_name << "' (signaal venue list shows them)\n";
        return 1;
    }

    const auto list = staff::read_csv(bytes.str(), languages, FlowConfig{}.max_name_length);
    const std::string delimiter = list.delimiter == '\t' ? "tab" : std::string("'") + list.delimiter + "'";
    std::cout << file.string() << ": " << list.encoding << ", " << delimiter << " between cells, "
              << list.rows.size() << " people";
    if (!list.ignored_columns.empty()) {
        std::cout << " (ignored columns:";
        for (const auto& c : list.ignored_columns) std::cout << " '" << c << "'";
        std::cout << ")";
    }
    std::cout << "\n";
    const auto plan = staff::plan_import(store, venue->id, list, a.flag("mark-missing-left"), languages.front());
    bool errors = false;
    for (const auto* problems : {&list.problems, &plan.problems})
        for (const auto& p : *problems) {
            std::cerr << file.string() << (p.line ? ":" + std::to_string(p.line) : "") << ": "
                      << (p.error ? "" : "warning: ") << p.message << "\n";
            errors = errors || p.error;
        }
    if (errors) {
        // Nothing is half imported: a bad row could otherwise mark someone as left by mistake.
        std::cerr << "nothing was imported: correct the lines above and run it again\n";
        return 1;
    }
    int counts[4] = {0, 0, 0, 0};
    for (const auto& c : plan.changes) {
        std::cout << "  " << describe(c) << (c.line ? "  (line " + std::to_string(c.line) + ")" : "") << "\n";
        ++counts[static_cast<int>(c.kind)];
    }
    std::cout << counts[0] << " to add, " << counts[1] << " to update, " << counts[2] << " back from leave, "
              << counts[3] << " to mark as left, " << plan.unchanged << " unchanged at " << venue->name << "\n";
    if (a.flag("dry-run")) {
        std::cout << "dry run: nothing was changed\n";
        return 0;
    }
    if (plan.changes.empty()) {
        std::cout << "nothing to change\n";
        return 0;
    }
    staff::apply(store, plan, file.filename().string() + " at " + venue->name);
    std::cout << "imported\n";
    return 0;
}

}  // namespace

void register_staff_commands(Registry& r) {
    r.add({"staff import", "FILE", "Register a venue's staff from a CSV list (Excel, HR system)",
           "The first row names the columns: name (or first name, tussenvoegsel, last name), employee\n"
           "number and language, in Dutch or English; other columns are ignored. Cells may be separated\n"
           "by ',' ';' or tabs, in UTF-8 (with or without BOM), Windows-1252 or UTF-16. People are\n"
           "matched by employee number, else by name; importing the same list again changes nothing.\n"
           "If any row is wrong, nothing is imported and every wrong line is listed.",
           {kContentOption,
            {"venue", "NAME", "the venue these staff work at (required)"},
            {"dry-run", "", "show what would change, change nothing"},
            {"mark-missing-left", "", "mark active staff of the venue who are not on the list as left"}},
           import});
}

}  // namespace signaal::cli
