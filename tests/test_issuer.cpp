// The issuer: a stored completion or a venue becomes a signed, saved certificate (certs/issuer.cpp).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "cert_test_support.hpp"
#include "content_loader.hpp"

#include "issuer.hpp"
#include "keys.hpp"
#include "payload.hpp"
#include "pdf_payload.hpp"
#include "store/route_settings.hpp"
#include "support/attempt_fixture.hpp"
#include "support/catalog_fixture.hpp"
#include "support/content_fixture.hpp"
#include "verification_code.hpp"

using namespace signaal;

namespace {

struct IssuerFixture {
    test::TempDir dir;
    Catalog catalog = test::fixture_catalog();
    Store store{":memory:"};
    std::int64_t venue = store.add_venue("Hotel Zee", "hotel");
    certs::Issuer issuer{store, catalog, {dir.path() / "keys", dir.path() / "certificates"}};

    std::string passed_attempt() {
        const auto issued = store.record_attempt(test::passed_attempt("Zoë de Vries", venue, "demo"),
                                                 *parse_iso_date("2026-11-23"));
        REQUIRE(issued);
        return issued->serial;
    }
    certs::Verification verify(const std::string& payload, Date today) {
        const auto key = certs::load_signing_key(certs::signing_key_path(dir.path() / "keys")).public_key();
        return certs::verify_payload(payload, key, certs::Date{today});
    }
};

}  // namespace

TEST_CASE("a completion becomes a signed PDF whose printed code finds it again") {
    IssuerFixture f;
    const std::string serial = f.passed_attempt();
    const auto c = f.issuer.issue(serial);
    CHECK(c.serial == serial);
    CHECK(c.pdf == f.dir.path() / "certificates" / (serial + ".pdf"));
    CHECK(certs::payload_from_pdf(c.pdf) == c.payload);
    CHECK(c.verification_code == certs::verification_code(c.payload));
    const auto v = f.verify(c.payload, *parse_iso_date("2026-11-23"));
    CHECK(v.verdict == certs::Verdict::Valid);
    REQUIRE(v.personal);
    CHECK(v.personal->serial == serial);
    CHECK(v.personal->person_name == "Zoë de Vries");
    const auto row = f.store.completion_by_code(c.verification_code);
    REQUIRE(row);
    CHECK(row->serial == serial);
}

TEST_CASE("a venue poster is signed and saved where asked") {
    IssuerFixture f;
    const auto venue = f.store.venue(f.venue);
    REQUIRE(venue);
    const auto pdf = f.dir.path() / "poster.pdf";
    const auto c = f.issuer.issue_venue(*venue, 5, 3, pdf.string());
    CHECK(c.pdf == pdf);
    CHECK(certs::payload_from_pdf(pdf) == c.payload);
    CHECK(c.verification_code == certs::verification_code(c.payload));
    const auto v = f.verify(c.payload, today_utc());
    CHECK(v.verdict == certs::Verdict::Valid);
    REQUIRE(v.venue);
    CHECK(v.venue->serial == c.serial);
    CHECK(v.venue->venue_name == "Hotel Zee");
    CHECK(v.venue->trained == 3);
    CHECK(v.venue->staff == 5);
}

TEST_CASE("whatever stops a certificate reaches the caller as an IssueError") {
    IssuerFixture f;
    CHECK_THROWS_AS(f.issuer.issue("SG-2026-NOSUCH00"), certs::IssueError);
    const auto venue = f.store.venue(f.venue);
    REQUIRE(venue);
    // The folder is not there: saving fails inside the library, and the message says where.
    const auto nowhere = f.dir.path() / "missing" / "poster.pdf";
    CHECK_THROWS_AS(f.issuer.issue_venue(*venue, 5, 3, nowhere.string()), certs::IssueError);
    CHECK_THROWS_WITH(f.issuer.issue_venue(*venue, 5, 3, nowhere.string()), Catch::Contains(nowhere.string()));
    CHECK_FALSE(std::filesystem::exists(nowhere));
}

TEST_CASE("with a verification address the QR code opens the page, the signing key joins the keyring") {
    IssuerFixture f;
    const std::string serial = f.passed_attempt();
    const auto bare = f.issuer.issue(serial);
    CHECK(bare.qr.dark == certs::qr_matrix(bare.payload).dark);  // no address: the payload, as before

    f.store.set_setting("verify_url", "https://verify.example.nl/");
    const auto linked = f.issuer.issue(serial);
    CHECK(linked.qr.dark == certs::qr_matrix("https://verify.example.nl/#" + linked.payload).dark);
    CHECK(certs::payload_from_pdf(linked.pdf) == linked.payload);  // the PDF keeps the bare payload

    f.store.set_setting("verify_url", "verify.example.nl");  // unusable: fall back to the payload
    const auto fallback = f.issuer.issue(serial);
    CHECK(fallback.qr.dark == certs::qr_matrix(fallback.payload).dark);

    const auto key = certs::load_signing_key(certs::signing_key_path(f.dir.path() / "keys")).public_key();
    const auto keys = f.store.signing_keys();
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].key_id == certs::key_id(key));
}

