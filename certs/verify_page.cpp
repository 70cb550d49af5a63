#include "verify_page.hpp"

#include <sodium.h>

#include <array>
#include <cassert>

#include <nlohmann/json.hpp>

#include "base64url.hpp"
#include "sodium_ready.hpp"
#include "verify_page_assets.hpp"

namespace signaal::certs {
namespace {

// CSP source hashes are standard base64 of SHA-256 (CSP Level 2), unlike our URL-safe ids.
std::string csp_hash(const std::string& text) {
    ensure_sodium();
    std::array<unsigned char, crypto_hash_sha256_BYTES> h{};
    crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char out[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(out, sizeof out, h.data(), h.size(), sodium_base64_VARIANT_ORIGINAL);
    return std::string("'sha256-") + out + "'";
}

void replace_once(std::string& s, const std::string& placeholder, const std::string& value) {
    const auto at = s.find(placeholder);
    assert(at != std::string::npos && "verify_page/index.html lost a placeholder");
    s.replace(at, placeholder.size(), value);
}

// JSON inside <script type="application/json">: "</script>" or "<!--" in a name or reason must
// not end the element, so every '<' is written as its \u escape, which JSON reads back the same.
std::string script_safe(const std::string& json) {
    std::string out;
    for (char c : json) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
    return out;
}

// Text for the HTML <title>: the page's script sets it again, this is for before it runs.
std::string html_escaped(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string verify_page_html(const VerifyPageData& d) {
    assert(!d.languages.empty());
    nlohmann::json keys = nlohmann::json::array();
    for (const auto& k : d.keys)
        keys.push_back({{"id", k.id},
                        {"key", base64url_encode(k.key.data(), k.key.size())},
                        {"withdrawn", k.withdrawn ? nlohmann::json(*k.withdrawn) : nlohmann::json(nullptr)}});
    nlohmann::json languages = nlohmann::json::array();
    for (const auto& [code, name] : d.languages) languages.push_back({{"code", code}, {"name", name}});
    const nlohmann::json data = {
        {"organisation", {{"id", d.organisation_id}, {"name", d.organisation_name}}},
        {"keys", keys},
        {"revocations", d.revocations},
        {"languages", languages},
        {"default_language", d.languages.front().first},
        {"texts", d.texts},
        {"modules", d.module_titles},
    };

    const std::string script = verify_page_assets::kScript, style = verify_page_assets::kStyle;
    // Nothing may be fetched: no other scripts, styles, fonts, frames, forms or connections;
    // only this page's own inline script and style, by hash.
    const std::string csp = "default-src 'none'; script-src " + csp_hash(script) + "; style-src " + csp_hash(style) +
                            "; img-src data:; base-uri 'none'; form-action 'none'";
    const std::string lang = d.languages.front().first;
    std::string title = lang;
    if (auto l = d.texts.find(lang); l != d.texts.end())
        if (auto t = l->second.find("verify_page_title"); t != l->second.end()) title = t->second;

    std::string html = verify_page_assets::kHtml;
    replace_once(html, "{{LANG}}", lang);
    replace_once(html, "{{CSP}}", csp);
    replace_once(html, "{{TITLE}}", html_escaped(title));
    // The data goes in last, so nothing inside it can be mistaken for a placeholder.
    replace_once(html, "{{STYLE}}", style);
    replace_once(html, "{{SCRIPT}}", script);
    replace_once(html, "{{DATA}}", script_safe(data.dump()));
    return html;
}

}  // namespace signaal::certs
