// Crash consistency: a child process records completions through the real store and reports
// each serial only after record_attempt() returned; the parent kills it with SIGKILL at random
// moments, reopens the database, and checks it is intact and holds every reported completion.
//
//   signaal_crash_harness [--kills N] [--seed S]
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <thread>

#include "store/store.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;

namespace {

[[noreturn]] void run_child(const std::string& db, int out_fd) {
    Store store(db);
    auto venues = store.venues();
    const std::int64_t venue = venues.empty() ? store.add_venue("Crash Hotel", "hotel") : venues[0].id;
    for (std::uint64_t i = 0;; ++i) {
        AttemptRecord r;
        r.name = "Person " + std::to_string(getpid()) + "-" + std::to_string(i);
        r.venue_id = venue;
        r.language = "nl";
        r.module_id = "hotel-sexual-exploitation";
        r.module_version = 1;
        r.seed = i;
        r.correct = r.total = 12;
        r.percent = 100;
        r.passed = true;
        for (int q = 0; q < 12; ++q) r.answers.push_back({"q" + std::to_string(q), "a", true});
        const auto issued = store.record_attempt(r, today_utc());
        const std::string line = issued->serial + "\n";
        // write() is not buffered: once it returns, the parent can read the serial even if we die next.
        if (write(out_fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(3);
    }
}

std::set<std::string> read_serials(int fd) {
    std::set<std::string> out;
    std::string buf;
    char chunk[4096];
    for (ssize_t n; (n = read(fd, chunk, sizeof chunk)) > 0;) buf.append(chunk, static_cast<size_t>(n));
    size_t start = 0;
    for (size_t nl; (nl = buf.find('\n', start)) != std::string::npos; start = nl + 1)
        out.insert(buf.substr(start, nl - start));
    return out;  // a half-written last line is not a report
}

}  // namespace

int main(int argc, char** argv) {
    int kills = 200;
    unsigned seed = static_cast<unsigned>(std::random_device{}());
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--kills")) kills = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seed")) seed = static_cast<unsigned>(std::strtoul(argv[i + 1], nullptr, 10));
    }
    std::mt19937 rng(seed);
    test::TempDir dir;
    const std::string db = (dir.path() / "crash.db").string();
    std::set<std::string> reported;
    std::cout << "crash harness: " << kills << " kills, seed " << seed << std::endl;

    for (int k = 0; k < kills; ++k) {
        int fds[2];
        if (pipe(fds) != 0) return perror("pipe"), 2;
        const pid_t pid = fork();
        if (pid == 0) {
            close(fds[0]);
            try {
                run_child(db, fds[1]);
            } catch (const std::exception& e) {
                std::fprintf(stderr, "child: %s\n", e.what());
                _exit(4);
            }
        }
        close(fds[1]);
        std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(1'000, 60'000)(rng)));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        const auto got = read_serials(fds[0]);
        close(fds[0]);
        if (WIFEXITED(status)) {
            std::cerr << "kill " << k << ": child exited by itself with " << WEXITSTATUS(status) << "\n";
            return 1;
        }
        reported.insert(got.begin(), got.end());

        Store check(db);
        const std::string verdict = check.integrity_check();
        if (verdict != "ok") {
            std::cerr << "kill " << k << ": integrity_check says " << verdict << "\n";
            return 1;
        }
        for (const auto& serial : got)
            if (!check.completion_by_serial(serial)) {
                std::cerr << "kill " << k << ": completion " << serial << " was reported committed but is missing\n";
                return 1;
            }
    }
    Store final_check(db);
    size_t missing = 0;
    for (const auto& s : reported) missing += !final_check.completion_by_serial(s);
    std::cout << "crash harness: " << kills << " kills, " << reported.size() << " reported completions, "
              << missing << " missing, integrity ok" << std::endl;
    return missing == 0 && !reported.empty() ? 0 : 1;
}
