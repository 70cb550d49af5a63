#pragma once
// The verification page's source files (certs/verify_page/), embedded at build time.
namespace signaal::certs::verify_page_assets {
extern const char* const kHtml;    // index.html with {{...}} placeholders
extern const char* const kScript;  // verify.js
extern const char* const kStyle;   // verify.css
}  // namespace signaal::certs::verify_page_assets
