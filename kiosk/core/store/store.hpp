#pragma once
// Everything Signaal keeps: venues, people, attempts, completions, settings and the audit log.
// All SQL of the product lives behind this interface; callers see typed functions. Every
// function throws StoreError (store_error.hpp) when the database refuses, and nothing else of SQLite's.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "../audit_act.hpp"
#include "dates.hpp"
#include "store_error.hpp"
#include "../records.hpp"

namespace signaal {

namespace db { class Connection; }

struct Venue {
    std::int64_t id = 0;
    std::string name;
    std::string kind;  // the audience its staff belong to: hotel, holiday-park, workplace, municipality
    bool active = true;
};

struct CompletionRow {
    std::int64_t id = 0;
    std::string serial;
    std::string verification_code;
    std::int64_t person_id = 0;
    std::string person_name;  // empty once the person is erased
    std::string employee_number;
    std::int64_t venue_id = 0;
    std::string venue_name;
    std::string module_id;
    int module_version = 0;
    std::string language;
    std::string completed_on;
    std::string valid_until;
    int score_percent = 0;
};

class Store {
public:
    static constexpr int kSchemaVersion = 6;

    // How a command uses the file. ReadOnly opens with SQLITE_OPEN_READONLY: nothing is created,
    // migrated or written (reports, lists, `db check`). ReadWrite creates a missing file, and
    // migrates and writes only once the file is known to be sound.
    enum class Access { ReadWrite, ReadOnly };
    // How much of the file is checked on opening. Every page (quick_check) by default, so a
    // damaged file is refused before anything is read from it or written to it. SchemaOnly is
    // for `signaal db check`, which runs the full integrity_check itself, and for benchmarks.
    enum class OpenCheck { EveryPage, SchemaOnly };

    // Opens the database, checks it, and (ReadWrite) migrates it to kSchemaVersion.
    // A damaged, foreign, missing (ReadOnly) or read-only (ReadWrite) file is never touched:
    // StoreError says which file and why.
    explicit Store(const std::filesystem::path& path, Access access = Access::ReadWrite,
                   OpenCheck check = OpenCheck::EveryPage);
    ~Store();
    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;

    int schema_version();
    const std::string& path() const;
    bool read_only() const { return read_only_; }
    // How long a write waits for another program's lock before failing (default 5 s).
    void set_busy_timeout(int ms);

    // [venues]
    std::int64_t add_venue(const std::string& name, const std::string& kind);
    std::vector<Venue> venues(bool include_inactive = false);
    std::optional<Venue> venue(std::int64_t id);
    std::optional<Venue> venue_by_name(const std::string& name);
    void rename_venue(std::int64_t id, const std::string& name);
    void set_venue_active(std::int64_t id, bool active);  // inactive venues leave the kiosk's list

    // Modules every member of the venue's staff must hold. Empty: the venue's audience defaults apply.
    void set_required_modules(std::int64_t venue_id, const std::vector<std::string>& modules);
    std::vector<std::string> required_modules(std::int64_t venue_id);
    // Staff counts for the venue certificate: active people of the venue, and how many of them
    // hold a valid completion of every required module on today.
    struct VenueCounts {
        Venue venue;
        std::vector<std::string> required;
        int staff = 0;
        int trained = 0;
    };
    VenueCounts venue_counts(const Venue& v, const std::vector<std::string>& required, Date today);

    // [people]
    // Registers a staff member before they train, so the venue's share counts them.
    std::int64_t add_person(const std::string& name, const std::string& employee_number, std::int64_t venue_id,
                            const std::string& language);
    std::optional<std::int64_t> find_person(const std::string& name, const std::string& employee_number,
                                            std::int64_t venue_id);
    // A staff list import corrects a registered person's name and preferred language.
    void update_person(std::int64_t id, const std::string& name, const std::string& language);
    std::vector<ModuleStatus> module_statuses(std::int64_t person_id, Date today, int expiring_days = 30);

    // [attempts] Records any finished attempt; for a passed one also the completion, committed
    // durably (synchronous=FULL) before returning its serial and verification code.
    std::optional<Issued> record_attempt(const AttemptRecord& r, Date today);
    int attempt_count(std::int64_t person_id);
    // Per module id, the question ids of the person's newest attempt (its answer rows).
    std::map<std::string, std::vector<std::string>> last_attempt_questions(std::int64_t person_id);

    // [completions]
    std::optional<CompletionRow> completion_by_serial(const std::string& serial);
    std::optional<CompletionRow> completion_by_code(const std::string& code);
    // The code printed on the certificate, once it is signed (derived from the signed payload).
    void set_verification_code(const std::string& serial, const std::string& code);
    // Completions per attempt language since `since` (inclusive), for the language screen's order.
    std::map<std::string, int> completions_by_language(Date since);

    // [certificates] Revocation and the keys that sign (store_certs.cpp).
    struct RevocationRow {
        std::string serial, revoked_on, reason;  // revoked_on YYYY-MM-DD
    };
    enum class Revoke { Done, AlreadyRevoked, UnknownSerial };
    // Marks a completion's certificate revoked, with its "certificate_revoke" audit entry in the
    // same transaction. A second revocation keeps the first one's date and reason.
    Revoke revoke_certificate(const std::string& serial, const std::string& reason, Date on,
                              const std::string& audit_detail);
    std::optional<RevocationRow> revocation(const std::string& serial);
    std::vector<RevocationRow> revocations();  // by serial

