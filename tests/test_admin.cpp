// The admin library: the PIN pad as a pure state machine, and the rules every manager act
// applies the same from the admin screens and the CLI (names, venue kinds, settings).
#include <catch2/catch.hpp>

#include <tuple>

#include "admin/certificates.hpp"
#include "admin/names.hpp"
#include "admin/pin_pad.hpp"
#include "admin/settings.hpp"
#include "store/outbox.hpp"
#include "admin/staff.hpp"
#include "admin/venues.hpp"
#include "support/attempt_fixture.hpp"
#include "support/catalog_fixture.hpp"

using namespace signaal;
using admin::PinPad;
using Mode = admin::PinPad::Mode;

namespace {

void type(PinPad& p, const std::string& digits, Millis now) {
    for (char d : digits) admin::pin_digit(p, d, now);
}

admin::PinEffects submit(PinPad& p, const std::string& digits, const std::optional<std::string>& hash, Millis now) {
    type(p, digits, now);
    return admin::pin_submit(p, hash, now);
}

std::vector<AuditAct> acts(const admin::PinEffects& e) {
    std::vector<AuditAct> out;
    for (const auto& [act, detail] : e.audit) out.push_back(act);
    return out;
}

}  // namespace

// [section] PIN pad -----------------------------------------------------------------------------

TEST_CASE("PIN pad: the first time, a PIN is chosen, confirmed and only its hash handed out", "[admin][pin]") {
    PinPad p;
    admin::pin_open(p, false, Millis(1000));
    CHECK(p.mode == Mode::ChoosePin);
    CHECK(p.message_key == "admin_pin_rules");

    // Too short: the rules again, still choosing; nothing to store.
    auto e = submit(p, "123", std::nullopt, Millis(2000));
    CHECK(p.mode == Mode::ChoosePin);
    CHECK(p.message_key == "admin_pin_rules");
    CHECK_FALSE(e.new_hash);
    CHECK(e.audit.empty());

    e = submit(p, "2468", std::nullopt, Millis(3000));
    CHECK(p.mode == Mode::ConfirmPin);
    CHECK(p.digits.empty());
    CHECK_FALSE(e.new_hash);

    e = submit(p, "2468", std::nullopt, Millis(4000));
    CHECK(p.mode == Mode::Home);
    REQUIRE(e.new_hash);
    CHECK(e.new_hash->find("2468") == std::string::npos);
    CHECK(admin::verify_pin(*e.new_hash, "2468"));
    CHECK_FALSE(admin::verify_pin(*e.new_hash, "2469"));
    CHECK(acts(e) == std::vector<AuditAct>{AuditAct::AdminPinSet});
    admin::pin_saved(p);
    CHECK(p.first_choice.empty());
    CHECK(p.last_input == Millis(4000));
}

TEST_CASE("PIN pad: a confirmation that differs starts the choice again", "[admin][pin]") {
    PinPad p;
    admin::pin_open(p, false, Millis(0));
    submit(p, "1357", std::nullopt, Millis(1));
    const auto e = submit(p, "1358", std::nullopt, Millis(2));
    CHECK(p.mode == Mode::ChoosePin);
    CHECK(p.message_key == "admin_pin_mismatch");
    CHECK(p.first_choice.empty());
    CHECK_FALSE(e.new_hash);
    // The pad takes at most eight digits and only digits.
    type(p, "12x34567890", Millis(3));
    CHECK(p.digits == "12345678");
    admin::pin_erase(p, Millis(4));
    CHECK(p.digits == "1234567");
}

