#pragma once
// Where Signaal keeps and finds its files.
#include <filesystem>

namespace signaal {

// $XDG_DATA_HOME/signaal (or ~/.local/share/signaal), created if missing.
std::filesystem::path data_dir();
std::filesystem::path default_db_path();  // data_dir()/signaal.db
// data_dir()/exports, where the admin area writes a person's data; not created here, so only
// an export makes it.
std::filesystem::path default_export_dir();
// data_dir()/certificates, where certificate PDFs are saved as <serial>.pdf; not created here.
std::filesystem::path default_certificate_dir();

// The bundled content: $SIGNAAL_CONTENT, else next to the installed program, else the source tree.
std::filesystem::path default_content_dir();
// Rendered icons and fonts made at build time: $SIGNAAL_ASSETS, else next to the installed
// program, else the build tree.
std::filesystem::path default_asset_dir();

}  // namespace signaal
