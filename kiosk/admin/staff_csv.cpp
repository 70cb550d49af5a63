#include "staff_csv.hpp"

#include <csv.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <optional>

#include "core/names.hpp"
#include "utf8_text.hpp"

namespace signaal::staff {
namespace {

// [encoding] ----------------------------------------------------------------------------------

class Iconv {
public:
    Iconv(const char* to, const char* from) : cd_(iconv_open(to, from)) {}
    ~Iconv() {
        if (cd_ != reinterpret_cast<iconv_t>(-1)) iconv_close(cd_);
    }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;
    // The text converted, or the offset of the first byte that cannot be.
    bool convert(std::string_view in, std::string& out, size_t& bad_at) {
        if (cd_ == reinterpret_cast<iconv_t>(-1)) return false;
        out.assign(in.size() * 4 + 16, '\0');
        char* src = const_cast<char*>(in.data());
        size_t src_left = in.size(), dst_left = out.size();
        char* dst = out.data();
        if (iconv(cd_, &src, &src_left, &dst, &dst_left) == static_cast<size_t>(-1)) {
            bad_at = in.size() - src_left;
            return false;
        }
        out.resize(out.size() - dst_left);
        return true;
    }

private:
    iconv_t cd_;
};

int line_at(std::string_view text, size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// The file as UTF-8, and what it was; nullopt with a problem when it cannot be read as text.
std::optional<std::string> decode(std::string_view bytes, List& list) {
    const auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
    if (starts("\xEF\xBB\xBF")) {
        list.encoding = "UTF-8 with BOM";
        bytes.remove_prefix(3);
    } else if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
        // Excel's "Unicode text": UTF-16 with a BOM, which iconv's "UTF-16" reads and drops.
        list.encoding = "UTF-16";
        std::string out;
        size_t bad = 0;
        if (Iconv("UTF-8", "UTF-16").convert(bytes, out, bad)) return out;
        list.problems.push_back({0, "the file starts as UTF-16 but is not valid UTF-16 from byte " +
                                        std::to_string(bad) + "; save it again as \"CSV UTF-8\""});
        return std::nullopt;
    } else {
        list.encoding = "UTF-8";
    }
    if (utf8::valid(bytes)) return std::string(bytes);
    // Not UTF-8: Excel's plain "CSV" on a Western European Windows writes Windows-1252.
    std::string out;
    size_t bad = 0;
    if (list.encoding == "UTF-8" && Iconv("UTF-8", "WINDOWS-1252").convert(bytes, out, bad)) {
        list.encoding = "Windows-1252";
        return out;
    }
    if (list.encoding == "UTF-8") Iconv("UTF-8", "UTF-8").convert(bytes, out, bad);
    list.problems.push_back({line_at(bytes, bad), "the file is neither UTF-8 nor Windows-1252 text (byte " +
                                                      std::to_string(bad) + "); save it from Excel as \"CSV UTF-8\""});
    return std::nullopt;
}

// [cells] --------------------------------------------------------------------------------------

// The delimiter most used in the first non-empty line, outside quotes: `;`, `,` or tab.
char detect_delimiter(std::string_view text) {
    size_t start = text.find_first_not_of("\r\n");
    if (start == std::string_view::npos) return ',';
    std::map<char, int> seen{{',', 0}, {';', 0}, {'\t', 0}};
    bool quoted = false;
    for (size_t i = start; i < text.size() && (quoted || (text[i] != '\n' && text[i] != '\r')); ++i) {
        if (text[i] == '"') quoted = !quoted;
        else if (!quoted && seen.count(text[i])) ++seen[text[i]];
    }
    char best = ',';
    for (char c : {';', '\t'})
        if (seen[c] > seen[best]) best = c;
    return best;
}

struct Record {
    int line = 0;
    std::vector<std::string> cells;
};

struct Parse {
    std::vector<Record> records;
    Record current;
    int line = 1;           // the physical line being fed
    bool between = true;    // no record begun since the last one ended
};

void on_field(void* data, size_t len, void* parse) {
    auto& p = *static_cast<Parse*>(parse);
    p.current.cells.emplace_back(static_cast<const char*>(data), len);
}

void on_record(int, void* parse) {
    auto& p = *static_cast<Parse*>(parse);
    p.records.push_back(std::move(p.current));
    p.current = {};
    p.between = true;
}

int only_space(unsigned char c) { return c == ' ' ? CSV_SPACE : 0; }

// RFC 4180 records through libcsv, fed one physical line at a time to know each record's line.
std::optional<std::vector<Record>> records(const std::string& text, char delimiter, List& list) {
    csv_parser parser;
    if (csv_init(&parser, 0) != 0) {
        list.problems.push_back({0, "out of memory"});
        return std::nullopt;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    csv_set_space_func(&parser, only_space);  // a tab is a delimiter, not space to trim
    Parse p;
    for (size_t at = 0; at < text.size();) {
        const size_t end = std::min(text.find('\n', at), text.size() - 1) + 1;
        // A record starts on the first line fed after the last one ended (libcsv skips blank
        // lines), even when a quoted cell carries it over several lines.
        if (p.between && text.find_first_not_of("\r\n", at) < end) {
            p.current.line = p.line;
            p.between = false;
        }
        if (csv_parse(&parser, text.data() + at, end - at, on_field, on_record, &p) != end - at) {
            list.problems.push_back({p.line, std::string("cannot read the CSV: ") + csv_strerror(csv_error(&parser))});
            csv_free(&parser);
            return std::nullopt;
        }
        if (text[end - 1] == '\n') ++p.line;
        at = end;
    }
    csv_fini(&parser, on_field, on_record, &p);
    csv_free(&parser);
    return std::move(p.records);
}

// [columns] ------------------------------------------------------------------------------------

enum class Field { None, Name, First, Infix, Last, Number, Language };

// Column names as Dutch and English HR systems write them, compared without case, spaces,
// dots, dashes or underscores.
Field field_of(const std::string& header) {
    std::string k;
    for (char c : utf8::trim(header))
        if (c != ' ' && c != '.' && c != '-' && c != '_') k += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    static const std::map<std::string, Field> names{
        {"name", Field::Name},           {"fullname", Field::Name},         {"naam", Field::Name},
        {"volledigenaam", Field::Name},  {"employeename", Field::Name},     {"medewerker", Field::Name},
        {"firstname", Field::First},     {"givenname", Field::First},       {"voornaam", Field::First},
        {"roepnaam", Field::First},      {"tussenvoegsel", Field::Infix},   {"tussenvoegsels", Field::Infix},
        {"lastname", Field::Last},       {"surname", Field::Last},          {"familyname", Field::Last},
        {"achternaam", Field::Last},     {"employeenumber", Field::Number}, {"employeeno", Field::Number},
        {"employeenr", Field::Number},   {"employeeid", Field::Number},     {"staffnumber", Field::Number},
        {"staffno", Field::Number},      {"personnelnumber", Field::Number}, {"personeelsnummer", Field::Number},
        {"personeelsnr", Field::Number}, {"medewerkernummer", Field::Number}, {"language", Field::Language},
        {"lang", Field::Language},       {"taal", Field::Language},          {"voorkeurstaal", Field::Language},
    };
    const auto it = names.find(k);
    return it == names.end() ? Field::None : it->second;
}

std::string lower_ascii(std::string s) {
    for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

std::string problem_text(const std::string& key) {
    if (key == "invalid_text") return "is not valid text";
    if (key == "empty") return "is empty";
    if (key == "too_long") return "is too long";
    return "holds a control or direction-changing character";
}

}  // namespace

bool List::ok() const {
    return std::none_of(problems.begin(), problems.end(), [](const Problem& p) { return p.error; });
}

List read_csv(std::string_view bytes, const std::vector<std::string>& languages, size_t max_name_length) {
    List list;
    const auto text = decode(bytes, list);
    if (!text) return list;
    list.delimiter = detect_delimiter(*text);
    const auto recs = records(*text, list.delimiter, list);
    if (!recs) return list;
    const auto blank = [](const Record& r) {
        return std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) { return utf8::trim(c).empty(); });
    };
    auto it = std::find_if(recs->begin(), recs->end(), [&](const Record& r) { return !blank(r); });
    if (it == recs->end()) {
        list.problems.push_back({0, "the file is empty: the first row must name the columns (name, employee number, language)"});
        return list;
    }
    // The header row: which column holds what.
    const Record& header = *it;
    std::map<Field, size_t> column;
    for (size_t i = 0; i < header.cells.size(); ++i) {
        const Field f = field_of(header.cells[i]);
        if (f == Field::None) {
            if (!utf8::trim(header.cells[i]).empty()) list.ignored_columns.push_back(utf8::trim(header.cells[i]));
        } else if (!column.emplace(f, i).second) {
            list.problems.push_back({header.line, "two columns hold the same thing: '" + header.cells[column[f]] +
                                                      "' and '" + header.cells[i] + "'"});
        }
    }
    const bool split_name = !column.count(Field::Name) && column.count(Field::First) && column.count(Field::Last);
    if (!column.count(Field::Name) && !split_name) {
        std::vector<std::string> found;
        for (const auto& c : header.cells) found.push_back("'" + utf8::trim(c) + "'");
        list.problems.push_back({header.line, "no name column: the first row must name the columns, such as "
                                              "name;employee number;language (this file has " + joined(found, ", ") + ")"});
        return list;
    }
    const auto cell = [&](const Record& r, Field f) -> std::string {
        const auto c = column.find(f);
        return c != column.end() && c->second < r.cells.size() ? utf8::trim(r.cells[c->second]) : std::string{};
    };