TEST_CASE("PIN pad: wrong PINs are counted, the fifth locks for 30 s, each further one doubles", "[admin][pin]") {
    const std::string hash = admin::hash_pin("1357");
    PinPad p;
    admin::pin_open(p, true, Millis(0));
    REQUIRE(p.mode == Mode::EnterPin);
    Millis now{1000};
    for (int i = 1; i <= 4; ++i) {
        const auto e = submit(p, "0000", hash, now);
        CHECK(acts(e) == std::vector<AuditAct>{AuditAct::AdminLoginFailed});
        CHECK(p.failures == i);
        CHECK(p.message_key == "admin_pin_wrong");
        CHECK(admin::pin_locked_seconds(p, now) == 0);
    }
    auto e = submit(p, "0000", hash, now);
    CHECK(acts(e) == std::vector<AuditAct>{AuditAct::AdminLoginFailed, AuditAct::AdminPinLocked});
    CHECK(e.audit.back().second == "PIN pad locked for 30 s");
    CHECK(admin::pin_locked_seconds(p, now) == 30);

    // While locked, digits and OK do nothing, even the right PIN.
    type(p, "1357", now + Millis(1000));
    CHECK(p.digits.empty());
    e = admin::pin_submit(p, hash, now + Millis(1000));
    CHECK(e.audit.empty());
    CHECK(p.mode == Mode::EnterPin);

    // Closing and opening again keeps the lock.
    admin::pin_close(p);
    CHECK(p.mode == Mode::Closed);
    admin::pin_open(p, true, now + Millis(2000));
    CHECK(admin::pin_locked_seconds(p, now + Millis(2000)) == 28);

    // The lock ends; the next wrong PIN locks for 60 s.
    now += Millis(30'000);
    CHECK(admin::pin_locked_seconds(p, now) == 0);
    e = submit(p, "9999", hash, now);
    CHECK(p.failures == 6);
    CHECK(admin::pin_locked_seconds(p, now) == 60);
    CHECK(e.audit.back().second == "PIN pad locked for 60 s");

    // After it, the right PIN opens the area and forgets the count.
    now += Millis(60'000);
    e = submit(p, "1357", hash, now);
    CHECK(p.mode == Mode::Home);
    CHECK(p.failures == 0);
    CHECK(acts(e) == std::vector<AuditAct>{AuditAct::AdminLogin});
}

TEST_CASE("PIN pad: the doubling stops at about an hour", "[admin][pin]") {
    const std::string hash = admin::hash_pin("1357");
    PinPad p;
    admin::pin_open(p, true, Millis(0));
    Millis now{0};
    for (int i = 0; i < 20; ++i) {
        now = std::max(now, p.locked_until);
        submit(p, "0000", hash, now);
    }
    CHECK(admin::pin_locked_seconds(p, now) == 30 * 128);
}

TEST_CASE("PIN pad: a chosen PIN the store could not keep is confirmed again, not let in", "[admin][pin]") {
    PinPad p;
    admin::pin_open(p, false, Millis(0));
    submit(p, "2468", std::nullopt, Millis(1));
    REQUIRE(submit(p, "2468", std::nullopt, Millis(2)).new_hash);
    admin::pin_not_saved(p, "admin_store_error");
    CHECK(p.mode == Mode::ConfirmPin);
    CHECK(p.message_key == "admin_store_error");
    // Once the store is back, the same PIN typed again is handed out again.
    const auto e = submit(p, "2468", std::nullopt, Millis(3));
    CHECK(p.mode == Mode::Home);
    REQUIRE(e.new_hash);
    CHECK(admin::verify_pin(*e.new_hash, "2468"));
}

// [section] Rules the screens and the CLI share -----------------------------------------------------

TEST_CASE("Admin names: the kiosk's name rule for people and venues", "[admin][names]") {
    CHECK(admin::person_name_problem("Anna Jansen").empty());
    CHECK(admin::person_name_problem("  ") == "name_problem_empty");
    CHECK(admin::person_name_problem("Ann\nBob") == "name_problem_control_character");
    CHECK(admin::person_name_problem("evil\u202Egnp.exe") == "name_problem_control_character");
    CHECK(admin::person_name_problem("\xff") == "name_problem_invalid_text");
    CHECK(admin::person_name_problem(std::string(121, 'a')) == "name_problem_too_long");
    CHECK(admin::venue_name_problem("Hotel Zee").empty());
    CHECK(admin::venue_name_problem("Hôtel Zée").empty());
    CHECK(admin::venue_name_problem(" ") == "admin_problem_venue_empty");
    CHECK(admin::venue_name_problem(std::string(81, 'x')) == "admin_problem_venue_long");
    CHECK(admin::venue_name_problem(std::string(40, 'x') + "\u00e9").empty());  // code points, not bytes
    CHECK(admin::venue_name_problem("Hotel\x1b[31m") == "name_problem_control_character");
}

TEST_CASE("Admin venues and staff refuse what the kiosk refuses, and change nothing then", "[admin][venues][staff]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    CHECK(admin::venue_kinds(c) == std::vector<std::string>{"hotel"});
    CHECK(admin::add_venue(st, c, "Hotel\tZee", "hotel").problem == "name_problem_control_character");
    CHECK(admin::add_venue(st, c, "Hotel Zee", "casino").problem == "admin_problem_venue_kind");
    CHECK(st.venues(true).empty());
    const auto zee = admin::add_venue(st, c, "Hotel Zee", "hotel").id;
    CHECK(admin::rename_venue(st, zee, "\xff").problem == "name_problem_invalid_text");
    CHECK(admin::rename_venue(st, 999, "Hotel Duin").problem == "admin_problem_venue_gone");
    CHECK(st.venue(zee)->name == "Hotel Zee");

    CHECK(admin::add_person(st, c, "Ann\nBob", "", zee, "nl").problem == "name_problem_control_character");
    CHECK(admin::add_person(st, c, "Anna Jansen", "", 999, "nl").problem == "admin_problem_venue_gone");
    CHECK(admin::add_person(st, c, "Anna Jansen", "", zee, "xx").problem == "admin_problem_unknown_language");
    const auto anna = admin::add_person(st, c, " Anna Jansen ", "E-1", zee, "en");
    REQUIRE(anna.ok());
    CHECK(st.person(anna.id)->full_name == "Anna Jansen");
    CHECK(admin::add_person(st, c, "Anna Jansen", "E-1", zee, "nl").problem == "admin_problem_person_taken");
    CHECK(admin::set_left(st, 999, true).problem == "admin_person_gone");
    CHECK(admin::set_left(st, anna.id, true).ok());
    CHECK_FALSE(st.person(anna.id)->active);
    CHECK(admin::set_left(st, anna.id, false).ok());
    CHECK(st.person(anna.id)->active);
    std::vector<std::string> logged;
    for (const auto& r : st.audit_log(10)) logged.push_back(r.action + " " + r.detail);
    const std::string id = std::to_string(anna.id);
    CHECK(logged == std::vector<std::string>{"person_returned person " + id, "person_left person " + id,
                                             "person_added person " + id, "venue_added Hotel Zee (hotel)"});
}

TEST_CASE("Admin settings: the verification address is empty or an http(s) address ending in '/'", "[admin][settings]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    CHECK(admin::setting_problem("verify_url", "", c).empty());
    CHECK(admin::setting_problem("verify_url", "https://verify.example.nl/", c).empty());
    for (const char* bad : {"verify.example.nl", "https://verify.example.nl", "https://verify.example.nl/#x/"}) {
        INFO(bad);
        CHECK(admin::setting_problem("verify_url", bad, c) == "admin_problem_verify_url");
        CHECK(admin::set_setting(st, c, "verify_url", bad) == "admin_problem_verify_url");
    }
    CHECK_FALSE(st.setting("verify_url"));
    CHECK(admin::set_setting(st, c, "verify_url", " https://verify.example.nl/ ").empty());
    CHECK(st.setting("verify_url") == "https://verify.example.nl/");
    CHECK(admin::load_settings(st, c).verify_url == "https://verify.example.nl/");
    REQUIRE(st.audit_log(10).size() == 1);
    CHECK(st.audit_log(10)[0].action == "setting_changed");
}

TEST_CASE("Admin settings: reading aloud on or off, its volume 0-100, text size normal or large", "[admin][settings]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    // Defaults with nothing stored: Listen on at 80%, normal text.
    CHECK(admin::reading_settings(st) == admin::ReadingSettings{true, 80, false});
    for (const auto& [key, good, bad] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"read_aloud", "off", "yes"}, {"read_aloud_volume", "100", "101"}, {"read_aloud_volume", "0", "-1"},
             {"text_size", "large", "huge"}}) {
        INFO(key << " " << good << " " << bad);
        CHECK(admin::setting_problem(key, good, c).empty());
        CHECK_FALSE(admin::setting_problem(key, bad, c).empty());
        CHECK(admin::set_setting(st, c, key, bad) == admin::setting_problem(key, bad, c));
    }
    CHECK(admin::setting_problem("read_aloud_volume", "loud", c) == "admin_problem_volume");
    CHECK_FALSE(st.setting("read_aloud"));  // nothing refused was written
    CHECK(admin::set_setting(st, c, "read_aloud", "off").empty());
    CHECK(admin::set_setting(st, c, "read_aloud_volume", " 35 ").empty());
    CHECK(admin::set_setting(st, c, "text_size", "large").empty());
    CHECK(admin::reading_settings(st) == admin::ReadingSettings{false, 35, true});
    const admin::Settings s = admin::load_settings(st, c);
    CHECK_FALSE(s.read_aloud);
    CHECK(s.read_aloud_volume == 35);
    CHECK(s.large_text);
    CHECK(admin::validate(s, c).empty());
    CHECK(st.audit_log(10).size() == 3);
    // A value written around the rules (by hand in the database) leaves the default.
    st.set_setting("read_aloud_volume", "400");
    CHECK(admin::reading_settings(st).volume == 80);
}

