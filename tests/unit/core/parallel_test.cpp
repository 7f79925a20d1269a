#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "core/parallel.hpp"

using namespace medvirk;

TEST_CASE("core/parallel: every index runs exactly once, for any number of jobs") {
    for (unsigned jobs : {1u, 2u, 3u, 16u}) {
        std::vector<std::atomic<int>> hits(1000);
        parallel_for(hits.size(), jobs, [&](size_t i) { ++hits[i]; });
        for (const auto& h : hits) CHECK(h.load() == 1);
    }
    int calls = 0;
    parallel_for(0, 4, [&](size_t) { ++calls; });
    CHECK(calls == 0);
    CHECK(default_jobs() >= 1);
}

TEST_CASE("core/parallel: an exception in a job reaches the caller") {
    CHECK_THROWS_AS(parallel_for(100, 2, [](size_t i) { if (i == 42) throw std::runtime_error("x"); }),
                    std::runtime_error);
}
