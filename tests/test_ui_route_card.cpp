// "Where to report here" (issue 15): the card's words built from the venue's route, and the real
// screens drawing it on the bundled content: the contact's name and phone when set, the fallback
// when not, and never a raw {placeholder|...} on any page of any module in any language.
#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <set>

#include "admin/pin_pad.hpp"
#include "admin/route.hpp"
#include "app/admin_session.hpp"
#include "catalog_text.hpp"
#include "content_loader.hpp"
#include "route_card.hpp"
#include "support/ui_driver.hpp"
#include "ui/widgets.hpp"

using namespace signaal;

namespace {

const Catalog& bundled() {
    static const Catalog c = [] {
        const std::filesystem::path dir = SIGNAAL_TEST_CONTENT_DIR;
        auto r = load_content(dir, {default_icon_dir(dir), true});
        if (!r.ok()) throw std::runtime_error(format(r.problems));
        return std::move(r.catalog);
    }();
    return c;
}

UiText words() {
    UiText ui;
    for (const auto& [k, v] : std::vector<std::pair<std::string, std::string>>{
             {"route_card_title", "Where to report here"}, {"route_card_who", "Who to tell first:"},
             {"route_card_manager", "Your manager"}, {"route_card_police", "Police"}, {"route_card_anonymous", "Anonymous"},
             {"route_card_emergency", "Emergency"}, {"route_card_municipality", "Municipality"},
             {"route_card_care_coordinator", "Care coordinator"}, {"route_card_veilig_thuis", "Veilig Thuis"}})
        ui.set("en", k, v);
    return ui;
}

// A kiosk on the bundled content with one venue of each kind; "Hotel Zee" has a contact person.
class Kiosk : public test::UiDriver {
public:
    explicit Kiosk(float w = 1280, float h = 800) : UiDriver(w, h, catalog_text(bundled())) {
        auto store = std::make_unique<Store>(":memory:");
        zee = store->add_venue("Hotel Zee", "hotel");
        set_route(*store, zee);
        for (const char* kind : {"hotel", "holiday-park", "workplace", "municipality"}) {
            plain[kind] = store->add_venue(std::string("Plain ") + kind, kind);
            routed[kind] = store->add_venue(std::string("Routed ") + kind, kind);
            set_route(*store, routed[kind]);
        }
        start(bundled(), std::move(store), *parse_iso_date("2026-11-23"));
        ui::record_drawn_text(true);
    }
    ~Kiosk() { ui::record_drawn_text(false); }
    const FlowState& s() const { return app->state(); }
    void act(const Intent& in) {
        app->handle(in);
        frame();
    }
    // From the attract screen to the module list, as `name` of venue `v`.
    void identify(const std::string& lang, std::int64_t v, const std::string& kind) {
        act(intent::Done{});
        act(intent::Start{});
        act(intent::ChooseLanguage{lang});
        act(intent::Type{"Mia"});
        act(intent::ChooseVenue{v, kind});
        act(intent::Confirm{});
        REQUIRE(s().screen == Screen::Modules);
    }
    // Every text drawn in the last frame, joined.
    static std::string screen_text() {
        std::string all;
        for (const auto& t : ui::drawn_texts()) all += t + "\n";
        return all;
    }

    // Every field of the route, on the venue itself.
    static void set_route(Store& store, std::int64_t v) {
        for (const auto& [field, value] : std::vector<std::pair<std::string, std::string>>{
                 {"contact_name", "Anna de Vries"}, {"contact_role", "aandachtsfunctionaris"}, {"contact_phone", "toestel 204"},
                 {"municipality", "Meldpunt 14070"}, {"care_coordinator", "SHOP, 070-361 47 47"},
                 {"veilig_thuis", "Veilig Thuis Haaglanden"}})
            REQUIRE(admin::set_route_field(store, v, field, value).ok());
    }

