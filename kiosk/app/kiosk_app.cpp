#include "kiosk_app.hpp"

#include <chrono>
#include <iostream>
#include <random>
#include <stdexcept>

#include "admin/route.hpp"
#include "admin/settings.hpp"

namespace signaal {
namespace {

template <class... F> struct Overload : F... { using F::operator()...; };
template <class... F> Overload(F...) -> Overload<F...>;

}  // namespace

AppClock AppClock::system() {
    AppClock c;
    c.now = [] {
        return std::chrono::duration_cast<Millis>(std::chrono::steady_clock::now().time_since_epoch());
    };
    c.random = [] {
        std::random_device rd;
        return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
    };
    c.today = [] { return today_utc(); };
    return c;
}

KioskApp::KioskApp(Catalog catalog, std::unique_ptr<Store> store, FlowConfig config, AppClock clock)
    : catalog_(std::move(catalog)), store_(std::move(store)), config_(config), clock_(std::move(clock)) {
    languages_ = catalog_.languages;
    apply_settings();  // also reads the venues served here
}

// [section] The one catch ---------------------------------------------------------------------

// Every public action's body runs in here. Store failures are the user's, disk's or network's
// (a full disk, a file made read-only, a locked database); the kiosk must outlive them with
// nothing lost, so they become a notice. Anything else is logged the same way: a kiosk that
// ends mid-session loses the person's attempt, and systemd's restart would not bring it back.
template <class F> void KioskApp::guarded(const char* action, F&& f) noexcept {
    try {
        f();
    } catch (const std::exception& e) {
        report_problem(action, e);
    } catch (...) {
        report_problem(action, std::runtime_error("an exception that is not a std::exception"));
    }
}

void KioskApp::report_problem(const char* action, const std::exception& e) noexcept {
    note_problem(action, e, dynamic_cast<const StoreError*>(&e) ? "store_unavailable" : "kiosk_problem");
}

void KioskApp::note_problem(const char* action, const std::exception& e, const char* notice) noexcept {
    try {
        std::cerr << "signaal-kiosk: " << action << ": " << e.what() << '\n';
        notice_key_ = notice;
    } catch (...) {
    }
}

void KioskApp::apply_settings() {
    guarded("reading the settings", [&] {
        config_.idle_timeout = admin::idle_timeout(*store_, config_.idle_timeout);
        reading_ = admin::reading_settings(*store_);
        config_.large_text = reading_.large_text;
    });
    languages_ordered_on_ = Date{};  // the offer or its order may have changed: order again now
    order_languages_for_today();
}

void KioskApp::order_languages_for_today() {
    if (clock_.today() == languages_ordered_on_) return;
    guarded("ordering the languages", [&] {
        languages_ordered_on_ = clock_.today();
        languages_ = admin::menu_languages(*store_, catalog_, languages_ordered_on_);
    });
    reload_venues();  // venues_served may have changed
}

std::string KioskApp::reprint_certificate(const std::string& serial) {
    if (!hooks_.print) return "admin_print_not_set_up";
    std::string key = "print_failed";
    guarded("reprinting a certificate", [&] { key = hooks_.print(serial) ? "print_sent" : "print_failed"; });
    return key;
}

std::string KioskApp::print_venue_certificate(std::int64_t venue_id) {
    if (!hooks_.print_venue) return "admin_print_not_set_up";
    std::string key = "print_failed";
    guarded("printing a venue certificate", [&] { key = hooks_.print_venue(venue_id) ? "print_sent" : "print_failed"; });
    return key;
}

KioskApp::~KioskApp() {
    try {
        retry_pending();
        for (const auto& p : pending_)
            std::cerr << "signaal-kiosk: could not save an attempt at " << p.record.module_id << " (venue "
                      << p.record.venue_id << ") before exit\n";  // ids only: the journal is no place for names
    } catch (...) {
    }
}

void KioskApp::reload_venues() {
    guarded("reading the venues", [&] { venues_ = admin::served_venues(*store_); });
}

// [section] Flow --------------------------------------------------------------------------------

void KioskApp::handle(const Intent& in) {
    if (admin_.mode != AdminState::Mode::Closed) return;  // the admin screen is on top
    notice_key_.clear();  // a notice is about the last action only
    guarded("handling the person's action", [&] {
        const Screen before = s_.screen;
        Env e{clock_.now(), clock_.random()};
        run(apply(s_, catalog_, in, e, config_));
        // A certificate message (not made, printing) follows the person from Result to Certificate.
        if (s_.screen != before && s_.screen != Screen::Result && s_.screen != Screen::Certificate) print_message_key_.clear();
    });
    if (s_.screen == Screen::Attract) {
        qr_.clear();  // nothing of this person stays in memory
        order_languages_for_today();
    }
}

void KioskApp::run(const std::vector<Effect>& effects) {
    for (const auto& eff : effects) {
        std::visit(Overload{
                       [&](const effect::LookupPerson& l) {
                           try {
                               auto id = store_->find_person(l.name, l.employee_number, l.venue_id);
                               set_statuses(s_, id ? store_->module_statuses(*id, clock_.today()) : std::vector<ModuleStatus>{});
                               if (id) set_last_drawn(s_, store_->last_attempt_questions(*id));
                               s_.route = admin::route_for(*store_, l.venue_id);
                           } catch (const StoreError& e) {
                               // Unknown standing is shown as "not done yet"; the person can still train.
                               set_statuses(s_, {});
                               note_problem("looking up the person", e, "store_lookup_failed");
                           }
                       },
                       [&](const effect::SaveAttempt& sa) { save(sa.record); },
                       [&](const effect::PrintCertificate& p) { print(p.serial); },
                   },
                   eff);
    }
}

void KioskApp::print(const std::string& serial) {
    if (!hooks_.print) {
        print_message_key_ = "print_not_set_up";
        return;
    }
    try {
        print_message_key_ = hooks_.print(serial) ? "print_sent" : "print_failed";
    } catch (const std::exception& e) {
        std::cerr << "signaal-kiosk: printing " << serial << " failed: " << e.what() << '\n';
        print_message_key_ = "print_failed";
    }
}

void KioskApp::make_certificate() {
    qr_.clear();
    if (!s_.issued || !hooks_.issue) return;
    try {
        auto shown = hooks_.issue(s_.issued->serial);
        qr_ = std::move(shown.qr);
        s_.issued->verification_code = shown.verification_code;
    } catch (const std::exception& e) {
        // The completion is committed; only the paper is missing, and a manager can reprint it.
        std::cerr << "signaal-kiosk: certificate " << s_.issued->serial << " not made: " << e.what() << '\n';
        print_message_key_ = "certificate_not_issued";
    }
}

void KioskApp::save(const AttemptRecord& r) {
    const Date day = clock_.today();
    try {
        auto issued = store_->record_attempt(r, day);
        attempt_saved(s_, r.seed, issued.value_or(Issued{}));
        make_certificate();
    } catch (const StoreError& e) {
        std::cerr << "signaal-kiosk: saving failed, will retry: " << e.what() << '\n';
        pending_.push_back({r, day});
        next_retry_ = clock_.now() + kRetryEvery;
        attempt_save_failed(s_, r.seed, e.reason());
    }
}

void KioskApp::retry_pending() {
    guarded("saving queued attempts", [&] { retry_queue(); });
}

void KioskApp::retry_queue() {
    while (!pending_.empty()) {
        const Pending& p = pending_.front();
        try {
            auto issued = store_->record_attempt(p.record, p.day);
            attempt_saved(s_, p.record.seed, issued.value_or(Issued{}));
            if (s_.issued && s_.issued->serial == (issued ? issued->serial : std::string())) make_certificate();
            pending_.pop_front();
        } catch (const StoreError& e) {
            std::cerr << "signaal-kiosk: saving still fails: " << e.what() << '\n';
            next_retry_ = clock_.now() + kRetryEvery;
            return;
        }
    }
}

void KioskApp::tick() {
    guarded("keeping time", [&] {
        const Millis now = clock_.now();
        if (!pending_.empty() && now >= next_retry_) retry_queue();
        if (admin_.mode != AdminState::Mode::Closed) {
            if (now - admin_.last_input >= config_.idle_timeout) admin_close();
            return;
        }
        // The person's data is never shown longer than the idle limit, even if saving is pending:
        // pending records are kept in the queue, not on screen.
        if (signaal::tick(s_, Env{now, 0}, config_)) {
            print_message_key_.clear();
            notice_key_.clear();
            qr_.clear();
        }
    });
    if (s_.screen == Screen::Attract && admin_.mode == AdminState::Mode::Closed) order_languages_for_today();
}

std::optional<Millis> KioskApp::next_deadline() const {
    std::optional<Millis> d;
    const auto take = [&](Millis m) { d = d ? std::min(*d, m) : m; };
    if (!pending_.empty()) take(next_retry_);
    if (admin_.mode != AdminState::Mode::Closed) {
        take(admin_.last_input + config_.idle_timeout);
        if (admin_.locked_until > clock_.now()) take(admin_.locked_until);
    } else if (s_.screen != Screen::Attract) {
        if (!s_.idle_warning) take(s_.last_input + config_.idle_timeout);
        else {
            // Wake every second for the countdown number.
            const Millis left = s_.last_input + config_.idle_timeout + config_.countdown - clock_.now();
            take(clock_.now() + Millis((left.count() % 1000) == 0 ? 1000 : left.count() % 1000));
        }
    }
    return d;
}

// [section] Admin PIN -----------------------------------------------------------------------------

void KioskApp::admin_touch() { admin_.last_input = clock_.now(); }

void KioskApp::admin_open() {
    // Nobody's name stays on screen behind the admin area.
    s_ = FlowState{};
    print_message_key_.clear();
    notice_key_.clear();
    admin::pin_close(admin_);  // keeps the count of wrong PINs and the lock
    // A PIN that cannot be read keeps the pad closed: offering "choose a PIN" instead would let
    // anyone replace the manager's PIN while the database has trouble.
    guarded("opening the PIN pad",
            [&] { admin::pin_open(admin_, store_->setting(admin::kPinSetting).has_value(), clock_.now()); });
}

void KioskApp::admin_digit(char d) { admin::pin_digit(admin_, d, clock_.now()); }

void KioskApp::admin_erase() { admin::pin_erase(admin_, clock_.now()); }

int KioskApp::admin_locked_seconds() const { return admin::pin_locked_seconds(admin_, clock_.now()); }

void KioskApp::admin_submit() {
    notice_key_.clear();
    guarded("checking the admin PIN", [&] { submit_pin(); });
}

void KioskApp::submit_pin() {
    std::optional<std::string> hash;
    if (admin_.mode == AdminState::Mode::EnterPin) hash = store_->setting(admin::kPinSetting);
    const auto effects = admin::pin_submit(admin_, hash, clock_.now());
    if (effects.new_hash) try {
            store_->set_setting(admin::kPinSetting, *effects.new_hash);
            admin::pin_saved(admin_);
        } catch (...) {
            // No PIN stored means no way in: confirm again rather than enter an unguarded area.
            admin::pin_not_saved(admin_, "admin_store_error");
            throw;
        }
    for (const auto& [act, detail] : effects.audit) store_->audit(act, detail);
}

void KioskApp::admin_close() {
    admin::pin_close(admin_);
    s_ = FlowState{};
    s_.last_input = clock_.now();
}

}  // namespace signaal
