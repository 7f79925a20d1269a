#include "engine/audit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "checks/params.hpp"
#include "checks/path.hpp"
#include "checks/steps.hpp"
#include "core/parallel.hpp"
#include "core/sha256.hpp"
#include "engine/registers.hpp"

namespace medvirk::engine {

const char* grade_name(Grade g, Lang lang) {
    bool en = lang == Lang::en;
    switch (g) {
        case Grade::avvik: return en ? "nonconformity" : "avvik";
        case Grade::merknad: return en ? "remark" : "merknad";
        case Grade::forbedringspunkt: return en ? "suggestion" : "forbedringspunkt";
        case Grade::oppfylt: return en ? "pass" : "oppfylt";
        case Grade::ikke_relevant: return en ? "not applicable" : "ikke relevant";
        case Grade::feil: return en ? "error" : "feil";
        case Grade::fravik: return en ? "documented deviation" : "fravik";
        case Grade::forbehold: return en ? "reservation" : "forbehold";
    }
    return "?";
}

const char* grade_key(Grade g) {
    switch (g) {
        case Grade::avvik: return "avvik";
        case Grade::merknad: return "merknad";
        case Grade::forbedringspunkt: return "forbedringspunkt";
        case Grade::oppfylt: return "oppfylt";
        case Grade::ikke_relevant: return "ikke_relevant";
        case Grade::feil: return "feil";
        case Grade::fravik: return "fravik";
        case Grade::forbehold: return "forbehold";
    }
    return "?";
}

Grade grade_for(rules::Strength s) {
    switch (s) {
        case rules::Strength::skal: return Grade::avvik;
        case rules::Strength::bor: return Grade::merknad;
        case rules::Strength::kan: return Grade::forbedringspunkt;
    }
    return Grade::feil;
}

bool is_finding(Grade g) {
    return g == Grade::avvik || g == Grade::merknad || g == Grade::forbedringspunkt ||
           g == Grade::feil;
}

bool is_reported(Grade g) { return is_finding(g) || g == Grade::fravik || g == Grade::forbehold; }

bool is_met(Grade g) { return g == Grade::oppfylt || g == Grade::forbehold || g == Grade::fravik; }

const Text& headline_of(const Finding& f) {
    if (!f.headline.empty()) return f.headline;
    return is_finding(f.grade) || f.grade == Grade::fravik ? f.rule->message : f.rule->title;
}

std::vector<std::string> legal_of(const Finding& f, const ServiceInfo& service) {
    return rules::legal_for(f.rule->legal, service.levels);
}

size_t weight(rules::Strength s) {
    switch (s) {
        case rules::Strength::skal: return 3;
        case rules::Strength::bor: return 2;
        case rules::Strength::kan: return 1;
    }
    return 0;
}

const char* status_name(Status s, Lang lang) {
    bool en = lang == Lang::en;
    switch (s) {
        case Status::oppfylt: return en ? "met" : "oppfylt";
        case Status::delvis_oppfylt: return en ? "partly met" : "delvis oppfylt";
        case Status::ikke_oppfylt: return en ? "not met" : "ikke oppfylt";
        case Status::ikke_relevant: return en ? "not applicable" : "ikke relevant";
    }
    return "?";
}

const char* status_key(Status s) {
    switch (s) {
        case Status::oppfylt: return "oppfylt";
        case Status::delvis_oppfylt: return "delvis_oppfylt";
        case Status::ikke_oppfylt: return "ikke_oppfylt";
        case Status::ikke_relevant: return "ikke_relevant";
    }
    return "?";
}

namespace {

std::vector<std::string> scalars(const yaml::Node* n) {
    std::vector<std::string> out;
    if (!n) return out;
    if (n->is_scalar()) out.push_back(n->value);
    for (const auto& i : n->items)
        if (i.is_scalar()) out.push_back(i.value);
    return out;
}

bool intersects(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& x) {
        return std::find(b.begin(), b.end(), x) != b.end();
    });
}

}  // namespace

bool applies(const rules::Rule& rule, const model::Service& service, Text* reason) {
    const yaml::Node& s = service.doc.root;
    const auto& a = rule.applies;
    if (!a.levels.empty() && !intersects(a.levels, scalars(s.get("nivå")))) {
        if (reason)
            *reason = {fmt::format("gjelder bare nivå {}", fmt::join(a.levels, ", ")),
                       fmt::format("applies only to level {}", fmt::join(a.levels, ", "))};
        return false;
    }
    if (!a.target_groups.empty() && !intersects(a.target_groups, scalars(s.get("målgrupper")))) {
        if (reason)
            *reason = {fmt::format("gjelder bare når målgruppene omfatter {}",
                                   fmt::join(a.target_groups, " eller ")),
                       fmt::format("applies only when the target groups include {}",
                                   fmt::join(a.target_groups, " or "))};
        return false;
    }
    if (a.institution) {
        const yaml::Node* hi = s.get("helseinstitusjon");
        bool is_institution = hi && hi->is_scalar() && hi->value == "true";
        if (is_institution != *a.institution) {
            if (reason)
                *reason = *a.institution ? Text{"gjelder bare helseinstitusjoner",
                                                "applies only to health institutions"}
                                         : Text{"gjelder ikke helseinstitusjoner",
                                                "does not apply to health institutions"};
            return false;
        }
    }
    return true;
}

