#pragma once
// Runs another program for the benchmark and reads its standard output line by line; a virtual
// X server for the kiosk when there is no display.
#include <sys/types.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace signaal::bench {

struct ChildResult {
    int exit_code = -1;          // -1: did not exit normally
    double wall_ms = 0;          // from just before the fork to its exit
};

// Calls on_line(line, ms since the fork) for each line the program prints. Kills it after timeout.
ChildResult run_child(const std::vector<std::string>& argv,
                      const std::function<void(const std::string&, double)>& on_line,
                      std::chrono::seconds timeout);

// An Xvfb server on a free display number, for as long as the object lives; sets DISPLAY.
// Does nothing when DISPLAY is already set.
class VirtualDisplay {
public:
    VirtualDisplay(int width, int height);
    ~VirtualDisplay();
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;
    bool ok() const { return ok_; }
    const std::string& problem() const { return problem_; }

private:
    pid_t pid_ = -1;
    bool ok_ = false;
    std::string problem_;
};

}  // namespace signaal::bench
