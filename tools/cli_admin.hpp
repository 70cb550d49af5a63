#pragma once
// What the manager commands share: the content they judge against (venue kinds, modules,
// languages) and a refused act printed in the words the admin screens use (admin::problem_text).
#include <string>

#include "admin/outcome.hpp"
#include "cli.hpp"
#include "content.hpp"

namespace signaal::cli {

// The catalog of --content (or the bundled content), with its ui text.
Catalog manager_catalog(const Args& a);
// Prints "signaal <command>: <problem>" and returns the exit status 1.
int refuse(const std::string& command, const Catalog& catalog, const admin::Outcome& outcome);

}  // namespace signaal::cli
