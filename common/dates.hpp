#pragma once
// Calendar dates as the certificates and the store use them: whole days, ISO 8601 text.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace signaal {

using Date = std::chrono::sys_days;

std::string to_iso(Date d);                          // "2026-11-23"
std::optional<Date> parse_iso_date(std::string_view s);
// Adds calendar months; a day past the end of the target month clamps to its last day
// (31 January + 1 month = 28/29 February), so a certificate never gains extra days.
Date add_months(Date d, int months);
Date today_utc();
std::string now_iso_timestamp();                     // "2026-11-23T08:50:00Z"

}  // namespace signaal
