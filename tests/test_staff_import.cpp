// Staff lists as HR exports them (Excel in Dutch and English settings, HR systems), read and
// imported at a venue: encodings, delimiters, headers, per-line errors, idempotence, leavers.
#include <catch2/catch.hpp>

#include <algorithm>

#include "flow.hpp"
#include "admin/staff_csv.hpp"
#include "admin/staff_import.hpp"
#include "store/store.hpp"

using namespace signaal;
using namespace signaal::staff;

namespace {

const std::vector<std::string> kLanguages = {"nl", "en", "pl", "ro", "bg"};

List read(const std::string& bytes) { return read_csv(bytes, kLanguages, FlowConfig{}.max_name_length); }

std::vector<std::string> names(const List& l) {
    std::vector<std::string> out;
    for (const auto& r : l.rows) out.push_back(r.name);
    return out;
}

std::string errors(const List& l) {
    std::string out;
    for (const auto& p : l.problems) out += std::to_string(p.line) + ": " + p.message + (p.error ? "" : " (warning)") + "\n";
    return out;
}

int count(const Plan& p, Change::Kind k) {
    return static_cast<int>(std::count_if(p.changes.begin(), p.changes.end(), [&](const Change& c) { return c.kind == k; }));
}

}  // namespace

TEST_CASE("staff list: Dutch Excel's ',' CSV with a BOM and Dutch column names", "[staff]") {
    const auto l = read("\xEF\xBB\xBFNaam;Personeelsnummer;Taal;Afdeling\r\n"
                        "Anna de Vries;1001;nl;Receptie\r\n"
                        "\"Kowalski; Jan\";1002;PL;Keuken\r\n"
                        ";;;\r\n");
    INFO(errors(l));
    CHECK(l.ok());
    CHECK(l.encoding == "UTF-8 with BOM");
    CHECK(l.delimiter == ';');
    CHECK(l.ignored_columns == std::vector<std::string>{"Afdeling"});
    REQUIRE(l.rows.size() == 2);
    CHECK(l.rows[0].name == "Anna de Vries");  // no BOM glued to anything
    CHECK(l.rows[0].employee_number == "1001");
    CHECK(l.rows[1].name == "Kowalski; Jan");
    CHECK(l.rows[1].language == "pl");
    CHECK(l.rows[1].line == 3);
}

TEST_CASE("staff list: ',' CSV with English headers, first and last name, no BOM", "[staff]") {
    const auto l = read("First name,Tussenvoegsel,Last name,Employee number\n"
                        "Anna,de,Vries,E-1\n"
                        "Ion,,Popescu,E-2\n");
    INFO(errors(l));
    CHECK(l.ok());
    CHECK(l.encoding == "UTF-8");
    CHECK(l.delimiter == ',');
    CHECK(names(l) == std::vector<std::string>{"Anna de Vries", "Ion Popescu"});
    CHECK(l.rows[1].language.empty());
}

TEST_CASE("staff list: Windows-1252 is converted, bytes it does not have are refused", "[staff]") {
    const auto l = read("naam;taal\r\nJos\xE9 Garc\xED" "a;nl\r\nZo\xEB \x80uro;en\r\n");
    INFO(errors(l));
    CHECK(l.ok());
    CHECK(l.encoding == "Windows-1252");
    CHECK(names(l) == std::vector<std::string>{"Jos\u00e9 Garc\u00eda", "Zo\u00eb \u20acuro"});

    const auto bad = read("naam\r\nAnna\r\nJ\x81n\r\n");
    REQUIRE(bad.problems.size() == 1);
    CHECK_FALSE(bad.ok());
    CHECK(bad.problems[0].line == 3);
    CHECK(bad.problems[0].message.find("neither UTF-8 nor Windows-1252") != std::string::npos);
    CHECK(bad.rows.empty());
}

TEST_CASE("staff list: Excel's UTF-16 'Unicode text' with tabs", "[staff]") {
    const std::string utf8 = "Name\tLanguage\r\n\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432\tbg\r\n";
    std::string utf16 = "\xFF\xFE";
    for (size_t i = 0; i < utf8.size();) {  // UTF-8 to UTF-16LE for the BMP, by hand for the test
        const auto c = static_cast<unsigned char>(utf8[i]);
        char32_t cp = c;
        if (c >= 0xE0) cp = ((c & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F), i += 3;
        else if (c >= 0xC0) cp = ((c & 0x1F) << 6) | (utf8[i + 1] & 0x3F), i += 2;
        else ++i;
        utf16 += static_cast<char>(cp & 0xFF);
        utf16 += static_cast<char>(cp >> 8);
    }
    const auto l = read(utf16);
    INFO(errors(l));
    CHECK(l.ok());
    CHECK(l.encoding == "UTF-16");
    CHECK(l.delimiter == '\t');
    CHECK(names(l) == std::vector<std::string>{"\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432"});
    CHECK(l.rows[0].language == "bg");
}

TEST_CASE("staff list: missing columns and wrong cells are reported with their lines", "[staff]") {
    const auto none = read("Afdeling;Telefoon\r\nReceptie;0612345678\r\n");
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].line == 1);
    CHECK(none.problems[0].message.find("no name column") != std::string::npos);
    CHECK(none.problems[0].message.find("'Afdeling', 'Telefoon'") != std::string::npos);

    const auto l = read("name,employee number,language\n"
                        "Anna,1,nl\n"
                        ",2,nl\n"
                        "Piet,3,fr\n"
                        "Kees\n");  // a short row: the missing cells are empty
    CHECK_FALSE(l.ok());
    INFO(errors(l));
    REQUIRE(l.problems.size() == 2);
    CHECK(l.problems[0].line == 3);
    CHECK(l.problems[0].message == "no name");
    CHECK(l.problems[1].line == 4);
    CHECK(l.problems[1].message.find("unknown language 'fr'") != std::string::npos);
    CHECK(names(l) == std::vector<std::string>{"Anna", "Kees"});
    CHECK(read("").problems.at(0).message.find("the file is empty") != std::string::npos);
}

