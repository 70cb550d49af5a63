#include "sqlite.hpp"

#include <sqlite3.h>

#include <cassert>

namespace signaal::db {
namespace {

[[noreturn]] void fail(const std::string& path, sqlite3* db, int rc, std::string_view context) {
    // With extended result codes on, rc is already extended; the connection's own code is
    // more precise when it has one (bind and prepare return the primary code only).
    const int code = db && sqlite3_extended_errcode(db) != SQLITE_OK ? sqlite3_extended_errcode(db) : rc;
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw StoreError(path, describe_failure(code, std::string(context) + ": " + detail), code);
}

}  // namespace

std::string describe_failure(int code, const std::string& detail) {
    switch (code & 0xFF) {
        case SQLITE_NOTADB: return "not a Signaal database, or the file is damaged (" + detail + ")";
        case SQLITE_CORRUPT: return "the database file is damaged (" + detail + ")";
        case SQLITE_CANTOPEN: return "cannot open the file (" + detail + "); check the folder exists and is writable";
        case SQLITE_READONLY: return "the database is read-only (" + detail + ")";
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return "the database is locked by another program (" + detail + ")";
        case SQLITE_FULL: return "the disk is full (" + detail + ")";
        case SQLITE_IOERR: return "the disk could not be read or written (" + detail + ")";
        case SQLITE_AUTH:
        case SQLITE_INTERRUPT: return "the database refused the request (" + detail + ")";
        default: return detail;
    }
}

Statement::Statement(const Connection& c, std::string_view sql) : c_(&c) {
    const int rc = sqlite3_prepare_v3(c.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(rc, "preparing SQL");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& o) noexcept : c_(o.c_), stmt_(o.stmt_) { o.stmt_ = nullptr; }

void Statement::fail(int rc, std::string_view context) const { db::fail(c_->path(), c_->handle(), rc, context); }

Statement& Statement::bind(int i, std::int64_t v) {
    if (int rc = sqlite3_bind_int64(stmt_, i, v); rc != SQLITE_OK) fail(rc, "binding");
    return *this;
}

Statement& Statement::bind(int i, double v) {
    if (int rc = sqlite3_bind_double(stmt_, i, v); rc != SQLITE_OK) fail(rc, "binding");
    return *this;
}

Statement& Statement::bind(int i, std::string_view v) {
    const int rc = sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(rc, "binding");
    return *this;
}

Statement& Statement::bind_null(int i) {
    if (int rc = sqlite3_bind_null(stmt_, i); rc != SQLITE_OK) fail(rc, "binding");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const int code = rc;
    sqlite3_reset(stmt_);
    fail(code, "running SQL");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::real(int col) const { return sqlite3_column_double(stmt_, col); }
bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

std::string Statement::text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
}

Connection::Connection(const std::filesystem::path& path) : path_(path.string()) {
    const int rc = sqlite3_open_v2(path_.c_str(), &db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const int code = db_ ? sqlite3_extended_errcode(db_) : rc;
        const std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(path_, describe_failure(code, detail), code);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Connection::~Connection() {
    cache_.clear();  // statements must be finalized before the connection closes
    sqlite3_close(db_);
}

void Connection::exec(std::string_view sql) {
    char* err = nullptr;
    const std::string s(sql);
    const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const std::string detail = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StoreError(path_, describe_failure(rc, detail), rc);
    }
}

Statement& Connection::cached(std::string_view sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end())
        it = cache_.emplace(std::string(sql), std::make_unique<Statement>(*this, sql)).first;
    it->second->reset();
    return *it->second;
}

std::int64_t Connection::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
int Connection::changes() const { return sqlite3_changes(db_); }

Transaction::Transaction(Connection& c) : c_(c) { c_.exec("SAVEPOINT signaal_tx"); }

Transaction::~Transaction() {
    if (done_) return;
    try {
        c_.exec("ROLLBACK TO signaal_tx; RELEASE signaal_tx");
    } catch (const StoreError&) {
        // Nothing sensible to do in a destructor; SQLite has already rolled back on I/O errors.
    }
}

void Transaction::commit() {
    assert(!done_);
    c_.exec("RELEASE signaal_tx");
    done_ = true;
}

}  // namespace signaal::db