TEST_CASE("Admin certificates: revoking takes a certificate back once, audited", "[admin][certificates]") {
    Store st(":memory:");
    const auto venue = st.add_venue("Hotel Zee", "hotel");
    const auto serial = st.record_attempt(test::passed_attempt("Zoë de Vries", venue, "demo"), today_utc())->serial;
    CHECK(admin::revoke_certificate(st, serial, "issued by mistake", today_utc()) == Store::Revoke::Done);
    CHECK(admin::revoke_certificate(st, serial, "again", today_utc()) == Store::Revoke::AlreadyRevoked);
    CHECK(admin::revoke_certificate(st, "SG-2000-NONE", "x", today_utc()) == Store::Revoke::UnknownSerial);
    const auto log = st.audit_log(10);
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "certificate_revoke");
    CHECK(log[0].detail == serial + ": issued by mistake");
}

TEST_CASE("Admin settings: this terminal's name, id, venues and central server, each by its rule", "[admin][settings]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    // terminal_name: one line of text, 80 characters at most.
    CHECK(admin::setting_problem("terminal_name", "Receptie 2", c).empty());
    CHECK(admin::setting_problem("terminal_name", "", c).empty());
    CHECK(admin::setting_problem("terminal_name", "Receptie\n2", c) == "admin_problem_terminal_name");
    CHECK(admin::setting_problem("terminal_name", std::string(81, 'x'), c) == "admin_problem_terminal_name");
    CHECK(admin::set_setting(st, c, "terminal_name", "Receptie 2").empty());
    CHECK(admin::load_settings(st, c).terminal_name == "Receptie 2");

    // terminal_id: the fleet's kiosk id itself, not a second one.
    const std::string made = kiosk_id(st);
    CHECK(admin::load_settings(st, c).terminal_id == made);
    CHECK(admin::setting_problem("terminal_id", "gemeente-west-3", c).empty());
    for (const char* bad : {"west 3", "west_3", "wést", "a/b"}) {
        INFO(bad);
        CHECK(admin::setting_problem("terminal_id", bad, c) == "admin_problem_terminal_id");
    }
    CHECK(admin::setting_problem("terminal_id", std::string(65, 'a'), c) == "admin_problem_terminal_id");
    CHECK(admin::set_setting(st, c, "terminal_id", "gemeente-west-3").empty());
    CHECK(kiosk_id(st) == "gemeente-west-3");
    CHECK(admin::set_setting(st, c, "terminal_id", "").empty());  // emptied: the id in use stays
    CHECK(kiosk_id(st) == "gemeente-west-3");

    // venues_served: venue ids; empty: every venue; the learner's picker follows it.
    const auto zee = st.add_venue("Hotel Zee", "hotel");
    const auto duin = st.add_venue("Hotel Duin", "hotel");
    const auto noord = st.add_venue("Hotel Noord", "hotel");
    CHECK(admin::served_venues(st).size() == 3);
    CHECK(admin::setting_problem("venues_served", "1, 3", c).empty());
    for (const char* bad : {"Hotel Zee", "1;3", "0", "-2", "1,x"}) {
        INFO(bad);
        CHECK(admin::setting_problem("venues_served", bad, c) == "admin_problem_venues_served");
    }
    CHECK(admin::set_setting(st, c, "venues_served", std::to_string(noord) + "," + std::to_string(zee)).empty());
    CHECK(admin::load_settings(st, c).venues_served == std::vector<std::int64_t>{noord, zee});
    std::vector<std::string> names;
    for (const auto& v : admin::served_venues(st)) names.push_back(v.name);
    CHECK(names == std::vector<std::string>{"Hotel Noord", "Hotel Zee"});
    // Only venues still active here; none left: every venue, so nobody is stuck.
    st.set_venue_active(zee, false);
    CHECK(admin::served_venues(st).size() == 1);
    CHECK(admin::set_setting(st, c, "venues_served", "999").empty());
    CHECK(admin::served_venues(st).size() == 2);
    CHECK(admin::set_setting(st, c, "venues_served", "").empty());
    CHECK(admin::served_venues(st).size() == 2);
    (void)duin;

    // central_server: what libpq reads, stored where fleet sync reads it; the password never shown.
    CHECK(admin::setting_problem("central_server", "", c).empty());
    CHECK(admin::setting_problem("central_server", "host=db.example.nl dbname=signaal user=kiosk", c).empty());
    for (const char* bad : {"db.example.nl", "postgresql://[::1", "host=db port"}) {
        INFO(bad);
        CHECK(admin::setting_problem("central_server", bad, c) == "admin_problem_central_server");
    }
    const std::string url = "postgresql://kiosk:s3cret@db.example.nl/signaal";
    CHECK(admin::set_setting(st, c, "central_server", url).empty());
    CHECK(st.setting("central_url") == url);
    CHECK(admin::load_settings(st, c).central_server == url);
    CHECK(admin::shown_value("central_server", url) == "postgresql://kiosk:***@db.example.nl/signaal");
    for (const auto& r : st.audit_log(100)) {
        INFO(r.detail);
        CHECK(r.detail.find("s3cret") == std::string::npos);
    }
    CHECK(st.audit_log(1).front().detail == "central_server: '' -> 'postgresql://kiosk:***@db.example.nl/signaal'");
}

