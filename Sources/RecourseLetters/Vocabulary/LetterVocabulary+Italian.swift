import RecourseCore

extension LetterVocabulary {
    /// Italian.
    static let italian = LetterVocabulary(
        claims: ClaimsHeadings(
            invoice: "Fattura", issued: "Data", due: "Scadenza", amount: "Importo", outstanding: "Residuo",
            daysOverdue: "Giorni di ritardo"
        ),
        interest: InterestHeadings(
            invoice: "Fattura", from: "Dal", through: "Al", days: "Giorni", rate: "Tasso", interest: "Interessi"
        ),
        rateBasis: [
            .euDefault: "tasso BCE di rifinanziamento principale + 8 punti percentuali",
            .unitedKingdom:
                "tasso di riferimento della Bank of England + 8 punti percentuali, fisso per tutta la durata del credito",
            .germany: "tasso di base tedesco (Basiszinssatz) + 9 punti percentuali (§ 288, comma 2, BGB)",
            .france: "tasso BCE di rifinanziamento principale + 10 punti percentuali (art. L441-10 Code de commerce)",
            .netherlands:
                "tasso BCE di rifinanziamento principale + 8 punti percentuali, capitalizzato annualmente (art. 6:119a BW)",
            .italy: "tasso BCE di rifinanziamento principale + 8 punti percentuali (art. 5 D.Lgs. 231/2002)",
        ],
        compensationBasis: [
            .euDefault: "importo forfettario di 40 EUR per fattura (art. 6 direttiva 2011/7/UE)",
            .unitedKingdom: "somma fissa di 40, 70 o 100 GBP per fattura (s. 5A Late Payment Act 1998)",
            .germany: "importo forfettario di 40 EUR per fattura (§ 288, comma 5, BGB)",
            .france: "indennità forfettaria per spese di recupero di 40 EUR per fattura (artt. L441-10 e D.441-5 Code de commerce)",
            .netherlands: "spese stragiudiziali di recupero secondo la tariffa legale olandese (Besluit BIK)",
            .italy: "importo forfettario di 40 EUR per fattura (art. 6 D.Lgs. 231/2002)",
        ]
    )
}