namespace {

// Document-control rules (level «dokument») judge the document control itself: every written
// document is their subject, and a lapse in it is what they report, not a reservation.
bool judges_document_control(const rules::Rule& rule, const rules::Catalogue& cat) {
    const rules::Advice* a = cat.find_advice(rule.advice);
    return a && a->level == "dokument";
}

// The rule's subjects. A placeholder counts for nothing; nor, except for document control, does
// a document with only a title (those go to `hollow`).
std::vector<const model::RoutineDoc*> subjects_of(const rules::Rule& rule, const model::Service& s,
                                                  bool doc_control, Date as_of,
                                                  std::vector<checks::Selected>& hollow) {
    std::vector<const model::RoutineDoc*> out;
    bool all = std::find(rule.subjects.begin(), rule.subjects.end(), "*") != rule.subjects.end();
    auto wanted = [&](const model::RoutineDoc& d) {
        return std::find(rule.subjects.begin(), rule.subjects.end(), d.type) != rule.subjects.end();
    };
    if (wanted(s.doc)) out.push_back(&s.doc);
    for (const auto& r : s.routines) {
        if (!(all || wanted(r))) continue;
        if (checks::is_placeholder(r.root.get("tittel"))) continue;  // not written yet
        checks::Evidence e = checks::document_evidence(r, as_of);
        if (e.standing == checks::Standing::none && !doc_control) {
            hollow.push_back({&r, e});
            continue;
        }
        out.push_back(&r);
    }
    return out;
}

// "Ikke dokumentert: <the rule's title> (<why>)": the headline of a result whose subject is
// absent, which must not presume the document that is not there.
Text not_documented(const rules::Rule& rule, const Text& why) {
    return {fmt::format("Ikke dokumentert: {} ({})", rule.title.nb, why.nb),
            fmt::format("Not documented: {} ({})", rule.title.en, why.en)};
}

void evaluate_rule(const rules::Rule& rule, const model::Service& s, Date as_of,
                   const rules::Catalogue& cat, const checks::StepIndex& steps,
                   std::vector<Finding>& out) {
    Finding base;
    base.rule = &rule;
    base.service = s.doc.id;
    Text reason;
    auto absent = [&](const Text& why) {
        Finding f = base;
        f.loc = s.doc.location();
        f.document = s.doc.id;
        f.detail = why;
        f.grade = rule.missing_is_failure ? grade_for(rule.strength) : Grade::ikke_relevant;
        if (rule.missing_is_failure) f.headline = not_documented(rule, why);
        out.push_back(std::move(f));
    };
    if (!applies(rule, s, &reason)) {
        Finding f = base;
        f.loc = s.doc.location();
        f.document = s.doc.id;
        f.grade = Grade::ikke_relevant;
        f.detail = reason;
        out.push_back(std::move(f));
        return;
    }
    const bool doc_control = judges_document_control(rule, cat);
    std::vector<const model::RoutineDoc*> subjects;
    if (rule.subjects.empty()) {
        subjects.push_back(&s.doc);
    } else {
        std::vector<checks::Selected> hollow;
        subjects = subjects_of(rule, s, doc_control, as_of, hollow);
        if (subjects.empty()) {
            std::vector<std::string> quoted;
            for (const auto& t : rule.subjects) quoted.push_back(fmt::format("«{}»", t));
            std::string types = fmt::format("{}", fmt::join(quoted, ", "));
            Text why{fmt::format("ingen dokumenter av typen {} i rutinesettet", types),
                     fmt::format("no documents of type {} in the routine set", types)};
            if (!hollow.empty()) {
                const auto& h = hollow.front();
                why.nb += fmt::format("; «{}» teller ikke: {}", h.doc->id, h.evidence.reason.nb);
                why.en += fmt::format("; «{}» does not count: {}", h.doc->id, h.evidence.reason.en);
            }
            absent(why);
            return;
        }
    }
    size_t before = out.size();
    auto run = [&](const model::RoutineDoc& subject, const yaml::Node* item,
                   const std::string& prefix) {
        checks::Context ctx{s, subject, as_of, item, &cat, &steps};
        Finding f = base;
        f.document = subject.id;
        if (rule.condition) {
            checks::Outcome c = checks::evaluate(*rule.condition, ctx);
            if (!c.ok || c.vacuous) {
                Text when = rule.condition->describe();
                f.loc = c.loc.file.empty() ? subject.location() : c.loc;
                f.grade = Grade::ikke_relevant;
                f.detail = {fmt::format("gjelder bare når {}", when.nb),
                            fmt::format("applies only when {}", when.en)};
                f.path = prefix;
                out.push_back(std::move(f));
                return;
            }
        }
        checks::Outcome o = checks::evaluate(*rule.check, ctx);
        f.loc = o.loc.file.empty() ? subject.location() : o.loc;
        f.grade = o.ok ? Grade::oppfylt : grade_for(rule.strength);
        f.detail = o.detail;
        if (o.ok && o.vacuous) {
            // Nothing to look at is not a pass.
            f.grade = Grade::ikke_relevant;
            f.detail = {fmt::format("ingenting å vurdere: {}", o.detail.nb),
                        fmt::format("nothing to judge: {}", o.detail.en)};
        } else if (o.ok && o.reserved) {
            f.grade = Grade::forbehold;
        } else if (o.ok && !doc_control && &subject != &s.doc) {
            // Met by the content of a document that itself counts only with a reservation.
            checks::Evidence e = checks::document_evidence(subject, as_of);
            if (e.standing == checks::Standing::reserved) {
                f.grade = Grade::forbehold;
                f.detail.nb += fmt::format(" (forbehold: {})", e.reason.nb);
                f.detail.en += fmt::format(" (reservation: {})", e.reason.en);
            }
        }
        f.path = prefix.empty() ? o.path : prefix + (o.path.empty() ? "" : "." + o.path);
        out.push_back(std::move(f));
    };
    for (const auto* subject : subjects) {
        if (rule.each.empty()) {
            run(*subject, nullptr, "");
            continue;
        }
        const yaml::Node* list = checks::resolve(subject->root, rule.each).node;
        if (!list) continue;
        for (size_t i = 0; i < list->items.size(); ++i)
            run(*subject, &list->items[i], fmt::format("{}[{}]", rule.each, i));
    }
    if (!rule.each.empty() && out.size() == before)
        absent({fmt::format("ingen elementer i «{}»", rule.each),
                fmt::format("no items in «{}»", rule.each)});
}

// A bør/kan result under a valid deviation becomes `fravik`; a skal result stays an avvik and
// says that a deviation was attempted.
void apply_deviations(std::vector<Finding>& results,
                      const std::vector<DeviationEntry>& deviations) {
    for (auto& f : results) {
        if (!is_finding(f.grade)) continue;
        for (const auto& d : deviations) {
            if (d.rule != f.rule->id || (!d.document.empty() && d.document != f.document)) continue;
            if (f.rule->strength == rules::Strength::skal) {
                f.detail.nb +=
                    fmt::format(" (fravik forsøkt i {}, men et skal-krav kan ikke fravikes)",
                                format_location(d.loc));
                f.detail.en += fmt::format(
                    " (a deviation is recorded at {}, but a skal requirement cannot be deviated "
                    "from)",
                    format_location(d.loc));
            } else {
                f.grade = Grade::fravik;
                f.detail = {fmt::format("{} (besluttet av {}, gyldig til {}; {})", d.justification,
                                        d.decided_by, d.valid_until, format_location(d.loc)),
                            fmt::format("{} (decided by {}, valid until {}; {})", d.justification,
                                        d.decided_by, d.valid_until, format_location(d.loc))};
            }
            break;
        }
    }
}

// The documented rule (docs/scoring.md). Each applicable rule counts once: its results together
// are met when none is a finding and at least one is met (oppfylt, forbehold or fravik), and met
// with a reservation when one of those is a forbehold. Among the applicable skal/bør rules — or
// all applicable rules when only kan rules apply — all met: oppfylt; none: ikke oppfylt;
// otherwise delvis oppfylt. No applicable rule: ikke relevant. Points: the rule's weight.
template <class Pred>
Score score_of(const std::vector<Finding>& results, Pred in_group) {
    struct RuleState {
        bool failed = false, met = false, reserved = false;
    };
    std::map<const rules::Rule*, RuleState> by_rule;
    for (const auto& f : results) {
        if (!in_group(f) || f.grade == Grade::ikke_relevant) continue;
        RuleState& st = by_rule[f.rule];
        st.failed = st.failed || is_finding(f.grade);
        st.met = st.met || is_met(f.grade);
        st.reserved = st.reserved || f.grade == Grade::forbehold;
    }
    Score sc;
    size_t all_total = 0, all_passed = 0, core_total = 0, core_passed = 0, all_reserved = 0,
           core_reserved = 0;
    for (const auto& [rule, st] : by_rule) {
        bool pass = st.met && !st.failed;
        bool reserved = pass && st.reserved;
        size_t w = weight(rule->strength);
        sc.possible += w;
        sc.earned += pass ? w : 0;
        ++all_total;
        all_passed += pass;
        all_reserved += reserved;
        if (rule->strength != rules::Strength::kan) {
            ++core_total;
            core_passed += pass;
            core_reserved += reserved;
        }
    }
    sc.total = core_total ? core_total : all_total;
    sc.passed = core_total ? core_passed : all_passed;
    sc.reserved = core_total ? core_reserved : all_reserved;
    if (sc.total == 0) {
        sc.status = Status::ikke_relevant;
    } else {
        sc.status = sc.passed == sc.total ? Status::oppfylt
                    : sc.passed == 0      ? Status::ikke_oppfylt
                                          : Status::delvis_oppfylt;
    }
    return sc;
}

}  // namespace

