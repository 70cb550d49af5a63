// signaal keys init / keys export-public / cert verify: the organisation's signing key and
// checking a certificate someone shows you.
#include <iostream>

#include "cli.hpp"
#include "dates.hpp"
#include "keys.hpp"
#include "payload.hpp"
#include "pdf_payload.hpp"
#include "render_assets.hpp"

namespace signaal::cli {
namespace {

namespace certs = signaal::certs;

const Option kKeyDirOption{"dir", "DIR", "key folder (default: $XDG_DATA_HOME/signaal/keys)"};

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

// Exit codes a script can act on: 0 valid, 3 expired, 2 invalid, 1 could not check.
int cert_verify(const Args& a) {
    const auto key_file = a.value("public-key");
    if (!key_file) throw UsageError("--public-key FILE is required");
    const auto pdf = a.value("pdf");
    if (pdf && !a.positional().empty()) throw UsageError("give either a payload or --pdf FILE, not both");
    if (!pdf && a.positional().size() != 1) throw UsageError("give the payload (the QR code's text) or --pdf FILE");
    try {
        const certs::PublicKey pk = certs::load_public_key(*key_file);
        std::string payload;
        if (pdf) {
            const auto found = certs::payload_from_pdf(*pdf);
            if (!found) {
                std::cout << "INVALID no Signaal payload in " << *pdf << "\n";
                return 2;
            }
            payload = *found;
        } else {
            payload = a.positional()[0];
        }
        const auto v = certs::verify_payload(payload, pk, certs::Date{today_utc()});
        switch (v.verdict) {
            case certs::Verdict::Valid: std::cout << "VALID"; break;
            case certs::Verdict::Expired: std::cout << "EXPIRED " << certs::iso_date(v.valid_until); break;
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
        return v.verdict == certs::Verdict::Valid ? 0 : 3;
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
           {kKeyDirOption}, keys_init});
    r.add({"keys export-public", "", "Print or write the public key that verifies this kiosk's certificates", "",
           {kKeyDirOption, {"out", "FILE", "write to FILE instead of printing"}}, keys_export_public});
    r.add({"cert verify", "[PAYLOAD]", "Check a certificate's QR payload or PDF: VALID, EXPIRED <date> or INVALID <reason>",
           "Exit status: 0 valid, 3 expired, 2 invalid, 1 could not check (unreadable key or file).",
           {{"public-key", "FILE", "the issuing organisation's public key (required)"},
            {"pdf", "FILE", "read the payload from a certificate PDF"}},
           cert_verify});
}

}  // namespace signaal::cli
