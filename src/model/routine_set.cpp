#include "model/routine_set.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include "core/parallel.hpp"
#include "core/sha256.hpp"

namespace medvirk::model {

namespace fs = std::filesystem;

namespace {

Diagnostic error_at(const Location& loc, std::string code, std::string nb, std::string en) {
    return Diagnostic{loc, std::move(code), Text{std::move(nb), std::move(en)}};
}

// .yaml / .yml in any letter case (files saved on Windows are often named .YAML).
bool is_yaml(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".yaml" || ext == ".yml";
}

// Display form of a path: as the user wrote it, normalised, with '/' separators.
std::string display(const fs::path& p) { return p.lexically_normal().generic_string(); }

// Walks a directory in sorted order. Directory symlinks are not followed (so loops end); a .yaml
// entry that is not a readable regular file (dangling link, FIFO, link loop) is an error, never
// skipped silently; so is a directory that cannot be read.
void walk(const fs::path& dir, std::vector<std::string>& files, Diagnostics& errors) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        entries.push_back(*it);
    if (ec) {
        bool denied = ec == std::errc::permission_denied;
        errors.push_back(error_at({display(dir)}, "unreadable-directory",
                                  denied ? "kan ikke lese mappen: ingen tilgang"
                                         : fmt::format("kan ikke lese mappen: {}", ec.message()),
                                  fmt::format("cannot read the directory: {}", ec.message())));
        return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) {
                  return a.path() < b.path();
              });
    for (const auto& e : entries) {
        // The listing's own file types where it gives them (no look at the file itself).
        std::error_code sec;
        bool link = e.is_symlink(sec);
        if (!link && e.is_directory(sec)) {
            walk(e.path(), files, errors);
            continue;
        }
        if (!is_yaml(e.path())) continue;
        if (!link && e.is_regular_file(sec)) {
            files.push_back(display(e.path()));
            continue;
        }
        auto st = fs::status(e.path(), sec);  // a link, or a file of another type
        if (fs::is_directory(st)) continue;
        if (fs::is_regular_file(st)) {
            files.push_back(display(e.path()));
        } else if (!fs::exists(st)) {
            errors.push_back(error_at({display(e.path())}, "no-such-path",
                                      "lenken peker ikke på noen fil (brutt eller sirkulær lenke)",
                                      "the link points to no file (a dangling or circular link)"));
        } else {
            errors.push_back(error_at({display(e.path())}, "not-a-file", "er ikke en vanlig fil",
                                      "is not a regular file"));
        }
    }
}

void collect_files(const std::string& arg, std::vector<std::string>& files, Diagnostics& errors) {
    fs::path root(arg);
    std::error_code ec;
    auto st = fs::status(root, ec);
    if (!fs::exists(st)) {
        errors.push_back(error_at({arg}, "no-such-path", "finner ikke filen eller mappen",
                                  "no such file or directory"));
        return;
    }
    if (fs::is_regular_file(st)) {
        files.push_back(display(root));
        return;
    }
    if (!fs::is_directory(st)) {
        errors.push_back(error_at({arg}, "not-a-file", "er verken en fil eller en mappe",
                                  "is neither a file nor a directory"));
        return;
    }
    size_t before = files.size(), errors_before = errors.size();
    walk(root, files, errors);
    if (files.size() == before && errors.size() == errors_before) {
        errors.push_back(error_at({display(root)}, "no-yaml-files",
                                  "mappen inneholder ingen .yaml- eller .yml-filer",
                                  "the directory contains no .yaml or .yml files"));
    }
}

bool read_file(const std::string& path, std::string& out, Diagnostics& errors, size_t max_bytes) {
    // Refuse an oversized file before reading it into memory.
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    if (!ec && size > max_bytes) {
        errors.push_back(error_at(
            {path}, "limit-size",
            fmt::format("filen er {} byte, over grensen på {} byte", size, max_bytes),
            fmt::format("the file is {} bytes, over the limit of {} bytes", size, max_bytes)));
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back(
            error_at({path}, "unreadable-file", "kan ikke lese filen", "cannot read the file"));
        return false;
    }
    out.clear();
    if (!ec) out.reserve(size);
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        out.append(buffer, static_cast<size_t>(in.gcount()));
        if (out.size() > max_bytes) break;  // grew while being read
    }
    if (in.bad()) {
        errors.push_back(
            error_at({path}, "unreadable-file", "kan ikke lese filen", "cannot read the file"));
        return false;
    }
    if (out.size() > max_bytes) {
        errors.push_back(error_at(
            {path}, "limit-size", fmt::format("filen er over grensen på {} byte", max_bytes),
            fmt::format("the file is over the limit of {} bytes", max_bytes)));
        return false;
    }
    return true;
}

