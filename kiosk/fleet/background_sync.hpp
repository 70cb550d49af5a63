#pragma once
// The kiosk's background upload: a worker thread that runs FleetSync every few minutes and soon
// after each completion, so the UI thread never waits on the network.
//
//   BackgroundSync sync(db_path, {.interval = std::chrono::minutes(5)});  // at start-up
//   sync.poke();             // after the store recorded a completion
//   sync.last();             // for an admin screen: when, ok or the (password-free) error
// The destructor stops the thread; it may wait for a run in progress (at most the connect timeout).
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "sync.hpp"

namespace signaal::fleet {

struct BackgroundOptions {
    std::chrono::seconds interval{300};
    SyncOptions sync;  // central_url empty: read the setting at every run, so a change applies
};

class BackgroundSync {
public:
    BackgroundSync(std::filesystem::path db, BackgroundOptions o);
    ~BackgroundSync();
    BackgroundSync(const BackgroundSync&) = delete;
    BackgroundSync& operator=(const BackgroundSync&) = delete;

    void poke();              // run soon, e.g. after a completion; never blocks
    SyncResult last() const;  // the most recent run's result
    int runs() const;

private:
    void loop();
    std::filesystem::path db_;
    BackgroundOptions o_;
    mutable std::mutex m_;
    std::condition_variable cv_;
    bool stop_ = false, poked_ = false;
    SyncResult last_;
    int runs_ = 0;
    std::thread worker_;  // last: starts after everything it uses exists
};

}  // namespace signaal::fleet
