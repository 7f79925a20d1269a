#include "model/format.hpp"

namespace medvirk::model {

namespace {

using T = FieldType;

FieldSpec f(std::string key, FieldType type, Text doc, bool required = false) {
    FieldSpec s;
    s.key = std::move(key);
    s.type = type;
    s.doc = std::move(doc);
    s.required = required;
    return s;
}

FieldSpec enumeration(std::string key, std::vector<std::string> values, Text doc,
                      bool required = false) {
    FieldSpec s = f(std::move(key), T::enumeration, std::move(doc), required);
    s.values = std::move(values);
    return s;
}

FieldSpec enum_list(std::string key, std::vector<std::string> values, Text doc,
                    bool required = false) {
    FieldSpec s = f(std::move(key), T::list, std::move(doc), required);
    s.item = T::enumeration;
    s.values = std::move(values);
    return s;
}

FieldSpec text_list(std::string key, Text doc) {
    FieldSpec s = f(std::move(key), T::list, std::move(doc));
    s.item = T::text;
    return s;
}

FieldSpec object(std::string key, const ObjectSpec& spec, Text doc, bool required = false) {
    FieldSpec s = f(std::move(key), T::object, std::move(doc), required);
    s.object = &spec;
    return s;
}

FieldSpec object_list(std::string key, const ObjectSpec& spec, Text doc) {
    FieldSpec s = f(std::move(key), T::list, std::move(doc));
    s.item = T::object;
    s.object = &spec;
    return s;
}

const std::vector<std::string> target_groups = {"barn", "unge", "voksne", "eldre"};
const std::vector<std::string> fields_of_work = {"psykisk_helse", "rus"};

const ObjectSpec document_control{
    "dokumentstyring",
    {
        f("versjon", T::text, {"Versjonsnummer, f.eks. \"2.1\"", "Version, e.g. \"2.1\""}),
        f("dokumentansvarlig", T::text,
          {"Rollen som eier dokumentet", "The role that owns the document"}),
        f("godkjent_av", T::text,
          {"Rollen som godkjente dokumentet", "The role that approved the document"}),
        f("godkjent", T::period,
          {"Godkjenningsdato (ÅÅÅÅ-MM-DD), eller perioden den ble godkjent i (ÅÅÅÅ-MM, ÅÅÅÅ): "
           "leses som periodens første dag",
           "Approval date (YYYY-MM-DD), or the period it was approved in (YYYY-MM, YYYY): read "
           "as the period's first day"}),
        f("revideres", T::period,
          {"Neste revisjon senest (ÅÅÅÅ-MM-DD), eller perioden den skal revideres i (ÅÅÅÅ-MM, "
           "ÅÅÅÅ): leses som periodens siste dag",
           "Next review due (YYYY-MM-DD), or the period it is due in (YYYY-MM, YYYY): read as "
           "the period's last day"}),
    }};

const ObjectSpec step{
    "steg",
    {
        f("steg", T::text, {"Hva som gjøres, i klartekst", "What is done, in plain words"}, true),
        f("ansvarlig", T::text, {"Hvem som gjør det", "Who does it"}),
        f("dekker", T::tags,
          {"Krav steget dekker (ord fra regelpakkenes vokabular)",
           "Requirements the step covers (tags from the rule packs' vocabulary)"}),
    }};

const ObjectSpec responsibility{
    "ansvar",
    {
        f("rolle", T::text, {"Rolle", "Role"}, true),
        f("oppgave", T::text, {"Hva rollen har ansvar for", "What the role is responsible for"}),
    }};

const ObjectSpec mandate{
    "mandat",
    {
        f("funksjon", T::text, {"Rådets funksjon og oppgaver", "The council's function and tasks"}),
        f("oppnevningstid_år", T::integer,
          {"Oppnevningsperiode i år", "Term of appointment, years"}),
        f("maks_sammenhengende_år", T::integer,
          {"Lengste sammenhengende tid en representant kan sitte, i år",
           "Longest continuous time a representative may serve, years"}),
        f("rotasjon", T::text,
          {"Hvordan ulike organisasjoner blir representert over tid",
           "How different organisations are represented over time"}),
        f("møter_per_år", T::integer, {"Antall møter per år", "Meetings per year"}),
        f("godtgjøring", T::text,
          {"Møtehonorar, tapt arbeidsinntekt og reiseutgifter",
           "Meeting fees, lost earnings and travel costs"}),
    }};

const ObjectSpec member{
    "medlem",
    {
        enumeration("rolle",
                    {"brukerrepresentant", "pårørenderepresentant", "erfaringskonsulent", "ansatt",
                     "leder", "enkeltstemme"},
                    {"Medlemmets rolle i rådet", "The member's role on the council"}, true),
        f("navn", T::text, {"Navn (valgfritt)", "Name (optional)"}),
        f("organisasjon", T::text,
          {"Bruker- eller pårørendeorganisasjonen medlemmet representerer",
           "The user or next-of-kin organisation the member represents"}),
        enum_list("fagfelt", fields_of_work,
                  {"Organisasjonens fagfelt", "The organisation's field"}),
        enum_list("representerer", target_groups,
                  {"Målgrupper medlemmet representerer", "Target groups the member represents"}),
        f("begrunnelse", T::text,
          {"Hvorfor en enkeltstemme brukes i stedet for en representant fra en organisasjon",
           "Why a single voice is used instead of an organisation's representative"}),
        f("oppnevnt", T::date, {"Oppnevnt fra (ÅÅÅÅ-MM-DD)", "Appointed from (YYYY-MM-DD)"}),
        f("oppnevnt_til", T::date, {"Oppnevnt til (ÅÅÅÅ-MM-DD)", "Appointed until (YYYY-MM-DD)"}),
    }};

const ObjectSpec recruitment{
    "rekruttering",
    {
        object_list("fremgangsmåte", step,
                    {"Stegene i rekrutteringen", "The steps of the recruitment"}),
    }};

FieldSpec common_type() { return f("type", T::text, {"Dokumenttype", "Document type"}, true); }
FieldSpec common_id() {
    return f("id", T::text,
             {"Unik, stabil identifikator i rutinesettet", "Unique, stable id in the routine set"},
             true);
}
FieldSpec common_title() { return f("tittel", T::text, {"Tittel", "Title"}, true); }
FieldSpec common_control() {
    return object("dokumentstyring", document_control,
                  {"Dokumentstyring: eier, godkjenning, versjon og revisjon",
                   "Document control: owner, approval, version and review"});
}
FieldSpec common_steps() {
    return object_list("fremgangsmåte", step,
                       {"Fremgangsmåte: stegene i rutinen", "Procedure: the routine's steps"});
}
FieldSpec common_refs() {
    return text_list("referanser",
                     {"Lover, forskrifter og veiledere", "Laws, regulations, guides"});
}

const ObjectSpec party{
    "part",
    {
        f("organisasjon", T::text, {"Organisasjonens navn", "The organisation's name"}, true),
        enumeration("type",
                    {"brukerorganisasjon", "pårørendeorganisasjon", "brukerstyrt_senter",
                     "kompetansesenter", "annet"},
                    {"Slags organisasjon", "Kind of organisation"}),
        enum_list("fagfelt", fields_of_work,
                  {"Organisasjonens fagfelt", "The organisation's field"}),
    }};

const ObjectSpec actor{
    "aktør",
    {
        f("navn", T::text, {"Aktørens navn", "The actor's name"}, true),
        enumeration("type",
                    {"brukerorganisasjon", "pårørendeorganisasjon", "brukerstyrt_senter",
                     "likepersontilbud", "selvhjelpsgruppe", "lærings_og_mestringssenter",
                     "frisklivssentral", "frivillig_organisasjon", "brukerråd", "annet"},
                    {"Slags aktør", "Kind of actor"}, true),
        f("rolle", T::text,
          {"Aktørens rolle for tjenesten og brukerne",
           "The actor's role for the service and its users"}),
        f("kontakt", T::text, {"Kontaktinformasjon", "Contact details"}),
        f("digitalt", T::boolean,
          {"Om tilbudet finnes digitalt", "Whether the offer is available digitally"}),
        enum_list("fagfelt", fields_of_work, {"Fagfelt", "Fields"}),
    }};

const ObjectSpec age_limits{
    "aldersgrenser",
    {
        f("foreldre_informeres_under", T::integer,
          {"Hovedregel: foreldre informeres når barnet er under denne alderen (16)",
           "Main rule: parents are informed while the child is under this age (16)"}),
        f("unntak_fra", T::integer,
          {"Fra denne alderen kan informasjon holdes tilbake fra foreldre etter barnets ønske (12)",
           "From this age information may be withheld from parents at the child's wish (12)"}),
        f("eget_valg_fra", T::integer,
          {"Fra denne alderen bestemmer den unge selv om foreldre informeres (16)",
           "From this age the young person decides whether parents are informed (16)"}),
        f("foreldre_nødvendig_informasjon_til", T::integer,
          {"Foreldre får nødvendig informasjon til barnet fyller denne alderen (18)",
           "Parents get necessary information until the child reaches this age (18)"}),
    }};

const ObjectSpec consent{
    "samtykke",
    {
        f("per_person", T::boolean,
          {"Samtykket angir hvilke pårørende som kan få informasjon",
           "The consent names which next of kin may be informed"}),
        f("per_informasjonstype", T::boolean,
          {"Samtykket angir hvilke typer informasjon som kan deles",
           "The consent names which kinds of information may be shared"}),
        f("fornyes", T::text, {"Når samtykket tas opp igjen", "When the consent is revisited"}),
    }};

const ObjectSpec deviation{
    "fravik_post",
    {
        f("regel", T::text, {"Id-en til regelen det fravikes fra", "Id of the rule deviated from"},
          true),
        f("dokument", T::text,
          {"Id-en til dokumentet fraviket gjelder (valgfritt; standard: hele tjenesten)",
           "Id of the document the deviation covers (optional; default: the whole service)"}),
        f("begrunnelse", T::text,
          {"Den konkrete, begrunnede vurderingen", "The concrete, justified assessment"}),
        f("besluttet_av", T::text, {"Hvem som besluttet fraviket", "Who decided the deviation"}),
        f("besluttet", T::date, {"Beslutningsdato (ÅÅÅÅ-MM-DD)", "Decision date (YYYY-MM-DD)"}),
        f("gyldig_til", T::date,
          {"Fraviket gjelder til (ÅÅÅÅ-MM-DD)", "The deviation holds until (YYYY-MM-DD)"}),
    }};

const std::vector<std::string> kinds_of_feedback = {
    "spørreundersøkelse", "fokusgruppe",        "brukerpanel", "tilbakemeldingsverktøy",
    "erfaringsmøte",      "pasientens_fotspor", "annet"};

const ObjectSpec service_body{
    "tjeneste",
    {
        common_type(),
        common_id(),
        f("navn", T::text, {"Tjenestens navn", "The service's name"}, true),
        enumeration("nivå", {"kommune", "spesialisthelsetjeneste"},
                    {"Tjenestenivå", "Level of service"}, true),
        f("helseinstitusjon", T::boolean,
          {"Om tjenesten er en helseinstitusjon (standard: false)",
           "Whether the service is a health institution (default: false)"}),
        enum_list("målgrupper", target_groups, {"Målgrupper", "Target groups"}, true),
        enum_list("fagfelt", fields_of_work, {"Fagfelt", "Fields"}),
        f("nettside", T::url, {"Tjenestens nettside", "The service's website"}),
        f("eier", T::text, {"Kommune eller helseforetak", "Municipality or health trust"}),
        f("informasjonsansvarlig", T::text,
          {"Rollen som er utpekt til å gi informasjon (helseinstitusjoner, hpl § 10)",
           "The role appointed to give information (health institutions, hpl § 10)"}),
        text_list("verktøy",
                  {"Verktøy tjenesten bruker, f.eks. kriseplan, behandlingsplan, ansvarsgruppe, "
                   "tilbakemeldingsverktøy: plikter knyttet til et verktøy gjelder når tjenesten "
                   "bruker det",
                   "Tools the service uses, e.g. kriseplan, behandlingsplan, ansvarsgruppe, "
                   "tilbakemeldingsverktøy: duties tied to a tool apply when the service uses it"}),
    }};

const ObjectSpec council_body{
    "brukerråd",
    {
        common_type(),
        common_id(),
        common_title(),
        common_control(),
        enumeration("organ", {"brukerråd", "brukerutvalg", "ungdomsråd", "annet"},
                    {"Slags organ (standard: brukerråd)", "Kind of body (default: brukerråd)"}),
        enum_list("fagfelt", fields_of_work, {"Fagfelt rådet dekker", "Fields the council covers"}),
        object("mandat", mandate, {"Rådets mandat", "The council's mandate"}),
        object_list("medlemmer", member, {"Medlemmer", "Members"}),
        object("rekruttering", recruitment, {"Rekruttering av medlemmer", "Recruiting members"}),
        common_steps(),
        common_refs(),
    }};

const ObjectSpec routine_body{
    "rutine",
    {
        common_type(),
        common_id(),
        common_title(),
        common_control(),
        f("hensikt", T::text, {"Hensikt", "Purpose"}),
        f("omfang", T::text, {"Omfang: hvem og hva rutinen gjelder", "Scope"}),
        object_list("ansvar", responsibility, {"Ansvar", "Responsibilities"}),
        common_steps(),
        common_refs(),
    }};

// The other document types follow the routine template and add the facts the advice asks for.
ObjectSpec routine_like(std::string name, std::vector<FieldSpec> extra) {
    ObjectSpec o{std::move(name),
                 {common_type(), common_id(), common_title(), common_control(),
                  f("hensikt", T::text, {"Hensikt", "Purpose"}),
                  f("omfang", T::text, {"Omfang: hvem og hva dokumentet gjelder", "Scope"})}};
    for (auto& e : extra) o.fields.push_back(std::move(e));
    o.fields.push_back(common_steps());
    o.fields.push_back(common_refs());
    return o;
}

const ObjectSpec agreement_body = routine_like(
    "samarbeidsavtale",
    {object_list(
         "parter", party,
         {"Organisasjonene avtalen er inngått med", "The organisations the agreement is with"}),
     f("mål", T::text, {"Partenes mål med samarbeidet", "The parties' goals"}),
     f("arenaer", T::text,
       {"Arenaer for samarbeidet (råd, utvalg, møtepunkter)", "Arenas of the cooperation"}),
     f("oppfølging", T::text,
       {"Rutiner for oppfølging og evaluering", "Routines for follow-up and evaluation"}),
     f("ansvar", T::text, {"Partenes ansvar", "The parties' responsibilities"}),
     f("økonomi", T::text, {"Honorar, lønn og reiseutgifter", "Fees, pay and travel costs"}),
     f("bidrag", T::text,
       {"Hvor og hvordan organisasjonene bidrar", "Where and how the organisations contribute"}),
     f("møter_per_år", T::integer, {"Antall møter per år", "Meetings per year"}),
     f("permisjon", T::text,
       {"Permisjon med lønn for representanter", "Paid leave for representatives"})});

const ObjectSpec actors_body = routine_like(
    "aktøroversikt",
    {object_list("aktører", actor,
                 {"Relevante aktører og deres roller", "Relevant actors and their roles"})});

const ObjectSpec competence_body = routine_like(
    "kompetanseplan",
    {enum_list("målgruppe", {"ledere", "tjenesteledere", "ansatte"},
               {"Hvem planen gjelder", "Whom the plan is for"}),
     f("kartlegging", T::text, {"Hvordan kompetansen kartlegges", "How competence is mapped"})});

const ObjectSpec feedback_body = routine_like(
    "brukererfaringer",
    {enum_list("metoder", kinds_of_feedback,
               {"Metoder for å innhente erfaringer", "Methods for gathering experiences"}),
     f("hyppighet", T::text,
       {"Hvor ofte erfaringer innhentes", "How often experiences are gathered"})});

const ObjectSpec children_body = routine_like(
    "barn_og_unge",
    {object("aldersgrenser", age_limits,
            {"Aldersgrenser for informasjon til foreldre", "Age limits for informing parents"})});

const ObjectSpec next_of_kin_body = routine_like(
    "pårørende",
    {object("samtykke", consent,
            {"Samtykke til pårørendeinvolvering", "Consent to next-of-kin involvement"}),
     f("barneansvarlig", T::text,
       {"Rollen som har ansvar for oppfølging av barn som pårørende",
        "The role responsible for children as next of kin"})});

const ObjectSpec peer_worker{
    "erfaringsmedarbeider",
    {
        enumeration("rolle", {"erfaringskonsulent", "medarbeider_med_brukererfaring", "likeperson"},
                    {"Hva slags stilling eller rolle medarbeideren har",
                     "The kind of position or role the worker has"},
                    true),
        f("stilling", T::text,
          {"Stillingsstørrelse, f.eks. \"50 %\"", "Size of the position, e.g. \"50 %\""}),
        f("enhet", T::text,
          {"Enheten eller teamet medarbeideren arbeider i",
           "The unit or team the worker belongs to"}),
    }};

const ObjectSpec peer_workers_body = routine_like(
    "erfaringsmedarbeidere",
    {object_list("medarbeidere", peer_worker,
                 {"Tjenestens ansatte erfaringskonsulenter, medarbeidere med brukererfaring og "
                  "likepersoner",
                  "The service's employed experience consultants, workers with lived experience "
                  "and peer supporters"})});

const ObjectSpec deviations_body{"fravik",
                                 {common_type(), common_id(), common_title(), common_control(),
                                  object_list("fravik", deviation,
                                              {"Dokumenterte fravik fra anbefalinger",
                                               "Documented deviations from recommendations"})}};

const std::vector<DocumentType> types = {
    {"tjeneste",
     {"Beskrivelse av tjenesten (ett per tjeneste; én revisjon kan omfatte flere tjenester)",
      "Description of the service (one per service; one audit may cover several services)"},
     true,
     &service_body},
    {"brukerråd",
     {"Brukerråd, brukerutvalg eller ungdomsråd (systemnivå)",
      "User council, user committee or youth council (system level)"},
     false,
     &council_body},
    {"rutine",
     {"Rutine etter malen hensikt, omfang, ansvar, fremgangsmåte, referanser",
      "Routine following the template purpose, scope, responsibility, procedure, references"},
     false,
     &routine_body},
    {"samarbeidsavtale",
     {"Samarbeidsavtale med bruker- og pårørendeorganisasjoner",
      "Cooperation agreement with user and next-of-kin organisations"},
     false,
     &agreement_body},
    {"aktøroversikt",
     {"Oversikt over organisasjoner, brukerstyrte sentre og tiltak, med roller",
      "Overview of organisations, user-run centres and measures, with their roles"},
     false,
     &actors_body},
    {"kompetanseplan",
     {"Kompetanseplan for ledere eller ansatte", "Competence plan for leaders or staff"},
     false,
     &competence_body},
    {"brukererfaringer",
     {"System for å innhente og bruke erfaringer fra brukere og pårørende",
      "System for gathering and using users' and next of kin's experiences"},
     false,
     &feedback_body},
    {"barn_og_unge",
     {"Medvirkning for barn og unge, med aldersgrenser for informasjon til foreldre",
      "Participation of children and young people, with age limits for informing parents"},
     false,
     &children_body},
    {"pårørende",
     {"Pårørendeinvolvering: samtykke, kartlegging, barn som pårørende",
      "Next-of-kin involvement: consent, mapping, children as next of kin"},
     false,
     &next_of_kin_body},
    {"erfaringsmedarbeidere",
     {"Tjenestens ansatte erfaringskonsulenter og medarbeidere med brukererfaring, og hva de gjør",
      "The service's employed experience consultants and workers with lived experience, and what "
      "they do"},
     false,
     &peer_workers_body},
    {"fravik",
     {"Register over dokumenterte fravik fra anbefalinger (pasientjournalforskriften § 6 g)",
      "Register of documented deviations from recommendations"},
     false,
     &deviations_body},
};

}  // namespace

const FieldSpec* ObjectSpec::field(const std::string& key) const {
    for (const auto& fs : fields)
        if (fs.key == key) return &fs;
    return nullptr;
}

std::vector<std::string> ObjectSpec::keys() const {
    std::vector<std::string> out;
    for (const auto& fs : fields) out.push_back(fs.key);
    return out;
}

const std::vector<DocumentType>& document_types() { return types; }

const DocumentType* find_document_type(const std::string& type) {
    for (const auto& t : types)
        if (t.type == type) return &t;
    return nullptr;
}

std::vector<std::string> document_type_names() {
    std::vector<std::string> out;
    for (const auto& t : types) out.push_back(t.type);
    return out;
}

}  // namespace medvirk::model
