#include "child_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <thread>

namespace signaal::bench {
namespace {

using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

// argv for execvp, made before fork: the child may only call async-signal-safe functions.
std::vector<char*> exec_args(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    return args;
}

// Waits for the child until the deadline, then kills it. (Its rusage's ru_maxrss is not used:
// it counts what this process had resident when it forked, so programs report their own.)
int reap(pid_t pid, Clock::time_point deadline, rusage& usage) {
    int status = 0;
    for (;;) {
        const pid_t got = wait4(pid, &status, WNOHANG, &usage);
        if (got == pid) return status;
        if (got < 0 && errno != EINTR) return -1;
        if (Clock::now() >= deadline) {
            kill(pid, SIGKILL);
            while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
            }
            return status;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

}  // namespace

ChildResult run_child(const std::vector<std::string>& argv,
                      const std::function<void(const std::string&, double)>& on_line,
                      std::chrono::seconds timeout) {
    ChildResult result;
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) return result;
    const auto args = exec_args(argv);
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        close(out[0]);
        close(out[1]);
        return result;
    }
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        execvp(args[0], args.data());
        _exit(127);
    }
    close(out[1]);
    std::string pending;
    char buf[4096];
    for (;;) {
        const double left_ms = std::chrono::duration<double, std::milli>(timeout).count() - ms_between(start, Clock::now());
        if (left_ms <= 0) {
            kill(pid, SIGKILL);
            break;
        }
        pollfd p{out[0], POLLIN, 0};
        if (poll(&p, 1, static_cast<int>(left_ms)) < 0 && errno != EINTR) break;
        if (!(p.revents & (POLLIN | POLLHUP))) continue;
        const ssize_t n = read(out[0], buf, sizeof buf);
        if (n <= 0) break;
        pending.append(buf, static_cast<size_t>(n));
        const double at = ms_between(start, Clock::now());
        for (size_t nl; (nl = pending.find('\n')) != std::string::npos; pending.erase(0, nl + 1))
            on_line(pending.substr(0, nl), at);
    }
    close(out[0]);
    rusage usage{};
    const int status = reap(pid, start + timeout, usage);
    result.wall_ms = ms_between(start, Clock::now());
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    return result;
}

VirtualDisplay::VirtualDisplay(int width, int height) {
    if (const char* d = std::getenv("DISPLAY"); d && *d) {
        ok_ = true;
        return;
    }
    int number = 90;
    while (number < 200 && std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(number))) ++number;
    const std::string display = ":" + std::to_string(number);
    const std::vector<std::string> argv = {"Xvfb", display, "-screen", "0",
                                           std::to_string(width) + "x" + std::to_string(height) + "x24", "-nolisten", "tcp"};
    const auto args = exec_args(argv);
    pid_ = fork();
    if (pid_ == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        close(null);
        execvp(args[0], args.data());
        _exit(127);
    }
    const std::string socket = "/tmp/.X11-unix/X" + std::to_string(number);
    for (int i = 0; i < 100 && !ok_; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        int status = 0;
        if (pid_ < 0 || waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            break;
        }
        ok_ = std::filesystem::exists(socket);
    }
    if (!ok_) {
        problem_ = "could not start Xvfb (package xvfb) on " + display;
        return;
    }
    setenv("DISPLAY", display.c_str(), 1);
}

VirtualDisplay::~VirtualDisplay() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
    unsetenv("DISPLAY");
}

}  // namespace signaal::bench
