// Store functions for certificates after they are issued: revocation, and the keyring of every
// key that has signed (kept so a key rotation never orphans a printed certificate).
#include "rows.hpp"

namespace signaal {

Store::Revoke Store::revoke_certificate(const std::string& serial, const std::string& reason, Date on,
                                        const std::string& audit_detail) {
    db::Transaction tx(*c_);
    auto& known = c_->cached("SELECT 1 FROM completions WHERE certificate_serial = ?");
    known.bind(1, serial);
    const bool exists = known.step();
    known.reset();
    if (!exists) return Revoke::UnknownSerial;
    if (revocation(serial)) return Revoke::AlreadyRevoked;
    c_->cached("INSERT INTO revocations(serial, revoked_on, reason) VALUES (?, ?, ?)")
        .bind(1, serial).bind(2, to_iso(on)).bind(3, reason).run();
    audit(AuditAct::CertificateRevoke, audit_detail);
    tx.commit();
    return Revoke::Done;
}

std::optional<Store::RevocationRow> Store::revocation(const std::string& serial) {
    auto& q = c_->cached("SELECT serial, revoked_on, reason FROM revocations WHERE serial = ?");
    q.bind(1, serial);
    std::optional<RevocationRow> out;
    if (q.step()) out = RevocationRow{q.text(0), q.text(1), q.text(2)};
    q.reset();
    return out;
}

std::vector<Store::RevocationRow> Store::revocations() {
    auto& q = c_->cached("SELECT serial, revoked_on, reason FROM revocations ORDER BY serial");
    std::vector<RevocationRow> out;
    while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2)});
    q.reset();
    return out;
}

void Store::remember_signing_key(const std::string& key_id, const std::string& public_key) {
    c_->cached("INSERT OR IGNORE INTO signing_keys(key_id, public_key) VALUES (?, ?)")
        .bind(1, key_id).bind(2, public_key).run();
}

void Store::record_key_rotation(const std::string& old_id, const std::string& old_key, const std::string& new_id,
                                const std::string& new_key) {
    db::Transaction tx(*c_);
    remember_signing_key(old_id, old_key);
    remember_signing_key(new_id, new_key);
    c_->cached("UPDATE signing_keys SET retired_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
               "WHERE key_id = ? AND retired_at IS NULL")
        .bind(1, old_id).run();
    audit(AuditAct::SigningKeyRotate, old_id + " -> " + new_id);
    tx.commit();
}

bool Store::withdraw_signing_key(const std::string& key_id, const std::string& reason, const std::string& audit_detail) {
    db::Transaction tx(*c_);
    auto& q = c_->cached("UPDATE signing_keys SET withdrawn_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                         "withdrawn_reason = ? WHERE key_id = ? AND withdrawn_at IS NULL");
    q.bind(1, reason).bind(2, key_id).run();
    if (c_->changes() == 0) return false;
    audit(AuditAct::SigningKeyWithdraw, audit_detail);
    tx.commit();
    return true;
}

std::vector<Store::SigningKeyRow> Store::signing_keys() {
    auto& q = c_->cached("SELECT key_id, public_key, added_at, retired_at, withdrawn_at, withdrawn_reason "
                         "FROM signing_keys ORDER BY added_at, key_id");
    std::vector<SigningKeyRow> out;
    auto opt = [&](int i) { return q.is_null(i) ? std::nullopt : std::optional<std::string>(q.text(i)); };
    while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2), opt(3), opt(4), opt(5)});
    q.reset();
    return out;
}

}  // namespace signaal