TEST_CASE("staff list: duplicate rows are counted once, conflicting ones refused", "[staff]") {
    const auto l = read("name;employee number\n"
                        "Anna;1\n"
                        "Anna;1\n"        // the same row again: harmless
                        "Piet;1\n"        // another name with the same number
                        "Kees;\n"
                        "Kees;\n");
    INFO(errors(l));
    CHECK(names(l) == std::vector<std::string>{"Anna", "Kees"});
    REQUIRE(l.problems.size() == 3);
    CHECK_FALSE(l.problems[0].error);
    CHECK(l.problems[0].line == 3);
    CHECK(l.problems[0].message == "repeats line 2; counted once");
    CHECK(l.problems[1].error);
    CHECK(l.problems[1].line == 4);
    CHECK(l.problems[1].message == "employee number 1 is also on line 2 (Anna)");
    CHECK_FALSE(l.problems[2].error);
    CHECK_FALSE(l.ok());
}

TEST_CASE("staff list: a quoted cell over two lines keeps the next rows' line numbers", "[staff]") {
    const auto l = read("name\n\"Anna\nde Vries\"\nPiet\n");
    REQUIRE(l.problems.size() == 1);
    CHECK(l.problems[0].line == 2);
    CHECK(l.problems[0].message.find("control") != std::string::npos);
    REQUIRE(l.rows.size() == 1);
    CHECK(l.rows[0].line == 4);
}

TEST_CASE("staff import: adds, corrects, is a no-op the second time, marks the missing as left", "[staff]") {
    Store s(":memory:");
    const auto venue = s.add_venue("Hotel Aurora", "hotel");
    const auto other = s.add_venue("Hotel Boreal", "hotel");
    const auto gone = s.add_person("Old Timer", "900", venue, "nl");
    const auto elsewhere = s.add_person("Elsewhere", "901", other, "nl");
    const auto list = read("name;employee number;language\nAnna de Vries;1001;\nJan Kowalski;1002;pl\nPiet;;en\n");
    REQUIRE(list.ok());

    const auto plan = plan_import(s, venue, list, false, "nl");
    REQUIRE(plan.ok());
    CHECK(count(plan, Change::Kind::Add) == 3);
    CHECK(plan.changes[0].language == "nl");  // none given: the default
    apply(s, plan, "staff.csv");
    CHECK(s.people_at_venue(venue).size() == 4);

    // The same list again changes nothing.
    const auto again = plan_import(s, venue, list, false, "nl");
    CHECK(again.changes.empty());
    CHECK(again.unchanged == 3);

    // A corrected name under the same number, a new language; with --mark-missing-left the
    // person not on the list leaves, and nobody at another venue is touched.
    const auto fixed = read("name;employee number;language\nAnna de Vries-Bakker;1001;en\nJan Kowalski;1002;pl\nPIET;;\n");
    const auto plan2 = plan_import(s, venue, fixed, true, "nl");
    INFO(errors(fixed));
    REQUIRE(plan2.ok());
    CHECK(count(plan2, Change::Kind::Update) == 2);
    CHECK(plan2.changes[0].was == "name 'Anna de Vries' -> 'Anna de Vries-Bakker', language nl -> en");
    // PIET is Piet, folded as the kiosk folds names: the list's spelling is taken, nobody is added.
    CHECK(plan2.changes[1].was == "name 'Piet' -> 'PIET'");
    CHECK(count(plan2, Change::Kind::Leave) == 1);
    CHECK(count(plan2, Change::Kind::Add) == 0);
    apply(s, plan2, "staff.csv");
    CHECK_FALSE(s.person(gone)->active);
    CHECK(s.person(elsewhere)->active);
    CHECK(plan_import(s, venue, fixed, true, "nl").changes.empty());

    // Back on the list: back from leave.
    const auto back = read("name;employee number\nOld Timer;900\n");
    const auto plan3 = plan_import(s, venue, back, false, "nl");
    REQUIRE(plan3.changes.size() == 1);
    CHECK(plan3.changes[0].kind == Change::Kind::Rejoin);
    apply(s, plan3, "staff.csv");
    CHECK(s.person(gone)->active);
}

TEST_CASE("staff import: two rows for one registered person are refused", "[staff]") {
    Store s(":memory:");
    const auto venue = s.add_venue("Hotel Aurora", "hotel");
    s.add_person("Anna de Vries", "", venue, "nl");
    const auto list = read("name;language\nAnna de Vries;nl\nanna  de vries;en\n");
    REQUIRE(list.ok());
    const auto plan = plan_import(s, venue, list, false, "nl");
    CHECK_FALSE(plan.ok());
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems[0].line == 3);
    CHECK(plan.problems[0].message == "the same person as line 2 (Anna de Vries)");
}
