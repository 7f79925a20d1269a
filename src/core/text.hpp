#pragma once

#include <string>

namespace medvirk {

// Output language. Norwegian bokmål is the default; English on request.
enum class Lang { nb, en };

// A user-facing text in both languages.
struct Text {
    std::string nb;
    std::string en;

    const std::string& get(Lang lang) const { return lang == Lang::en && !en.empty() ? en : nb; }
    bool empty() const { return nb.empty() && en.empty(); }
};

}  // namespace medvirk
