#include "checks/evidence.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "checks/path.hpp"
#include "core/utf8.hpp"

namespace medvirk::checks {

using yaml::Node;

Evidence weaker(const Evidence& a, const Evidence& b) {
    return static_cast<int>(b.standing) > static_cast<int>(a.standing) ? b : a;
}

std::string fold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (size_t i = 0; i < text.size();) {
        char32_t cp = utf8::next(text, i);
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        if (cp >= 'A' && cp <= 'Z') cp += 0x20;
        // Latin-1 capitals (À–Þ, except ×) are 0x20 below their small letters.
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;
        utf8::append(out, cp);
    }
    return out;
}

namespace {

bool is_letter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

// The words of a folded text: runs of letters (a hyphen inside a word joins it).
std::vector<std::string> words_of(std::string_view folded, size_t& letters) {
    std::vector<std::string> out;
    std::string cur;
    letters = 0;
    for (size_t i = 0; i < folded.size();) {
        size_t at = i;
        char32_t cp = utf8::next(folded, i);
        if (is_letter(cp)) {
            cur.append(folded.substr(at, i - at));
            ++letters;
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

bool ends_with(const std::string& w, std::string_view end) {
    return w.size() >= end.size() && w.compare(w.size() - end.size(), end.size(), end) == 0;
}

// Can the word be a verb? Generous on purpose: only a text with no such word at all (a list of
// nouns) is hollow. Present tense and many imperatives end in -r, the s-passive in -s; the rest
// are short, common verbs, modals and imperatives.
bool verb_like(const std::string& w) {
    static const std::array<std::string_view, 52> common = {
        "skal",         "bør",   "kan",  "må",      "vil",     "gi",      "gis",      "ta",
        "få",           "se",    "gå",   "la",      "bli",     "ble",     "var",      "fikk",
        "ga",           "gav",   "ha",   "hadde",   "gjøre",   "gjort",   "sendt",    "send",
        "meld",         "del",   "bruk", "tilby",   "avtal",   "avklar",  "kartlegg", "planlegg",
        "tilrettelegg", "følg",  "sørg", "hent",    "innhent", "lag",     "skriv",    "be",
        "legg",         "still", "ring", "kontakt", "henvis",  "innkall", "evaluer",  "spør",
        "møt",          "snakk", "lytt", "ivareta"};
    if (std::find(common.begin(), common.end(), w) != common.end()) return true;
    if (w.size() < 2) return false;
    return ends_with(w, "r") || ends_with(w, "s") || ends_with(w, "et") || ends_with(w, "te");
}

bool is_placeholder_text(const std::string& folded) {
    static const std::array<std::string_view, 10> marks = {
        "fyll ut",       "todo",           "tbd", "xxx", "lorem ipsum",
        "kommer senere", "skrives senere", "...", "…",   "placeholder"};
    for (auto m : marks)
        if (folded.rfind(m, 0) == 0) return true;
    return false;
}

}  // namespace

bool is_hollow(std::string_view text) {
    std::string folded = fold(text);
    if (is_placeholder_text(folded)) return true;
    size_t letters = 0;
    auto words = words_of(folded, letters);
    if (words.size() < 3 || letters < 15) return true;
    return std::none_of(words.begin(), words.end(), verb_like);
}

std::vector<std::string> shown_terms(std::string_view text, const std::vector<std::string>& terms) {
    std::string folded = fold(text);
    std::vector<std::string> out;
    for (const auto& t : terms)
        if (!t.empty() && folded.find(t) != std::string::npos) out.push_back(t);
    return out;
}

namespace {

// A field with something written in it: a scalar that is not empty or a placeholder, or a list
// or mapping holding one.
bool written(const Node& n) {
    switch (n.kind) {
        case Node::Kind::null: return false;
        case Node::Kind::scalar: return non_empty(&n);
        case Node::Kind::seq:
            return std::any_of(n.items.begin(), n.items.end(),
                               [](const Node& i) { return written(i); });
        case Node::Kind::map:
            return std::any_of(n.entries.begin(), n.entries.end(),
                               [](const yaml::Entry& e) { return written(e.value); });
    }
    return false;
}

}  // namespace

bool has_content(const model::RoutineDoc& doc) {
    static const std::array<std::string_view, 7> header = {
        "type", "id", "tittel", "dokumentstyring", "referanser", "organ", "fagfelt"};
    for (const auto& e : doc.root.entries) {
        if (std::find(header.begin(), header.end(), e.key) != header.end()) continue;
        if (written(e.value)) return true;
    }
    return false;
}

Evidence document_evidence(const model::RoutineDoc& doc, Date as_of) {
    if (is_placeholder(doc.root.get("tittel")))
        return {Standing::none,
                {"dokumentet er en plassholder som ikke er skrevet ennå",
                 "the document is a placeholder not written yet"}};
    if (doc.type != "tjeneste" && !has_content(doc))
        return {Standing::none,
                {"dokumentet har bare tittel og dokumentstyring, ikke noe innhold",
                 "the document has only a title and document control, no content"}};
    if (doc.type == "tjeneste") return {};
    using E = Date::Edge;
    const Node* ds = doc.root.get("dokumentstyring");
    if (!non_empty(ds))
        return {Standing::reserved,
                {"dokumentet mangler dokumentstyring", "the document lacks document control"}};
    if (!non_empty(ds->get("godkjent_av")))
        return {Standing::reserved,
                {"dokumentet mangler «godkjent_av»", "the document lacks «godkjent_av»"}};
    const Node* g = ds->get("godkjent");
    auto gd = g && g->is_scalar() ? Date::parse_period(g->value, E::start) : std::nullopt;
    if (!gd)
        return {Standing::reserved,
                {"dokumentet mangler godkjenningsdato", "the document lacks an approval date"}};
    if (*gd > as_of)
        return {Standing::reserved,
                {fmt::format("dokumentet er godkjent først {}", gd->str()),
                 fmt::format("the document is only approved from {}", gd->str())}};
    const Node* rv = ds->get("revideres");
    auto rd = rv && rv->is_scalar() ? Date::parse_period(rv->value, E::end) : std::nullopt;
    if (!rd)
        return {Standing::reserved,
                {"dokumentet mangler revisjonsdato", "the document lacks a review date"}};
    if (*rd < as_of)
        return {Standing::reserved,
                {fmt::format("revisjonsdatoen {} er passert", rd->str()),
                 fmt::format("the review date {} has passed", rd->str())}};
    return {};
}

}  // namespace medvirk::checks
