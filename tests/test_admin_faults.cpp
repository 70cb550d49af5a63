// Every admin action, tapped through the real admin screens, on a store that starts refusing
// writes or reads mid-session: nothing escapes, the manager sees the translated store message,
// nothing is half done, and the same act works once the store recovers.
#include <catch2/catch.hpp>

#include <functional>
#include <optional>

#include "admin/pin_pad.hpp"
#include "app/kiosk_app.hpp"
#include "content_loader.hpp"
#include "paths.hpp"
#include "support/catalog_fixture.hpp"
#include "support/content_fixture.hpp"
#include "support/store_faults.hpp"
#include "support/ui_driver.hpp"

using namespace signaal;

namespace {

class FaultyAdmin : public test::UiDriver {
public:
    // The bundled content by default, so the message is the one a manager reads.
    explicit FaultyAdmin(std::optional<Catalog> catalog = std::nullopt) : UiDriver(1920, 1080) {
        auto store = std::make_unique<Store>(":memory:");
        zee = store->add_venue("Hotel Zee", "hotel");
        anna = store->add_person("Anna Jansen", "", zee, "nl");
        store->set_setting("export_dir", (dir.path() / "exports").string());
        store->set_setting(admin::kPinSetting, admin::hash_pin("2468"));
        if (!catalog) {
            auto loaded = load_content(default_content_dir(), {});
            REQUIRE(loaded.languages_ok);
            catalog = std::move(loaded.catalog);
        }
        REQUIRE_FALSE(catalog->modules.empty());
        start(std::move(*catalog), std::move(store), *parse_iso_date("2026-11-23"));
        faults.emplace(app->store());
        sign_in_admin("2468");
    }
    ~FaultyAdmin() { faults.reset(); }
    const admin::Session& session() const { return shell.admin_session; }

    // The store's message is on screen, as bad news, and the area is still open.
    void shows_store_error(const std::string& act) {
        INFO(act);
        CHECK(session().message_key == "admin_store_error");
        CHECK(session().message_error);
        CHECK(has("admin:message"));
        CHECK(app->admin().mode == AdminState::Mode::Home);
    }
    // Runs taps on a store refusing writes, checks the message, recovers, runs them again.
    void refused_then_done(const std::string& act, const std::function<void()>& taps,
                           const std::function<void()>& unchanged, const std::string& done_key) {
        faults->refuse_writes();
        CHECK_NOTHROW(taps());
        frame();
        shows_store_error(act);
        faults->recover();
        unchanged();
        CHECK_NOTHROW(taps());
        INFO(act << " after recovery");
        CHECK(session().message_key == done_key);
    }
    void open_anna() {
        tap("admin:tab:people");
        tap("admin:person:" + std::to_string(anna));
        REQUIRE(session().tab == admin::Tab::Person);
    }

    test::TempDir dir;
    std::int64_t zee = 0, anna = 0;
    std::optional<test::StoreFaults> faults;
};

int files_in(const std::filesystem::path& dir) {
    return std::filesystem::exists(dir) ? static_cast<int>(std::distance(std::filesystem::directory_iterator(dir), {})) : 0;
}

}  // namespace

TEST_CASE("The admin area's store message is translated in every language", "[ui][faults][admin]") {
    const auto loaded = load_content(default_content_dir(), {});
    for (const auto& l : loaded.catalog.languages) {
        INFO(l.code);
        CHECK(loaded.catalog.ui.has(l.code, "admin_store_error"));
    }
}

