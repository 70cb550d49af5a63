// signaal verify-page / cert revoke / cert badge: letting anyone check a certificate with a
// phone, taking one back, and handing it over as an Open Badges 3.0 credential.
#include <fstream>
#include <iostream>

#include "cli.hpp"
#include "content_loader.hpp"
#include "issuer.hpp"
#include "keys.hpp"
#include "admin/certificates.hpp"
#include "admin/settings.hpp"
#include "store/store.hpp"
#include "trust.hpp"
#include "verify_page.hpp"

namespace signaal::cli {
namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

int verify_page(const Args& a) {
    const auto out = a.value("out");
    if (!out) throw UsageError("--out DIR is required");
    Store store(db_path(a));
    const auto catalog = load_content(content_dir(a), {}).catalog;
    if (auto url = a.value("url")) {
        // The settings owner (kiosk/admin/settings) checks and audits it, by the same rule as the admin screen.
        if (const auto problem = certs::verify_url_problem(*url); !problem.empty())
            throw UsageError("--url '" + *url + "' " + problem + ", e.g. https://verify.example.nl/");
        admin::set_setting(store, catalog, "verify_url", *url);
    }
    certs::Issuer issuer(store, catalog, {signing_key_dir(a), {}});
    issuer.ensure_key();
    const certs::SigningKey key = certs::load_signing_key(certs::signing_key_path(signing_key_dir(a)));
    const auto today = certs::Date{today_utc()};

    certs::VerifyPageData d;
    d.organisation_id = issuer.organisation_id();
    d.organisation_name = issuer.organisation_name(catalog.languages.front().code);
    d.keys = certs::trusted_keys(store, signing_key_dir(a));
    d.revocations = certs::signed_revocations(store, key, today);
    for (const auto& l : catalog.languages) {
        d.languages.emplace_back(l.code, l.name);
        for (const auto& [k, text] : catalog.ui.all(l.code))
            if (k.rfind("verify_", 0) == 0) d.texts[l.code][k] = text;
    }
    for (const auto& m : catalog.modules)
        for (const auto& l : catalog.languages) d.module_titles[m.id][l.code] = m.in(l.code).title;

    std::filesystem::create_directories(*out);
    const std::filesystem::path dir(*out);
    write_text(dir / "index.html", certs::verify_page_html(d));
    write_text(dir / "revocations.txt", d.revocations + "\n");
    store.audit(AuditAct::VerifyPage, dir.string() + " (" + std::to_string(d.keys.size()) + " keys, " +
                                   std::to_string(store.revocations().size()) + " revoked)");
    std::cout << "wrote " << (dir / "index.html").string() << " and " << (dir / "revocations.txt").string() << " ("
              << d.keys.size() << " keys, " << store.revocations().size() << " revoked certificates)\n";
    std::string problem;
    const std::string url = certs::verify_url_setting(store, &problem);
    if (!problem.empty())
        std::cout << "the setting verify_url '" << store.setting("verify_url").value_or("") << "' " << problem
                  << "; QR codes hold the bare payload until it is fixed with --url\n";
    else if (url.empty())
        std::cout << "no verification address is set: QR codes hold the bare payload. Set one with --url "
                     "https://verify.example.nl/ and host this folder there (docs/verification.md)\n";
    else
        std::cout << "host this folder at " << url << "; new certificates' QR codes open it\n";
    return 0;
}

int cert_revoke(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the certificate's serial number");
    const auto reason = a.value("reason");
    if (!reason || reason->empty()) throw UsageError("--reason TEXT is required: whoever checks the certificate is shown it");
    const std::string serial = a.positional()[0];
    Store store(db_path(a));
    const auto today = today_utc();
    switch (admin::revoke_certificate(store, serial, *reason, today)) {
        case Store::Revoke::UnknownSerial:
            std::cerr << "signaal cert revoke: no certificate with serial " << serial << "\n";
            return 1;
        case Store::Revoke::AlreadyRevoked: {
            const auto r = store.revocation(serial);
            std::cout << serial << " was already revoked on " << r->revoked_on << ": " << r->reason << "\n";
            return 0;
        }
        case Store::Revoke::Done: break;
    }
    std::cout << "revoked " << serial << " on " << to_iso(today) << ": " << *reason << "\n"
              << "run `signaal verify-page` again to publish this on the verification page\n";
    return 0;
}

int cert_badge(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the certificate's serial number");
    const auto out = a.value("out");
    if (!out) throw UsageError("--out FILE is required");
    Store store(db_path(a));
    const auto catalog = load_content(content_dir(a), {}).catalog;
    certs::Issuer issuer(store, catalog, {signing_key_dir(a), {}});
    const std::string jws = issuer.open_badge(a.positional()[0]);
    write_text(*out, jws + "\n");
    store.audit(AuditAct::CertificateBadge, a.positional()[0]);
    std::cout << "wrote " << *out << " (Open Badges 3.0 credential, compact JWS signed with EdDSA)\n";
    return 0;
}

}  // namespace

const Option kKeyDirOption{"key-dir", "DIR", "signing key folder (default: $XDG_DATA_HOME/signaal/keys)"};

std::filesystem::path signing_key_dir(const Args& a) {
    if (auto v = a.value("key-dir")) return *v;
    return certs::default_key_dir();
}

void register_verify_commands(Registry& r) {
    r.add({"verify-page", "", "Write the offline verification page (index.html) that a certificate's QR code opens",
           "One self-contained file with the organisation's public keys, its signed list of revoked\n"
           "certificates and the page's words in every kiosk language; it checks signatures in the\n"
           "browser and makes no request. Host the folder on any static web server (docs/verification.md).\n"
           "Also writes revocations.txt for `signaal cert verify --revoked`.",
           {kContentOption, kKeyDirOption, {"out", "DIR", "folder to write index.html into (required)"},
            {"url", "URL", "set the address the page is hosted at (setting verify_url, https://.../)"}},
           verify_page});
    r.add({"cert revoke", "SERIAL", "Take a certificate back: it then shows REVOKED with the reason",
           "Audited. Publish the page again (`signaal verify-page`) so phones see it.",
           {{"reason", "TEXT", "why, shown to whoever checks the certificate (required)"}}, cert_revoke});
    r.add({"cert badge", "SERIAL", "Write a completion as an Open Badges 3.0 credential for a digital wallet",
           "A Verifiable Credential (data model 2.0) secured as a compact JWS (EdDSA) with the\n"
           "organisation's signing key; any JOSE library verifies it with the public key.",
           {kContentOption, kKeyDirOption, {"out", "FILE", "the credential file to write (required)"}}, cert_badge});
}

}  // namespace signaal::cli
