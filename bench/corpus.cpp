// medvirk-corpus: writes a synthetic, deterministic corpus of routine sets for the benchmark.
//
//   medvirk-corpus --documents 10000 --seed 1 --tags tags.txt OUT/
//
// OUT gets one folder per service (tjeneste.yaml and its routine documents, one YAML document a
// file). Services have 5 to 40 documents and are good, partly or poorly compliant. The tags file is
// the output of «medvirk rules tags»: a coverage tag and its description on each line.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/service.hpp"
#include "days.hpp"
#include "rng.hpp"

namespace fs = std::filesystem;

namespace {

struct Options {
    long documents = 0;
    uint64_t seed = 1;
    std::string tags_file;
    std::string as_of = "2026-11-23";
    std::string out;
};

[[noreturn]] void usage(const std::string& problem) {
    if (!problem.empty()) std::cerr << "medvirk-corpus: " << problem << "\n";
    std::cerr
        << "usage: medvirk-corpus --documents N [--seed S] --tags FILE [--as-of YYYY-MM-DD] OUT\n"
           "  --documents N  total number of documents (files), service documents included\n"
           "  --seed S       random seed (default 1); the same seed gives the same corpus\n"
           "  --tags FILE    coverage tags, one a line, as «medvirk rules tags» prints them\n"
           "  --as-of DATE   the audit date the corpus is written for (default 2026-11-23)\n"
           "  OUT            output folder; must not exist or be empty\n";
    std::exit(2);
}

Options parse_args(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) usage(a + " needs a value");
            return argv[++i];
        };
        if (a == "--documents")
            o.documents = std::strtol(value().c_str(), nullptr, 10);
        else if (a == "--seed")
            o.seed = std::strtoull(value().c_str(), nullptr, 10);
        else if (a == "--tags")
            o.tags_file = value();
        else if (a == "--as-of")
            o.as_of = value();
        else if (a == "-h" || a == "--help")
            usage("");
        else if (!a.empty() && a[0] == '-')
            usage("unknown option " + a);
        else if (o.out.empty())
            o.out = a;
        else
            usage("only one output folder");
    }
    if (o.documents < 1) usage("--documents must be at least 1");
    if (o.tags_file.empty()) usage("--tags is required");
    if (o.out.empty()) usage("no output folder");
    return o;
}

std::vector<bench::Tag> read_tags(const std::string& path) {
    std::ifstream in(path);
    if (!in) usage("cannot read " + path);
    std::vector<bench::Tag> tags;
    std::string line;
    while (std::getline(in, line)) {
        const size_t end = line.find_first_of(" \t");
        std::string tag = line.substr(0, end);
        if (tag.empty()) continue;
        std::string text;
        if (end != std::string::npos) {
            const size_t start = line.find_first_not_of(" \t", end);
            if (start != std::string::npos) text = line.substr(start);
        }
        while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
        if (text.empty()) text = "Rutinen beskriver hvordan dette gjøres (" + tag + ")";
        tags.push_back({tag, text});
    }
    if (tags.empty()) usage(path + " has no tags");
    return tags;
}

// Services are mostly small, some large: 5 to 40 documents.
int service_size(bench::Rng& rng) {
    const int roll = rng.between(0, 99);
    if (roll < 50) return rng.between(5, 12);
    if (roll < 85) return rng.between(13, 25);
    return rng.between(26, 40);
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse_args(argc, argv);
    long as_of = 0;
    if (!bench::parse_date(o.as_of, as_of)) usage("--as-of must be YYYY-MM-DD");
    const std::vector<bench::Tag> tags = read_tags(o.tags_file);

    std::error_code ec;
    if (fs::exists(o.out) && !fs::is_empty(o.out, ec)) usage(o.out + " exists and is not empty");
    fs::create_directories(o.out, ec);
    if (ec) usage("cannot create " + o.out + ": " + ec.message());

    bench::Rng rng(o.seed);
    long written = 0;
    long bytes = 0;
    int services = 0;
    while (written < o.documents) {
        const long left = o.documents - written;
        long size = std::min<long>(service_size(rng), left);
        if (left - size < 5) size = left;  // no tiny service at the end
        char folder[32];
        std::snprintf(folder, sizeof folder, "tjeneste-%05d", ++services);
        const fs::path dir = fs::path(o.out) / folder;
        for (const bench::File& f :
             bench::make_service(rng, tags, services, static_cast<int>(size), as_of)) {
            const fs::path path = dir / fs::path(f.path);
            fs::create_directories(path.parent_path());
            std::ofstream out(path, std::ios::binary);
            out << f.text;
            if (!out) {
                std::cerr << "medvirk-corpus: cannot write " << path.string() << "\n";
                return 2;
            }
            bytes += static_cast<long>(f.text.size());
            ++written;
        }
    }
    std::printf("%ld documents, %d services, %ld bytes (%.1f KB a document) in %s\n", written,
                services, bytes, static_cast<double>(bytes) / 1024.0 / static_cast<double>(written),
                o.out.c_str());
    return 0;
}
