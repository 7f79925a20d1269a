// End-to-end tests: run the real binary and compare exact stdout, stderr and exit status.
//
// Usage: medvirk_e2e CASE   (ctest registers one test per case: e2e/CASE)
//
// Each case is a directory tests/e2e/cases/<name>/ holding:
//   args    one command-line argument per line
//   cwd     (optional) working directory relative to the repository root; default: the case
//   directory env     (optional) one NAME=VALUE per line, set for the run (e.g.
//   MEDVIRK_TEST_ONLY_GIVEN_PACKS=1,
//           which audits with only the packs given by --rules: the test pack tests/e2e/pack)
//   stdout, stderr, status   the expected results (UPDATE_GOLDEN=1 rewrites them)
// plus any input files the arguments name. A mismatch prints a unified diff (diff -u) of the
// expected and the actual output, from the first differing lines on.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path root(MEDVIRK_SOURCE_DIR);
constexpr int diff_lines = 40;  // lines of each diff shown

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

Run run(const fs::path& tmp, const fs::path& cwd, const std::vector<std::string>& env,
        const std::vector<std::string>& args) {
    std::string cmd = "cd " + quote(cwd.string()) + " && NO_COLOR=1";
    for (const auto& e : env) {  // NAME=VALUE: the name as written (a quoted word is no assignment)
        const auto eq = e.find('=');
        if (eq == std::string::npos || eq == 0) return {"", "bad env line: " + e + "\n", -1};
        cmd += " " + e.substr(0, eq) + "=" + quote(e.substr(eq + 1));
    }
    cmd += " " + quote(MEDVIRK_BINARY);
    for (const auto& a : args) cmd += " " + quote(a);
    cmd += " >" + quote((tmp / "out").string()) + " 2>" + quote((tmp / "err").string());
    int rc = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = slurp(tmp / "out");
    r.err = slurp(tmp / "err");
    return r;
}

// Prints the first diff_lines lines of `diff -u expected actual`; false when they differ.
bool same(const fs::path& tmp, const fs::path& golden, const std::string& actual,
          const std::string& what) {
    const std::string expected = slurp(golden);
    if (expected == actual) return true;
    const fs::path file = tmp / ("actual-" + what);
    spit(file, actual);
    std::cout << "--- " << what << " differs from " << golden.string() << ":\n" << std::flush;
    std::string cmd = "diff -u -a --label " + quote("expected " + what) + " --label " +
                      quote("actual " + what) + " " + quote(golden.string()) + " " +
                      quote(file.string()) + " > " + quote((tmp / "diff").string());
    (void)std::system(cmd.c_str());
    std::istringstream diff(slurp(tmp / "diff"));
    int shown = 0, total = 0;
    for (std::string l; std::getline(diff, l); ++total)
        if (shown < diff_lines) {
            std::cout << l << '\n';
            ++shown;
        }
    if (total > shown) std::cout << "… " << total - shown << " more line(s) of diff\n";
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: medvirk_e2e CASE (a directory under tests/e2e/cases)\n";
        return 2;
    }
    const std::string name = argv[1];
    const fs::path c = root / "tests" / "e2e" / "cases" / name;
    if (!fs::exists(c / "args")) {
        std::cerr << "no such case (or it has no args file): " << c.string() << "\n";
        return 2;
    }
    const fs::path cwd = fs::exists(c / "cwd") ? root / lines(slurp(c / "cwd")).at(0) : c;
    const std::vector<std::string> env =
        fs::exists(c / "env") ? lines(slurp(c / "env")) : std::vector<std::string>{};

    const fs::path tmp = fs::temp_directory_path() / ("medvirk-e2e-" + std::to_string(::getpid()));
    fs::create_directories(tmp);
    const Run r = run(tmp, cwd, env, lines(slurp(c / "args")));

    int rc = 0;
    if (std::getenv("UPDATE_GOLDEN")) {
        spit(c / "stdout", r.out);
        spit(c / "stderr", r.err);
        spit(c / "status", std::to_string(r.status) + "\n");
    } else {
        const int expected = std::atoi(slurp(c / "status").c_str());
        if (r.status != expected) {
            std::cout << "--- exit status: expected " << expected << ", actual " << r.status
                      << "\n";
            rc = 1;
        }
        if (!same(tmp, c / "stdout", r.out, "stdout")) rc = 1;
        if (!same(tmp, c / "stderr", r.err, "stderr")) rc = 1;
    }
    fs::remove_all(tmp);
    if (rc == 0) std::cout << "e2e/" << name << ": ok\n";
    return rc;
}
