#include "pg.hpp"

#include <libpq-fe.h>


namespace signaal::pg {
namespace {

// The password as written in the URL or key/value string, or empty. Parsed by hand: std::regex
// trips GCC 12's maybe-uninitialized warning under the sanitizers.
std::string password_of(const std::string& url) {
    const auto lower = [](std::string t) {
        for (auto& ch : t) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
        return t;
    };
    const std::string l = lower(url);
    if (const auto scheme = l.find("://"); scheme != std::string::npos) {
        // postgresql://user:password@host/db
        const size_t start = scheme + 3;
        const size_t end = url.find_first_of("/?", start);
        const size_t at = url.rfind('@', end == std::string::npos ? std::string::npos : end);
        if (at != std::string::npos && at >= start) {
            const size_t colon = url.find(':', start);
            if (colon != std::string::npos && colon < at && colon + 1 < at) return url.substr(colon + 1, at - colon - 1);
        }
        // ...?password=secret&...
        for (size_t q = l.find("password=", start); q != std::string::npos; q = l.find("password=", q + 1)) {
            if (q == 0 || (l[q - 1] != '?' && l[q - 1] != '&')) continue;
            const size_t v = q + 9, e = url.find('&', v);
            return url.substr(v, e == std::string::npos ? std::string::npos : e - v);
        }
        return {};
    }
    // host=... password='se cret' ...
    for (size_t k = l.find("password"); k != std::string::npos; k = l.find("password", k + 1)) {
        if (k > 0 && l[k - 1] != ' ' && l[k - 1] != '\t') continue;
        size_t v = k + 8;
        while (v < url.size() && url[v] == ' ') ++v;
        if (v >= url.size() || url[v] != '=') continue;
        ++v;
        while (v < url.size() && url[v] == ' ') ++v;
        if (v < url.size() && url[v] == '\'') {
            std::string out;
            for (size_t i = v + 1; i < url.size() && url[i] != '\''; ++i) out += url[i] == '\\' && i + 1 < url.size() ? url[++i] : url[i];
            return out;
        }
        const size_t e = url.find_first_of(" \t", v);
        return url.substr(v, e == std::string::npos ? std::string::npos : e - v);
    }
    return {};
}

std::string trimmed(const char* s) {
    std::string out = s ? s : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace

std::string mask_url(const std::string& url) {
    const std::string p = password_of(url);
    if (p.empty()) return url;
    std::string out = url;
    for (size_t at = out.find(p); at != std::string::npos; at = out.find(p, at + 3)) out.replace(at, p.size(), "***");
    return out;
}

std::string redact(std::string message, const std::string& url) {
    const std::string p = password_of(url);
    if (p.size() < 1) return message;
    for (size_t at = message.find(p); at != std::string::npos; at = message.find(p, at + 3))
        message.replace(at, p.size(), "***");
    return message;
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
