#include "dates.hpp"

#include <cstdio>

namespace signaal {

using namespace std::chrono;

std::string to_iso(Date d) {
    const year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

std::optional<Date> parse_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    const size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (size_t k = 0; k < lens[i]; ++k) {
            const char c = s[starts[i] + k];
            if (c < '0' || c > '9') return std::nullopt;
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    const year_month_day ymd{year{parts[0]}, month{static_cast<unsigned>(parts[1])},
                             day{static_cast<unsigned>(parts[2])}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

Date add_months(Date d, int n) {
    const year_month_day ymd{d};
    const year_month ym = year_month{ymd.year(), ymd.month()} + months{n};
    const day last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
    return sys_days{year_month_day{ym.year(), ym.month(), ymd.day() > last ? last : ymd.day()}};
}

Date today_utc() { return floor<days>(system_clock::now()); }

std::string now_iso_timestamp() {
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const hh_mm_ss hms{now - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", to_iso(day).c_str(),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

}  // namespace signaal
