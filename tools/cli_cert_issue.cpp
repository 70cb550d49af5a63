// signaal cert print / lookup / batch and venue certificate: certificates from the database.
#include <iostream>

#include "admin/certificates.hpp"
#include "cli.hpp"
#include "content_loader.hpp"
#include "crockford.hpp"
#include "issuer.hpp"
#include "print.hpp"
#include "store/store.hpp"
#include "venue_standing.hpp"

namespace signaal::cli {
namespace {

certs::IssuerPaths issuer_paths(const Args& a) {
    auto p = certs::IssuerPaths::defaults();
    if (auto k = a.value("key-dir")) p.key_dir = *k;
    if (auto o = a.value("out")) p.certificate_dir = *o;
    return p;
}

int print(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the certificate's serial number");
    Store store(db_path(a));
    const auto catalog = load_content(content_dir(a), {}).catalog;
    certs::Issuer issuer(store, catalog, issuer_paths(a));
    const auto reprint = admin::print_certificate(store, issuer, a.positional()[0], a.value_or("printer", ""));
    std::cout << "saved " << reprint.pdf.string() << "\n";
    const std::string printer = a.value_or("printer", store.setting("printer_name").value_or(""));
    const auto& result = reprint.printed;
    if (!result.ok()) {
        std::cerr << "printing failed: " << result.error << "\nThe PDF is saved; print it later with the same command.\n";
        return 1;
    }
    std::cout << "sent to " << (printer.empty() ? "the default printer" : printer) << " as job " << result.job_id << "\n";
    return 0;
}

int lookup(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the verification code printed under the QR code");
    Store store(db_path(a));
    const auto row = store.completion_by_code(a.positional()[0]);
    if (!row) {
        std::cout << "UNKNOWN: no certificate with code " << normalize_verification_code(a.positional()[0]).value_or(a.positional()[0]) << "\n";
        return 2;
    }
    const bool valid = row->valid_until >= to_iso(today_utc());
    std::cout << (valid ? "VALID" : "EXPIRED") << "\n"
              << "  name:        " << (row->person_name.empty() ? "(erased)" : row->person_name) << "\n"
              << "  venue:       " << row->venue_name << "\n"
              << "  module:      " << row->module_id << " (version " << row->module_version << ")\n"
              << "  completed:   " << row->completed_on << "\n"
              << "  valid until: " << row->valid_until << "\n"
              << "  serial:      " << row->serial << "\n";
    store.audit(AuditAct::CertificateLookup, row->serial);
    return valid ? 0 : 3;
}

int batch(const Args& a) {
    if (!a.value("out")) throw UsageError("--out DIR is required");
    Store store(db_path(a));
    const auto catalog = load_content(content_dir(a), {}).catalog;
    Store::CompletionFilter f;
    if (auto v = a.value("venue")) {
        auto venue = store.venue_by_name(*v);
        if (!venue) {
            std::cerr << "no venue named '" << *v << "'\n";
            return 1;
        }
        f.venue_id = venue->id;
    }
    f.from = a.value_or("since", "");
    if (!f.from.empty() && !parse_iso_date(f.from)) throw UsageError("--since must be a date like 2026-01-31");
    certs::Issuer issuer(store, catalog, issuer_paths(a));
    int made = 0, failed = 0;
    for (const auto& row : store.completions(f)) {
        try {
            issuer.issue(row.serial);
            ++made;
        } catch (const certs::IssueError& e) {
            std::cerr << row.serial << ": " << e.what() << "\n";
            ++failed;
        }
    }
    store.audit(AuditAct::CertificateBatch, std::to_string(made) + " certificates");
    std::cout << "wrote " << made << " certificates to " << *a.value("out") << (failed ? ", " + std::to_string(failed) + " failed" : "") << "\n";
    return failed ? 1 : 0;
}

int venue_certificate(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the venue's name");
    const auto out = a.value("out");
    if (!out) throw UsageError("--out FILE.pdf is required");
    Store store(db_path(a));
    const auto catalog = load_content(content_dir(a), {}).catalog;
    const auto v = store.venue_by_name(a.positional()[0]);
    if (!v) {
        std::cerr << "no venue named '" << a.positional()[0] << "'\n";
        return 1;
    }
    certs::Issuer issuer(store, catalog, issuer_paths(a));
    const auto made = admin::make_venue_certificate(store, issuer, *v, today_utc(), *out);
    const auto& c = made.standing.counts;
    if (!made.issued) {
        std::cout << v->name << " is not certified yet: " << c.trained << " of " << c.staff << " active staff are trained; "
                  << made.standing.verdict.more_needed << " more must complete the training.\n";
        return 1;
    }
    std::cout << "wrote " << *out << " (" << c.trained << " of " << c.staff << " staff trained, serial "
              << made.issued->serial << ")\n";
    return 0;
}

const Option kKeyDir{"key-dir", "DIR", "signing key folder (default: $XDG_DATA_HOME/signaal/keys)"};

}  // namespace

void register_cert_issue_commands(Registry& r) {
    r.add({"cert print", "SERIAL", "Save a certificate as PDF and print it through CUPS",
           "The PDF is saved first, so a printer problem loses nothing.",
           {kContentOption, kKeyDir, {"printer", "NAME", "CUPS printer (default: setting printer_name, else the default printer)"},
            {"out", "DIR", "where PDFs are saved (default: $XDG_DATA_HOME/signaal/certificates)"}},
           print});
    r.add({"cert lookup", "CODE", "Whose certificate has this verification code, and is it valid?",
           "Exit 0 valid, 3 expired, 2 unknown.", {}, lookup});
    r.add({"cert batch", "", "Write the certificates of many completions as PDFs",
           "", {kContentOption, kKeyDir, {"venue", "NAME", "only this venue"}, {"since", "DATE", "completed on or after DATE"},
            {"out", "DIR", "folder for the PDFs (required)"}},
           batch});
    r.add({"venue certificate", "VENUE", "The venue's certificate for reception, once enough staff are trained",
           "Otherwise says how many more staff must complete.",
           {kContentOption, kKeyDir, {"out", "FILE", "the PDF to write (required)"}}, venue_certificate});
}

}  // namespace signaal::cli
