#include "csv.hpp"

namespace signaal::csv {

std::string cell(const std::string& value) {
    std::string v = value;
    // A name like "=HYPERLINK(...)" must stay text when a manager opens the file.
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(v.begin(), '\'');
    if (v.find_first_of(",\"\r\n;\t") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void write_bom(std::ostream& out) { out << "\xEF\xBB\xBF"; }

void write_row(std::ostream& out, const std::vector<std::string>& cells, char delimiter) {
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i) out << delimiter;
        out << cell(cells[i]);
    }
    out << "\r\n";
}

}  // namespace signaal::csv
