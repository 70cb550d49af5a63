#include "issuer.hpp"

#include <initializer_list>
#include <utility>

#include "certificate_pdf.hpp"
#include "keys.hpp"
#include "open_badge.hpp"
#include "paths.hpp"
#include "payload.hpp"
#include "pdf_canvas.hpp"
#include "render_assets.hpp"
#include "route_card.hpp"
#include "store/route_settings.hpp"
#include "trust.hpp"
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

// Both kinds of certificate take their words from the same translations; one table per kind.
template <class Labels>
Labels labels_from(const UiText& ui, const std::string& lang,
                   std::initializer_list<std::pair<std::string Labels::*, const char*>> keys) {
    Labels l;
    for (const auto& [field, key] : keys) l.*field = ui.get(lang, key);
    return l;
}

CertificateLabels personal_labels(const UiText& ui, const std::string& lang) {
    using L = CertificateLabels;
    return labels_from<L>(ui, lang, {{&L::title, "certificate_title"}, {&L::presented_to, "certificate_presented_to"},
                                     {&L::has_completed, "certificate_for"}, {&L::completed_on, "completed_on"},
                                     {&L::valid_until, "valid_until"}, {&L::score, "certificate_score"},
                                     {&L::serial, "certificate_serial"}, {&L::verification_code, "verification_code"},
                                     {&L::verify_hint, "certificate_verify_hint"}});
}

// The box of the route card the learner saw, for the venue they trained at.
ReportingBox reporting_box(Store& store, const UiText& ui, const std::string& lang, std::int64_t venue) {
    const RouteCard card = route_card(route_for(store, venue), ui, lang);
    ReportingBox b{card.title, card.who_label, card.who, {}};
    for (const auto& n : card.numbers) b.numbers.emplace_back(n.label, n.value);
    return b;
}

VenueLabels venue_labels(const UiText& ui, const std::string& lang) {
    using L = VenueLabels;
    return labels_from<L>(ui, lang, {{&L::title, "venue_certificate_title"}, {&L::statement, "venue_certificate_statement"},
                                     {&L::staff_trained, "venue_certificate_staff_trained"},
                                     {&L::issued_on, "venue_certificate_issued"}, {&L::valid_until, "valid_until"},
                                     {&L::serial, "certificate_serial"}, {&L::verification_code, "verification_code"},
                                     {&L::verify_hint, "certificate_verify_hint"}});
}

}  // namespace

RenderAssets assets_with_logo(Store& store) {
    RenderAssets a = RenderAssets::defaults();
    if (auto logo = store.setting("organisation_logo"); logo && !logo->empty() && fs::exists(*logo)) a.logo_png = *logo;
    return a;
}

namespace {

// Runs `step`; whatever it throws reaches the caller as an IssueError with the same message.
template <class Step>
auto as_issue_error(Step step) -> decltype(step()) {
    try {
        return step();
    } catch (const IssueError&) {
        throw;
    } catch (const std::exception& e) {
        throw IssueError(e.what());
    }
}

// What every certificate goes through: the key (made on first use), the signed payload, the
// code derived from it, the QR, and the PDF saved at `pdf`. `render` draws the PDF's bytes
// around the payload.
template <class Claim, class Render>
IssuedCertificate sign_and_save(Store& store, const fs::path& key_dir, const Claim& claim, const std::string& verify_url,
                                const fs::path& pdf, Render render) {
    init_keys(key_dir);
    const SigningKey key = load_signing_key(signing_key_path(key_dir));
    // Every key that signs is kept in the store's keyring, so it stays trusted after a rotation.
    remember_key(store, key.public_key());
    IssuedCertificate out;
    out.serial = claim.serial;
    out.payload = sign_payload(claim, key);
    out.verification_code = verification_code(out.payload);
    out.qr = qr_matrix(verification_link(verify_url, out.payload));
    out.pdf = pdf;
    save_pdf(render(out.payload), out.pdf);
    return out;
}

}  // namespace

IssuerPaths IssuerPaths::defaults() { return {data_dir() / "keys", default_certificate_dir()}; }

Issuer::Issuer(Store& store, const Catalog& catalog, IssuerPaths paths)
    : store_(store), catalog_(catalog), paths_(std::move(paths)) {}

bool Issuer::ensure_key() {
    return as_issue_error([&] { return init_keys(paths_.key_dir); });
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
    cert.verify_url = verify_url_setting(store_);
    cert.reporting = reporting_box(store_, catalog_.ui, lang, row->venue_id);
    return as_issue_error([&] {
        fs::create_directories(paths_.certificate_dir);
        auto out = sign_and_save(store_, paths_.key_dir, cert.claim, cert.verify_url, paths_.certificate_dir / (serial + ".pdf"),
                                 [&](const std::string& payload) {
                                     return render_certificate(cert, payload, personal_labels(catalog_.ui, lang),
                                                               assets_with_logo(store_));
                                 });
        // The code printed under the QR is derived from the signed payload; the store keeps it
        // so `signaal cert lookup` finds the certificate from the paper alone.
        store_.set_verification_code(serial, out.verification_code);
        return out;
    });
}

IssuedCertificate Issuer::issue_venue(const Venue& venue, int staff, int trained, const std::string& out_pdf) {
    const std::string lang = catalog_.languages.front().code;
    const auto today = signaal::today_utc();
    VenueCertificate cert;
    cert.claim = {random_serial(today), venue.name, organisation_id(), trained, staff,
                  std::chrono::year_month_day{today}, std::chrono::year_month_day{add_months(today, 12)}};
    cert.organisation_name = organisation_name(lang);
    cert.verify_url = verify_url_setting(store_);
    return as_issue_error([&] {
        return sign_and_save(store_, paths_.key_dir, cert.claim, cert.verify_url, out_pdf, [&](const std::string& payload) {
            return render_venue_certificate(cert, payload, venue_labels(catalog_.ui, lang), assets_with_logo(store_));
        });
    });
}

std::string Issuer::open_badge(const std::string& serial) {
    const auto row = store_.completion_by_serial(serial);
    if (!row) throw IssueError("no certificate with serial " + serial);
    if (row->person_name.empty()) throw IssueError("certificate " + serial + " belongs to an erased person");
    if (store_.revocation(serial)) throw IssueError("certificate " + serial + " is revoked; it gets no badge");
    const std::string lang = catalog_.offers(row->language) ? row->language : catalog_.languages.front().code;
    const Module* m = catalog_.find_module(row->module_id);
    BadgeFacts f;
    f.claim = {row->serial, row->person_name, row->module_id, row->module_version, to_ymd(row->completed_on),
               to_ymd(row->valid_until), organisation_id()};
    f.module_title = m ? m->in(lang).title : row->module_id;
    f.module_summary = m ? m->in(lang).summary : "";
    f.criteria = fill(catalog_.ui.get(lang, "verify_badge_criteria"),
                      {{"title", f.module_title}, {"pass_mark", std::to_string(m ? m->pass_mark : 80)}});
    f.organisation_name = organisation_name(lang);
    f.verify_url = verify_url_setting(store_);
    f.language = lang;
    return as_issue_error([&] {
        init_keys(paths_.key_dir);
        const SigningKey key = load_signing_key(signing_key_path(paths_.key_dir));
        remember_key(store_, key.public_key());
        return sign_open_badge(f, key);
    });
}

}  // namespace signaal::certs
