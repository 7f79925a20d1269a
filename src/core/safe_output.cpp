#include "core/safe_output.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>

#include "core/temp_files.hpp"

namespace medvirk::safe_output {

namespace fs = std::filesystem;

namespace {

constexpr size_t buffer_size = 1 << 16;

std::string folder_of(const fs::path& p) {
    std::string dir = p.parent_path().string();
    return dir.empty() ? "." : dir;
}

// The reason a file could not be created in `dir`, in both languages.
Text why_not_created(int err, const std::string& dir) {
    switch (err) {
        case ENOENT:
            return {fmt::format("mappen {} finnes ikke", dir),
                    fmt::format("the folder {} does not exist", dir)};
        case ENOTDIR:
            return {fmt::format("{} er ikke en mappe", dir),
                    fmt::format("{} is not a folder", dir)};
        case EACCES:
        case EPERM:
            return {fmt::format("ingen skrivetilgang til mappen {}", dir),
                    fmt::format("no permission to write in the folder {}", dir)};
        case EROFS:
            return {fmt::format("mappen {} er på et skrivebeskyttet filsystem", dir),
                    fmt::format("the folder {} is on a read-only file system", dir)};
        case ENOSPC:
        case EDQUOT:
            return {fmt::format("ikke plass i mappen {}", dir),
                    fmt::format("no space left in the folder {}", dir)};
        default:
            return {
                fmt::format("kan ikke lage en fil i mappen {}: {}", dir, std::strerror(err)),
                fmt::format("cannot create a file in the folder {}: {}", dir, std::strerror(err))};
    }
}

// Why a file could not be written or closed, in both languages.
Text why_not_written(int err) {
    switch (err) {
        case ENOSPC:
        case EDQUOT: return {"disken er full", "the disk is full"};
        case EFBIG:
            return {"filen blir større enn grensen for filstørrelse",
                    "the file would exceed the file-size limit"};
        default: return {std::strerror(err), std::strerror(err)};
    }
}

// Sixteen hex digits from the kernel's random source.
std::string random_tag() {
    unsigned char bytes[8];
    if (getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
        std::random_device rd;
        for (auto& b : bytes) b = static_cast<unsigned char>(rd());
    }
    std::string tag;
    for (unsigned char b : bytes) tag += fmt::format("{:02x}", b);
    return tag;
}

// At most `n` bytes of a file name, cut at a character boundary (a temporary name must fit
// NAME_MAX).
std::string name_prefix(const std::string& name, size_t n) {
    if (name.size() <= n) return name;
    size_t cut = n;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    return name.substr(0, cut);
}

// The test hook: tells the FIFO which temporary file is held, then waits until a writer has
// opened and closed the FIFO named like it with ".go" added.
void hold_for_test(const std::string& tmp) {
    const char* fifo = std::getenv(hold_variable);
    if (!fifo || !*fifo) return;
    int fd = ::open(fifo, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return;
    std::string line = tmp + "\n";
    if (::write(fd, line.data(), line.size()) < 0) {
        // the test stopped listening: carry on
    }
    ::close(fd);
    fd = ::open((std::string(fifo) + ".go").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    char c;
    while (::read(fd, &c, 1) > 0) {
    }
    ::close(fd);
}

bool is_regular(const std::string& path, struct stat& st) {
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// What two outputs are compared by: device and inode when the file exists, else the resolved path.
std::optional<std::string> landing_key(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return std::nullopt;  // devices and pipes; folders are refused later
        return fmt::format("id:{}:{}", static_cast<std::uint64_t>(st.st_dev),
                           static_cast<std::uint64_t>(st.st_ino));
    }
    std::error_code ec;
    fs::path target = fs::absolute(resolve(path), ec);
    fs::path canon = fs::weakly_canonical(target, ec);
    return "path:" + (ec ? target.lexically_normal().string() : canon.string());
}

}  // namespace

std::optional<FileId> identify(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return FileId{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

fs::path resolve(const std::string& path) {
    fs::path p(path);
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(p, ec))) {
        auto target = fs::canonical(p, ec);
        if (!ec) return target;
    }
    return p;
}

std::optional<Text> check_distinct(const std::vector<std::string>& outputs) {
    std::map<std::string, std::string> seen;  // key -> first output naming it
    for (const auto& out : outputs) {
        auto key = landing_key(out);
        if (!key) continue;
        auto [it, fresh] = seen.emplace(*key, out);
        if (fresh) continue;
        if (it->second == out) {
            return Text{
                fmt::format("{} er gitt som utdata to ganger; hvert format må ha sin egen fil",
                            out),
                fmt::format("{} is named as an output twice; every format needs a file of its own",
                            out)};
        }
        return Text{
            fmt::format("{} og {} er samme fil; hvert format må ha sin egen fil", it->second, out),
            fmt::format("{} and {} are the same file; every format needs a file of its own",
                        it->second, out)};
    }
    return std::nullopt;
}

std::optional<Text> check_not_input(const std::vector<std::string>& outputs,
                                    const std::vector<std::string>& inputs) {
    std::map<std::pair<std::uint64_t, std::uint64_t>, std::string> outs;
    for (const auto& out : outputs) {
        struct stat st;
        if (is_regular(out, st))
            outs.emplace(std::pair{static_cast<std::uint64_t>(st.st_dev),
                                   static_cast<std::uint64_t>(st.st_ino)},
                         out);
    }
    if (outs.empty()) return std::nullopt;
    for (const auto& in : inputs) {
        auto id = identify(in);
        if (!id) continue;
        auto it = outs.find({id->dev, id->ino});
        if (it == outs.end()) continue;
        std::string same = it->second == in ? "" : fmt::format(" ({})", in);
        return Text{fmt::format("utdatafilen {} er også en fil kjøringen leser{}; medvirk skriver "
                                "aldri over det den leser",
                                it->second, same),
                    fmt::format("the output file {} is also a file the run reads{}; medvirk never "
                                "writes over what it reads",
                                it->second, same)};
    }
    return std::nullopt;
}

std::optional<Text> check_not_yaml(const std::string& output) {
    std::string ext = fs::path(output).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".yaml" && ext != ".yml") return std::nullopt;
    return Text{
        fmt::format("{} har filendelsen til en rutinefil (.yaml/.yml); medvirk skriver ikke "
                    "rapporter eller "
                    "grunnlinjer til slike filer (byttet om argumentene?)",
                    output),
        fmt::format(
            "{} has the extension of a routine file (.yaml/.yml); medvirk writes no report or "
            "baseline to such a file (arguments swapped?)",
            output)};
}

std::optional<Text> check_writable(const std::string& output) {
    fs::path target = resolve(output);
    struct stat st;
    if (::stat(target.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return Text{fmt::format("kan ikke skrive {}: det er en mappe", output),
                        fmt::format("cannot write {}: it is a directory", output)};
        if (!S_ISREG(st.st_mode)) return std::nullopt;  // a device or pipe: written directly
    }
    std::string dir = folder_of(target);
    int err = 0;
    if (::stat(dir.c_str(), &st) != 0)
        err = errno;
    else if (!S_ISDIR(st.st_mode))
        err = ENOTDIR;
    else if (::access(dir.c_str(), W_OK | X_OK) != 0)
        err = errno;
    if (!err) return std::nullopt;
    Text why = why_not_created(err, dir);
    return Text{fmt::format("kan ikke skrive {}: {}", output, why.nb),
                fmt::format("cannot write {}: {}", output, why.en)};
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {}

AtomicFile::~AtomicFile() {
    if (placed_ == Placed::no) discard();
}

Text AtomicFile::error(const std::string& nb_why, const std::string& en_why) const {
    return {fmt::format("kan ikke skrive {}: {}", path_, nb_why),
            fmt::format("cannot write {}: {}", path_, en_why)};
}

std::optional<Text> AtomicFile::open() {
    if (opened_) return std::nullopt;
    opened_ = true;
    target_ = resolve(path_);
    struct stat st;
    if (::stat(target_.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return error("det er en mappe", "it is a directory");
        if (!S_ISREG(st.st_mode)) {
            // A device or pipe (/dev/null, /dev/stdout, a FIFO): written directly.
            direct_ = true;
            fd_ = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
            if (fd_ < 0) return error(std::strerror(errno), std::strerror(errno));
            return std::nullopt;
        }
    }
    std::string dir = folder_of(target_);
    std::string stem = "." + name_prefix(target_.filename().string(), 160) + ".";
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string tmp = (fs::path(dir) / (stem + random_tag() + ".medvirk-tmp")).string();
        // Created and registered with signals held off, so that an interruption never leaves it
        // behind.
        temp_files::SignalBlock block;
        int fd = ::open(tmp.c_str(),
                        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
        if (fd < 0) {
            if (errno == EEXIST) continue;
            Text why = why_not_created(errno, dir);
            return error(why.nb, why.en);
        }
        slot_ = temp_files::add(tmp);
        if (slot_ < 0) {
            ::close(fd);
            ::unlink(tmp.c_str());
            return error("for mange midlertidige filer", "too many temporary files");
        }
        fd_ = fd;
        tmp_ = std::move(tmp);
        buffer_.reserve(buffer_size);
        return std::nullopt;
    }
    return error(fmt::format("fant ikke et ledig navn for en midlertidig fil i mappen {}", dir),
                 fmt::format("found no free name for a temporary file in the folder {}", dir));
}

void AtomicFile::flush() {
    size_t done = 0;
    while (errno_ == 0 && done < buffer_.size()) {
        ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            errno_ = errno;
        } else {
            done += static_cast<size_t>(n);
        }
    }
    buffer_.clear();
}

void AtomicFile::write(std::string_view text) {
    if (fd_ < 0 || errno_) return;
    buffer_.append(text);
    if (!held_ && !direct_) {
        held_ = true;
        if (std::getenv(hold_variable)) {
            flush();
            hold_for_test(tmp_);
        }
    }
    if (buffer_.size() >= buffer_size) flush();
}

std::optional<Text> AtomicFile::close() {
    if (fd_ < 0) return error("filen er ikke åpen", "the file is not open");
    flush();
    if (errno_) {
        Text why = why_not_written(errno_);
        return error(why.nb, why.en);
    }
    if (direct_) {
        int rc = ::close(fd_);
        fd_ = -1;
        if (rc != 0) {
            Text why = why_not_written(errno);
            return error(why.nb, why.en);
        }
    }
    return std::nullopt;  // a temporary file stays open until commit_all sets its mode
}

void AtomicFile::discard() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!tmp_.empty()) {
        temp_files::SignalBlock block;
        ::unlink(tmp_.c_str());
        temp_files::remove(slot_);
        slot_ = -1;
        tmp_.clear();
    }
}

namespace {

mode_t creation_mode() {
    mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

}  // namespace

std::optional<Text> commit_all(const std::vector<AtomicFile*>& files) {
    temp_files::SignalBlock block;
    const mode_t fresh_mode = creation_mode();
    std::optional<Text> failure;
    std::vector<AtomicFile*> placed;
    for (AtomicFile* f : files) {
        if (f->direct_ || f->placed_ != AtomicFile::Placed::no) continue;
        if (f->fd_ < 0 || f->tmp_.empty()) {
            failure = f->error("filen er ikke skrevet", "the file was not written");
            break;
        }
        const char* tmp = f->tmp_.c_str();
        const char* target = f->target_.c_str();
        struct stat st;
        bool exists = ::stat(target, &st) == 0;
        if (exists && S_ISDIR(st.st_mode)) {
            failure = f->error("det er en mappe", "it is a directory");
            break;
        }
        // The mode (and, where the system allows, the owner and group) of the file replaced.
        bool replaces = exists && S_ISREG(st.st_mode);
        ::fchmod(f->fd_, replaces ? (st.st_mode & 07777) : fresh_mode);
        if (replaces && (st.st_uid != ::geteuid() || st.st_gid != ::getegid())) {
            // Owner and group where allowed (root), else the group alone (a member of it), else
            // the new file is the runner's (docs/security.md).
            if (::fchown(f->fd_, st.st_uid, st.st_gid) != 0 &&
                ::fchown(f->fd_, static_cast<uid_t>(-1), st.st_gid) != 0) {
            }
            ::fchmod(f->fd_, st.st_mode & 07777);  // chown may clear set-id bits
        }
        int rc = ::close(f->fd_);
        f->fd_ = -1;
        if (rc != 0) {
            Text why = why_not_written(errno);
            failure = f->error(why.nb, why.en);
            break;
        }
        // An existing file is exchanged with the temporary one, so that it can be put back.
        if (replaces && ::renameat2(AT_FDCWD, tmp, AT_FDCWD, target, RENAME_EXCHANGE) == 0) {
            f->placed_ = AtomicFile::Placed::swapped;
        } else if (!replaces &&
                   ::renameat2(AT_FDCWD, tmp, AT_FDCWD, target, RENAME_NOREPLACE) == 0) {
            f->placed_ = AtomicFile::Placed::fresh;
        } else if (::rename(tmp, target) == 0) {
            // The file system has no exchange, or another run made or removed the file meanwhile.
            f->placed_ = replaces ? AtomicFile::Placed::replaced : AtomicFile::Placed::fresh;
        } else {
            int err = errno;
            failure = f->error(std::strerror(err), std::strerror(err));
            break;
        }
        placed.push_back(f);
    }
    if (failure) {
        // Put back what was already replaced, newest first.
        for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
            AtomicFile* f = *it;
            const char* tmp = f->tmp_.c_str();
            const char* target = f->target_.c_str();
            if (f->placed_ == AtomicFile::Placed::swapped) {
                if (::renameat2(AT_FDCWD, tmp, AT_FDCWD, target, RENAME_EXCHANGE) != 0) {
                    // The old content stays where it is, under the temporary name: said, never
                    // removed.
                    failure->nb +=
                        fmt::format("; det gamle innholdet i {} ligger i {}", f->path_, f->tmp_);
                    failure->en +=
                        fmt::format("; the old content of {} is kept in {}", f->path_, f->tmp_);
                    temp_files::remove(f->slot_);
                    f->slot_ = -1;
                    f->tmp_.clear();
                }
            } else if (f->placed_ == AtomicFile::Placed::replaced) {
                failure->nb +=
                    fmt::format("; {} var allerede erstattet og kan ikke settes tilbake", f->path_);
                failure->en +=
                    fmt::format("; {} was already replaced and cannot be put back", f->path_);
                temp_files::remove(f->slot_);
                f->slot_ = -1;
                f->tmp_.clear();
            } else if (f->placed_ == AtomicFile::Placed::fresh) {
                ::unlink(target);
            }
            f->placed_ = AtomicFile::Placed::no;
        }
        for (AtomicFile* f : files)
            if (!f->direct_ && f->placed_ == AtomicFile::Placed::no) f->discard();
        return failure;
    }
    for (AtomicFile* f : placed) {
        if (f->placed_ == AtomicFile::Placed::swapped)
            ::unlink(f->tmp_.c_str());  // the old content
        temp_files::remove(f->slot_);
        f->slot_ = -1;
        f->tmp_.clear();
    }
    return std::nullopt;
}

}  // namespace medvirk::safe_output
