#pragma once
// RAII over libpq: a connection, a result, and a transaction that rolls back unless committed.
// The C types are forward-declared so libpq-fe.h stays in pg.cpp. Every message that can leave
// this layer has the connection's password removed first.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace signaal::pg {

// A failure talking to the central database; the message never contains a password.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Result {
public:
    explicit Result(pg_result* r) : r_(r) {}
    ~Result();
    Result(Result&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
    Result& operator=(Result&&) = delete;
    Result(const Result&) = delete;

    int rows() const;
    std::string text(int row, int col) const;
    bool is_null(int row, int col) const;
    long long int64(int row, int col) const { return std::stoll(text(row, col)); }
    int integer(int row, int col) const { return std::stoi(text(row, col)); }
    long long affected() const;
    std::string status() const;  // the command tag: "COMMIT", "INSERT 0 3", ...  // rows an INSERT/UPDATE/DELETE touched

private:
    pg_result* r_;
};

using Param = std::optional<std::string>;  // nullopt is SQL NULL

class Connection {
public:
    // Connects to a "postgresql://..." URL or a "host=... dbname=..." string, with a connect
    // timeout unless the URL sets one. Throws Error (password removed) when it cannot.
    explicit Connection(const std::string& url, int connect_timeout_s = 10);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void exec(const std::string& sql);  // one or more statements, no parameters
    Result query(const std::string& sql, const std::vector<Param>& params = {});

private:
    [[noreturn]] void fail(const std::string& context, pg_result* r);
    pg_conn* c_ = nullptr;
    std::string url_;  // kept only to redact its password from server messages
};

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

// Whether libpq reads url as connection info (PQconninfoParse): a postgresql:// URL or key=value pairs.
bool conninfo_ok(const std::string& url);

// "postgresql://kiosk:secret@db.example/x" -> "postgresql://kiosk:***@db.example/x"; also
// masks password=... in key/value strings and ?password= in URLs. For showing settings.
std::string mask_url(const std::string& url);
// The message with every occurrence of the URL's password replaced by ***.
std::string redact(std::string message, const std::string& url);

}  // namespace signaal::pg
