// signaal: the command-line tool for venue managers and content authors.
#include <cstdio>
#include <iostream>

#include "cli.hpp"
#include "installed.hpp"
#include "store/store.hpp"

using namespace signaal::cli;

namespace {

void print_overview(const Registry& r) {
    std::cout << "usage: signaal COMMAND [options]\n\nCommands:\n";
    for (const auto& c : r.commands()) {
        std::string left = "  " + c.path;
        if (left.size() < 26) left.resize(26, ' ');
        else left += "  ";
        std::cout << left << c.summary << "\n";
    }
    std::cout << "\n`signaal COMMAND --help` shows a command's options. Every command takes --db PATH.\n"
                 "`signaal --version` shows the version.\n";
}

// The command whose words start the argument list, taking the longest match.
const Command* find(const Registry& r, const std::vector<std::string>& words, size_t& used) {
    const Command* best = nullptr;
    for (const auto& c : r.commands()) {
        std::vector<std::string> path;
        for (size_t s = 0, e; s <= c.path.size(); s = e + 1) {
            e = c.path.find(' ', s);
            if (e == std::string::npos) e = c.path.size();
            path.push_back(c.path.substr(s, e - s));
        }
        if (path.size() > words.size() || (best && path.size() <= used)) continue;
        if (std::equal(path.begin(), path.end(), words.begin())) {
            best = &c;
            used = path.size();
        }
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    Registry r;
    register_content_commands(r);
    register_demo_commands(r);
    register_venue_commands(r);
    register_route_commands(r);
    register_report_commands(r);
    register_person_commands(r);
    register_db_commands(r);
    register_sync_commands(r);
    register_central_commands(r);
    register_venue_status_commands(r);
    register_cert_issue_commands(r);
    register_cert_commands(r);
    register_verify_commands(r);
    register_staff_commands(r);
    register_settings_commands(r);

    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        print_overview(r);
        return words.empty() ? 64 : 0;
    }
    if (words[0] == "--version") {
        std::cout << "signaal " << signaal::version() << "\n";
        return 0;
    }
    size_t used = 0;
    const Command* c = find(r, words, used);
    if (!c) {
        std::cerr << "signaal: unknown command '" << words[0] << (words.size() > 1 ? " " + words[1] : "")
                  << "'\n\n";
        print_overview(r);
        return 64;
    }
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(used));
    if (std::find(words.begin(), words.end(), "--help") != words.end() ||
        std::find(words.begin(), words.end(), "-h") != words.end()) {
        std::cout << usage(*c);
        return 0;
    }
    try {
        return c->run(parse_args(*c, words));
    } catch (const UsageError& e) {
        std::cerr << "signaal " << c->path << ": " << e.what() << "\n\n" << usage(*c);
        return 64;
    } catch (const signaal::StoreError& e) {
        std::cerr << "signaal " << c->path << ": database " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        // Keys, PDFs, printing: failures a manager can fix, reported with what failed.
        std::cerr << "signaal " << c->path << ": " << e.what() << "\n";
        return 1;
    }
}
