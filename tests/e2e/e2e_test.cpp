// End-to-end tests: run the real binary and compare exact stdout, stderr and exit status.
//
// Each case is a directory tests/e2e/cases/<name>/ holding:
//   args    one command-line argument per line
//   cwd     (optional) working directory relative to the repository root; default: the case directory
//   stdout, stderr, status   the expected results (UPDATE_GOLDEN=1 rewrites them)
// plus any input files the arguments name.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path root(MEDVIRK_SOURCE_DIR);

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void spit(const fs::path& p, const std::string& s) {
    std::ofstream out(p, std::ios::binary);
    out << s;
}

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);)
        if (!l.empty()) out.push_back(l);
    return out;
}

struct Run {
    std::string out, err;
    int status = -1;
};

Run run(const fs::path& cwd, const std::vector<std::string>& args) {
    fs::path tmp = fs::temp_directory_path() / ("medvirk-e2e-" + std::to_string(::getpid()));
    fs::create_directories(tmp);
    std::string cmd = "cd " + quote(cwd.string()) + " && NO_COLOR=1 " + quote(MEDVIRK_BINARY);
    for (const auto& a : args) cmd += " " + quote(a);
    cmd += " >" + quote((tmp / "out").string()) + " 2>" + quote((tmp / "err").string());
    int rc = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = slurp(tmp / "out");
    r.err = slurp(tmp / "err");
    fs::remove_all(tmp);
    return r;
}

}  // namespace

TEST_CASE("e2e: every case matches its golden output") {
    const bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(root / "tests" / "e2e" / "cases"))
        if (e.is_directory()) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(!cases.empty());
    for (const auto& c : cases) {
        CAPTURE(c.filename().string());
        REQUIRE(fs::exists(c / "args"));
        fs::path cwd = fs::exists(c / "cwd") ? root / lines(slurp(c / "cwd")).at(0) : c;
        Run r = run(cwd, lines(slurp(c / "args")));
        if (update) {
            spit(c / "stdout", r.out);
            spit(c / "stderr", r.err);
            spit(c / "status", std::to_string(r.status) + "\n");
            continue;
        }
        CHECK(r.status == std::stoi(slurp(c / "status")));
        CHECK(r.out == slurp(c / "stdout"));
        CHECK(r.err == slurp(c / "stderr"));
    }
}
