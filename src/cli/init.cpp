#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli/common.hpp"
#include "core/terminal.hpp"
#include "engine/scaffold.hpp"

namespace medvirk::cli {

int cmd_init(const InitOptions& o) {
    namespace fs = std::filesystem;
    auto cat = load_rules(o);
    if (!cat) return exit_error;
    fs::path dir(o.out_dir);
    // Every file name ends up in the reports, which carry only UTF-8: a skeleton there could never
    // validate.
    if (!is_valid_utf8(o.out_dir)) {
        return usage_error(
            o, fmt::format("mappenavnet {} er ikke gyldig UTF-8; velg et annet navn", o.out_dir),
            fmt::format("the folder name {} is not valid UTF-8; choose another name", o.out_dir));
    }
    engine::ScaffoldOptions so;
    so.id = dir.lexically_normal().filename().string();
    if (so.id.empty()) so.id = dir.lexically_normal().parent_path().filename().string();
    // The folder's name, safe to show and to carry in every report: controls and bidi characters
    // become "-", surrounding spaces go. The skeleton quotes it as needed.
    so.id = replace_unsafe(so.id, "-");
    so.id.erase(0, std::min(so.id.size(), so.id.find_first_not_of(' ')));
    so.id.erase(so.id.find_last_not_of(' ') + 1);
    if (so.id.empty() || so.id == "." || so.id == "..") so.id = "ny-tjeneste";
    so.level = o.level;
    so.target_groups = o.target_groups;
    so.institution = o.institution;
    auto files = engine::scaffold(*cat, so);

    // All or nothing: refuse before writing anything when a file exists and --force is not given.
    std::vector<std::string> existing;
    for (const auto& [name, text] : files) {
        std::error_code
            exists_ec;  // a folder that cannot be looked into fails below, with its reason
        if (fs::exists(dir / name, exists_ec)) existing.push_back((dir / name).generic_string());
    }
    if (!existing.empty() && !o.force) {
        return usage_error(
            o,
            fmt::format("finnes fra før, ingenting er skrevet (bruk --force for å overskrive): {}",
                        fmt::join(existing, ", ")),
            fmt::format("already exist(s), nothing was written (use --force to overwrite): {}",
                        fmt::join(existing, ", ")));
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        return usage_error(
            o, fmt::format("kan ikke lage mappen {}: {}", o.out_dir, ec.message()),
            fmt::format("cannot create the directory {}: {}", o.out_dir, ec.message()));
    }
    std::vector<fs::path> written;
    for (const auto& [name, text] : files) {
        fs::path target = dir / name;
        if (auto err = write_atomically(target.string(), text)) {
            // All or nothing: remove what this run wrote (files that existed were refused above).
            if (existing.empty())
                for (const auto& w : written) fs::remove(w, ec);
            return usage_error(o, err->nb, err->en);
        }
        written.push_back(target);
    }
    if (o.language() == Lang::en) {
        fmt::print(
            "wrote {} files to {}; fill in what is marked «FYLL UT», then run: medvirk audit {}\n",
            files.size(), terminal_safe(dir.generic_string()), terminal_safe(dir.generic_string()));
    } else {
        fmt::print(
            "skrev {} filer til {}; fyll ut det som er merket «FYLL UT», og kjør: medvirk audit "
            "{}\n",
            files.size(), terminal_safe(dir.generic_string()), terminal_safe(dir.generic_string()));
    }
    return exit_clean;
}

}  // namespace medvirk::cli
