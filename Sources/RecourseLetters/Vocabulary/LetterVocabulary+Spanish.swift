import RecourseCore

extension LetterVocabulary {
    /// Spanish.
    static let spanish = LetterVocabulary(
        claims: ClaimsHeadings(
            invoice: "Factura", issued: "Fecha", due: "Vencimiento", amount: "Importe", outstanding: "Pendiente",
            daysOverdue: "Días de retraso"
        ),
        interest: InterestHeadings(
            invoice: "Factura", from: "Desde", through: "Hasta", days: "Días", rate: "Tipo", interest: "Intereses"
        ),
        rateBasis: [
            .euDefault: "tipo del BCE para las operaciones principales de financiación + 8 puntos porcentuales",
            .unitedKingdom:
                "tipo de referencia del Banco de Inglaterra + 8 puntos porcentuales, fijo durante toda la vida de la deuda",
            .germany: "tipo básico alemán (Basiszinssatz) + 9 puntos porcentuales (§ 288.2 BGB)",
            .france:
                "tipo del BCE para las operaciones principales de financiación + 10 puntos porcentuales (art. L441-10 Code de commerce)",
            .netherlands:
                "tipo del BCE para las operaciones principales de financiación + 8 puntos porcentuales, capitalizable anualmente (art. 6:119a BW)",
            .italy:
                "tipo del BCE para las operaciones principales de financiación + 8 puntos porcentuales (art. 5 D.Lgs. 231/2002)",
        ],
        compensationBasis: [
            .euDefault: "cantidad fija de 40 EUR por factura (art. 6 Directiva 2011/7/UE)",
            .unitedKingdom: "cantidad fija de 40, 70 o 100 GBP por factura (s. 5A Late Payment Act 1998)",
            .germany: "cantidad fija de 40 EUR por factura (§ 288.5 BGB)",
            .france: "indemnización fija por costes de cobro de 40 EUR por factura (arts. L441-10 y D.441-5 Code de commerce)",
            .netherlands: "costes extrajudiciales de cobro según la escala legal neerlandesa (Besluit BIK)",
            .italy: "cantidad fija de 40 EUR por factura (art. 6 D.Lgs. 231/2002)",
        ]
    )
}
