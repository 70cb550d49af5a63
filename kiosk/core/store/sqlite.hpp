#pragma once
// RAII over the SQLite C API: a connection, compiled statements, and savepoint transactions
// that roll back unless committed. The C types are forward-declared to keep sqlite3.h here.
// Every failure throws StoreError with the connection's path, a reason in plain words and
// SQLite's extended result code: the one place SQLite errors are translated.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store_error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace signaal::db {

class Connection;

// What a failed SQLite call means, for the person who has to fix it: "the disk is full (...)".
// code is the (extended) result code, detail SQLite's own message.
std::string describe_failure(int code, const std::string& detail);

class Statement {
public:
    Statement(const Connection& c, std::string_view sql);
    ~Statement();
    Statement(Statement&& o) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Statement& bind(int i, double v);
    Statement& bind(int i, std::string_view v);
    Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Statement& bind_null(int i);

    bool step();  // true while a row is available; throws on error
    void run();   // steps to completion and resets
    void reset();

    std::int64_t int64(int col) const;
    int integer(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const;
    std::string text(int col) const;
    bool is_null(int col) const;

private:
    [[noreturn]] void fail(int rc, std::string_view context) const;

    const Connection* c_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Connection {
public:
    // Opens (creating if needed) the database file; ":memory:" for a private in-memory one.
    explicit Connection(const std::filesystem::path& path);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void exec(std::string_view sql);
    // A statement compiled on first use and kept for the life of the connection, reset for reuse.
    Statement& cached(std::string_view sql);
    std::int64_t last_insert_id() const;
    int changes() const;
    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }

private:
    sqlite3* db_ = nullptr;
    std::string path_;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> cache_;
};

// A savepoint, so transactions nest; rolls back in the destructor unless commit() ran.
class Transaction {
public:
    explicit Transaction(Connection& c);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& c_;
    bool done_ = false;
};

}  // namespace signaal::db