    struct SigningKeyRow {
        std::string key_id, public_key, added_at;  // public_key: URL-safe base64
        std::optional<std::string> retired_at, withdrawn_at, withdrawn_reason;
    };
    // Remembers a key that signs (idempotent), so it stays trusted after the next rotation.
    void remember_signing_key(const std::string& key_id, const std::string& public_key);
    // Records a rotation: both keys remembered, the old one marked retired, with its audit entry.
    void record_key_rotation(const std::string& old_id, const std::string& old_key, const std::string& new_id,
                             const std::string& new_key);
    // A compromised key: everything it signed is no longer genuine. False if the id is unknown.
    bool withdraw_signing_key(const std::string& key_id, const std::string& reason, const std::string& audit_detail);
    std::vector<SigningKeyRow> signing_keys();  // oldest first

    // [reports] Completions matching a filter, newest first; dates are ISO, inclusive, empty = open.
    struct CompletionFilter {
        std::optional<std::int64_t> venue_id;
        std::string from, to;
        std::string module_id;
        bool include_erased = false;
    };
    std::vector<CompletionRow> completions(const CompletionFilter& f);
    // Each active person's newest completion per module that expires within days of today
    // (or has expired within the last days), not yet renewed.
    std::vector<CompletionRow> expiring(Date today, int days);
    // Anonymous statistics that survive erasure: completions per venue, module and month.
    struct CountRow {
        std::string venue, module_id, month;
        int completions = 0;
        bool operator==(const CountRow&) const = default;
    };
    std::vector<CountRow> completion_counts();

    // [people] Rights of access and erasure (AVG/GDPR), and leaving staff.
    struct PersonRow {
        std::int64_t id = 0;
        std::string uid, full_name, employee_number, venue_name, language, created_at, last_activity_at;
        bool active = true;
        bool erased = false;
    };
    std::optional<PersonRow> person(std::int64_t id);
    std::vector<PersonRow> find_people(const std::string& name_part);
    // Everyone registered at a venue and not erased, active or not, by id.
    std::vector<PersonRow> people_at_venue(std::int64_t venue_id);
    // Everything stored about one person, as a JSON document.
    std::string export_person_json(std::int64_t id);
    // Removes the person's name and employee number and their per-question answers, and every
    // queued outbox copy of them (the erased state is queued instead, so the centre erases too);
    // the anonymous completion rows stay so statistics remain correct. Then the WAL is folded
    // into the file and truncated, and with secure_delete the old bytes are zeroed: nothing of
    // the name stays in the database's files. Returns false if unknown.
    // With audit_detail, the "person_erase" audit entry is written in the same transaction, so
    // no erasure can happen without its record. The files a kiosk made (certificates, exports)
    // are erasure.hpp's.
    bool erase_person(std::int64_t id, const std::string& audit_detail = {});
    // The serials of every certificate the person was issued (their PDFs are named by them).
    std::vector<std::string> certificate_serials(std::int64_t person_id);
    // People not yet erased whose last activity is older than months before today.
    std::vector<std::int64_t> inactive_people(Date today, int months);
    void set_person_active(std::int64_t id, bool active);
    // Erases everyone whose last activity is older than months before today; returns how many.
    int purge_inactive(Date today, int months);
    // The retention period: the setting retention_months when it is a whole number of months
    // in range, else 36. A bad value (say "2 years" synced from elsewhere) must never shorten
    // the period: the purge at every kiosk start would erase people for good.
    static constexpr int kDefaultRetentionMonths = 36, kMinRetentionMonths = 6, kMaxRetentionMonths = 120;
    int retention_months();

    // [database] Online backup (safe while the kiosk runs), checks and restore.
    void backup_to(const std::filesystem::path& file);
    std::string integrity_check();  // "ok" or SQLite's findings
    // Replaces this database's contents with a backup, after checking the backup is sound.
    void restore_from(const std::filesystem::path& file);

    // [audit] Newest first; rows written under a legacy name read back under the current one
    // (audit_act.hpp).
    struct AuditRow { std::int64_t id; std::string at, action, detail; };
    std::vector<AuditRow> audit_log(int limit);

    // [settings] Plain key/value pairs; typed defaults live with their users.
    std::optional<std::string> setting(const std::string& key);
    void set_setting(const std::string& key, const std::string& value);

    // [audit]
    void audit(AuditAct act, const std::string& detail);

    // For the demo seeder, bulk imports and benchmarks: runs f inside one transaction.
    template <class F> void batch(F&& f);
    void begin_batch();
    void commit_batch();
    void rollback_batch();

    db::Connection& connection();  // for code inside the store folder only

private:
    void erase_in_transaction(std::int64_t id);
    void fold_wal();
    std::unique_ptr<db::Connection> c_;
    bool read_only_ = false;
};

template <class F> void Store::batch(F&& f) {
    begin_batch();
    try {
        f();
    } catch (...) {
        rollback_batch();
        throw;
    }
    commit_batch();
}

// Random identifiers. Certificate serials and verification codes use Crockford base32
// (no I, L, O, U) so they can be read aloud and typed back without confusion.
std::string random_uid();                 // 32 hex digits, globally unique
std::string random_serial(Date today);    // "SG-2026-7KQ3MX"
std::string random_verification_code();   // "K7QM-3XPA"

}  // namespace signaal
