import RecourseCore

extension LetterVocabulary {
    /// German.
    static let german = LetterVocabulary(
        claims: ClaimsHeadings(
            invoice: "Rechnung", issued: "Datum", due: "Fällig", amount: "Betrag", outstanding: "Offen",
            daysOverdue: "Verzugstage"
        ),
        interest: InterestHeadings(
            invoice: "Rechnung", from: "Von", through: "Bis", days: "Tage", rate: "Zinssatz", interest: "Zinsen"
        ),
        rateBasis: [
            .euDefault: "Hauptrefinanzierungssatz der EZB + 8 Prozentpunkte",
            .unitedKingdom:
                "Referenzzinssatz der Bank of England + 8 Prozentpunkte, fest für die gesamte Dauer der Forderung",
            .germany: "Basiszinssatz + 9 Prozentpunkte (§ 288 Abs. 2 BGB)",
            .france: "Hauptrefinanzierungssatz der EZB + 10 Prozentpunkte (Art. L441-10 Code de commerce)",
            .netherlands:
                "Hauptrefinanzierungssatz der EZB + 8 Prozentpunkte, jährlich kapitalisiert (Art. 6:119a Burgerlijk Wetboek)",
            .italy: "Hauptrefinanzierungssatz der EZB + 8 Prozentpunkte (Art. 5 D.Lgs. 231/2002)",
        ],
        compensationBasis: [
            .euDefault: "Pauschale nach Art. 6 Richtlinie 2011/7/EU, 40 EUR je Rechnung",
            .unitedKingdom: "Pauschale nach s. 5A Late Payment Act 1998, 40, 70 oder 100 GBP je Rechnung",
            .germany: "Pauschale nach § 288 Abs. 5 BGB, 40 EUR je Rechnung",
            .france: "Pauschale nach Art. L441-10 und D.441-5 Code de commerce, 40 EUR je Rechnung",
            .netherlands: "außergerichtliche Inkassokosten nach der gesetzlichen Staffel (Besluit BIK)",
            .italy: "Pauschale nach Art. 6 D.Lgs. 231/2002, 40 EUR je Rechnung",
        ]
    )
}
