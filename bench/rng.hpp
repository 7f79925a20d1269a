#pragma once
// A small deterministic random source (splitmix64). The standard library's distributions are
// implementation-defined, so the corpus would differ between standard libraries; this does not.

#include <cstdint>
#include <string>
#include <vector>

namespace bench {

class Rng {
  public:
    explicit Rng(uint64_t seed) : state_(seed) {}

    uint64_t next() {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n > 0.
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }

    // Uniform in [lo, hi].
    int between(int lo, int hi) {
        return lo + static_cast<int>(below(static_cast<size_t>(hi - lo + 1)));
    }

    // True with probability percent / 100.
    bool chance(int percent) { return static_cast<int>(below(100)) < percent; }

    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[below(items.size())];
    }

    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
    }

  private:
    uint64_t state_;
};

}  // namespace bench
