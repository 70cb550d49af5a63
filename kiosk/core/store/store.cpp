#include "store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cassert>
#include <random>

#include <unistd.h>

#include "crockford.hpp"
#include "names.hpp"
#include "rows.hpp"
#include "schema.hpp"
#include "sqlite.hpp"

namespace signaal {
namespace {

std::uint64_t random64() {
    static thread_local std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
}

std::string random_base32(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += kCrockford[random64() % 32];
    return s;
}

ModuleStatus::Kind status_kind(const std::string& valid_until, Date today, int expiring_days) {
    const std::string t = to_iso(today);
    if (valid_until < t) return ModuleStatus::Kind::Expired;
    if (valid_until <= to_iso(today + std::chrono::days{expiring_days})) return ModuleStatus::Kind::Expiring;
    return ModuleStatus::Kind::Valid;
}

}  // namespace

std::string random_uid() {
    static constexpr char hex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 2; ++i) {
        std::uint64_t v = random64();
        for (int k = 0; k < 16; ++k, v >>= 4) s += hex[v & 0xF];
    }
    return s;
}

std::string random_serial(Date today) { return "SG-" + to_iso(today).substr(0, 4) + "-" + random_base32(8); }

std::string random_verification_code() { return random_base32(4) + "-" + random_base32(4); }

namespace {

// What is at the path before SQLite sees it: a folder or a missing file gets a plain answer,
// and a file nobody may write (mode without any w bit) is read-only even for root, so a
// manager's `chmod a-w` protects it.
void check_file_before_open(const std::filesystem::path& path, Store::Access access) {
    const std::string p = path.string();
    if (p == ":memory:") return;
    std::error_code ec;
    const auto st = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(st)) throw StoreError(p, "this is a folder, not a database file", SQLITE_CANTOPEN);
    if (!std::filesystem::exists(st)) {
        if (access == Store::Access::ReadOnly)
            throw StoreError(p, "there is no database file here (check the path, or give --db)", SQLITE_CANTOPEN);
        return;  // a new database is made
    }
    const auto w = std::filesystem::perms::owner_write | std::filesystem::perms::group_write |
                   std::filesystem::perms::others_write;
    if (access == Store::Access::ReadWrite &&
        ((st.permissions() & w) == std::filesystem::perms::none || ::access(path.c_str(), W_OK) != 0))
        throw StoreError(p, "the database file is read-only; nothing was changed", SQLITE_READONLY);
}

}  // namespace

