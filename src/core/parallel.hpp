#pragma once

#include <cstddef>
#include <functional>

namespace medvirk {

// The number of jobs `--jobs` defaults to: the machine's cores (at least 1).
unsigned default_jobs();

// Calls fn(i) for every i in [0, n), each exactly once, on up to `jobs` threads (the calling
// thread is one of them). Work is handed out one index at a time, so uneven items balance.
// Callers write each result to its own slot and merge in index order: the outcome does not
// depend on `jobs`. The first exception thrown by fn is rethrown here after all threads end.
// Threads that cannot be started (a process limit) are left out: at worst the calling thread
// does all the work.
void parallel_for(size_t n, unsigned jobs, const std::function<void(size_t)>& fn);

}  // namespace medvirk
