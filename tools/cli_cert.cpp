// signaal keys init / export-public / rotate / withdraw / list and cert verify: the organisation's
// signing keys, and checking a certificate someone shows you.
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>

#include "cli.hpp"
#include "dates.hpp"
#include "keys.hpp"
#include "payload.hpp"
#include "pdf_payload.hpp"
#include "render_assets.hpp"
#include "base64url.hpp"
#include "store/store.hpp"
#include "trust.hpp"

namespace signaal::cli {
namespace {

namespace certs = signaal::certs;

const Option kKeysDirOption{"dir", "DIR", "key folder (default: $XDG_DATA_HOME/signaal/keys)"};

std::filesystem::path key_dir(const Args& a) {
    if (auto v = a.value("dir")) return *v;
    return certs::default_key_dir();
}

int keys_init(const Args& a) {
    const auto dir = key_dir(a);
    try {
        if (certs::init_keys(dir))
            std::cout << "created a signing key in " << dir.string() << " (private, mode 600)\n";
        else
            std::cout << "a signing key already exists in " << dir.string() << "; left unchanged\n";
        std::cout << "public key: " << certs::public_key_path(dir).string() << "\n";
    } catch (const certs::KeyError& e) {
        std::cerr << "signaal keys init: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

int keys_export_public(const Args& a) {
    try {
        const auto pk = certs::load_signing_key(certs::signing_key_path(key_dir(a))).public_key();
        if (auto out = a.value("out")) {
            certs::export_public_key(pk, *out);
            std::cout << "public key written to " << *out << "\n";
        } else {
            std::cout << certs::public_key_text(pk);
        }
    } catch (const certs::KeyError& e) {
        std::cerr << "signaal keys export-public: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

int keys_rotate(const Args& a) {
    const auto dir = key_dir(a);
    Store store(db_path(a));
    // Both public keys are in the store's keyring before the old private key is replaced, so
    // what the old key signed keeps verifying on the page and with `cert verify`.
    const auto done = certs::rotate_keys(dir, [&](const certs::Rotation& r) {
        store.record_key_rotation(certs::key_id(r.old_key), certs::base64url_encode(r.old_key.data(), r.old_key.size()),
                                  certs::key_id(r.new_key), certs::base64url_encode(r.new_key.data(), r.new_key.size()));
    });
    std::cout << "new signing key " << certs::key_id(done.new_key) << " in " << dir.string() << "\n"
              << "the old key " << certs::key_id(done.old_key)
              << " stays trusted for the certificates it signed; its private half is gone\n"
              << "run `signaal verify-page` again so the page knows the new key\n";
    return 0;
}

int keys_withdraw(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the id of the key to withdraw (see `signaal keys list`)");
    const auto reason = a.value("reason");
    if (!reason || reason->empty()) throw UsageError("--reason TEXT is required: verifiers are shown it");
    const std::string id = a.positional()[0];
    Store store(db_path(a));
    const auto keys = certs::trusted_keys(store, key_dir(a));
    std::error_code ec;
    if (std::filesystem::exists(certs::signing_key_path(key_dir(a)), ec) &&
        certs::key_id(certs::load_signing_key(certs::signing_key_path(key_dir(a))).public_key()) == id)
        throw UsageError("key " + id + " is the current signing key: run `signaal keys rotate` first, then withdraw it");
    if (!store.withdraw_signing_key(id, *reason, id + ": " + *reason)) {
        std::cerr << "signaal keys withdraw: no trusted key " << id << " (already withdrawn, or unknown)\n";
        return 1;
    }
    std::cout << "withdrew key " << id << ": certificates it signed now show NOT GENUINE\n"
              << "run `signaal verify-page` again to publish this\n";
    return 0;
}

int keys_list(const Args& a) {
    Store store(db_path(a));
    certs::trusted_keys(store, key_dir(a));  // makes sure the current key is listed
    for (const auto& k : store.signing_keys())
        std::cout << k.key_id << "  added " << k.added_at
                  << (k.withdrawn_at ? "  WITHDRAWN " + *k.withdrawn_at + ": " + k.withdrawn_reason.value_or("")
                      : k.retired_at ? "  retired " + *k.retired_at
                                     : "  current")
                  << "\n";
    return 0;
}

// Exit codes a script can act on: 0 valid, 3 expired, 4 revoked, 2 invalid, 1 could not check.
int cert_verify(const Args& a) {
    const auto key_file = a.value("public-key");
    const auto pdf = a.value("pdf");
    if (pdf && !a.positional().empty()) throw UsageError("give either a payload or --pdf FILE, not both");
    if (!pdf && a.positional().size() != 1) throw UsageError("give the payload (the QR code's text) or --pdf FILE");
    try {
        // Trust: one public key file, or the database's keyring (every key that has signed).
        const bool use_store = !key_file || a.value("db");
        std::optional<Store> store;
        if (use_store) {
            std::error_code ec;
            if (!std::filesystem::exists(db_path(a), ec)) {
                std::cerr << "signaal cert verify: no database at " << db_path(a).string()
                          << "; give --public-key FILE (the organisation's public key) or --db PATH\n";
                return 1;
            }
            store.emplace(db_path(a));
        }
        const certs::Keyring keys =
            key_file ? certs::keyring_of(certs::load_public_key(*key_file)) : certs::trusted_keys(*store, signing_key_dir(a));
        if (keys.empty()) {
            std::cerr << "signaal cert verify: the database knows no signing key; give --public-key FILE\n";
            return 1;
        }
        std::optional<certs::RevocationList> revoked;
        if (auto file = a.value("revoked")) {
            std::ifstream in(*file, std::ios::binary);
            if (!in) {
                std::cerr << "signaal cert verify: cannot read " << *file << "\n";
                return 1;
            }
            const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            auto check = certs::verify_revocations(text, keys);
            if (!check.list) {
                std::cout << "INVALID " << *file << ": " << check.error << "\n";
                return 2;
            }
            revoked = std::move(check.list);
        } else if (store) {
            revoked = certs::stored_revocations(*store);
        }
        std::string payload;
        if (pdf) {
            const auto found = certs::payload_from_pdf(*pdf);
            if (!found) {
                std::cout << "INVALID no Signaal payload in " << *pdf << "\n";
                return 2;
            }
            payload = *found;
        } else {
            payload = certs::payload_from_scan(a.positional()[0]);  // the payload, or the QR code's link
        }
        const auto v = certs::verify_payload(payload, keys, certs::Date{today_utc()}, revoked ? &*revoked : nullptr);
        switch (v.verdict) {
            case certs::Verdict::Valid: std::cout << "VALID"; break;
            case certs::Verdict::Expired: std::cout << "EXPIRED " << certs::iso_date(v.valid_until); break;
            case certs::Verdict::Revoked:
                std::cout << "REVOKED " << certs::iso_date(v.revocation->on) << " " << v.revocation->reason;
                break;
            case certs::Verdict::Invalid: std::cout << "INVALID " << v.reason << "\n"; return 2;
        }
        std::cout << "\n";
        if (v.personal)
            std::cout << "  serial " << v.personal->serial << "\n  name " << v.personal->person_name << "\n  module "
                      << v.personal->module_id << " v" << v.personal->module_version << "\n  completed "
                      << certs::iso_date(v.personal->completed) << "\n  valid until "
                      << certs::iso_date(v.personal->valid_until) << "\n  organisation " << v.personal->organisation_id
                      << "\n";
        if (v.venue)
            std::cout << "  serial " << v.venue->serial << "\n  venue " << v.venue->venue_name << "\n  trained "
                      << v.venue->trained << " of " << v.venue->staff << "\n  issued " << certs::iso_date(v.venue->issued)
                      << "\n  valid until " << certs::iso_date(v.venue->valid_until) << "\n  organisation "
                      << v.venue->organisation_id << "\n";
        std::cout << "  key " << v.key_id << "\n";
        return v.verdict == certs::Verdict::Valid ? 0 : v.verdict == certs::Verdict::Revoked ? 4 : 3;
    } catch (const certs::KeyError& e) {
        std::cerr << "signaal cert verify: " << e.what() << "\n";
        return 1;
    } catch (const certs::PdfError& e) {
        std::cerr << "signaal cert verify: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace

void register_cert_commands(Registry& r) {
    r.add({"keys init", "", "Create the organisation's certificate signing key (once; never overwritten)",
           "The private key is written with mode 600 and never printed. Share the public key\n"
           "(signing.pub, or `signaal keys export-public`) with whoever verifies certificates.",
           {kKeysDirOption}, keys_init});
    r.add({"keys export-public", "", "Print or write the public key that verifies this kiosk's certificates", "",
           {kKeysDirOption, {"out", "FILE", "write to FILE instead of printing"}}, keys_export_public});
    r.add({"cert verify", "[PAYLOAD]", "Check a certificate's QR payload or PDF: VALID, EXPIRED, REVOKED or INVALID <reason>",
           "Accepts the QR code's link too (https://...#PAYLOAD). Without --public-key it trusts the\n"
           "database's keyring and revocations.\n"
           "Exit status: 0 valid, 3 expired, 4 revoked, 2 invalid, 1 could not check (unreadable key or file).",
           {{"public-key", "FILE", "the issuing organisation's public key (default: every key the database trusts)"},
            {"pdf", "FILE", "read the payload from a certificate PDF"},
            {"revoked", "FILE", "a signed revocation list (revocations.txt from `signaal verify-page`)"},
            kKeyDirOption},
           cert_verify});
    r.add({"keys rotate", "", "Make a new signing key; the old one stays trusted for what it signed",
           "New certificates name the key that signed them. Both public keys are kept in the\n"
           "database's keyring; the old private key is removed. Publish the page again afterwards.",
           {kKeysDirOption}, keys_rotate});
    r.add({"keys withdraw", "KEY_ID", "Withdraw a compromised key: what it signed shows NOT GENUINE",
           "Rotate first: the current signing key cannot be withdrawn. Publish the page again afterwards.",
           {kKeysDirOption, {"reason", "TEXT", "why, shown to whoever checks such a certificate (required)"}},
           keys_withdraw});
    r.add({"keys list", "", "Every key that has signed certificates: current, retired or withdrawn", "",
           {kKeysDirOption}, keys_list});
}

}  // namespace signaal::cli
