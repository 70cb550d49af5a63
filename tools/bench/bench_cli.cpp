// The manager's commands as a manager runs them: `signaal demo seed --people 10000` (answers
// included), then each report as its own process, timed from start to exit.
#include "bench.hpp"
#include "child_process.hpp"
#include "support/content_fixture.hpp"

namespace signaal::bench {

void cli_section(Report& r, const Options& o) {
    if (o.signaal_exe.empty()) return;
    test::TempDir dir;
    const std::string db = (dir.path() / "demo.db").string();
    const std::string people = o.quick ? "2000" : "10000";
    const auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), o.signaal_exe);
        args.insert(args.end(), {"--db", db});
        const auto res = run_child(args, [](const std::string&, double) {}, std::chrono::seconds(600));
        if (res.exit_code != 0) std::fprintf(stderr, "cli bench: %s %s failed (exit %d)\n", args[1].c_str(), args[2].c_str(), res.exit_code);
        return res;
    };
    const auto seeded = run({"demo", "seed", "--people", people, "--content", o.content_dir});
    r.add("cli_demo_seed_people", std::stod(people), "people");
    r.add("cli_demo_seed", seeded.wall_ms / 1000.0, "s");
    const std::string out = (dir.path() / "report").string();
    const auto completions = run({"report", "completions", "--out", out + ".csv"});
    r.add("cli_report_completions_csv", completions.wall_ms, "ms", 1000);
    const auto expiring = run({"report", "expiring", "--days", "30", "--out", out + "-expiring.csv"});
    r.add("cli_report_expiring_csv", expiring.wall_ms, "ms", 1000);
    const auto pdf = run({"report", "completions", "--format", "pdf", "--out", out + ".pdf", "--content", o.content_dir});
    r.add("cli_report_completions_pdf", pdf.wall_ms, "ms");
}

}  // namespace signaal::bench
