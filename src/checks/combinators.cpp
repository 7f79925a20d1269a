// alle, noen, ikke: checks made of checks.
#include <fmt/format.h>

#include <optional>

#include "checks/check.hpp"

namespace medvirk::checks {

const Kind& alle_kind();
const Kind& noen_kind();
const Kind& ikke_kind();

namespace {

class Combined : public Check {
  public:
    std::vector<CheckPtr> parts;

    using Check::Check;

    std::vector<const Check*> children() const override {
        std::vector<const Check*> out;
        for (const auto& p : parts) out.push_back(p.get());
        return out;
    }

  protected:
    void write_params(nlohmann::ordered_json&) const override {}

    Text joined(const char* nb_word, const char* en_word) const {
        std::vector<std::string> nb, en;
        for (const auto& p : parts) {
            Text t = p->describe();
            nb.push_back(t.nb);
            en.push_back(t.en);
        }
        return {fmt::format("{}", fmt::join(nb, nb_word)),
                fmt::format("{}", fmt::join(en, en_word))};
    }
};

// The outcome of the first part that fails, else of the first part that holds only with a
// reservation, else of the first part. Vacuous when every part is.
class All final : public Combined {
  public:
    All(Location loc) : Combined(alle_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        Outcome first;
        std::optional<Outcome> reserved;
        bool vacuous = true;
        for (size_t i = 0; i < parts.size(); ++i) {
            Outcome o = checks::evaluate(*parts[i], ctx);
            if (!o.ok) return o;
            vacuous = vacuous && o.vacuous;
            if (o.reserved && !reserved) reserved = o;
            if (i == 0) first = o;
        }
        Outcome out = reserved ? *reserved : first;
        out.vacuous = vacuous;
        return out;
    }

    Text describe() const override { return joined(" og ", " and "); }
};

// The outcome of the first part that holds in full, else of the first that holds with a
// reservation, else of the first that holds vacuously, else of the first part.
class Any final : public Combined {
  public:
    Any(Location loc) : Combined(noen_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        Outcome first_failure;
        std::optional<Outcome> reserved, vacuous;
        for (size_t i = 0; i < parts.size(); ++i) {
            Outcome o = checks::evaluate(*parts[i], ctx);
            if (o.ok && !o.reserved && !o.vacuous) return o;
            if (o.ok && o.vacuous && !vacuous) vacuous = o;
            if (o.ok && o.reserved && !o.vacuous && !reserved) reserved = o;
            if (i == 0) first_failure = o;
        }
        if (reserved) return *reserved;
        if (vacuous) return *vacuous;
        return first_failure;
    }

    Text describe() const override { return joined(" eller ", " or "); }
};

class Not final : public Combined {
  public:
    Not(Location loc) : Combined(ikke_kind(), std::move(loc)) {}

    Outcome evaluate(const Context& ctx) const override {
        Outcome o = checks::evaluate(*parts.front(), ctx);
        o.ok = !o.ok;
        o.reserved = false;  // the negation of a reserved pass is a plain failure
        o.vacuous = false;
        return o;
    }

    Text describe() const override {
        Text t = parts.front()->describe();
        return {fmt::format("ikke ({})", t.nb), fmt::format("not ({})", t.en)};
    }
};

template <class C>
CheckPtr parse_list(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<C>(at);
    if (!p.is_seq() || p.items.empty()) {
        r.err(p, "pack-check", fmt::format("«{}» tar en ikke-tom liste av sjekker", c->name()),
              fmt::format("«{}» takes a non-empty list of checks", c->name()));
        return nullptr;
    }
    bool ok = true;
    for (const auto& i : p.items) {
        c->parts.push_back(parse_check(r, i));
        ok = ok && c->parts.back();
    }
    return ok ? c : nullptr;
}

CheckPtr parse_not(Reader& r, const yaml::Node& p, const Location& at) {
    auto c = std::make_shared<Not>(at);
    c->parts.push_back(parse_check(r, p));
    return c->parts.back() ? c : nullptr;
}

}  // namespace

const Kind& alle_kind() {
    static const Kind kind{"alle",
                           "all",
                           Kind::Shape::list,
                           {},
                           {"ikke-tom liste av sjekker", "non-empty list of checks"},
                           {"alle holder", "every check holds"},
                           parse_list<All>};
    return kind;
}

const Kind& noen_kind() {
    static const Kind kind{"noen",
                           "some",
                           Kind::Shape::list,
                           {},
                           {"ikke-tom liste av sjekker", "non-empty list of checks"},
                           {"minst én holder", "at least one holds"},
                           parse_list<Any>};
    return kind;
}

const Kind& ikke_kind() {
    static const Kind kind{"ikke",
                           "not",
                           Kind::Shape::single,
                           {},
                           {"én sjekk", "one check"},
                           {"sjekken holder ikke", "the check does not hold"},
                           parse_not};
    return kind;
}

}  // namespace medvirk::checks
