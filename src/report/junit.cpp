// JUnit XML report (`audit --format junit`), for the test-report views of CI systems.
//
// The mapping:
//   <testsuites name="medvirk">  the whole audit, with totals.
//   <testsuite>      one per advice item that has rules (S1 … I6, DOK), in catalogue order;
//                    name "S1 – <official title>".
//   <testcase>       one per (rule, service) pair, by service id, then rule id; classname
//                    "<service id>.<advice id>", name "<rule id> – <rule title>".
//   <failure>        the rule has an avvik, merknad or feil result for the service that is not in
//                    the baseline; type = the grade key of the worst one, message = the rule's
//                    message; the text lists every failing result (file:line:col, grade, detail,
//                    document, path), then the rule's quote, legal basis, remedy and link, once.
//   <skipped/>       every result is ikke relevant or fravik; message = the reasons or the
//                    deviation's justification.
//   passing          otherwise; results met only with a reservation (forbehold) are listed in
//                    <system-out> for a person to check.
//
// Forbedringspunkt (a `kan` rule not met) is deliberately NOT a failure: the guideline only
// suggests it, and a red build for a suggestion would teach people to ignore the report. Such
// results go to the test case's <system-out>, and so do findings recorded in the --baseline file
// (known, not new) and documented deviations of test cases that are not skipped. <error> is never
// written: errors="0" everywhere, and a `feil` result counts as a failure, as the issue asks.
//
// The root and every suite carry tests/failures/errors/skipped/time; time is always "0" (an audit
// has no meaningful duration, and a fixed value keeps the output reproducible byte for byte).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "report/escape.hpp"
#include "report/formats.hpp"
#include "version.hpp"

namespace medvirk::report {

namespace {

using engine::Finding;
using engine::Grade;

// The worst failing grade first: what a failure's `type` says.
int severity(Grade g) {
    switch (g) {
        case Grade::avvik: return 0;
        case Grade::feil: return 1;
        case Grade::merknad: return 2;
        default: return 3;
    }
}

bool fails(const Finding& f) {
    return !f.baselined &&
           (f.grade == Grade::avvik || f.grade == Grade::merknad || f.grade == Grade::feil);
}

bool skips(const Finding& f) { return f.grade == Grade::ikke_relevant || f.grade == Grade::fravik; }

struct Case {
    const engine::ServiceReport* service = nullptr;
    const rules::Rule* rule = nullptr;
    std::vector<const Finding*> results;  // in report order: file, line, column
    bool failed = false;                  // a failing result: avvik, merknad or feil, not baselined
    bool skipped = false;                 // not failed, and every result ikke relevant or fravik
};

struct Suite {
    std::string id;
    // Null only for a rule naming an advice item that no pack defines.
    const rules::Advice* advice = nullptr;
};

struct Writer {
    const engine::Report& report;
    Lang lang;
    std::string out;

    const char* t(const char* nb, const char* en) const { return lang == Lang::en ? en : nb; }
    const std::string& tr(const Text& text) const { return text.get(lang); }

    std::string result_line(const Finding& f) const {
        std::string line =
            fmt::format("{}: {}", format_location(f.loc), engine::grade_name(f.grade, lang));
        if (f.baselined) line += t(" (kjent fra grunnlinjen)", " (known from the baseline)");
        if (!f.detail.empty()) line += ": " + tr(f.detail);
        std::string where = fmt::format("{} {}", t("dokument", "document"), f.document);
        if (!f.path.empty()) where += fmt::format(", {} {}", t("sti", "path"), f.path);
        return fmt::format("{} [{}]\n", line, where);
    }

    std::string rule_lines(const rules::Rule& r, const engine::ServiceInfo& service) const {
        std::string s =
            fmt::format("{}: «{}»\n", rules::source_label(r, *report.catalogue).get(lang), r.quote);
        auto legal = rules::legal_for(r.legal, service.levels);
        if (!legal.empty())
            s += fmt::format("{}: {}\n", rules::legal_label(r.strength, lang),
                             fmt::join(legal, "; "));
        if (!r.remedy.empty()) s += fmt::format("{}: {}\n", t("tiltak", "remedy"), tr(r.remedy));
        if (!r.link.empty()) s += fmt::format("{}: {}\n", t("lenke", "link"), r.link);
        return s;
    }

    static std::string counts(size_t tests, size_t failures, size_t skipped) {
        return fmt::format("tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" time=\"0\"",
                           tests, failures, skipped);
    }

    void property(const char* name, const std::string& value) {
        out += fmt::format("      <property name=\"{}\" value=\"{}\"/>\n",
                           escape::xml_attribute(name), escape::xml_attribute(value));
    }

