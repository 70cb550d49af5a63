#include "screen_walk.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "admin/route.hpp"
#include "admin/certificates.hpp"
#include "question_types.hpp"

namespace signaal {

std::string sample_name(const std::string& lang) {
    if (lang == "nl") return "Zoë van den Berg";
    if (lang == "pl") return "Małgorzata Wiśniewska";
    if (lang == "ro") return "Ștefania Mănescu";
    if (lang == "bg") return "Мария Иванова";
    if (lang == "tr") return "Ayşe Yılmaz";
    return "Chloé O'Brien";
}

namespace {

std::string two(int n) {
    char b[16];
    std::snprintf(b, sizeof b, "%02d", n);
    return b;
}

class Walk {
public:
    Walk(DemoKiosk& k, std::string lang, const ScreenVisit& visit, const PaperVisit& paper)
        : k_(k), app_(k.app()), catalog_(k.catalog()), lang_(std::move(lang)), visit_(visit), paper_(paper) {}

    void run() {
        auto& langs = catalog_.languages;
        k_.shell().attract_lang = static_cast<size_t>(
            std::find_if(langs.begin(), langs.end(), [&](auto& l) { return l.code == lang_; }) - langs.begin());
        visit_("attract");
        k_.act(intent::Start{});
        visit_("language");
        k_.act(intent::ChooseLanguage{lang_});
        k_.act(intent::Confirm{});  // nothing typed: shows the name problem
        visit_("identify-error");
        const Module* first = catalog_.modules.empty() ? nullptr : &catalog_.modules.front();
        type_and_choose_venue(first);
        visit_("identify");
        k_.act(intent::Focus{Field::EmployeeNumber});
        k_.act(intent::Type{"H-2041"});
        visit_("identify-number");
        k_.act(intent::Confirm{});
        visit_("modules");
        if (!first) return;

        // Every page of the first module, then the quiz answered right.
        k_.act(intent::ChooseModule{first->id});
        for (size_t p = 0; p < first->pages.size(); ++p) {
            visit_("lesson-" + two(static_cast<int>(p + 1)) + (first->pages[p].route_card ? "-route-card" : ""));
            k_.act(intent::Next{});
        }
        answer_all(true, true);
        visit_("result-pass");
        paper("certificate-pdf");
        k_.act(intent::ShowCertificate{});
        visit_("certificate");
        k_.act(intent::Print{});
        visit_("certificate-print");
        k_.act(intent::Done{});

        // One page of every other module.
        for (size_t i = 1; i < catalog_.modules.size(); ++i) {
            const Module& m = catalog_.modules[i];
            identify(&m);
            k_.act(intent::ChooseModule{m.id});
            visit_("lesson-" + m.id);
            k_.act(intent::Done{});
        }

        // Every spot question of every module: before, with a signal and an ordinary thing
        // marked, and in the review.
        for (const Module& m : catalog_.modules)
            for (const Question& q : m.questions)
                if (!q.regions.empty()) spot_question(m, q);

        // Failing the first module.
        identify(first);
        k_.act(intent::ChooseModule{first->id});
        for (size_t p = 0; p < first->pages.size(); ++p) k_.act(intent::Next{});
        answer_all(false, false);
        visit_("result-fail");

        // The idle countdown, then the admin PIN pad.
        k_.advance(app_.config().idle_timeout + Millis(1500));
        visit_("idle");
        k_.act(intent::Done{});
        app_.admin_open();
        app_.admin_digit('1');
        app_.admin_digit('2');
        visit_("admin-pin");
        admin_area();
        app_.admin_close();
        k_.act(intent::Done{});

        every_question_type();
        route_card_with_contact(first);
    }

private:
    // The admin area on the demo data: home, people, a filtered list, one person (reprint, the revoke
    // and erase confirmations, an export), venues, settings.
    void admin_area() {
        app_.admin_close();
        app_.admin_open();
        const auto type_pin = [&] {
            for (char d : std::string("2468")) app_.admin_digit(d);
            app_.admin_submit();
        };
        type_pin();
        if (app_.admin().mode == AdminState::Mode::ConfirmPin) type_pin();
        admin::Session& s = k_.shell().admin_session;
        s = admin::Session{};
        s.lang = lang_;
        const auto go = [&](const admin::Intent& a) {
            k_.advance(Millis(400));
            admin::apply(s, app_, a);
            admin::refresh(s, app_);
        };
        namespace ai = admin::intent;
        admin::refresh(s, app_);
        visit_("admin-home");
        go(ai::ShowTab{admin::Tab::People});
        visit_("admin-people");
        go(ai::FilterStatus{admin::Status::Expired});
        visit_("admin-people-filtered");
        go(ai::FilterStatus{});
        go(ai::Edit{admin::Field::Search});
        go(ai::Type{"an"});
        visit_("admin-people-search");
        go(ai::ClearFilters{});
        if (const std::int64_t best = person_with_longest_history(s)) {
            go(ai::OpenPerson{best});
            visit_("admin-person");
            go(ai::Reprint{s.person->history.front().serial});
            visit_("admin-person-reprint");
            go(ai::AskRevoke{s.person->history.front().serial});
            go(ai::ChooseRevokeReason{admin::revoke_reasons().front()});
            visit_("admin-revoke-confirm");
            go(ai::CancelRevoke{});
            go(ai::AskErase{best});
            visit_("admin-erase-confirm");
            go(ai::CancelErase{});
            go(ai::Export{best});
            visit_("admin-person-export");
        }
        go(ai::ShowTab{admin::Tab::Venues});
        visit_("admin-venues");
        if (!s.venue_rows.empty()) {
            go(ai::ShowVenueRoute{s.venue_rows.front().venue.id});
            visit_("admin-venue-route");
            go(ai::ShowVenueRoute{0});
        }
        go(ai::ShowTab{admin::Tab::Settings});
        visit_("admin-settings");
        go(ai::Edit{admin::Field::OrganisationName});
        go(ai::Type{"Signaal"});
        visit_("admin-settings-keyboard");
        go(ai::CancelEdit{});
        // The verification address as typed, refused by its rule (no final '/').
        go(ai::Edit{admin::Field::VerifyUrl});
        go(ai::Type{"https://verify.example.nl"});
        go(ai::EndEdit{});
        visit_("admin-settings-verify-url");
        go(ai::CancelEdit{});
        s = admin::Session{};
    }

