#pragma once
// The self-contained verification page (`signaal verify-page`): one index.html with its script,
// style, the organisation's public keys, its signed revocation list and the page's words in
// every kiosk language inline, and a Content-Security-Policy that allows no request at all.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "payload.hpp"

namespace signaal::certs {

struct VerifyPageData {
    std::string organisation_id;
    std::string organisation_name;
    Keyring keys;             // every key that has signed, withdrawn ones with their reason
    std::string revocations;  // sign_revocations() output
    std::vector<std::pair<std::string, std::string>> languages;       // code, name in that language
    std::map<std::string, std::map<std::string, std::string>> texts;  // language -> verify_* key -> text
    std::map<std::string, std::map<std::string, std::string>> module_titles;  // module id -> language -> title
};

std::string verify_page_html(const VerifyPageData& data);

}  // namespace signaal::certs
