// Erasure that erases: after `person erase` (or a retention purge) nothing of the person's name,
// employee number or answers is left in the database file, its WAL, or the kiosk's data folder.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "erasure.hpp"
#include "issuer.hpp"
#include "names.hpp"
#include "store/outbox.hpp"
#include "store/store.hpp"
#include "support/attempt_fixture.hpp"
#include "support/catalog_fixture.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;
namespace fs = std::filesystem;

namespace {

const std::string kName = "Zofia Wiśniewska-Kowalczyk", kNumber = "EMP-77123", kAnswer = "choice-zq9";

// Every file under dir whose bytes contain any of needles, as "file: needle".
std::vector<std::string> hits(const fs::path& dir, const std::vector<std::string>& needles) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), {});
        for (const auto& n : needles)
            if (bytes.find(n) != std::string::npos) out.push_back(e.path().string() + ": " + n);
    }
    return out;
}

struct Kiosk {
    test::TempDir dir;
    Catalog catalog = test::fixture_catalog();
    PersonalFiles files{dir.path() / "certificates", dir.path() / "exports"};
    std::unique_ptr<Store> store = std::make_unique<Store>(dir.path() / "signaal.db");
    certs::Issuer issuer{*store, catalog, {dir.path() / "keys", files.certificate_dir}};
    std::int64_t venue = store->add_venue("Hotel Zee", "hotel");

    // A passed attempt with answers and an employee number, and its certificate PDF.
    std::string certified(const std::string& name) {
        AttemptRecord r = test::passed_attempt(name, venue, "demo");
        r.employee_number = name == kName ? kNumber : "E1";
        r.answers = {{"q1", name == kName ? kAnswer : "a", true}, {"q2", "b", true}};
        const auto issued = store->record_attempt(r, today_utc());
        REQUIRE(issued);
        issuer.issue(issued->serial);
        return issued->serial;
    }
    std::vector<std::string> traces() {
        return hits(dir.path(), {kName, names::match_key(kName), kNumber, kAnswer, "Zofia"});
    }
};

}  // namespace

TEST_CASE("erasure leaves no trace of the name in the database, its WAL or the data folder") {
    Kiosk k;
    k.store->set_setting("central_url", "postgresql://kiosk@central/signaal");
    start_outbox(*k.store);
    const std::string first = k.certified(kName);
    mark_outbox_sent(*k.store, unsent_outbox(*k.store, 1000).back().seq);  // sent entries are kept a while
    const std::string second = k.certified(kName);                        // and these wait
    const std::string other = k.certified("Jan Smit");
    const auto id = *k.store->find_person(kName, kNumber, k.venue);
    fs::create_directories(k.files.export_dir);
    std::ofstream(k.files.export_dir / ("person-" + std::to_string(id) + "-2026-11-23.json")) << k.store->export_person_json(id);
    REQUIRE(fs::exists(k.files.certificate_dir / (first + ".pdf")));
    REQUIRE(!k.traces().empty());  // the search finds what is there
    REQUIRE(outbox_status(*k.store).unsent > 0);

    const auto r = erase_person_everywhere(*k.store, id, k.files, "person " + std::to_string(id));
    CHECK(r.erased);
    CHECK(r.files_removed == 3);  // two certificates and the export
    CHECK(r.problems.empty());
    CHECK_FALSE(fs::exists(k.files.certificate_dir / (first + ".pdf")));
    CHECK_FALSE(fs::exists(k.files.certificate_dir / (second + ".pdf")));
    CHECK(fs::exists(k.files.certificate_dir / (other + ".pdf")));  // nobody else's
    CHECK(k.traces() == std::vector<std::string>{});  // with the kiosk still running: database, WAL and folder
    // The centre still learns of it: the erased state waits in the outbox.
    bool queued = false;
    for (const auto& e : unsent_outbox(*k.store, 1000))
        queued |= e.table == "people" && e.payload.find("\"erased_at\":null") == std::string::npos;
    CHECK(queued);
    CHECK(k.store->completion_counts().size() == 1);  // statistics stay
    k.store.reset();
    CHECK(k.traces() == std::vector<std::string>{});
}

TEST_CASE("a retention purge leaves no trace either") {
    Kiosk k;
    const std::string serial = k.certified(kName);
    k.certified("Jan Smit");
    const auto r = purge_inactive_everywhere(*k.store, add_months(today_utc(), 48), 36, k.files);
    CHECK(r.people == 2);
    CHECK(r.files_removed == 2);
    CHECK_FALSE(fs::exists(k.files.certificate_dir / (serial + ".pdf")));
    CHECK(k.traces() == std::vector<std::string>{});
    CHECK(hits(k.dir.path(), {"Jan Smit"}).empty());
}

TEST_CASE("an export of another database's person with the same id is not removed") {
    Kiosk k;
    k.certified(kName);
    const auto id = *k.store->find_person(kName, kNumber, k.venue);
    fs::create_directories(k.files.export_dir);
    const auto foreign = k.files.export_dir / ("person-" + std::to_string(id) + "-2026-01-01.json");
    std::ofstream(foreign) << R"({"person": {"id": 1, "uid": "0123456789abcdef0123456789abcdef"}})";
    erase_person_everywhere(*k.store, id, k.files);
    CHECK(fs::exists(foreign));
}