TEST_CASE("Admin settings: one rule per key, for the settings screen and set_setting alike", "[admin][settings]") {
    Store st(":memory:");
    const Catalog c = test::fixture_catalog();
    CHECK(admin::setting_problem("idle_timeout_seconds", "5", c) == "admin_problem_idle");
    CHECK(admin::setting_problem("idle_timeout_seconds", "2 minutes", c) == "admin_problem_idle");
    CHECK(admin::setting_problem("idle_timeout_seconds", "120", c).empty());
    CHECK(admin::setting_problem("venue_threshold", "0", c) == "admin_problem_threshold");
    CHECK(admin::setting_problem("venue_threshold", "0.75", c).empty());
    CHECK(admin::setting_problem("retention_months", "3", c) == "admin_problem_retention");
    CHECK(admin::setting_problem("languages_offered", "", c) == "admin_problem_no_language");
    CHECK(admin::setting_problem("languages_offered", "en,xx", c) == "admin_problem_unknown_language");
    CHECK(admin::setting_problem("export_dir", "exports", c) == "admin_problem_export_dir");
    CHECK(admin::setting_problem("organisation_logo", "/no/such.png", c) == "admin_problem_logo");
    CHECK(admin::setting_problem("admin_pin_hash", "x", c) == "admin_problem_unknown_setting");

    // Whatever set_setting refuses, the settings screen's draft is refused for too.
    admin::Settings draft = admin::load_settings(st, c);
    draft.idle_timeout_seconds = 5;
    CHECK(admin::validate(draft, c) == std::vector<std::string>{admin::setting_problem("idle_timeout_seconds", "5", c)});

    CHECK(admin::set_setting(st, c, "idle_timeout_seconds", "5") == "admin_problem_idle");
    CHECK_FALSE(st.setting("idle_timeout_seconds"));
    CHECK(admin::set_setting(st, c, "admin_pin_hash", "x") == "admin_problem_unknown_setting");
    CHECK_FALSE(st.setting("admin_pin_hash"));
    CHECK(st.audit_log(10).empty());

    CHECK(admin::set_setting(st, c, "idle_timeout_seconds", " 120 ").empty());
    CHECK(st.setting("idle_timeout_seconds") == "120");
    CHECK(admin::set_setting(st, c, "languages_offered", "en,nl").empty());  // all offered already
    CHECK_FALSE(st.setting("languages_offered"));
    CHECK(admin::set_setting(st, c, "languages_offered", "en").empty());
    CHECK(admin::set_setting(st, c, "languages_offered", "en, nl").empty());
    CHECK(st.setting("languages_offered") == "nl,en");  // catalog order, as the screen stores it
    CHECK(admin::set_setting(st, c, "venue_threshold", "0.7").empty());
    CHECK(st.setting("venue_threshold") == "0.70");
    CHECK(admin::set_setting(st, c, "idle_timeout_seconds", "120").empty());  // unchanged: not logged again
    std::vector<std::string> logged;
    for (const auto& r : st.audit_log(10)) logged.push_back(r.action + " " + r.detail);
    CHECK(logged == std::vector<std::string>{"setting_changed venue_threshold: '0.60' -> '0.70'",
                                             "setting_changed languages_offered: 'en' -> 'nl,en'",
                                             "setting_changed languages_offered: 'nl,en' -> 'en'",
                                             "setting_changed idle_timeout_seconds: '90' -> '120'"});
}

