// signaal_cert_bench: how long one certificate takes to sign and draw, how large it is, and how
// long a batch of 10 000 takes on all cores. Prints `name value unit` lines.
//   signaal_cert_bench [--count N] [--batch N] [--samples DIR]
// --samples DIR also writes a few sample certificates (long names, several scripts) to look at.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

#include "batch.hpp"
#include "certificate_pdf.hpp"
#include "pdf_canvas.hpp"
#include "venue_pdf.hpp"

using namespace signaal::certs;
using Clock = std::chrono::steady_clock;

namespace {

CertificateLabels english_labels() {
    CertificateLabels l;
    l.title = "Certificate";
    l.subtitle = "of completion";
    l.presented_to = "This certifies that";
    l.has_completed = "has successfully completed the training";
    l.completed_on = "Completed";
    l.valid_until = "Valid until";
    l.score = "Score";
    l.serial = "Serial number";
    l.verification_code = "Verification code";
    l.verify_hint = "Scan the QR code or enter the code at signaal.example/verify";
    return l;
}

PersonalCertificate sample(const std::string& name, int i) {
    PersonalCertificate c;
    c.claim.serial = "SG-2025-" + std::to_string(100000 + i);
    c.claim.person_name = name;
    c.claim.module_id = "hotel-reception";
    c.claim.module_version = 3;
    c.claim.completed = Date{std::chrono::year(2025), std::chrono::month(11), std::chrono::day(23)};
    c.claim.valid_until = Date{std::chrono::year(2027), std::chrono::month(11), std::chrono::day(23)};
    c.claim.organisation_id = "nl-signaal";
    c.organisation_name = "Stichting Signaal — Netwerk tegen mensenhandel";
    c.module_title = "Recognising human trafficking at the hotel reception";
    c.score_text = "92%";
    return c;
}

void write_samples(const std::filesystem::path& dir, const SigningKey& key, const RenderAssets& assets) {
    std::filesystem::create_directories(dir);
    const std::vector<std::string> names = {
        "Łukasz Wiśniewski-Özdemir", "Zoë de Vries", "Ștefan Dumitrescu", "Иван Петров",
        "Maximiliana Alexandrina Konstantinopoulou-Vanderbilt de la Fuente y Zúñiga Ştefănescu-Wiśniewska Ørsted",
    };
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto cert = sample(names[i], static_cast<int>(i));
        save_pdf(render_certificate(cert, sign_payload(cert.claim, key), english_labels(), assets),
                 dir / ("personal-" + std::to_string(i) + ".pdf"));
    }
    VenueCertificate v;
    v.claim = {"SV-2025-000042", "Grand Hotel Ștefănescu & Zoë — Amsterdam Centraal", "nl-signaal", 18, 23,
               Date{std::chrono::year(2025), std::chrono::month(11), std::chrono::day(23)},
               Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)}};
    v.organisation_name = "Stichting Signaal — Netwerk tegen mensenhandel";
    VenueLabels l;
    l.title = "Certified venue";
    l.statement = "Our staff are trained to recognise the signs of human trafficking and know how to report them safely.";
    l.staff_trained = "of our staff have completed the training";
    l.issued_on = "Issued";
    l.valid_until = "Valid until";
    l.serial = "Serial number";
    l.verification_code = "Verification code";
    l.verify_hint = "Scan the QR code or enter the code at signaal.example/verify";
    save_pdf(render_venue_certificate(v, sign_payload(v.claim, key), l, assets), dir / "venue.pdf");
}

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

}  // namespace

int main(int argc, char** argv) {
    int count = 1000, batch = 10000;
    std::filesystem::path samples;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--count") && i + 1 < argc) count = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--batch") && i + 1 < argc) batch = std::max(0, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--samples") && i + 1 < argc) samples = argv[++i];
        else {
            std::fprintf(stderr, "usage: signaal_cert_bench [--count N] [--batch N] [--samples DIR]\n");
            return 64;
        }
    }
    const SigningKey key = SigningKey::generate();
    const RenderAssets assets = RenderAssets::defaults();
    const CertificateLabels labels = english_labels();
    if (!samples.empty()) write_samples(samples, key, assets);

    std::vector<double> ms;
    std::size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
        const auto t = Clock::now();
        const auto cert = sample("Łukasz Wiśniewski-Özdemir", i);
        const auto pdf = render_certificate(cert, sign_payload(cert.claim, key), labels, assets);
        ms.push_back(ms_since(t));
        bytes += pdf.size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("cert_ms_median %.2f ms\n", ms[ms.size() / 2]);
    std::printf("cert_ms_p99 %.2f ms\n", ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]);
    std::printf("cert_kb %.1f KB\n", static_cast<double>(bytes) / count / 1024.0);

    if (batch > 0) {
        const auto dir = std::filesystem::temp_directory_path() / ("signaal_cert_bench." + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        std::vector<BatchItem> items;
        items.reserve(static_cast<std::size_t>(batch));
        for (int i = 0; i < batch; ++i) {
            auto cert = sample(i % 2 ? "Zoë de Vries" : "Иван Петров", i);
            auto payload = sign_payload(cert.claim, key);
            items.push_back({std::move(cert), std::move(payload), dir / (std::to_string(i) + ".pdf")});
        }
        const auto t = Clock::now();
        const auto result = render_batch(items, labels, assets);
        std::printf("batch_%d_s %.2f s\n", batch, ms_since(t) / 1000.0);
        std::filesystem::remove_all(dir);
        if (!result.errors.empty()) {
            std::fprintf(stderr, "%zu certificates failed, first: %s\n", result.errors.size(), result.errors[0].c_str());
            return 1;
        }
    }
    return 0;
}
