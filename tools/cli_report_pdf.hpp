#pragma once
// The PDF form of `signaal report completions`: translated labels, module titles and rows mapped
// from the store's CompletionRow into the certificate library's plain report struct.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "render_assets.hpp"
#include "store/store.hpp"

namespace signaal::cli {

// What the report was asked for, as the person typed it (dates already checked).
struct ReportRequest {
    std::string venue, from, to, module_id;
    std::string organisation_name;  // empty: the content's default organisation name
    certs::RenderAssets assets = certs::RenderAssets::defaults();  // with the logo, if any
};

// --out FILE, refusing a terminal and a missing --out with a UsageError before any work is done.
std::filesystem::path pdf_out_path(const Args& a);

// Writes the report of rows to `out` in --lang (default: the content's first language).
// Returns the exit status; prints what went wrong, with the file, on failure.
int write_completions_pdf(const Args& a, const ReportRequest& request, const std::vector<CompletionRow>& rows,
                          const std::filesystem::path& out);

}  // namespace signaal::cli