std::string scalar_or_empty(const yaml::Node& root, const char* key) {
    const yaml::Node* n = root.get(key);
    return n && n->is_scalar() ? n->value : std::string{};
}

// Absolute, normalised directory of a file: the key that groups documents into services.
std::string group_dir(const std::string& file) {
    // The working directory, asked once (fs::absolute asks the system for it on every call).
    static const std::optional<fs::path> cwd = []() -> std::optional<fs::path> {
        std::error_code ec;
        fs::path p = fs::current_path(ec);
        if (ec) return std::nullopt;
        return p;
    }();
    fs::path p(file);
    if (p.is_relative() && cwd) p = *cwd / p;
    return p.lexically_normal().parent_path().generic_string();
}

bool is_within(const std::string& dir, const std::string& ancestor) {
    if (dir == ancestor) return true;
    if (dir.size() <= ancestor.size() || dir.compare(0, ancestor.size(), ancestor) != 0)
        return false;
    return ancestor.back() == '/' || dir[ancestor.size()] == '/';
}

}  // namespace

void walk_yaml_files(const std::string& dir, std::vector<std::string>& files, Diagnostics& errors) {
    walk(fs::path(dir), files, errors);
}

namespace {

// What one file contributes: its hash, its valid documents, its errors. Files are independent
// until grouping, so this runs in parallel; the results are merged in file order.
struct FileResult {
    bool read = false;
    std::string hash;
    std::vector<RoutineDoc> docs;
    Diagnostics errors;
    size_t documents = 0;
    std::vector<std::string> broken_service_dirs;
};

FileResult load_file(const std::string& file, const std::string& bytes,
                     const std::vector<std::string>& tags, const yaml::Limits& limits,
                     bool hash = true) {
    FileResult fr;
    fr.read = true;
    if (hash) fr.hash = sha256_hex(bytes);
    auto parsed = yaml::parse(bytes, file, limits);
    if (!parsed.errors.empty()) {
        fr.errors = std::move(parsed.errors);
        return fr;
    }
    if (parsed.docs.empty()) {
        fr.errors.push_back(error_at({file}, "empty-file", "filen inneholder ingen YAML-dokumenter",
                                     "the file contains no YAML documents"));
        return fr;
    }
    for (auto& d : parsed.docs) {
        size_t before = fr.errors.size();
        validate_document(d.root, file, tags, fr.errors);
        ++fr.documents;
        if (fr.errors.size() != before) {
            if (scalar_or_empty(d.root, "type") == "tjeneste")
                fr.broken_service_dirs.push_back(group_dir(file));
            continue;
        }
        RoutineDoc rd;
        rd.file = file;
        rd.index = d.index;
        rd.type = scalar_or_empty(d.root, "type");
        rd.id = scalar_or_empty(d.root, "id");
        rd.spec = find_document_type(rd.type);
        rd.root = std::move(d.root);
        fr.docs.push_back(std::move(rd));
    }
    return fr;
}

LoadResult group(std::vector<FileResult>&& files, const std::vector<std::string>& names,
                 std::map<std::string, Location>& service_ids);

// Whether a file holds a service document, valid or not: then its directory's whole subtree
// may belong to that service.
bool has_service(const FileResult& fr) {
    return !fr.broken_service_dirs.empty() ||
           std::any_of(fr.docs.begin(), fr.docs.end(),
                       [](const RoutineDoc& d) { return d.spec->service; });
}

std::string parent_dir(const std::string& dir) {
    size_t slash = dir.find_last_of('/');
    if (slash == std::string::npos || dir == "/") return {};
    return slash == 0 ? std::string{"/"} : dir.substr(0, slash);
}

// The files in batch order: a directory's own files (by name) before everything in its
// subdirectories, so that every subtree is one run of files. The key is the absolute directory
// with a trailing '/' and a byte below every printable one.
struct Planned {
    std::string key;
    std::string name;

