// Store functions for managers: reports, the rights of access and erasure, retention,
// backup and restore, and the audit log.
#include <sqlite3.h>

#include <charconv>

#include <nlohmann/json.hpp>

#include "names.hpp"
#include "rows.hpp"

namespace signaal {
namespace {

Store::PersonRow read_person(const db::Statement& q) {
    return {q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7),
            q.integer(8) != 0, !q.is_null(9)};
}

// The first column of every row of sql, whose one parameter is id.
std::vector<std::string> first_column(db::Connection& c, const char* sql, std::int64_t id) {
    auto& q = c.cached(sql);
    q.bind(1, id);
    std::vector<std::string> out;
    while (q.step()) out.push_back(q.text(0));
    return out;
}

constexpr const char* kPersonSelect =
    "SELECT p.id, p.uid, COALESCE(p.full_name, ''), p.employee_number, v.name, p.language, p.created_at, "
    "p.last_activity_at, p.active, p.erased_at FROM people p JOIN venues v ON v.id = p.venue_id ";

// A raw read-only handle on a backup file, closed on every path.
struct ReadOnlyDb {
    sqlite3* db = nullptr;
    explicit ReadOnlyDb(const std::filesystem::path& f) {
        if (const int rc = sqlite3_open_v2(f.c_str(), &db, SQLITE_OPEN_READONLY, nullptr); rc != SQLITE_OK)
            throw StoreError(f.string(), db::describe_failure(rc, db ? sqlite3_errmsg(db) : "cannot open"), rc);
    }
    ~ReadOnlyDb() { sqlite3_close(db); }
    std::string single_text(const char* sql) const {
        sqlite3_stmt* st = nullptr;
        std::string out;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW) {
                const auto* t = sqlite3_column_text(st, 0);
                out += (out.empty() ? "" : "; ") + std::string(t ? reinterpret_cast<const char*>(t) : "");
            }
        } else {
            out = sqlite3_errmsg(db);
        }
        sqlite3_finalize(st);
        return out;
    }
};

void copy_database(sqlite3* from, sqlite3* to, const std::string& path_for_errors) {
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b) throw StoreError(path_for_errors, db::describe_failure(sqlite3_extended_errcode(to), sqlite3_errmsg(to)),
                             sqlite3_extended_errcode(to));
    // Copy in steps so a running kiosk is never blocked for long; retry while it writes.
    int rc;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) throw StoreError(path_for_errors, db::describe_failure(rc, sqlite3_errstr(rc)), rc);
}

}  // namespace

void Store::rename_venue(std::int64_t id, const std::string& name) {
    c_->cached("UPDATE venues SET name = ? WHERE id = ?").bind(1, name).bind(2, id).run();
}

void Store::set_venue_active(std::int64_t id, bool active) {
    c_->cached("UPDATE venues SET active = ? WHERE id = ?").bind(1, active ? 1 : 0).bind(2, id).run();
}

void Store::set_required_modules(std::int64_t venue_id, const std::vector<std::string>& modules) {
    db::Transaction tx(*c_);
    c_->cached("DELETE FROM venue_required_modules WHERE venue_id = ?").bind(1, venue_id).run();
    for (const auto& m : modules)
        c_->cached("INSERT OR IGNORE INTO venue_required_modules(venue_id, module_id) VALUES (?, ?)")
            .bind(1, venue_id).bind(2, m).run();
    tx.commit();
}

std::vector<std::string> Store::required_modules(std::int64_t venue_id) {
    return first_column(*c_, "SELECT module_id FROM venue_required_modules WHERE venue_id = ? ORDER BY module_id", venue_id);
}

Store::VenueCounts Store::venue_counts(const Venue& v, const std::vector<std::string>& required, Date today) {
    VenueCounts out{v, required, 0, 0};
    nlohmann::json list = required;
    auto& q = c_->cached(
        "SELECT COUNT(*), COALESCE(SUM((SELECT COUNT(DISTINCT c.module_id) FROM completions c WHERE c.person_id = p.id "
        "AND c.valid_until >= ?2 AND c.module_id IN (SELECT value FROM json_each(?3))) = ?4), 0) "
        "FROM people p WHERE p.venue_id = ?1 AND p.active AND p.erased_at IS NULL");
    q.bind(1, v.id).bind(2, to_iso(today)).bind(3, list.dump()).bind(4, static_cast<int>(required.size()));
    if (q.step()) {
        out.staff = q.integer(0);
        out.trained = required.empty() ? 0 : q.integer(1);
    }
    q.reset();
    return out;
}

