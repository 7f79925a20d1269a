#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"
#include "core/text.hpp"
#include "model/routine_set.hpp"
#include "rules/rule.hpp"

namespace medvirk::engine {

// What a check concluded, and where: the evidence when met, the place where it should be when not.
struct Outcome {
    bool ok = false;
    Location loc;
    Text detail;  // evidence (met) or what is missing (not met)
    std::string path;  // what was looked at: a field path, "type:…" or "dekker:…" (for fingerprints)
};

// Everything a check may look at.
class StepIndex;

struct Context {
    const model::Service& service;
    const model::RoutineDoc& subject;  // the selected document (the service document if none)
    Date as_of;
    const yaml::Node* item = nullptr;  // the selected list item, for rules with `hver`
    const rules::Catalogue* catalogue = nullptr;
    const StepIndex* steps = nullptr;  // the service's tagged steps, when the caller has indexed them

    // What `felt` paths start from: the item when one is selected, else the document.
    const yaml::Node& scope() const { return item ? *item : subject.root; }
};

struct CheckKind {
    std::string name;
    std::vector<std::string> params;  // allowed parameter keys
    enum class Shape { params, list, single } shape = Shape::params;
    Text doc;
    // Semantic checks on the parameters beyond their types; nullopt when fine.
    std::optional<Text> (*validate)(const rules::Check&) = nullptr;
    Outcome (*eval)(const rules::Check&, const Context&) = nullptr;
};

// The registry: one table, one small function per kind.
const std::vector<CheckKind>& check_kinds();
const CheckKind* find_check_kind(const std::string& name);
std::vector<std::string> check_kind_names();

Outcome evaluate(const rules::Check& check, const Context& ctx);

// Describes a check in words, for `rules show` and the rule docs.
Text describe(const rules::Check& check);

// A routine step (an item of a «fremgangsmåte» list) whose «dekker» names a coverage tag.
struct TaggedStep {
    const model::RoutineDoc* doc = nullptr;
    const yaml::Node* node = nullptr;

    Location location() const;  // the «steg» key, else the item
    std::string text() const;   // the step text, on one line and shortened
};

// The steps of the service's routines that carry the tag, in document order.
std::vector<TaggedStep> tagged_steps(const model::Service& service, const std::string& tag);

// The tagged steps of every tag at the price of one walk over the service's routines.
class StepIndex {
public:
    explicit StepIndex(const model::Service& service);
    const std::vector<TaggedStep>& steps(const std::string& tag) const;  // as tagged_steps(service, tag)

private:
    std::unordered_map<std::string, std::vector<TaggedStep>> by_tag_;
};

// Text on one line, cut at `max` bytes (on a UTF-8 boundary) with «…».
std::string shorten(const std::string& s, size_t max = 80);

// Is the document approved (owner of approval and date, not in the future) and current
// (review date not past) as of `as_of`? Used by coverage checks.
bool is_approved_and_current(const model::RoutineDoc& doc, Date as_of);

}  // namespace medvirk::engine
