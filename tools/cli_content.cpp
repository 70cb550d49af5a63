// signaal content ...: checking training content before it reaches a kiosk.
#include <iostream>

#include "cli.hpp"
#include "content_loader.hpp"

namespace signaal::cli {
namespace {

int check(const Args& a) {
    const std::filesystem::path dir = a.positional().empty() ? content_dir(a) : std::filesystem::path(a.positional()[0]);
    if (a.positional().size() > 1) throw UsageError("give one content folder");
    if (!std::filesystem::is_directory(dir)) {
        std::cerr << dir.string() << ": not a folder\n";
        return 1;
    }
    LoadOptions o;
    o.icon_dir = default_icon_dir(dir);
    o.strict = a.flag("strict");
    const LoadResult r = load_content(dir, o);
    std::cout << format(r.problems);
    size_t pages = 0, questions = 0;
    for (const auto& m : r.catalog.modules) {
        pages += m.pages.size();
        questions += m.questions.size();
    }
    if (!r.ok()) {
        std::cout << r.problems.size() << " problem(s); " << r.broken_modules.size() << " module(s) cannot be used\n";
        return 1;
    }
    std::cout << "ok: " << r.catalog.modules.size() << " modules, " << pages << " pages, " << questions
              << " questions in " << r.catalog.languages.size() << " languages\n";
    return 0;
}

}  // namespace

void register_content_commands(Registry& r) {
    r.add({"content check", "[DIR]", "Check training content; print file:line: message for every problem",
           "Exits 0 when the content is valid, 1 when it has problems. DIR defaults to the bundled content.\n"
           "--strict also applies the editorial rules for shipped modules (6-12 pages, at least 12\n"
           "questions of at least 4 types, a third of them scenarios, sources listed).",
           {kContentOption, {"strict", "", "apply the editorial rules for shipped modules"}},
           check});
}

}  // namespace signaal::cli
