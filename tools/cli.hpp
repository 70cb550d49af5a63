#pragma once
// The `signaal` command line: a registry of subcommands, each with its own options and help.
// Command files (cli_<group>.cpp) register their commands; cli_main.cpp dispatches.
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace signaal::cli {

struct Option {
    std::string name;        // without the leading "--"
    std::string value_name;  // empty for a flag
    std::string help;
};

class Args {
public:
    const std::vector<std::string>& positional() const { return positional_; }
    bool flag(const std::string& name) const { return values_.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::string value_or(const std::string& name, const std::string& fallback) const;
    int int_value(const std::string& name, int fallback, int lo, int hi) const;  // throws UsageError

private:
    friend Args parse_args(const struct Command&, const std::vector<std::string>&);
    std::vector<std::string> positional_;
    std::map<std::string, std::string> values_;
};

// A mistake in how the command was called: printed with the command's usage, exit 64.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Command {
    std::string path;     // "content check"
    std::string args;     // "[DIR]", shown in usage
    std::string summary;  // one line for the command list
    std::string help;     // more lines for `--help`
    std::vector<Option> options;
    std::function<int(const Args&)> run;
};

class Registry {
public:
    void add(Command c);
    const std::vector<Command>& commands() const { return commands_; }

private:
    std::vector<Command> commands_;
};

Args parse_args(const Command& c, const std::vector<std::string>& words);
std::string usage(const Command& c);

// Options every command takes.
inline const Option kDbOption{"db", "PATH", "database file (default: $XDG_DATA_HOME/signaal/signaal.db)"};
inline const Option kContentOption{"content", "DIR", "content folder (default: the bundled content)"};

// --key-dir: the folder of the signing key, for commands that sign (defined in cli_verify.cpp).
extern const Option kKeyDirOption;
std::filesystem::path signing_key_dir(const Args& a);  // --key-dir, else $XDG_DATA_HOME/signaal/keys

// The database named by --db, or the default one.
std::filesystem::path db_path(const Args& a);
// The content folder: the first positional argument if given_positionally, else --content, else the default.
std::filesystem::path content_dir(const Args& a);

// Each command group registers itself here.
void register_content_commands(Registry& r);
void register_demo_commands(Registry& r);
void register_venue_commands(Registry& r);
void register_route_commands(Registry& r);  // cli_route.cpp: the local reporting route
void register_report_commands(Registry& r);
void register_person_commands(Registry& r);
void register_db_commands(Registry& r);
void register_sync_commands(Registry& r);     // cli_sync.cpp: fleet upload
void register_central_commands(Registry& r);  // cli_central.cpp: the central database
void register_venue_status_commands(Registry& r);
void register_cert_issue_commands(Registry& r);
void register_cert_commands(Registry& r);
void register_verify_commands(Registry& r);  // cli_verify.cpp: verification page, revocation, badges
void register_staff_commands(Registry& r);    // cli_staff.cpp: staff list import
void register_settings_commands(Registry& r); // cli_settings.cpp: stored settings

}  // namespace signaal::cli