Store::Store(const std::filesystem::path& path, Access access, OpenCheck check_pages)
    : read_only_(access == Access::ReadOnly) {
    const std::string p = path.string();
    check_file_before_open(path, access);
    // Every SQLite failure below already throws StoreError naming the path (sqlite.cpp).
    {
        c_ = std::make_unique<db::Connection>(path, read_only_);
        // Nothing below writes until the file has passed its check and is known to be ours.
        if (read_only_) c_->exec("PRAGMA query_only = ON");
        c_->exec("PRAGMA busy_timeout = 5000");
        auto& check = c_->cached(check_pages == OpenCheck::EveryPage
                                     ? "PRAGMA quick_check"
                                     : "SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_schema");
        std::string verdict;
        while (check.step()) verdict += (verdict.empty() ? "" : "; ") + check.text(0);
        check.reset();
        if (verdict != "ok") throw StoreError(p, "the database file is damaged: " + verdict, SQLITE_CORRUPT);
        const int found = schema_version();
        if (found > kSchemaVersion)
            throw StoreError(p, "the database was made by a newer Signaal (schema " + std::to_string(found) +
                                    ", this program knows up to " + std::to_string(kSchemaVersion) + ")");
        auto& ours = c_->cached(
            "SELECT (SELECT count(*) FROM sqlite_schema), (SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
            "AND name IN ('venues', 'people', 'completions', 'settings', 'audit_log'))");
        ours.step();
        const int objects = ours.integer(0), tables = ours.integer(1);
        ours.reset();
        if ((found == 0 && objects > 0) || (found > 0 && tables != 5))
            throw StoreError(p, "not a Signaal database: it holds other tables; nothing was changed", SQLITE_NOTADB);
        // An older schema is read as it is (reads need nothing newer); only writers migrate.
        if (read_only_ && found == 0)
            throw StoreError(p, "the file holds no Signaal data yet (an empty database)", SQLITE_NOTADB);
        // Reports read the whole history; a kiosk's file is small, so these cost it nothing.
        c_->exec("PRAGMA cache_size = -32768");
        c_->exec("PRAGMA mmap_size = 268435456");
        c_->exec("PRAGMA temp_store = MEMORY");
        if (read_only_) return;
        c_->exec("PRAGMA journal_mode = WAL");
        c_->exec("PRAGMA synchronous = NORMAL");
        c_->exec("PRAGMA foreign_keys = ON");
        // Deleted and overwritten content (an erased name, an old spelling) is zeroed on the
        // page and in freed pages, not left for anyone reading the file byte by byte.
        c_->exec("PRAGMA secure_delete = ON");
        migrate(*c_, kSchemaVersion);
    }
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

db::Connection& Store::connection() { return *c_; }
void Store::set_busy_timeout(int ms) { c_->exec("PRAGMA busy_timeout = " + std::to_string(ms)); }
const std::string& Store::path() const { return c_->path(); }

int Store::schema_version() {
    auto& q = c_->cached("PRAGMA user_version");
    q.step();
    const int v = q.integer(0);
    q.reset();  // an unreset statement keeps a read transaction open
    return v;
}

std::int64_t Store::add_venue(const std::string& name, const std::string& kind) {
    c_->cached("INSERT INTO venues(name, kind, created_at) VALUES (?, ?, ?)")
        .bind(1, name).bind(2, kind).bind(3, now_iso_timestamp()).run();
    return c_->last_insert_id();
}

std::vector<Venue> Store::venues(bool include_inactive) {
    auto& q = c_->cached("SELECT id, name, kind, active FROM venues WHERE active OR ? ORDER BY name");
    q.bind(1, include_inactive ? 1 : 0);
    std::vector<Venue> out;
    while (q.step()) out.push_back({q.int64(0), q.text(1), q.text(2), q.integer(3) != 0});
    return out;
}

std::optional<Venue> Store::venue(std::int64_t id) {
    auto& q = c_->cached("SELECT id, name, kind, active FROM venues WHERE id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    Venue v{q.int64(0), q.text(1), q.text(2), q.integer(3) != 0};
    q.reset();
    return v;
}

std::optional<Venue> Store::venue_by_name(const std::string& name) {
    auto& q = c_->cached("SELECT id FROM venues WHERE name = ?");
    q.bind(1, name);
    if (!q.step()) return std::nullopt;
    const auto id = q.int64(0);
    q.reset();
    return venue(id);
}

std::int64_t Store::add_person(const std::string& name, const std::string& employee_number, std::int64_t venue_id,
                              const std::string& language) {
    const std::string now = now_iso_timestamp();
    c_->cached("INSERT INTO people(uid, full_name, name_key, employee_number, venue_id, language, created_at, "
               "last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, random_uid()).bind(2, names::normalized(name)).bind(3, names::match_key(name)).bind(4, employee_number).bind(5, venue_id)
        .bind(6, language).bind(7, now).bind(8, now).run();
    return c_->last_insert_id();
}

std::optional<std::int64_t> Store::find_person(const std::string& name, const std::string& employee_number,
                                               std::int64_t venue_id) {
    auto& q = c_->cached(
        "SELECT id FROM people WHERE venue_id = ? AND name_key = ? AND employee_number = ? "
        "AND erased_at IS NULL ORDER BY id LIMIT 1");
    q.bind(1, venue_id).bind(2, names::match_key(name)).bind(3, employee_number);
    if (!q.step()) return std::nullopt;
    const auto id = q.int64(0);
    q.reset();
    return id;
}

void Store::update_person(std::int64_t id, const std::string& name, const std::string& language) {
    c_->cached("UPDATE people SET full_name = ?, name_key = ?, language = ? WHERE id = ? AND erased_at IS NULL")
        .bind(1, names::normalized(name)).bind(2, names::match_key(name)).bind(3, language).bind(4, id).run();
}

std::vector<ModuleStatus> Store::module_statuses(std::int64_t person_id, Date today, int expiring_days) {
    auto& q = c_->cached(
        "SELECT module_id, MAX(valid_until) FROM completions WHERE person_id = ? GROUP BY module_id ORDER BY module_id");
    q.bind(1, person_id);
    std::vector<ModuleStatus> out;
    while (q.step()) {
        const std::string until = q.text(1);
        out.push_back({q.text(0), status_kind(until, today, expiring_days), until});
    }
    return out;
}

std::optional<Issued> Store::record_attempt(const AttemptRecord& r, Date today) {
    const std::string now = now_iso_timestamp();
    // The completion must survive a power cut the moment the certificate is shown.
    if (r.passed) c_->exec("PRAGMA synchronous = FULL");
    struct RestoreSync {
        db::Connection& c;
        bool on;
        ~RestoreSync() {
            if (on) try { c.exec("PRAGMA synchronous = NORMAL"); } catch (const StoreError&) {}
        }
    } restore{*c_, r.passed};

    db::Transaction tx(*c_);
    std::int64_t person = 0;
    if (auto found = find_person(r.name, r.employee_number, r.venue_id)) {
        person = *found;
        c_->cached("UPDATE people SET last_activity_at = ?, language = ?, full_name = ? WHERE id = ?")
            .bind(1, now).bind(2, r.language).bind(3, names::normalized(r.name)).bind(4, person).run();
    } else {
        person = add_person(r.name, r.employee_number, r.venue_id, r.language);
    }
    c_->cached("INSERT INTO attempts(uid, person_id, module_id, module_version, language, seed, correct, "
               "total, score_percent, passed, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, random_uid()).bind(2, person).bind(3, r.module_id).bind(4, r.module_version)
        .bind(5, r.language).bind(6, std::to_string(r.seed)).bind(7, r.correct).bind(8, r.total)
        .bind(9, r.percent).bind(10, r.passed ? 1 : 0).bind(11, now).run();
    const std::int64_t attempt = c_->last_insert_id();
    auto& answer = c_->cached("INSERT INTO answers(attempt_id, question_id, given, correct) VALUES (?, ?, ?, ?)");
    for (const auto& a : r.answers)
        answer.bind(1, attempt).bind(2, a.question_id).bind(3, a.given).bind(4, a.correct ? 1 : 0).run();

    std::optional<Issued> issued;
    if (r.passed) {
        Issued i{{}, {}, to_iso(today), to_iso(add_months(today, r.validity_months))};
        rows::retry_on_clash([&] {
        i.serial = random_serial(today);
        i.verification_code = random_verification_code();
        c_->cached("INSERT INTO completions(uid, attempt_id, person_id, venue_id, module_id, module_version, "
                   "completed_on, valid_until, score_percent, certificate_serial, verification_code) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, random_uid()).bind(2, attempt).bind(3, person).bind(4, r.venue_id).bind(5, r.module_id)
            .bind(6, r.module_version).bind(7, i.completed_on).bind(8, i.valid_until).bind(9, r.percent)
            .bind(10, i.serial).bind(11, i.verification_code).run();
        });
        issued = std::move(i);
    }
    tx.commit();
    return issued;
}

int Store::attempt_count(std::int64_t person_id) {
    auto& q = c_->cached("SELECT COUNT(*) FROM attempts WHERE person_id = ?");
    q.bind(1, person_id);
    q.step();
    const int n = q.integer(0);
    q.reset();
    return n;
}

std::map<std::string, std::vector<std::string>> Store::last_attempt_questions(std::int64_t person_id) {
    auto& q = c_->cached(
        "SELECT a.module_id, n.question_id FROM attempts a JOIN answers n ON n.attempt_id = a.id "
        "WHERE a.person_id = ?1 AND a.id = (SELECT MAX(b.id) FROM attempts b WHERE b.person_id = ?1 AND b.module_id = a.module_id) "
        "ORDER BY a.module_id, n.rowid");
    q.bind(1, person_id);
    std::map<std::string, std::vector<std::string>> out;
    while (q.step()) out[q.text(0)].push_back(q.text(1));
    q.reset();
    return out;
}

std::optional<CompletionRow> Store::completion_by_serial(const std::string& serial) {
    auto& q = c_->cached(std::string(rows::kCompletionSelect) + "WHERE c.certificate_serial = ?");
    q.bind(1, serial);
    if (!q.step()) return std::nullopt;
    auto r = rows::read_completion(q);
    q.reset();
    return r;
}

std::optional<CompletionRow> Store::completion_by_code(const std::string& code) {
    const auto canonical = normalize_verification_code(code);
    if (!canonical) return std::nullopt;  // no stored code has another form
    auto& q = c_->cached(std::string(rows::kCompletionSelect) + "WHERE c.verification_code = ?");
    q.bind(1, *canonical);
    if (!q.step()) return std::nullopt;
    auto r = rows::read_completion(q);
    q.reset();
    return r;
}

void Store::set_verification_code(const std::string& serial, const std::string& code) {
    const auto canonical = normalize_verification_code(code);
    assert(canonical && "verification codes come from certs::verification_code()");
    c_->cached("UPDATE completions SET verification_code = ? WHERE certificate_serial = ?")
        .bind(1, canonical.value_or(code)).bind(2, serial).run();
}

std::optional<std::string> Store::setting(const std::string& key) {
    auto& q = c_->cached("SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (!q.step()) return std::nullopt;
    auto v = q.text(0);
    q.reset();
    return v;
}

void Store::set_setting(const std::string& key, const std::string& value) {
    c_->cached("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key).bind(2, value).run();
}

void Store::audit(AuditAct act, const std::string& detail) {
    c_->cached("INSERT INTO audit_log(at, action, detail) VALUES (?, ?, ?)")
        .bind(1, now_iso_timestamp()).bind(2, std::string(audit_name(act))).bind(3, detail).run();
}

void Store::begin_batch() { c_->exec("BEGIN IMMEDIATE"); }
void Store::commit_batch() { c_->exec("COMMIT"); }
void Store::rollback_batch() {
    try {
        c_->exec("ROLLBACK");
    } catch (const StoreError&) {
    }
}

}  // namespace signaal
