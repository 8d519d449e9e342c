import RecourseCore

extension DemoPortfolio {
    /// The demo agency: a Hamburg collection agency with a client account (the IBAN is the
    /// standard published example, DE89 3704 0044 0532 0130 00, with valid check digits).
    public var agency: AgencyProfile? {
        try? AgencyProfile(
            name: "Meridian Credit Recovery GmbH", addressLines: ["Am Sandtorkai 41", "20457 Hamburg", "Germany"],
            phone: "+49 40 3009 1270", email: "collections@meridian-recovery.example",
            beneficiary: "Meridian Credit Recovery GmbH Client Account", iban: "DE89370400440532013000", bic: "COBADEFFXXX")
    }
}

extension DemoPortfolio {
    /// The demo's lawyers' directory: invented correspondent firms in the countries the demo
    /// escalates most (names and addresses are fictional; `.example` domains).
    public var lawyers: [NewLawyer] {
        [
            NewLawyer(name: "Dr. Jana Brandt", firm: "Brandt & Partner Rechtsanwälte", country: "DE", email: "brandt@brandt-partner.example", phone: "+49 40 555 0101"),
            NewLawyer(name: "Markus Vogel", firm: "Vogel Forderungsrecht", country: "DE", email: "vogel@vogel-recht.example", phone: "+49 89 555 0102"),
            NewLawyer(name: "Claire Fontaine", firm: "Fontaine Avocats", country: "FR", email: "c.fontaine@fontaine-avocats.example", phone: "+33 1 55 50 01 03"),
            NewLawyer(name: "Pieter de Graaf", firm: "De Graaf Advocaten", country: "NL", email: "degraaf@degraaf-advocaten.example", phone: "+31 20 555 0104"),
            NewLawyer(name: "Giulia Ferri", firm: "Studio Legale Ferri", country: "IT", email: "ferri@studioferri.example", phone: "+39 02 5550 0105"),
            NewLawyer(name: "Javier Ortega", firm: "Ortega Abogados", country: "ES", email: "ortega@ortega-abogados.example", phone: "+34 91 555 0106"),
            NewLawyer(name: "Helen Carter", firm: "Carter Shaw Solicitors", country: "GB", email: "h.carter@cartershaw.example", phone: "+44 20 5550 0107"),
            NewLawyer(name: "Anna Kowalczyk", firm: "Kowalczyk Kancelaria Prawna", country: "PL", email: "kowalczyk@kancelaria.example", phone: "+48 22 555 0108"),
            NewLawyer(name: "Thomas Gruber", firm: "Gruber Rechtsanwälte", country: "AT", email: "gruber@gruber-recht.example", phone: "+43 1 555 0109"),
            NewLawyer(name: "Wang Fang", firm: "上海明德律师事务所", country: "CN", email: "wang@mingde-law.example", phone: "+86 21 5550 0110"),
        ]
    }
}