namespace {

// Every rule for one service, with its scores and coverage views.
ServiceInfo info_of(const model::Service& s) {
    ServiceInfo info;
    const auto& doc = s.doc;
    const yaml::Node* name = doc.root.get("navn");
    info.id = doc.id;
    info.name = name && name->is_scalar() ? name->value : "";
    info.levels = scalars(doc.root.get("nivå"));
    info.file = doc.file;
    info.index = doc.index;
    info.line = doc.root.line;
    info.col = doc.root.col;
    for (const auto& d : s.routines) {
        DocumentInfo di{d.id, d.type, d.file, std::nullopt, d.root.line};
        const yaml::Node* title = d.root.get("tittel");
        if (title && title->is_scalar()) di.title = title->value;
        info.documents.push_back(std::move(di));
    }
    return info;
}

ServiceReport audit_service(const model::Service& s, const rules::Catalogue& catalogue, Date as_of,
                            bool registers) {
    ServiceReport sr;
    sr.service = info_of(s);
    const checks::StepIndex steps(s);
    for (const rules::Rule* rule : catalogue.rules)
        evaluate_rule(*rule, s, as_of, catalogue, steps, sr.results);
    auto register_ = deviation_register(s, catalogue, as_of);
    std::vector<DeviationEntry> valid;
    for (const auto& d : register_)
        if (d.valid) valid.push_back(d);
    apply_deviations(sr.results, valid);
    if (registers) {
        sr.deviations = std::move(register_);
        sr.coverage = coverage_matrix(s, catalogue, as_of);
    }
    for (auto& f : sr.results)
        f.fingerprint = fingerprint_hex(
            fmt::format("{}\x1f{}\x1f{}\x1f{}", f.rule->id, f.service, f.document, f.path));
    std::stable_sort(sr.results.begin(), sr.results.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.loc, a.rule->id, a.document) < std::tie(b.loc, b.rule->id, b.document);
    });
    for (const auto& f : sr.results) {
        ++sr.counts[static_cast<size_t>(f.grade)];
    }
    std::map<std::string, std::string> level_of;
    for (const rules::Advice* a : catalogue.advice) {
        level_of[a->id] = a->level;
        bool has_rules = std::any_of(catalogue.rules.begin(), catalogue.rules.end(),
                                     [&](const rules::Rule* r) { return r->advice == a->id; });
        if (!has_rules) continue;
        AdviceStatus st;
        static_cast<Score&>(st) =
            score_of(sr.results, [&](const Finding& f) { return f.rule->advice == a->id; });
        st.advice = a;
        sr.advice.push_back(st);
    }
    for (const char* level : {"system", "tjeneste", "individ", "dokument"}) {
        bool present = std::any_of(sr.advice.begin(), sr.advice.end(),
                                   [&](const AdviceStatus& a) { return a.advice->level == level; });
        if (!present) continue;
        LevelScore ls;
        static_cast<Score&>(ls) = score_of(
            sr.results, [&](const Finding& f) { return level_of[f.rule->advice] == level; });
        ls.level = level;
        sr.levels.push_back(ls);
    }
    sr.total = score_of(sr.results, [](const Finding&) { return true; });
    sr.views = coverage_views(s, catalogue, as_of);
    return sr;
}

}  // namespace

Report audit(const std::vector<model::Service>& services, const rules::Catalogue& catalogue,
             Date as_of, unsigned jobs, bool registers) {
    Report report;
    report.as_of = as_of;
    report.catalogue = &catalogue;
    // Services are independent: each is audited into its own slot, in any order, on any thread.
    report.services.resize(services.size());
    parallel_for(services.size(), jobs, [&](size_t i) {
        report.services[i] = audit_service(services[i], catalogue, as_of, registers);
    });
    for (const auto& sr : report.services)
        for (size_t g = 0; g < grade_count; ++g) report.counts[g] += sr.counts[g];
    return report;
}

}  // namespace medvirk::engine
