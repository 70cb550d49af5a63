#pragma once
// The kiosk application without any GUI: owns content, store and flow; applies what the person
// did, runs the resulting effects against the store, and handles idle time and the admin PIN.
// No exception leaves it: every public action runs under one catch (guarded, kiosk_app.cpp).
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "admin/pin_pad.hpp"
#include "admin/settings.hpp"
#include "content.hpp"
#include "dates.hpp"
#include "flow.hpp"
#include "store/store.hpp"

namespace signaal {

struct AppClock {
    std::function<Millis()> now;               // monotonic
    std::function<std::uint64_t()> random;     // entropy for attempt seeds
    std::function<Date()> today;
    static AppClock system();
};

// The admin entry (PIN pad): its state machine lives in admin/pin_pad.hpp; the app feeds it
// the time and stores what it asks for.
using AdminState = admin::PinPad;

class KioskApp {
public:
    static constexpr Millis kRetryEvery{5000};

    KioskApp(Catalog catalog, std::unique_ptr<Store> store, FlowConfig config = {},
             AppClock clock = AppClock::system());
    ~KioskApp();  // one last try to save queued attempts
    KioskApp(const KioskApp&) = delete;
    KioskApp& operator=(const KioskApp&) = delete;

    // [flow]
    void handle(const Intent& in);
    // Time passing without input: idle countdown and wipe, save retries, admin lock.
    void tick();
    Millis now() const { return clock_.now(); }
    Env env() const { return Env{clock_.now(), 0}; }
    const FlowState& state() const { return s_; }
    const Catalog& catalog() const { return catalog_; }
    const FlowConfig& config() const { return config_; }
    Store& store() { return *store_; }
    const std::vector<Venue>& venues() const { return venues_; }
    void reload_venues();
    // When the app next needs to wake up without input (countdown, retry, lock end).
    std::optional<Millis> next_deadline() const;

    // [saving] attempts the store refused, kept until it accepts them
    size_t pending_saves() const { return pending_.size(); }
    void retry_pending();

    // [certificates] How a saved completion becomes a signed certificate and reaches paper.
    // Set by the program (certs::Issuer and CUPS); without hooks, Print says printing is not
    // set up and the screen shows no QR. Hooks may throw: the person sees a message, not a crash.
    struct CertificateHooks {
        struct Shown {
            std::vector<bool> qr;           // square, row-major
            std::string verification_code;  // as printed under the QR
        };
        std::function<Shown(const std::string& serial)> issue;
        std::function<bool(const std::string& serial)> print;  // false: printing failed
        std::function<bool(std::int64_t venue_id)> print_venue;  // the venue's poster, when earned
    };
    void set_certificate_hooks(CertificateHooks hooks) { hooks_ = std::move(hooks); }
    const std::vector<bool>& certificate_qr() const { return qr_; }
    const std::string& print_message_key() const { return print_message_key_; }
    // Admin area printing, each returning a ui key to show.
    std::string reprint_certificate(const std::string& serial);
    std::string print_venue_certificate(std::int64_t venue_id);

    // [problems] A store that refuses, or anything else unexpected, while an action runs: the
    // action stops, the failure is logged with its path, and the person sees this translated
    // notice ("store_unavailable", "store_lookup_failed", "kiosk_problem"; empty for none) until
    // the next action. The person's attempt stays queued and is saved once the store recovers.
    const std::string& notice_key() const { return notice_key_; }
    void dismiss_notice() { notice_key_.clear(); }
    // For the shell's own last-line catch: logs the failure and shows its notice.
    void report_problem(const char* action, const std::exception& e) noexcept;

    // [admin]
    const AdminState& admin() const { return admin_; }
    void admin_open();
    void admin_digit(char d);
    void admin_erase();
    void admin_submit();
    void admin_close();
    int admin_locked_seconds() const;
    void admin_touch();  // any admin input: restarts the admin idle lock
    // Settings the kiosk honours (idle timeout, languages offered and their order), re-read after admin edits.
    void apply_settings();
    const std::vector<Language>& languages() const { return languages_; }
    // Reading aloud and the starting text size (the latter also in config().large_text).
    const admin::ReadingSettings& reading() const { return reading_; }
    Date today() const { return clock_.today(); }

private:
    template <class F> void guarded(const char* action, F&& f) noexcept;
    void note_problem(const char* action, const std::exception& e, const char* notice) noexcept;
    void run(const std::vector<Effect>& effects);
    void retry_queue();
    void submit_pin();
    void save(const AttemptRecord& r);
    void make_certificate();
    void print(const std::string& serial);
    // The language screen's order counts recent completions: counted again when a new day
    // starts (checked as the kiosk returns to its attract screen), not on every session.
    void order_languages_for_today();

    Catalog catalog_;
    std::unique_ptr<Store> store_;
    FlowConfig config_;
    AppClock clock_;
    FlowState s_;
    std::vector<Venue> venues_;
    struct Pending {
        AttemptRecord record;
        Date day;
    };
    std::deque<Pending> pending_;
    Millis next_retry_{0};
    std::string print_message_key_;
    CertificateHooks hooks_;
    std::vector<bool> qr_;
    AdminState admin_;
    std::vector<Language> languages_;
    Date languages_ordered_on_{};
    admin::ReadingSettings reading_;
    std::string notice_key_;
};

}  // namespace signaal
