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
