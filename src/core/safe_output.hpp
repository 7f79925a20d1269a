#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"

namespace medvirk::safe_output {

// How medvirk writes a file it makes (docs/security.md):
//  - an output that names an input of the run, or two outputs that name one file, are refused
//    before any work (check_distinct, check_not_input);
//  - the content goes to a temporary file with an unpredictable name, created exclusively
//    (O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600) in the target's folder, and registered so that a
//    signal removes it (core/temp_files.hpp);
//  - only when every output of the run is complete are they put in place, together (commit_all),
//    each keeping the mode of the file it replaces; a failure puts back the files already replaced.
// A symlink at the output name is followed (the file it points to is replaced); a device or pipe
// (/dev/null, a FIFO) is written directly, since it cannot be replaced.

// Device and inode of an existing file (symlinks followed).
struct FileId {
    std::uint64_t dev = 0, ino = 0;
    bool operator==(const FileId&) const = default;
};
std::optional<FileId> identify(const std::string& path);

// The file that writing `path` replaces: a symlink at the name is followed to its target.
std::filesystem::path resolve(const std::string& path);

// Refuses two outputs that land in one file: the same regular file (device and inode: also
// through symlinks and hard links) or the same path once resolved (`a/../b`, links in the folder).
// Devices and pipes may be named more than once.
std::optional<Text> check_distinct(const std::vector<std::string>& outputs);

// Refuses an output that is one of the files the run reads (by device and inode, so also through
// a symlink or a hard link). Both paths are named.
std::optional<Text> check_not_input(const std::vector<std::string>& outputs,
                                    const std::vector<std::string>& inputs);

// Refuses an output named like a routine or rule-pack file (.yaml, .yml): no output of medvirk is
// YAML, and such a file would be read as a routine file by the next run.
std::optional<Text> check_not_yaml(const std::string& output);

// Checks, without writing, that the output's folder exists and can be written, and that the
// output is not a folder: the reason is given with the folder's name.
std::optional<Text> check_writable(const std::string& output);

// One output file: written to its temporary file, then put in place by commit_all.
class AtomicFile {
  public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();  // removes the temporary file unless it was committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Creates the temporary file (or opens a device or pipe). An error names the file and why.
    std::optional<Text> open();
    void write(std::string_view text);
    // Flushes; an error if anything could not be written.
    std::optional<Text> close();

    const std::string& path() const { return path_; }
    // The temporary file (empty for a device or pipe, or before open).
    const std::string& temp_path() const { return tmp_; }

  private:
    friend std::optional<Text> commit_all(const std::vector<AtomicFile*>& files);
    enum class Placed { no, swapped, fresh, replaced };

    std::string path_;  // as the user named it
    std::filesystem::path target_;
    std::string tmp_;
    std::string buffer_;
    int fd_ = -1;
    int slot_ = -1;
    int errno_ = 0;  // the first write error
    bool direct_ = false, opened_ = false, held_ = false;
    Placed placed_ = Placed::no;

    void flush();
    void discard();
    Text error(const std::string& nb_why, const std::string& en_why) const;
};

// Puts every closed file in place, with signals held off until done: all of them, or none (the
// files replaced before a failure get their old content back, through an atomic exchange).
std::optional<Text> commit_all(const std::vector<AtomicFile*>& files);

// For tests only: when the environment variable MEDVIRK_TEST_HOLD names a FIFO, every temporary
// file, after its first bytes are written, writes its path and a newline to that FIFO, then waits
// until a writer has opened and closed the FIFO of the same name with ".go" added. A test can so
// interrupt a write at a known point, without timing; nothing else uses it.
inline constexpr const char* hold_variable = "MEDVIRK_TEST_HOLD";

}  // namespace medvirk::safe_output