    // Among the first people listed, one with at least three certificates if there is one.
    std::int64_t person_with_longest_history(const admin::Session& s) {
        std::int64_t best = 0;
        size_t most = 0;
        for (const auto& p : s.people) {
            const auto d = admin::person_detail(app_.store(), catalog_, p.id, app_.today());
            if (d && d->history.size() > most) {
                most = d->history.size();
                best = p.id;
            }
            if (most >= 3) break;
        }
        return best;
    }

    const Venue* venue_for(const Module* m) const {
        for (const auto& v : app_.venues())
            if (!m || std::find(m->audiences.begin(), m->audiences.end(), v.kind) != m->audiences.end()) return &v;
        return app_.venues().empty() ? nullptr : &app_.venues().front();
    }

    void type_and_choose_venue(const Module* m) {
        k_.act(intent::Focus{Field::Name});
        k_.act(intent::Type{sample_name(lang_)});
        if (const Venue* v = venue_for(m)) k_.act(intent::ChooseVenue{v->id, v->kind});
    }

    void identify(const Module* m) {
        k_.act(intent::Start{});
        k_.act(intent::ChooseLanguage{lang_});
        type_and_choose_venue(m);
        k_.act(intent::Confirm{});
    }

    // Taps that answer q wrongly: an order swapped, a choice not among the right ones, or (a
    // multiple choice where every choice is right) one right choice left out.
    static std::vector<int> wrong_answer(const Question& q) {
        std::vector<int> taps = q.correct;
        if (rules_of(q.type).taps == QuestionRules::Taps::Sequence) {
            if (taps.size() >= 2) std::swap(taps[0], taps[1]);
            return taps;
        }
        for (int c = 0; c < static_cast<int>(q.choice_ids.size()); ++c)
            if (std::find(q.correct.begin(), q.correct.end(), c) == q.correct.end()) return {c};
        if (taps.size() >= 2) taps.pop_back();
        return taps;
    }

