// The admin area: its model over a fresh :memory: store with seeded people, and the real admin
// screens driven by taps in a headless ImGui context.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "admin/admin_model.hpp"
#include "admin/names.hpp"
#include "admin/pin_pad.hpp"
#include "admin/settings.hpp"
#include "admin/staff.hpp"
#include "admin/venues.hpp"
#include "app/admin_session.hpp"
#include "app/kiosk_app.hpp"
#include "atomic_file.hpp"
#include "paths.hpp"
#include "shell/frame.hpp"
#include "support/attempt_fixture.hpp"
#include "support/catalog_fixture.hpp"
#include "support/content_fixture.hpp"
#include "support/ui_driver.hpp"
#include "ui/widgets.hpp"

using namespace signaal;

namespace {

const Date kToday = *parse_iso_date("2026-11-23");

// Passes the demo module for name at venue on day (valid 12 months from then).
void pass(Store& st, const std::string& name, std::int64_t venue, const std::string& day) {
    AttemptRecord r = test::passed_attempt(name, venue, "demo");
    r.seed = std::hash<std::string>{}(name + day);
    r.correct = r.total = 5;  // the fixture's demo module has five questions
    REQUIRE(st.record_attempt(r, *parse_iso_date(day)));
}

struct Seeded {
    std::int64_t zee = 0, duin = 0;
    std::int64_t anna = 0, bram = 0, cees = 0, dirk = 0;
};

// Zee: Anna valid, Bram expiring, Cees expired, Dirk never. Duin: Eva valid.
Seeded seed(Store& st) {
    Seeded s;
    s.zee = st.add_venue("Hotel Zee", "hotel");
    s.duin = st.add_venue("Hotel Duin", "hotel");
    pass(st, "Anna Jansen", s.zee, "2026-10-01");
    pass(st, "Bram de Vries", s.zee, "2025-12-10");
    pass(st, "Cees Bakker", s.zee, "2025-06-01");
    s.dirk = st.add_person("Dirk Smit", "", s.zee, "nl");
    pass(st, "Eva Mulder", s.duin, "2026-09-01");
    s.anna = *st.find_person("Anna Jansen", "", s.zee);
    s.bram = *st.find_person("Bram de Vries", "", s.zee);
    s.cees = *st.find_person("Cees Bakker", "", s.zee);
    return s;
}

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int audit_count(Store& st, const std::string& action) {
    int n = 0;
    for (const auto& r : st.audit_log(1000)) n += r.action == action;
    return n;
}

// A folder that cannot be made, whoever runs the test (root too): its parent is a file.
std::filesystem::path unmakeable_folder(const test::TempDir& dir) {
    std::ofstream(dir.path() / "a-file") << "x";
    return dir.path() / "a-file" / "exports";
}

admin::Status status_of(const std::vector<admin::PersonListRow>& rows, const std::string& name) {
    for (const auto& r : rows)
        if (r.name == name) return r.status;
    FAIL("no row for " << name);
    return admin::Status::Never;
}

}  // namespace

// [section] Model -------------------------------------------------------------------------------

TEST_CASE("Admin model: status per person over the venue's required modules", "[admin][model]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    const Seeded s = seed(st);
    const auto all = admin::people_list(st, c, {}, kToday);
    REQUIRE(all.size() == 5);
    CHECK(status_of(all, "Anna Jansen") == admin::Status::Valid);
    CHECK(status_of(all, "Bram de Vries") == admin::Status::Expiring);
    CHECK(status_of(all, "Cees Bakker") == admin::Status::Expired);
    CHECK(status_of(all, "Dirk Smit") == admin::Status::Never);

    admin::PeopleFilter f;
    f.status = admin::Status::Expiring;
    const auto expiring = admin::people_list(st, c, f, kToday);
    REQUIRE(expiring.size() == 1);
    CHECK(expiring[0].name == "Bram de Vries");
    CHECK(expiring[0].valid_until == "2026-12-10");

    f = {};
    f.venue_id = s.duin;
    const auto duin = admin::people_list(st, c, f, kToday);
    REQUIRE(duin.size() == 1);
    CHECK(duin[0].name == "Eva Mulder");

    f = {};
    f.search = "  bAkK ";
    CHECK(admin::people_list(st, c, f, kToday).size() == 1);

    f = {};
    f.module_id = "no-such-module";
    for (const auto& r : admin::people_list(st, c, f, kToday)) CHECK(r.status == admin::Status::Never);
}

