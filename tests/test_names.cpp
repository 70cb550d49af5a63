// Names: one validation, stored in NFC, found again however they were typed.
#include <catch2/catch.hpp>

#include "names.hpp"
#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "support/attempt_fixture.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;

TEST_CASE("names: the same person typed in another case or form gets one key") {
    const auto same = [](const char* a, const char* b) { return names::match_key(a) == names::match_key(b); };
    CHECK(same("Анна Иванова", "АННА ИВАНОВА"));  // Cyrillic
    CHECK(same("Анна Иванова", "анна иванова"));
    CHECK(same("Łucja Żółw", "łucja żółw"));      // Polish
    CHECK(same("ŁUCJA ŻÓŁW", "Łucja Żółw"));
    CHECK(same("Ștefan Țăranu", "ȘTEFAN ȚĂRANU"));  // Romanian, comma below
    CHECK(same("José", "Jose\u0301"));              // NFC and NFD
    CHECK(same("JOSE\u0301", "josé"));
    CHECK(same("Straße", "STRASSE"));               // full case folding
    CHECK(same("  Ana   Pop ", "ana pop"));         // white space runs
    CHECK(same("Ana\u00A0Pop", "ana pop"));         // no-break space
}

TEST_CASE("names: Turkish dotted and dotless i are one letter in the key") {
    const auto same = [](const char* a, const char* b) { return names::match_key(a) == names::match_key(b); };
    CHECK(same("Işık", "IŞIK"));       // dotless ı against I
    CHECK(same("Işık", "işik"));       // dotless against dotted
    CHECK(same("İpek", "ipek"));       // dotted capital İ against i
    CHECK(same("İPEK", "Ipek"));
    CHECK(names::match_key("İpek") == "ipek");  // no stray combining dot
}

TEST_CASE("names: different names stay apart") {
    CHECK(names::match_key("José") != names::match_key("Jose"));  // diacritics are part of the name
    CHECK(names::match_key("Anna Ivanova") != names::match_key("Анна Иванова"));
    CHECK(names::match_key("Ana Pop") != names::match_key("AnaPop"));
}

TEST_CASE("names: stored in NFC, trimmed") {
    CHECK(names::normalized("  Jose\u0301 ") == "Jos\u00E9");
    CHECK(names::normalized("Zoe\u0308") == "Zo\u00EB");
    CHECK(names::normalized("Ana Pop") == "Ana Pop");
    CHECK(names::normalized("\xff") == "\xff");  // not UTF-8: left for problem() to refuse
}

TEST_CASE("names: what the kiosk refuses, with the reason its ui text translates") {
    for (const char* ok : {"Anna", "Łucja Wiśniewska", "Иван Петров", "José García-López", "O'Brien", "😀"})
        CHECK(names::problem(ok).empty());
    CHECK(names::problem("") == "empty");
    CHECK(names::problem("  \u00A0 ") == "empty");
    CHECK(names::problem("Ann\tBob") == "control_character");
    CHECK(names::problem("Ann\aBob") == "control_character");
    CHECK(names::problem("evil\u202Egnp.exe") == "control_character");
    CHECK(names::problem("Ana \u2066Pop") == "control_character");
    CHECK(names::problem("\u200FAna") == "control_character");
    CHECK(names::problem("Ana\u0085") == "control_character");  // C1 control
    CHECK(names::problem(std::string(names::kMaxLength + 1, 'a')) == "too_long");
    CHECK(names::problem(std::string(names::kMaxLength, 'a')).empty());
    CHECK(names::problem("\xC3\x28") == "invalid_text");
    CHECK(names::problem("\xED\xA0\x80") == "invalid_text");  // a surrogate in UTF-8
}

TEST_CASE("names: the kiosk finds a person again in another case, script form or normalisation") {
    Store s(":memory:");
    const auto v = s.add_venue("Hotel A", "hotel");
    for (const auto& [first, again] : std::vector<std::pair<std::string, std::string>>{
             {"Анна Иванова", "АННА ИВАНОВА"}, {"Łucja Nowak", "łucja nowak"}, {"Jose\u0301 Pe\u0301rez", "José Pérez"},
             {"Işık Yılmaz", "IŞIK YILMAZ"}}) {
        INFO(first);
        s.record_attempt(test::passed_attempt(first, v, "m1"), today_utc());
        const auto id = s.find_person(again, "", v);
        REQUIRE(id);
        s.record_attempt(test::passed_attempt(again, v, "m2"), today_utc());
        CHECK(s.attempt_count(*id) == 2);  // one history, not two people
        CHECK(s.person(*id)->full_name == names::normalized(again));
    }
}

TEST_CASE("names: upgrading rebuilds the keys and reports people who now collide, without merging") {
    test::TempDir dir;
    const auto path = dir.path() / "v4.db";
    {
        Store s(path);
        const auto v = s.add_venue("Hotel A", "hotel");
        s.add_person("Анна Иванова", "E1", v, "bg");
        s.add_person("Zoe\u0308 Smit", "", v, "nl");
    }
    {
        // As schema 4 kept them: the ASCII-only key, names as typed, and a second Anna that the
        // old key told apart.
        db::Connection c(path);
        c.exec("UPDATE people SET name_key = full_name WHERE full_name LIKE 'Анна%'");
        c.exec("UPDATE people SET full_name = 'Zoe' || char(776) || ' Smit', name_key = 'zoe' || char(776) || ' smit' "
               "WHERE full_name LIKE 'Zo%'");
        c.exec("INSERT INTO people(uid, full_name, name_key, employee_number, venue_id, language, created_at, "
               "last_activity_at) VALUES ('u2', 'АННА ИВАНОВА', 'АННА ИВАНОВА', 'E1', 1, 'bg', '2026-01-01', '2026-01-01')");
        c.exec("DELETE FROM audit_log; PRAGMA user_version = 4");
    }
    Store s(path);
    const auto venue = s.venue_by_name("Hotel A")->id;
    const auto anna = s.find_person("анна иванова", "E1", venue);
    REQUIRE(anna);
    CHECK(s.person(*anna)->full_name == "Анна Иванова");  // the first of the two
    const auto zoe = s.find_person("ZOË SMIT", "", venue);
    REQUIRE(zoe);
    CHECK(s.person(*zoe)->full_name == "Zo\u00EB Smit");  // now NFC
    const auto log = s.audit_log(10);
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "name_key_collision");
    CHECK_THAT(log[0].detail, Catch::Contains("people 1, 3 of venue 1"));
    CHECK(log[0].detail.find("Анна") == std::string::npos);  // ids only
    CHECK(s.person(3)->full_name == "АННА ИВАНОВА");  // not merged
}

TEST_CASE("names: finding people by part of a name folds case outside ASCII too") {
    Store s(":memory:");
    const auto v = s.add_venue("Hotel A", "hotel");
    s.add_person("Анна Иванова", "", v, "bg");
    s.add_person("Łucja Nowak", "", v, "pl");
    REQUIRE(s.find_people("анна").size() == 1);
    CHECK(s.find_people("ИВАНОВА").front().full_name == "Анна Иванова");
    CHECK(s.find_people("ŁUCJA").size() == 1);
    CHECK(s.find_people("nowak").size() == 1);
    CHECK(s.find_people("Smit").empty());
}
