#pragma once
// signaal-kiosk's command line.
#include <filesystem>
#include <optional>
#include <string>

namespace signaal {

struct KioskOptions {
    std::filesystem::path db;
    std::filesystem::path content;
    std::filesystem::path config;  // the terminal's configuration file; empty: none
    bool config_given = false;     // --config: the file must exist
    bool windowed = false;
    int width = 1920, height = 1080;
    bool skip_invalid = false;
    bool demo = false;
    std::optional<std::filesystem::path> tour;
    int tour_width = 1920, tour_height = 1080;
    bool help = false;
    bool version = false;
    bool bench_startup = false;         // print time to the first frame, then exit
    std::optional<double> bench_idle;   // seconds to stay idle after it, then print CPU and memory
};

// Parses argv; on a usage error returns nullopt and sets error.
std::optional<KioskOptions> parse_options(int argc, char** argv, std::string& error);
extern const char* const kUsage;

}  // namespace signaal
