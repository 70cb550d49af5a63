// Each manager act done both ways, through the `signaal` binary and through the admin screens
// (tapped in the headless UI driver), on two databases seeded alike: the audit rows they leave
// must be the same, act name and detail. Both ways call the admin library; this test keeps it so.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "admin/certificates.hpp"
#include "admin/pin_pad.hpp"
#include "support/attempt_fixture.hpp"
#include "content_loader.hpp"
#include "shell/frame.hpp"
#include "support/content_fixture.hpp"
#include "support/ui_driver.hpp"

using namespace signaal;

namespace {

using Rows = std::vector<std::string>;  // "action: detail"

// The fixture content with a second module, so a venue can require more than its default.
void write_content(const std::filesystem::path& dir) {
    auto files = test::minimal_content_files();
    std::map<std::string, std::string> more;
    for (const auto& [rel, text] : files)
        if (rel.rfind("modules/demo/", 0) == 0)
            more["modules/demo2/" + rel.substr(13)] =
                rel.ends_with("module.toml") ? test::replace_once(text, "id = \"demo\"", "id = \"demo2\"") : text;
    files.insert(more.begin(), more.end());
    test::write_files(dir, files);
    test::write_png(dir / "modules/demo2/images/pic.png");
}

struct Seeded {
    std::int64_t zee = 0, anna = 0, bram = 0;
};

// The same rows, in the same order, in both databases.
Seeded seed(Store& st, const std::filesystem::path& export_dir) {
    Seeded s;
    s.zee = st.add_venue("Hotel Zee", "hotel");
    s.anna = st.add_person("Anna Jansen", "", s.zee, "nl");
    s.bram = st.add_person("Bram de Vries", "", s.zee, "nl");
    st.set_setting("export_dir", export_dir.string());
    st.set_setting(admin::kPinSetting, admin::hash_pin("2468"));
    return s;
}

Rows rows_after(Store& st, std::int64_t after) {
    Rows out;
    for (const auto& r : st.audit_log(1000))
        if (r.id > after) out.insert(out.begin(), r.action + ": " + r.detail);
    return out;
}

std::int64_t last_audit_id(Store& st) {
    const auto log = st.audit_log(1);
    return log.empty() ? 0 : log.front().id;
}

class Both : public test::UiDriver {
public:
    Both() : UiDriver(1920, 1080) {
        write_content(dir.path() / "content");
        cli_db = dir.path() / "cli.db";
        const auto exports = dir.path() / "exports";
        {
            Store cli(cli_db);
            ids = seed(cli, exports);
        }
        auto ui = std::make_unique<Store>(dir.path() / "ui.db");
        REQUIRE(seed(*ui, exports).zee == ids.zee);
        auto loaded = load_content(dir.path() / "content", {});
        REQUIRE(loaded.catalog.modules.size() == 2);
        // Today as the CLI sees it, so export file names (which carry the date) agree.
        start(std::move(loaded.catalog), std::move(ui), today_utc());
        sign_in_admin("2468");
    }

    // Runs one act on both sides and returns the audit rows each left: {cli, screens}.
    template <class Taps> std::pair<Rows, Rows> act(const std::string& cli_words, Taps&& taps) {
        Store& ui = app->store();
        const auto ui_before = last_audit_id(ui);
        std::int64_t cli_before = 0;
        {
            Store cli(cli_db);
            cli_before = last_audit_id(cli);
        }
        // Every command that judges against the content gets the same content as the screens.
        const bool judges = cli_words.rfind("person export", 0) != 0 && cli_words.rfind("cert revoke", 0) != 0;
        const std::string cmd = std::string(SIGNAAL_CLI) + " " + cli_words + " --db " + cli_db.string() +
                                (judges ? " --content " + (dir.path() / "content").string() : "") + " > /dev/null";
        INFO(cmd);
        REQUIRE(std::system(cmd.c_str()) == 0);
        taps();
        Store cli(cli_db);
        return {rows_after(cli, cli_before), rows_after(ui, ui_before)};
    }

    void type_word(const std::string& word) {
        for (char c : word) tap(std::string("key:") + c);
    }

    test::TempDir dir;
    std::filesystem::path cli_db;
    Seeded ids;
};

}  // namespace

