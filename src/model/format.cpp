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
        f("godkjent", T::date, {"Godkjenningsdato (ÅÅÅÅ-MM-DD)", "Approval date (YYYY-MM-DD)"}),
        f("revideres", T::date,
          {"Neste revisjon senest (ÅÅÅÅ-MM-DD)", "Next review due (YYYY-MM-DD)"}),
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
        f("oppnevningstid_år", T::integer, {"Oppnevningsperiode i år", "Term of appointment, years"}),
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
                    {"brukerrepresentant", "pårørenderepresentant", "erfaringskonsulent",
                     "ansatt", "leder", "enkeltstemme"},
                    {"Medlemmets rolle i rådet", "The member's role on the council"}, true),
        f("navn", T::text, {"Navn (valgfritt)", "Name (optional)"}),
        f("organisasjon", T::text,
          {"Bruker- eller pårørendeorganisasjonen medlemmet representerer",
           "The user or next-of-kin organisation the member represents"}),
        enum_list("fagfelt", fields_of_work,
                  {"Organisasjonens fagfelt", "The organisation's field"}),
        enum_list("representerer", target_groups,
                  {"Målgrupper medlemmet representerer", "Target groups the member represents"}),
        f("oppnevnt", T::date, {"Oppnevnt fra (ÅÅÅÅ-MM-DD)", "Appointed from (YYYY-MM-DD)"}),
        f("oppnevnt_til", T::date, {"Oppnevnt til (ÅÅÅÅ-MM-DD)", "Appointed until (YYYY-MM-DD)"}),
    }};

const ObjectSpec recruitment{
    "rekruttering",
    {
        object_list("fremgangsmåte", step,
                    {"Stegene i rekrutteringen", "The steps of the recruitment"}),
    }};

FieldSpec common_type() {
    return f("type", T::text, {"Dokumenttype", "Document type"}, true);
}
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
    return text_list("referanser", {"Lover, forskrifter og veiledere", "Laws, regulations, guides"});
}

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
        enum_list("fagfelt", fields_of_work,
                  {"Fagfelt rådet dekker", "Fields the council covers"}),
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

const std::vector<DocumentType> types = {
    {"tjeneste",
     {"Beskrivelse av tjenesten (én per rutinesett)",
      "Description of the service (one per routine set)"},
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
