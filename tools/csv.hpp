#pragma once
// CSV that spreadsheets open correctly: UTF-8 with a byte-order mark (Excel needs it to pick
// UTF-8), RFC 4180 quoting, CRLF line ends, and cells that would start a formula defused.
#include <ostream>
#include <string>
#include <vector>

namespace signaal::csv {

std::string cell(const std::string& value);
void write_bom(std::ostream& out);
// delimiter: ',' or ';' (what Excel reads in Dutch settings), or '\t'.
void write_row(std::ostream& out, const std::vector<std::string>& cells, char delimiter = ',');

}  // namespace signaal::csv
