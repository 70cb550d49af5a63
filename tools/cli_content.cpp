// signaal content ...: checking training content before it reaches a kiosk.
#include <iomanip>
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
    // The measured figures, so an author sees how close a module is to each limit.
    for (const auto& [id, figures] : r.style) {
        std::cout << id << ":";
        for (const auto& f : figures) {
            std::cout << " " << f.lang << " right-longest " << f.right_longest << "/" << f.counted;
            if (f.sentences) std::cout << ", " << std::fixed << std::setprecision(1) << f.average_words << " words/sentence";
            std::cout << ";";
        }
        std::cout << "\n";
    }
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
           "--strict also applies the editorial rules for shipped modules (6-14 pages, at least 12\n"
           "questions of at least 4 types, a third of them scenarios, sources listed, a topic per\n"
           "question) and the quiz and plain-language rules, per language: the right choice the\n"
           "longest in at most 40% of single and scenario questions; no choice more than twice as\n"
           "long as the shortest of its question; numbers and ages as digits; lesson sentences in\n"
           "nl and en at most 15 words on average. It prints the measured figures per module.",
           {kContentOption, {"strict", "", "apply the editorial rules for shipped modules"}},
           check});
}

}  // namespace signaal::cli
