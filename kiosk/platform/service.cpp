#include "platform/service.hpp"

#include <pthread.h>
#include <systemd/sd-daemon.h>

#include <algorithm>
#include <chrono>
#include <csignal>

namespace signaal {
namespace {

sigset_t stop_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

double now_s() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

ServiceLink::ServiceLink(std::function<void()> wake) : wake_(std::move(wake)) {
    const sigset_t set = stop_signals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0) watchdog_s_ = static_cast<double>(usec) / 1e6;
    waiter_ = std::thread([this] {
        const sigset_t wait_for = stop_signals();
        int sig = 0;
        sigwait(&wait_for, &sig);
        if (closing_) return;  // woken by the destructor
        stop_ = true;
        sd_notify(0, "STOPPING=1");
        if (wake_) wake_();
    });
}

ServiceLink::~ServiceLink() {
    if (!stop_) {
        closing_ = true;
        pthread_kill(waiter_.native_handle(), SIGTERM);
    }
    waiter_.join();
}

void ServiceLink::frame_shown() {
    if (!ready_) {
        ready_ = true;
        sd_notify(0, "READY=1");
    }
    if (watchdog_s_ <= 0) return;
    const double t = now_s();
    if (last_alive_ >= 0 && t - last_alive_ < watchdog_s_ / 4) return;
    last_alive_ = t;
    sd_notify(0, "WATCHDOG=1");
}

double ServiceLink::max_wait(double wanted) const {
    return watchdog_s_ > 0 ? std::min(wanted, watchdog_s_ / 2) : wanted;
}

}  // namespace signaal
