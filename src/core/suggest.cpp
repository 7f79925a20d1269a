#include "core/suggest.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace medvirk {

namespace {

// Code points; a byte that starts no well-formed sequence stands for itself (U+DC80–U+DCFF, as
// no decoded character can be), so different such bytes still differ.
std::u32string decode(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        size_t len = utf8::decode(s, i, cp);
        out.push_back(len ? cp : 0xDC00 | static_cast<unsigned char>(s[i]));
        i += len ? len : 1;
    }
    return out;
}

}  // namespace

size_t edit_distance(std::string_view a8, std::string_view b8) {
    std::u32string a = decode(a8), b = decode(b8);
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates) {
    std::optional<std::string> best;
    size_t best_dist = 0;
    size_t limit = std::max<size_t>(2, decode(word).size() / 3);
    for (const auto& c : candidates) {
        size_t d = edit_distance(word, c);
        if (d <= limit && (!best || d < best_dist || (d == best_dist && c < *best))) {
            best = c;
            best_dist = d;
        }
    }
    return best;
}

}  // namespace medvirk