    std::string_view dir_key() const {
        return std::string_view(key).substr(0, key.size() - 1);
    }                          // "…/"
    std::string dir() const {  // as group_dir gives it
        return key.size() > 2 ? key.substr(0, key.size() - 2) : key.substr(0, key.size() - 1);
    }
};

std::vector<Planned> plan(std::vector<std::string>&& names) {
    std::vector<Planned> out;
    out.reserve(names.size());
    for (auto& n : names) {
        std::string dir = group_dir(n);
        std::string key = dir.empty() || dir.back() != '/' ? dir + "/" : dir;
        key += '\x01';
        out.push_back({std::move(key), std::move(n)});
    }
    names.clear();
    names.shrink_to_fit();
    std::sort(out.begin(), out.end(), [](const Planned& a, const Planned& b) {
        return std::tie(a.key, a.name) < std::tie(b.key, b.name);
    });
    return out;
}

}  // namespace

LoadResult stream_routine_sets(const std::vector<std::string>& paths,
                               const std::vector<std::string>& tags, const yaml::Limits& limits,
                               const LoadOptions& options, const BatchSink& sink) {
    LoadResult total;
    std::vector<std::string> names;
    for (const auto& p : paths) collect_files(p, names, total.errors);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    // The same file named twice (relative and absolute, or through a link) is read once.
    {
        // A file that is not a link is its folder's canonical path plus its name; folders are
        // resolved once each, links on their own.
        std::vector<char> plain(names.size());
        parallel_for(names.size(), options.jobs, [&](size_t i) {
            std::error_code ec;
            plain[i] =
                fs::symlink_status(fs::path(names[i]), ec).type() == fs::file_type::regular && !ec;
        });
        auto canonical_of = [](const fs::path& p) {
            std::error_code ec;
            auto canon = fs::weakly_canonical(p, ec);
            return ec ? p.string() : canon.string();
        };
        std::map<std::string, std::string> folders;
        std::vector<std::string> canonical(names.size());
        for (size_t i = 0; i < names.size(); ++i) {
            fs::path p(names[i]);
            if (!plain[i] || !p.has_filename()) {
                canonical[i] = canonical_of(p);
                continue;
            }
            std::string parent = p.parent_path().string();
            auto it = folders.find(parent);
            if (it == folders.end())
                it = folders
                         .emplace(parent,
                                  canonical_of(parent.empty() ? fs::path(".") : fs::path(parent)))
                         .first;
            canonical[i] = (fs::path(it->second) / p.filename()).string();
        }
        std::set<std::string> seen;
        std::vector<std::string> unique;
        for (size_t i = 0; i < names.size(); ++i)
            if (seen.insert(std::move(canonical[i])).second) unique.push_back(std::move(names[i]));
        names = std::move(unique);
    }
    if (options.files) options.files(names);
    const std::vector<Planned> files = plan(std::move(names));

    // Batches: runs of whole directories, at least `batch_files` files, cut only where no
    // directory above the next file holds a service document (so no document can belong to a
    // service in another batch). Each batch is read, hashed, parsed and validated file by file in
    // parallel, grouped, handed to the sink and dropped.
    std::set<std::string> service_dirs;  // directories known to hold a service document
    std::map<std::string, Location>
        service_ids;  // across batches: service ids are unique in the whole set
    std::vector<FileResult> batch;
    std::vector<std::string> batch_names;
    std::atomic<size_t> done{0};
    // The outermost directory above `dir` that holds a service document; empty when none does
    // (then a batch may end before a file in `dir`).
    auto service_above = [&](const std::string& dir) {
        std::string outer;
        for (std::string up = parent_dir(dir); !up.empty(); up = parent_dir(up))
            if (service_dirs.count(up)) outer = up;
        return outer;
    };
    auto read_range = [&](size_t from, size_t to) {
        std::vector<FileResult> results(to - from);
        parallel_for(results.size(), options.jobs, [&](size_t k) {
            const std::string& name = files[from + k].name;
            std::string bytes;
            if (read_file(name, bytes, results[k].errors, limits.max_file_bytes)) {
                FileResult fr = load_file(name, bytes, tags, limits, options.hashes);
                for (auto& e : fr.errors) results[k].errors.push_back(std::move(e));
                fr.errors = std::move(results[k].errors);
                results[k] = std::move(fr);
            }
            if (options.progress) options.progress(done.fetch_add(1) + 1, files.size());
        });
        for (size_t k = 0; k < results.size(); ++k) {
            if (has_service(results[k])) service_dirs.insert(files[from + k].dir());
            batch.push_back(std::move(results[k]));
            batch_names.push_back(files[from + k].name);
        }
    };
    size_t at = 0;
    while (at < files.size()) {
        size_t end = std::min(files.size(), at + std::max<size_t>(options.batch_files, 1));
        while (end < files.size() && files[end].dir_key() == files[end - 1].dir_key()) ++end;
        read_range(at, end);
        at = end;
        // Until a batch may end: the rest of the subtree of the outermost service above the next
        // file.
        while (at < files.size()) {
            std::string outer = service_above(files[at].dir());
            if (outer.empty()) break;
            std::string prefix = outer.back() == '/' ? outer : outer + "/";
            end = at;
            while (end < files.size() && files[end].key.compare(0, prefix.size(), prefix) == 0)
                ++end;
            read_range(at, end);
            at = end;
        }
        LoadResult part = group(std::move(batch), batch_names, service_ids);
        batch.clear();
        batch_names.clear();
        total.files += part.files;
        total.documents += part.documents;
        for (auto& h : part.hashes) total.hashes.push_back(std::move(h));
        for (auto& e : part.errors) total.errors.push_back(std::move(e));
        sink(std::move(part.services), total.errors.empty());
    }
    std::sort(total.hashes.begin(), total.hashes.end());
    sort_diagnostics(total.errors);
    return total;
}

