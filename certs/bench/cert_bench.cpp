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
#include "cert_samples.hpp"
#include "certificate_pdf.hpp"
#include "pdf_canvas.hpp"
#include "venue_pdf.hpp"

using namespace signaal::certs;
using Clock = std::chrono::steady_clock;

namespace {

void write_samples(const std::filesystem::path& dir, const SigningKey& key, const RenderAssets& assets) {
    std::filesystem::create_directories(dir);
    const std::vector<std::string> names = {
        "Łukasz Wiśniewski-Özdemir", "Zoë de Vries", "Ștefan Dumitrescu", "Иван Петров",
        "Maximiliana Alexandrina Konstantinopoulou-Vanderbilt de la Fuente y Zúñiga Ştefănescu-Wiśniewska Ørsted",
    };
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto cert = samples::certificate(names[i], "SG-2025-" + std::to_string(100000 + i));
        save_pdf(render_certificate(cert, sign_payload(cert.claim, key), samples::labels(), assets),
                 dir / ("personal-" + std::to_string(i) + ".pdf"));
    }
    const auto v = samples::venue("Grand Hotel Ștefănescu & Zoë — Amsterdam Centraal", 18, 23);
    save_pdf(render_venue_certificate(v, sign_payload(v.claim, key), samples::venue_labels(), assets), dir / "venue.pdf");
}

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

}  // namespace

int main(int argc, char** argv) {
    int count = 1000, batch = 10000;
    std::filesystem::path sample_dir;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--count") && i + 1 < argc) count = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--batch") && i + 1 < argc) batch = std::max(0, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--samples") && i + 1 < argc) sample_dir = argv[++i];
        else {
            std::fprintf(stderr, "usage: signaal_cert_bench [--count N] [--batch N] [--samples DIR]\n");
            return 64;
        }
    }
    const SigningKey key = SigningKey::generate();
    const RenderAssets assets = RenderAssets::defaults();
    const CertificateLabels labels = samples::labels();
    if (!sample_dir.empty()) write_samples(sample_dir, key, assets);

    std::vector<double> ms;
    std::size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
        const auto t = Clock::now();
        const auto cert = samples::certificate("Łukasz Wiśniewski-Özdemir", "SG-2025-" + std::to_string(100000 + i));
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
            auto cert = samples::certificate(i % 2 ? "Zoë de Vries" : "Иван Петров", "SG-2025-" + std::to_string(100000 + i));
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
