#include "pg.hpp"

#include <libpq-fe.h>

#include <utility>
#include <vector>

namespace signaal::pg {
namespace {

// libpq's own reading of a URL or key/value string: each keyword given, with its decoded value.
// Empty when libpq cannot read it (the connection then fails with libpq's own message).
std::vector<std::pair<std::string, std::string>> conninfo(const std::string& url) {
    std::vector<std::pair<std::string, std::string>> out;
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
    PQfreemem(error);
    if (!options) return out;
    for (const PQconninfoOption* o = options; o->keyword; ++o)
        if (o->val && *o->val) out.emplace_back(o->keyword, o->val);
    PQconninfoFree(options);
    return out;
}

std::string password_of(const std::string& url) {
    for (const auto& [key, value] : conninfo(url))
        if (key == "password") return value;
    return {};
}

std::string replaced(std::string text, const std::string& secret) {
    for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 3))
        text.replace(at, secret.size(), "***");
    return text;
}

std::string trimmed(const char* s) {
    std::string out = s ? s : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace

bool conninfo_ok(const std::string& url) {
    char* error = nullptr;  // libpq's message may quote the text, password and all: not shown
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
    PQfreemem(error);
    PQconninfoFree(options);
    return options != nullptr;
}

std::string mask_url(const std::string& url) {
    const std::string p = password_of(url);
    if (p.empty()) return url;
    if (url.find(p) != std::string::npos) return replaced(url, p);
    // Written differently from its value (percent-encoded, escaped): show what libpq read instead.
    std::string out;
    for (const auto& [key, value] : conninfo(url))
        out += (out.empty() ? "" : " ") + key + "=" + (key == "password" ? "***" : value);
    return out;
}

std::string redact(std::string message, const std::string& url) {
    const std::string p = password_of(url);
    return p.empty() ? message : replaced(std::move(message), p);
}

Result::~Result() { PQclear(r_); }
int Result::rows() const { return PQntuples(r_); }
std::string Result::text(int row, int col) const { return PQgetvalue(r_, row, col); }
bool Result::is_null(int row, int col) const { return PQgetisnull(r_, row, col) != 0; }
std::string Result::status() const { return PQcmdStatus(r_); }
long long Result::affected() const {
    const char* n = PQcmdTuples(r_);
    return n && *n ? std::stoll(n) : 0;
}

Connection::Connection(const std::string& url, int connect_timeout_s) : url_(url) {
    // Keywords given after an expanded dbname override it, so the defaults come first.
    const std::string timeout = std::to_string(connect_timeout_s);
    // A cable cut without a reset must not hang a sync for the OS's 15 minutes: keepalives and a
    // TCP user timeout end it within about a minute (ignored on unix sockets).
    const char* keys[] = {"connect_timeout", "application_name", "keepalives", "keepalives_idle",
                          "keepalives_interval", "keepalives_count", "tcp_user_timeout", "dbname", nullptr};
    const char* values[] = {timeout.c_str(), "signaal", "1", "30", "10", "3", "60000", url.c_str(), nullptr};
    c_ = PQconnectdbParams(keys, values, 1);
    if (!c_) throw Error("cannot reach the central database: out of memory");
    if (PQstatus(c_) != CONNECTION_OK) {
        const std::string why = redact(trimmed(PQerrorMessage(c_)), url_);
        PQfinish(c_);
        c_ = nullptr;
        throw Error("cannot reach the central database " + mask_url(url_) + ": " + why);
    }
    // Server notices (e.g. "relation already exists, skipping") are not for the kiosk's log.
    PQsetNoticeProcessor(c_, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() { PQfinish(c_); }

void Connection::fail(const std::string& context, pg_result* r) {
    std::string why = trimmed(r ? PQresultErrorMessage(r) : nullptr);
    if (why.empty()) why = trimmed(PQerrorMessage(c_));
    PQclear(r);
    throw Error(context + ": " + redact(why, url_));
}

void Connection::exec(const std::string& sql) {
    pg_result* r = PQexec(c_, sql.c_str());
    const auto st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) fail("central database", r);
    PQclear(r);
}

Result Connection::query(const std::string& sql, const std::vector<Param>& params) {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    pg_result* r = PQexecParams(c_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                                nullptr, 0);
    const auto st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) fail("central database", r);
    return Result(r);
}

Transaction::Transaction(Connection& c) : c_(c) { c_.exec("BEGIN"); }

Transaction::~Transaction() {
    if (done_) return;
    try {
        c_.exec("ROLLBACK");
    } catch (const Error&) {
        // The connection is gone; the server rolls the transaction back by itself.
    }
}

void Transaction::commit() {
    // A transaction the server already aborted answers COMMIT with "ROLLBACK", not an error.
    auto r = c_.query("COMMIT");
    done_ = true;
    if (r.status() != "COMMIT") throw Error("central database: the transaction was rolled back");
}

}  // namespace signaal::pg