TEST_CASE("a revoked certificate gets no Open Badge") {
    IssuerFixture f;
    const std::string serial = f.passed_attempt();
    CHECK_FALSE(f.issuer.open_badge(serial).empty());
    REQUIRE(f.store.revoke_certificate(serial, "mistake", *parse_iso_date("2026-11-24"), serial) == Store::Revoke::Done);
    CHECK_THROWS_AS(f.issuer.open_badge(serial), certs::IssueError);
}

namespace {
// The PDF's text as poppler reads it, without white space (lines break where the box is narrow).
std::string pdf_text(const std::filesystem::path& pdf) {
    return certs::test::without_whitespace(certs::test::run("pdftotext -enc UTF-8 '" + pdf.string() + "' -"));
}
}  // namespace

TEST_CASE("the certificate carries the venue's reporting box: its contact person and the national numbers") {
    IssuerFixture f;
    f.store.set_setting(route_setting_key(f.venue, "contact_name"), "Anna de Vries");
    f.store.set_setting(route_setting_key(f.venue, "contact_phone"), "toestel 204");
    const auto c = f.issuer.issue(f.passed_attempt());
    std::string text = pdf_text(c.pdf);
    CHECK_THAT(text, Catch::Contains("AnnadeVries(toestel204)"));
    for (const char* n : {"0900-8844", "0800-7000", "112"}) CHECK_THAT(text, Catch::Contains(n));

    // Another venue's staff get the text's fallback, not Anna.
    const auto park = f.store.add_venue("Park Duin", "hotel");
    const auto issued = f.store.record_attempt(test::passed_attempt("Bram Smit", park, "demo"), *parse_iso_date("2026-11-24"));
    REQUIRE(issued);
    const auto d = f.issuer.issue(issued->serial);
    text = pdf_text(d.pdf);
    CHECK(text.find("Anna") == std::string::npos);
    CHECK_THAT(text, Catch::Contains("0900-8844"));
}

namespace {
// The bundled content as the kiosk loads it.
Catalog bundled_catalog() {
    auto r = load_content(SIGNAAL_TEST_CONTENT_DIR, {});
    INFO(format(r.problems));
    REQUIRE(r.languages_ok);
    return std::move(r.catalog);
}

}  // namespace

TEST_CASE("certificates render in every language of the bundled content, title and words recoverable") {
    const Catalog catalog = bundled_catalog();
    const std::vector<std::string> ten = {"nl", "en", "pl", "ro", "bg", "uk", "hu", "lt", "pt", "zh-Hans"};
    for (const auto& lang : ten) {
        INFO("language " << lang);
        CHECK(catalog.offers(lang));
    }
    test::TempDir dir;
    Store store{":memory:"};
    const auto venue = store.add_venue("Hotel Zee", "hotel");
    certs::Issuer issuer{store, catalog, {dir.path() / "keys", dir.path() / "certificates"}};
    const Module& m = catalog.modules.front();
    // A name typed in Latin letters, as the kiosk's keyboards take it in every language.
    const char* keep = std::getenv("SIGNAAL_TEST_KEEP_PDF");  // a folder to look at the PDFs in
    for (const auto& l : catalog.languages) {
        INFO("language " << l.code);
        auto attempt = test::passed_attempt("Wang Xiaoming", venue, m.id);
        attempt.language = l.code;
        attempt.module_version = m.version;
        const auto recorded = store.record_attempt(attempt, *parse_iso_date("2026-11-23"));
        REQUIRE(recorded);
        const auto c = issuer.issue(recorded->serial);
        CHECK(std::filesystem::file_size(c.pdf) < 60 * 1024);
        const std::string text = certs::test::without_whitespace(certs::test::run("pdftotext -enc UTF-8 '" + c.pdf.string() + "' -"));
        CHECK(text.find(certs::test::without_whitespace(m.in(l.code).title)) != std::string::npos);
        CHECK(text.find(certs::test::without_whitespace(catalog.ui.get(l.code, "certificate_title"))) != std::string::npos);
        CHECK(text.find("WangXiaoming") != std::string::npos);
        // Only a certificate with Chinese text carries the CJK font.
        const std::string fonts = certs::test::run("pdffonts '" + c.pdf.string() + "'");
        CHECK((fonts.find("WenQuanYi") != std::string::npos) == (l.code == "zh-Hans"));
        if (keep) std::filesystem::copy_file(c.pdf, std::filesystem::path(keep) / (l.code + ".pdf"),
                                             std::filesystem::copy_options::overwrite_existing);
    }
}
