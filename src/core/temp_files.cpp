#include "core/temp_files.hpp"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace medvirk::temp_files {

namespace {

// state: 0 free, 1 being filled or emptied, 2 holds a path the handler may unlink.
struct Slot {
    std::atomic<int> state{0};
    char path[max_path + 1] = {};
};
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");

Slot table[slots];

constexpr int handled[] = {SIGINT, SIGTERM, SIGHUP};

void unlink_registered() {
    for (auto& s : table) {
        int ready = 2;
        if (s.state.compare_exchange_strong(ready, 1, std::memory_order_acq_rel)) {
            ::unlink(s.path);
            s.state.store(0, std::memory_order_release);
        }
    }
}

// Only async-signal-safe calls: unlink, sigaction, raise, _exit.
extern "C" void on_signal(int sig) {
    int saved_errno = errno;
    unlink_registered();
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, nullptr);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    pthread_sigmask(SIG_UNBLOCK, &unblock, nullptr);
    raise(sig);
    errno = saved_errno;
    _exit(128 + sig);  // not reached: the default action of these signals ends the process
}

sigset_t handled_set() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : handled) sigaddset(&set, sig);
    return set;
}

}  // namespace

void install_handlers() {
    for (int sig : handled) {
        struct sigaction old {};
        if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;
        struct sigaction sa {};
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        for (int other : handled) sigaddset(&sa.sa_mask, other);  // one handler at a time
        sigaction(sig, &sa, nullptr);
    }
}

int add(const std::string& path) {
    if (path.size() > max_path || path.find('\0') != std::string::npos) return -1;
    for (size_t i = 0; i < slots; ++i) {
        int free_slot = 0;
        if (!table[i].state.compare_exchange_strong(free_slot, 1, std::memory_order_acq_rel))
            continue;
        std::memcpy(table[i].path, path.c_str(), path.size() + 1);
        table[i].state.store(2, std::memory_order_release);
        return static_cast<int>(i);
    }
    return -1;
}

void remove(int slot) {
    if (slot < 0 || static_cast<size_t>(slot) >= slots) return;
    // Wait out a handler that is unlinking this very slot (it runs to the end without blocking).
    for (;;) {
        int ready = 2;
        if (table[slot].state.compare_exchange_strong(ready, 1, std::memory_order_acq_rel)) break;
        if (ready == 0) return;
    }
    table[slot].path[0] = '\0';
    table[slot].state.store(0, std::memory_order_release);
}

size_t count() {
    size_t n = 0;
    for (const auto& s : table)
        if (s.state.load(std::memory_order_acquire) == 2) ++n;
    return n;
}

void unlink_all() { unlink_registered(); }

SignalBlock::SignalBlock() {
    sigset_t set = handled_set();
    pthread_sigmask(SIG_BLOCK, &set, &saved_);
}

SignalBlock::~SignalBlock() { pthread_sigmask(SIG_SETMASK, &saved_, nullptr); }

}  // namespace medvirk::temp_files