    std::int64_t zee = 0;
    std::map<std::string, std::int64_t> plain, routed;
};

// Taps that answer q wrongly: an order swapped, else one choice that is not right.
std::vector<int> wrong_taps(const Question& q) {
    std::vector<int> taps = q.correct;
    if (q.type == QuestionType::Order) {
        std::swap(taps[0], taps[1]);
        return taps;
    }
    for (int c = 0; c < static_cast<int>(q.choice_ids.size()); ++c)
        if (std::find(q.correct.begin(), q.correct.end(), c) == q.correct.end()) return {c};
    taps.pop_back();
    return taps;
}

int route_page(const Module& m) {
    for (size_t i = 0; i < m.pages.size(); ++i)
        if (m.pages[i].route_card) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("route card: the venue's contact, else the municipality's point, else the manager, the three numbers always",
          "[ui][route]") {
    const UiText ui = words();
    LocalRoute r;
    RouteCard c = route_card(r, ui, "en");
    CHECK(c.title == "Where to report here");
    CHECK(c.who == "Your manager");
    CHECK_FALSE(c.who_configured);
    REQUIRE(c.numbers.size() == 3);
    CHECK(c.numbers[0].label == "Police");
    CHECK(c.numbers[0].value == "0900-8844");
    CHECK(c.numbers[1].value == "0800-7000");
    CHECK(c.numbers[2].value == "112");
    CHECK(c.local.empty());

    r.municipality = "Meldpunt 14070";
    c = route_card(r, ui, "en");
    CHECK(c.who == "Meldpunt 14070");
    CHECK(c.local.empty());  // not listed twice

    r.contact = {"Anna de Vries", "aandachtsfunctionaris", "toestel 204"};
    r.care_coordinator = "SHOP, 070-361 47 47";
    r.veilig_thuis = "Veilig Thuis Haaglanden, 0800-2000";
    c = route_card(r, ui, "en");
    CHECK(c.who == "Anna de Vries (aandachtsfunctionaris, toestel 204)");
    CHECK(c.who_configured);
    REQUIRE(c.local.size() == 3);
    CHECK(c.local[0].label == "Municipality");
    CHECK(c.local[0].value == "Meldpunt 14070");
    CHECK(c.local[1].value == "SHOP, 070-361 47 47");
    CHECK(c.local[2].label == "Veilig Thuis");
}

TEST_CASE("The bundled words of the card exist in every language and name no number themselves", "[ui][route]") {
    const Catalog& c = bundled();
    for (const auto& l : c.languages)
        for (const auto& key : route_card_keys()) {
            INFO(l.code << " " << key);
            REQUIRE(c.ui.has(l.code, key));
            const std::string& w = c.ui.get(l.code, key);
            CHECK_FALSE(w.empty());
            CHECK(w.find_first_of("0123456789") == std::string::npos);  // numbers come from route_card, once
        }
}

TEST_CASE("The lesson page on reporting and the result show the card: the contact's name and phone, or the fallback",
          "[ui][route]") {
    Kiosk k;
    const Module& m = *bundled().find_module("hotel-sexual-exploitation");
    const int page = route_page(m);
    REQUIRE(page > 0);
    const std::string manager = bundled().ui.get("nl", "route_card_manager");

    SECTION("with a contact person") {
        k.identify("nl", k.zee, "hotel");
        k.act(intent::ChooseModule{m.id});
        CHECK(Kiosk::screen_text().find("Waar meld je het hier?") == std::string::npos);  // page 1 teaches no reporting
        while (k.s().page < page) k.act(intent::Next{});
        const std::string text = Kiosk::screen_text();
        CHECK_THAT(text, Catch::Contains("Waar meld je het hier?"));
        CHECK_THAT(text, Catch::Contains("Anna de Vries"));
        CHECK_THAT(text, Catch::Contains("toestel 204"));
        for (const char* n : {"0900-8844", "0800-7000", "112"}) CHECK_THAT(text, Catch::Contains(n));
        CHECK(text.find(manager) == std::string::npos);

        // Failing: the result still says where to report.
        while (k.s().screen == Screen::Lesson) k.act(intent::Next{});
        while (k.s().screen == Screen::Quiz) {
            for (int c : wrong_taps(current_question(k.s(), bundled()))) k.act(intent::TapChoice{c});
            k.act(intent::Next{});
        }
        REQUIRE(k.s().screen == Screen::Result);
        CHECK_FALSE(k.s().score->passed);
        CHECK_THAT(Kiosk::screen_text(), Catch::Contains("Anna de Vries (aandachtsfunctionaris, toestel 204)"));
        CHECK_THAT(Kiosk::screen_text(), Catch::Contains("0800-7000"));
    }
    SECTION("without: the text's own words") {
        k.identify("en", k.plain["hotel"], "hotel");
        k.act(intent::ChooseModule{m.id});
        while (k.s().page < page) k.act(intent::Next{});
        const std::string text = Kiosk::screen_text();
        CHECK_THAT(text, Catch::Contains(bundled().ui.get("en", "route_card_title")));
        CHECK_THAT(text, Catch::Contains(bundled().ui.get("en", "route_card_manager")));
        CHECK_THAT(text, Catch::Contains("0900-8844"));
        CHECK(text.find("Anna") == std::string::npos);
    }
}

TEST_CASE("No raw placeholder reaches the screen: every page of every module in every language, with and without a route",
          "[ui][route]") {
    Kiosk k;
    const Catalog& c = bundled();
    int pages = 0, cards = 0;
    for (const auto& lang : c.languages)
        for (const Module& m : c.modules)
            for (const bool configured : {true, false}) {
                const std::string kind = m.audiences.front();
                k.identify(lang.code, configured ? k.routed[kind] : k.plain[kind], kind);
                k.act(intent::ChooseModule{m.id});
                REQUIRE(k.s().screen == Screen::Lesson);
                for (size_t p = 0; p < m.pages.size(); ++p) {
                    INFO(lang.code << " " << m.id << " page " << p << (configured ? " (route set)" : ""));
                    const std::string text = Kiosk::screen_text();
                    CHECK(text.find("{contact|") == std::string::npos);
                    CHECK(text.find("{municipality|") == std::string::npos);
                    CHECK(text.find("{care_coordinator|") == std::string::npos);
                    CHECK(text.find("{veilig_thuis|") == std::string::npos);
                    const bool card = text.find(c.ui.get(lang.code, "route_card_title")) != std::string::npos;
                    CHECK(card == m.pages[p].route_card);
                    if (card) CHECK((text.find("Anna de Vries (aandachtsfunctionaris, toestel 204)") != std::string::npos) == configured);
                    cards += card;
                    ++pages;
                    k.act(intent::Next{});
                }
            }
    CHECK(cards == static_cast<int>(2 * c.languages.size() * c.modules.size()));
    CHECK(pages > 100);
}

TEST_CASE("Admin screens: a venue's reporting route is set field by field, shown with the kiosk's values, refused when too long",
          "[ui][admin][route]") {
    test::UiDriver a(1280, 800, catalog_text(bundled()));
    auto store = std::make_unique<Store>(":memory:");
    const std::int64_t zee = store->add_venue("Hotel Zee", "hotel");
    store->set_setting(admin::kPinSetting, admin::hash_pin("2468"));
    REQUIRE(admin::set_route_field(*store, std::nullopt, "municipality", "Meldpunt 14070").ok());
    a.start(bundled(), std::move(store), *parse_iso_date("2026-11-23"));
    a.sign_in_admin("2468");
    const auto session = [&]() -> const admin::Session& { return a.shell.admin_session; };
    a.tap("admin:tab:venues");
    a.tap("admin:venue_route:" + std::to_string(zee));
    REQUIRE(session().route_venue == zee);
    ui::record_drawn_text(true);
    a.frame();
    std::string shown;
    for (const auto& t : ui::drawn_texts()) shown += t + "\n";
    CHECK_THAT(shown, Catch::Contains("Meldpunt 14070"));  // where the venue sets none, the kiosk's value

    a.tap("admin:route:contact_name");
    REQUIRE(session().editing == admin::Field::VenueRoute);
    ImGui::GetIO().AddInputCharactersUTF8("Anna de Vries");
    a.frame();
    a.tap("admin:kb:done");
    CHECK(session().editing == admin::Field::None);
    CHECK(session().message_key == "admin_saved");
    a.tap("admin:route:contact_phone");
    ImGui::GetIO().AddInputCharactersUTF8(std::string(121, '4').c_str());
    a.frame();
    a.tap("admin:kb:done");
    CHECK(session().message_key == "admin_problem_route_text");  // the keyboard stays open to fix it
    CHECK(session().editing == admin::Field::VenueRoute);
    shown.clear();
    for (const auto& t : ui::drawn_texts()) shown += t + "\n";
    CHECK_THAT(shown, Catch::Contains(a.app->catalog().ui.get("nl", "admin_problem_route_text")));
    a.tap("admin:kb:cancel");
    ui::record_drawn_text(false);

    const LocalRoute r = admin::route_for(a.app->store(), zee);
    CHECK(r.contact.name == "Anna de Vries");
    CHECK(r.contact.phone.empty());
    CHECK(r.municipality == "Meldpunt 14070");
    CHECK(admin::stored_route(a.app->store(), std::nullopt).contact.name.empty());  // the venue's own, not the kiosk's
    a.tap("admin:route:back");
    CHECK(session().route_venue == 0);
    CHECK(a.has("admin:venue_route:" + std::to_string(zee)));
}
