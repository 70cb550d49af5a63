#include "report_summary.hpp"

#include <map>
#include <set>

namespace signaal::certs {
namespace {

// Same rule as the admin area: expired before today, expiring up to kExpiringDays from today.
void count(StatusCounts& c, const ReportRow& r, std::chrono::sys_days today) {
    const std::chrono::sys_days until{r.valid_until};
    ++c.total;
    if (until < today)
        ++c.expired;
    else if (until <= today + std::chrono::days{kExpiringDays})
        ++c.expiring;
    else
        ++c.valid;
}

// Groups keep the order in which the rows first show them (the rows come newest first).
class Groups {
public:
    StatusCounts& at(const std::string& key, const std::string& label) {
        auto [it, added] = index_.try_emplace(key, groups_.size());
        if (added) groups_.push_back({label, 0, 0, 0, 0});
        return groups_[it->second];
    }
    std::vector<StatusCounts> take() { return std::move(groups_); }

private:
    std::map<std::string, std::size_t> index_;
    std::vector<StatusCounts> groups_;
};

}  // namespace

ReportSummary summarize(const CompletionReport& report) {
    const std::chrono::sys_days today{report.today};
    ReportSummary s;
    std::set<std::string> people;
    Groups modules, venues;
    for (const auto& r : report.rows) {
        ++s.completions;
        people.insert(r.person_key);
        count(modules.at(r.module_id, r.module_title), r, today);
        if (report.filters.venue.empty()) count(venues.at(r.venue, r.venue), r, today);
    }
    s.people = static_cast<int>(people.size());
    s.per_module = modules.take();
    s.per_venue = venues.take();
    return s;
}

}  // namespace signaal::certs