// [section] The local reporting route (issue 15) ----------------------------------------------

#include "admin/route.hpp"

TEST_CASE("route: a venue's own contact wins over the kiosk's, unset parts fall back to the text's words") {
    Store store(":memory:");
    const auto zee = store.add_venue("Hotel Zee", "hotel");
    const auto park = store.add_venue("Park", "holiday-park");
    CHECK(admin::set_route_field(store, std::nullopt, "contact_name", "Receptie").ok());
    CHECK(admin::set_route_field(store, std::nullopt, "municipality", "Meldpunt 14070").ok());
    CHECK(admin::set_route_field(store, zee, "contact_name", " Anna de Vries ").ok());
    CHECK(admin::set_route_field(store, zee, "contact_phone", "toestel 204").ok());
    CHECK(admin::set_route_field(store, zee, "bogus", "x").problem == "admin_problem_route_field");
    CHECK(admin::set_route_field(store, zee, "contact_role", "a\x01" "b").problem == "admin_problem_route_text");
    CHECK(admin::set_route_field(store, zee, "contact_role", std::string(121, 'x')).problem == "admin_problem_route_text");

    const LocalRoute zr = admin::route_for(store, zee), pr = admin::route_for(store, park);
    CHECK(describe(zr.contact) == "Anna de Vries (toestel 204)");
    CHECK(describe(pr.contact) == "Receptie");
    CHECK(zr.municipality == "Meldpunt 14070");
    const std::string text = "Vertel het {contact|je leidinggevende}; bel {veilig_thuis|Veilig Thuis (0800-2000)}.";
    CHECK(fill_route(text, zr) == "Vertel het Anna de Vries (toestel 204); bel Veilig Thuis (0800-2000).");
    CHECK(with_fallbacks(text) == "Vertel het je leidinggevende; bel Veilig Thuis (0800-2000).");
    CHECK(admin::set_route_field(store, zee, "contact_name", "").ok());
    CHECK(describe(admin::route_for(store, zee).contact) == "toestel 204");  // one person: never the kiosk's name with the venue's phone
    CHECK(admin::set_route_field(store, zee, "contact_phone", "").ok());  // all cleared: the kiosk's contact again
    CHECK(describe(admin::route_for(store, zee).contact) == "Receptie");
}
