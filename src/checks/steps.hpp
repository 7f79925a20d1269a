#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "checks/evidence.hpp"
#include "core/date.hpp"
#include "core/diag.hpp"
#include "model/routine_set.hpp"

namespace medvirk::checks {

// A routine step (an item of a «fremgangsmåte» list) whose «dekker» names a coverage tag.
struct TaggedStep {
    const model::RoutineDoc* doc = nullptr;
    const yaml::Node* node = nullptr;

    Location location() const;      // the «steg» key, else the item
    std::string text() const;       // the step text, on one line and shortened
    std::string full_text() const;  // the step text as written
};

// The steps of the service's routines that carry the tag, in document order.
std::vector<TaggedStep> tagged_steps(const model::Service& service, const std::string& tag);

// Calls `f` with every step of the document: each item of every «fremgangsmåte» list, at any depth
// (also in «brukerråd.rekruttering»), in document order. The walk the step index and the tagging
// help share.
void for_each_step(const model::RoutineDoc& doc, const std::function<void(const yaml::Node&)>& f);

// The tagged steps of every tag at the price of one walk over the service's routines.
class StepIndex {
  public:
    explicit StepIndex(const model::Service& service);
    const std::vector<TaggedStep>& steps(
        const std::string& tag) const;  // as tagged_steps(service, tag)

  private:
    std::unordered_map<std::string, std::vector<TaggedStep>> by_tag_;
};

// Text on one line, cut at `max` bytes (on a UTF-8 boundary) with «…».
std::string shorten(const std::string& s, size_t max = 80);

// What a tagged step is worth as evidence for its tag (docs/format.md, «Hva som teller som
// bevis»): nothing when its text is hollow or its document is a placeholder or only a title;
// with a reservation when its document is not approved and current, or when the text shows
// none of the tag's indicator terms (`indicators`, when the tag has any); else in full.
Evidence step_evidence(const TaggedStep& step, const std::string& tag,
                       const std::vector<std::string>* indicators, Date as_of);

}  // namespace medvirk::checks
