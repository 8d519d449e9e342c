import RecourseCore

extension LetterVocabulary {
    /// Dutch.
    static let dutch = LetterVocabulary(
        claims: ClaimsHeadings(
            invoice: "Factuur", issued: "Datum", due: "Vervaldatum", amount: "Bedrag", outstanding: "Openstaand",
            daysOverdue: "Dagen te laat"
        ),
        interest: InterestHeadings(
            invoice: "Factuur", from: "Van", through: "T/m", days: "Dagen", rate: "Rentevoet", interest: "Rente"
        ),
        rateBasis: [
            .euDefault: "herfinancieringsrente van de ECB + 8 procentpunten",
            .unitedKingdom:
                "referentierente van de Bank of England + 8 procentpunten, vast voor de gehele looptijd van de vordering",
            .germany: "Duitse basisrente (Basiszinssatz) + 9 procentpunten (§ 288 lid 2 BGB)",
            .france: "herfinancieringsrente van de ECB + 10 procentpunten (art. L441-10 Code de commerce)",
            .netherlands:
                "wettelijke handelsrente: herfinancieringsrente van de ECB + 8 procentpunten, jaarlijks samengesteld (art. 6:119a BW)",
            .italy: "herfinancieringsrente van de ECB + 8 procentpunten (art. 5 D.Lgs. 231/2002)",
        ],
        compensationBasis: [
            .euDefault: "vaste vergoeding van EUR 40 per factuur (art. 6 Richtlijn 2011/7/EU)",
            .unitedKingdom: "vast bedrag van GBP 40, 70 of 100 per factuur (s. 5A Late Payment Act 1998)",
            .germany: "vaste vergoeding van EUR 40 per factuur (§ 288 lid 5 BGB)",
            .france: "vaste vergoeding voor invorderingskosten van EUR 40 per factuur (art. L441-10 en D.441-5 Code de commerce)",
            .netherlands: "buitengerechtelijke incassokosten volgens de staffel van het Besluit BIK",
            .italy: "vaste vergoeding van EUR 40 per factuur (art. 6 D.Lgs. 231/2002)",
        ]
    )
}