std::vector<CompletionRow> Store::completions(const CompletionFilter& f) {
    // Only the filters given go into the SQL, so SQLite picks the index that fits them (at most
    // 32 statements, each prepared once); "?1 IS NULL OR ..." would make it scan everything.
    std::string sql = std::string(rows::kCompletionSelect) + "WHERE 1";
    if (f.venue_id) sql += " AND c.venue_id = ?1";
    if (!f.from.empty()) sql += " AND c.completed_on >= ?2";
    if (!f.to.empty()) sql += " AND c.completed_on <= ?3";
    if (!f.module_id.empty()) sql += " AND c.module_id = ?4";
    if (!f.include_erased) sql += " AND p.erased_at IS NULL";
    auto& q = c_->cached(sql + " ORDER BY c.completed_on DESC, c.id DESC");
    if (f.venue_id) q.bind(1, *f.venue_id);
    if (!f.from.empty()) q.bind(2, f.from);
    if (!f.to.empty()) q.bind(3, f.to);
    if (!f.module_id.empty()) q.bind(4, f.module_id);
    std::vector<CompletionRow> out;
    while (q.step()) out.push_back(rows::read_completion(q));
    return out;
}

std::vector<CompletionRow> Store::expiring(Date today, int days) {
    auto& q = c_->cached(std::string(rows::kCompletionSelect) +
                         "WHERE c.valid_until BETWEEN ?1 AND ?2 AND p.active AND p.erased_at IS NULL "
                         "AND c.valid_until = (SELECT MAX(c2.valid_until) FROM completions c2 "
                         "WHERE c2.person_id = c.person_id AND c2.module_id = c.module_id) "
                         "ORDER BY c.valid_until, v.name, p.full_name");
    q.bind(1, to_iso(today - std::chrono::days{days})).bind(2, to_iso(today + std::chrono::days{days}));
    std::vector<CompletionRow> out;
    while (q.step()) out.push_back(rows::read_completion(q));
    return out;
}

std::vector<Store::CountRow> Store::completion_counts() {
    // Counted per venue, module and day straight along completions_by_venue_module_date (no
    // sort: the index is in that order), then summed per month and named: the per-row work is
    // an index scan, and the venues' join runs once per day-group.
    auto& q = c_->cached(
        "SELECT v.name, g.module_id, g.month, SUM(g.n) FROM (SELECT venue_id, module_id, substr(completed_on, 1, 7) AS month, "
        "COUNT(*) AS n FROM completions GROUP BY venue_id, module_id, completed_on) g JOIN venues v ON v.id = g.venue_id "
        "GROUP BY v.name, g.module_id, g.month ORDER BY v.name, g.module_id, g.month");
    std::vector<CountRow> out;
    while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2), q.integer(3)});
    return out;
}

std::map<std::string, int> Store::completions_by_language(Date since) {
    auto& q = c_->cached(
        "SELECT a.language, COUNT(*) FROM completions c JOIN attempts a ON a.id = c.attempt_id "
        "WHERE c.completed_on >= ? GROUP BY a.language");
    q.bind(1, to_iso(since));
    std::map<std::string, int> out;
    while (q.step()) out[q.text(0)] = q.integer(1);
    return out;
}

