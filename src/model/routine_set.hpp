#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/diag.hpp"
#include "model/format.hpp"
#include "yaml/node.hpp"
#include "yaml/parse.hpp"

namespace medvirk::model {

// One validated YAML document of a routine set.
struct RoutineDoc {
    std::string file;  // path as the user named it, '/'-separated
    int index = 0;     // document position in the file
    std::string type;
    std::string id;
    const DocumentType* spec = nullptr;
    yaml::Node root;

    Location location() const { return {file, root.line, root.col}; }
    Location location_of(const yaml::Node& n) const { return {file, n.line, n.col}; }
};

// A service and its routines, audited together.
struct Service {
    RoutineDoc doc;                    // the `type: tjeneste` document
    std::vector<RoutineDoc> routines;  // sorted by file, then document index
};

struct LoadResult {
    std::vector<Service> services;  // sorted by the service document's file
    Diagnostics errors;             // every problem in every file; empty means a complete load
    size_t files = 0;
    size_t documents = 0;
    std::vector<std::pair<std::string, std::string>>
        hashes;  // file -> SHA-256 of its bytes, sorted
};

// Validates one parsed document against the format. `tags` is the sorted vocabulary of
// coverage tags (`dekker:`) known to the loaded rule packs.
void validate_document(const yaml::Node& root, const std::string& file,
                       const std::vector<std::string>& tags, Diagnostics& errors);

// The .yaml/.yml files under a directory, recursively in sorted order, with '/'-separated paths.
// Directory symlinks are not followed; unreadable directories and .yaml entries that are not
// regular files (dangling links, FIFOs) are reported as errors, never skipped silently.
void walk_yaml_files(const std::string& dir, std::vector<std::string>& files, Diagnostics& errors);

// A file's name (for messages and grouping) and its bytes.
struct SourceFile {
    std::string name;
    std::string bytes;
};

// Parses, validates and groups files already in memory (the core of load_routine_sets; also what
// the fuzz targets drive). Files are taken in the given order; names should be sorted.
LoadResult load_sources(const std::vector<SourceFile>& files, const std::vector<std::string>& tags,
                        const yaml::Limits& limits = {});

// Finds the YAML files under the given paths (directories are walked recursively, in sorted
// order), parses and validates every document, and groups the documents into services: each
// document belongs to the `tjeneste` document in its own file, else in the nearest directory
// at or above it.
struct LoadOptions {
    unsigned jobs =
        1;  // files read, parsed and validated in parallel; the result does not depend on it
    bool hashes = true;  // compute each file's SHA-256 (reports list them); validate does without
    // Called after each file (from any thread): files done, files in all.
    std::function<void(size_t, size_t)> progress;
    // Called once, before any file is read, with the files that will be read (sorted).
    std::function<void(const std::vector<std::string>&)> files;
    // Files read before a batch may be cut (stream_routine_sets); the result does not depend on it.
    size_t batch_files = 1024;
};

// Everything at once: services sorted by the service document's file.
LoadResult load_routine_sets(const std::vector<std::string>& paths,
                             const std::vector<std::string>& tags, const yaml::Limits& limits = {},
                             const LoadOptions& options = {});

// The same load in batches, so that memory holds one batch of documents, not the whole set:
// each batch is whole services (all documents of a service are in the same batch), handed to
// `sink` with whether no error has been found so far, and dropped when the sink returns. Batches
// come in directory order, not sorted; the returned result has no services, and its errors,
// counts and hashes are those of the whole set, as load_routine_sets gives them.
using BatchSink = std::function<void(std::vector<Service>&& services, bool clean)>;
LoadResult stream_routine_sets(const std::vector<std::string>& paths,
                               const std::vector<std::string>& tags, const yaml::Limits& limits,
                               const LoadOptions& options, const BatchSink& sink);

}  // namespace medvirk::model
