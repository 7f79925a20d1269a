#pragma once
// The Norwegian words and phrases the corpus is written from.

#include <string>
#include <vector>

namespace bench::words {

inline const std::vector<std::string> place_head = {
    "Elv", "Fjord", "Sjø",  "Nord", "Sør",    "Vest",  "Øst",  "Berg",
    "Dal", "Li",    "Skog", "Vik",  "Strand", "Mo",    "Hol",  "Ås",
    "Bre", "Nes",   "Tind", "Myr",  "Lyng",   "Stein", "Furu", "Bjørk"};
inline const std::vector<std::string> place_tail = {"dal",   "vik", "by",   "nes",  "ås",   "berg",
                                                    "fjord", "mo",  "stad", "heim", "sund", "våg",
                                                    "haug",  "lia", "voll", "øy",   "eid",  "bø"};

inline const std::vector<std::string> leader_roles = {"Kommunalsjef helse",
                                                      "Enhetsleder psykisk helse og rus",
                                                      "Kommunedirektør",
                                                      "Avdelingssjef",
                                                      "Klinikkdirektør psykisk helse og rus",
                                                      "Seksjonsleder",
                                                      "Fagsjef",
                                                      "Virksomhetsleder",
                                                      "Tjenesteleder rus og psykisk helse"};
inline const std::vector<std::string> staff_roles = {
    "Behandlingsansvarlig",     "Primærkontakt", "Brukerrådgiver",     "Kvalitetsrådgiver",
    "Barneansvarlig personell", "Koordinator",   "Erfaringskonsulent", "Miljøterapeut",
    "Psykiatrisk sykepleier",   "Ruskonsulent",  "Fastlegekontakt",    "Fagutviklingssykepleier"};

inline const std::vector<std::string> user_orgs = {
    "Mental Helse", "RIO",
    "A-larm",       "Mental Helse Ungdom",
    "Angstringen",  "ROS",
    "Hvite Ørn",    "Landsforeningen for forebygging av selvskading og selvmord"};
inline const std::vector<std::string> kin_orgs = {
    "LPP", "Ivareta", "Pårørendesenteret", "Foreningen for barn av foreldre med psykiske lidelser"};

inline const std::vector<std::string> openings = {
    "Ved oppstart",        "I første samtale",     "Hvert halvår",        "Før utskrivning",
    "Ved hver evaluering", "Når tjenesten endres", "Ved innleggelse",     "I det årlige fagmøtet",
    "Innen to uker",       "Før vedtak fattes",    "Ved hver ny periode", "Når brukeren ber om det",
    "Ved overføring"};
inline const std::vector<std::string> details = {
    "Avtalene journalføres, og brukeren får en kopi i et format brukeren forstår.",
    "Ansvarlig leder følger opp at dette er gjort, og tar avvik opp i fagmøtet.",
    "Tiltaket evalueres sammen med brukeren, og planen justeres ved behov.",
    "Deltakelsen registreres i kompetanseportalen, og lederen går gjennom oversikten hvert "
    "kvartal.",
    "Pårørende involveres i tråd med brukerens samtykke og ønsker.",
    "Informasjonen gis muntlig og skriftlig, og tolk bestilles ved behov.",
    "Resultatene legges fram for brukerrådet, som gir råd om prioriteringene.",
    "Rutinen gjelder også for vikarer og nyansatte, som får den gjennomgått i introduksjonsuken.",
    "Det som avtales, skrives inn i individuell plan eller behandlingsplan.",
    "Brukerens egne ord brukes i planen, og målene formuleres sammen med brukeren.",
    "Ved uenighet forklarer behandleren begrunnelsen og informerer om retten til å klage.",
    "Oppfølgingen tilpasses brukerens språk, kultur og livssituasjon.",
    "Møtene legges til tider som passer brukeren, og kan holdes digitalt.",
    "Erfaringene oppsummeres i årsrapporten til tjenesten."};
inline const std::vector<std::string> actions = {
    "gjennomgår rutinen med de ansatte og sørger for at den følges",
    "kaller inn til samarbeidsmøte og skriver referat",
    "avklarer forventninger og ønsker med brukeren og noterer dem",
    "sender sakspapirer til alle deltakere minst en uke før møtet",
    "kartlegger behov for tilrettelegging og bestiller nødvendig utstyr",
    "oppdaterer oversikten på nettsiden og i intranettet",
    "melder fra til nærmeste leder når noe ikke fungerer som avtalt",
    "tar opp erfaringene i neste personalmøte og foreslår forbedringer"};

inline const std::vector<std::string> purposes = {
    "Sikre at brukere og pårørende får medvirke på en måte som er tilpasset deres situasjon, og at "
    "erfaringene deres brukes når tjenestene planlegges, utføres og forbedres.",
    "Gi ansatte og ledere en felles og forutsigbar fremgangsmåte, slik at medvirkningen ikke "
    "avhenger "
    "av den enkelte ansatte, men er en fast del av arbeidet i tjenesten.",
    "Beskrive ansvar og fremgangsmåte slik at tjenesten oppfyller lovverket og de nasjonale "
    "faglige "
    "rådene for bruker- og pårørendemedvirkning i rus- og psykisk helsefeltet.",
    "Gjøre samarbeidet med bruker- og pårørendeorganisasjonene systematisk, med klare roller, "
    "faste "
    "arenaer og avtalte økonomiske rammer."};
inline const std::vector<std::string> scopes = {
    "Alle ansatte i tjenesten, også vikarer og studenter i praksis.",
    "Poliklinikk, ambulant team, døgnavdeling og lavterskeltilbud.",
    "Tjenestene for psykisk helse og rus, inkludert bolig med oppfølging og aktivitetstilbud.",
    "Ledere på alle nivåer og de som har fagansvar i enhetene."};
inline const std::vector<std::string> routine_topics = {"Informasjon og rettigheter",
                                                        "Oppfølging og individuell plan",
                                                        "Behandlingsplan og kriseplan",
                                                        "Bruk av tolk",
                                                        "Innleggelse og utskrivning",
                                                        "Samhandling med fastlege",
                                                        "Ansvarsgruppe",
                                                        "Lavterskeltilbud og aktivitet",
                                                        "Bolig og økonomi",
                                                        "Klage og ombud",
                                                        "Tvang og medvirkning",
                                                        "Overgang fra ungdom til voksen",
                                                        "Arbeid og utdanning",
                                                        "Samtykke og taushetsplikt"};
inline const std::vector<std::string> references = {
    "Helse- og omsorgstjenesteloven § 3-10",
    "Pasient- og brukerrettighetsloven § 3-1",
    "Pasient- og brukerrettighetsloven § 3-2",
    "Helsepersonelloven § 10 a",
    "Forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten § 7",
    "Spesialisthelsetjenesteloven § 2-2",
    "Helseforetaksloven § 35",
    "Tolkeloven",
    "Nasjonale faglige råd for bruker- og pårørendemedvirkning i rus- og psykisk helsefeltet"};

// Rules a documented deviation may name: bør and kan rules of the national pack.
inline const std::vector<std::string> deviable_rules = {
    "S1-EGET-RAD",    "I1-OKONOMI-BOLIG", "S2-SAMARBEIDSAVTALE", "T3-FORMOTE",
    "S1-GODTGJORING", "I3-KOORDINATOR",   "T2-AVTALE-FRIKJOP",   "S2-DIGITAL-KVELD"};

}  // namespace bench::words
