#include "cli_admin.hpp"

#include <iostream>

#include "admin/problem_text.hpp"
#include "content_loader.hpp"

namespace signaal::cli {

Catalog manager_catalog(const Args& a) { return load_content(content_dir(a), {}).catalog; }

int refuse(const std::string& command, const Catalog& catalog, const admin::Outcome& outcome) {
    std::cerr << "signaal " << command << ": " << admin::problem_text(catalog, outcome.problem) << "\n";
    return 1;
}

}  // namespace signaal::cli
