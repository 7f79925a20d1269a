#include <algorithm>
#include <tuple>

#include "checks/steps.hpp"
#include "engine/audit.hpp"

namespace medvirk::engine {

size_t ViewResult::covered() const {
    return static_cast<size_t>(
        std::count_if(elements.begin(), elements.end(),
                      [](const ViewElementResult& e) { return !e.steps.empty(); }));
}

std::vector<ViewResult> coverage_views(const model::Service& service,
                                       const rules::Catalogue& catalogue, Date as_of) {
    std::vector<ViewResult> out;
    const checks::StepIndex steps(service);
    for (const rules::CoverageView* view : catalogue.views) {
        ViewResult vr{view, {}};
        for (const auto& element : view->elements) {
            ViewElementResult er{&element, {}};
            for (const auto& tag : element.tags) {
                for (const checks::TaggedStep& s : steps.steps(tag)) {
                    if (!view->types.empty() && std::find(view->types.begin(), view->types.end(),
                                                          s.doc->type) == view->types.end())
                        continue;
                    // The practice is shown by any step that counts, also with a reservation.
                    if (checks::step_evidence(s, tag, catalogue.indicators(tag), as_of).standing ==
                        checks::Standing::none)
                        continue;
                    er.steps.push_back({s.doc->id, s.location(), s.text(), tag});
                }
            }
            auto key = [](const ViewStep& v) {
                return std::tie(v.loc.file, v.loc.line, v.loc.col, v.tag);
            };
            std::sort(er.steps.begin(), er.steps.end(),
                      [&](const ViewStep& a, const ViewStep& b) { return key(a) < key(b); });
            // A step tagged with two of the element's tags is listed once.
            er.steps.erase(std::unique(er.steps.begin(), er.steps.end(),
                                       [](const ViewStep& a, const ViewStep& b) {
                                           return std::tie(a.loc.file, a.loc.line, a.loc.col) ==
                                                  std::tie(b.loc.file, b.loc.line, b.loc.col);
                                       }),
                           er.steps.end());
            vr.elements.push_back(std::move(er));
        }
        out.push_back(std::move(vr));
    }
    return out;
}

}  // namespace medvirk::engine
