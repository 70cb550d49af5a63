// Certificates: sign and draw one PDF (what a person waits for at the end), its size, and a
// manager's batch of 10,000 on every core.
#include <filesystem>
#include <thread>

#include <unistd.h>

#include "batch.hpp"
#include "bench.hpp"
#include "cert_samples.hpp"
#include "certificate_pdf.hpp"
#include "pdf_canvas.hpp"
#include "venue_pdf.hpp"

namespace signaal::bench {
namespace {

using namespace signaal::certs;

// A few certificates with long names in several scripts, to look at.
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
    auto zh = samples::certificate("Wang Xiaoming", "SG-2025-100009");
    zh.module_title = samples::kChineseModuleTitle;
    save_pdf(render_certificate(zh, sign_payload(zh.claim, key), samples::chinese_labels(), assets), dir / "personal-zh-Hans.pdf");
    const auto v = samples::venue("Grand Hotel Ștefănescu & Zoë — Amsterdam Centraal", 18, 23);
    save_pdf(render_venue_certificate(v, sign_payload(v.claim, key), samples::venue_labels(), assets), dir / "venue.pdf");
    std::printf("# sample certificates in %s\n", dir.c_str());
}

}  // namespace

void certs_section(Report& r, const Options& o) {
    const SigningKey key = SigningKey::generate();
    const RenderAssets assets = RenderAssets::defaults();
    const CertificateLabels labels = samples::labels();
    if (!o.cert_samples.empty()) write_samples(o.cert_samples, key, assets);

    const int count = o.quick ? 200 : 1000;
    std::vector<double> ms;
    std::size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
        const auto t = Clock::now();
        const auto cert = samples::certificate("Łukasz Wiśniewski-Özdemir", "SG-2025-" + std::to_string(100000 + i));
        const auto pdf = render_certificate(cert, sign_payload(cert.claim, key), labels, assets);
        ms.push_back(ms_since(t));
        bytes += pdf.size();
    }
    r.add("cert_count", count, "certificates");
    r.add("cert_median", percentile(ms, 0.5), "ms", 5);
    r.add("cert_p99", percentile(ms, 0.99), "ms");
    r.add("cert_size", static_cast<double>(bytes) / count / 1024.0, "KB", 60);

    // Chinese: the CJK subset font is embedded beside DejaVu (issue 16: under 60 KB).
    std::vector<double> zh_ms;
    std::size_t zh_bytes = 0;
    const int zh_count = o.quick ? 20 : 100;
    for (int i = 0; i < zh_count; ++i) {
        const auto t = Clock::now();
        auto cert = samples::certificate("Wang Xiaoming", "SG-2025-" + std::to_string(200000 + i));
        cert.module_title = samples::kChineseModuleTitle;
        const auto pdf = render_certificate(cert, sign_payload(cert.claim, key), samples::chinese_labels(), assets);
        zh_ms.push_back(ms_since(t));
        zh_bytes += pdf.size();
    }
    r.add("cert_median_chinese", percentile(zh_ms, 0.5), "ms");
    r.add("cert_size_chinese", static_cast<double>(zh_bytes) / zh_count / 1024.0, "KB", 60);

    const int batch = o.quick ? 1000 : 10000;
    const auto dir = std::filesystem::temp_directory_path() / ("signaal-bench-batch." + std::to_string(::getpid()));
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
    const double seconds = ms_since(t) / 1000.0;
    std::filesystem::remove_all(dir);
    r.add("cert_batch_count", batch, "certificates");
    r.add("cert_batch_threads", std::max(1u, std::thread::hardware_concurrency()), "threads");
    r.add(o.quick ? "cert_batch_1000" : "cert_batch_10000", seconds, "s", o.quick ? 6 : 60);
    if (!result.errors.empty())
        std::fprintf(stderr, "cert batch: %zu certificates failed, first: %s\n", result.errors.size(), result.errors[0].c_str());
}

}  // namespace signaal::bench
