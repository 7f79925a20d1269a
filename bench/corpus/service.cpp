#include "service.hpp"

#include <algorithm>
#include <cstdio>

#include "../days.hpp"
#include "words.hpp"
#include "yaml_out.hpp"

namespace bench {
namespace {

enum class Quality { good, partly, poor };

// ASCII file-name and id form of a Norwegian name.
std::string slug(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            unsigned char d = static_cast<unsigned char>(s[++i]);
            if (d == 0x86 || d == 0xA6)
                out += "ae";  // Æ æ
            else if (d == 0x98 || d == 0xB8)
                out += "o";  // Ø ø
            else if (d == 0x85 || d == 0xA5)
                out += "a";  // Å å
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string lower_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

struct Doc {
    std::string type;
    std::string variant;  // kompetanseplan: ledere or ansatte
    int steps = 0;
};

class Writer {
  public:
    Writer(Rng& rng, const std::vector<Tag>& tags, int index, long as_of)
        : rng_(rng), as_of_(as_of), index_(index) {
        const int roll = rng_.between(0, 99);
        q_ = roll < 30 ? Quality::good : roll < 80 ? Quality::partly : Quality::poor;
        place_ = rng_.pick(words::place_head) + rng_.pick(words::place_tail);
        kommune_ = rng_.chance(70);
        institution_ = !kommune_ && rng_.chance(60);
        if (rng_.chance(20)) groups_.push_back("barn");
        if (rng_.chance(40) || groups_.size() == 1) groups_.push_back("unge");
        if (rng_.chance(85) || groups_.empty()) groups_.push_back("voksne");
        if (rng_.chance(20)) groups_.push_back("eldre");
        leader_ = rng_.pick(words::leader_roles);
        // The coverage tags this service's routines carry: nearly all for a good service, few for a
        // poor one. Steps take them in turn.
        const int keep = pct(97, 65, 25);
        for (const Tag& t : tags)
            if (rng_.chance(keep)) pending_.push_back(&t);
        rng_.shuffle(pending_);
    }

    std::vector<File> write(int documents) {
        std::vector<Doc> plan = plan_documents(documents);
        int total_steps = 0;
        for (const Doc& d : plan) total_steps += d.steps;
        if (total_steps > 0)
            tags_per_step_ = std::clamp<int>(
                static_cast<int>((pending_.size() + static_cast<size_t>(total_steps) - 1) /
                                 static_cast<size_t>(total_steps)),
                1, 3);

        std::vector<File> files;
        files.push_back({"tjeneste.yaml", service_document()});
        int routine = 0;
        for (const Doc& d : plan) {
            YamlOut y;
            std::string name;
            if (d.type == "brukerråd") {
                brukerrad(y, d.steps);
                name = "brukerråd.yaml";
            } else if (d.type == "fravik") {
                fravik(y);
                name = "fravik.yaml";
            } else if (d.type == "rutine") {
                rutine(y, d.steps);
                char buf[32];
                std::snprintf(buf, sizeof buf, "rutiner/rutine-%02d.yaml", ++routine);
                name = buf;
            } else {
                template_document(y, d);
                name = (d.type == "barn_og_unge" ? std::string("barn-og-unge") : d.type) +
                       (d.variant.empty() ? "" : "-" + d.variant) + ".yaml";
            }
            files.push_back({name, y.text()});
        }
        return files;
    }

  private:
    int pct(int good, int partly, int poor) const {
        return q_ == Quality::good ? good : q_ == Quality::partly ? partly : poor;
    }
    // A defect, with its probability in percent for a good, a partly and a poor service.
    bool flaw(int good, int partly, int poor) { return rng_.chance(pct(good, partly, poor)); }
    bool has_group(const char* g) const {
        return std::find(groups_.begin(), groups_.end(), g) != groups_.end();
    }
    std::string date(long day) const { return civil_from_days(day); }
    std::string next_id(const std::string& type) {
        return slug(type) + "-" + std::to_string(++ids_);
    }

    std::vector<Doc> plan_documents(int documents) {
        std::vector<Doc> core = {{"brukerråd", "", 0},
                                 {"kompetanseplan", "ledere", 0},
                                 {"samarbeidsavtale", "", 0},
                                 {"brukererfaringer", "", 0},
                                 {"pårørende", "", 0},
                                 {"aktøroversikt", "", 0},
                                 {"kompetanseplan", "ansatte", 0}};
        if (has_group("barn") || has_group("unge")) core.push_back({"barn_og_unge", "", 0});
        if (q_ != Quality::poor || rng_.chance(50))
            if (rng_.chance(50)) core.push_back({"fravik", "", 0});
        rng_.shuffle(core);
        std::vector<Doc> plan;
        for (const Doc& d : core) {
            if (static_cast<int>(plan.size()) + 1 >= documents) break;
            if (flaw(3, 15, 40)) continue;  // a missing document
            plan.push_back(d);
        }
        while (static_cast<int>(plan.size()) + 1 < documents) plan.push_back({"rutine", "", 0});
        for (Doc& d : plan) {
            if (d.type == "fravik")
                d.steps = 0;
            else if (d.type == "aktøroversikt")
                d.steps = rng_.between(2, 6);
            else if (d.type == "brukerråd")
                d.steps = rng_.between(10, 20);
            else
                d.steps = rng_.between(12, 30);
        }
        return plan;
    }

    std::string service_document() {
        YamlOut y;
        y.raw(0, "type", "tjeneste");
        y.kv(0, "id", "tj-" + std::to_string(index_) + "-" + slug(place_));
        y.kv(0, "navn",
             kommune_ ? "Psykisk helse og rus, " + place_ + " kommune"
                      : place_ + " DPS – distriktspsykiatrisk senter");
        y.raw(0, "nivå", kommune_ ? "kommune" : "spesialisthelsetjeneste");
        if (institution_) y.raw(0, "helseinstitusjon", "true");
        y.raw(0, "målgrupper", flow(groups_));
        y.raw(0, "fagfelt", "[psykisk_helse, rus]");
        if (!flaw(5, 25, 60))
            y.kv(0, "nettside",
                 kommune_ ? "https://www." + slug(place_) + ".kommune.no/helse/psykisk-helse-og-rus"
                          : "https://www.helse-" + slug(place_) + ".no/dps");
        y.kv(0, "eier", kommune_ ? place_ + " kommune" : "Helse " + place_ + " HF");
        if (institution_ && !flaw(2, 20, 60))
            y.folded(0, "informasjonsansvarlig",
                     "Pasientens behandlingsansvarlige lege eller psykolog; i døgnavdelingen har "
                     "avdelingsoverlegen det overordnede ansvaret for at informasjon blir gitt.");
        return y.text();
    }

    void header(YamlOut& y, const std::string& type, const std::string& title) {
        y.raw(0, "type", type);
        y.kv(0, "id", next_id(type));
        y.kv(0, "tittel", flaw(0, 1, 5) ? "FYLL UT: tittel på dokumentet" : title);
        dokumentstyring(y);
    }

    void dokumentstyring(YamlOut& y) {
        if (flaw(0, 3, 30)) return;
        y.open(0, "dokumentstyring");
        if (!flaw(1, 5, 20))
            y.kv(2, "versjon",
                 std::to_string(rng_.between(1, 5)) + "." + std::to_string(rng_.between(0, 9)));
        if (!flaw(1, 5, 25)) y.kv(2, "dokumentansvarlig", rng_.pick(words::leader_roles));
        if (!flaw(2, 12, 40)) y.kv(2, "godkjent_av", leader_);
        if (!flaw(1, 5, 20))
            y.raw(2, "godkjent",
                  date(flaw(1, 3, 10) ? as_of_ + rng_.between(5, 90)
                                      : as_of_ - rng_.between(20, 400)));
        if (!flaw(1, 5, 20))
            y.raw(2, "revideres",
                  date(flaw(2, 15, 40) ? as_of_ - rng_.between(1, 400)
                                       : as_of_ + rng_.between(20, 500)));
    }

    void intro(YamlOut& y) {
        if (!flaw(2, 10, 30)) y.folded(0, "hensikt", rng_.pick(words::purposes));
        if (!flaw(5, 15, 40)) y.folded(0, "omfang", rng_.pick(words::scopes));
    }

    std::string step_text(std::vector<std::string>& dekker) {
        std::string text;
        for (int i = 0; i < tags_per_step_ && next_tag_ < pending_.size(); ++i) {
            const Tag* t = pending_[next_tag_++];
            text += t->text + ". ";
            dekker.push_back(t->tag);
        }
        if (text.empty())
            text = rng_.pick(words::openings) + " " + lower_first(rng_.pick(words::staff_roles)) +
                   " " + rng_.pick(words::actions) + ". ";
        text += rng_.pick(words::details);
        if (rng_.chance(50)) text += " " + rng_.pick(words::details);
        return text;
    }

    void steps(YamlOut& y, int indent, int count) {
        for (int i = 0; i < count; ++i) {
            std::vector<std::string> dekker;
            y.item_kv(indent, "steg", step_text(dekker));
            if (rng_.chance(90)) y.kv(indent + 2, "ansvarlig", rng_.pick(words::staff_roles));
            if (!dekker.empty() && !flaw(1, 8, 25))
                y.raw(indent + 2, "dekker", flow(dekker));  // else: an untagged step
        }
    }

    void procedure(YamlOut& y, int count) {
        if (count <= 0) return;
        y.open(0, "fremgangsmåte");
        steps(y, 2, count);
    }

    void referanser(YamlOut& y) {
        if (flaw(10, 30, 60)) return;
        y.open(0, "referanser");
        const int n = rng_.between(1, 4);
        for (int i = 0; i < n; ++i)
            y.item(2, words::references[(static_cast<size_t>(i) * 3 + rng_.below(3)) %
                                        words::references.size()]);
    }

    std::string org(const std::vector<std::string>& names) {
        return rng_.pick(names) + " " + place_;
    }

    void member(YamlOut& y, const std::string& rolle, const std::string& organisasjon,
                const std::string& fagfelt, const std::string& representerer) {
        y.item_kv(2, "rolle", rolle);
        if (!organisasjon.empty()) y.kv(4, "organisasjon", organisasjon);
        if (!fagfelt.empty()) y.raw(4, "fagfelt", "[" + fagfelt + "]");
        if (!representerer.empty()) y.raw(4, "representerer", "[" + representerer + "]");
        if (rolle == "brukerrepresentant" || rolle == "pårørenderepresentant") {
            const long from = as_of_ - rng_.between(30, 700);
            y.raw(4, "oppnevnt", date(from));
            y.raw(4, "oppnevnt_til",
                  date(flaw(1, 10, 35) ? as_of_ - rng_.between(1, 200)
                                       : from + 730 + rng_.between(0, 365)));
        }
    }

    void brukerrad(YamlOut& y, int n) {
        header(y, "brukerråd",
               kommune_ ? "Brukerråd for psykisk helse og rus i " + place_ + " kommune"
                        : "Brukerutvalget ved " + place_ + " DPS");
        if (!kommune_)
            y.raw(0, "organ", "brukerutvalg");
        else if (has_group("unge") && rng_.chance(20))
            y.raw(0, "organ", "ungdomsråd");
        y.raw(0, "fagfelt", flaw(5, 30, 60) ? "[psykisk_helse]" : "[psykisk_helse, rus]");
        if (!flaw(0, 10, 40)) {
            y.open(0, "mandat");
            if (!flaw(1, 10, 40))
                y.folded(2, "funksjon",
                         "Rådet gir råd om planlegging, organisering og forbedring av tjenestene, "
                         "uttaler seg om saker som berører brukere og pårørende før de avgjøres, "
                         "og kan selv ta opp saker.");
            if (!flaw(2, 15, 40)) y.raw(2, "oppnevningstid_år", std::to_string(rng_.between(2, 4)));
            if (!flaw(2, 15, 45))
                y.raw(2, "maks_sammenhengende_år", std::to_string(rng_.between(4, 8)));
            if (!flaw(3, 20, 50))
                y.folded(2, "rotasjon",
                         "Plassene lyses ut til organisasjonene ved hver ny periode, slik at ulike "
                         "bruker- og pårørendeorganisasjoner blir representert over tid.");
            if (!flaw(3, 20, 50)) y.raw(2, "møter_per_år", std::to_string(rng_.between(4, 10)));
            if (!flaw(5, 30, 60))
                y.folded(2, "godtgjøring",
                         "Møtehonorar etter kommunens satser, dekning av tapt arbeidsinntekt og "
                         "reiseutgifter etter statens reiseregulativ.");
        }
        y.open(0, "medlemmer");
        if (!flaw(0, 5, 30)) {
            member(y, "brukerrepresentant", org(words::user_orgs), "psykisk_helse", "voksne");
            if (!flaw(3, 25, 50)) member(y, "brukerrepresentant", "RIO " + place_, "rus", "voksne");
        }
        if ((has_group("unge") || has_group("barn")) && !flaw(5, 30, 60))
            member(y, "brukerrepresentant", "Mental Helse Ungdom " + place_, "psykisk_helse",
                   "unge");
        if (has_group("eldre") && !flaw(5, 30, 60))
            member(y, "brukerrepresentant", "Pensjonistforbundet " + place_, "", "eldre");
        if (!flaw(2, 20, 50))
            member(y, "pårørenderepresentant", org(words::kin_orgs), "psykisk_helse", "");
        if (rng_.chance(40)) member(y, "erfaringskonsulent", "", "", "");
        if (rng_.chance(15)) {
            member(y, "enkeltstemme", "", "", "");
            if (!flaw(5, 30, 60))
                y.folded(4, "begrunnelse",
                         "Ingen organisasjon for personer med spiseforstyrrelser har lokallag i "
                         "opptaksområdet, så rådet har en enkeltstemme med egen erfaring.");
        }
        member(y, "leder", "", "", "");
        y.kv(4, "navn", leader_);
        member(y, "ansatt", "", "", "");
        y.kv(4, "navn", "Brukerrådgiver (sekretær)");
        const int recruit = std::min(3, n / 3);
        if (recruit > 0) {
            y.open(0, "rekruttering");
            y.open(2, "fremgangsmåte");
            steps(y, 4, recruit);
        }
        procedure(y, n - recruit);
        referanser(y);
    }

    void fravik(YamlOut& y) {
        header(y, "fravik", "Register over fravik fra nasjonale faglige råd");
        y.open(0, "fravik");
        const int n = rng_.between(1, 3);
        for (int i = 0; i < n; ++i) {
            y.item_kv(2, "regel",
                      flaw(0, 5, 25) ? "S9-UKJENT-REGEL" : rng_.pick(words::deviable_rules));
            if (!flaw(0, 10, 40))
                y.folded(
                    4, "begrunnelse",
                    "Tjenesten har valgt en annen praksis etter en konkret vurdering: "
                    "oppgaven ivaretas av en annen instans i kommunen, og en egen ordning ville "
                    "gitt dobbelt arbeid uten nytte for brukerne.");
            if (!flaw(0, 10, 30)) y.kv(4, "besluttet_av", leader_);
            y.raw(4, "besluttet",
                  date(flaw(0, 5, 15) ? as_of_ + rng_.between(5, 60)
                                      : as_of_ - rng_.between(10, 300)));
            y.raw(4, "gyldig_til",
                  date(flaw(2, 15, 40) ? as_of_ - rng_.between(1, 300)
                                       : as_of_ + rng_.between(30, 600)));
        }
    }

    void rutine(YamlOut& y, int n) {
        header(y, "rutine", rng_.pick(words::routine_topics));
        intro(y);
        if (!flaw(5, 20, 50)) {
            y.open(0, "ansvar");
            const int k = rng_.between(1, 3);
            for (int i = 0; i < k; ++i) {
                y.item_kv(2, "rolle", i == 0 ? leader_ : rng_.pick(words::staff_roles));
                y.folded(4, "oppgave",
                         "Sørger for at rutinen er kjent og blir fulgt, og " +
                             rng_.pick(words::actions) + ".");
            }
        }
        procedure(y, n);
        referanser(y);
    }

    void template_document(YamlOut& y, const Doc& d) {
        const std::string& t = d.type;
        if (t == "samarbeidsavtale") {
            header(y, t, "Samarbeidsavtale med bruker- og pårørendeorganisasjonene i " + place_);
            intro(y);
            y.open(0, "parter");
            y.item_kv(2, "organisasjon", org(words::user_orgs));
            y.raw(4, "type", "brukerorganisasjon");
            y.raw(4, "fagfelt", "[psykisk_helse]");
            y.item_kv(2, "organisasjon", org(words::kin_orgs));
            y.raw(4, "type", "pårørendeorganisasjon");
            if (rng_.chance(50)) {
                y.item_kv(2, "organisasjon", "KORUS " + place_);
                y.raw(4, "type", "kompetansesenter");
                y.raw(4, "fagfelt", "[rus]");
            }
            if (!flaw(5, 25, 60))
                y.folded(0, "mål",
                         "Brukernes og de pårørendes erfaringer skal prege hvordan tjenesten "
                         "planlegger, "
                         "organiserer og forbedrer tilbudet.");
            if (!flaw(5, 25, 60))
                y.folded(0, "arenaer",
                         "Brukerrådet, forbedringsgrupper og et årlig dialogmøte mellom ledelsen "
                         "og organisasjonene.");
            if (!flaw(5, 25, 60))
                y.folded(
                    0, "oppfølging",
                    "Avtalen evalueres i dialogmøtet hvert år i november, og revideres ved behov.");
            if (!flaw(5, 25, 60))
                y.folded(0, "ansvar",
                         "Tjenesten kaller inn, forbereder saker og skriver protokoll; "
                         "organisasjonene foreslår representanter.");
            if (!flaw(5, 25, 60))
                y.folded(0, "økonomi",
                         "Godtgjøring etter kommunens satser og dekning av reiseutgifter.");
            if (!flaw(5, 25, 60))
                y.folded(0, "bidrag",
                         "Organisasjonene stiller representanter og gir innspill til planene.");
            if (!flaw(5, 25, 60)) y.raw(0, "møter_per_år", std::to_string(rng_.between(2, 10)));
            if (!flaw(10, 40, 70))
                y.folded(0, "permisjon", "Representanter i prosjektarbeid frikjøpes etter avtale.");
        } else if (t == "aktøroversikt") {
            header(y, t, "Aktører i bruker- og pårørendefeltet i " + place_);
            intro(y);
            y.open(0, "aktører");
            struct A {
                const char* type;
                std::string name;
            };
            std::vector<A> actors = {
                {"brukerorganisasjon", org(words::user_orgs)},
                {"pårørendeorganisasjon", org(words::kin_orgs)},
                {"brukerstyrt_senter", "Brukerstyrt senter " + place_},
                {"likepersontilbud", "Likepersontjenesten i " + place_},
                {"selvhjelpsgruppe", "Selvhjelp " + place_},
                {"lærings_og_mestringssenter", "Lærings- og mestringssenteret " + place_},
                {"frisklivssentral", "Frisklivssentralen i " + place_},
                {"frivillig_organisasjon", "Røde Kors " + place_},
                {"brukerråd", "Brukerrådet i " + place_}};
            for (const A& a : actors) {
                if (flaw(5, 25, 50)) continue;
                y.item_kv(2, "navn", a.name);
                y.raw(4, "type", a.type);
                if (!flaw(2, 10, 35))
                    y.folded(4, "rolle",
                             "Gir brukere og pårørende et tilbud i " + place_ + " og " +
                                 rng_.pick(words::actions) + ".");
                if (rng_.chance(50)) y.kv(4, "kontakt", "post@" + slug(a.name) + ".no");
                if (std::string(a.type) == "likepersontilbud" ||
                    std::string(a.type) == "selvhjelpsgruppe")
                    if (!flaw(5, 30, 60)) y.raw(4, "digitalt", rng_.chance(50) ? "true" : "false");
            }
            y.item_kv(2, "navn", "Fastlegene i " + place_);
            y.raw(4, "type", "annet");
        } else if (t == "kompetanseplan") {
            const bool leaders = d.variant == "ledere";
            header(y, t,
                   leaders ? "Kompetanseplan for ledere – bruker- og pårørendemedvirkning"
                           : "Kompetanseplan for ansatte – medvirkning i praksis");
            intro(y);
            y.raw(0, "målgruppe", leaders ? "[ledere, tjenesteledere]" : "[ansatte]");
            if (!flaw(5, 25, 60))
                y.folded(0, "kartlegging",
                         "Kompetansen kartlegges i den årlige medarbeidersamtalen og i "
                         "kompetanseportalen.");
        } else if (t == "brukererfaringer") {
            header(y, t, "Innhenting og bruk av erfaringer fra brukere og pårørende");
            intro(y);
            if (!flaw(2, 20, 50)) {
                std::vector<std::string> m = {"spørreundersøkelse"};
                if (!flaw(5, 30, 60)) m.push_back("tilbakemeldingsverktøy");
                if (!flaw(10, 40, 70)) m.push_back("pasientens_fotspor");
                if (rng_.chance(40)) m.push_back("brukerpanel");
                y.raw(0, "metoder", flow(m));
            }
            if (!flaw(2, 20, 50))
                y.folded(
                    0, "hyppighet",
                    "Tilbakemeldingsverktøy i hver samtale og spørreundersøkelse hvert andre år.");
        } else if (t == "barn_og_unge") {
            header(y, t, "Medvirkning for barn og unge");
            intro(y);
            y.open(0, "aldersgrenser");
            const bool wrong = flaw(2, 20, 45);
            y.raw(2, "foreldre_informeres_under", wrong ? "15" : "16");
            y.raw(2, "unntak_fra", "12");
            y.raw(2, "eget_valg_fra", "16");
            y.raw(2, "foreldre_nødvendig_informasjon_til", "18");
        } else if (t == "pårørende") {
            header(y, t, "Pårørendeinvolvering og barn som pårørende");
            intro(y);
            if (!flaw(2, 15, 40)) {
                y.open(0, "samtykke");
                y.raw(2, "per_person", flaw(2, 15, 40) ? "false" : "true");
                y.raw(2, "per_informasjonstype", flaw(2, 20, 50) ? "false" : "true");
                if (!flaw(5, 25, 50))
                    y.kv(2, "fornyes", "Ved hver evaluering av planen og når brukeren ber om det.");
            }
            if (!flaw(2, 20, 50))
                y.kv(0, "barneansvarlig", "Barneansvarlig personell i hver enhet");
        }
        procedure(y, d.steps);
        referanser(y);
    }

    Rng& rng_;
    long as_of_;
    int index_;
    Quality q_;
    std::string place_;
    bool kommune_ = true;
    bool institution_ = false;
    std::vector<std::string> groups_;
    std::string leader_;
    std::vector<const Tag*> pending_;
    size_t next_tag_ = 0;
    int tags_per_step_ = 1;
    int ids_ = 0;
};

}  // namespace

std::vector<File> make_service(Rng& rng, const std::vector<Tag>& tags, int index, int documents,
                               long as_of) {
    return Writer(rng, tags, index, as_of).write(documents);
}

}  // namespace bench