std::optional<Store::PersonRow> Store::person(std::int64_t id) {
    auto& q = c_->cached(std::string(kPersonSelect) + "WHERE p.id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    auto r = read_person(q);
    q.reset();
    return r;
}

std::vector<Store::PersonRow> Store::find_people(const std::string& name_part) {
    auto& q = c_->cached(std::string(kPersonSelect) +
                         "WHERE p.erased_at IS NULL AND instr(p.name_key, ?) > 0 ORDER BY p.full_name LIMIT 200");
    // Along the stored match key, so "анна" finds "Анна" and "jose" + U+0301 finds "José".
    q.bind(1, names::match_key(name_part));
    std::vector<PersonRow> out;
    while (q.step()) out.push_back(read_person(q));
    return out;
}

std::vector<Store::PersonRow> Store::people_at_venue(std::int64_t venue_id) {
    auto& q = c_->cached(std::string(kPersonSelect) + "WHERE p.erased_at IS NULL AND p.venue_id = ? ORDER BY p.id");
    q.bind(1, venue_id);
    std::vector<PersonRow> out;
    while (q.step()) out.push_back(read_person(q));
    return out;
}

std::string Store::export_person_json(std::int64_t id) {
    const auto p = person(id);
    if (!p) return {};
    nlohmann::ordered_json j;
    j["person"] = {{"id", p->id},           {"uid", p->uid},
                   {"full_name", p->full_name}, {"employee_number", p->employee_number},
                   {"venue", p->venue_name},    {"language", p->language},
                   {"active", p->active},       {"created_at", p->created_at},
                   {"last_activity_at", p->last_activity_at}};
    auto& attempts = c_->cached(
        "SELECT id, uid, module_id, module_version, language, seed, correct, total, score_percent, passed, finished_at "
        "FROM attempts WHERE person_id = ? ORDER BY finished_at, id");
    attempts.bind(1, id);
    std::vector<std::pair<std::int64_t, nlohmann::ordered_json>> rows;
    while (attempts.step())
        rows.push_back({attempts.int64(0),
                        {{"uid", attempts.text(1)}, {"module", attempts.text(2)}, {"module_version", attempts.integer(3)},
                         {"language", attempts.text(4)}, {"seed", attempts.text(5)}, {"correct", attempts.integer(6)},
                         {"total", attempts.integer(7)}, {"score_percent", attempts.integer(8)},
                         {"passed", attempts.integer(9) != 0}, {"finished_at", attempts.text(10)}}});
    j["attempts"] = nlohmann::ordered_json::array();
    auto& answers = c_->cached("SELECT question_id, given, correct FROM answers WHERE attempt_id = ? ORDER BY question_id");
    for (auto& [aid, row] : rows) {
        answers.bind(1, aid);
        row["answers"] = nlohmann::ordered_json::array();
        while (answers.step())
            row["answers"].push_back({{"question", answers.text(0)}, {"given", answers.text(1)}, {"correct", answers.integer(2) != 0}});
        answers.reset();
        j["attempts"].push_back(row);
    }
    j["certificates"] = nlohmann::ordered_json::array();
    auto& certs = c_->cached(
        "SELECT certificate_serial, verification_code, module_id, module_version, completed_on, valid_until, score_percent "
        "FROM completions WHERE person_id = ? ORDER BY completed_on");
    certs.bind(1, id);
    while (certs.step())
        j["certificates"].push_back({{"serial", certs.text(0)}, {"verification_code", certs.text(1)},
                                     {"module", certs.text(2)}, {"module_version", certs.integer(3)},
                                     {"completed_on", certs.text(4)}, {"valid_until", certs.text(5)},
                                     {"score_percent", certs.integer(6)}});
    return j.dump(2);
}

void Store::erase_in_transaction(std::int64_t id) {
    // Queued copies first: the outbox holds the person's name and number in each people entry
    // and their answers in each answers entry, sent or not.
    c_->cached("DELETE FROM outbox WHERE tbl = 'people' AND uid = (SELECT uid FROM people WHERE id = ?)").bind(1, id).run();
    c_->cached("DELETE FROM outbox WHERE tbl = 'answers' AND substr(uid, 1, instr(uid, '/') - 1) IN "
               "(SELECT uid FROM attempts WHERE person_id = ?)")
        .bind(1, id).run();
    c_->cached("DELETE FROM answers WHERE attempt_id IN (SELECT id FROM attempts WHERE person_id = ?)").bind(1, id).run();
    c_->cached("UPDATE people SET full_name = NULL, name_key = NULL, employee_number = '', active = 0, "
               "erased_at = ? WHERE id = ?")
        .bind(1, now_iso_timestamp()).bind(2, id).run();
}

void Store::fold_wal() {
    // Inside a caller's transaction the caller folds it once it commits.
    if (!sqlite3_get_autocommit(c_->handle())) return;
    auto& q = c_->cached("PRAGMA wal_checkpoint(TRUNCATE)");
    q.step();
    q.reset();
}

bool Store::erase_person(std::int64_t id, const std::string& audit_detail) {
    if (!person(id)) return false;
    db::Transaction tx(*c_);
    erase_in_transaction(id);
    if (!audit_detail.empty()) audit(AuditAct::PersonErase, audit_detail);
    tx.commit();
    fold_wal();
    return true;
}

std::vector<std::string> Store::certificate_serials(std::int64_t person_id) {
    return first_column(*c_, "SELECT certificate_serial FROM completions WHERE person_id = ? ORDER BY id", person_id);
}

std::vector<std::int64_t> Store::inactive_people(Date today, int months) {
    auto& q = c_->cached("SELECT id FROM people WHERE erased_at IS NULL AND last_activity_at < ? ORDER BY id");
    q.bind(1, to_iso(add_months(today, -months)));
    std::vector<std::int64_t> ids;
    while (q.step()) ids.push_back(q.int64(0));
    return ids;
}

void Store::set_person_active(std::int64_t id, bool active) {
    c_->cached("UPDATE people SET active = ? WHERE id = ?").bind(1, active ? 1 : 0).bind(2, id).run();
}

int Store::retention_months() {
    const auto v = setting("retention_months");
    if (!v) return kDefaultRetentionMonths;
    int months = 0;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), months);
    if (ec != std::errc{} || end != v->data() + v->size() || months < kMinRetentionMonths || months > kMaxRetentionMonths)
        return kDefaultRetentionMonths;
    return months;
}