    void test_case(const Suite& suite, const Case& c) {
        const rules::Rule& r = *c.rule;
        const bool skipped = c.skipped;
        std::vector<const Finding*> failing;
        for (const Finding* f : c.results)
            if (fails(*f)) failing.push_back(f);
        out += fmt::format(
            "    <testcase classname=\"{}\" name=\"{}\"",
            escape::xml_attribute(fmt::format("{}.{}", c.service->service.id, suite.id)),
            escape::xml_attribute(fmt::format("{} – {}", r.id, tr(r.title))));
        if (!failing.empty())
            out += fmt::format(" file=\"{}\" line=\"{}\"",
                               escape::xml_attribute(failing.front()->loc.file),
                               failing.front()->loc.line);
        out += " time=\"0\"";

        std::string body;
        if (c.failed) {
            Grade worst = failing.front()->grade;
            for (const Finding* f : failing)
                if (severity(f->grade) < severity(worst)) worst = f->grade;
            std::string text;
            for (const Finding* f : failing) text += result_line(*f);
            text += rule_lines(r, c.service->service);
            body += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                                engine::grade_key(worst), escape::xml_attribute(tr(r.message)),
                                escape::xml(text));
        } else if (skipped) {
            // The distinct reasons (ikke relevant) and justifications (fravik), in result order.
            std::vector<std::string> reasons;
            for (const Finding* f : c.results) {
                std::string reason = engine::grade_name(f->grade, lang);
                if (!f->detail.empty()) reason += ": " + tr(f->detail);
                if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
                    reasons.push_back(reason);
            }
            body += fmt::format("      <skipped message=\"{}\"/>\n",
                                escape::xml_attribute(fmt::format("{}", fmt::join(reasons, "; "))));
        }

        // Not failures, but worth seeing: suggestions, baselined findings, documented deviations.
        std::string system_out;
        bool suggestion = false, known = false, reserved = false;
        for (const Finding* f : c.results) {
            bool quiet_finding =
                engine::is_finding(f->grade) && !fails(*f);  // forbedringspunkt, or baselined
            if (!quiet_finding && !(f->grade == Grade::fravik && !skipped) &&
                f->grade != Grade::forbehold)
                continue;
            suggestion = suggestion || f->grade == Grade::forbedringspunkt;
            reserved = reserved || f->grade == Grade::forbehold;
            known = known || (quiet_finding && f->grade != Grade::forbedringspunkt);
            system_out += result_line(*f);
        }
        if (!system_out.empty()) {
            // The rule's message and advice, unless the failure above already gives them.
            std::string head, tail;
            if ((suggestion || known) && !c.failed) {
                head = fmt::format(
                    "{}: {}\n",
                    suggestion ? t("forbedringspunkt, ikke en feil", "suggestion, not a failure")
                               : t("kjent fra grunnlinjen, ikke en feil",
                                   "known from the baseline, not a failure"),
                    tr(r.message));
                tail = rule_lines(r, c.service->service);
            } else if (reserved && !c.failed) {
                head = fmt::format("{}: {}\n",
                                   t("oppfylt med forbehold, kontroller beviset",
                                     "met with a reservation, check the evidence"),
                                   tr(r.title));
            }
            body += fmt::format("      <system-out>{}</system-out>\n",
                                escape::xml(head + system_out + tail));
        }

        if (body.empty()) {
            out += "/>\n";
        } else {
            out += ">\n" + body + "    </testcase>\n";
        }
    }

    void suite_head(const Suite& s, size_t tests, size_t failures, size_t skipped) {
        std::string name =
            s.advice ? fmt::format("{} – {}", s.id, s.advice->title.get(lang)) : s.id;
        out += fmt::format("  <testsuite name=\"{}\" {}>\n", escape::xml_attribute(name),
                           counts(tests, failures, skipped));
        out += "    <properties>\n";
        property("råd", s.id);
        if (s.advice) {
            property("nivå", s.advice->level);
            property("styrke", rules::strength_name(s.advice->strength));
            if (!s.advice->legal.empty())
                property(
                    "hjemmel",
                    fmt::format(
                        "{}", fmt::join(rules::legal_annotated(s.advice->legal, Lang::nb), "; ")));
            if (!s.advice->link.empty()) property("lenke", s.advice->link);
        }
        property("revisjonsdato", report.as_of.str());
        out += "    </properties>\n";
    }
};

// One section per suite (advice item): each service's test cases for its rules.
class JunitRenderer : public Renderer {
  public:
    JunitRenderer(const engine::Report& r, const FormatOptions& o) : report_(r), o_(o) {
        // Suites in catalogue order; a rule whose advice item no pack defines gets a suite at the
        // end.
        std::map<std::string, size_t> index;
        for (const rules::Advice* a : r.catalogue->advice) {
            if (index.count(a->id)) continue;
            index[a->id] = suites_.size();
            suites_.push_back({a->id, a});
        }
        std::set<std::string> used;
        for (const rules::Rule* rule : r.catalogue->rules) {
            used.insert(rule->advice);
            if (!index.count(rule->advice)) {
                index[rule->advice] = suites_.size();
                suites_.push_back({rule->advice, nullptr});
            }
        }
        std::erase_if(suites_, [&](const Suite& s) {
            return !used.count(s.id);
        });  // advice items without rules
        for (size_t i = 0; i < suites_.size(); ++i) suite_of_[suites_[i].id] = i;
    }

