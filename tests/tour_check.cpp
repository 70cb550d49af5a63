// Checks a screenshot tour: the content offers the ten shipped languages, every language of the
// content has a PNG of every screen, and none is missing or blank (a single colour).
#include <stb_image.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "content_loader.hpp"
#include "demo/tour.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: signaal_tour_check TOUR_DIR CONTENT_DIR\n";
        return 64;
    }
    const fs::path dir = argv[1];
    const auto content = signaal::load_content(argv[2], {});
    if (content.catalog.languages.empty()) {
        std::cerr << "tour-check: no languages in " << argv[2] << "\n";
        return 1;
    }
    std::vector<std::string> screens = {"attract", "language", "identify", "modules", "admin-pin", "idle"};
    if (!content.catalog.modules.empty())
        for (const char* s : {"lesson-01", "quiz-01", "result-pass", "result-fail", "certificate", "admin-home", "admin-person",
                              "admin-erase-confirm", "admin-person-export", "admin-settings", "admin-venue-route",
                              // "Where to report here" without and with the venue's contact person (issue 15); the
                              // certificates are PDFs rendered by run_tour.sh.
                              "-route-card", "certificate-pdf", "route-contact-lesson", "route-contact-result",
                              "route-contact-certificate-pdf"})
            screens.push_back(s);
    // Every question type of the content on screen somewhere (the walk makes more attempts where a
    // pool draws only some types).
    for (const auto& m : content.catalog.modules)
        for (const auto& q : m.questions) screens.push_back(std::string("-") + signaal::to_string(q.type));

    // Every picture question before, while marking and in the review (issue 19).
    for (const auto& m : content.catalog.modules)
        for (const auto& q : m.questions)
            if (!q.regions.empty())
                for (const char* step : {"-1-before", "-2-during", "-3-review"})
                    screens.push_back("spot-" + m.id + "-" + q.id + step);

    std::ifstream manifest(dir / "tour-manifest.txt");
    if (!manifest) {
        std::cerr << "tour-check: " << (dir / "tour-manifest.txt").string() << " is missing\n";
        return 1;
    }
    std::vector<std::string> files;
    for (std::string line; std::getline(manifest, line);)
        if (!line.empty()) files.push_back(line);
    int problems = 0;
    for (const auto& f : files) {
        int w = 0, h = 0, n = 0;
        unsigned char* px = stbi_load((dir / f).c_str(), &w, &h, &n, 4);
        if (!px) {
            std::cerr << "tour-check: " << f << " is missing or unreadable\n";
            ++problems;
            continue;
        }
        bool one_colour = true;
        for (size_t i = 4; i < static_cast<size_t>(w) * static_cast<size_t>(h) * 4 && one_colour; i += 4)
            one_colour = px[i] == px[0] && px[i + 1] == px[1] && px[i + 2] == px[2];
        stbi_image_free(px);
        if (one_colour) {
            std::cerr << "tour-check: " << f << " is blank\n";
            ++problems;
        }
    }
    // The ten languages the kiosk ships (issue 16): a content that lost one fails here, not in
    // a review of the screenshots.
    for (const char* code : {"nl", "en", "pl", "ro", "bg", "uk", "hu", "lt", "pt", "zh-Hans"})
        if (!content.catalog.offers(code)) {
            std::cerr << "tour-check: the content does not offer " << code << "\n";
            ++problems;
        }
    for (const auto& lang : content.catalog.languages)
        for (const auto& s : screens) {
            bool found = false;
            for (const auto& f : files)
                found = found || (f.rfind(lang.code + "-", 0) == 0 && f.find(s) != std::string::npos);
            if (!found) {
                std::cerr << "tour-check: no screenshot of '" << s << "' in " << lang.code << "\n";
                ++problems;
            }
        }
    // The larger text (A+), walked at 1280x800 only: every learner screen in each of its languages.
    const bool large_walk = std::any_of(files.begin(), files.end(), [](const std::string& f) { return f.rfind("aplus-", 0) == 0; });
    if (large_walk)
        for (const char* code : signaal::kLargeTextLanguages) {
            if (!content.catalog.offers(code)) continue;
            for (const char* s : {"language", "identify", "modules", "lesson-01", "quiz-01", "result-pass", "result-fail", "certificate"}) {
                bool found = false;
                for (const auto& f : files) found = found || (f.rfind(std::string("aplus-") + code + "-", 0) == 0 && f.find(s) != std::string::npos);
                if (!found) {
                    std::cerr << "tour-check: no A+ screenshot of '" << s << "' in " << code << "\n";
                    ++problems;
                }
            }
        }
    std::cout << "tour-check: " << files.size() << " screenshots, " << problems << " problem(s)\n";
    return problems ? 1 : 0;
}
