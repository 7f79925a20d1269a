#include "core/parallel.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace medvirk {

namespace {

// Test hook, documented in docs/fuzzing.md: MEDVIRK_TEST_MAX_THREADS=N makes every thread after the
// N-th extra one of a parallel_for fail to start, as under a process limit (RLIMIT_NPROC, a
// cgroup's pids.max), where a real limit cannot be set (root ignores RLIMIT_NPROC).
size_t simulated_thread_limit() {
    static const size_t limit = [] {
        const char* v = std::getenv("MEDVIRK_TEST_MAX_THREADS");
        return v && *v ? static_cast<size_t>(std::strtoul(v, nullptr, 10)) : SIZE_MAX;
    }();
    return limit;
}

}  // namespace

unsigned default_jobs() {
    unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

void parallel_for(size_t n, unsigned jobs, const std::function<void(size_t)>& fn) {
    if (jobs <= 1 || n <= 1) {
        for (size_t i = 0; i < n; ++i) fn(i);
        return;
    }
    std::atomic<size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        for (size_t i; (i = next.fetch_add(1)) < n;) {
            try {
                fn(i);
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next = n;  // stop handing out work
            }
        }
    };
    std::vector<std::thread> threads;
    const size_t extra = std::min<size_t>(jobs, n) - 1;
    threads.reserve(extra);
    // A thread that cannot start (a process or thread limit: EAGAIN) is not an error: the work is
    // shared by the threads that did start, down to the calling thread alone, which needs none.
    for (size_t t = 0; t < extra; ++t) {
        try {
            if (t >= simulated_thread_limit())
                throw std::system_error(EAGAIN, std::generic_category(), "thread");
            threads.emplace_back(work);
        } catch (const std::system_error&) {
            break;
        }
    }
    work();
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace medvirk
