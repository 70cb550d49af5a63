#include "background_sync.hpp"

namespace signaal::fleet {

BackgroundSync::BackgroundSync(std::filesystem::path db, BackgroundOptions o)
    : db_(std::move(db)), o_(std::move(o)), worker_([this] { loop(); }) {}

BackgroundSync::~BackgroundSync() {
    {
        std::lock_guard lock(m_);
        stop_ = true;
    }
    cv_.notify_all();
    worker_.join();
}

void BackgroundSync::poke() {
    {
        std::lock_guard lock(m_);
        poked_ = true;
    }
    cv_.notify_all();
}

SyncResult BackgroundSync::last() const {
    std::lock_guard lock(m_);
    return last_;
}

int BackgroundSync::runs() const {
    std::lock_guard lock(m_);
    return runs_;
}

void BackgroundSync::loop() {
    // Made here so its SQLite connection belongs to this thread alone.
    FleetSync sync(db_, o_.sync);
    std::unique_lock lock(m_);
    for (;;) {
        cv_.wait_for(lock, o_.interval, [this] { return stop_ || poked_; });
        if (stop_) return;
        poked_ = false;
        lock.unlock();
        SyncResult r = sync.run_once();
        lock.lock();
        last_ = std::move(r);
        ++runs_;
    }
}

}  // namespace signaal::fleet
