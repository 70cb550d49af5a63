#pragma once
// Where Signaal keeps and finds its files.
#include <filesystem>

namespace signaal {

// $XDG_DATA_HOME/signaal (or ~/.local/share/signaal), created if missing.
std::filesystem::path data_dir();
std::filesystem::path default_db_path();  // data_dir()/signaal.db

// The bundled content: $SIGNAAL_CONTENT, else next to the installed program, else the source tree.
std::filesystem::path default_content_dir();
// Rendered icons and fonts made at build time: $SIGNAAL_ASSETS, else the build tree.
std::filesystem::path default_asset_dir();

}  // namespace signaal
