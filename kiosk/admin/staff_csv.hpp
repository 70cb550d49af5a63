#pragma once
// A staff list as HR keeps it: CSV exported from Excel or an HR system. Dutch Excel writes `;`
// between cells and Windows-1252 unless told otherwise; others write `,`, UTF-8 with or without
// a byte-order mark, or UTF-16 "Unicode text" with tabs. This reads any of those into rows with
// their line numbers, mapping the header row's column names, and says what is wrong where.
// No store: what the rows change is decided by the import (staff_import.hpp).
#include <string>
#include <string_view>
#include <vector>

namespace signaal::staff {

struct Row {
    int line = 0;  // in the file, 1-based; the header is line 1 (or later after blank lines)
    std::string name, employee_number, language;
};

struct Problem {
    int line = 0;  // 0: the file as a whole
    std::string message;
    bool error = true;  // false: a warning (the row is skipped, nothing is wrong with the rest)
};

struct List {
    char delimiter = ',';
    std::string encoding;                      // "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16"
    std::vector<std::string> ignored_columns;  // header cells that map to nothing
    std::vector<Row> rows;
    std::vector<Problem> problems;
    bool ok() const;  // no errors (warnings allowed)
};

// languages: the codes a person may have (the catalog's); a row's language must be one of them
// or empty. max_name_length: the kiosk's limit, so a name is refused here exactly when the kiosk
// would refuse it.
List read_csv(std::string_view bytes, const std::vector<std::string>& languages, size_t max_name_length);

}  // namespace signaal::staff