LoadResult load_routine_sets(const std::vector<std::string>& paths,
                             const std::vector<std::string>& tags, const yaml::Limits& limits,
                             const LoadOptions& options) {
    std::vector<Service> services;
    LoadResult result =
        stream_routine_sets(paths, tags, limits, options, [&](std::vector<Service>&& part, bool) {
            for (auto& s : part) services.push_back(std::move(s));
        });
    std::stable_sort(services.begin(), services.end(), [](const Service& a, const Service& b) {
        return std::tie(a.doc.file, a.doc.index) < std::tie(b.doc.file, b.doc.index);
    });
    result.services = std::move(services);
    return result;
}

LoadResult load_sources(const std::vector<SourceFile>& sources,
                        const std::vector<std::string>& tags, const yaml::Limits& limits) {
    std::vector<FileResult> results;
    std::vector<std::string> names;
    for (const auto& source : sources) {
        results.push_back(load_file(source.name, source.bytes, tags, limits));
        names.push_back(source.name);
    }
    std::map<std::string, Location> service_ids;
    return group(std::move(results), names, service_ids);
}

namespace {

LoadResult group(std::vector<FileResult>&& files, const std::vector<std::string>& names,
                 std::map<std::string, Location>& service_ids) {
    LoadResult result;
    result.files = names.size();
    std::vector<RoutineDoc> docs;
    std::vector<std::string> broken_service_dirs;
    for (size_t i = 0; i < files.size(); ++i) {
        FileResult& fr = files[i];
        if (fr.read && !fr.hash.empty()) result.hashes.emplace_back(names[i], std::move(fr.hash));
        for (auto& e : fr.errors) result.errors.push_back(std::move(e));
        result.documents += fr.documents;
        for (auto& b : fr.broken_service_dirs) broken_service_dirs.push_back(std::move(b));
        for (auto& d : fr.docs) docs.push_back(std::move(d));
        fr = FileResult{};
    }

    // Group: the service document of the same file wins, else the nearest directory above.
    struct Candidate {
        size_t service;
        std::string dir;
    };
    std::vector<Candidate> candidates;
    std::map<std::string, size_t> service_by_file;
    std::map<std::string, Location> service_by_dir;  // directory -> the service document's place
    std::vector<RoutineDoc> others;
    for (auto& d : docs) {
        if (!d.spec->service) {
            others.push_back(std::move(d));
            continue;
        }
        std::string dir = group_dir(d.file);
        if (auto it = service_by_dir.find(dir); it != service_by_dir.end()) {
            result.errors.push_back(error_at(
                d.location(), "two-services",
                fmt::format("to tjenestedokumenter i samme mappe (det andre står i {}); legg "
                            "hver tjeneste i sin egen mappe",
                            format_location(it->second)),
                fmt::format("two service documents in the same directory (the other is at {}); "
                            "put each service in its own directory",
                            format_location(it->second))));
            continue;
        }
        if (auto it = service_ids.find(d.id); it != service_ids.end()) {
            result.errors.push_back(error_at(d.location(), "duplicate-id",
                                             fmt::format("tjeneste-id «{}» er brukt før, i {}",
                                                         d.id, format_location(it->second)),
                                             fmt::format("service id «{}» is already used, at {}",
                                                         d.id, format_location(it->second))));
            continue;
        }
        service_by_dir[dir] = d.location();
        service_ids[d.id] = d.location();
        service_by_file[d.file] = result.services.size();
        candidates.push_back({result.services.size(), dir});
        result.services.push_back(Service{std::move(d), {}});
    }

    std::map<std::string, size_t> service_dir_index;  // directory -> its service
    for (const auto& c : candidates) service_dir_index.emplace(c.dir, c.service);
    for (auto& d : others) {
        std::optional<size_t> owner;
        if (auto it = service_by_file.find(d.file); it != service_by_file.end()) {
            owner = it->second;
        } else {
            // The nearest directory at or above with a service: walk up the parents (each
            // directory holds at most one service, see above).
            std::string dir = group_dir(d.file);
            while (true) {
                if (auto found = service_dir_index.find(dir); found != service_dir_index.end()) {
                    owner = found->second;
                    break;
                }
                size_t slash = dir.find_last_of('/');
                if (slash == std::string::npos || dir.empty()) break;
                dir = slash == 0 ? (dir == "/" ? std::string{} : std::string{"/"})
                                 : dir.substr(0, slash);
                if (dir.empty()) break;
            }
        }
        if (!owner &&
            std::any_of(broken_service_dirs.begin(), broken_service_dirs.end(),
                        [&](const std::string& b) { return is_within(group_dir(d.file), b); })) {
            continue;  // its service document is broken, and that error is already reported
        }
        if (!owner) {
            result.errors.push_back(error_at(
                d.location(), "no-service",
                "dokumentet hører ikke til noen tjeneste: ingen «type: tjeneste» i samme fil, "
                "samme mappe eller en mappe over",
                "the document belongs to no service: no «type: tjeneste» in the same file, the "
                "same directory or a directory above"));
            continue;
        }
        Service& s = result.services[*owner];
        if (d.id == s.doc.id) {
            result.errors.push_back(
                error_at(d.location(), "duplicate-id",
                         fmt::format("id «{}» er brukt før i samme tjeneste, i {}", d.id,
                                     format_location(s.doc.location())),
                         fmt::format("id «{}» is already used in the same service, at {}", d.id,
                                     format_location(s.doc.location()))));
            continue;
        }
        s.routines.push_back(std::move(d));
    }
    for (auto& s : result.services) {
        std::stable_sort(s.routines.begin(), s.routines.end(),
                         [](const RoutineDoc& a, const RoutineDoc& b) {
                             return std::tie(a.file, a.index) < std::tie(b.file, b.index);
                         });
        std::map<std::string, const RoutineDoc*> seen;
        for (auto& r : s.routines) {
            if (auto it = seen.find(r.id); it != seen.end()) {
                result.errors.push_back(
                    error_at(r.location(), "duplicate-id",
                             fmt::format("id «{}» er brukt før i samme tjeneste, i {}", r.id,
                                         format_location(it->second->location())),
                             fmt::format("id «{}» is already used in the same service, at {}", r.id,
                                         format_location(it->second->location()))));
                continue;
            }
            seen[r.id] = &r;
        }
    }
    sort_diagnostics(result.errors);
    return result;
}

}  // namespace

}  // namespace medvirk::model
