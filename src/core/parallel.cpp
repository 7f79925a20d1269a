#include "core/parallel.hpp"

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace medvirk {

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
    for (size_t t = 0; t < extra; ++t) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace medvirk
