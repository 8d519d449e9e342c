import RecourseCore

extension LetterVocabulary {
    /// Polish.
    static let polish = LetterVocabulary(
        claims: ClaimsHeadings(
            invoice: "Faktura", issued: "Wystawiona", due: "Termin", amount: "Kwota", outstanding: "Do zapłaty",
            daysOverdue: "Dni opóźnienia"
        ),
        interest: InterestHeadings(
            invoice: "Faktura", from: "Od", through: "Do", days: "Dni", rate: "Stopa", interest: "Odsetki"
        ),
        rateBasis: [
            .euDefault: "stopa podstawowych operacji refinansujących EBC + 8 punktów procentowych",
            .unitedKingdom:
                "stopa referencyjna Banku Anglii + 8 punktów procentowych, stała przez cały okres istnienia długu",
            .germany: "niemiecka stopa bazowa (Basiszinssatz) + 9 punktów procentowych (§ 288 ust. 2 BGB)",
            .france:
                "stopa podstawowych operacji refinansujących EBC + 10 punktów procentowych (art. L441-10 Code de commerce)",
            .netherlands:
                "stopa podstawowych operacji refinansujących EBC + 8 punktów procentowych, z roczną kapitalizacją (art. 6:119a BW)",
            .italy: "stopa podstawowych operacji refinansujących EBC + 8 punktów procentowych (art. 5 D.Lgs. 231/2002)",
        ],
        compensationBasis: [
            .euDefault: "40 EUR za każdą fakturę (art. 6 dyrektywy 2011/7/UE)",
            .unitedKingdom: "kwota ryczałtowa 40, 70 lub 100 GBP za każdą fakturę (s. 5A Late Payment Act 1998)",
            .germany: "ryczałt 40 EUR za każdą fakturę (§ 288 ust. 5 BGB)",
            .france: "ryczałt za koszty windykacji 40 EUR za każdą fakturę (art. L441-10 i D.441-5 Code de commerce)",
            .netherlands: "pozasądowe koszty windykacji według holenderskiej stawki ustawowej (Besluit BIK)",
            .italy: "ryczałt 40 EUR za każdą fakturę (art. 6 D.Lgs. 231/2002)",
        ]
    )
}
