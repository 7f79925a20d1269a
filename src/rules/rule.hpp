#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checks/check.hpp"
#include "core/diag.hpp"
#include "core/text.hpp"

namespace medvirk::rules {

// The guideline's own words decide severity: skal -> avvik, bør -> merknad, kan ->
// forbedringspunkt.
enum class Strength { skal, bor, kan };

const char* strength_name(Strength s);  // "skal", "bør", "kan"
std::optional<Strength> parse_strength(const std::string& s);
// The strength in the report's language: skal/bør/kan, or shall/should/may.
const char* strength_word(Strength s, Lang lang);

// One item of `hjemmel`: a law (section) and the service levels it binds (empty: every level).
// A municipality is bound by helse- og omsorgstjenesteloven, a health trust by
// spesialisthelsetjenesteloven and helseforetaksloven: a finding shows only what binds its service.
struct LegalBasis {
    std::string text;
    std::vector<std::string> levels;  // kommune | spesialisthelsetjeneste

    bool binds(const std::vector<std::string>& service_levels) const;
    // "text (bare spesialisthelsetjeneste)" when level-bound (en: "(specialist health service
    // only)")
    std::string annotated(Lang lang) const;
};

// The items that bind a service at one of `levels` (every item when `levels` is empty).
std::vector<std::string> legal_for(const std::vector<LegalBasis>& legal,
                                   const std::vector<std::string>& levels);
// Every item, level-bound ones annotated with their levels (rule docs, `rules show`).
std::vector<std::string> legal_annotated(const std::vector<LegalBasis>& legal, Lang lang);

// Where a rule's requirement comes from (`opphav`): the guideline (default), a law the guideline
// does not state (a statutory add-on), or medvirk's own policy (document control).
enum class Origin { rad, lov, policy };
const char* origin_name(Origin o);  // "råd", "lov", "policy"
std::optional<Origin> parse_origin(const std::string& s);
Text origin_text(Origin o);  // how a report says it; empty for `råd`

// A level's name in the report's language: a service level (kommune, spesialisthelsetjeneste)
// or an advice level (system, tjeneste, individ, dokument).
std::string level_name(const std::string& level, Lang lang);
// "hjemmel" for a skal rule (the law that makes it a duty), "rettslig bakgrunn" for bør and kan.
const char* legal_label(Strength s, Lang lang);

// An advice item of a guideline (S1 … I6), or a cross-cutting group such as document control.
struct Advice {
    std::string id;
    std::string level;  // system | tjeneste | individ | dokument
    Text title;         // the official title, verbatim (the same in both languages), or the
                        // pack's own title of a group that is not an advice item (nb and en)
    Strength strength = Strength::bor;
    std::vector<LegalBasis> legal;  // background for the advice item as a whole
    std::string link;
    std::string pack;
    Location loc;
};

// A coverage tag of the controlled vocabulary used in `dekker:`.
struct Tag {
    std::string id;
    Text doc;
    std::vector<std::string> indicators;  // `tegn`: lowercase stems the step text should show
    Text shared;  // `delt`: why two rules that can apply together may both rest on this tag alone
    std::string pack;
    Location loc;
};

// When a rule applies, judged from the service document.
struct Applicability {
    std::vector<std::string> levels;         // nivå: any of
    std::vector<std::string> target_groups;  // målgrupper: any of
    std::optional<bool> institution;         // helseinstitusjon
};

struct Rule {
    std::string id;
    Text title;
    std::string advice;       // Advice::id
    std::string requirement;  // catalogue letter(s), e.g. "a"
    std::string quote;        // `sitat`: verbatim sentence from the source
    std::string source;       // `kilde`: source document id
    Strength strength = Strength::bor;
    std::vector<LegalBasis> legal;  // `hjemmel`
    Origin origin = Origin::rad;    // `opphav`
    Applicability applies;
    std::vector<std::string> subjects;  // `gitt`: document types, "*" = every routine document
    std::string each;                   // `hver`: a list in each subject; the check runs per item
    bool missing_is_failure = true;     // `mangler`: brudd (true) | ikke_relevant (false)
    checks::CheckPtr
        condition;           // `hvis`: the rule applies to a subject (or item) only when it holds
    checks::CheckPtr check;  // null only in a pack that did not load
    Text message;            // `melding`: when not met
    Text remedy;             // `tiltak`
    Text passes;             // `oppfylt`: what passes
    std::string example;     // `eksempel`: a YAML snippet that passes
    std::string link;
    std::string pack;
    Location loc;
};

// A coverage view (`dekningsvisninger`): a framework whose elements are each covered by routine
// steps carrying one of their tags, e.g. CHIME. Reported per service; not graded by itself.
struct ViewElement {
    std::string id;
    Text title;
    std::vector<std::string> tags;
    Location loc;
};

struct CoverageView {
    std::string id;
    Text title;
    std::string quote;   // `sitat`: verbatim sentence introducing the framework
    std::string source;  // `kilde`
    std::vector<std::string>
        types;  // `gitt`: document types whose steps count (empty: every routine document)
    std::vector<ViewElement> elements;
    std::string pack;
    Location loc;
};

struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string link;
};

struct Pack {
    std::string id;
    std::string version;
    Text title;
    std::string
        profile;  // `profil`: a built-in opt-in pack, loaded only when the profile is asked for
    bool guidance =
        false;  // `art: veiledning`: guidance, not law (strength at most bør, no legal basis)
    std::string file;
    std::string sha256;  // over the pack's files, in load order (name and text)
    std::vector<Source> sources;
    std::vector<Advice> advice;
    std::vector<Tag> tags;
    std::vector<Rule> rules;
    std::vector<CoverageView> views;
};

// Every loaded pack, with lookups. Rules and tags are sorted by id.
struct Catalogue final : checks::RuleIds {
    Catalogue() = default;
    Catalogue(const Catalogue&) = delete;  // holds pointers into `packs`
    Catalogue& operator=(const Catalogue&) = delete;
    Catalogue(Catalogue&&) = default;
    Catalogue& operator=(Catalogue&&) = default;

    std::vector<Pack> packs;
    std::vector<const Rule*> rules;
    std::vector<const Advice*> advice;  // in pack order, then file order
    std::vector<const Tag*> tags;
    std::vector<const CoverageView*> views;  // in pack order
    std::vector<std::string>
        vocabulary;  // every tag of every pack read, also of profiles not asked for (sorted)
    std::vector<std::string> profiles;  // profiles applied, in the order asked for

    const Rule* rule(const std::string& id) const;
    bool has_rule(const std::string& id) const override { return rule(id) != nullptr; }
    const Tag* tag(const std::string& id) const;  // among the applied packs' tags
    const std::vector<std::string>* indicators(const std::string& tag) const override;
    const Advice* find_advice(const std::string& id) const;
    const Source* source(const std::string& id) const;
    std::vector<std::string> tag_names() const;  // sorted: the tags of the applied packs
    std::vector<std::string> rule_ids() const;   // sorted
};

// Where a rule stands, for a finding's source line: "råd I1 (bør) · regel skal", and what the
// rule's origin adds when it is not the guideline (en: "advice I1 (should) · rule shall").
Text source_label(const Rule& rule, const Catalogue& catalogue);

}  // namespace medvirk::rules