TEST_CASE("Admin model: person history, mark as left, venue verdicts", "[admin][model]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    const Seeded s = seed(st);
    pass(st, "Cees Bakker", s.zee, "2024-06-01");  // an older certificate too
    const auto d = admin::person_detail(st, c, s.cees, kToday);
    REQUIRE(d);
    CHECK(d->status == admin::Status::Expired);
    REQUIRE(d->history.size() == 2);
    CHECK(d->history[0].completed_on == "2025-06-01");  // newest first
    CHECK(d->history[1].status == admin::Status::Expired);

    // Zee: 2 of 4 active staff valid (Anna, Bram) = 50% < 60%.
    auto rows = admin::venue_rows(st, c, kToday);
    const auto zee = [&] {
        for (const auto& r : rows)
            if (r.venue.id == s.zee) return r;
        FAIL("no Zee");
        return admin::VenueRow{};
    };
    CHECK(zee().staff == 4);
    CHECK(zee().trained == 2);
    CHECK_FALSE(zee().verdict.certified);

    // Dirk and Cees leave: 2 of 2.
    admin::set_left(st, s.dirk, true);
    admin::set_left(st, s.cees, true);
    rows = admin::venue_rows(st, c, kToday);
    CHECK(zee().staff == 2);
    CHECK(zee().verdict.certified);
    CHECK(st.audit_log(1).front().action == "person_left");
    admin::PeopleFilter f;
    f.include_left = false;
    CHECK(admin::people_list(st, c, f, kToday).size() == 3);
}