TEST_CASE("Every manager act leaves the same audit rows from the CLI and from the admin screens", "[ui][admin][parity]") {
    Both b;
    const std::string zee = std::to_string(b.ids.zee), anna = std::to_string(b.ids.anna);
    const auto same = [](const std::pair<Rows, Rows>& r, const std::string& act, size_t rows = 1) {
        INFO(act);
        CHECK(r.first.size() == rows);
        CHECK(r.first == r.second);
        if (!r.first.empty()) CHECK(r.first.front().rfind(act + ": ", 0) == 0);
    };

    same(b.act("venue add Noord --kind hotel", [&] {
        b.tap("admin:tab:settings");
        b.tap("admin:kind:hotel");
        b.tap("admin:venue_add");
        b.type_word("noord");
        b.tap("admin:kb:done");
    }), "venue_added");
    const auto noord = b.app->store().venue_by_name("Noord");
    REQUIRE(noord);
    const std::string nid = std::to_string(noord->id);

    same(b.act("venue rename Noord Zuid", [&] {
        b.tap("admin:venue_rename:" + nid);
        for (int i = 0; i < 5; ++i) b.tap("key:backspace");
        b.type_word("zuid");
        b.tap("admin:kb:done");
    }), "venue_renamed");
    same(b.act("venue deactivate Zuid", [&] { b.tap("admin:venue_active:" + nid); }), "venue_deactivated");
    same(b.act("venue activate Zuid", [&] { b.tap("admin:venue_active:" + nid); }), "venue_activated");
    // Both modules are written for hotels, so both are required until a manager narrows it.
    same(b.act("venue require 'Hotel Zee' demo", [&] {
        b.tap("admin:venue_select:" + zee);
        b.tap("admin:required:demo2");
    }), "venue_required_modules");
    CHECK(b.app->store().required_modules(b.ids.zee) == std::vector<std::string>{"demo"});

    // The venue's reporting route: set on the venues tab, then cleared, as `signaal route set` does.
    same(b.act("route set contact_name anna --venue 'Hotel Zee'", [&] {
        b.tap("admin:tab:venues");
        b.tap("admin:venue_route:" + zee);
        b.tap("admin:route:contact_name");
        b.type_word("anna");
        b.tap("admin:kb:done");
    }), "setting_changed");
    same(b.act("route set contact_name '' --venue 'Hotel Zee'", [&] {
        b.tap("admin:route:contact_name");
        for (int i = 0; i < 4; ++i) b.tap("key:backspace");
        b.tap("admin:kb:done");
        b.tap("admin:route:back");
    }), "setting_changed");

    same(b.act("person left " + anna, [&] {
        b.tap("admin:tab:people");
        b.tap("admin:person:" + anna);
        b.tap("admin:person:left");
    }), "person_left");
    same(b.act("person left --undo " + anna, [&] { b.tap("admin:person:back_on_staff"); }), "person_returned");
    same(b.act("person export --dir " + (b.dir.path() / "exports").string() + " " + anna,
               [&] { b.tap("admin:person:export"); }),
         "person_export");
    same(b.act("person erase --yes " + anna, [&] {
        b.tap("admin:person:erase");
        b.tap("admin:erase:confirm");
    }), "person_erase");
    CHECK(b.app->store().person(b.ids.anna)->erased);

    // A certificate, the same serial on both sides: Bram passes on the screens' database, which
    // the CLI's then becomes a copy of. The screen stores the chosen reason's words, so the CLI
    // is given those words.
    {
        Store& ui = b.app->store();
        REQUIRE(ui.record_attempt(test::passed_attempt("Bram de Vries", b.ids.zee, "demo"), today_utc()));
        const auto copy = b.dir.path() / "copy.db";
        ui.backup_to(copy);
        Store cli(b.cli_db);
        cli.restore_from(copy);
    }
    const auto bram_serials = b.app->store().certificate_serials(b.ids.bram);
    REQUIRE(bram_serials.size() == 1);
    const std::string serial = bram_serials.front();
    const std::string reason_key = admin::revoke_reasons().front();
    const std::string reason = b.app->catalog().ui.get(b.app->catalog().languages.front().code, reason_key);
    same(b.act("cert revoke " + serial + " --reason '" + reason + "'", [&] {
        b.tap("admin:tab:people");
        b.tap("admin:person:" + std::to_string(b.ids.bram));
        b.tap("admin:revoke:" + serial);
        b.tap("admin:revoke:reason:" + reason_key);
        b.tap("admin:revoke:confirm");
    }), "certificate_revoke");
    CHECK(b.app->store().revocation(serial)->reason == reason);
}
