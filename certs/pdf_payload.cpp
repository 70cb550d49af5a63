#include "pdf_payload.hpp"

#include <cstdint>
#include <fstream>

#include "render_assets.hpp"
#include "utf8_text.hpp"

namespace signaal::certs {

namespace {

constexpr std::size_t kMaxPdf = 16u << 20;    // certificates are ~50 KB; refuse to slurp huge files
constexpr std::size_t kMaxString = 4096;      // longer than any payload, even as UTF-16

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A PDF literal string starting just after '(' (PDF 1.7 §7.3.4.2): balanced parentheses,
// backslash escapes, octal codes.
std::optional<std::string> literal_string(std::string_view s, std::size_t i) {
    std::string out;
    int depth = 1;
    while (i < s.size() && out.size() <= kMaxString) {
        const char c = s[i++];
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0) return out;
        } else if (c == '\\') {
            if (i >= s.size()) return std::nullopt;
            const char e = s[i++];
            switch (e) {
                case 'n': out += '\n'; continue;
                case 'r': out += '\r'; continue;
                case 't': out += '\t'; continue;
                case 'b': out += '\b'; continue;
                case 'f': out += '\f'; continue;
                case '\r': if (i < s.size() && s[i] == '\n') ++i; continue;  // line continuation
                case '\n': continue;
                default: break;
            }
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + (s[i++] - '0');
                out += static_cast<char>(v & 0xFF);
            } else {
                out += e;  // \( \) \\ and unknown escapes stand for the character itself
            }
            continue;
        }
        out += c;
    }
    return std::nullopt;  // unterminated or too long
}

std::optional<std::string> hex_string(std::string_view s, std::size_t i) {
    std::string out;
    int high = -1;
    while (i < s.size() && out.size() <= kMaxString) {
        const char c = s[i++];
        if (c == '>') {
            if (high >= 0) out += static_cast<char>(high << 4);
            return out;
        }
        if (is_space(c)) continue;
        const int v = hex_value(c);
        if (v < 0) return std::nullopt;
        if (high < 0) {
            high = v;
        } else {
            out += static_cast<char>((high << 4) | v);
            high = -1;
        }
    }
    return std::nullopt;
}

// PDF text strings are PDFDocEncoding, or UTF-16BE after a byte-order mark. libharu writes
// UTF-16 when the document's encoder is UTF-8, as ours is. Returns UTF-8.
std::string text_string_to_utf8(const std::string& s) {
    if (s.size() < 2 || static_cast<unsigned char>(s[0]) != 0xFE || static_cast<unsigned char>(s[1]) != 0xFF) return s;
    return utf8::from_utf16be(std::string_view(s).substr(2));
}

}  // namespace

std::optional<std::string> payload_from_pdf_bytes(std::string_view pdf) {
    constexpr std::string_view key = "/Keywords";
    // The last one wins: an incremental update appends a newer information dictionary.
    std::size_t at = pdf.rfind(key);
    while (at != std::string_view::npos) {
        std::size_t i = at + key.size();
        while (i < pdf.size() && is_space(pdf[i])) ++i;
        if (i < pdf.size() && pdf[i] == '(') {
            if (auto s = literal_string(pdf, i + 1)) return text_string_to_utf8(*s);
        } else if (i < pdf.size() && pdf[i] == '<' && (i + 1 >= pdf.size() || pdf[i + 1] != '<')) {
            if (auto s = hex_string(pdf, i + 1)) return text_string_to_utf8(*s);
        }
        if (at == 0) break;
        at = pdf.rfind(key, at - 1);
    }
    return std::nullopt;
}

std::optional<std::string> payload_from_pdf(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw PdfError("cannot open " + path.string());
    std::string bytes(kMaxPdf + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > kMaxPdf) throw PdfError(path.string() + " is too large to be a Signaal certificate");
    if (bytes.rfind("%PDF-", 0) != 0) throw PdfError(path.string() + " is not a PDF file");
    return payload_from_pdf_bytes(bytes);
}

}  // namespace signaal::certs
