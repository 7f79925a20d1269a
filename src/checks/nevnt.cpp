// nevnt: the service's routine set mentions a word (a tool such as a crisis plan), anywhere: in a
// routine document with content or in the service document (e.g. its `verktøy` list). Used under
// `hvis`, it makes a duty that exists only where a tool is used apply only when the service says
// it uses that tool.
#include <fmt/format.h>

#include "checks/evidence.hpp"
#include "checks/params.hpp"
#include "checks/steps.hpp"

namespace medvirk::checks {

const Kind& nevnt_kind();

namespace {

bool letter_byte(char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u >= 0x80;
}

// Where a folded text has a word that starts with `stem`.
bool word_starts(const std::string& folded, const std::string& stem) {
    for (size_t at = folded.find(stem); at != std::string::npos;
         at = folded.find(stem, at + 1)) {
        if (at == 0 || !letter_byte(folded[at - 1])) return true;
    }
    return false;
}

struct Hit {
    const yaml::Node* node = nullptr;
    std::string stem;
};

// The first scalar of a tree (keys left out: they are the format's words) that mentions a stem.
Hit find_mention(const yaml::Node& n, const std::vector<std::string>& stems) {
    if (n.is_scalar()) {
        std::string folded = fold(n.value);
        for (const auto& s : stems)
            if (word_starts(folded, s)) return {&n, s};
        return {};
    }
    for (const auto& i : n.items)
        if (Hit h = find_mention(i, stems); h.node) return h;
    for (const auto& e : n.entries)
        if (Hit h = find_mention(e.value, stems); h.node) return h;
    return {};
}

class Mentioned final : public Check {
  public:
    std::vector<std::string> words;  // `ord`: lowercase word starts

    explicit Mentioned(Location loc) : Check(nevnt_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        auto look = [&](const model::RoutineDoc& d) -> std::optional<Outcome> {
            Hit h = find_mention(d.root, words);
            if (!h.node) return std::nullopt;
            std::string shown = shorten(h.node->value, 60);
            return Outcome{true,
                           {d.file, h.node->line, h.node->col},
                           {fmt::format("«{}» nevner «{}»: «{}»", d.id, h.stem, shown),
                            fmt::format("«{}» mentions «{}»: «{}»", d.id, h.stem, shown)},
                           path()};
        };
        if (auto o = look(ctx.service.doc)) return *o;
        for (const auto& d : ctx.service.routines) {
            if (document_evidence(d, ctx.as_of).standing == Standing::none) continue;
            if (auto o = look(d)) return *o;
        }
        std::string list = quoted();
        return {false,
                ctx.service.doc.location(),
                {fmt::format("rutinesettet nevner ikke {}", list),
                 fmt::format("the routine set does not mention {}", list)},
                path()};
    }

    Text describe() const override {
        std::string list = quoted();
        return {fmt::format("rutinesettet nevner {}", list),
                fmt::format("the routine set mentions {}", list)};
    }

    std::string path() const override { return "nevnt:" + fmt::format("{}", fmt::join(words, ",")); }

  protected:
    void write_params(nlohmann::ordered_json& j) const override { j["ord"] = words; }

  private:
    std::string quoted() const {
        std::vector<std::string> q;
        for (const auto& w : words) q.push_back(fmt::format("«{}»", w));
        return fmt::format("{}", fmt::join(q, " / "));
    }
};

CheckPtr parse(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Mentioned>(at);
    std::string where = where_of(c->kind());
    if (!r.keys(p, c->kind().keys(), where)) return nullptr;
    size_t before = r.errors.size();
    c->words = r.list(p, "ord", where);
    if (c->words.empty()) invalid(r, p, {"«nevnt» trenger «ord»", "«nevnt» needs «ord»"});
    for (const auto& w : c->words)
        if (w.size() < 3 || fold(w) != w)
            invalid(r, p,
                    {fmt::format("ordet «{}» skal være minst tre tegn, med små bokstaver", w),
                     fmt::format("the word «{}» must be at least three characters, in lowercase",
                                 w)});
    return r.errors.size() == before ? c : nullptr;
}

}  // namespace

const Kind& nevnt_kind() {
    static const Kind kind{
        "nevnt",
        "mentioned",
        Kind::Shape::params,
        {{"ord", ParamType::values, true}},
        {"`ord` (ett eller flere ordstammer, små bokstaver)",
         "`ord` (one or more word stems, lowercase)"},
        {"et rutinedokument med innhold eller tjenestedokumentet (f.eks. listen «verktøy») har et "
         "ord som begynner med en av stammene; brukes i «hvis» for plikter som bare gjelder der et "
         "verktøy brukes",
         "a routine document with content or the service document (e.g. its «verktøy» list) has a "
         "word that starts with one of the stems; used under «hvis» for duties that exist only "
         "where a tool is used"},
        parse};
    return kind;
}

}  // namespace medvirk::checks