TEST_CASE("Admin model: settings load with defaults, validate, save changed keys with audit", "[admin][model]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    admin::Settings s = admin::load_settings(st, c);
    CHECK(s.idle_timeout_seconds == 90);
    CHECK(s.venue_threshold == Approx(0.6));
    CHECK(s.languages == std::vector<std::string>{"nl", "en"});
    CHECK(admin::validate(s, c).empty());

    admin::Settings bad = s;
    bad.languages.clear();
    bad.idle_timeout_seconds = 5;
    bad.venue_threshold = 1.5;
    bad.organisation_logo = "/no/such/logo.png";
    const auto problems = admin::validate(bad, c);
    CHECK(problems == std::vector<std::string>{"admin_problem_no_language", "admin_problem_idle", "admin_problem_threshold",
                                               "admin_problem_logo"});

    admin::Settings next = s;
    next.organisation_name = "  Gemeente Utrecht ";
    next.languages = {"en"};
    next.idle_timeout_seconds = 120;
    CHECK(admin::save_settings(st, c, s, next) == 3);
    CHECK(st.setting("organisation_name") == "Gemeente Utrecht");
    CHECK(st.setting("languages_offered") == "en");
    CHECK(st.setting("idle_timeout_seconds") == "120");
    CHECK(st.audit_log(1).front().action == "setting_changed");
    CHECK(admin::offered_languages(st, c).size() == 1);
    CHECK(admin::idle_timeout(st, Millis(1)) == Millis(120'000));
    // Garbage in the store falls back to defaults rather than failing.
    st.set_setting("idle_timeout_seconds", "soon");
    st.set_setting("languages_offered", "xx");
    CHECK(admin::load_settings(st, c).idle_timeout_seconds == 90);
    CHECK(admin::offered_languages(st, c).size() == 2);
}

TEST_CASE("Admin model: venues add, rename, deactivate, required modules, PIN change", "[admin][model]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    CHECK(admin::venue_name_problem("   ") == "admin_problem_venue_empty");
    CHECK(admin::venue_name_problem(std::string(81, 'x')) == "admin_problem_venue_long");
    // The fixture's only module is written for hotels: no other kind has any training here.
    CHECK(admin::add_venue(st, c, "Park Bos", "holiday-park").problem == "admin_problem_venue_kind");
    const auto id = admin::add_venue(st, c, " Park Bos ", "hotel").id;
    REQUIRE(id != 0);
    CHECK(st.venue(id)->name == "Park Bos");
    CHECK(admin::add_venue(st, c, "Park Bos", "hotel").problem == "admin_problem_venue_taken");
    CHECK(admin::rename_venue(st, id, "Vakantiepark Bos").ok());
    CHECK(st.venue(id)->name == "Vakantiepark Bos");
    CHECK(admin::set_venue_active(st, id, false).ok());
    CHECK(st.venues().empty());
    CHECK(st.venues(true).size() == 1);
    CHECK(admin::set_required(st, c, id, {}).problem == "admin_problem_required_empty");
    CHECK(admin::set_required(st, c, id, {"no-such-module"}).problem == "admin_problem_unknown_module");
    CHECK(admin::set_required(st, c, id, {"demo"}).ok());
    CHECK(required_modules_for(st, c.modules, *st.venue(id)) == std::vector<std::string>{"demo"});
    CHECK_FALSE(admin::change_pin(st, "12"));
    CHECK(admin::change_pin(st, "24680"));
    CHECK(admin::verify_pin(*st.setting("admin_pin_hash"), "24680"));
    CHECK(st.audit_log(1).front().action == "admin_pin_changed");
}

TEST_CASE("Admin model: export writes exactly the person's data, mode 0600, in a 0700 folder", "[admin][model][privacy]") {
    Store st(":memory:");
    const Seeded s = seed(st);
    test::TempDir dir;
    const auto folder = dir.path() / "exports";
    const auto file = admin::export_person(st, s.anna, folder, kToday);
    CHECK(file == folder / ("person-" + std::to_string(s.anna) + "-2026-11-23.json"));
    CHECK(file.filename().string().find("Anna") == std::string::npos);
    CHECK(mode_of(file) == 0600);
    CHECK(mode_of(folder) == 0700);
    const std::string text = read_text(file);
    const auto j = nlohmann::json::parse(text);
    CHECK(j["person"]["full_name"] == "Anna Jansen");
    CHECK(j["person"]["id"] == s.anna);
    CHECK(j["certificates"].size() == 1);
    CHECK(text == st.export_person_json(s.anna) + "\n");
    for (const char* other : {"Bram", "Cees", "Dirk", "Eva", "Hotel Duin"}) {
        INFO(other);
        CHECK(text.find(other) == std::string::npos);
    }
    // Nothing but the file: the temporary one was renamed, not left beside it.
    CHECK(std::distance(std::filesystem::directory_iterator(folder), {}) == 1);
    CHECK(st.audit_log(1).front().action == "person_export");

    // A second export the same day replaces the file, still 0600.
    std::filesystem::permissions(file, std::filesystem::perms::owner_read);
    pass(st, "Anna Jansen", s.zee, "2026-11-01");
    CHECK(admin::export_person(st, s.anna, folder, kToday) == file);
    CHECK(mode_of(file) == 0600);
    CHECK(nlohmann::json::parse(read_text(file))["certificates"].size() == 2);
}

TEST_CASE("Admin model: an export folder that cannot be made names the folder and writes nothing", "[admin][model][privacy]") {
    Store st(":memory:");
    const Seeded s = seed(st);
    test::TempDir dir;
    const auto folder = unmakeable_folder(dir);
    const int exports_before = audit_count(st, "person_export");
    try {
        admin::export_person(st, s.anna, folder, kToday);
        FAIL("no error for " << folder);
    } catch (const FileWriteError& e) {
        CHECK(e.folder() == folder);
        CHECK_FALSE(e.reason().empty());
    }
    CHECK(audit_count(st, "person_export") == exports_before);
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);  // just a-file
}

TEST_CASE("Admin model: erase removes the name, keeps the statistics, audits once", "[admin][model][privacy]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    const Seeded s = seed(st);
    const auto counts = st.completion_counts();
    REQUIRE_FALSE(counts.empty());
    CHECK(admin::erase_person(st, s.anna).ok());
    for (const auto& r : admin::people_list(st, c, {}, kToday)) CHECK(r.name != "Anna Jansen");
    CHECK(admin::people_list(st, c, {}, kToday).size() == 4);
    CHECK(st.find_people("Anna").empty());
    CHECK(st.export_person_json(s.anna).find("Anna") == std::string::npos);
    CHECK_FALSE(admin::person_detail(st, c, s.anna, kToday));
    CHECK(st.completion_counts() == counts);
    CHECK(st.audit_log(1).front().action == "person_erase");
    CHECK(audit_count(st, "person_erase") == 1);
    // Once is enough: a second erase changes nothing and logs nothing.
    CHECK(admin::erase_person(st, s.anna).problem == "admin_person_gone");
    CHECK(admin::erase_person(st, 99999).problem == "admin_person_gone");
    CHECK(audit_count(st, "person_erase") == 1);
}

// [section] Headless screens --------------------------------------------------------------------

namespace {

class Admin : public test::UiDriver {
public:
    explicit Admin(float w = 1920, float h = 1080) : UiDriver(w, h) {
        auto store = std::make_unique<Store>(":memory:");
        ids = seed(*store);
        store->set_setting("admin_pin_hash", admin::hash_pin("2468"));
        start(test::fixture_catalog(), std::move(store), kToday);
    }
    void sign_in() { sign_in_admin("2468"); }
    void open_person(std::int64_t id) {
        tap("admin:go:people");
        tap("admin:person:" + std::to_string(id));
        REQUIRE(session().tab == admin::Tab::Person);
        REQUIRE(session().person);
    }
    const admin::Session& session() const { return shell.admin_session; }

    Seeded ids;
};

}  // namespace

TEST_CASE("Admin screens: PIN opens the home, a tile filters the people list, search narrows it", "[ui][admin]") {
    Admin a;
    a.sign_in();
    REQUIRE(a.has("admin:tile:expired"));
    CHECK(a.session().totals.people == 4 + 1);
    a.tap("admin:tile:expired");
    CHECK(a.session().tab == admin::Tab::People);
    REQUIRE(a.session().people.size() == 1);
    CHECK(a.session().people[0].name == "Cees Bakker");
    a.tap("admin:status:all");
    CHECK(a.session().people.size() == 5);
    a.tap("admin:venue:" + std::to_string(a.ids.duin));
    CHECK(a.session().people.size() == 1);
    a.tap("admin:venue:all");
    // Search with the on-screen keyboard: "br" finds Bram.
    a.tap("admin:search");
    REQUIRE(a.has("key:b"));
    a.tap("key:b");
    a.tap("key:r");
    REQUIRE(a.session().people.size() == 1);
    CHECK(a.session().people[0].name == "Bram de Vries");
    a.tap("admin:kb:done");
    CHECK_FALSE(a.has("key:b"));
    a.tap("admin:search:clear");
    CHECK(a.session().people.size() == 5);
}

TEST_CASE("Admin screens: open a person, reprint says printing is not set up, mark as left", "[ui][admin]") {
    Admin a;
    a.sign_in();
    a.open_person(a.ids.anna);
    REQUIRE(a.session().person->history.size() == 1);
    a.tap("admin:reprint:" + a.session().person->history[0].serial);
    CHECK(a.session().message_key == "admin_print_not_set_up");
    a.tap("admin:person:left");
    CHECK_FALSE(a.app->store().person(a.ids.anna)->active);
    CHECK(a.app->store().audit_log(1).front().action == "person_left");
    CHECK(a.session().message_key == "admin_marked_left");
    REQUIRE(a.has("admin:person:back_on_staff"));
    a.tap("admin:person:back");
    CHECK(a.session().tab == admin::Tab::People);
}

TEST_CASE("Admin screens: Erase asks first, Cancel keeps the person, nothing behind the dialog reacts", "[ui][admin][privacy]") {
    Admin a;
    a.sign_in();
    a.open_person(a.ids.anna);
    CHECK_FALSE(a.has("admin:erase:confirm"));
    a.tap("admin:person:erase");
    REQUIRE(a.has("admin:erase:confirm"));
    REQUIRE(a.has("admin:erase:cancel"));
    CHECK(a.session().confirm_erase == a.ids.anna);
    // The dialog takes every tap: Mark as left under it does nothing.
    a.tap("admin:person:left");
    CHECK(a.app->store().person(a.ids.anna)->active);
    REQUIRE(a.has("admin:erase:cancel"));
    a.tap("admin:erase:cancel");
    CHECK_FALSE(a.has("admin:erase:confirm"));
    CHECK(a.session().tab == admin::Tab::Person);
    const auto p = a.app->store().person(a.ids.anna);
    CHECK_FALSE(p->erased);
    CHECK(p->full_name == "Anna Jansen");
    CHECK(audit_count(a.app->store(), "person_erase") == 0);
}

TEST_CASE("Admin screens: Erase and confirm removes the person from the list, with a message", "[ui][admin][privacy]") {
    Admin a;
    a.sign_in();
    a.open_person(a.ids.anna);
    a.tap("admin:person:erase");
    a.tap("admin:erase:confirm");
    CHECK_FALSE(a.has("admin:erase:confirm"));
    CHECK(a.session().tab == admin::Tab::People);
    CHECK(a.session().message_key == "admin_person_erased");
    CHECK_FALSE(a.session().message_error);
    CHECK(a.session().message_fill == std::vector<std::pair<std::string, std::string>>{{"name", "Anna Jansen"}});
    CHECK(a.session().people.size() == 4);
    CHECK_FALSE(a.has("admin:person:" + std::to_string(a.ids.anna)));
    CHECK(a.has("admin:person:" + std::to_string(a.ids.bram)));
    CHECK(a.app->store().person(a.ids.anna)->erased);
    CHECK(audit_count(a.app->store(), "person_erase") == 1);
}

TEST_CASE("Admin screens: Revoke asks for a reason, then a confirmation, and the row then says revoked, when and why",
          "[ui][admin][certificates]") {
    Admin a;
    a.sign_in();
    a.open_person(a.ids.anna);
    REQUIRE(a.session().person->history.size() == 1);
    const std::string serial = a.session().person->history[0].serial;
    CHECK_FALSE(a.has("admin:revoke:confirm"));
    a.tap("admin:revoke:" + serial);
    REQUIRE(a.has("admin:revoke:confirm"));
    CHECK(a.session().confirm_revoke == serial);
    // No reason yet: the confirm button is there but does nothing.
    a.tap("admin:revoke:confirm");
    CHECK_FALSE(a.app->store().revocation(serial));
    CHECK(a.has("admin:revoke:confirm"));
    // The dialog takes every tap: Reprint under it does nothing.
    a.tap("admin:reprint:" + serial);
    CHECK(a.session().message_key.empty());
    // Cancel keeps the certificate.
    a.tap("admin:revoke:reason:admin_revoke_reason_wrong_person");
    CHECK(a.session().revoke_reason == "admin_revoke_reason_wrong_person");
    a.tap("admin:revoke:cancel");
    CHECK_FALSE(a.has("admin:revoke:confirm"));
    CHECK_FALSE(a.app->store().revocation(serial));
    CHECK(audit_count(a.app->store(), "certificate_revoke") == 0);

    // A reason, then Revoke: stored in the words shown (the admin language's), audited once.
    a.tap("admin:revoke:" + serial);
    CHECK(a.session().revoke_reason.empty());  // asked afresh
    a.tap("admin:revoke:reason:admin_revoke_reason_mistake");
    a.tap("admin:revoke:confirm");
    CHECK_FALSE(a.has("admin:revoke:confirm"));
    const std::string words = a.app->catalog().ui.get(a.app->catalog().languages.front().code, "admin_revoke_reason_mistake");
    const auto r = a.app->store().revocation(serial);
    REQUIRE(r);
    CHECK(r->reason == words);
    CHECK(r->revoked_on == to_iso(kToday));
    CHECK(a.session().message_key == "admin_revoked_done");
    CHECK_FALSE(a.session().message_error);
    REQUIRE(audit_count(a.app->store(), "certificate_revoke") == 1);
    CHECK(a.app->store().audit_log(1).front().detail == serial + ": " + words);
    // The row now shows the revocation instead of Reprint and Revoke.
    REQUIRE(a.session().person->history[0].revoked_on == to_iso(kToday));
    CHECK(a.session().person->history[0].revoke_reason == words);
    CHECK(a.has("admin:revoked:" + serial));
    CHECK_FALSE(a.has("admin:revoke:" + serial));
    CHECK_FALSE(a.has("admin:reprint:" + serial));
}

TEST_CASE("Admin screens: a Revoke intent without its confirmation, or with a reason not offered, revokes nothing",
          "[ui][admin][certificates]") {
    Admin a;
    a.sign_in();
    a.open_person(a.ids.anna);
    const std::string serial = a.session().person->history[0].serial;
    auto& s = a.shell.admin_session;
    admin::apply(s, *a.app, admin::intent::Revoke{serial});
    CHECK_FALSE(a.app->store().revocation(serial));
    admin::apply(s, *a.app, admin::intent::AskRevoke{serial});
    admin::apply(s, *a.app, admin::intent::ChooseRevokeReason{"free text"});
    CHECK(s.revoke_reason.empty());
    admin::apply(s, *a.app, admin::intent::Revoke{serial});
    CHECK_FALSE(a.app->store().revocation(serial));
    // Another certificate's Revoke while this one is being confirmed does nothing either.
    admin::apply(s, *a.app, admin::intent::ChooseRevokeReason{"admin_revoke_reason_on_request"});
    admin::apply(s, *a.app, admin::intent::Revoke{"SG-2026-OTHER"});
    CHECK(audit_count(a.app->store(), "certificate_revoke") == 0);
    admin::apply(s, *a.app, admin::intent::Revoke{serial});
    CHECK(a.app->store().revocation(serial));
}

TEST_CASE("Admin screens: Export writes the file and shows its path, a bad folder gives a message", "[ui][admin][privacy]") {
    Admin a;
    test::TempDir dir;
    a.app->store().set_setting("export_dir", (dir.path() / "usb").string());
    a.sign_in();
    a.open_person(a.ids.bram);
    a.tap("admin:person:export");
    CHECK(a.session().message_key == "admin_exported");
    CHECK_FALSE(a.session().message_error);
    REQUIRE(a.session().message_fill.size() == 1);
    const std::filesystem::path file = a.session().message_fill[0].second;
    CHECK(file.parent_path() == dir.path() / "usb");
    REQUIRE(std::filesystem::exists(file));
    CHECK(nlohmann::json::parse(read_text(file))["person"]["full_name"] == "Bram de Vries");
    CHECK(a.session().tab == admin::Tab::Person);

    const auto bad = unmakeable_folder(dir);
    a.app->store().set_setting("export_dir", bad.string());
    a.tap("admin:person:export");  // the folder as stored now, changed under the open screen
    CHECK(a.session().message_key == "admin_export_failed");
    CHECK(a.session().message_error);
    CHECK(a.session().message_fill == std::vector<std::pair<std::string, std::string>>{{"folder", bad.string()}});
    CHECK_FALSE(a.session().message_detail.empty());
    CHECK(a.session().person);  // still there, nothing lost
}

TEST_CASE("Admin screens: the export folder is a setting like the others", "[ui][admin]") {
    Admin a;
    a.sign_in();
    a.tap("admin:tab:settings");
    CHECK(a.session().draft.export_dir == default_export_dir().string());
    a.tap("admin:edit:export_dir");
    for (int i = 0; i < 7; ++i) a.tap("key:backspace");  // "exports"
    for (const char* k : {"key:u", "key:s", "key:b"}) a.tap(k);
    a.tap("admin:kb:done");
    a.tap("admin:settings:save");
    CHECK(a.session().message_key == "admin_saved");
    CHECK(a.app->store().setting("export_dir") == (default_export_dir().parent_path() / "usb").string());

    a.tap("admin:edit:export_dir");
    const size_t typed = a.session().edit_text.size();
    REQUIRE(typed > 0);
    for (size_t i = 0; i < typed; ++i) a.tap("key:backspace");
    a.tap("key:u");
    a.tap("admin:kb:done");
    a.tap("admin:settings:save");
    CHECK(a.session().message_key == "admin_problem_export_dir");  // not a full path
}

TEST_CASE("Admin screens: the verification address is typed, refused with its rule's message, then saved",
          "[ui][admin]") {
    Admin a;
    a.sign_in();
    a.tap("admin:tab:settings");
    CHECK(a.session().draft.verify_url.empty());
    const auto type = [&](const std::string& text) {
        for (char c : text) a.tap(std::string("key:") + c);
    };
    // Without the final '/' the rule refuses it: the message shows and the keyboard stays.
    a.tap("admin:edit:verify_url");  // the left column's last row: the driver scrolls to it
    type("https://v.nl");
    a.tap("admin:kb:done");
    CHECK(a.session().message_key == "admin_problem_verify_url");
    CHECK(a.session().message_error);
    CHECK(a.session().editing == admin::Field::VerifyUrl);
    CHECK(a.has("admin:message"));
    CHECK(a.session().draft.verify_url.empty());
    type("/");
    a.tap("admin:kb:done");
    CHECK(a.session().editing == admin::Field::None);
    CHECK(a.session().draft.verify_url == "https://v.nl/");
    a.tap("admin:settings:save");
    CHECK(a.session().message_key == "admin_saved");
    CHECK(a.app->store().setting("verify_url") == "https://v.nl/");
    CHECK(a.app->store().audit_log(1).front().detail == "verify_url: '' -> 'https://v.nl/'");
    // Emptied again: QR codes hold the bare payload.
    a.tap("admin:edit:verify_url");
    for (size_t i = 0; i < std::string("https://v.nl/").size(); ++i) a.tap("key:backspace");
    a.tap("admin:kb:done");
    a.tap("admin:settings:save");
    CHECK(a.app->store().setting("verify_url") == "");
}

TEST_CASE("The learner's venue picker shows only the venues this terminal serves (venues_served)", "[ui][admin]") {
    Admin a;
    const std::string zee = "venue:" + std::to_string(a.ids.zee), duin = "venue:" + std::to_string(a.ids.duin);
    const auto picker = [&] {
        a.tap("start");
        a.tap("lang:nl");
        REQUIRE(a.app->state().screen == Screen::Identify);
    };
    picker();
    CHECK(a.has(zee));
    CHECK(a.has(duin));
    // Set as kiosk.toml or `signaal settings set` does; the app reads it with the other settings.
    REQUIRE(admin::set_setting(a.app->store(), a.app->catalog(), "venues_served", std::to_string(a.ids.duin)).empty());
    a.app->apply_settings();
    a.frame();
    CHECK_FALSE(a.has(zee));
    CHECK(a.has(duin));
    REQUIRE(a.app->venues().size() == 1);
    CHECK(a.app->venues().front().name == "Hotel Duin");
}

TEST_CASE("Admin screens: the home names this terminal when it has a name", "[ui][admin]") {
    Admin a;
    a.sign_in();
    CHECK_FALSE(a.has("admin:terminal_name"));
    a.tap("admin:tab:people");
    REQUIRE(admin::set_setting(a.app->store(), a.app->catalog(), "terminal_name", "Receptie 2").empty());
    a.tap("admin:tab:home");
    CHECK(a.session().saved.terminal_name == "Receptie 2");
    CHECK(a.has("admin:terminal_name"));
}

TEST_CASE("Admin screens: a setting changed is stored and audit-logged, the kiosk honours it", "[ui][admin]") {
    Admin a;
    a.sign_in();
    a.tap("admin:tab:settings");
    CHECK_FALSE(a.has("key:a"));
    a.tap("admin:step:idle:+");
    a.tap("admin:step:idle:+");
    CHECK(a.session().draft.idle_timeout_seconds == 120);
    a.tap("admin:lang:en");  // offer only Dutch
    a.tap("admin:edit:organisation");
    a.tap("key:z");
    a.tap("key:e");
    a.tap("key:e");
    a.tap("admin:kb:done");
    CHECK(a.session().draft.organisation_name == "Zee");
    CHECK_FALSE(a.app->store().setting("idle_timeout_seconds"));  // not before Save
    a.tap("admin:settings:save");
    CHECK(a.session().message_key == "admin_saved");
    CHECK(a.app->store().setting("idle_timeout_seconds") == "120");
    CHECK(a.app->store().setting("organisation_name") == "Zee");
    CHECK(a.app->store().setting("languages_offered") == "nl");
    bool logged = false;
    for (const auto& r : a.app->store().audit_log(10))
        if (r.action == "setting_changed" && r.detail.find("idle_timeout_seconds") != std::string::npos) logged = true;
    CHECK(logged);
    CHECK(a.app->config().idle_timeout == Millis(120'000));
    CHECK(a.app->languages().size() == 1);

    // Removing the last language is refused with a message, nothing stored.
    a.tap("admin:lang:nl");
    a.tap("admin:settings:save");
    CHECK(a.session().message_key == "admin_problem_no_language");
    CHECK(a.app->store().setting("languages_offered") == "nl");
}

TEST_CASE("Admin screens: add and rename a venue, change the PIN", "[ui][admin]") {
    Admin a;
    a.sign_in();
    a.tap("admin:tab:settings");
    a.tap("admin:venue_add");
    a.tap("key:b");
    a.tap("key:o");
    a.tap("key:s");
    a.tap("admin:kb:done");
    REQUIRE(a.app->store().venue_by_name("Bos"));
    CHECK(a.app->venues().size() == 3);  // the kiosk's list follows
    a.tap("admin:pin:change");
    for (char d : std::string("13579")) a.tap(std::string("key:") + d);
    a.tap("admin:kb:done");
    CHECK(a.session().message_key == "admin_pin_changed");
    CHECK(admin::verify_pin(*a.app->store().setting("admin_pin_hash"), "13579"));
}

TEST_CASE("Admin screens: the area locks itself after inactivity", "[ui][admin]") {
    Admin a;
    a.sign_in();
    a.tap("admin:go:venues");
    CHECK(a.session().tab == admin::Tab::Venues);
    a.frame(30.0f);
    CHECK(a.app->admin().mode == AdminState::Mode::Home);  // still within the limit
    a.frame(61.0f);
    CHECK(a.app->admin().mode == AdminState::Mode::Closed);
    a.frame();
    CHECK(a.session().tab == admin::Tab::Home);  // nothing of the session is left
    CHECK(a.app->state().screen == Screen::Attract);
}

TEST_CASE("Admin screens fit at 1280x800: every tab draws its main targets on screen", "[ui][admin]") {
    Admin a(1280, 800);
    a.sign_in();
    for (const char* tab : {"admin:tab:people", "admin:tab:venues", "admin:tab:settings", "admin:tab:home"}) {
        a.tap(tab);
        for (const auto& id : ui::target_ids()) {
            const auto r = *ui::find_target(id);
            // Targets inside scrolling columns may be cut by the column's edge; the fixed ones may not.
            const bool fixed = id.rfind("admin:tab:", 0) == 0 || id == "admin:close" || id.rfind("admin:settings:", 0) == 0 ||
                               id.rfind("admin:search", 0) == 0 || id.rfind("admin:go:", 0) == 0 || id.rfind("admin:tile:", 0) == 0;
            if (!fixed) continue;
            INFO(tab << " " << id);
            CHECK(r.x >= 0);
            CHECK(r.x + r.w <= 1280.5f);
            CHECK(r.h >= 40);  // nothing tiny to tap
        }
    }
    CHECK(a.has("admin:settings:save") == false);  // home now
}
