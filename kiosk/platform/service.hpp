#pragma once
// The kiosk as a systemd service: readiness and the watchdog through sd_notify, and SIGTERM or
// SIGINT as a request to stop, so that the loop ends and the app saves what it still holds.
// Outside systemd (no $NOTIFY_SOCKET) the notifications do nothing; the signals still stop it.
#include <atomic>
#include <functional>
#include <thread>

namespace signaal {

class ServiceLink {
public:
    // Blocks SIGTERM and SIGINT in the calling thread, so every thread started after it
    // inherits the block and only this link's own thread receives them: construct it before
    // any other thread. `wake` is called from that thread after a stop request.
    explicit ServiceLink(std::function<void()> wake);
    ~ServiceLink();
    ServiceLink(const ServiceLink&) = delete;
    ServiceLink& operator=(const ServiceLink&) = delete;

    bool stop_requested() const { return stop_.load(); }
    // A frame is on screen: READY=1 the first time, then WATCHDOG=1 (at most four times per
    // watchdog interval), so a hung loop is restarted by systemd.
    void frame_shown();
    // The longest the loop may sleep and still feed the watchdog in time, in seconds.
    double max_wait(double wanted) const;

private:
    std::function<void()> wake_;
    std::atomic<bool> stop_{false}, closing_{false};
    double watchdog_s_ = 0;  // 0: no watchdog
    double last_alive_ = -1;
    bool ready_ = false;
    std::thread waiter_;
};

}  // namespace signaal
