#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "checks/reader.hpp"
#include "core/date.hpp"
#include "core/diag.hpp"
#include "core/text.hpp"
#include "model/routine_set.hpp"

// A check is one of the registered kinds (src/checks/registry.cpp), each in its own file with its
// typed parameters, its parser, its evaluation, its words and its fingerprint path.
namespace medvirk::checks {

class StepIndex;

// What a check concluded, and where: the evidence when met, the place where it should be when not.
// The evidence standard (checks/evidence.hpp) decides `reserved`: met, but only on evidence that
// counts with a reservation (`detail` then says why). `vacuous`: met only because there was
// nothing to look at (an empty list under `maks`): the rule does not apply, it is not a pass.
struct Outcome {
    bool ok = false;
    Location loc;
    Text detail;  // evidence (met) or what is missing (not met)
    std::string
        path;  // what was looked at: a field path, "type:…" or "dekker:…" (for fingerprints)
    bool reserved = false;
    bool vacuous = false;
};

// The rule ids of the loaded packs, for `kjent_regel` (rules::Catalogue provides them).
class RuleIds {
  public:
    virtual bool has_rule(const std::string& id) const = 0;
    // The indicator terms of a coverage tag (`tegn`), or nullptr when the tag has none.
    virtual const std::vector<std::string>* indicators(const std::string& tag) const = 0;

  protected:
    ~RuleIds() = default;
};

// Everything a check may look at.
struct Context {
    const model::Service& service;
    const model::RoutineDoc& subject;  // the selected document (the service document if none)
    Date as_of;
    const yaml::Node* item = nullptr;  // the selected list item, for rules with `hver`
    const RuleIds* rules = nullptr;
    const StepIndex* steps =
        nullptr;  // the service's tagged steps, when the caller has indexed them

    // What `felt` paths start from: the item when one is selected, else the document.
    const yaml::Node& scope() const { return item ? *item : subject.root; }
};

class Check;
using CheckPtr = std::shared_ptr<const Check>;

// The value type of a parameter, for the rule-pack JSON Schema.
enum class ParamType {
    path,       // a dotted field path
    doc_types,  // a document type, "*", or a list of them
    filter,     // `hvor`
    count,      // a whole number
    tag,        // a coverage tag
    date_rule,  // ikke_passert | ikke_fremtidig
    value,      // one scalar
    values,     // a scalar or a list of scalars
};

struct Param {
    std::string key;
    ParamType type;
    bool required = false;
    std::string needs = {};  // another key this one only goes with
};

// A check kind's declaration: everything the parser, the docs and the schema need to know.
struct Kind {
    std::string name;
    std::string gloss;  // the name in English, for the English docs
    enum class Shape { params, list, single } shape = Shape::params;
    std::vector<Param> params;  // Shape::params: the allowed keys
    Text params_doc;            // the docs table: what it takes
    Text passes_doc;            // the docs table: when it passes
    // Reads the kind's value (the node under the kind's key, found at `at`); reports every problem
    // and returns nullptr when the check cannot be used.
    CheckPtr (*parse)(Reader& r, const yaml::Node& value, const Location& at) = nullptr;
    std::vector<std::string> one_of = {};  // Shape::params: exactly one of these keys is given
    std::vector<std::string> any_of = {};  // Shape::params: at least one of these keys is given

    std::vector<std::string> keys() const;
};

class Check {
  public:
    Check(const Kind& kind, Location loc) : kind_(&kind), loc_(std::move(loc)) {}
    virtual ~Check() = default;

    const Kind& kind() const { return *kind_; }
    const std::string& name() const { return kind_->name; }
    const Location& loc() const { return loc_; }  // the kind's key in the pack

    virtual Outcome evaluate(const Context& ctx) const = 0;
    virtual Text describe() const = 0;  // in words, for `rules show` and the rule docs
    virtual std::string path() const {
        return {};
    }  // the fingerprint path when the outcome has none

    // What the check refers to, for linking and scaffolds.
    virtual std::vector<std::string> doc_types() const { return {}; }
    virtual std::string coverage_tag() const { return {}; }
    virtual std::vector<const Check*> children() const { return {}; }

    // The parameters as `rules list --format json` shows them ("kind", then the kind's own keys).
    nlohmann::ordered_json to_json() const;

  protected:
    virtual void write_params(nlohmann::ordered_json& j) const = 0;

  private:
    const Kind* kind_;
    Location loc_;
};

// Evaluates a check; the outcome's path falls back to the check's own.
Outcome evaluate(const Check& check, const Context& ctx);

// The registry: one table of kinds, in documentation order.
const std::vector<const Kind*>& kinds();
const Kind* find_kind(const std::string& name);
std::vector<std::string> kind_names();

// Reads a check (a mapping with exactly one kind as key); nullptr after reporting when unusable.
CheckPtr parse_check(Reader& r, const yaml::Node& n);

// The JSON Schema of a check («sjekk») and of a filter («hvor»), from the kinds' declarations:
// the `$defs` a rule-pack schema refers to as #/$defs/sjekk and #/$defs/hvor.
nlohmann::ordered_json schema_defs();

// The check kinds as a Markdown table (docs/rules.md, docs/en/rules.md).
std::string kinds_table(Lang lang);

// Every check of a tree, parents before children.
void walk(const Check& check, std::vector<const Check*>& out);

}  // namespace medvirk::checks