    // The venue's contact person on the card: the lesson page that teaches reporting, the result
    // and the certificate. Cleared afterwards: the kiosk walks every language on the same data.
    void route_card_with_contact(const Module* m) {
        const Venue* v = venue_for(m);
        if (!m || !v) return;
        const std::pair<const char*, const char*> route[] = {
            {"contact_name", "Anna de Vries"}, {"contact_role", "aandachtsfunctionaris"}, {"contact_phone", "toestel 204"},
            {"care_coordinator", "SHOP Den Haag"}};
        for (const auto& [field, value] : route) admin::set_route_field(app_.store(), v->id, field, value);
        identify(m);
        k_.act(intent::ChooseModule{m->id});
        for (const auto& page : m->pages) {
            if (page.route_card) visit_("route-contact-lesson");
            k_.act(intent::Next{});
        }
        answer_all(true, false);
        visit_("route-contact-result");
        paper("route-contact-certificate-pdf");
        k_.act(intent::Done{});
        for (const auto& [field, value] : route) admin::set_route_field(app_.store(), v->id, field, "");
    }

    // A pool draws only some questions per attempt: more attempts (answered wrongly, so they can be
    // retried) until every question type of the content has been on screen once.
    void every_question_type() {
        for (const Module& m : catalog_.modules) {
            const auto unseen = [&] {
                return std::any_of(m.questions.begin(), m.questions.end(), [&](const Question& q) { return !seen_.count(q.type); });
            };
            if (!unseen()) continue;
            identify(&m);
            k_.act(intent::ChooseModule{m.id});
            for (size_t p = 0; p < m.pages.size(); ++p) k_.act(intent::Next{});
            for (int attempt = 0; attempt < 8 && unseen() && app_.state().screen == Screen::Quiz; ++attempt) {
                answer_all(false, true, true);
                k_.act(intent::Retry{});
            }
            k_.act(intent::Done{});
        }
    }

    void paper(const std::string& name) {
        if (paper_ && app_.state().issued) paper_(name, k_.certificate_pdf(app_.state().issued->serial));
    }

    // only_new: a screenshot only of a question type not shown before in this walk.
    void answer_all(bool right, bool visits, bool only_new = false) {
        const FlowState& s = app_.state();
        while (s.screen == Screen::Quiz) {
            const Question& q = current_question(s, catalog_);
            std::vector<int> taps = q.correct;
            if (!right) taps = wrong_answer(q);
            // Order questions are shown half done, so the numbered badges are visible.
            const bool ordered = rules_of(q.type).taps == QuestionRules::Taps::Sequence;
            size_t before_visit = ordered ? taps.size() / 2 + 1 : taps.size();
            if (only_new && seen_.count(q.type)) before_visit = taps.size() + 1;  // none
            if (visits && before_visit <= taps.size()) seen_.insert(q.type);
            const std::string name = (only_new ? "quiz-more-" : "quiz-" + two(s.question + 1) + "-") + to_string(q.type);
            for (size_t i = 0; i < taps.size(); ++i) {
                if (visits && i == before_visit) visit_(name);
                k_.act(intent::TapChoice{taps[i]});
            }
            if (visits && before_visit == taps.size()) visit_(name);
            k_.act(intent::Next{});
        }
    }

    // Attempts of m until q is drawn (a retry draws what the last attempt did not), every other
    // question answered right so q alone is in the review.
    void spot_question(const Module& m, const Question& q) {
        const FlowState& s = app_.state();
        const std::string name = "spot-" + m.id + "-" + q.id;
        for (int attempt = 0; attempt < 8; ++attempt) {
            identify(&m);
            k_.act(intent::ChooseModule{m.id});
            while (s.screen == Screen::Lesson) k_.act(intent::Next{});
            bool seen = false;
            while (s.screen == Screen::Quiz) {
                const Question& on = current_question(s, catalog_);
                if (on.id == q.id && !seen) {
                    visit_(name + "-1-before");
                    const int ordinary = wrong_answer(on).front();
                    k_.act(intent::TapChoice{on.correct.front()});
                    k_.act(intent::TapChoice{ordinary});
                    visit_(name + "-2-during");
                    seen = true;
                } else {
                    for (int c : on.correct) k_.act(intent::TapChoice{c});
                }
                k_.act(intent::Next{});
            }
            if (seen) visit_(name + "-3-review");
            k_.act(intent::Done{});
            if (seen) return;
        }
    }

    DemoKiosk& k_;
    KioskApp& app_;
    const Catalog& catalog_;
    std::string lang_;
    const ScreenVisit& visit_;
    const PaperVisit& paper_;
    std::set<QuestionType> seen_;  // question types shown in this walk
};

}  // namespace

void walk_screens(DemoKiosk& kiosk, const std::string& lang, const ScreenVisit& visit, const PaperVisit& paper) {
    Walk(kiosk, lang, visit, paper).run();
}

}  // namespace signaal
