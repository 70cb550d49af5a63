#include "boot/options.hpp"

#include <cstdio>
#include <cstdlib>

#include "admin/kiosk_config.hpp"
#include "paths.hpp"

namespace signaal {

const char* const kUsage =
    "usage: signaal-kiosk [--db PATH] [--content DIR] [--config FILE] [--windowed WxH] [--skip-invalid] [--demo]\n"
    "                     [--tour DIR] [--tour-size WxH]\n"
    "                     [--bench-startup] [--bench-idle S] [--version]\n"
    "  --db PATH        database (default: ~/.local/share/signaal/signaal.db)\n"
    "  --content DIR    training content (default: the bundled content)\n"
    "  --config FILE    the terminal's settings (default: /etc/signaal/kiosk.toml when it exists);\n"
    "                   they replace the admin screen's values of the same settings at every start\n"
    "  --windowed WxH   a window of this size instead of full screen\n"
    "  --skip-invalid   start without modules that fail the content check\n"
    "  --demo           with no venues in the database, add demo venues and people\n"
    "  --tour DIR       save a PNG of every screen in every language to DIR, then exit\n"
    "  --tour-size WxH  size of the tour's screenshots (default 1920x1080)\n"
    "  --bench-startup  print the time to the first frame, then exit (used by signaal-bench)\n"
    "  --bench-idle S   after the first frame stay idle S seconds, print CPU and memory, exit\n"
    "  --version        print the version and exit\n";

namespace {
bool parse_size(const std::string& s, int& w, int& h) {
    char x = 0;
    int a = 0, b = 0;
    if (std::sscanf(s.c_str(), "%d%c%d", &a, &x, &b) != 3 || (x != 'x' && x != 'X') || a < 320 || b < 240 ||
        a > 16384 || b > 16384)
        return false;
    w = a;
    h = b;
    return true;
}
}  // namespace

std::optional<KioskOptions> parse_options(int argc, char** argv, std::string& error) {
    KioskOptions o;
    o.db = default_db_path();
    o.content = default_content_dir();
    o.config = admin::default_config_path();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= argc) {
                error = a + " needs a value";
                return std::nullopt;
            }
            return std::string(argv[++i]);
        };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--skip-invalid") o.skip_invalid = true;
        else if (a == "--demo") o.demo = true;
        else if (a == "--bench-startup") o.bench_startup = true;
        else if (a == "--bench-idle") {
            auto v = value();
            if (!v) return std::nullopt;
            char* end = nullptr;
            const double s = std::strtod(v->c_str(), &end);
            if (end == v->c_str() || *end || s < 0.5 || s > 3600) {
                error = "--bench-idle needs seconds between 0.5 and 3600";
                return std::nullopt;
            }
            o.bench_idle = s;
        }
        else if (a == "--db" || a == "--content" || a == "--config" || a == "--tour" || a == "--windowed" || a == "--tour-size") {
            auto v = value();
            if (!v) return std::nullopt;
            if (a == "--db") o.db = *v;
            else if (a == "--content") o.content = *v;
            else if (a == "--config") {
                o.config = *v;
                o.config_given = true;
            }
            else if (a == "--tour") o.tour = *v;
            else if (a == "--windowed") {
                o.windowed = true;
                if (!parse_size(*v, o.width, o.height)) {
                    error = "--windowed needs a size such as 1280x800";
                    return std::nullopt;
                }
            } else if (!parse_size(*v, o.tour_width, o.tour_height)) {
                error = "--tour-size needs a size such as 1280x800";
                return std::nullopt;
            }
        } else {
            error = "unknown option " + a;
            return std::nullopt;
        }
    }
    return o;
}

}  // namespace signaal
