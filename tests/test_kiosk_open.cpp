// The kiosk's start against databases it must not use: each gives the error screen's path and
// reason (prepare_kiosk's store_error, which main shows) and leaves the file byte for byte.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <functional>
#include <iterator>

#include "boot/prepare.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;
namespace fs = std::filesystem;

namespace {

std::string bytes_of(const fs::path& f) {
    std::ifstream in(f, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

void write_bytes(const fs::path& f, const std::string& b) { std::ofstream(f, std::ios::binary) << b; }

}  // namespace

TEST_CASE("kiosk start: a read-only, truncated, random, foreign, folder or damaged database shows the error, untouched") {
    test::TempDir dir;
    const fs::path good = dir.path() / "good.db";
    {
        Store s(good);
        const auto v = s.add_venue("Hotel A", "hotel");
        for (int i = 0; i < 200; ++i) s.add_person("Person " + std::to_string(i), "", v, "nl");
    }
    const std::string sound = bytes_of(good);
    REQUIRE(sound.size() > 5 * 4096);
    std::string random(65536, '\0');
    for (size_t i = 0; i < random.size(); ++i) random[i] = static_cast<char>((i * 2654435761u) >> 13);
    std::string damaged = sound;
    for (size_t i = 2 * 4096 + 2048; i < 3 * 4096 + 2048; ++i) damaged[i] = static_cast<char>(i * 31);

    struct Case { const char* kind; std::function<void(const fs::path&)> make; };
    const std::vector<Case> cases = {
        {"read-only", [&](const fs::path& f) { write_bytes(f, sound); fs::permissions(f, fs::perms::owner_read | fs::perms::group_read); }},
        {"truncated", [&](const fs::path& f) { write_bytes(f, sound.substr(0, sound.size() / 2 + 1000)); }},
        {"random", [&](const fs::path& f) { write_bytes(f, random); }},
        {"not SQLite", [&](const fs::path& f) { write_bytes(f, std::string(20000, 'x')); }},
        {"folder", [&](const fs::path& f) { fs::create_directory(f); }},
        {"mid-page damage", [&](const fs::path& f) { write_bytes(f, damaged); }},
    };
    for (const auto& c : cases) {
        INFO(c.kind);
        const fs::path db = dir.path() / (std::string(c.kind) + ".db");
        c.make(db);
        const std::string before = fs::is_directory(db) ? "" : bytes_of(db);
        KioskOptions o;
        o.db = db;
        o.content = SIGNAAL_TEST_CONTENT_DIR;
        ImFontAtlas fonts;
        Prepared p = prepare_kiosk(o, 1080, fonts);
        REQUIRE(p.catalog);
        CHECK_FALSE(p.store);
        REQUIRE(p.store_error);
        CHECK(p.store_error->path() == db.string());
        CHECK_FALSE(p.store_error->reason().empty());
        if (fs::is_directory(db)) CHECK(fs::is_empty(db));
        else CHECK(bytes_of(db) == before);
        CHECK_FALSE(fs::exists(db.string() + "-wal"));
    }
}