    // Test cases by rule id (the catalogue's rules are sorted by id).
    std::vector<Piece> service(const engine::ServiceReport& s) const override {
        std::vector<Piece> pieces(suites_.size());
        std::map<const rules::Rule*, std::vector<const Finding*>> by_rule;
        for (const auto& f : s.results) by_rule[f.rule].push_back(&f);
        for (const rules::Rule* r : report_.catalogue->rules) {
            size_t k = suite_of_.at(r->advice);
            Case c{&s, r, std::move(by_rule[r]), false, false};
            c.failed = std::any_of(c.results.begin(), c.results.end(),
                                   [](const Finding* f) { return fails(*f); });
            c.skipped = !c.failed && !c.results.empty() &&
                        std::all_of(c.results.begin(), c.results.end(),
                                    [](const Finding* f) { return skips(*f); });
            Writer w{report_, o_.lang, {}};
            w.test_case(suites_[k], c);
            pieces[k].text += w.out;
            pieces[k].tally[0] += 1;
            pieces[k].tally[1] += c.failed;
            pieces[k].tally[2] += c.skipped;
        }
        return pieces;
    }

    void frame(const Pieces& pieces, Sink& sink) const override {
        // Test cases by service id.
        std::vector<size_t> order(report_.services.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return report_.services[a].service.id < report_.services[b].service.id;
        });
        std::vector<std::array<size_t, 3>> totals(suites_.size());
        std::array<size_t, 3> all{};
        for (size_t k = 0; k < suites_.size(); ++k)
            for (size_t i : order)
                for (size_t n = 0; n < 3; ++n) {
                    totals[k][n] += pieces.tally(k, i)[n];
                    all[n] += pieces.tally(k, i)[n];
                }

        Writer w{report_, o_.lang, {}};
        bool en = o_.lang == Lang::en;
        std::vector<std::string> packs;
        for (const auto& p : report_.catalogue->packs)
            packs.push_back(fmt::format("{} {}", p.id, p.version));
        w.out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        const char* about =
            en ? "medvirk {}, audited as of {} against rule pack {}. One test suite per advice "
                 "item, "
                 "one test case per rule and service. Failure: a nonconformity (avvik), remark "
                 "(merknad) or error (feil) not in the baseline. Skipped: every result not "
                 "applicable "
                 "or a documented deviation (fravik). Suggestions (forbedringspunkt) and baselined "
                 "findings are not failures; they are listed in system-out."
               : "medvirk {}, revidert per {} mot regelpakke {}. Én testsuite per råd, ett "
                 "testtilfelle per regel og tjeneste. Feilet (failure): avvik, merknad eller feil "
                 "som "
                 "ikke er i grunnlinjen. Hoppet over (skipped): alle resultater er ikke relevante "
                 "eller fravik. Forbedringspunkter og funn i grunnlinjen er ikke feil; de står i "
                 "system-out.";
        w.out += fmt::format("<!-- {} -->\n", escape::xml_comment(fmt::format(
                                                  fmt::runtime(about), MEDVIRK_VERSION,
                                                  report_.as_of.str(), fmt::join(packs, ", "))));
        w.out += fmt::format("<testsuites name=\"medvirk\" {}>\n",
                             Writer::counts(all[0], all[1], all[2]));
        for (size_t k = 0; k < suites_.size(); ++k) {
            w.suite_head(suites_[k], totals[k][0], totals[k][1], totals[k][2]);
            sink.write(w.out);
            w.out.clear();
            for (size_t i : order) pieces.write(k, i, sink);
            sink.write("  </testsuite>\n");
        }
        sink.write(w.out + "</testsuites>\n");
    }

  private:
    const engine::Report& report_;
    FormatOptions o_;
    std::vector<Suite> suites_;
    std::map<std::string, size_t> suite_of_;
};

}  // namespace

std::unique_ptr<Renderer> make_junit(const engine::Report& report, const FormatOptions& options) {
    return std::make_unique<JunitRenderer>(report, options);
}

}  // namespace medvirk::report