TEST_CASE("Admin acts on a store that refuses writes: a message, nothing half done, done after recovery",
          "[ui][faults][admin]") {
    FaultyAdmin a;
    Store& st = a.app->store();
    const std::string zee = std::to_string(a.zee);
    const auto audit_rows = [&] { return st.audit_log(1000).size(); };

    a.open_anna();
    auto rows = audit_rows();
    a.refused_then_done("mark as left", [&] { a.tap("admin:person:left"); },
                        [&] { CHECK(st.person(a.anna)->active); CHECK(audit_rows() == rows); }, "admin_marked_left");
    a.refused_then_done("back on staff", [&] { a.tap("admin:person:back_on_staff"); },
                        [&] { CHECK_FALSE(st.person(a.anna)->active); }, "admin_marked_back");

    const auto exports = a.dir.path() / "exports";
    rows = audit_rows();
    a.refused_then_done("export", [&] { a.tap("admin:person:export"); },
                        [&] {
                            CHECK(files_in(exports) == 0);  // no file without its audit record
                            CHECK(audit_rows() == rows);
                        },
                        "admin_exported");
    CHECK(files_in(exports) == 1);

    a.refused_then_done("erase", [&] {
        a.tap("admin:person:erase");
        a.tap("admin:erase:confirm");
    }, [&] { CHECK_FALSE(st.person(a.anna)->erased); }, "admin_person_erased");

    a.tap("admin:tab:settings");
    a.refused_then_done("save settings", [&] {
        a.tap("admin:step:idle:+");
        a.tap("admin:settings:save");
    }, [&] { CHECK_FALSE(st.setting("idle_timeout_seconds")); }, "admin_saved");
    CHECK(st.setting("idle_timeout_seconds") == "120");  // 90 + 15 twice: the draft kept the first step


    a.refused_then_done("add a venue", [&] {
        a.tap("admin:venue_add");
        for (const char* k : {"key:b", "key:o", "key:s"}) a.tap(k);
        a.tap("admin:kb:done");
    }, [&] {
        CHECK_FALSE(st.venue_by_name("Bos"));
        a.tap("admin:kb:cancel");
    }, "admin_venue_added");
    REQUIRE(st.venue_by_name("Bos"));

    a.refused_then_done("rename a venue", [&] {
        a.tap("admin:venue_rename:" + zee);
        a.tap("key:x");
        a.tap("admin:kb:done");
    }, [&] {
        CHECK(st.venue(a.zee)->name == "Hotel Zee");
        a.tap("admin:kb:cancel");
    }, "admin_venue_renamed");
    CHECK(st.venue(a.zee)->name == "Hotel Zeex");

    a.refused_then_done("deactivate a venue", [&] { a.tap("admin:venue_active:" + zee); },
                        [&] { CHECK(st.venue(a.zee)->active); }, "admin_saved");
    CHECK_FALSE(st.venue(a.zee)->active);

    const std::string module = a.app->catalog().modules.front().id;
    const auto required = required_modules_for(st, a.app->catalog().modules, *st.venue(a.zee));
    a.tap("admin:venue_select:" + zee);
    a.faults->refuse_writes();
    a.tap("admin:required:" + module);
    a.frame();
    a.shows_store_error("required modules");
    a.faults->recover();
    CHECK(required_modules_for(st, a.app->catalog().modules, *st.venue(a.zee)) == required);

}

TEST_CASE("Changing the admin PIN on a store that refuses writes keeps the old PIN", "[ui][faults][admin]") {
    // The fixture's one module keeps the PIN button on screen below the required modules.
    FaultyAdmin a(test::fixture_catalog());
    Store& st = a.app->store();
    a.tap("admin:tab:settings");
    const auto hash = st.setting(admin::kPinSetting);
    a.refused_then_done("change the PIN", [&] {
        a.tap("admin:pin:change");
        for (char d : std::string("13579")) a.tap(std::string("key:") + d);
        a.tap("admin:kb:done");
    }, [&] {
        CHECK(st.setting(admin::kPinSetting) == hash);
        a.tap("admin:kb:cancel");
    }, "admin_pin_changed");
    CHECK(admin::verify_pin(*st.setting(admin::kPinSetting), "13579"));
}

TEST_CASE("Admin tabs on a store that refuses reads: a message instead of data, the data back after recovery",
          "[ui][faults][admin]") {
    FaultyAdmin a;
    a.faults->refuse_reads();
    for (const char* tab : {"admin:tab:people", "admin:tab:venues", "admin:tab:settings", "admin:tab:home"}) {
        CHECK_NOTHROW(a.tap(tab));
        a.shows_store_error(tab);
    }
    CHECK_NOTHROW(a.tap("admin:tile:never"));
    a.shows_store_error("a status tile");
    CHECK(a.faults->refused_reads() > 0);
    a.faults->recover();
    a.tap("admin:tab:people");
    CHECK(a.session().message_key.empty());
    CHECK(a.has("admin:person:" + std::to_string(a.anna)));
}
