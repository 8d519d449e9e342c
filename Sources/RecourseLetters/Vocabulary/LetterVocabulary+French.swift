import RecourseCore

extension LetterVocabulary {
    /// French.
    static let french = LetterVocabulary(
        claims: ClaimsHeadings(
            invoice: "Facture", issued: "Date", due: "Échéance", amount: "Montant", outstanding: "Restant dû",
            daysOverdue: "Jours de retard"
        ),
        interest: InterestHeadings(
            invoice: "Facture", from: "Du", through: "Au", days: "Jours", rate: "Taux", interest: "Intérêts"
        ),
        rateBasis: [
            .euDefault: "taux de refinancement principal de la BCE majoré de 8 points",
            .unitedKingdom:
                "taux de référence de la Banque d'Angleterre majoré de 8 points, fixe pour toute la durée de la créance",
            .germany: "taux d'intérêt de base allemand (Basiszinssatz) majoré de 9 points (§ 288, al. 2 BGB)",
            .france: "taux de refinancement principal de la BCE majoré de 10 points (art. L441-10 C. com.)",
            .netherlands:
                "taux de refinancement principal de la BCE majoré de 8 points, capitalisé annuellement (art. 6:119a BW)",
            .italy: "taux de refinancement principal de la BCE majoré de 8 points (art. 5 D.Lgs. 231/2002)",
        ],
        compensationBasis: [
            .euDefault: "indemnité forfaitaire de 40 EUR par facture (art. 6 directive 2011/7/UE)",
            .unitedKingdom: "somme forfaitaire de 40, 70 ou 100 GBP par facture (s. 5A Late Payment Act 1998)",
            .germany: "indemnité forfaitaire de 40 EUR par facture (§ 288, al. 5 BGB)",
            .france: "indemnité forfaitaire pour frais de recouvrement de 40 EUR par facture (art. L441-10 et D.441-5 C. com.)",
            .netherlands: "frais de recouvrement extrajudiciaires selon le barème légal néerlandais (Besluit BIK)",
            .italy: "indemnité forfaitaire de 40 EUR par facture (art. 6 D.Lgs. 231/2002)",
        ]
    )
}