    std::map<std::string, size_t> by_number, by_name;  // index into list.rows
    for (++it; it != recs->end(); ++it) {
        if (blank(*it)) continue;
        Row row{it->line, {}, cell(*it, Field::Number), lower_ascii(cell(*it, Field::Language))};
        if (split_name) {
            std::vector<std::string> parts;
            for (Field f : {Field::First, Field::Infix, Field::Last})
                if (auto p = cell(*it, f); !p.empty()) parts.push_back(p);
            row.name = joined(parts, " ");
        } else {
            row.name = cell(*it, Field::Name);
        }
        bool bad = false;
        const auto refuse = [&](const std::string& why) {
            list.problems.push_back({row.line, why});
            bad = true;
        };
        if (const auto p = names::problem(row.name, max_name_length); !p.empty())
            refuse(p == "empty" ? "no name" : "the name " + problem_text(p));
        if (!row.employee_number.empty())
            if (const auto p = names::problem(row.employee_number, 40); !p.empty())
                refuse("the employee number " + problem_text(p));
        if (!row.language.empty() && std::find(languages.begin(), languages.end(), row.language) == languages.end())
            refuse("unknown language '" + row.language + "' (use " + joined(languages, ", ") + ", or leave it empty)");
        if (bad) continue;
        // The same person twice: the same employee number, or without one the same name.
        auto& seen = row.employee_number.empty() ? by_name : by_number;
        const std::string& key = row.employee_number.empty() ? row.name : row.employee_number;
        if (const auto prev = seen.find(key); prev != seen.end()) {
            const Row& first = list.rows[prev->second];
            const std::string other = std::to_string(first.line);
            if (first.name == row.name && first.employee_number == row.employee_number && first.language == row.language)
                list.problems.push_back({row.line, "repeats line " + other + "; counted once", false});
            else if (!row.employee_number.empty())
                list.problems.push_back(
                    {row.line, "employee number " + row.employee_number + " is also on line " + other + " (" + first.name + ")"});
            else
                list.problems.push_back({row.line, row.name + " is also on line " + other +
                                                       " with another language; give them employee numbers to tell them apart"});
            continue;
        }
        seen.emplace(key, list.rows.size());
        list.rows.push_back(row);
    }
    return list;
}

}  // namespace signaal::staff
