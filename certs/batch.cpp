#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "pdf_canvas.hpp"

namespace signaal::certs {

BatchResult render_batch(const std::vector<BatchItem>& items, const CertificateLabels& labels,
                         const RenderAssets& assets, unsigned threads) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(items.size(), 1)));
    BatchResult result;
    std::mutex result_mutex;
    std::atomic<std::size_t> next{0};
    // Work is handed out one certificate at a time so a slow one does not hold a whole share.
    auto worker = [&] {
        for (std::size_t i = next++; i < items.size(); i = next++) {
            try {
                save_pdf(render_certificate(items[i].cert, items[i].payload, labels, assets), items[i].output);
                std::lock_guard lock(result_mutex);
                ++result.written;
            } catch (const std::exception& e) {
                std::lock_guard lock(result_mutex);
                result.errors.push_back(items[i].output.string() + ": " + e.what());
            }
        }
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    return result;
}

}  // namespace signaal::certs