int Store::purge_inactive(Date today, int months) {
    const auto ids = inactive_people(today, months);
    db::Transaction tx(*c_);
    for (auto id : ids) erase_in_transaction(id);
    tx.commit();
    if (!ids.empty()) fold_wal();
    return static_cast<int>(ids.size());
}

void Store::backup_to(const std::filesystem::path& file) {
    sqlite3* dest = nullptr;
    if (const int rc = sqlite3_open_v2(file.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        rc != SQLITE_OK) {
        const std::string why = db::describe_failure(rc, dest ? sqlite3_errmsg(dest) : "cannot create file");
        sqlite3_close(dest);
        throw StoreError(file.string(), why, rc);
    }
    try {
        copy_database(c_->handle(), dest, file.string());
    } catch (...) {
        sqlite3_close(dest);
        throw;
    }
    sqlite3_close(dest);
}

std::string Store::integrity_check() {
    auto& q = c_->cached("PRAGMA integrity_check");
    std::string out;
    while (q.step()) out += (out.empty() ? "" : "; ") + q.text(0);
    return out;
}

void Store::restore_from(const std::filesystem::path& file) {
    {
        ReadOnlyDb backup(file);
        const std::string verdict = backup.single_text("PRAGMA integrity_check");
        if (verdict != "ok") throw StoreError(file.string(), "the backup is damaged, nothing was restored: " + verdict);
        const std::string version = backup.single_text("PRAGMA user_version");
        if (version.empty() || std::stoi(version) < 1 || std::stoi(version) > kSchemaVersion)
            throw StoreError(file.string(), "not a Signaal backup this version can restore (schema " + version + ")");
        copy_database(backup.db, c_->handle(), c_->path());
    }
    c_->exec("PRAGMA foreign_keys = ON");
    // The restored outbox numbers changes again from the backup's point, and the centre keeps a
    // row's newest change per kiosk: as a new kiosk id its changes are taken, not mistaken for old.
    c_->exec("DELETE FROM settings WHERE key = 'kiosk_id'");
}

std::vector<Store::AuditRow> Store::audit_log(int limit) {
    auto& q = c_->cached("SELECT id, at, action, detail FROM audit_log ORDER BY id DESC LIMIT ?");
    q.bind(1, limit);
    std::vector<AuditRow> out;
    while (q.step()) out.push_back({q.int64(0), q.text(1), current_audit_name(q.text(2)), q.text(3)});
    return out;
}

}  // namespace signaal
