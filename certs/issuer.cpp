#include "issuer.hpp"

#include "certificate_pdf.hpp"
#include "keys.hpp"
#include "paths.hpp"
#include "payload.hpp"
#include "pdf_canvas.hpp"
#include "render_assets.hpp"
#include "venue_pdf.hpp"
#include "verification_code.hpp"

namespace signaal::certs {
namespace fs = std::filesystem;
namespace {

Date to_ymd(const std::string& iso) {
    const auto d = parse_iso_date(iso);
    if (!d) throw IssueError("the stored date '" + iso + "' is not a date");
    return std::chrono::year_month_day{*d};
}

// The organisation's id is what ties a payload to its key; letters, digits and '-' only.
std::string make_org_id() { return "org-" + random_uid().substr(0, 10); }

CertificateLabels personal_labels(const UiText& ui, const std::string& lang) {
    CertificateLabels l;
    l.title = ui.get(lang, "certificate_title");
    l.presented_to = ui.get(lang, "certificate_presented_to");
    l.has_completed = ui.get(lang, "certificate_for");
    l.completed_on = ui.get(lang, "completed_on");
    l.valid_until = ui.get(lang, "valid_until");
    l.score = ui.get(lang, "certificate_score");
    l.serial = ui.get(lang, "certificate_serial");
    l.verification_code = ui.get(lang, "verification_code");
    l.verify_hint = ui.get(lang, "certificate_verify_hint");
    return l;
}

VenueLabels venue_labels(const UiText& ui, const std::string& lang) {
    VenueLabels l;
    l.title = ui.get(lang, "venue_certificate_title");
    l.statement = ui.get(lang, "venue_certificate_statement");
    l.staff_trained = ui.get(lang, "venue_certificate_staff_trained");
    l.issued_on = ui.get(lang, "venue_certificate_issued");
    l.valid_until = ui.get(lang, "valid_until");
    l.serial = ui.get(lang, "certificate_serial");
    l.verification_code = ui.get(lang, "verification_code");
    l.verify_hint = ui.get(lang, "certificate_verify_hint");
    return l;
}

}  // namespace

RenderAssets assets_with_logo(Store& store) {
    RenderAssets a = RenderAssets::defaults();
    if (auto logo = store.setting("organisation_logo"); logo && !logo->empty() && fs::exists(*logo)) a.logo_png = *logo;
    return a;
}

IssuerPaths IssuerPaths::defaults() { return {data_dir() / "keys", data_dir() / "certificates"}; }

Issuer::Issuer(Store& store, const Catalog& catalog, IssuerPaths paths)
    : store_(store), catalog_(catalog), paths_(std::move(paths)) {}

bool Issuer::ensure_key() {
    try {
        return init_keys(paths_.key_dir);
    } catch (const std::exception& e) {
        throw IssueError(e.what());
    }
}

std::string Issuer::organisation_id() {
    if (auto id = store_.setting("organisation_id"); id && !id->empty()) return *id;
    const std::string id = make_org_id();
    store_.set_setting("organisation_id", id);
    return id;
}

std::string Issuer::organisation_name(const std::string& lang) {
    if (auto n = store_.setting("organisation_name"); n && !n->empty()) return *n;
    return catalog_.ui.get(lang, "organisation_default");
}

IssuedCertificate Issuer::issue(const std::string& serial) {
    const auto row = store_.completion_by_serial(serial);
    if (!row) throw IssueError("no certificate with serial " + serial);
    if (row->person_name.empty()) throw IssueError("certificate " + serial + " belongs to an erased person");
    const std::string lang = catalog_.offers(row->language) ? row->language : catalog_.languages.front().code;
    const Module* m = catalog_.find_module(row->module_id);

    PersonalCertificate cert;
    cert.claim = {row->serial, row->person_name, row->module_id, row->module_version,
                  to_ymd(row->completed_on), to_ymd(row->valid_until), organisation_id()};
    cert.organisation_name = organisation_name(lang);
    cert.module_title = m ? m->in(lang).title : row->module_id;
    cert.score_text = std::to_string(row->score_percent) + "%";
    try {
        ensure_key();
        const SigningKey key = load_signing_key(signing_key_path(paths_.key_dir));
        IssuedCertificate out;
        out.serial = serial;
        out.payload = sign_payload(cert.claim, key);
        out.verification_code = verification_code(out.payload);
        out.qr = qr_matrix(out.payload);
        out.pdf = paths_.certificate_dir / (serial + ".pdf");
        fs::create_directories(paths_.certificate_dir);
        save_pdf(render_certificate(cert, out.payload, personal_labels(catalog_.ui, lang), assets_with_logo(store_)), out.pdf);
        // The code printed under the QR is derived from the signed payload; the store keeps it
        // so `signaal cert lookup` finds the certificate from the paper alone.
        store_.set_verification_code(serial, out.verification_code);
        return out;
    } catch (const IssueError&) {
        throw;
    } catch (const std::exception& e) {
        throw IssueError(e.what());
    }
}

IssuedCertificate Issuer::issue_venue(const Venue& venue, int staff, int trained, const std::string& out_pdf) {
    const std::string lang = catalog_.languages.front().code;
    const Date today = today_utc();
    VenueCertificate cert;
    cert.claim = {random_serial(today), venue.name, organisation_id(), trained, staff,
                  std::chrono::year_month_day{today}, std::chrono::year_month_day{add_months(today, 12)}};
    cert.organisation_name = organisation_name(lang);
    try {
        ensure_key();
        const SigningKey key = load_signing_key(signing_key_path(paths_.key_dir));
        IssuedCertificate out;
        out.serial = cert.claim.serial;
        out.payload = sign_payload(cert.claim, key);
        out.verification_code = verification_code(out.payload);
        out.qr = qr_matrix(out.payload);
        out.pdf = out_pdf;
        save_pdf(render_venue_certificate(cert, out.payload, venue_labels(catalog_.ui, lang), assets_with_logo(store_)), out.pdf);
        return out;
    } catch (const std::exception& e) {
        throw IssueError(e.what());
    }
}

}  // namespace signaal::certs
